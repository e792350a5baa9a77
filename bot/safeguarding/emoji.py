"""Emoji that carry a risk's verb or object, read as the words they stand for (screen only).

Round 12. Some residents text mostly in pictures: a bridge, a down arrow and a wave; a door and a
lock and "pls send someone"; a card and "gone". Normalising drops emoji, so those messages lose
the very words the concepts need. `read_emoji` puts a plain word in place of the emoji that can
carry risk, before the screen normalises, and leaves every other emoji to be dropped as before.

The words then meet the same concepts and combination rules as typed words: a lone 💊 is
"tablets" and raises nothing, as "tablets" does not; "🌉 ⬇️ tonight 👋" is a place, "tonight" and
a goodbye, which wry_kinds.py reads as a plan. A cross after an emoji says its thing is missing
("🍞❌" is "no food"), as residents write it. The classifier reads its own emoji words
(bot/text/normalise.py) and is not changed by this.
"""

from __future__ import annotations

import re

# The emoji whose meaning a concept can use, and the plain word for each. Kept to pictures with
# one everyday reading: 💀 (laughing, in young people's texts) and 🔥 (praise) are left out.
EMOJI_WORDS = {
    "🔪": "knife",
    "🗡": "knife",
    "💊": "tablets",
    "💉": "needle",
    "🌉": "bridge",
    "🪢": "rope",
    "🩸": "blood",
    "🚪": "door",
    "🔒": "locked",
    "🔐": "locked",
    "💳": "card",
    "💷": "money",
    "💵": "money",
    "💶": "money",
    "💰": "money",
    "💸": "money",
    "👋": "wave",
    "⬇": "down",
    "🔽": "down",
    "🌊": "water",
    "🚆": "train",
    "🚂": "train",
    "🚄": "train",
    "🚅": "train",
    "🛤": "train tracks",
    "🧕": "headscarf",
    "👳": "turban",
    "🦽": "wheelchair",
    "🦼": "wheelchair",
    "👊": "fist",  # a punch, or a fist bump: wry_kinds.py asks for a harm beside it
    "🤜": "fist",
    "🤕": "hurt",
    "🥶": "freezing",
    "🍞": "food",
    "🍽": "food",
    "🍼": "feed",
    "👶": "baby",
    "🛂": "passport",
    "📱": "phone",
    "🛁": "washing",
    "🤫": "secret",
}
# A cross or "no entry" after a picture: the thing is missing ("💷❌" is "no money").
_MISSING = "\u274c\U0001f6ab"
_NOISE = "\ufe0f\ufe0e\u200d"
_PICTURE = "(" + "|".join(map(re.escape, sorted(EMOJI_WORDS, key=len, reverse=True))) + ")"
_WITH_MISSING = re.compile(_PICTURE + f"\\s*[{_MISSING}]")
_ANY = re.compile(_PICTURE)
_NOISE_CHARS = re.compile(f"[{_NOISE}]")
_SPEEDUP = frozenset(EMOJI_WORDS)


def read_emoji(text: str) -> str:
    """`text` with each risk-carrying emoji replaced by its word, and "X❌" by "no X"."""
    if not any(char in _SPEEDUP for char in text):
        return text  # most messages: no such emoji
    text = _NOISE_CHARS.sub("", text)  # variation selectors and joiners carry no meaning here
    text = _WITH_MISSING.sub(lambda m: f" no {EMOJI_WORDS[m.group(1)]} ", text)
    return _ANY.sub(lambda m: f" {EMOJI_WORDS[m.group(1)]} ", text)
