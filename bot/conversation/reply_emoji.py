"""Emoji said as the answer, and when a person would not take them as one.

Emoji are read by their sense (reply_idioms.EMOJI_SENSES) where the table's families and the earlier
sets agree on it: 😊 is good (and "yes, a lot", "better" to the questions that ask so), 👎 is no. But
a face that only looks ("😐", "🤔") or an emoji no list holds ("⏰", "📈") is no answer: a reply made
only of emoji is asked again when one of them has no sense or two of them disagree ("🤷🙂", "⏰❌";
a thumbs-up agrees with a face beside it, but not with a thumbs-down or a frown: "👍👎").
A middling face grades only a question with grades: to "has it changed?" "😐" is not "the same". An
"👌" to "do you need more help?" may be "yes" or "I'm ok". Cheering beside a plain yes ("🙌 yesss")
says the resident is glad, not how much: where a plain yes is no answer, neither is a cheered one.
Pure: the parser gives the question's facts.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from bot.conversation.reply_idioms import ANGER, EMOJI_SENSES

# Joiners and modifiers that tokenise apart from the emoji they belong to ("🤷‍♀️" -> 🤷, ♀).
MODIFIERS = frozenset(("♀", "♂", "\ufe0f", "\u200d"))
# Cheering, not grading: beside a yes it says how glad, not how much.
CHEERS = frozenset("🙌🥳🎉👏🎊💃🕺")
# Thanks and softeners around an answer, which neither add to the emoji nor answer on their own.
FILLERS = frozenset(
    ("ta", "thanks", "thank", "you", "cheers", "x", "xx", "tbh", "i", "think", "to", "be", "honest")
) | frozenset(("honestly", "hmm", "well", "i'd", "say", "diolch", "yn", "fawr"))
# Senses a thumbs-up cannot agree with: "👍👎" is both answers, not a thumbs-down agreed to.
AGAINST = frozenset(("neg", "vneg", "no"))
YES_LIKE = frozenset(("yes", "yess", "yesss", "yessss", "yeah", "yeahh", "yep", "yay", "yaaay", "ye", "ya"))


def _is_emoji(token: str) -> bool:
    return not token[0].isalnum() and unicodedata.category(token[0]) == "So"


def emoji_only(tokens: Sequence[str]) -> list[str] | None:
    """The reply's emoji, less modifiers, when it holds nothing else but punctuation; else None."""
    found = [t for t in tokens if _is_emoji(t) and t not in MODIFIERS]
    rest = [t for t in tokens if t[0].isalnum() and t not in FILLERS]
    return found if found and not rest else None


def _sense(emoji: str) -> str | None:
    return "vneg" if emoji in ANGER else EMOJI_SENSES.get(emoji)


def unclear_emoji(tokens: Sequence[str], graded: bool, asks_about_need: bool) -> bool:
    """True when a reply of emoji alone is no answer a person would store (see the module's doc)."""
    found = emoji_only(tokens)
    if found is None:
        return False
    senses = {_sense(e) for e in found}
    if len(senses) > 1 and not senses & AGAINST:
        senses.discard("ack")  # "😀👍": a thumbs-up agrees with what it stands beside
    if None in senses or len(senses) > 1:
        return True  # "⏰", "🤷🙂", "⏰❌": a picture with no settled sense, or two that disagree
    sense = next(iter(senses))
    if sense == "neu" and not graded:
        return True  # "😐" to "has it changed?"
    return sense == "yes" and asks_about_need  # "👌" to "do you need more help?"


def cheered_yes(tokens: Sequence[str]) -> list[str] | None:
    """The words of a plain yes said with cheering emoji ("🙌🙌 yesss"), for the parser to read
    without them; None when the reply is not of that form."""
    words = [t for t in tokens if t[0].isalnum() and t not in FILLERS]
    cheered = any(t in CHEERS for t in tokens)
    if not cheered or not words or not all(w in YES_LIKE for w in words):
        return None
    return words
