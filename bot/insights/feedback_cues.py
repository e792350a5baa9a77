"""The cues of an unmet expectation in a comment, as extra features for the sentiment model.

Plain complaints carry no emotional words: they report a wait ("3 weeks"),
a repetition ("again", "still"), an absence ("no one came"), a broken promise
("said they would"), being passed around, or a decision made without the
person. A lexicon reads them as neutral; these cues let a model see them.
Lexicon scores (VADER, TextBlob) are added in coarse buckets, and for a
comment with a "but" the VADER score of each side, which is what marks it mixed.

The same words also praise: "no problems", "couldn't fault them", "nothing to
improve" deny a fault, and "seen within 10 minutes" is speed, not a wait. Those
phrases are read first and taken out before the other cues are looked for. A bare
"nothing" (the answer to "what could we do better?") is its own cue, not an absence;
letter courtesies ("Kind regards") are left out before the lexicons score; everyday
Welsh praise and complaint words (and their softened forms) stand in for the English
lexicons, which read no Welsh.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.insights.clause_tone import tone_shapes
from bot.insights.negation_polarity import negation_turns
from bot.insights.sentiment import textblob_polarity, vader_compound, vader_valence
from bot.text.features import Words, masked, negation, register_extra

_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several|couple of|many)"
_UNIT = r"(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|fortnight)"
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"


def _any_of(*phrases: str) -> re.Pattern[str]:
    """Whole words or phrases (regular expressions), on normalised text."""
    return re.compile(r"\b(?:" + "|".join(phrases) + r")\b")


_KIN = (
    r"(?:husband|wife|mother|father|mum|mam|mom|dad|son|daughter|partner|brother|sister|aunt|uncle"
    r"|nan|gran|grandad|grandmother|grandfather)(?:s|'s)?\b"
)
_SLIGHTED = (
    r"(?:judged|rushed|ignored|dismissed|stupid|nuisance|burden|number|invisible|patronised|unheard"
    r"|let down|fobbed off|child|criminal|idiot|small|guilty)"
)

CUES: dict[str, re.Pattern[str]] = {
    "duration": _any_of(
        rf"{_NUMBER}\s+{_UNIT}",
        rf"since\s+(?:{_MONTHS}|the\s+\w+|last\s+\w+)",
        # a promise dated in the past: "...would come back. That was February."; "It is now August."
        rf"that was (?:in |on |back in )?(?:{_MONTHS}|last \w+)",
        rf"(?:it is|its) now (?:{_MONTHS})",
        "ages",
        r"wythnos\w*",
        r"misoedd",
        "oriau",
        # "aros awr ar y ffôn": a wait told in Welsh
        r"aros (?:\w+ ){0,2}(?:awr|diwrnod\w*|dyddiau)",
        "blwyddyn",
        "so long",
        "too long",
        "far too long",
        "all day",
        "months",
        "weeks",
        "years",
    ),
    "repeat": _any_of(
        "again",
        "eto",
        "dal i",
        "dal yna",
        "still",
        "another",
        "every time",
        "each time",
        "keep",
        "keeps",
        "kept",
        "twice",
        "once more",
        # the third time and on; "second time" is as often "second time round it was fine"
        r"(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|\d+(?:rd|th)) time",
        r"(?:three|four|five|\d+) times",
        "same (?:problem|mistake|questions|thing)",
        r"repeat\w*",
        r"chas\w+",
    ),
    "absence": _any_of(
        "never",
        "neb",
        "byth",
        "dim (?:ateb|galwad|gwybodaeth|help|llythyr)",
        "ches i ddim",
        "doedd neb",
        "does neb",
        "nobody",
        "no one",
        "noone",
        "nothing",
        "no reply",
        "no answer",
        "no call",
        "no response",
        "no record",
        "not turned up",
        "(?:didnt|did not) (?:come|turn up|ring|call)",
        "no sign",
        "not heard",
        "havent heard",
        "no (?:letter|information|update|help|follow up|contact)",
    ),
    "promise": _any_of(
        "said (?:they|she|he|it|someone) (?:would|will|were)",
        "told (?:me|us) (?:it|they|someone|that)",
        "promised",
        r"add(?:o|awodd|awon)\w*",
        "supposed to",
        "meant to",
        "should have",
        "should not",
        "shouldnt",
        "was told",
        "were told",
        "agreed",
    ),
    "passed": _any_of(
        "passed (?:from|around|between|on)",
        "transferred",
        "another (?:number|department|team)",
        "different (?:number|department|person|team|carer|worker)",
        "pillar to post",
        r"o un (?:adran|person|swyddfa|lle|tîm) i(?:r| y)? (?:llall|nesaf)",
        "not their (?:team|department|job)",
        r"sent (?:me|us) (?:back )?to (?:\w+ ){1,6}?(?:and|which|who|then) (?:\w+ ){0,3}sent (?:me|us)",
    ),
    "without": _any_of(
        "without (?:asking|telling|talking|speaking|consulting|me|us|him|her|any)",
        "nobody asked",
        "no one asked",
        "didnt ask",
        "did not ask",
        "not asked",
        r"not once (?:did|has|have) (?:anyone|anybody|they|she|he) (?:ask|check|consult)\w*",
        "found out from",
    ),
    # An improvement asked for is an unmet need ("more staff needed", "answer the phone"):
    # a comment that opens with a request, or wishes aloud that something had been done.
    "suggest": re.compile(
        r"^(?:more|better|need|needs|should|could|would be|please|answer|tell|keep|return|speed"
        r"|shorter|less|give|get|make|improve|treat|provide|stop|start|try|listen|arrive|send|put"
        r"|train|let|ring|call|phone|reply|hire|employ|offer|explain|check|allow|reduce|increase"
        r"|maybe|perhaps|if possible|be more|have more|have a)\b"
        # A comparative on its own, answering "what could we do better?": "quicker response", "came sooner"
        r"|^(?:just |maybe |perhaps |probably |a bit )?(?:quicker|faster|sooner|earlier|clearer|shorter"
        r"|friendlier|kinder|politer|warmer|cheaper|smoother|easier|simpler|nicer)\b(?! than)"
        r"|\bcould do with\b"
        r"|\b(?:come|came|arrived?|answered|been|reacted|responded|replied|seen|called|rang)"
        r" (?:a bit |much |a lot )?"
        r"(?:sooner|quicker|faster|earlier|more quickly)\b(?! than)"
        r"|\b(?:could have|couldve|might have|would have (?:been|helped|liked)|would be (?:nice|good|better"
        r"|helpful|lovely|great)|would help|too many|too much|too few|not enough|needs? (?:more|to be|better)"
        r"|could (?:be|have been|of been|do with|try) (?:\w+ ){0,2}(?:more|less|improved|\w+er)"
        r"|i wish|if anything|(?:id|i would|we would|wed) (?:like|prefer|love) (?:to|more|a|some|the)"
        r"|lacks?)\b"
    ),
    # Being brushed aside, told plainly: "talked over me", "made to feel a nuisance".
    "dismissed": _any_of(
        r"talked (?:over|down to|about) (?:me|us|him|her)",
        r"(?:fobbed|brushed) (?:me |us |him |her )?off",
        rf"(?:made (?:me |us |him |her )?(?:to )?feel|felt|feel|feeling) (?:like )?(?:a |an )?{_SLIGHTED}",
        rf"treated (?:me |us |him |her )?(?:like|as) (?:a |an )?{_SLIGHTED}",
        r"(?:nobody|noone|no one) (?:listened|cared|bothered)",
        "not taken seriously",
        # handed a lesser thing than help: "they sent us a leaflet", "told me to go on the website"
        r"(?:sent|gave|given|handed) (?:me |us |him |her )?(?:a |an |another )?"
        r"(?:leaflet|link|booklet|phone number|number to ring)",
        r"(?:told|tell|tells) (?:me|us|him|her) (?:to )?"
        r"(?:go (?:on |to )?|look (?:at |on )?|check |use |try )"
        r"(?:the |a )?(?:website|online|app|internet)",
        # asked for one thing and handed a lesser one: "asked for help and got a leaflet"
        r"(?:asked|went in|came in|rang|called|applied) for (?:\w+ ){1,6}?(?:and |but )?"
        r"(?:got|was given|were given|came out with|they gave (?:me|us)|all (?:i|we) got)",
    ),
    "contrast": _any_of(
        "but",
        "although",
        "though",
        "however",
        "except",
        "apart from",
        "shame",
        "whereas",
        "yet",
        "ond",
        *("pity", "biti", "er bod", r"only (?:thing|problem|issue|niggle|gripe|complaint)"),
    ),
    "problem": _any_of(
        "wrong",
        "lost",
        "missing",
        r"cancel\w*",
        # not "my late husband": a bereavement, no lateness
        rf"late(?! {_KIN})",
        r"delay\w*",
        # still to be done: "the repair remains outstanding"
        r"(?:remains?|remained|still|left) outstanding",
        "broken",
        r"leak\w*",
        "damp",
        "mould",
        "waiting",
        "burst",
        "disconnected",
        "not working",
        "stopped working",
        "out of order",
        "faulty",
        r"slow(?:ly)?",
        r"long wait\w*",
        # work left undone: "the rail is not fitted", "half the job was left unfinished"
        r"(?:not|never) (?:been |being |yet )?"
        r"(?:fitted|delivered|done|finished|fixed|completed|installed|received)",
        "unfinished",
        r"half (?:the job|done|finished)",
    ),
}
# Praise said by denying a fault ("no problems", "couldn't fault them", "nothing to improve"):
# the negation words in it are not an absence, and its problem words are not a problem.
_NOT = r"(?:cant|couldnt|could not|cannot|wouldnt|would not)"
PRAISE_BY_DENIAL = _any_of(
    rf"{_NOT} (?:fault|have asked for more|ask for more|wish for more"
    r"|say (?:a bad|anything bad|a word against))",
    rf"{_NOT} (?:have |of )?(?:been|be|gone|go|get|got|do|done|have done)"
    r" (?:it |any |much |a lot |anything )?better",
    rf"{_NOT} change (?:a thing|anything)",
    # "you can't improve perfect", "could not improve on it", "couldn't wish for a better service"
    rf"{_NOT} (?:really )?improve (?:on )?(?:it|that|this|them|perfect|what|the \w+)",
    rf"{_NOT} (?:wish|ask|hope) for (?:a |any )?better",
    r"(?:dont|do not) think (?:there is|theres|there was|there is really) anything"
    r" (?:\w+ ){0,4}(?:better|improved?|differently|chang\w*)",
    r"(?:cant|couldnt|could not|cannot|struggle to) think of (?:any|an) (?:improvements?|changes?)",
    r"(?:cant|couldnt|could not|cannot|struggle to) think of (?:anything|a thing|any thing)"
    r"(?! (?:good|positive|helpful))"
    r"(?: (?:to|that|you|i|we|they) (?:\w+ ){0,3}(?:improve\w*|better|change\w*|differently))?",
    r"(?:no |not a single |not one |not any |never (?:had )?(?:a |any )?|without (?:a |any )?)"
    r"(?:problems?|issues?|complaints?|trouble|hitch|faults?|worries|concerns)",
    # "nothing could be better", not "nothing has got better"
    r"nothing (?:(?!has |had |got |ever )\w+ ){0,4}"
    r"(?:better|improved?|improving|differently|wrong|bad|negative)",
    r"nothing (?:to |needs? |that needs |i would |id |we would )(?:\w+ ){0,2}chang\w*",
    r"(?:nothing|nowt|naught) to (?:complain about|fault|moan about|grumble about)",
    # "could hardly have asked for a more patient worker"
    rf"(?:{_NOT}|could (?:hardly|scarcely)) (?:have |of )?(?:asked|wished|hoped)"
    r" for (?:a |an )?(?:more|better)",
    r"(?:wasted?|wasting) no time|no time (?:was )?wasted|(?:didnt|did not|dont|never) waste (?:any )?time",
    r"(?:no one|noone|nobody|no body) could (?:\w+ ){0,3}better",
    r"(?:didnt|did not|never|dont|do not) (?:have|had|need|needed) to"
    r" (?:wait|chase|worry|ring|call|ask|push|remind)",
    r"no (?:waiting|wait|delay|fuss|bother|hassle)",
    # "never lets us down", "never once missed a visit", "never gave up on me"
    r"never (?:once )?(?:lets?|let) (?:me|us|him|her|them|anyone) down",
    r"never (?:once )?(?:miss(?:es|ed)?|fails?|failed|gave up|give up|gives up|given up)",
    rf"never (?:once )?(?:makes?|made) (?:me|us|him|her|them) (?:feel )?(?:like )?(?:a |an )?{_SLIGHTED}",
    r"never (?:once )?(?:been|was|were|is|are) late",
    r"without (?:a |any |a single |one )?(?:fuss|fail|grumble|moan|quibble|bother|hassle|hitch)",
    r"not (?:a|one|a single) thing"
    r" (?:wrong|to (?:improve|change|fault)|(?:i|we|id) (?:would|could) (?:change|improve))",
    r"no (?:improvements?|changes?) (?:needed|necessary|required)",
    rf"{_NOT} (?:thank|praise) (?:\w+ ){{0,2}}enough",
    rf"{_NOT} speak (?:\w+ ){{0,2}}(?:highly|well) enough",
    r"(?:wouldnt|would not|couldnt|could not|cant|cannot) (?:have )?"
    r"(?:cope|coped|manage|managed|done it) without",
    r"(?:dont|do not) know (?:how|what) (?:i|we|she|he|they|id|wed)(?: would| could| will)?"
    r" (?:\w+ ){0,2}without",
    r"without (?:\w+ ){1,4}i (?:wouldnt|would not|couldnt|could not) have (?:coped|managed)",
    r"dim (?:byd iw wella|problem|cwyn|cwynion|byd iw newid)",
)
# Speed that is praise: "within the hour", "seen straight away". Its duration is not a wait.
OUTREACH_MESSAGE = _any_of(
    rf"within (?:the |an |a |half an |{_NUMBER} )?(?:hour|{_UNIT})",
    rf"(?:only|just) (?:had to |had a )?wait\w* (?:about |around |for )?(?:{_NUMBER}|a)",
    rf"(?:only|just) (?:had )?(?:a |an )?{_NUMBER} (?:{_UNIT}|minute|hour) wait",
    r"(?:the )?same (?:day|afternoon|morning|evening|week)",
    r"straight away",
    r"right away",
    r"on time",
    r"in no time",
    r"quick(?:ly|er than)?",
    r"prompt(?:ly)?",
    r"fast",
    r"no time at all",
    rf"{_NUMBER} (?:min(?:ute)?s?) (?:after|later)",
    # a job done in minutes or hours: "sorted it in like 5 min", "answered in under two minutes"
    r"(?:sorted|fixed|done|resolved|answered|dealt with|came|arrived|turned up|out)(?: \w+){0,3} in"
    r" (?:like |about |around |under |less than |just |only )?"
    rf"(?:{_NUMBER}|half an?) (?:min(?:ute)?s?|hours?|hrs?)",
    r"in (?:one|a single|1) (?:phone )?(?:call|visit|go)",
)
# A bare answer with nothing in it, as people answer "what could we do better?".
NIL_ANSWER = re.compile(
    r"^(?:nothing|none|no|nope|nil|na|n a|not really|not much|not a lot|very little|nothing really"
    r"|nothing at all|absolutely nothing|nothing else|nothing thank you|nothing thanks|no thanks?"
    r"|no thank you|not a thing|none thanks|none thank you|dim|dim byd|dim diolch"
    r"|nothing (?:more|further)|no (?:further|other|more) comments?|no comments?|thats (?:all|everything)"
    r"|nowt|nowt else|nothing (?:else |more )?to (?:add|say))"
    r"(?: (?:at (?:this|the) (?:time|moment)|for now|(?:that )?i can think of|(?:comes|springs) to mind"
    r"|really|else|thanks|thank you|thx|ta|cheers|from me|to (?:add|say))){0,2}$"
)

# Something done again that illness or trouble had stopped ("walking to the shops again",
# "I feel like myself again") is praise, not a repetition.
RESTORED = re.compile(
    r"\b(?:(?:feel|feeling|felt) (?:like )?(?:myself|himself|herself|ourselves|human|normal|safe|a person"
    r"|independent|confident|alive)(?: \w+){0,2}"
    r"|(?:walking|cooking|driving|sleeping|smiling|laughing|working|independent|on (?:my|his|her|our) feet"
    r"|(?:my|his|her|our) own \w+|(?:by|for) (?:myself|himself|herself))(?: \w+){0,4}) again\b"
)
# Thanks for something done ("cheers for sorting the damp", "respect to her for not giving up on
# us") is praise of it: what it names is not a failure, though its words may sound like one.
THANKED_FOR = re.compile(
    r"^(?:a )?(?:big |huge |massive |many |special )?(?:thanks|thank you|cheers|respect|credit|kudos|hats off"
    r"|fair play|shout ?out|well done)(?: to(?: \w+){1,4}?)? for (?!nothing\b)(?:\w+ ?){1,8}"
)
# "Would use them again" is a recommendation, not a repetition.
WOULD_AGAIN = _any_of(r"(?:would|will|wd|id|wouldnt hesitate to) (?:\w+ ){1,3}again")
# Everyday Welsh praise and complaint words, which the English lexicons cannot score.
WELSH_WORDS = {
    **dict.fromkeys(
        [
            *("diolch", "ardderchog", "gwych", "hyfryd", "caredig", "arbennig", "bendigedig", "ffantastig"),
            *("perffaith", "amyneddgar", "cyfeillgar", "parch", "gwrando", "da"),
            *("ffeind", "clên", "diolchgar", "prydlon", "penigamp", "gwerthfawr"),
        ],
        "cy:pos",
    ),
    **dict.fromkeys(
        [
            *("ofnadwy", "siomedig", "gwael", "anghwrtais", "digywilydd", "grac", "anhapus", "gwastraff"),
            *("llond", "bol", "anghofio", "araf", "hir", "hwyr", "drwg"),
            *("flin", "gwarthus", "cywilydd", "siom", "sarhaus"),
        ],
        "cy:neg",
    ),
}

# Welsh softens a word's first letter after many small words ("gwael" -> "yn wael"): each
# word above is also known in its softened form.
_SOFT = (
    ("ll", "l"),
    ("rh", "r"),
    ("g", ""),
    ("c", "g"),
    ("p", "b"),
    ("t", "d"),
    ("b", "f"),
    ("d", "dd"),
    ("m", "f"),
)


def _softened(word: str) -> str | None:
    for hard, soft in _SOFT:
        if word.startswith(hard):
            return soft + word[len(hard) :]
    return None


WELSH_WORDS |= {
    soft: cue
    for word, cue in list(WELSH_WORDS.items())
    if (soft := _softened(word)) and soft not in WELSH_WORDS and len(soft) > 2
}

# Letter-writing courtesies ("To whom it may concern", "Thank you for asking", "Kind regards")
# say nothing about the service: they are left out before the lexicons score the comment.
COURTESY = re.compile(
    r"^(?:to whom it may concern|dear (?:sir|madam|sir or madam|all)|i would (?:just )?like to say(?: that)?"
    r"|i must say|well|as (?:a|the|his|her|their) carer (?:for|of) my \w+"
    r"|speaking (?:for|on behalf of) my \w+)\b"
    r"|\b(?:thank you for asking|thanks for asking|kind regards|best wishes"
    r"|yours (?:sincerely|faithfully)|many thanks for the survey)$"
)

# A question to the council ("What time do the carers come?", "Ydy'r swyddfa ar agor?") asks for
# information; it is not a complaint unless the words in it say so. A question is a question mark
# at the end, or a verb put first ("is the group still on", "can I pay"): "when I rang..." and
# "how it was explained" are not questions. "Why" is left out: "why does nobody ring back?" complains.
QUESTION = re.compile(
    r"^(?:is|are|does|do|did|can|could|may|will|would|should|shall|has|have|was)"
    r" (?:the|there|it|i|ive|we|my|this|that|you|someone|anyone|somebody|anybody|he|she|they|our)\b"
    r"|^(?:pryd|ble|beth|pwy|sut|ydy|ydi|ydyn|oes|ga|gaf|alla|allaf|fydd|faint|a oes)\b"
)
WHY = re.compile(r"^(?:why|how come|pam|pham)\b")
# Asking for something to be done differently for oneself ("can I have letters in large print",
# "I'd prefer a phone call") is a request for a service, not a complaint about one.
INFO_REQUEST = re.compile(
    # (the normaliser makes "I have" one word, "ive")
    r"^(?:please )?(?:can|could|may)"
    r" (?:ive\b|(?:i|we|my \w+) (?:have|get|pay|ask|speak|book|bring|change|see)\b)"
    r"|^(?:id|i would|wed|we would) (?:like|prefer|rather)\b"
    r"|^(?:ga i|gaf i|alla i|oes modd)\b"
)
# An arrangement asked for from now on ("please ring my daughter rather than me", "texts work
# better for me", "future visits after 10") names no failure: neutral, unlike a request that the
# service be better ("could be quicker"), which is a complaint (docs/evaluation.md).
ARRANGEMENT = _any_of(
    "from now on",
    "in (?:the )?future",
    "next time",
    r"future (?:visits?|letters?|calls?|appointments?|contact)",
    "rather than",
    "instead of",
    r"works? better for (?:me|us|him|her)",
    "please note",
)
# ("They spoke to my son instead of me" is no request: it complains.)
REQUEST_FORM = _any_of(
    "please", "pls", r"^(?:could|can|would|send|write|ring|call|email|text)", "i (?:will )?need", "id like"
)
# Words a lexicon does not know as praise or complaint, in the way people say them.
SLANG = {
    "slang:pos": re.compile(
        r"\b(?:legend|legends|a star|a gem|a diamond|an angel|angels|class|buzzing|chuffed|over the moon"
        r"|made up|on the ball|top (?:man|woman|lady|bloke|girl|lad|notch|drawer)|spot on|godsend|lifeline"
        r"|means the world|10 10|(?:five|5) stars?|shout ?out|werth y byd|penigamp)\b"
    ),
    "slang:neg": re.compile(
        r"\b(?:cowboys|clowns|jokers|(?:a|an|absolute|complete|total) joke|shambles|shambolic|farce"
        r"|mickey mouse|up the wall|round the bend"
        r"|fed up|sick (?:and tired|of)|gutted|snotty|off ?hand|rolled (?:her|his|their) eyes|sarcastic"
        r"|useless|hopeless|a nightmare|a disgrace|disgraceful|rubbish|pathetic|cried|in tears|humiliated"
        r"|forgotten|gwarthus|cywilydd)\b"
    ),
}

# The normaliser's emoji words, as words the lexicons score (bot.text.normalise names them).
EMOJI_WORDS = {
    "thumbs_up": "good",
    "thumbs_down": "bad",
    "angry": "angry",
    "pray": "thanks",
    "heart": "love",
    "blue_heart": "love",
    "unamused": "annoyed",
    "frown": "sad",
    "cry": "sad",
    "sad": "sad",
    "smile": "happy",
    "ok": "ok",
}
_EMOJI = re.compile(r"\bemoji_(\w+)")
UNMET = frozenset({"duration", "repeat", "absence", "promise", "passed", "without", "problem", "dismissed"})
_SPLIT = re.compile(
    r"\b(?:but|although|though|however|except|apart from|whereas|ond|shame|pity|biti|er bod"
    r"|only (?:thing|problem|issue|niggle|gripe|complaint))\b"
)


PRAISE = frozenset({"praise_by_denial", "prompt", "would_again", "restored", "thanked_for"})


def _reading(found: list[str]) -> str:
    """What the cues make of a comment, to pair with its lexicon score."""
    if UNMET.intersection(found):
        return "unmet"
    if "suggest" in found:
        return "suggest"
    return "praise" if PRAISE.intersection(found) else "none"


def _without_praise_phrases(clause: list[str]) -> list[str]:
    """A clause without its praise by denial or thanks: "can't improve perfect" and "thanks for not
    giving up" are praise as a whole, and the negations in them turn nothing."""
    text = " ".join(clause)
    for pattern in (PRAISE_BY_DENIAL, THANKED_FOR):
        text = masked(pattern, text)[1]
    return text.split()


