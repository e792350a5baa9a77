"""What people's texting means: shorthand, idioms, emoji and the senses they stand for.

Data only; bot.conversation.reply_rules applies it. A sense ("vpos", "partly", ...) is looked up in a
question's own wording, so these tables work for any config: a sense the question has no phrase for
is asked again.
"""

from __future__ import annotations

# Shorthand and variant spellings -> what they stand for (only when the question's own
# phrases do not already list the token).
SHORTHAND = {
    **dict.fromkeys(("v", "vv", "soo", "sooo", "v.", "veri", "vry"), "very"),
    "vgood": "very good",
    "vgd": "very good",
    **dict.fromkeys(("gd", "gud", "goood"), "good"),
    "gr8": "great",
    "brill": "brilliant",
    **dict.fromkeys(("rly", "rlly", "realy", "rele"), "really"),
    "alot": "a lot",
    "abit": "a bit",
    "alittle": "a little",
    "lil": "little",
    **dict.fromkeys(("idk", "dno", "dunno", "dnt", "donno", "iunno"), "don't know"),
    **dict.fromkeys(("def", "defo", "deffo", "defs", "deffinitely"), "definitely"),
    "sorta": "sort of",
    "kinda": "kind of",
    "avg": "average",
    "betta": "better",
    **dict.fromkeys(("loads", "lots", "heaps"), "a lot"),
    "samey": "same",
    **dict.fromkeys(("okey", "oki", "okie", "okk", "okay", "k", "kk", "oce", "ocê"), "ok"),  # Welsh "ocê"
    **dict.fromkeys(("i'm", "im"), "i am"),
    **{
        word: word[:-1] + "'t"
        for word in ("cant", "dont", "didnt", "couldnt", "wasnt", "isnt", "wont", "wouldnt", "doesnt")
    },
    "cannot": "can't",
    "could've": "could have",
    **dict.fromkeys(("yh", "ye", "yeh", "yea", "ya", "yas", "yess", "yah", "yesh", "ys", "yeah"), "yes"),
    **dict.fromkeys(("yep", "yup", "aye", "yeap", "yepp"), "yes"),
    # round eighteen: "ess", yes in the Black Country and the West Country
    **dict.fromkeys(("ess", "esss"), "yes"),
    **dict.fromkeys(("nope", "nah", "naw", "nay", "nop", "noo", "nahh"), "no"),
    "vbad": "very bad",
    "vpoor": "very poor",
    "vgud": "very good",
    "nt": "not",
    **dict.fromkeys(("gr8", "gr8t"), "great"),
    "l8": "late",
    "b4": "before",
    "no1": "no one",
    **dict.fromkeys(("rmbr", "rember", "remeber", "rmember"), "remember"),
    **dict.fromkeys(("mayb", "mabye", "maybee", "mebbe"), "maybe"),
    **dict.fromkeys(("sumtimes", "somtimes", "sumtime"), "sometimes"),
    **dict.fromkeys(("wrse", "wors", "worce", "wose"), "worse"),
    **dict.fromkeys(("beta", "bettr", "betr"), "better"),
    **dict.fromkeys(("alrite", "alryt", "alrigt", "aight"), "alright"),
    **dict.fromkeys(("pls", "plz", "plse"), "please"),
    **dict.fromkeys(("por", "pore"), "poor"),
    **dict.fromkeys(("gret", "grt", "greaat"), "great"),  # "grêt" is Welsh for great too
    **dict.fromkeys(("xlnt", "exlnt", "xcellent", "xclnt"), "excellent"),
    **dict.fromkeys(("bttr", "btr"), "better"),
    "nvr": "never",
    "sum": "some",
    **dict.fromkeys(("wee", "tiny", "teeny"), "little"),
    # a lone letter for the answer ("N"); between two words "n" is "and" (reply_rules)
    "n": "no",
    **dict.fromkeys(("shure", "shur", "shuer", "suer"), "sure"),
    **dict.fromkeys(("outta", "outa", "owt"), "out of"),
    # round five (set G): a misspelt intensifier dropped would turn "very good" into "good" (a misread)
    **dict.fromkeys(("verry", "vey", "vrey", "veyr", "verey", "verri", "vary", "vey."), "very"),
    **dict.fromkeys(("reely", "relly", "rilly", "raelly", "realli", "reall", "realyy"), "really"),
    **dict.fromkeys(("allot", "alott", "aloy"), "a lot"),
    # round seven (set I): misspelt option words, "a tad", and Welsh "sai'n" (I'm not)
    **dict.fromkeys(("pour", "poore", "powr"), "poor"),
    **dict.fromkeys(
        ("definately", "definatly", "definetly", "definitly", "defenitely", "definitley"), "definitely"
    ),
    **dict.fromkeys(("carefuly", "carefull", "carfully"), "carefully"),
    "tad": "bit",
    **dict.fromkeys(("sai'n", "sain", "smo"), "ddim yn"),
    # Welsh "maybe" in an English conversation
    **dict.fromkeys(("falle", "fallai", "efalle"), "maybe"),
    # round eight (set J): North Welsh "maybe" and "say", texted "never" and "probably"
    **dict.fromkeys(("ella", "ellai"), "maybe"),
    "deud": "dweud",
    **dict.fromkeys(("neva", "nevah", "nevr"), "never"),
    **dict.fromkeys(("prob", "probs"), "probably"),
    # round nine (set K): formal need, Welsh and English texting
    **dict.fromkeys(("require", "requires"), "need"),
    "required": "needed",
    "assistance": "help",
    **dict.fromkeys(("rili", "rilly", "rly"), "really"),
    **dict.fromkeys(("totes", "totez"), "totally"),
    **dict.fromkeys(("naa", "nahh", "naaa", "nooo"), "no"),
    **dict.fromkeys(("parshly", "parshally", "partialy", "parcially", "parshaly", "partely"), "partly"),
    # round ten: radio and forces yes/no, and option words spelt as they sound
    "affirmative": "yes",
    "negative": "no",
    **dict.fromkeys(("saim", "sayme", "sane", "saem"), "same"),
    **dict.fromkeys(("abowt", "abaht", "aboot"), "about"),
    # round eleven: negation and pronouns in British-Caribbean, Scots and Northern English
    **dict.fromkeys(
        ("nuttin", "nutten", "nuttn", "nutn", "nutin", "nuthin", "nothin", "nuffin", "nuffink"), "nothing"
    ),
    **dict.fromkeys(("dinnae", "didnae", "didna", "didnae'", "dint"), "didn't"),
    **dict.fromkeys(("cannae", "cyaan", "cyan", "kyaan", "caan", "canna"), "can't"),
    **dict.fromkeys(("wasnae", "wisnae", "wasna"), "wasn't"),
    **dict.fromkeys(("isnae", "isna"), "isn't"),
    **dict.fromkeys(("doesnae", "disnae"), "doesn't"),
    **dict.fromkeys(("dunnae", "dinna"), "don't"),
    "nuh": "not",
    "nae": "no",
    "wis": "was",
    "mi": "i",
    "dem": "they",
    # autocorrect's neighbours of the answer words, and "bare" (Multicultural London) for "very"
    **dict.fromkeys(("goof", "giod", "gpod"), "good"),
    **dict.fromkeys(("poot", "pooe"), "poor"),
    **dict.fromkeys(("bd", "bsd"), "bad"),
    "bare": "very",
    # round fifteen: Scots "hauf" (half), "couldnae" (couldn't), "wid" (would)
    "hauf": "half",
    **dict.fromkeys(("couldnae", "couldna"), "couldn't"),
    "wid": "would",
    **dict.fromkeys(("divvent", "divvint", "divn't", "divnt"), "don't"),  # Geordie
    **dict.fromkeys(("nowt", "nout"), "nothing"),
}
YES_WORDS = frozenset(
    ("yes", "y", "ie", "yeah", "yep", "yup", "yea", "ya", "aye", "yh", "ye", "yeh", "ydw", "odw", "oes")
)
# Degree words are open classes: whole lexicons, not the few a table happened to show.
# "really good" means "very good" where the question lists that and not "really good".
INTENSIFIERS = frozenset(
    (
        *("really", "extremely", "super", "incredibly", "exceptionally", "so", "dead", "proper", "mega"),
        *("awfully", "hugely", "massively", "amazingly", "remarkably", "truly", "ridiculously"),
        *("seriously", "immensely", "tremendously", "exceedingly", "uncommonly", "jolly", "bloody"),
        *("reet", "right", "terribly", "thoroughly", "utterly", "much", "most"),
    )
)
# Words that lower a grade: "fairly good" is Good, but "pretty awful" sits between Poor and Very poor.
DOWNTONERS = frozenset(
    (
        "pretty",
        "fairly",
        "quite",
        "rather",
        "reasonably",
        "relatively",
        "moderately",
        "eitha",
        "eithaf",
        "go",
        "weddol",
    )
)
# Words that leave a grade between two labels whatever it is: "slightly poor", "kind of good".
WEAK_DOWNTONERS = frozenset(
    (
        *("slightly", "somewhat", "mildly", "marginally", "bit", "little", "kinda", "kind", "sort"),
        *("sorta", "partly", "half", "semi", "borderline", "almost", "nearly", "less", "braidd", "lil"),
    )
)
# -ly words before a grade that say nothing about its degree ("honestly good", "probably poor");
# any other -ly word there ("adequately good") leaves the grade unclear.
NEUTRAL_ADVERBS = frozenset(
    (
        *("honestly", "actually", "probably", "definitely", "certainly", "genuinely", "frankly"),
        *("generally", "overall", "usually", "basically", "surprisingly", "thankfully", "fortunately"),
        *("unfortunately", "sadly", "personally", "really", "truly", "absolutely", "totally"),
        *("completely", "consistently", "equally", "only", "early", "likely", "simply", "just"),
        *("obviously", "clearly", "literally", "ultimately", "initially", "originally", "finally"),
        *("eventually", "mainly", "largely", "overwhelmingly", "entirely", "wholly", "fully", "family"),
    )
)
# Laughing or eye-rolling beside praise may be irony: "great 🙄", "brilliant lol".
IRONY = frozenset(
    ("🙄", "😏", "😂", "🤣", "😆", "😅", "🙃", "lol", "lmao", "haha", "hahaha", "sarcasm", "sarcastic")
)
# Praise that points to the complaint it hides: "totally sorted, that's why I'm still cold".
# "sorted, if by sorted you mean still dripping" redefines the praise as the complaint.
IRONY_PHRASES = (("that's", "why"), ("thats", "why"), ("which", "is", "why"), ("hence", "why"), ("if", "by"))
# Words close to a phrase's words that mean something else: never "corrected". "either" is not
# "neither" with its first letter lost ("didn't judge me either", "either way": round twenty-four).
REAL_WORDS = frozenset(
    ["treat", "greet", "grant", "fever", "lever", "seven", "sever", "sooner", "worst", "water", "later"]
    + ["either"]
)

