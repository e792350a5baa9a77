"""A score out of ten given to a five-point question: "8/10" is 4, "10 out of 10" the top, "0" the bottom.

An even score halves onto the five points (10 -> 5, 8 -> 4, 2 -> 1); an odd one ("7/10") falls
between two points, and rounding it either way is a guess, so it is asked again. Nought, with or
without "/10" ("0 if I could"), is below every point: the resident means the bottom.
"""

from __future__ import annotations

from bot.conversation.wordnumbers import read_numbers

BETWEEN_POINTS = 0  # an odd score out of ten: ask again


def point_out_of_ten(tokens: list[str], language: str) -> int | None:
    """The point (1 worst .. 5 best) a lone score out of ten names; BETWEEN_POINTS for an odd one;
    None when the reply gives no such score (or gives more than one number)."""
    numbers = read_numbers(tokens, language)
    if len(numbers) != 1:
        return None
    num = numbers[0]
    if num.value == 0 and num.denominator in (None, 10):
        return 1
    if num.value == 10 and num.denominator is None and _a_ten(tokens):
        return 5  # "I'd give you a 10!" on a five-point question: a score out of ten, the top
    if num.denominator != 10 or num.value is None or not 0 < num.value <= 10:
        return None
    return num.value // 2 if num.value % 2 == 0 else BETWEEN_POINTS


def _a_ten(tokens: list[str]) -> bool:
    """ "a 10", "a ten": ten given as a score, not ten of something."""
    return any(t in ("10", "ten") and k and tokens[k - 1] == "a" for k, t in enumerate(tokens))