def _bucket(name: str, score: float) -> str:
    band = "strong_neg" if score <= -0.5 else "neg" if score < -0.05 else "pos" if score > 0.05 else "zero"
    if score >= 0.5:
        band = "strong_pos"
    return f"{name}:{band}"


def unmet_expectation_cues(text: str) -> list[str]:
    """The names of the CUES found in a normalised comment.

    Praise by denial and promptness are read first and taken out, so "no problems" is not an
    absence and "seen within 10 minutes" is not a wait; they are named "praise_by_denial"
    and "prompt". A bare "nothing" is "nil_answer", and no absence.
    """
    if NIL_ANSWER.match(text):
        return ["nil_answer"]
    found = []
    denials, text = masked(PRAISE_BY_DENIAL, text)
    if denials:
        found.append("praise_by_denial")
    quick, text = masked(OUTREACH_MESSAGE, text)
    if quick:
        found.append("prompt")
    again, text = masked(WOULD_AGAIN, text)
    if again:
        found.append("would_again")
    restored, text = masked(RESTORED, text)
    if restored:
        found.append("restored")
    thanked, text = masked(THANKED_FOR, text)
    if thanked:
        found.append("thanked_for")
    return found + [name for name, pattern in CUES.items() if pattern.search(text)]


# Each cue and lexicon feature is counted this many times, so after sublinear term frequency it
# weighs 1 + ln 2 (about 1.7) times a word: in effect a lighter penalty on the cues than on the words.
# A phrasing the model never saw shares few words with its training, and is then read by its cues
# rather than by function words it happens to share with a template (chosen by grouped CV).
CUE_WEIGHT = 2