# What an idiom, emoji or star rating means, as the phrases to look for in the question's own
# wording (first found wins); none found means the reply is asked again.
SENSES: dict[str, tuple[str, ...]] = {
    "vpos": ("very good", "excellent", "a lot", "much better", "definitely", "yes"),
    "pos": ("good", "yes"),
    "neu": ("neither", "average", "so so", "about the same"),
    "neg": ("poor", "bad", "no"),
    "vneg": ("very poor", "terrible", "very bad", "much worse", "no"),
    "dk": ("don't know", "not sure"),
    "yes": ("yes", "do", "ie"),
    "no": ("no", "naddo", "na"),
    "partly": ("partly", "a bit", "sort of", "yn rhannol"),
    "halves": ("half and half",),  # partly, never "a bit" of a graded yes
    "notneeded": ("didn't need any", "not needed", "n/a"),
    "better": ("better",),
    "same": ("about the same", "the same", "same"),
    "worse": ("worse",),
    "maybe": ("maybe",),
    "fine": ("i am ok", "im ok", "all good"),
    # a high grade said with "well" ("it was very well"): never a yes, which "vpos" may fall back to
    "vwell": ("very good", "excellent", "a lot", "much better"),
    "notnow": ("not now",),
    "need": ("still need help", "need more help", "still need it"),  # only a question about more help
    "reask": (),
    "ack": (),  # 👍 on a question that does not list it: "ok, got it" as often as "good"
    # a yes made whole ("yes, properly"): the top of a graded yes, else a plain yes; never a grade
    "wholly": ("a lot", "definitely", "yes"),
}
STAR_SENSES = {5: "vpos", 4: "pos", 3: "neu", 2: "neg", 1: "vneg"}
# Star ratings never stand for a yes or a no.
NOT_FOR_STARS = {"yes", "no", "a lot", "definitely"}


