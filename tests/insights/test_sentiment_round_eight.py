"""Round eight's cues, from the kinds outside sets M, N and O showed: a bereavement is no lateness,
speed told as a job done in minutes, more ways of denying a fault, work still outstanding, a wait
told in Welsh, a lesser thing handed over instead of help, mock thanks closing a failure, a hedged
verdict ("I wouldn't say it helped"), Welsh "not bad", and mixed said with "shame" or "only thing"."""

from __future__ import annotations

import pytest

from bot.insights import sentiment_training
from bot.insights.feedback_cues import feedback_cues, unmet_expectation_cues
from bot.insights.negation_polarity import negation_turns
from bot.insights.sentiment_model import classify
from bot.text.features import Words
from bot.text.normalise import clauses, normalise


def found(text: str) -> list[str]:
    return unmet_expectation_cues(normalise(text))


def cues(text: str) -> set[str]:
    normalised = normalise(text)
    return set(feedback_cues(normalised, Words(normalised.split(), text)))


def test_a_late_relative_is_no_lateness_and_a_late_carer_is():
    assert "problem" not in found("Thank you for looking after my late mother so well")
    assert "problem" in found("The carer was late every morning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He had the tap fixed in about ten minutes", True),
        ("Picked up and answered in under five minutes", True),
        ("The whole lot dealt with in a single call", True),
        # weeks are a wait, whatever the verb
        ("It was fixed in six weeks", False),
    ],
)
def test_a_job_done_in_minutes_is_speed_not_a_wait(text, expected):
    assert ("prompt" in found(text)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "They wasted no time getting the ramp fitted",
        "Nowt to grumble about",
        "We could scarcely have wished for a better adviser",
    ],
)
def test_more_ways_of_denying_a_fault_are_praise(text):
    assert "praise_by_denial" in found(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The gutter repair is still outstanding", "problem"),
        ("Aros dwy awr am alwad yn ôl", "duration"),
        ("I went in for advice and they handed me a leaflet", "dismissed"),
        ("The adviser told us to check online and hung up", "dismissed"),
    ],
)
def test_failures_told_plainly_are_cues(text, cue):
    assert cue in found(text)


def test_outstanding_work_is_not_outstanding_praise():
    assert "problem" not in found("The home care team were outstanding")


def test_bare_thanks_closing_a_failure_is_ironic_and_closing_praise_is_not():
    assert "cue:ironic" in cues("Nobody turned up for the third time. Thanks a lot.")
    assert "cue:ironic" not in cues("The new worker explained everything. Thanks a lot.")


@pytest.mark.parametrize(
    ("text", "turn"),
    [
        ("I wouldn't say the advice helped", "negated:kind"),
        ("Not what I'd call clear", "negated:kind"),
        ("Doedd o ddim yn wael", "negated:hard"),
    ],
)
def test_a_hedged_or_welsh_negation_turns_its_word(text, turn):
    assert turn in negation_turns(clauses(text))


def test_shame_and_only_thing_are_a_contrast():
    assert "contrast" in found("Great carers. Shame about the rota")
    assert "contrast" in found("Good advice, only problem was the hold music")


# New phrasings of the kinds, in none of the corpus's templates or the development sets.
NEW_COMPLAINTS = [
    "Sent a link when I asked for a home visit. Cheers.",
    "The roof repair from March remains outstanding",
    "I wouldn't say the assessment helped at all",
    "Is someone ever going to fix the fence? It's been since the summer",
]
NEW_PRAISE = [
    "Dealt with the whole thing in twenty minutes, lovely lad",
    "Wasted no time, the rail was up by lunch",
    "Can't grumble, they were on it straight off",
]


def test_new_phrasings_are_not_in_the_training_data():
    seen = {r["text"].casefold() for r in sentiment_training.training_rows()}
    assert not {t.casefold() for t in NEW_COMPLAINTS + NEW_PRAISE} & seen


def test_the_model_reads_new_phrasings_of_the_kinds_on_their_side():
    # First run: complaints 4 of 4, praise 3 of 3; the model before this round: 3 of 4 and 2 of 3.
    complaints = [t for t in NEW_COMPLAINTS if classify(t)[0] in ("negative", "mixed")]
    praise = [t for t in NEW_PRAISE if classify(t)[0] == "positive"]
    assert len(complaints) == len(NEW_COMPLAINTS), set(NEW_COMPLAINTS) - set(complaints)
    assert len(praise) == len(NEW_PRAISE), set(NEW_PRAISE) - set(praise)
