"""Harm words said in passing, and the disclosures told in the same words (round 18:
bot/safeguarding/passing_kinds.py), each kind tried both ways.

Every disclosure below is caught by the screen's rules with the category of its kind, and an
everyday remark in the same words (hunger or cold of a passing moment, a denial, a team, a
programme, a thing "abused", a dog bite, a kill-threat that is a trouble, a past long over) is
not. None of these sentences is in the corpus, a blind set or an outside set.
"""

from __future__ import annotations

import pytest

from bot.safeguarding.history import GOOD_NOW, PAST
from bot.safeguarding.passing_kinds import SETTLED_NOW, SETTLED_PAST, told_as_long_over
from bot.safeguarding.rules import normalise, rules
from tests.safeguarding.both_ways import assert_caught, assert_not_caught, in_no_data_file

# (a disclosure, its category, an everyday remark in the same words or voice)
BOTH_WAYS = [
    # hunger timed to a meal or caused by something that passes; a lasting lack still alarms
    (
        "starving by tea time every day, there's nothing in the cupboards till payday",
        "crisis",
        "always starving by tea time after swimming club, the leisure centre cafe shuts at four",
    ),
    (
        "hungry because the money ran out on Monday and the kids had the last of the bread",
        "crisis",
        "a bit hungry because I was fasting for my cholesterol test, the nurse was quick though",
    ),
    # cold at an outdoor place one leaves, or beside a home said warm; never a home that is cold
    (
        "freezing in the flat, the meter's empty and the baby's got a cough",
        "crisis",
        "freezing at the bonfire on Friday, the council fireworks were ace",
    ),
    (
        "freezing all week, the heating isn't working and Mum is 91",
        "crisis",
        "perishing on the touchline all morning, but the house is toasty since the new boiler",
    ),
    # hunger said of a creature, never of a person
    (
        "I'm starving and I've had nothing to eat since Sunday",
        "crisis",
        "the hedgehogs in the garden are starving this autumn so we leave some cat biscuits out",
    ),
    # a denial told with its subject; never "nobody but him", never "nobody knows"
    (
        "nobody hurts me except my son when he's been drinking",
        "physical",
        "nobody is hurting me or taking my money, I only rang about the recycling",
    ),
    (
        "nobody knows he hits me when the kids are at school",
        "physical",
        "no one's hitting me, honest, the form just asks everybody. the bin is what I'm after",
    ),
    (
        "mae o'n fy nghuro i bob nos ar ôl y dafarn",
        "physical",
        "does neb yn fy nghuro i, dim ond isio gwybod am y biniau ydw i",
    ),
    # a team or a result, never a person's blow told beside the match
    (
        "my husband battered me after the match on Saturday and I've a black eye",
        "physical",
        "Villa are battering me this season, can't watch. the bin men are great",
    ),
    # a programme, never a blow told beside the telly
    (
        "I was watching a film when he came in and hit me with the remote",
        "physical",
        "watched a documentary about abuse in football clubs, terrible. my query was answered though",
    ),
    # a thing "abused", never a person nor a position of trust
    (
        "the night carer is abusing my mum, she pinches her when she won't settle",
        "physical",
        "the students next door keep abusing the parking bays, could a warden come round",
    ),
    # a dog bite an adult laughs off, never a dog set on someone
    (
        "he set the dog on me by the garages and it tore my arm",
        "physical",
        "got nipped by a terrier on my paper round, my own fault, just reporting the broken gate",
    ),
    # a kill-threat that is a trouble; never about leaving or telling, never said as a threat
    (
        "my husband will kill me if I tell you what he does at night",
        "physical",
        "the grandchildren would kill me if I gave you anything less than five stars",
    ),
    (
        "he said he'd kill me if I go to the police about the money",
        "physical",
        "my manager would murder me if she knew I was doing this on shift",
    ),
    (
        "I want to kill myself lol nobody would notice",
        "suicide_self_harm",
        "my son drew on the new wallpaper, I could kill him haha. the decorating grant was great",
    ),
    # Welsh: tiredness that is a pleasure, never a carer's exhaustion
    (
        "wedi blino gormod i edrych ar ôl Mam ar fy mhen fy hun, dw i ddim yn ymdopi",
        "crisis",
        "wedi blino'n lân ar ôl y ras hwyl ddoe ond wrth fy modd",
    ),
    # "can't cope with" or "at the end of my tether with" a thing, never people or a life
    (
        "I can't cope with the kids on my own any more, I shout at them all day",
        "crisis",
        "can't cope with the roundabouts on the ring road, my daughter drives me now",
    ),
    (
        "at the end of my tether with the kids and their dad, I can't do this",
        "crisis",
        "at the end of my tether with the ivy next door, it is in the gutters again",
    ),
    # children's noise in the background of a call, never heard next door every night
    (
        "the kids next door are screaming every night and I can hear him hitting them",
        "physical",
        "the twins were screaming the whole call, sorry, the advisor was patient",
    ),
    # a child's knock at play, never an injury someone gave
    (
        "my son hurt his arm and says his stepdad twisted it",
        "children",
        "my daughter hurt her ankle at netball, she is fine, thanks for the new crossing",
    ),
    # a thing thrown away, never at a person
    (
        "he threw a plate at me last night",
        "physical",
        "my husband threw away the council tax letter, could you send another",
    ),
    # an eviction feared and not real, never one that is
    (
        "we are being evicted on Friday and have nowhere to go with the kids",
        "crisis",
        "panicked that we were being evicted when the brown envelope came, turned out just the rent review",
    ),
    # a past long over, never a past come back
    (
        "used to have my own flat, homeless since the landlord sold up in March",
        "crisis",
        "used to be homeless in my twenties, I've had my own flat twelve years now and grow tomatoes",
    ),
    # round 19: tired from a job's nights (never nights up with a parent), the weather's cold snap
    (
        "exhausted from nights up with Mum, she wanders and there's nobody to take a turn",
        "carer_breakdown",
        "exhausted from night shifts at the depot, same as always. the bin crew were great",
    ),
    (
        "I'm going to snap, I've had no break from caring for him in a year",
        "carer_breakdown",
        "the cold snap finished off my dahlias, the grit lorry came round early",
    ),
    # cold put right later in its sentence; never one that broke again
    (
        "freezing for days, the engineer fixed it but it broke again and the baby has a cough",
        "crisis",
        "freezing for four days but the gas man fix it Monday, now warm, thank you",
    ),
    # a thing that "tried to kill me": the sat nav, never a person
    (
        "my stepdad tried to kill me last night, I'm at my friend's",
        "physical",
        "the sat nav tried to kill me round the one way system, good service though",
    ),
]