def _idioms(sense: str, texts: str) -> dict[tuple[str, ...], str]:
    return {tuple(text.split()): sense for text in texts.split("|")}


IDIOMS = {
    **_idioms(
        "vpos",
        "couldn't have been better|could not have been better|couldn't be better|could not be better"
        "|second to none|top notch|spot on|faultless|can't fault them|can't fault it|can't fault"
        "|couldn't fault it|couldn't fault them|can't praise them enough|over the moon|above and beyond"
        "|first class|top class|couldn't have listened more|could not have listened more|100 %|bang on"
        "|couldn't ask for better|couldn't ask for more|could not ask for more|superb|outstanding|exceptional"
        "|wonderful|perfect|fab|fabulous|marvellous|terrific|phenomenal|awesome|incredible|the best"
        "|really helpful|so helpful|extremely helpful|top marks|full marks|all ears"
        # British and Welsh-English praise, and "can't fault" whoever it was
        "|cracking|smashing|splendid|ace|lush|first rate|tip top|five star|stellar|magnificent"
        "|out of this world|couldn't fault|could not fault|can not fault|dda iawn|yn dda iawn"
        "|brilliant stuff|the bees knees|a godsend|a lifesaver|life saver|hugely|massively|enormously"
        "|greatly|tremendously|immensely|really nice|very nice|so nice|bendigedig|ffantastig|arbennig",
    ),
    **_idioms(
        "pos",
        "can't complain|not too shabby"
        "|no problems|no issues|no problem|decent|pretty decent|satisfactory|reasonable|reasonably good"
        "|good enough|pleasant|fairly good|yn dda|go dda|eitha dda|nice",
    ),
    **_idioms(
        "neu",
        "nothing special|middle of the road|in the middle|mixed bag|mediocre|average|neither|so so"
        "|not good not bad|not good or bad"
        "|neither good nor bad|neither good or bad|not bad not good|hit and miss|ok ish|okish|middling"
        "|six of one|half a dozen of the other|fair to middling|neither good or poor|neither poor nor good"
        "|neither poor or good|run of the mill|bog standard|passable|average at best|adequate|okay ish"
        "|all right|dim byd sbesial|dim byd sbeshal|dim byd arbennig",
    ),
    **_idioms(
        "vneg",
        "couldn't have been worse|could not have been worse|couldn't be worse|worst ever|shocking|rubbish"
        "|diabolical|a joke|waste of time|a shambles|the worst|horrendous|atrocious|abysmal|disgraceful"
        "|disgusting|pathetic|a disgrace|horrific|worst|dire|woeful|dismal|a nightmare|a farce|a fiasco"
        "|shambolic|beyond a joke|utter rubbish|total rubbish|complete rubbish|absolute rubbish|the pits"
        "|yn wael iawn|wael iawn",
    ),
    **_idioms(
        "no",
        "nac ydw|nac oes|nac ydy|nag ydw|nag oes|nac odw|nag odw|nagw|nadw"
        "|absolutely not|definitely not|certainly not|of course not"
        "|nobody called|no one called|nobody did|no one did|not yet"
        "|never heard back|never did|nobody rang|no one rang|nobody got back|no one got back"
        "|nobody call|no one call|nobody phoned|no one phoned|never called|never phoned|never rang"
        "|did she heck|did they heck|did he heck|not a dicky bird|in one ear and out the other"
        "|not in the slightest|not one bit|don't think so|do not think so|not that i know of"
        "|not that i am aware of|not once|never once|not ever|not in the least|not the least bit|not a bit"
        "|not remotely|didn't listen|did not listen|never listened|wasn't listening|weren't listening"
        "|not listening|didn't really listen|not a peep|not a sausage|not a squeak|radio silence"
        "|heard nothing"
        "|like talking to a brick wall|talking to a brick wall|a brick wall",
    ),
    **_idioms(
        "neg",
        "no good|not much good|not any good|no use|not up to much|not up to scratch|not up to standard"
        "|below par|substandard|shoddy|not very helpful|not much cop|yn wael|wael|unsatisfactory|siomedig",
    ),
    **_idioms(
        "yes",
        "of course|sure did|certainly did|they certainly did|they did|i did|for sure"
        "|wouldn't say no|would not say no|wouldn't mind|would not mind"
        "|in the nick of time|just in time|right when i needed it|right on time"
        # a call back to the resident, not to someone else ("they rang my son instead" is asked again)
        "|they called me|they rang me|they phoned me|they call me|they called back|they rang back"
        "|they phoned back"
        "|he called me|she called me|he rang me|she rang me|someone called me|someone rang me|i got a call"
        "|got a call|i received a call|i receive call",
    ),
    **_idioms(
        "partly",
        "half of it|not fully|not completely|not entirely|not totally|halfway|half and half|in part"
        "|most of it|half yes|yes half|more or less|up to a point|to a point|to a degree|to an extent"
        "|to some degree|in a way|in some ways|in a sense|a little bit|little bit|nearly|almost|nearly there"
        "|almost there|not quite|partially|getting there|work in progress",
    ),
    **_idioms(
        "same",
        "no different|not much different|same as before|same as ever|no better no worse|unchanged"
        "|much of a muchness|same old|same old same old|just the same|much the same|pretty much the same"
        "|more or less the same|still the same|nothing's changed|nothing has changed|no change"
        "|no real change|not much change|little change",
    ),
    **_idioms(
        "worse",
        "gone downhill|deteriorated|got worse|declined|worse off|from bad to worse|worse than before"
        "|gone down hill|going downhill",
    ),
    **_idioms("better", "improved|improving|getting better|better off|much improved|on the up|looking up"),
    **_idioms(
        "dk",
        "hard to say|can't remember|don't remember|no idea|don't really know|not really sure|couldn't say"
        "|can't really say|hard to tell|not certain|no clue|haven't a clue|don't no|do not no|not a clue"
        "|haven't got a clue|not the foggiest|dont no|dnt no|dont kno|don't kno|dont knw|do not kno"
        "|search me|couldn't tell you|can't recall"
        "|don't recall|i forget",
    ),
    **_idioms(
        "filler",
        "can't thank you enough|cannot thank you enough|couldn't thank you enough|can't thank them enough"
        "|can't thank her enough|can't thank him enough|i'm afraid|i am afraid|sorry to say"
        "|if i'm honest|if i am honest|to be honest",
    ),
    **_idioms("maybe", "possibly|perhaps|might do|could be"),
    **_idioms(
        "notneeded", "never needed|never needed any|never needed it|didn't need anything|needed nothing"
    ),
    **_idioms(
        "fine",
        "i am fine|i am alright|i am managing|managing fine|we are fine|we're fine|we're ok|we are ok"
        "|we're managing|we are managing|im fine|im alright|im managing|we are alright|we're alright",
    ),
    **_idioms(
        "notnow", "not at the moment|not right now|not for now|not at present|not just now|not just yet"
    ),
    **_idioms(
        "reask",
        "could have been better|could be better|not the best|not the worst|depends"
        # faint praise: good, or very good? "hardly": a bit, or not at all?
        "|no complaints|no complaint|nothing to complain about|not bad at all|mustn't grumble"
        "|nothing to write home about|if i am being kind|if i am being generous|to be generous|to be kind"
        "|being generous|hardly|barely|hardly at all|barely at all|touch and go|not my cup of tea"
        # between two grades, or blame with no degree: a person would ask which
        "|pants|crap|naff|not ideal|could do better|room for improvement|grim|iffy|dodgy"
        # understatement for "a lot", or only some? "quite a bit" is both in Britain
        "|a fair bit|fair bit|quite a bit|a good bit|a fair amount|quite a lot",
    ),
}
# Round four (issue 19): kinds the unseen sets D and E were re-asked on, in phrasings of our own.
IDIOMS |= {
    # emphatic agreement: "not half!" is "very much so" (but "not half bad" / "not half as" are not)
    **_idioms(
        "vpos", "not half|too right|and then some|you bet|not arf|and how|didn't they just|didn't she just"
    ),
    **_idioms("reask", "not half as|not half the|not half so"),
    **_idioms("vwell", "very well|really well|extremely well|so well|very very well|very good|really good"),
    **_idioms("vpos", "yes much|yes so much|much yes|yes very much so|yes too much"),
    # learners' comparatives: "more good now" is better
    **_idioms("better", "more good|more better|more well|gooder|more nice|more easy"),
    **_idioms("worse", "more bad|more worse|more badder"),
    # a flat refusal
    **_idioms(
        "no",
        "not a chance|no chance|fat chance|not a hope|no hope|not a cat in hell's chance|nowhere near"
        "|not by a long shot|not by a long way|not even close|nothing like"
        "|didn't get round to it|didn't get around to it|never got round to it|never got around to it"
        "|did not get round to it|didn't get to it|never got to it|didn't get that far"
        + "".join(
            f"|{a} {b} to {c}"
            for a in ("didn't get", "did not get", "never got")
            for b in ("round", "around")
            for c in ("that", "this")
        ),
    ),
    # more could have been done: some, not all
    **_idioms(
        "partly",
        "could have done more|could've done more|could of done more|could have done a bit more"
        "|only some of it|not all of it|coming back to finish|coming back to finish it"
        "|still to finish|half done|half finished|only half done|job half done"
        "|rhywfaint ohono|rhywfaint ohono fo"
        "|peth ohono|rhan ohono|hanner ohono",
    ),
    **_idioms("same", "yr un peth|yr un fath|dim gwahaniaeth|dim newid|run peth|dim llawer o wahaniaeth"),
    **_idioms(
        "notnow",
        "not at the minute|not at the mo|not currently|not for the moment|not at this time"
        "|not these days|dim ar hyn o bryd|ddim ar hyn o bryd|dim ar y funud|ddim ar y funud|dim nawr",
    ),
    **_idioms("fine", "i am grand|we are grand|we're grand|all grand|i am sorted|we are sorted|we're sorted"),
}
# Round five (issue 19): kinds a new writer's set G was re-asked on, in phrasings of our own.
IDIOMS |= {
    **_idioms("vneg", "absolute shambles|complete shambles|total shambles|utter shambles|shambolic"),
    **_idioms(
        "neu",
        "could have been worse could have been better|could have been better could have been worse"
        "|could of been worse could of been better|could of been better could of been worse",
    ),
    # South Wales "tidy" (good) and "chwarae teg" (fair play) in either conversation
    **_idioms("pos", "tidy|chwarae teg"),
    **_idioms(
        "dk", "anodd dweud|too early to tell|too early to say|too soon to tell|too soon to say|early days"
    ),
    **_idioms("vpos", "hung on every word|hung on my every word|hanging on every word|hung onto every word"),
    **_idioms(
        "no",
        "didn't let me finish|wouldn't let me finish|did not let me finish|never let me finish"
        "|couldn't get a word in|could not get a word in"
        "|treated me like i am helpless|treated me like i was helpless|treated me as helpless"
        "|treated me like a child|treated me like i was useless",
    ),
}
# Round six (issue 19): Welsh hedges, as mutated after "i" and "yn" ("to a degree", "more or less",
# "not completely", "in a way"): a yes said with one is partly, as in English.
IDIOMS |= _idioms(
    "partly",
    "i raddau|i ryw raddau|i ryw radd|i ryw bwynt|hyd at ryw bwynt|hyd at bwynt|mewn ffordd"
    "|mewn rhyw ffordd|mewn rhai ffyrdd|fwy neu lai|mwy neu lai|ddim yn llwyr|dim yn llwyr"
    "|ddim yn gyfan gwbl|dim yn gyfan gwbl|ddim yn hollol|dim yn hollol|bron iawn|bron a bod"
    "|rhyw fath|rhyw fath o|hanner ffordd|hanner a hanner",
)
IDIOMS |= {
    **_idioms("vpos", "top drawer|out of the top drawer|the dog's bollocks|dogs bollocks|gwych iawn"),
    **_idioms("vpos", "ardderchog iawn|bendigedig iawn|ffantastig iawn"),
    **_idioms("vneg", "waste of space|a waste of space|total waste of space|complete waste of space"),
    **_idioms("vneg", "ofnadwy iawn|waste of time|total waste of time|complete waste of time"),
    **_idioms("better", "on the mend|on the up and up|picking up|looking brighter|brighter now"),
}
IDIOMS |= {
    # praise said in one word of slang or Welsh English, and being impressed said strongly
    **_idioms("vpos", "wicked|ffab|well impressed|very impressed|really impressed|so impressed"),
    **_idioms("vpos", "dead impressed|mega impressed|proper impressed|blown away"),
    **_idioms("pos", "it was grand|it's been grand|was grand"),
}
# Round seven (issue 19): kinds set I was re-asked on, in phrasings of our own.
IDIOMS |= {
    # listening said as care taken: "very carefully", "most attentively", Welsh "yn ofalus iawn"
    **_idioms(
        "vpos",
        "very carefully|really carefully|so carefully|most carefully|extremely carefully|very attentively"
        "|most attentively|really attentively|yn ofalus iawn|ofalus iawn|yn astud iawn"
        "|couldn't have asked for more|could not have asked for more|couldn't have asked for better"
        "|couldn't have wished for more|could not have wished for more",
    ),
    # a flat refusal said as an idiom
    **_idioms(
        "no",
        "not in a month of sundays|not in a million years|not on your life|no way|not likely",
    ),
    # Welsh "the same (as before)" in either conversation
    **_idioms("same", "run fath|'run fath|yr un fath|yr un peth|run peth|'run peth"),
}
# Round eight (issue 19): kinds set J was re-asked on, in phrasings of our own.
IDIOMS |= {
    # faint praise that is plainly praise (set I and J's writers: Good)
    **_idioms("pos", "not half bad|not half bad at all"),
    # a flat no said as scorn: "called back? in my dreams"
    **_idioms(
        "no",
        "in my dreams|in your dreams|dream on|that's a laugh|thats a laugh|that's a joke|thats a joke"
        "|you're having a laugh|youre having a laugh|having a laugh|don't make me laugh|dont make me laugh"
        "|chance would be a fine thing|fat chance|some hope",
    ),
    # much, said as detail or length; and emphasis that answers nothing on its own
    **_idioms(
        "vpos",
        "big time|in detail|in great detail|in depth|at length|for ages|yn fanwl|yn fanwl iawn|yn drylwyr",
    ),
    **_idioms("filler", "no contest|hands down"),
    # a little, said as touching on it
    **_idioms("partly", "touched on it|touched upon it|touched on it briefly|only briefly|briefly"),
    # Welsh "indeed" after a yes
    # nothing more they could have done; again and again
    **_idioms(
        "vpos",
        "could not have done more|couldn't have done more|couldnt have done more|could not do enough"
        "|couldn't do enough|couldnt do enough|nothing was too much trouble|many times|lots of times"
        "|loads of times|plenty of times|again and again|time and again",
    ),
    **_idioms("partly", "for the most part|in the main|by and large"),
    **_idioms("filler", "on the whole"),  # "overall": "good on the whole" is good
    # a double negative that means no need at all
    **_idioms(
        "notneeded",
        "didn't need nothing|didnt need nothing|did not need nothing|didn't need anything"
        "|didnt need anything|did not need anything|never needed any|never needed anything",
    ),
    # round nine (set K): progress, mild contentment, much, part of it, Welsh texting
    **_idioms(
        "better",
        "heading the right way|going the right way|heading in the right direction|on the right track"
        "|going in the right direction|moving in the right direction|moving the right way"
        "|on the road to recovery",
    ),
    # "mustn't grumble" says the resident won't complain, not how good it was (C asks again)
    **_idioms("filler", "can't grumble|mustn't grumble|musn't grumble|cannot grumble"),
    **_idioms(
        "vpos",
        "a great deal|a huge amount|ever so much|covered everything|went through everything"
        "|talked about everything|discussed everything|am bopeth|siarad am bopeth",
    ),
    **_idioms("partly", "some of it|some of the time|some things|parts of it"),
    **_idioms("dk", "who knows|dwn i am|dwn|wn i ddim|sai'n gwbod|sa i'n gwbod"),
    **_idioms("no", "ddim really|dim really|ddim wir|naddo wir"),
    # a need said as wanting a hand, or how badly: only a question about more help has words for it
    **_idioms(
        "need",
        "could do with a hand|could do with some help|could do with help|could use a hand|could use some help"
        "|desperately|urgently|badly need it|need it badly|in desperate need|really need it"
        "|crying out for it",
    ),
}
# Round ten: grades in dialect, young people's and forces' words, and a doubled word for "very"
# (British-Caribbean "good good", "nice bad"); only in combinations that are never a noun ("boss
# that", not "the boss").
IDIOMS |= {
    **_idioms(
        "vpos",
        "boss that|proper boss|dead boss|boss la|boss mate|mint that|mint like|proper mint|pure mint"
        "|class that|pure class|proper class|absolute class|champion|goated|slayed|textbook|squared away"
        "|lush|proper lush|good good|nice nice|nice bad|sweet sweet|bostin|belter|a belter|smashed it",
    ),
    **_idioms(
        "vneg",
        "pure mince|total mince|absolute mince|honking|absolute honking|rotten|it wis rotten|trash"
        "|absolute trash|shambles|a shambles|a total shambles|goat rope|a goat rope|a complete goat rope"
        "|bad bad|pure rotten|minging|mingin|manky",
    ),
    **_idioms("neu", "mid|kinda mid|bit mid|lowkey mid"),
    **_idioms("better", "a good bit better|a fair bit better|miles better|loads better|way better"),
}
# Round eleven: "no bother" is "no trouble", said beside an answer ("nae bother, they rang"), never a
# no; tags that close a sentence ("so it was", "innit", "no notes"); "no good" and "no use" are a
# grade, not the answer "no"; a part of a fix is partly; a doubled "little" is "a bit".
IDIOMS |= {
    **_idioms("filler", "no bother|no bother at all|no worries|no probs|no notes|innit|so it was|so it is"),
    **_idioms("filler", "so she did|so he did|so they did|so i did|for real"),
    **_idioms("neg", "no good|no use|no good to me|no use to me"),
    **_idioms("partly", "part fixed|part sorted|part done|only part fixed|partly fix|half fixed|half sorted"),
    **_idioms("partly", "little little|a little little|some little bit"),
    **_idioms("pos", "it were grand|it was grand|twas grand"),
}
# Round twelve (issue 19), by kind. Welsh "not sure" and "don't know" in North and South forms and
# texting spellings (the circumflex is folded away: "siŵr" is "siwr"); Welsh "so-so"; "tipyn bach"
# (a little bit).
IDIOMS |= {
    **_idioms(
        "dk",
        "|".join(
            f"{i_am_not} {sure}"
            for i_am_not in (
                "sa i'n",
                "sai'n",
                "sa i",
                "dwi ddim yn",
                "dw i ddim yn",
                "dwi'm yn",
                "ddim yn",
                "dim yn",
            )
            for sure in ("siwr", "shwr", "gwbod", "gwbo", "gwybod")
        )
        + "|dwn i ddim|dwn i'm|dwni'm|sa i'n gwybod",
    ),
    **_idioms("neu", "gweddol|go lew|canolig|gweddol diolch"),
    **_idioms("partly", "tipyn bach|ychydig bach|bach bach"),
    **_idioms(
        "no",
        "not as far as i know|not as far as i'm aware|not that i know of|not that i'm aware of"
        "|not to my knowledge",
    ),
    # yes in West Country and Scots/Northern voices
    **_idioms("yes", "ooh arr|ooh ar|oh arr|aye aye|och aye|oh aye"),
    # a job almost finished is partly done: "near enough, one tile to go"
    **_idioms("partly", "near enough|nearly there|nearly done|almost done|almost there|just about done"),
}

