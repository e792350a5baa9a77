"""The phrases that answer a question, per language, compiled once from config.yaml's wording."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.conversation.reply_idioms import SENSES
from bot.conversation.reply_words import to_words, tokenize
from settings import Question

Value = int | str
# Lower-case ASCII words, one space apart: text that normalising and tokenising leave as it is, so
# its words are its split. Most phrases the rules look up are like this ("yes", "sort of").
_PLAIN_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)*(?: [a-z]+(?:'[a-z]+)*)*")


def phrase_key(text: str) -> tuple[str, ...]:
    """A phrase's words as a reply's would be tokenised."""
    if _PLAIN_WORDS.fullmatch(text):
        return tuple(text.split(" "))
    return to_words(tokenize(text)).words


@dataclass(frozen=True)
class Lexicon:
    """Phrases (as word tuples) mapped to {value: phrase is in the reply's own language}."""

    phrases: dict[tuple[str, ...], dict[Value, bool]]
    starts: frozenset[str]
    vocabulary: frozenset[str]
    longest: int
    # The values of the phrases the rules look up by name (each sense's phrases, the config's own),
    # read once: the rules ask for them dozens of times a reply.
    named: dict[str, frozenset[Value]] = field(default_factory=dict, repr=False, compare=False)

    def values_of(self, text: str) -> set[Value]:
        """The values a phrase means on its own, e.g. values_of("yes")."""
        named = self.named.get(text)
        if named is not None:
            return set(named)
        return set(self.phrases.get(phrase_key(text), ()))


def build_lexicon(entries: Iterable[tuple[str, Value, bool]]) -> Lexicon:
    """Compile (phrase, value, in own language) entries, tokenised like replies."""
    phrases: dict[tuple[str, ...], dict[Value, bool]] = {}
    keys: dict[str, tuple[str, ...]] = {text: phrase_key(text) for texts in SENSES.values() for text in texts}
    for text, value, own in entries:
        key = keys.setdefault(text, phrase_key(text))
        if key:
            meanings = phrases.setdefault(key, {})
            meanings[value] = meanings.get(value, False) or own
    return Lexicon(
        phrases,
        frozenset(key[0] for key in phrases),
        frozenset(word for key in phrases for word in key),
        max((len(key) for key in phrases), default=0),
        {text: frozenset(phrases.get(key, ())) for text, key in keys.items()},
    )


# Phrases separated by "|". Every language's phrases are read in every conversation (residents
# mix languages); the conversation's own language wins where a phrase means two things.
YES_NO_WORDS = {
    "en": {
        "yes": "yes|y|yeah|yea|yep|yup|ya|aye|sure|definitely|absolutely|certainly|of course|correct"
        "|i did|they did|you did|yes please|i think so|think so|👍|✅|👌",
        "no": "no|n|nope|nah|never|not really|not at all|no way|i didn't|i did not|they didn't|they did not"
        "|you didn't|you did not"
        "|absolutely not|definitely not|certainly not|of course not|don't think so|👎|❌",
        "partly": "partly|partially|somewhat|kinda|some|mostly|sort of|kind of|a bit|a little|half and half"
        "|some of it|yes some|yes partly|in part|to some extent",
    },
    "cy": {
        "yes": "ie|do|ydw|odw|oes|ydy|do diolch",  # "odw": the south's "ydw"
        # "nagw", "nadw": the south's "nac ydw"
        "no": "na|naddo|nac ydw|nac odw|nag odw|nagw|nadw|nac oes|nac ydy"
        "|dim|dim o gwbl|ddim o gwbl|ddim eto|dim eto",
        "partly": "rhannol|yn rhannol|ychydig|braidd",
    },
}
# A problem sorted answers a question that asks whether it was ("Was your problem sorted out?"),
# and only such a question: to "Did we call you back?", "it got sorted" says nothing of a call.
RESOLUTION_WORDS = {
    "en": {
        "yes": "sorted|all sorted|sorted out|fixed|all fixed|solved|resolved|it's fixed|it's sorted"
        "|is fix|is solve|finished|all finished|is finish|is finished|it's finished|all done|it's done"
        "|is done|job done|done",
        "no": "not sorted|not fixed|not solved|not resolved|not fix|not solve|still broken|still not fixed"
        "|still not sorted|still not fix|not finished|not done|not finish|still not done|still not finished"
        # "nothing fixed", "nowt done", "nothing's been sorted": nothing was
        + "".join(
            f"|{nothing} {done}"
            for nothing in (
                "nothing",
                "nowt",
                "nothing's",
                "nothing has been",
                "nothing's been",
                "nothing was",
            )
            + ("nothing got", "nothing is", "nothing ever got")
            for done in ("fixed", "sorted", "solved", "resolved", "done", "finished", "sorted out")
        ),
    },
    "cy": {"yes": "wedi'i ddatrys|wedi'i datrys|wedi'i drwsio|wedi'i sortio|wedi sortio|wedi datrys"},
}
# A call made or not answers a question that asks about one ("Did we call you back?"), and only such
# a question: to "Did they listen?", "still waiting for a call back" says nothing of listening.
CALL_WORDS = {
    "en": {
        # someone else in the home took the call: the call was made
        "yes": "took the call|answered the call|took their call|picked up the call|got the call",
        # the resident had to make the call themselves, or is still waiting for it
        "no": "|".join(
            f"{verb} them myself" for verb in ("rang", "ringing", "called", "calling", "phoned", "phoning")
        )
        + "|i had to ring them|i had to call them|i had to phone them|had to chase them|i chased them"
        + "|yet to hear"
        + "".join(
            f"|still waiting {on} {what}"
            for on in ("on", "for")
            for what in ("that call", "a call", "the call", "a call back", "them to call", "them to ring")
        )
        + "|waiting by the phone|sat by the phone|sitting by the phone",
    },
}
CALL_CUES = ("call", "ring", "rang", "phone", "ffonio")
# Words in a question's own text that say it asks about a problem being sorted.
RESOLUTION_CUES = ("sorted", "fixed", "solved", "resolved", "datrys", "trwsio", "sortio")
LANGUAGES = ("en", "cy")


def _asks_about(question: Question, cues: tuple[str, ...]) -> bool:
    return any(cue in str(text).lower() for text in question.text.values() for cue in cues)


def asks_about_calls(question: Question) -> bool:
    """True for a yes/no question about a call being made ("Did we call you back?")."""
    return question.type == "yes_no" and _asks_about(question, CALL_CUES)


def _entries(question: Question, language: str) -> Iterable[tuple[str, Value, bool]]:
    """(phrase, value, in the reply's own language) for every phrase that answers the question."""
    for lang in (language, *(other for other in LANGUAGES if other != language)):
        own = lang == language
        if question.type == "choice":
            for choice in question.choices:
                for text in [choice.label.get(lang, ""), *choice.accept.get(lang, [])]:
                    yield str(text), choice.value, own
        elif question.type == "scale":
            for value, words in question.labels.items():
                yield from ((text, value, own) for text in words.get(lang, []))
        elif question.type == "yes_no":
            for word, texts in YES_NO_WORDS.get(lang, {}).items():
                yield from ((text, word, own) for text in texts.split("|"))
            for table, cues in ((RESOLUTION_WORDS, RESOLUTION_CUES), (CALL_WORDS, CALL_CUES)):
                if _asks_about(question, cues):
                    for word, texts in table.get(lang, {}).items():
                        yield from ((text, word, own) for text in texts.split("|"))


# Question is a frozen pydantic model but not hashable (dict fields), so cache on its
# identity; each entry keeps its question alive so the id cannot be reused meanwhile.
_LEXICONS: dict[tuple[int, str], tuple[Question, Lexicon]] = {}
_CACHE_LIMIT = 512


def lexicon_for(question: Question, language: str) -> Lexicon:
    """The question's phrases in a language, compiled once."""
    key = (id(question), language)
    cached = _LEXICONS.get(key)
    if cached is not None and cached[0] is question:
        return cached[1]
    lexicon = build_lexicon(_entries(question, language))
    if len(_LEXICONS) >= _CACHE_LIMIT:
        _LEXICONS.clear()
    _LEXICONS[key] = (question, lexicon)
    return lexicon
