"""Kinds of reply read by open classes rather than listed sentences (issue 19, generalisation round).

Each case is a phrasing that is in neither the reply table nor its later sets: a degree word, an
idiom or a form the rules have to recognise by kind. `R` means a person would ask again rather than
store a guess. The learned fallback is switched off here, so what is tested is the rules alone.
"""

from __future__ import annotations

import pytest

from bot.conversation import reply_model
from bot.conversation.answers import Parsed, parse_answer
from bot.conversation.reply_idioms import DOWNTONERS, INTENSIFIERS, WEAK_DOWNTONERS
from bot.conversation.reply_table import load_questions

QUESTIONS = load_questions()
R = None  # ask again


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reply_model, "propose", lambda *_args, **_kwargs: None)


def _case(question: str, reply: str, expected: object) -> object:
    return pytest.param(question, reply, expected, id=f"{question}:{reply}")


def _check(question: str, reply: str, expected: object) -> None:
    read = parse_answer(QUESTIONS[question], reply, "en")
    assert read == (Parsed(False) if expected is R else Parsed(True, expected))


DEGREE_WORDS = [
    _case("overall", "mega helpful", 1),  # an intensifier before a label with a "very" form
    _case("rating", "awfully poor", 1),
    _case("overall", "rather disappointing", 4),  # a downtoner keeps a mild grade
    _case("rating", "fairly bad", 2),
    _case("overall", "quite appalling", R),  # ... but not a far-end one: Poor or Very poor?
    _case("rating", "pretty fantastic", R),
    _case("overall", "slightly disappointing", R),  # a weak downtoner leaves any grade between two
    _case("rating", "sort of bad", R),
    _case("overall", "semi good", R),
    _case("overall", "suspiciously good", R),  # an -ly word the lexicons do not know
    _case("overall", "surprisingly good", 2),  # one they know says nothing of degree
    _case("overall", "helpful-ish", R),
    _case("rating", "poorish", R),
    _case("timely", "sort of ish", 2),  # a hedge on "partly" is still partly
]
DENIALS = [
    _case("overall", "isn't great", 4),  # a negated copula says the listed "not great"
    _case("rating", "weren't very good", 2),
    _case("overall", "not especially good", 4),
    _case("overall", "not all that bad", 3),
    _case("overall", "nowhere near good", 4),  # a phrase that denies what follows
    _case("rating", "by no means good", 2),
    _case("overall", "far from it", R),  # ... but on its own denies nothing the question lists
]
EMOJI_AND_IRONY = [
    _case("overall", "excellent 😠", R),  # the face contradicts the words
    _case("rating", "awful 😃", R),
    _case("contacted", "yeah 👎", R),
    _case("overall", "fantastic 🙄", R),  # an eye-roll beside a grade may be irony
    _case("rating", "lovely lmao", R),
    _case("overall", "good 🙂", 2),  # agreeing faces are fine
    _case("what_matters", "nope lol", 3),  # a laugh beside a plain no is not irony about a grade
]
TWO_PEOPLE_AND_TIME = [
    _case("resolved", "him yes, me no", R),  # persons as the things of a yes and a no
    _case("timely", "her yes, me no", R),
    _case("resolved", "heating yes, windows no", "partly"),  # two parts of one matter (round nine)
    _case("overall", "very good but my son disagrees", R),
    _case("overall", "good for the two of us", 2),  # one verdict for both
    _case("resolved", "yes so far", R),  # a yes that may not last
    _case("contacted", "yes for the time being", R),
    _case("still_need", "sorta yes", R),  # a hedged yes where the question has no partly
]
OPEN_IDIOMS = [
    _case("overall", "splendid thank you", 1),
    _case("rating", "ace", 5),
    _case("overall", "absolutely dismal", 5),
    _case("rating", "woeful", 1),
    _case("overall", "below par", 4),
    _case("overall", "naff", R),  # blame with no degree
    _case("resolved", "almost there", "partly"),
    _case("contacted", "almost", R),  # no partly to store
    _case("changed", "pretty much the same", 2),
    _case("changed", "going downhill", 3),
    _case("listened", "never listened", 3),
    _case("strengths", "massively", 1),
    _case("listened", "bit", 2),  # "a bit" without its article
    _case("what_matters", "not the foggiest", 4),
]
SPELLING_AND_WELSH = [
    _case("overall", "exellant", 1),  # two edits from a long label word
    _case("rating", "disapointin", 2),
    _case("overall", "appaling", 5),
    _case("overall", "por", 4),
    _case("rating", "yn dda iawn", 5),  # mutated Welsh
    _case("overall", "go dda", 2),
    _case("resolved", "nac ydy", "no"),  # Welsh yes/no forms in an English conversation
    _case("timely", "naddo", 3),
    _case("still_need", "nac oes", 2),
    _case("resolved", "ddim eto", "no"),  # "not yet"
    _case("resolved", "wedi'i sortio", "yes"),
]

