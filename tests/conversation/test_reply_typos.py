"""Round twelve of issue 19: typos of a question's own answer words (bot.conversation.reply_typos).

The property: every one-slip misspelling of every word of every answer label is read as that label
or asked again, never as another answer. Then the mended kinds both ways: the real words near an
answer word that must be left alone beside the typos that must be put right.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from bot.conversation import answers, reply_typos
from bot.conversation import lexicon as lexicon_module
from bot.conversation.answers import parse_answer
from bot.conversation.lexicon import build_lexicon, lexicon_for
from bot.conversation.reply_words import to_words, tokenize
from tests.conversation.reply_cases import QUESTIONS, R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)


def _labels() -> list[tuple[str, str, object]]:
    """(question id, label as a resident would type it, its value) for every English answer label."""
    labels: list[tuple[str, str, object]] = []
    for qid, question in QUESTIONS.items():
        if question.type == "choice":
            labels += [(qid, str(c.label.get("en", "")), c.value) for c in question.choices]
        elif question.type == "scale":
            labels += [
                (qid, words["en"][0], value) for value, words in question.labels.items() if words.get("en")
            ]
        elif question.type == "yes_no":
            labels += [(qid, word, word) for word in ("yes", "no")]
    return [(qid, label, value) for qid, label, value in labels if label]


LABELS = _labels()
# Slips that are words of their own, read deliberately as what they say: "dno" is "dunno", and "v"
# before a grade is "very" (issue 19: "v good" is Very good).
OWN_WORDS = frozenset(("dno", "vgood", "vpoor", "vbad"))


@pytest.mark.parametrize(("question", "label", "value"), LABELS)
def test_every_slip_of_a_label_reads_as_it_or_asks_again(question: str, label: str, value: object) -> None:
    words = list(to_words(tokenize(label)).words)
    wrong = []
    for k, word in enumerate(words):
        if not word.isalpha() or len(word) < 2:
            continue
        for slip in sorted(reply_typos.one_slip(word) - OWN_WORDS):
            reply = " ".join([*words[:k], slip, *words[k + 1 :]])
            parsed = parse_answer(QUESTIONS[question], reply)
            if parsed.ok and parsed.value != value:
                wrong.append((reply, parsed.value))
    assert wrong == [], f"{label!r} ({value}) misread through a slip: {wrong[:10]}"


def test_the_slips_cover_each_kind_of_slip() -> None:
    slips = reply_typos.one_slip("good")
    assert {"god", "goood", "goid", "ogod", "giod", "gpod"} <= slips  # drop, double, neighbour, swap
    assert "gxod" not in slips  # x is nowhere near o
    assert "good" not in slips


def test_neighbouring_keys_are_mutual() -> None:
    for key, near in reply_typos.NEIGHBOURS.items():
        assert all(key in reply_typos.NEIGHBOURS[other] for other in near), key
    assert reply_typos.NEIGHBOURS["n"] == frozenset("bhjm")


def test_the_slip_index_keeps_one_set_per_set_of_words() -> None:
    # Most slips lead to one answer word: the index shares that word's set among all its slips
    # (a set apiece took most of a web worker's 15 MB of slip indexes).
    vocabulary = lexicon_for(QUESTIONS["overall"], "en").vocabulary | {"one", "two", "six"}
    index = reply_typos.slip_index(vocabulary)
    plain: dict[str, set[str]] = {}
    for word in vocabulary:
        if len(word) >= reply_typos.SHORTEST and word.isalpha():
            for slip in reply_typos.one_slip(word):
                if len(slip) >= reply_typos.SHORTEST and slip not in vocabulary:
                    plain.setdefault(slip, set()).add(word)
    assert index == {slip: frozenset(words) for slip, words in plain.items()}
    assert len({id(words) for words in index.values()}) == len(set(index.values())) < len(index) / 10


def test_questions_with_the_same_options_share_one_slip_index() -> None:
    entries = list(lexicon_module._entries(QUESTIONS["overall"], "en"))
    first, second = build_lexicon(entries), build_lexicon(entries)
    assert first is not second
    shared = answers._typo_words(first, "choice")
    assert answers._typo_words(second, "choice") is shared
    assert answers._typo_words(second, "scale") is not shared  # the numbers it may mend to differ
    assert answers._typo_words(build_lexicon(entries[1:]), "choice") is not shared


MENDED = [
    # typos of the answer words: put right
    _case("overall", "very god", 1),
    _case("overall", "veru good", 1),  # read as it stands this was Good: the typo said "very"
    _case("overall", "giod", 2),
    _case("rating", "very goid", 5),
    _case("rating", "fiev", 5),
    _case("waited", "sevn days", 7),
    _case("waited", "thre days", 3),
    _case("listened", "yes a lot", 1),
    _case("listened", "yes a lpt", 1),
    _case("listened", "yes a lit", 1),  # "lit" is a word, but "a lit" completes no answer: "a lot" does
    _case("strengths", "yes a bot", 2),  # "a bit", not "a not"
    _case("still_need", "bo thank you", 2),
    _case("contacted", "yws they did", "yes"),
    _case("changed", "bettet", 1),
    _case("changed", "wprse", 3),
]
LEFT_ALONE = [
    # real words near an answer word, meant as typed: never mended
    _case("overall", "oh god", R),
    _case("overall", "god", R),
    _case("overall", "good god no idea", R),
    _case("listened", "not", R),
    _case("contacted", "not", R),
    _case("listened", "let", R),
    _case("resolved", "it's being looked into, i hope", R),  # "hope" is not "nope"
    _case("overall", "wel gweddol", 3, "cy"),  # Welsh "wel" is "well", not "wael" (poor)
    # a slip that could be two answers is asked again
    _case("rating", "fibe", R),  # five, or fine?
    # a reply unclear for what it says, not how it is spelt, stays unclear
    _case("overall", "brilliant, yeah right", R),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), MENDED + LEFT_ALONE)
def test_round12_typos(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)