# Round thirteen (issue 19), by kind: no help needed said in other words; Welsh "very much"; a part
# and not the whole ("some, not all"); a call that never came, said with "not a word".
IDIOMS |= {
    **_idioms(
        "notneeded",
        "no help needed|no help was needed|no help required|needed no help|needed none|needed nothing"
        "|didn't need anything|did not need anything|didn't really need anything|didn't need help"
        "|did not need help|didn't need any help|did not need any help",
    ),
    **_idioms("vwell", "yn fawr iawn|fawr iawn"),
    **_idioms(
        "partly",
        "some not all|some but not all|but not all|but not fully|not all of it|bits of it|bits and pieces",
    ),
    **_idioms("no", "not a word|not one word|not a single word|not a call|not a single call"),
    **_idioms("better", "little bit better|little better|a little better|a little bit better"),
    **_idioms("worse", "little bit worse|little worse|a little worse|a little bit worse"),
    **_idioms("neg", "would not recommend|wouldn't recommend"),
    # more help refused, said of now: "No" to "do you need more help?", asked again elsewhere
    **_idioms(
        "notnow",
        "don't need more help|do not need more help|don't need any more help|do not need any more help"
        "|don't need any help|do not need any help|don't need help|do not need help",
    ),
}
# Round fifteen (issue 19), by kind: Scots "no bad" after a yes or a verb is praise (Good), not the
# "not bad" config.yaml lists under Neither; Geordie "canny" (good); a swear noun as a grade; Scots
# and Geordie "can't tell you", "how would I know"; "half and half" and "half of it" are partly.
IDIOMS |= {
    **_idioms(
        "pos",
        "yes no bad|was no bad|it's no bad|its no bad|no bad like|no bad ta|no bad thanks"
        "|canny like|was canny|canny that|yes canny|canny good|it was canny",
    ),
    **_idioms("vneg", "shite|pure shite|absolute shite|honkin|pure honkin"),
    **_idioms(
        "dk",
        "can't tell you|can't tell ye|can't tell ya|couldn't tell you|couldn't tell ye|couldn't tell ya"
        "|couldn't say|how would i know|how should i know|how am i meant to know|how am i supposed to know"
        "|can't tell yet",
    ),
    **_idioms(
        "partly",
        "half and half|half an half|half n half|half of it|half o it|about half|half done"
        "|half of it's sorted",
    ),
    # "ye" is read as "yes" before the idioms, so Scots "cannae tell ye" arrives as "can't tell yes"
    **_idioms("dk", "can't tell yes|couldn't tell yes"),
    **_idioms("vpos", "da iawn iawn|da iawn wir"),
    **_idioms("filler", "no joke|nae joke|no lie|no word of a lie"),
}