# "Nothing all good", "No they were very helpful": the answer to "what could we do better?" run
# straight on into the sentence that explains it, with no comma. The answer word negates nothing
# after it, so it is read as a clause of its own when a new sentence plainly starts after it
# (a subject, or a strong praise word: "nothing excellent service"), not in "nothing was done".
_SENTENCE_OPENERS = frozenset(
    ["i", "id", "im", "ive", "they", "theyre", "you", "youre", "we", "she", "he", "it", "its"]
    + ["all", "everything", "everyone", "everybody", "thank", "thanks", "staff"]
)


def answer_split(words: Words) -> Words:
    """`words` with an opening bare answer ("nothing", "no", "nothing at all") made its own clause."""
    if not words.clauses:
        return words
    first, *rest = words.clauses
    for size in (3, 2, 1):
        if size < len(first) and NIL_ANSWER.match(" ".join(first[:size])):
            following = first[size]
            if following in _SENTENCE_OPENERS or vader_valence(following) >= 2.5:
                return words.with_clauses([first[:size], first[size:], *rest])
    return words


@register_extra("feedback_cues")
def feedback_cues(text: str, words: Words) -> Iterable[str]:
    """Cue features of a normalised comment (see the module docstring), with negation scope."""
    words = answer_split(words)
    yield from negation(text, words)
    for feature in _cues(text, words):
        yield from [feature] * CUE_WEIGHT


