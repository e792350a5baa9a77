"""Positive and resolved context that keeps the classifier from alarming on a settled sentence.

The trained screen reads a message whole, so a warm comment about a carer
("an absolute lifesaver, I'd be lost without her") or an event that has
passed ("home now after her fall and doing well") can score like a
disclosure. When a sentence carries one of these markers, the classifier
scores the message again without the settled sentences; it alarms only when
both scores do. A disclosure in another sentence of the same message still
counts, and the concept rules are never dampened.

The same holds for the everyday idioms of harm (idioms.py): "sick to death of being passed
around" or "losing the will to live on hold" is scored again with the idiom blanked, so an idiom
said of a trivial thing never raises an alert on its own.
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

import re
from functools import cache

from bot.safeguarding.calm_kinds import CALM_IDIOMS, blank_asked_and_denied
from bot.safeguarding.cues import NEGATORS
from bot.safeguarding.dialect import read_dialect
from bot.safeguarding.everyday_kinds import EVERYDAY_IDIOMS
from bot.safeguarding.history import told_as_history
from bot.safeguarding.idioms import IDIOM_PATTERNS
from bot.safeguarding.light_kinds import LIGHT_IDIOMS, LIGHT_RESOLVED, split_run_on
from bot.safeguarding.rules import BLANK, BREAK, PatternIndex, normalise, rules

# Words saying a sentence is grateful, settled or resolved (patterns as in concepts.py).
SETTLED = [
    "lifesaver|life_saver|godsend|angel|gem|diamond|star|treasure|saint",
    "lost|lost_without|stuck|nowhere without ~ him|her|them|you|it",
    "what|wat i|id|we|wed|would ~ do without",
    "dont|dunno|didnt know what|wat ~ do without",
    "doing well|fine|great|better|brilliant|ok|okay|lovely|grand|good",
    "back to normal|herself|himself|myself|her_old_self|his_old_self|my_old_self",
    "back on my|her|his|our feet",
    "all_sorted|sorted_it|sorted_out|fixed_it|fixed_quickly|put_right|carried_out_promptly|dealt_with_quickly",
    "now|since|everything|all|which_is|its|thats ~ fine|okay|ok|sorted|resolved|better|good|great|lovely|safe|settled",
    "fine_now|ok_now|okay_now|better_now|sorted_now|all_good|no_problems",
    # a sentence that is only "no problem" ("is no problem.", "Dim problem.")
    "is|its|no|dim no|problem|problems|broblem|bother|trouble $",
    "couldnt_ask_for|cant_fault|no_complaints|highly_recommend|cannot_praise|cant_praise|so_grateful|very_grateful|really_grateful",
    "keeps|keep|kept me on_track|right|straight|going|sane|afloat|organised",
    "helps|helped|helping me ~ with ~ banking|money|shopping|forms|bills|finances|letters",
    "promptly|quickly|straight_away|same_day ~ fixed|sorted|repaired|came|resolved|replaced",
    "fixed|sorted|repaired|resolved|replaced ~ promptly|quickly|straight_away|same_day|next_day",
    # warm or formal evaluations of a service
    "very|really|so|extremely|most impressed|pleased|happy|grateful|satisfied",
    "pleased|happy|glad to ~ report|confirm|say|let_you_know",
    "to confirm that|the_carers|her|his|my",
    "as_prescribed|reliably|punctually|on_time_every",
    "no_further incidents|problems|falls|issues|trouble",
    "take|takes|taking|took good|great|excellent care",
    "take|takes|taking care of ~ well",
    "well_looked_after|looked_after_well|in_good_hands",
    "best thing|best_carers|best_care",
    "never miss|misses|missed|let_us_down|late",
    "eating|sleeping|walking properly|well ~ again",
    "are|is|were|was lovely|wonderful|fantastic|brilliant|excellent|amazing|marvellous|kind|helpful|great",
    "managing|coping fine|well|ok|okay",
    "turned out fine|ok|okay|well|alright|all_right",
    "worry|worried|worrying|panicked|panicking for_nothing|over_nothing",
    "nothing changed",
    # an injury told as healed ("her bruises from the fall have all gone now")
    "bruise*|cut|cuts|marks|sore|sores|wound|wounds|graze* ~~ healed|healing|faded|gone_now|all_gone|cleared_up",
    "explain|explained|explains everything|it_all|clearly",
    "kindly|please note|be_advised ~ away|holiday|on_holiday|abroad",
    # a dose or a fault told as in hand, a gift asked about, cold told as over (round 12, wry_kinds.py)
    # never "in order": "everything in order" is how a calm goodbye is told (FAREWELL below)
    "gp|doctor|doctors|nurse|pharmacist|consultant|it|its ~~ all_in_hand|in_hand|under_control",
    "not_dangerous|no_danger|nobody_hurt|noone_hurt|no_one_hurt ~~ pain|nuisance|annoying|annoyance|hassle|inconvenient",
    "allowed|ok|okay|alright|permitted ~ to ~ give|buy|get ~~ gift|present|chocolates|card|biscuits|something|cake",
    "im|were|i_am|we_are ~ in ~ the|a|my|our ~ hostel|flat|refuge|shelter|new_flat ~ now",
    # Welsh: a carer on time every day ("ar amser bob tro", "yn brydlon")
    "ar_amser|yn_brydlon|brydlon ~ bob|bob_tro|bob_dydd|bob_bore|bob_nos|diolch|seren",
    "bob ~ dydd|bore|nos|tro ~~ ar_amser|yn_brydlon|brydlon",
    # a trouble settled by a court, or "no ongoing concerns" (light_kinds.py)
    *LIGHT_RESOLVED,
    # calm health facts and weather met (round 13, calm_kinds.py): the nurse knows, a splint, logs in
    "all_managed|well_managed|managed_well|is_on_it|knows_all_about_it|knows_about_it|gp_knows|nurse_knows|background_for|just_background",
    "repetitive_strain|rsi|wear_a_splint|in_a_splint|not_relevant",
    "ive|i_have|got|weve|we_have|with ~ the|a|my|our ~ wood_burner|log_burner|stove",
    "plenty_of_logs|load_of_logs|plenty_of_wood|digon_o_goed|stof_ymlaen",
    "as_well_as_anyone|as_well_as_anybody|as_well_as_can_be_expected",
]


@cache
def _settled() -> PatternIndex:
    return PatternIndex(SETTLED)


@cache
def _idioms() -> PatternIndex:
    return PatternIndex(IDIOM_PATTERNS + EVERYDAY_IDIOMS + LIGHT_IDIOMS + CALM_IDIOMS)


def without_idioms(text: str) -> str | None:
    """`text` normalised with its everyday idioms of harm blanked, or None when it has none."""
    words = read_dialect(normalise(text))
    plain = rules().blank_idioms(blank_asked_and_denied(words, BLANK, BREAK), _idioms())
    # the blank itself is dropped: the model reads words, and a stray mark is not one
    return None if plain == words else " ".join(plain.replace(BLANK, " ").split())


def unsettled(text: str) -> str | None:
    """`text` without its settled sentences, or None when no sentence is settled.

    A run-on is cut at its turns first ("lovely, and also … , anyway lovely"), so closing praise
    settles only its own clause, never the harm told between."""
    # a dose of "7.5mg" is one sentence, not two
    sentences = [
        s.strip() for s in split_run_on(normalise(_DECIMAL.sub(r"\1 point \2", text)), BREAK).split(BREAK)
    ]
    sentences = [s for s in sentences if s]
    # a trouble told as history with life good now (history.py), unless it is said to be back
    message = f" {BREAK} ".join(sentences)
    past = not rules().recurrence.search(message)
    keep = [s for s in sentences if not _is_settled(s) and not (past and told_as_history(s, message))]
    return None if len(keep) == len(sentences) else f" {BREAK} ".join(keep)


_DECIMAL = re.compile(r"(\d)\.(\d)")

# A goodbye is told in settled words ("sorted out my funeral plan", "all in order now"): a sentence
# about these is never taken as settled.
FAREWELL = re.compile(
    r"\b(funeral|affairs|goodbyes?|farewells?|loose ends|(my|the|a) will|last time|in order|mewn trefn)\b"
)


def _is_settled(sentence: str) -> bool:
    """A marker not negated by the two words before it ("not doing well") nor followed by "but"."""
    if FAREWELL.search(sentence):
        return False
    for _, found in _settled().finditer(sentence, sentence.split()):
        if any(word in NEGATORS for word in sentence[: found.start()].split()[-2:]):
            continue
        # "the carers are lovely but they never come" is not settled: what follows "but" counts.
        if " but " not in sentence[found.end() :]:
            return True
    return False


def risk(model, text: str, threshold: float | None = None) -> float:
    """The classifier's risk for `text`, no higher than for its unsettled sentences alone.

    `threshold`: the score that raises an alert, when the council set its own (else the model's).
    """
    score = model.risk(text)
    if score < (threshold or model.threshold):
        return score  # nothing to dampen (and most messages stop here)
    plain = without_idioms(text)
    if plain is not None:
        score = min(score, model.risk(plain))
        if score < (threshold or model.threshold):
            return score
    rest = unsettled(text)
    if rest is None:
        return score
    return min(score, model.risk(rest)) if rest.strip() else 0.0