# Round eighteen (issue 19), by mechanism. A yes made whole ("yes, properly", "every word", "all of
# it"): the top of a question that grades its yes, a plain yes elsewhere, never a grade of quality
# (sense "wholly"). Hindi and Urdu words said in English ("haan", "bahut", "thoda sa", "pata nahi").
# Welsh "some" and "a little" ("rhywfaint", "dipyn bach") and a poor grade made terrible
# ("gwael ofnadwy"), and the mutated "quite good" ("reit dda").
IDIOMS |= {
    **_idioms(
        "wholly",
        "yes properly|yes really|yes truly|yes fully|yes plenty|yes totally|yes entirely"
        "|really listened|truly listened|listened properly|properly listened|proper listened"
        "|listened proper|every word|every single word|yes all of it|yes plenty|brilliantly"
        "|do yn sicr|yn sicr|bilkul|haan bilkul|bahut|bohat|bahot|bohot",
    ),
    # "every word" as the subject says what the words were, not how much was heard ("every word was
    # rushed"): asked again, so the bare "every word" above is only read as an object
    **_idioms("reask", "every word was|every single word was|every word were|every word is"),
    # "she really did" and Welsh "do wir" (yes indeed) stay a plain yes: holdout.csv asks again
    **_idioms("yes", "do wir|ie wir|ydw wir|do yn wir"),
    **_idioms("yes", "haan|haan ji|haanji|han ji|ji haan|ji han"),
    **_idioms("partly", "rhywfaint|do rhywfaint|dipyn bach|do dipyn bach|thoda|thora|thoda sa|thora sa"),
    **_idioms("dk", "pata nahi|pata nahin|pata nai|malum nahi|maloom nahi"),
    **_idioms("vneg", "gwael ofnadwy|wael ofnadwy|yn wael ofnadwy"),
    **_idioms("pos", "reit dda|reit da|yn reit dda"),
    # Welsh "much better" ("gwell o lawer"), and "yes, I do" where a choice lists "oes". A bare "yn
    # well" is left: beside a "kind of" it is one part better, not the answer.
    **_idioms("better", "yn well o lawer|llawer gwell|gwell o lawer|dipyn gwell"),
    **_idioms("yes", "ydw|ydw plis|ydw diolch|odw|odw plis|odw diolch"),
}
# Round nineteen (issue 19): half one way and half the other is "partly" where the question's
# partly is a yes and a no ("Partly" on "did you get the help...?"), but not "Yes, a bit": a little
# yes is not half a no. Sense "halves" is found only where the question accepts "half and half".
IDIOMS |= _idioms(
    "halves",
    "half and half|half an half|half n half|bit of both|a bit of both|bit o both|a bit o both"
    # round twenty-three: a hedged yes beside a hedged no is halves too, not a little yes
    "|kind of yes kind of no|kinda yes kinda no|sort of yes sort of no|sorta yes sorta no"
    "|kind of yes , kind of no|kinda yes , kinda no|sort of yes , sort of no|sorta yes , sorta no"
    "|half yes half no|half yes , half no",
)
# "no thanks to him" says who did not help, not no: the answer stands beside it ("it is now, no thanks
# to the first guy"). "No thanks to you" is left to the rules: said to the service asked about, it is
# a complaint beside the answer (round eight asks again on "better. no thanks to you").
IDIOMS |= _idioms(
    "filler",
    "|".join(
        f"{no} {thanks} {to} {whom}"
        for no in ("no", "nae")
        for thanks in ("thanks", "thanx")
        for to in ("to", "tae")
        for whom in ("the", "them", "him", "her", "that", "those", "whoever", "anyone")
    ),
)

