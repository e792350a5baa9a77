"""Self-corrections: "1 sorry no 2", "good, no wait, very good", "4 weeks no 5 weeks" mean the last answer.

A person reading such a reply stores what the resident settled on, so the reply is read again from
just after the last explicit correction marker. Only explicit markers count: "good bad" and "yes no"
have none and stay asked again. A bare "no" counts only between two numbers, where it cannot itself
be an answer ("5 weeks no 6"). This module only finds where a reply may be cut; whether the part
after the cut is itself a clear answer is for the parser (bot.conversation.answers) to say.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from bot.conversation.reply_idioms import IDIOMS
from bot.conversation.reply_words import is_negator
from bot.conversation.wordnumbers import DAY_UNITS, number_at

# Phrases that take back what was just said. "wait" and "rather" alone are left out: "didn't wait"
# and "rather poor" say something else. Welsh: "sori" (sorry), "aros", "arhoswch", "arhosa" (wait).
MARKERS: tuple[tuple[str, ...], ...] = (
    ("no", "wait"),
    ("oh", "wait"),
    ("hang", "on"),
    ("hold", "on"),
    ("sorry",),
    ("soz",),
    ("sori",),
    ("i", "mean"),
    ("i", "meant"),
    ("i", "meant", "to", "say"),
    ("actually",),
    ("scratch", "that"),
    ("or", "rather"),
    ("make", "that"),
    ("aros",),
    ("arhoswch",),
    ("arhosa",),
)
# What may be left over in front of the corrected answer: "sorry no, only a bit", "make that, 4".
TAKE_BACK_WORDS = frozenset(("no", "nah", "na", "nope", "dim", "oh", "sorry", "sori"))
# Denials that are whole answers, not a qualification of the answer before the marker.
FLAT_DENIALS = frozenset((("not", "at", "all"), ("not", "one", "bit"), ("not", "in", "the")))
# Words that make an idiom with a "no" before them ("no thanks to you", "no complaints"): then the
# "no" takes nothing back.
NO_IDIOM_NEXT = frozenset(key[1] for key in IDIOMS if key[0] == "no" and len(key) > 1)
NO_IDIOM_NEXT |= frozenset(
    ("thanks", "thank", "problem", "problems", "idea", "doubt", "one", "more", "longer")
)
# Between two numbers a plain "no" is a correction; it cannot answer a number or a point.
BARE_NO = frozenset(("no", "nah", "na", "nope"))
# A remark about one part of the service after "actually" is a second answer, not a correction:
# "the staff were good, actually the wait was terrible".
PART_LINKS = frozenset(("was", "were", "is", "are", "has", "had"))
WHOLE = frozenset(("it", "that", "this", "everything", "all", "overall", "they", "she", "he", "i", "we"))
# An answer before the link is not the subject of a remark: "yes it was" answers.
ANSWER_WORDS = frozenset(("yes", "yeah", "yep", "no", "nope", "nah"))


def _is_word(token: str) -> bool:
    return token[0].isalnum()


def _markers_at(tokens: Sequence[str], i: int) -> int:
    """Length of the correction marker starting at tokens[i], or 0."""
    longest = 0
    for marker in MARKERS:
        if tuple(tokens[i : i + len(marker)]) == marker:
            longest = max(longest, len(marker))
    return longest


# "make it 4", "call it 3": a correction only before a number ("make it easy" is not one).
BEFORE_A_NUMBER = (("make", "it"), ("call", "it"))


def _marker_before_number(tokens: Sequence[str], i: int, language: str) -> int:
    for marker in BEFORE_A_NUMBER:
        end = i + len(marker)
        if tuple(tokens[i:end]) == marker and end < len(tokens) and number_at(list(tokens), end, language):
            return len(marker)
    return 0


def _after_a_break(tokens: Sequence[str], i: int) -> bool:
    """True when tokens[i] opens a clause: the reply's punctuation comes just before it."""
    return i > 0 and not _is_word(tokens[i - 1]) and any(_is_word(t) for t in tokens[:i])


def _well_correction(tokens: Sequence[str], i: int) -> bool:
    """ "yes - well, no, not really", "no... well a bit": "well" opening a clause after an answer takes
    it back; "they listened well" and "well yes" (nothing said before) do not."""
    return tokens[i] == "well" and _after_a_break(tokens, i) and i + 1 < len(tokens)


def _wait_no(tokens: Sequence[str], i: int) -> bool:
    """ "ok. wait no, poor": "wait" before a "no", opening a clause, takes back what came before it (the
    "no" stays: it may be the corrected answer, "yes. wait no, it broke again")."""
    return tokens[i] == "wait" and tokens[i + 1 : i + 2] in (["no"], ["nah"]) and _after_a_break(tokens, i)


def _bare_no_opening_a_clause(tokens: Sequence[str], i: int, no_is_answer: bool) -> bool:
    """ "Better. No, the same really": to a question that has no "no" among its answers, a "no" opening
    a clause after an answer takes that answer back; "no thanks to you" is an idiom, not a correction."""
    idiom = i + 1 < len(tokens) and tokens[i + 1] in NO_IDIOM_NEXT
    return not no_is_answer and tokens[i] in BARE_NO and _after_a_break(tokens, i) and not idiom