# Welsh disclosures whose words the Welsh families lacked, each beside the same words said plainly.
WELSH_BOTH_WAYS = [
    (
        "mae e'n hitio fi pan mae e wedi meddwi",
        "physical",
        "mae'n bwrw glaw eto, ond daeth y dynion biniau yn gynnar",
    ),
    (
        "mae ei lysdad yn ei gloi e yn y cwpwrdd bob nos",
        "domestic",
        "dw i'n cloi'r sied bob nos ers y lladrad",
    ),
    (
        "mae'r dyn drws nesa'n tynnu lluniau o'r plant heb ddillad",
        "sexual",
        "tynnodd y ffotograffydd lluniau hyfryd o'r plant yn y parti",
    ),
    (
        "mae Dad yn dweud y byddai'n well bant yn farw",
        "suicide_self_harm",
        "mae Dad yn well bant nawr yn y byngalo newydd",
    ),
    (
        "mae'r plant bach yn gofyn am fwyd i'r cymdogion bob dydd",
        "children",
        "gofynnodd y plant am fwy o fwyd yn y parti, diolch am y grant",
    ),
    (
        "does dim byd yn yr oergell ers i'r gofalwr stopio dod",
        "neglect",
        "mae digon yn yr oergell, mae'r siopa yn dod bob dydd Llun",
    ),
    (
        "peidiwch anfon llythyrau adre, mae o'n darllen popeth",
        "domestic",
        "peidiwch anfon llythyrau i'r hen gyfeiriad, dw i wedi symud",
    ),
]