# Round twenty-four (issue 19): not knowing said in words the lexicon lacked, each labelled Not sure
# wherever a natural set has it: "rightly" inside the doubt ("couldn't rightly say"), the learner's
# "I not know", Scots "no sure", and no side said "either way". "All a bit of a blur" says why the
# resident cannot say; its "a bit" is no partial answer.
IDIOMS |= {
    **_idioms(
        "dk",
        "couldn't rightly say|can't rightly say|cannot rightly say|don't rightly know|do not rightly know"
        "|i not know|i no know|i'm no sure|im no sure|am no sure|no sure yet"
        "|can't say either way|couldn't say either way|cannot say either way|could go either way"
        "|can't tell either way|couldn't tell either way",
    ),
    **_idioms("filler", "a bit of a blur|all a bit of a blur"),
    # no help wanted, said with "actually" or "really" inside it or as not being "after" any: every
    # natural row is labelled "I did not need any"
    **_idioms(
        "notneeded",
        "didn't actually need|did not actually need|didn't really need help|didn't really need any help"
        "|wasn't after any help|wasn't after help|wasn't after anything|was not after any help"
        "|was not after help|was not after anything",
    ),
}

# Round twenty-six (issue 19): Welsh said with a word the label lacks. "Not completely sure" is not
# sure ("hollol" had made it the partial "not completely"); "neither good nor bad" said with "drwg"
# (bad) where the label says "gwael" is the middle, not the "ddim yn dda" (not good) it opens with.
IDIOMS |= {
    **_idioms(
        "dk",
        "ddim yn hollol siŵr|ddim yn hollol siwr|dim yn hollol siŵr|dim yn hollol siwr"
        "|ddim yn hollol sicr|dim yn hollol sicr",
    ),
    **_idioms(
        "neu",
        "ddim yn dda nac yn ddrwg|dim yn dda nac yn ddrwg|ddim yn dda nac yn wael|dim yn dda nac yn wael",
    ),
    # "you do the maths" hands the sum back, as "you tell me" does: its "do" is no answer (it had
    # read as a yes to "did you get the help…?")
    **_idioms("filler", "you do the maths|you do the math|do the maths|do the math"),
}

