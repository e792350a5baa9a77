"""Word families the risk concepts are built from (English, texting spellings, Welsh).

Each family is a list of words after normalising (lower case, no apostrophes);
`hit*` is any word starting "hit"; an entry of several words must appear in
that order. Concepts (concepts.py) refer to a family as `{name}`.
"""

from __future__ import annotations

FAMILIES: dict[str, str] = {
    # --- people -------------------------------------------------------------------------------
    "someone": """he hes she shes they theyre husband wife partner boyfriend girlfriend bf gf ex fiance*
        son sons daughter* grandson* granddaughter* nephew niece brother* sister* dad father mum mam mom
        mother stepdad stepmum uncle aunt* cousin carer carers careworker* staff worker* nurse* landlord
        neighbour* lodger friend* somebody someone sum1 man men lads boys gang people ppl manager boss
        law e o hi nhw gwr ngwr ngŵr mab merch mhartner llystad""",
    "victim": """me myself meself mum mam dad nan nana gran grandma grandad her him mother father wife
        husband son daughter baby kids children us residents brother sister neighbour wife dog cat them
        fi mi""",
    "kin": """mum mam dad nan nana gran grandma grandad mother father wife husband son daughter brother
        sister partner neighbour baby child kids children nephew niece granddaughter grandson""",
    # --- harm ---------------------------------------------------------------------------------
    "hit": """lamped lamping walloped clobbered
        hit hits hitting struck strikes strike beat beats beating beaten punch* kick kicks kicked
        kicking slap* slapt smack* thump* shove* shoving push pushes pushed pushing grab* grabbed yank*
        drag* strangl* chok* throttl* pinned pins bites bitten batter* hurt hurts hurting injur* attack*
        assault* abus* stab* threw throws mistreat* taro nharo curo nghuro guro brifo gwthio ngwthio""",
    "kill": "kill kills killing kil murder* stab shoot lladd",
    # a weapon in someone's hands ("he's got a knife", "came at me with a knife"), not a kitchen's
    "holding": """pulled pulls pulling waving waved waves holding held holds brandish* grabbed grabs got has
        had carries carrying carried came_at comes_at coming_at threatened threatening""",
    # what a controlling person forbids ("he won't let me see my mates"), never "let me down"
    "controlled": """out go going leave see talk speak friends mates family phone money wages card work wear
        eat visit answer contact ring call text sleep drive door house home alone anywhere anyone kids
        children job college church doctor gp mosque mam mum""",
    # someone on the floor now or left there, not a fall already told with the ambulance that came
    "on_floor_now": """im ive_been been still stuck is hes shes ive_fallen keeps_ending_up
        left leave leaves leaving""",
    "fear": """scared afraid frightened frighten* terrified terrifed petrified fear* dread*
        ofn eggshells""",
    # --- suicide ------------------------------------------------------------------------------
    "self": "myself meself mself myslef mysef hun",
    "pills": """tablet tablets tabs pill pills meds medication medicine* paracetamol painkillers dabledi
        nhabledi tabledi insulin""",
    "want": "want wanna wanted wanting wish going gonna planning plan ready need eisiau",
    "die": "die dead marw",
    # --- neglect ------------------------------------------------------------------------------
    "care_need": """wash* shower* bath bathed dressed fed feed* changed turned toilet* medication medicine*
        meds tablets pills insulin injection* dinner meal* food drink* pad pads dressing* ymolchi
        meddyginiaeth get_up""",
    "nobody": "nobody noone no1 anyone any1 anybody neb",
    "carers": "carer carers careworker* agency nurse* staff pharmacy gofalwyr gofalwr",
    "no_show": """havent hasnt aint didnt never dont doesnt wont not wasnt werent missed missing forgot
        forget* ddim""",
    "for_time": """days day weekend week weeks since hours yesterday monday tuesday wednesday thursday
        friday saturday sunday mon tues weds again dyddiau diwrnod wythnos ers night nite morning""",
    # --- money --------------------------------------------------------------------------------
    "money": """money cash pension benefits savings bank card account acc purse wallet jewellery jewelry
        rings wages passport pin arian mhensiwn pensiwn nghyfrif mhwrs mhasbort things valuables""",
    "taken": """take takes taking took steal* stole stolen nick* pinch* missing disappear* keeps keep
        kept withdraw* withdrawals emptied using spent spends cymryd coll""",
    # --- families the classifier reads (concept-family features, features.py) -----------------------
    "take_dose": """took taken take taking swallow* necked downed ingest* drank drunk overdos* od ods
        chucked_back cymryd llyncu""",
    "quantity": """all whole full lot lots load loads box boxes strip strips packet packets bottle bottles
        handful large_amount many rest entire double twice""",
    "purpose": """purpose deliberately deliberate intentionally intention intend* meant fwriadol plan plans
        planned planning decided""",
    "control": """allowed allow allows let lets letting permission permit* decides decide dictates dictate
        controls controlling control* monitors restricts restrict* forbid* forbidden banned stops
        stopped checks checking track* cael gadael""",
    "injury": """bruise* cut cuts gash marks mark swollen broken bleed* bleeding blood injur* wound* scar*
        burn burns burnt lump sore sores ulcer* cleisiau anaf*""",
    "body": """skirt private privates bedroom breasts bottom knickers underwear naked undress* touch* kiss*
        groped grope* bed""",
    "night": "night nights nite asleep sleeping midnight nos",
    "alone": "alone own lonely isolated nobody noone neb unig",
    "living": "live living life alive exist existence here around world gone wake byw fyw",
    "ending": "end ending stop over finish* done goodbye goodbyes notes note",
    "dirt": """filth filthy dirty smell* rubbish hoard* squalor mess soiled urine wet stink* stench
        sbwriel budr""",
    "hunger": """hungry starving food meal meals eat eating ate fed feed drink drinks thirsty dehydrat* weight
        bwyd bwyta""",
    "cold": "cold freezing heating heat boiler gas electric electricity meter oer gwres",
    "child": """child children kid kids kiddies baby babies toddler boy girl teenager teen little nappy
        school plant plentyn babi""",
    "floor": "fell fallen fall falls floor ground stuck lying llawr cwympo",
    "coping": """cope coping manage managing breaking tether rope exhausted worn tired snap shake
        ymdopi blino""",
    "setting": "home unit ward residents resident staff agency hostel centre cartref",
    "hate": """racist racism race religion muslim hijab gay lesbian trans disabled disability autistic black
        foreign colour accent immigrant jewish asian polish hiliol""",
    "exploit": """dealers dealing drugs debt owe wage wages passport passports boss van trafficked
        county_lines cuckoo* cyffuriau""",
    "money_act": """withdraw* withdrew transfer* sign* signed buy bought spend spent borrow* loan* paid pay
        pays sent send sending""",
    "first_person": "i im me my myself ive id mine fi mi fy",
    "past_marker": """ago used previously last_year years before once formerly since_then""",
}