ANSWERS_SIDE_BY_SIDE = [
    _case("overall", "alright, not bad", 3),  # both say Neither: they agree
    _case("overall", "decent, not bad", R),  # Good beside a "not bad" that is Neither of its own
    _case("rating", "pretty good, not too bad", R),
    _case("overall", "good, not brilliant", 2),  # the contrast: a stronger label denied
    _case("overall", "fine rather than good", R),  # "rather than" denies; fine and good differ on overall
    _case("rating", "poor rather than terrible", 2),
    _case("overall", "brill af", R),  # a slang intensifier after the label: Good or Very good?
    _case("overall", "disgustin", 5),  # the dropped g
    _case("strengths", "a fair amount", R),  # British understatement: a lot, or some?
    _case("timely", "never needed it", 4),
    _case("contacted", "not a sausage", "no"),
    _case("resolved", "work in progress", "partly"),
    _case("still_need", "not just yet", 2),
    _case("resolved", "sorted out", "yes"),
    _case("resolved", "still not sorted", "no"),
    _case("resolved", "half sorted", "partly"),
    _case("contacted", "it got sorted without a call", R),  # "sorted" answers only a question about it
    _case("contacted", "not fixed", R),
    _case("contacted", "they rang my husband instead", R),
    _case("rating", "pump diolch", 5),  # a Welsh number alone in an English conversation
    _case("overall", "tri", 3),
    _case("overall", "so so good", R),  # so-so, or "so, so good"?
    _case("contacted", "certainly, not really", R),  # a phrase does not run on past a comma into a "not"
    _case("contacted", "certainly not", "no"),
    _case("resolved", "yeah but not sorted", R),  # a yes and its own denial are not a partly
    _case("resolved", "yes but ❌", R),
    _case("resolved", "yes but the paint is peeling", "partly"),
    _case("overall", "very reasonable", R),  # an intensified mild idiom: Good, or Very good?
    _case("overall", "most helpful", 1),  # ... but an intensified label with a listed "very" form
    _case("overall", "unsatisfactory", 4),
    _case("resolved", "improved but not fixed", R),  # a change for the better beside a no
    _case("changed", "not much change", 2),
    _case("overall", "ffantastig", 1),
]


@pytest.mark.parametrize(("question", "reply", "expected"), ANSWERS_SIDE_BY_SIDE)
def test_answers_side_by_side_and_later_kinds(question, reply, expected):
    _check(question, reply, expected)


@pytest.mark.parametrize(("question", "reply", "expected"), DEGREE_WORDS)
def test_degree_words_are_open_classes(question, reply, expected):
    _check(question, reply, expected)


@pytest.mark.parametrize(("question", "reply", "expected"), DENIALS)
def test_denials_in_other_words(question, reply, expected):
    _check(question, reply, expected)


@pytest.mark.parametrize(("question", "reply", "expected"), EMOJI_AND_IRONY)
def test_emoji_that_contradict_and_irony_are_asked_again(question, reply, expected):
    _check(question, reply, expected)


@pytest.mark.parametrize(("question", "reply", "expected"), TWO_PEOPLE_AND_TIME)
def test_two_people_and_a_provisional_yes(question, reply, expected):
    _check(question, reply, expected)


@pytest.mark.parametrize(("question", "reply", "expected"), OPEN_IDIOMS)
def test_idioms_by_kind(question, reply, expected):
    _check(question, reply, expected)


@pytest.mark.parametrize(("question", "reply", "expected"), SPELLING_AND_WELSH)
def test_spelling_and_welsh(question, reply, expected):
    _check(question, reply, expected)


@pytest.mark.parametrize("downtoner", sorted(WEAK_DOWNTONERS - {"kind", "sort", "bit", "little", "half"}))
@pytest.mark.parametrize(
    ("question", "label"), [("overall", "good"), ("overall", "poor"), ("rating", "excellent")]
)
def test_every_weak_downtoner_leaves_a_grade_unclear(downtoner, question, label):
    """The whole lexicon, not the words a table happened to show: never stored as the bare label."""
    read = parse_answer(QUESTIONS[question], f"{downtoner} {label}", "en")
    assert not read.ok


@pytest.mark.parametrize("word", sorted(DOWNTONERS - {"go", "eitha", "eithaf"}))
def test_no_downtoner_stores_a_far_end_grade(word):
    for label in ("excellent", "terrible", "brilliant", "awful"):
        assert not parse_answer(QUESTIONS["overall"], f"{word} {label}", "en").ok, (word, label)


@pytest.mark.parametrize("word", sorted(INTENSIFIERS - {"right", "so"}))
def test_an_intensified_label_is_never_stored_as_the_other_side(word):
    """An intensifier may lift "good" to Very good, but never reads good as poor or the reverse."""
    overall = QUESTIONS["overall"]
    for label, allowed in (("good", {1, 2}), ("poor", {4, 5}), ("bad", {4, 5})):
        read = parse_answer(overall, f"{word} {label}", "en")
        assert not read.ok or read.value in allowed, (word, label, read)