IDIOM_STARTS = frozenset(key[0] for key in IDIOMS)
IDIOM_WORDS = frozenset(word for key in IDIOMS for word in key)
IDIOM_LONGEST = max(len(key) for key in IDIOMS)
# Small words texting drops or adds inside an idiom ("in one ear out the other", "waste of time"):
# an idiom of three or more other words (two are too few to be sure: "still same") is also found
# with them left out, when no idiom of the same other words means something else. Its first and
# last words are never among them ("and then some" is not "then some").
LOOSE_WORDS = frozenset(("a", "an", "the", "and", "n", "&", "of"))


def loose_key(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in LOOSE_WORDS)


# Round fourteen (issue 19): "no worse" is the same.
IDIOMS |= _idioms("same", "no worse|no better no worse|no better and no worse|no better or worse")


def _loose_idioms() -> dict[tuple[str, ...], tuple[str, ...]]:
    found: dict[tuple[str, ...], tuple[str, ...]] = {}
    clashing: set[tuple[str, ...]] = set()
    for key, sense in IDIOMS.items():
        loose = loose_key(key)
        if len(loose) < 3 or key[0] in LOOSE_WORDS or key[-1] in LOOSE_WORDS:
            continue
        if loose in found and IDIOMS[found[loose]] != sense:
            clashing.add(loose)
        found.setdefault(loose, key)
    return {loose: key for loose, key in found.items() if loose not in clashing}


LOOSE_IDIOMS = _loose_idioms()
LOOSE_LONGEST = max(len(key) for key in LOOSE_IDIOMS)
# Anger alone says the resident is angry, not at what (the answers module asks again); beside
# words or a number it agrees with blame.
ANGER = frozenset("😡😠🤬😤")
EMOJI_SENSES = {
    **dict.fromkeys("😍🥰🤩💯🙌👏❤💖💕🌟🏆🥳🔥", "vpos"),
    **dict.fromkeys("😊🙂😀😃😄😁☺😌", "pos"),
    **dict.fromkeys("👍", "ack"),
    **dict.fromkeys("😐😑🫤😶", "neu"),
    **dict.fromkeys("🤷", "dk"),  # a shrug; "🤔" only thinks (round 14: no sense, asked again)
    **dict.fromkeys("🙁☹😞😕😒😔👎", "neg"),
    # "😭" is left out (round nineteen): texted as often for joy as for grief ("yes a lot, she said
    # I'm doing amazing 😭"), so it settles nothing; alone it is asked again
    **dict.fromkeys("😡😠🤬😤😢💩", "vneg"),
    **dict.fromkeys("✅👌✔☑", "yes"),
    **dict.fromkeys("❌❎", "no"),
}
