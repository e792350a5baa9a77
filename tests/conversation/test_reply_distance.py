"""The misspelling check's edit distance: the bounded form agrees with the textbook one."""

from __future__ import annotations

import random

from bot.conversation.reply_rules import _distance


def textbook_distance(a: str, b: str) -> int:
    """Optimal string alignment distance over the whole table, never cut short."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def test_known_distances() -> None:
    assert _distance("excelent", "excellent") == 1
    assert _distance("yse", "yes") == 1  # a swap of neighbours is one edit
    assert _distance("brilient", "brilliant") == 2
    assert _distance("terrible", "excellent") == textbook_distance("terrible", "excellent") > 2


def slipped(word: str, rng: random.Random) -> str:
    """The word with one letter dropped, added, changed or swapped with its neighbour."""
    i = rng.randrange(len(word) + 1)
    kind = rng.choice(("drop", "add", "change", "swap"))
    if kind == "add" or not word[i:]:
        return word[:i] + rng.choice("abcde") + word[i:]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "swap" and word[i + 1 :]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + rng.choice("abcde") + word[i + 1 :]


def test_bounded_distance_decides_every_pair_as_the_textbook_one() -> None:
    rng = random.Random(7)
    # few letters, so close pairs, swaps and long shared runs all come up; and the same words with
    # one to three slips, so every limit sees pairs on both sides of it
    words = ["".join(rng.choice("abcde") for _ in range(rng.randint(0, 9))) for _ in range(400)]
    pairs = list(zip(words, words[1:] + words[:1], strict=True))
    for word in words:
        other = word
        for _ in range(rng.randint(1, 3)):
            other = slipped(other, rng)
        pairs.append((word, other))
    distances = [textbook_distance(a, b) for a, b in pairs]
    assert {0, 1, 2, 3} <= set(distances)
    for (a, b), exact in zip(pairs, distances, strict=True):
        assert _distance(a, b) == exact
        for limit in (0, 1, 2, 3):
            bounded = _distance(a, b, limit)
            assert (bounded <= limit) == (exact <= limit)
            assert bounded == exact if exact <= limit else bounded > limit


def test_bounded_distance_gives_up_on_far_pairs() -> None:
    assert _distance("appalling", "excellent", 1) == 2
    assert _distance("ok", "outstanding", 2) == 3  # lengths alone rule it out