def _bare_no_between_numbers(tokens: Sequence[str], i: int, language: str) -> bool:
    """ "5 weeks no 6", "3, no, 4": a "no" with a number (and perhaps its unit) just before and a
    number just after."""
    if tokens[i] not in BARE_NO:
        return False
    before = [t for t in tokens[:i] if _is_word(t)]
    if before and before[-1] in DAY_UNITS:
        before = before[:-1]
    if not before or number_at(list(before), len(before) - 1, language) is None:
        return False
    after = [t for t in tokens[i + 1 :] if _is_word(t)]
    return bool(after) and number_at(after, 0, language) is not None


def _remark_on_a_part(after: Sequence[str]) -> bool:
    """True when the first clause after the cut is "the wait was terrible": about one part."""
    clause: list[str] = []
    for token in after:
        if not _is_word(token):
            if clause:
                break
            continue
        clause.append(token)
    link = next((k for k, w in enumerate(clause) if w in PART_LINKS), None)
    subject = set(clause[:link] if link is not None else ()) - WHOLE - ANSWER_WORDS
    return link is not None and bool(subject - {"the", "a", "an", "my", "their", "your"})


def _qualifies(after: Sequence[str]) -> bool:
    """ "good, I mean not great": a denial after the marker qualifies the answer before it rather
    than replacing it (read as a whole, it is the affirmed label or asked again)."""
    words = [t for t in after if _is_word(t)]
    if tuple(words[:3]) in FLAT_DENIALS:
        return False  # "yes a bit... no actually, not at all": a whole answer of its own
    return bool(words) and is_negator(words[0]) and words[0] not in TAKE_BACK_WORDS


def _marker_size(tokens: Sequence[str], i: int, language: str, no_is_answer: bool) -> int:
    """Length of the correction starting at tokens[i], or 0."""
    size = _markers_at(tokens, i) or _marker_before_number(tokens, i, language) or int(_wait_no(tokens, i))
    if size:
        return size
    one_word = (
        _bare_no_between_numbers(tokens, i, language)
        or _bare_no_opening_a_clause(tokens, i, no_is_answer)
        or _well_correction(tokens, i)
    )
    return 1 if one_word else 0


def cuts(
    tokens: Sequence[str], language: str, no_is_answer: bool = True
) -> Iterator[tuple[list[str], list[str]]]:
    """(before, after) at each correction in the reply, the last first; both hold words.
    `no_is_answer`: the question lists "no" among its answers (then a bare "no" is one)."""
    found: list[tuple[int, int]] = []
    for i in range(len(tokens)):
        size = _marker_size(tokens, i, language, no_is_answer)
        if size:
            found.append((i, i + size))
    for start, end in reversed(found):
        before, after = list(tokens[:start]), list(tokens[end:])
        said_no = tokens[start] == "no"  # "no wait yes": the "no" was the first answer
        answered_before = said_no or any(_is_word(t) for t in before)
        if (
            answered_before
            and any(_is_word(t) for t in after)
            and not _remark_on_a_part(after)
            and not _qualifies(after)
        ):
            yield before, after


# What opens the reason for a slip after the corrected answer: "yes, I was thinking of the other call".
SLIP_REASONS = (
    ("i", "was", "thinking"),
    ("was", "thinking"),
    ("i", "got", "mixed"),
    ("got", "mixed"),
    ("mixed", "up"),
    ("i", "was", "confusing"),
    ("i", "confused"),
    ("wrong", "one"),
)


def _without_slip_reason(words: list[str]) -> list[str]:
    """The words before a clause that explains the slip, or all of them."""
    for k in range(1, len(words)):
        if not _is_word(words[k - 1]) and any(tuple(words[k : k + len(r)]) == r for r in SLIP_REASONS):
            return words[: k - 1]
    return words


def answer_part(after: Sequence[str]) -> list[list[str]]:
    """The corrected answer as written, then without the take-back words in front of it
    ("no, only a bit" -> "only a bit"), for the parser to try in that order; a clause explaining
    the slip ("I was thinking of the other call") is left out of both."""
    words = _without_slip_reason(list(after))
    while words and not _is_word(words[0]):
        words.pop(0)
    tries = [words]
    trimmed = list(words)
    while trimmed and (trimmed[0] in TAKE_BACK_WORDS or not _is_word(trimmed[0])):
        trimmed.pop(0)
    if trimmed and trimmed != words:
        tries.append(trimmed)
    return tries


def carried_unit(before: Sequence[str], after: Sequence[str], language: str) -> list[str]:
    """ "5 weeks no 6" is six weeks: a bare number after the cut takes the unit said before it."""
    if any(t in DAY_UNITS for t in after):
        return list(after)
    units = [t for t in before if t in DAY_UNITS]
    first = next((k for k in range(len(after)) if number_at(list(after), k, language)), None)
    if len(units) != 1 or first is None:
        return list(after)
    num = number_at(list(after), first, language)
    end = num.end if num is not None else first + 1
    return [*after[:end], units[0], *after[end:]]