def _cues(text: str, words: Words) -> Iterable[str]:
    """The cue and lexicon features of `feedback_cues`, once each."""
    first = words.clauses[0] if words.clauses else []
    if len(words.clauses) > 1 and NIL_ANSWER.match(" ".join(first)):
        # "Nothing, it was perfect": the answer is what follows the "nothing".
        yield "cue:nil_then"
        text = " ".join(text.split()[len(first) :])
    courtesies, text = masked(COURTESY, text)
    if courtesies:
        yield "cue:courtesy"
    found = unmet_expectation_cues(text)
    yield from (f"cue:{name}" for name in found)
    plain = _EMOJI.sub(lambda m: EMOJI_WORDS.get(m.group(1), " "), text)
    sides = _SPLIT.split(plain, maxsplit=1)
    # A duration alone is no failure to be ironic about: "Great. Sorted in a day."
    failed = bool(UNMET.intersection(found) - {"duration"})
    shapes = list(tone_shapes(text, words.clauses, unmet=failed, contrast=len(sides) == 2))
    yield from shapes
    vader = _bucket("vader", vader_compound(plain))
    yield vader
    # Kind words beside a report of a wait read differently from kind words alone, and so do
    # kind words in a request ("could be more helpful"), hard words in praise ("no problems")
    # and kind words said in irony.
    yield f"{vader}+{'ironic' if 'cue:ironic' in shapes else _reading(found)}"
    yield _bucket("textblob", textblob_polarity(plain))
    if len(sides) == 2:
        yield _bucket("before_but", vader_compound(sides[0]))
        yield _bucket("after_but", vader_compound(sides[1]))
    yield from (WELSH_WORDS[word] for word in words if word in WELSH_WORDS)
    yield from negation_turns(_without_praise_phrases(clause) for clause in words.clauses)
    yield from (name for name, pattern in SLANG.items() if pattern.search(text))
    if (QUESTION.match(text) or words.raw.rstrip().endswith("?")) and not WHY.match(text):
        yield "cue:question"
        yield f"cue:question+{_reading(found)}"
    if INFO_REQUEST.match(text):
        yield "cue:info_request"
    if ARRANGEMENT.search(text) and REQUEST_FORM.search(text):
        yield f"cue:arrangement+{_reading(found)}"
    if len(words) <= 3:
        yield "cue:short"