# Figurative and everyday uses of risk words, blanked before concepts are matched.
IDIOMS = [
    "dying to|for",
    "die|died|dying laughing",
    "to die for",
    "i|id|could die for",
    "to|i|id .. die for",
    "killing|killin|kills|killed me",
    "killed myself|meself laughing",
    "laughing|laughed .. die",
    "would|could|id|i kill|murder for",
    "could murder a|an",
    "a killer",
    "killed|smashed|nailed|nail|smash it",
    "dead easy|simple|good|chuffed|tired|nice|quick|on|lucky|right|funny|helpful|friendly|kind|busy|slow",
    "bored|frozen|sick|scared|worried|tired .. to death",
    "death trap",
    "battered|thrashed|hammered|smashed the other team|them|us",
    "stab in the dark",
    "hit me up",
    "doctor|doctors|gp|nurse|consultant|surgeon|physio|dentist .. wont|doesnt|dont|wouldnt let me|us",
    "not allowed to drive|eat|drink|lift|fly|swim",
    "beaten to|2 the|it",
    "deadline*",
    "dead|died battery|phone|line",
    "battery|phone|line|signal|laptop|car .. dead|died|dies",
    "over my dead body",
    "end of the world|road|day|line|month|week",
    "hit and|n miss",
    "hit the|a spot|target|road|jackpot|ground running",
    "knock|knocked|knocks .. out|for six",
    "fighting fit",
    "heart|asthma|panic attack",
    "flu|covid|booster shot|jab",
    "shoot|shot .. text|email|message|off",
    "snowball|water|pillow|food fight",
    "im|i am|was|is afraid i|we|it|that|the|you|not|so",
    "not|no .. afraid to ask",
    "not the end",
    "suicide mission|missions",
    "could|cud|would|id murder a|an|for",
    "attack|attacks|attacking our|the|my bins|roses|plants|garden",
    "fell|fallen|falling asleep|behind|in love|out with",
    "prices|price|numbers|cases have|has fallen",
    "cut|cuts .. budget|funding|costs|hair|grass|hedge",
    "abus* .. parking|bays|bins|system|time|field",
]

NEGATORS = frozenset(
    [
        "not",
        "never",
        "no",
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "wasnt",
        "arent",
        "werent",
        "havent",
        "hasnt",
        "nor",
    ]
)

# After a risk clause, words saying the same sentence has moved on ("but it was fine").
RESOLVED = [
    "but|now ~ fine|ok|okay|sorted|resolved|better|great|good|lovely|brilliant|safe|safer",
    "but ~ helped|fixed|sorted|resolved|came|arrived|turned_up",
    "until|till .. helped|came|fixed",
    "now|since ~ feel safe|safer|better",
    "i|we feel|felt safe|safer|fine",
    "made|makes|make it|things|everything ~ fine|ok|okay|better|safe|safer",
    "put me at ease",
    "didnt hurt",
    "nothing to worry about",
    "years|year|months ago",
    "and now i|im|ive|we",
    "used to",
]