# Everyday remarks set aside by their frame (each kind once more, in other voices).
ORDINARY = [
    "famished by lunchtime on a Tuesday, the dementia cafe does lovely soup",
    "nithered after the parkrun but the flat's warm, thanks for the new radiators",
    "nobody's abusing me or neglecting me, I just need a new bin",
    "Sneb yn fy mrifo i, jyst y drws cefn sy'n sticio",
    "in the soap last night the dad was beating his son, I had to turn it off. Service fine",
    "this queue kills me, forty minutes and still two ahead",
    "baltic out, the milk ran out too so I nipped to the shop",
    "no one take my money, no one hurt me, I only want a bigger bin",
    "Man City are killing me this season, the parks team are great though",
    "the neighbour's telly and barking kill me with no sleep, is there a noise team",
]

# A passing frame beside a real harm or a lasting lack never hides it.
BESIDE_HARM = [
    ("starving by tea time and he took my bank card again", "financial"),
    ("freezing at the match, then home to no gas since Friday with the kids", "crisis"),
    ("nobody's hurting me now he's gone, but he still takes my pension money every week", "financial"),
    (
        "the grandkids would kill me if I gave you less than five stars, but my son hits me when he visits",
        "physical",
    ),
    # cold "out" is the weather (wry_kinds.py), never a meter or the gas that ran out
    ("freezing, the meter ran out Tuesday and the baby's got a cough", "crisis"),
]


def test_sentences_are_new() -> None:
    assert in_no_data_file(BOTH_WAYS + WELSH_BOTH_WAYS + [(o, "", o) for o in ORDINARY])


@pytest.mark.parametrize(("disclosure", "category", "ordinary"), BOTH_WAYS + WELSH_BOTH_WAYS)
def test_disclosure_in_the_same_words_is_caught(disclosure: str, category: str, ordinary: str) -> None:
    assert_caught(disclosure, category)


@pytest.mark.parametrize(("disclosure", "category", "ordinary"), BOTH_WAYS + WELSH_BOTH_WAYS)
def test_its_passing_look_alike_is_not(disclosure: str, category: str, ordinary: str) -> None:
    assert_not_caught(ordinary)


@pytest.mark.parametrize("ordinary", ORDINARY)
def test_ordinary_remark_set_aside_by_its_frame(ordinary: str) -> None:
    assert_not_caught(ordinary)


@pytest.mark.parametrize(("message", "category"), BESIDE_HARM)
def test_a_passing_frame_beside_a_real_harm_still_alarms(message: str, category: str) -> None:
    assert_caught(message, category)


@pytest.mark.parametrize(
    ("sentence", "message", "over"),
    [
        ("used to be homeless at 17", "used to be homeless at 17 | ive had my own flat 3 years now", True),
        ("i was homeless years back", "i was homeless years back | im still here 10 years on", True),
        ("used to be homeless at 17", "used to be homeless at 17 | and again since march", False),
        ("i was homeless", "i was homeless | ive had my own flat 3 years now", False),
    ],
)
def test_a_past_told_as_long_over(sentence: str, message: str, over: bool) -> None:
    assert told_as_long_over(sentence, message, PAST, GOOD_NOW) is over


def test_the_long_over_forms_are_the_screens_only() -> None:
    """The classifier's features read history.py's forms alone, so model.json stays as trained."""
    text = "Used to be homeless at 17. I've had my own flat 3 years now."
    words = normalise(text)
    assert SETTLED_PAST.search(words) and SETTLED_NOW.search(words)
    assert not PAST.search(words)
    assert rules().match(text) is None
    assert any(f.status == "found" for f in rules().findings(text))
