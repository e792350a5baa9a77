"""A reply that affirms one label and denies a stronger one is stored as the affirmed label or asked again.

Exhaustive over every choice and labelled scale question in the shipped config and the reply table's
own questions: for every label L and every stronger label S on the same side of the scale,
"L not S", "L but not S" and "not S, L" (with each option's accepted phrasings as well as its label).
"""

from __future__ import annotations

from statistics import mean

import pytest

from bot.conversation.answers import Parsed, parse_answer
from bot.conversation.reply_table import load_questions
from bot.conversation.reply_words import is_negator, tokenize
from settings import Question

QUESTIONS = [q for q in load_questions().values() if q.type == "choice" or (q.type == "scale" and q.labels)]
FORMS = ("{L} not {S}", "{L} but not {S}", "not {S}, {L}", "{L}, not {S}", "not {S} but {L}")


def _phrasings(question: Question, value: int, language: str = "en") -> list[str]:
    """An option's label and accepted words, leaving out those that carry their own negation."""
    if question.type == "scale":
        texts = question.labels.get(value, {}).get(language, [])
    else:
        choice = next(c for c in question.choices if c.value == value)
        texts = [choice.label.get(language, ""), *choice.accept.get(language, [])]
    return [str(t) for t in texts if t and tokenize(str(t)) and not is_negator(tokenize(str(t))[0])]


def _sides(question: Question) -> list[list[int]]:
    """Each side of the scale, weakest first (ordered by distance from the other side)."""
    if question.type == "scale":
        middle = (question.min + question.max) / 2
        values = list(question.labels)
        above = sorted((v for v in values if v > middle), key=lambda v: v - middle)
        below = sorted((v for v in values if v < middle), key=lambda v: middle - v)
        return [above, below]
    order = [c.value for c in question.choices]
    sides = []
    for side, other in ((question.positive, question.negative), (question.negative, question.positive)):
        if len(side) > 1 and other:
            centre = mean(order.index(v) for v in other)
            sides.append(sorted(side, key=lambda v: abs(order.index(v) - centre)))
    return sides


def _cases() -> list[tuple[Question, int, str]]:
    cases = []
    for question in QUESTIONS:
        for side in _sides(question):
            for weak_at, weak in enumerate(side):
                for strong in side[weak_at + 1 :]:
                    for label in _phrasings(question, weak):
                        for stronger in _phrasings(question, strong):
                            for form in FORMS:
                                cases.append((question, weak, form.format(L=label, S=stronger)))
    return cases


CASES = _cases()


def test_every_question_with_a_graded_side_is_covered():
    covered = {question.id for question, _, _ in CASES}
    assert {"overall", "listened", "what_matters", "strengths", "rating"} <= covered
    assert len(CASES) > 1000


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_l_not_s_is_stored_as_l_or_asked_again(question):
    wrong = []
    for asked, label, reply in CASES:
        if asked is not question:
            continue
        parsed = parse_answer(question, reply)
        if parsed not in (Parsed(True, label), Parsed(False)):
            wrong.append((reply, label, parsed.value))
    assert not wrong, f"{len(wrong)} misread, e.g. {wrong[:10]}"


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("good not great", 2),  # the first example: was stored as Poor
        ("good but not excellent", 2),
        ("not great, good", 2),
        ("poor not terrible", 4),
        ("not very poor, just poor", 4),
    ],
)
def test_the_affirmed_label_is_stored(reply, expected):
    overall = next(q for q in QUESTIONS if q.id == "overall")
    assert parse_answer(overall, reply) == Parsed(True, expected)
