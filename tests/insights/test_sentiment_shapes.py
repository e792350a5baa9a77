"""Round seven's cues: a bare answer run into praise, irony, two clauses one kind and one hard,
thanks for something done, failures told as facts, and arrangements asked for (neutral)."""

from __future__ import annotations

import pytest

from bot.insights.clause_tone import clause_tone, tone_shapes
from bot.insights.feedback_cues import answer_split, feedback_cues, unmet_expectation_cues
from bot.insights.sentiment_model import classify
from bot.text.features import Words
from bot.text.normalise import clauses, normalise


def cues(text: str) -> set[str]:
    normalised = normalise(text)
    return set(feedback_cues(normalised, Words(normalised.split(), text)))


def words_of(text: str) -> Words:
    return Words(normalise(text).split(), text)


@pytest.mark.parametrize(
    ("text", "first_clause"),
    [
        ("Nothing all good", ["nothing"]),
        ("No they were very helpful", ["no"]),
        ("Nothing at all they were amazing", ["nothing", "at", "all"]),
        ("nothing excellent service", ["nothing"]),
        # a real absence, and a "no" that is not an answer, stay whole
        ("Nothing was done", ["nothing", "was", "done"]),
        ("No reply at all", ["no", "reply", "at", "all"]),
    ],
)
def test_a_bare_answer_run_into_its_sentence_is_a_clause_of_its_own(text, first_clause):
    assert answer_split(words_of(text)).clauses[0] == first_clause


def test_the_answer_word_negates_nothing_after_it():
    assert "negated:kind" not in cues("Nothing everything was perfect")
    assert "cue:nil_then" in cues("Nothing everything was perfect")
    assert "negated:kind" in cues("It was not helpful")


@pytest.mark.parametrize(
    "text",
    [
        "You can't improve perfect",
        "I could not wish for a better service",
        "I don't think there is anything you could do better",
        "Cannot think of any improvement",
    ],
)
def test_more_ways_of_denying_a_fault_are_praise_and_turn_no_negation(text):
    assert "cue:praise_by_denial" in cues(text)
    assert "negated:kind" not in cues(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Quicker response", "suggest"),
        ("Came sooner", "suggest"),
        ("Friendlier reception", "suggest"),
        ("They said they would come. That was February.", "duration"),
        ("I asked for help with the bills and got a leaflet", "dismissed"),
        ("The office sent me to the website which then sent me back", "passed"),
        ("The rail is still not fitted", "problem"),
        ("Thanks for not rushing me", "thanked_for"),
    ],
)
def test_failures_and_wishes_told_plainly_and_thanks_are_cues(text, cue):
    assert cue in unmet_expectation_cues(normalise(text))


def test_a_comparative_in_praise_is_no_wish():
    assert "suggest" not in unmet_expectation_cues(normalise("Arrived sooner than expected"))
    assert "thanked_for" not in unmet_expectation_cues(normalise("Thanks for nothing"))


def test_a_clause_leans_by_its_words_a_score_out_of_ten_and_a_trailing_doubt():
    assert clause_tone(["call", "centre", "2", "10"]) < -0.3 < 0.3 < clause_tone(["engineer", "9", "10"])
    assert clause_tone(["not", "so", "much"]) <= -0.3


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Engineer 10/10, call centre 2/10", {"cue:two_sided"}, {"cue:ironic"}),
        ("Helpful in person. On the phone, not so much.", {"cue:two_sided"}, set()),
        ("Helpful in person but not on the phone", set(), {"cue:two_sided"}),
        ("Oh great, the visit is cancelled again", {"cue:ironic"}, set()),
        ("Such fun chasing the same email every week", {"cue:ironic"}, set()),
        ("Rang five times, nobody answered. Great service.", {"cue:ironic"}, set()),
        # praise closing a report that is not a failure is praise
        ("Great. Sorted in a day.", set(), {"cue:ironic"}),
        ("Lovely. The carers came on time.", set(), {"cue:ironic"}),
    ],
)
def test_two_sided_and_ironic_shapes(text, present, absent):
    found = cues(text)
    assert present <= found and not absent & found, found


def test_a_but_leaves_the_shape_to_the_words_either_side():
    assert list(tone_shapes("good but awful", clauses("Good but awful"), unmet=False, contrast=True)) == []


def test_an_arrangement_asked_for_is_its_own_cue_and_a_complaint_with_the_same_words_is_not():
    assert any(c.startswith("cue:arrangement") for c in cues("Please ring my son rather than me from now on"))
    assert not any(c.startswith("cue:arrangement") for c in cues("They spoke to my son instead of me"))


# New phrasings, in none of the corpus's templates or the development sets.
IRONY = [
    "Oh wonderful, the boiler has packed in again and the next engineer is in three weeks",
    "Such a treat to sit on hold for an hour on my lunch break",
    "Booked, cancelled, rebooked, cancelled. Top marks.",
]
ARRANGEMENTS = [
    "Please send future letters to my sister's address, she reads them to me",
    "Could visits be after school pick up from now on please",
]
NIL_THEN_PRAISE = [
    "Nothing they were all brilliant",
    "No everyone was really kind",
    "Nothing everything was spot on",
]


def test_the_model_reads_new_irony_as_a_complaint_and_new_arrangements_as_not():
    assert sum(classify(text)[0] in ("negative", "mixed") for text in IRONY) >= 2
    assert all(classify(text)[0] not in ("negative", "mixed") for text in ARRANGEMENTS)
    assert all(classify(text)[0] == "positive" for text in NIL_THEN_PRAISE)
