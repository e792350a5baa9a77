"""A concern's false alarm set aside by its frame: a past trouble said to be over, a harm said of a
thing, tiredness with a new baby, cold somewhere that is not home. Never an urgent match.

Round 25 (false alarms), from the rules' false alarms on every row `train.load()` reads (229 before
the round). The largest family after the jests that name a killing (urgent, left alone) is a trouble
told as past and then said to be over: "my son used to get bullied at school but he's at college now
and flying", "my last carer was abusive and I reported her in March. She was let go and the new one
is wonderful", "I was scammed last year … the bank gave it back", "Mum's pressure sore has healed
now", "the heating was broken, we was cold few days but now is repaired". history.py and
passing_kinds.py read such a past only inside the harm's own sentence and with their own forms of
"good now"; these rows place it in the next sentence ("That was three years ago"), by a former one
("my last carer", "my old job") or a death ("after my husband died"), and say it is over by what was
done ("was let go", "gave it back", "got me help", "has healed", "was solved") or how things are
("the new one is wonderful", "this year is ok", "not any more"). Set aside only when the message says
both, and neither that it goes on ("still", "again", "keeps", "but now he", "he's out now",
"instead", "nothing was done", "never got sorted", "nobody listened", "won't help", "the manager
says everything is fine") nor any fear or lack now (a meter, no money, "scared now"); and only a
harm told before the ending ("she was sacked but the new one shouts at me" keeps the shouting).

The smaller families are read at the finding: a harm word whose object is a bill, a bin bag, a bird
or the other side ("the bill hit me for six", "black and blue from the camogie but we won"), never
beside a bite, an injury, fear, the police or someone's account of it ("says he fell"); a carer's
breakdown read in a tiredness word beside a new baby said to be what babies are ("dyna fabis",
"blinder da"), never beside caring, no help, not coping or crying; cold in a bus shelter, a market
or a ward, never beside a home, a kin or anyone in care left cold, unless home is said to be fine.

An urgent match (suicide, self-harm, violence now, a threat to kill, a fall with no help) is never
set aside on a frame alone. Hunger and cold (urgent by severity) are the one exception, as round 23's
cold said to be over was: a hunger "last year" that "this year is ok" is the frame's own, and a lack
named now vetoes it. The kinds are the screen's only, read after its findings (`Rules._findings`),
so the classifier's features and model.json are unchanged. Tested both ways in
tests/safeguarding/test_over_kinds.py.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.safeguarding.history import PAST

if TYPE_CHECKING:
    from collections.abc import Callable

    from bot.safeguarding.rules import Finding

# the trouble placed in the past: a former carer, school or job, a death, a year or a month gone
_WAS = [
    r"(my|our|his|her|the) (last|old|previous|former) (carer|carers|school|job|home|landlord|flat|house|partner|neighbour|neighbours|boss)",
    r"that was (\w+ )?(years|months|weeks|a year|a month|a long time|last year|last month|back then)( ago)?",
    r"(years|a year|months|a month|a long time|a while) (back|ago)",
    r"last (month|year|spring|summer|autumn|winter|christmas)",
    r"in (january|february|march|april|may|june|july|august|september|october|november|december)",
    r"in (the )?(strike|war|lockdown|pandemic|covid)",
    r"after (my|our|his|her) (husband|wife|partner|mum|mam|dad|son|daughter|brother|sister|nan|grandad) (died|passed|went)",
    r"used to|was bad time|was a bad time|terrible time|(i|we|he|she) was worried|(i|we) were worried",
]
# the trouble said to be over: by what was done, or by how things are now
_OVER = [
    r"(was|were|got|been) (let go|sacked|dismissed|solved|resolved|dealt with|sorted)",
    r"(police|bank|council|school|they) (dealt with|gave it back|gave the money back|refunded|sorted)",
    r"dealt with (him|her|them|it)",
    r"gave (it|the money|me it) back",
    r"(has|have|is|are|it|its|it has) (healed|healing)|healed (up|now)",
    r"(got|gave) (me|us|him|her|them) (help|through)",
    r"now (is|its|it is) (repaired|fixed|sorted|ok|okay|fine)",
    r"this (year|time) (is|its|it is|has been) (ok|okay|fine|better|good|great)",
    r"the new (one|carer|carers|school|one has been|one is)( \w+)? (is|has been|are|have been)? ?(wonderful|great|fab|fabulous|brilliant|lovely|amazing|ace|good|fine|much better)",
    r"the new one (is|has been) (\w+ )?(wonderful|great|fab|fabulous|brilliant|lovely|amazing|ace|good|fine)",
    r"(everything|all) is (normal|ok|okay|fine|good)|no problem all is ok",
    r"long (done|gone|over|finished)|not any ?more",
    r"(walking|eating|sleeping|doing) (great|well|fine|better|grand) now|(home|back) now and (eating|doing|walking|well|fine|happy)",
    r"(im|i am|were|we are|shes|hes) (back at|back to) (my|our|her|his|work|school|college)",
    r"(at|in) college now|now and flying|(im|were|shes|hes) flying",
    r"in a good place|remarried|a ?right noo|alright now|all right now",
    r"(toasty|toast|warm|cosy) now|(mae hin|mae hi|maen|mae o|mae on|dwin|dw in) iawn (rwan|nawr|erbyn hyn)",
]
# it goes on, or is feared now: never set aside
_GOING_ON = [
    r"still|again|keeps|every (day|night|week|time)|started|starting",
    r"(but|and) now (he|she|they|hes|shes|theyre|my)|now (he|she|they|hes|shes|theyre|my|his|her) |(hes|shes|theyre|he is|she is|they are) back",
    r"instead|(hes|shes|theyre|he is|she is|they are) out|out of (prison|jail)|released|turn(ed|s)? up|found (me|us)|(texting|messaging|calling|ringing) (me|us)",
    r"nothing (was |has been |got )?(done|happened)|nobody (did|helped|listened|believed|came)|no one (did|helped|listened|believed)",
    r"(didnt|did not|wont|doesnt|would not|wouldnt) (help|listen|believe|stop|do anything)",
    r"(scared|frightened|afraid|terrified|worried|worry) (now|of him|of her|of them|he|she|theyll|hell|shell)",
    r"(still|now) (scared|frightened|afraid|terrified)|not safe|unsafe",
    r"meter|no money|cant afford|skint|no food|nothing to eat|foodbank|food bank",
    # an end denied or only someone's word for it: "it never got sorted", "the manager says it's fine"
    r"(never|not|nobody|noone|no one|hasnt|havent|wasnt|werent) (\w+ )?(dealt|sorted|solved|fixed|repaired|healed|let go|sacked)",
    r"(says|said|tells me|told me|claims|insists) (that )?(everything|all|its|it is|it was|shes|hes|she is|he is)",
]
# the food bank that "got us through" is the past's help, not a lack now: the hunger frame allows it
_HUNGER_OK = re.compile(r"\b(food ?bank|foodbank) (voucher )?(got|gets) (me|us) through\b")
# an ending that is itself past: a sore healed, a fault repaired now
_ENDED = [
    r"(has|have|its|it has) healed|healed (up|now)",
    r"now (is|its|it is) (repaired|fixed)",
    r"(til|till|until) the (\w+ )?(fella|man|engineer|plumber|electrician|gas man|boiler man) (came|come|fixed)",
]
WAS = re.compile(r"\b(?:" + "|".join(_WAS + _ENDED) + r")\b")
OVER = re.compile(r"\b(?:" + "|".join(_OVER) + r")\b")
GOING_ON = re.compile(r"\b(?:" + "|".join(_GOING_ON) + r")\b")
# urgent, yet set aside by this frame as round 23 set cold aside: a lack of food or heat
URGENT_SET_ASIDE = frozenset({"no_food_or_heating"})


def told_as_over(words: str) -> bool:
    """True when normalised `words` place a trouble in the past, say it is over, and say nothing of
    it going on."""
    if not (WAS.search(words) or PAST.search(words)) or not OVER.search(words):
        return False
    return not GOING_ON.search(_HUNGER_OK.sub(" ", words))


def set_aside_as_over(words: str, findings: tuple[Finding, ...], resolved: str) -> tuple[Finding, ...]:
    """`findings` told before the message's last word of an ending, each a concern (or a lack of food
    or heat), marked `resolved` when the message tells its trouble as over; an urgent match, and any
    harm told after the ending ("she was sacked but the new one shouts at me"), is kept as found."""
    if not any(_may_set_aside(f) for f in findings) or not told_as_over(words):
        return findings
    ending = [m.start() for m in OVER.finditer(words)][-1]
    return _set_aside(findings, resolved, lambda f: f.start < ending)


def _set_aside(
    findings: tuple[Finding, ...], resolved: str, where: Callable[[Finding], bool]
) -> tuple[Finding, ...]:
    """`findings` with each one a frame may set aside, and `where` picks, marked `resolved`."""
    return tuple(replace(f, status=resolved) if _may_set_aside(f) and where(f) else f for f in findings)


def _may_set_aside(finding: Finding) -> bool:
    concept = finding.hit.concept
    if finding.status != "found" or concept.category == "suicide_self_harm":
        return False
    return concept.severity != "urgent" or concept.name in URGENT_SET_ASIDE


# --- a harm word about a thing, an animal or a game ------------------------------------------------
# "the bill hit me for six", "got hit with a £300 bill", "the cat has been attacking the birds",
# "the gulls are ripping into (cam-drin) the bin bags", "the youth club kids battered the other team",
# "black and blue from the camogie but we won": the harm word's object is a thing, a bird or a side.
_THING_HARM = [
    r"(hit|hits) (me|us) for six",
    r"(hit|hits) (me|us )?with (a|an|the)( \w+){0,2} (bill|fine|charge|invoice|letter|demand)",
    r"(attack\w*|cam drin|yn cam drin) (the|our|my|his|her|y|yr|ein|fy)?( \w+){0,2} (bin|bins|bag|bags|bagiau|rubbish|birds|bird|feeder|adar)",
    r"(battered|thrashed|hammered|destroyed) (the )?(other|oter|opposing|away) (team|side)",
    r"cam drin gan y (reff|ref|dyfarnwr)",
    r"black (and|n) blue( \w+){0,6} (we|they|we all|they all) (won|win)",
    r"black (and|n) blue from (the )?(camogie|hurling|rugby|football|five a side|match|game|training)( \w+){0,4} (we|they) (won|win)",
]
# a person hurt or afraid beside it, or the thing's harm told as someone's story: never set aside
_THING_VETO = [
    r"bit|bitten|bites|injur\w*|bleeding|hospital|scared|frightened|afraid|terrified|police",
    r"says|said|claims|told me|again|always|every (day|night|week)|hides|wont say|doesnt say",
    r"(me|him|her|them|my (son|daughter|mum|dad|wife|husband|nan)) (and|too|as well)",
]
THING_HARM = re.compile(r"\b(?:" + "|".join(_THING_HARM) + r")\b")
THING_VETO = re.compile(r"\b(?:" + "|".join(_THING_VETO) + r")\b")


def said_of_a_thing(words: str, findings: tuple[Finding, ...], resolved: str) -> tuple[Finding, ...]:
    """`findings` with each concern whose words lie inside a harm said of a thing, a bird or a side
    marked `resolved`, unless the message says a person was hurt or afraid or tells it as a story."""
    if not any(_may_set_aside(f) for f in findings):
        return findings
    spans = [(m.start(), m.end()) for m in THING_HARM.finditer(words)]
    if not spans or THING_VETO.search(words):
        return findings
    return _set_aside(
        findings, resolved, lambda f: any(s < f.start + len(f.hit.words) and f.start < e for s, e in spans)
    )


# --- tiredness with a new baby or small children, said to be what babies are ----------------------
# "dw i wedi blino'n lân, ond dyna fabis!", "blinder da ydi o - babi newydd yn y tŷ", "Fi 'di blino
# ond ma 'da fi dri o blant dan bump, 'na bywyd"; never beside caring, no help, not coping or crying
_TIRED = re.compile(r"\b(blino\w*|di blino|exhausted|knackered|shattered)\b")
_BABY = re.compile(
    r"\b(babi\w*|fabis|new baby|the baby|(dri|tri|dau|ddau|three|two) o (blant|plant) dan (bump|ddwy|dair)|kids under (five|5))\b"
)
_THATS_BABIES = re.compile(
    r"\b(dyna (fabis|fywyd|bywyd|blant|plant)|na bywyd|thats (babies|life|kids for you)|blinder da|good tired|dw in iawn|dwin iawn)\b"
)
_NOT_ONLY_BABIES = re.compile(
    r"\b(gofal\w*|carer|caring|dementia|help|cymorth|methu|ymdopi|cope|coping|crio|crying|cries|alone|ar ben fy hun|on my own|nothing left|mam|mum|dad|nain|taid|ofn|scared|hurt|shaking)\b"
)


def tired_with_a_baby(words: str, findings: tuple[Finding, ...], resolved: str) -> tuple[Finding, ...]:
    """`findings` with a carer's breakdown read in a tiredness word marked `resolved` when the message
    names a new baby or small children and says that is what they are, and names no caring, no help,
    not coping or crying."""
    if not (_TIRED.search(words) and _BABY.search(words) and _THATS_BABIES.search(words)):
        return findings
    if _NOT_ONLY_BABIES.search(words):
        return findings
    return _set_aside(
        findings,
        resolved,
        lambda f: f.hit.concept.name == "carer_breakdown" and bool(_TIRED.search(f.hit.words)),
    )


# --- cold said of a place that is not home ---------------------------------------------------------
# "Stood in a freezing bus shelter 40 mins", "Market's dead today … it's freezing", "The ward was
# freezing last night … Home's fine"; never beside a home, a kin or anyone in care left cold
_COLD = re.compile(r"\b(freezing|frozen|cold)\b")
_NOT_HOME = re.compile(
    r"\b(bus shelter|bus stop|market|markets|the pitch|the stand|the ground|the queue|the office|the ward|church hall|the library|lay by|layby|on the rig)\b"
)
_HOME = re.compile(
    r"\b(house|flat|home|homes|room|bedroom|heating|boiler|meter|radiator|radiators|kids|baby|mum|mam|dad|nan|patient|patients|resident|residents|blanket|blankets|left|shivering|no one|nobody (came|helped|gave))\b"
)
_HOME_FINE = re.compile(
    r"\b(homes fine|home is fine|house is fine|houses fine|my house is fine|flat is fine|flats fine)\b"
)


def cold_elsewhere(words: str, findings: tuple[Finding, ...], resolved: str) -> tuple[Finding, ...]:
    """`findings` with cold read in a cold word marked `resolved` when the message places the cold
    somewhere that is not home and says nothing of home (or says home is fine)."""
    if not (_COLD.search(words) and _NOT_HOME.search(words)):
        return findings
    if _HOME.search(_HOME_FINE.sub(" ", words)) and not _HOME_FINE.search(words):
        return findings
    return _set_aside(
        findings,
        resolved,
        lambda f: f.hit.concept.name == "no_food_or_heating" and bool(_COLD.search(f.hit.words)),
    )


def set_aside_by_round_25_frames(
    words: str, findings: tuple[Finding, ...], resolved: str, recurring: bool
) -> tuple[Finding, ...]:
    """`findings` read through each frame of this module in turn (the screen's only: rules.py).

    A message the rules read as recurring ("started again", "still does") is never told as over."""
    for frame in (said_of_a_thing, tired_with_a_baby, cold_elsewhere):
        findings = frame(words, findings, resolved)
    return findings if recurring else set_aside_as_over(words, findings, resolved)
