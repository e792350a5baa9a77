"""The learned fallback behind the rules: a text model of what a reply means, trusted only when sure.

The model (data/replies/reply_model.json, built by `python -m bot.conversation.reply_training`) reads a reply
and names a *sense* ("vpos", "partly", "no", ... or "reask"); each question's own wording turns a
sense into one of its values. It is asked only when the rules found nothing in a reply, it never
proposes a value below the confidence threshold chosen on grouped out-of-fold probabilities, and
a sense the question has no option for is asked again.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from bot.conversation.lexicon import Lexicon, Value, lexicon_for
from bot.conversation.reply_rules import sense_phrase
from bot.text.linear import LinearTextModel
from settings import Question

MODEL_PATH = Path(__file__).resolve().parents[2] / "data" / "replies" / "reply_model.json"
REASK = "reask"
# Most specific first: a value takes the first sense whose phrases name it ("yes" before "vpos").
SENSE_ORDER: tuple[str, ...] = ("yes", "no", "partly", "notneeded", "better", "same", "worse", "dk")
SENSE_ORDER += ("vpos", "pos", "neu", "neg", "vneg")
FALLBACK_KINDS = frozenset(("choice", "scale", "yes_no"))


def value_senses(lexicon: Lexicon) -> Mapping[Value, str]:
    """Each value of a question that some sense names, with that sense (worked out once per lexicon,
    read-only: a reply's rules ask for it a few times)."""
    cached = _VALUE_SENSES.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        if len(_VALUE_SENSES) >= 512:
            _VALUE_SENSES.clear()
        cached = (lexicon, MappingProxyType(_value_senses(lexicon)))
        _VALUE_SENSES[id(lexicon)] = cached
    return cached[1]


_VALUE_SENSES: dict[int, tuple[Lexicon, Mapping[Value, str]]] = {}


def _value_senses(lexicon: Lexicon) -> dict[Value, str]:
    senses: dict[Value, str] = {}
    for sense in SENSE_ORDER:
        phrase = sense_phrase(lexicon, sense)
        values = lexicon.values_of(phrase) if phrase else set()
        if len(values) == 1 and (value := next(iter(values))) not in senses:
            senses[value] = sense
    return senses


def sense_values(lexicon: Lexicon) -> dict[str, Value]:
    """The value each sense stands for in this question."""
    return {sense: value for value, sense in value_senses(lexicon).items()}


def load() -> LinearTextModel | None:
    """The saved model, or None before it is trained (then the rules alone decide)."""
    try:
        return LinearTextModel.load(MODEL_PATH)
    except FileNotFoundError:
        return None


def threshold(model: LinearTextModel) -> float:
    """The confidence a proposal needs, chosen at training time; 1.0 (never) if the file has none."""
    return float(model.metadata.metrics.get("threshold", 1.0))


def propose_with(
    model: LinearTextModel, cutoff: float, question: Question, text: str, language: str
) -> Value | None:
    """The value `model` proposes for a reply at confidence `cutoff`, or None (ask again)."""
    if question.type not in FALLBACK_KINDS:
        return None
    sense, probability = model.predict(text)
    if sense == REASK or probability < cutoff:
        return None
    return sense_values(lexicon_for(question, language)).get(sense)


def propose(question: Question, text: str, language: str = "en") -> Value | None:
    """A value for a reply the rules found nothing in, or None (ask again)."""
    model = load()
    return None if model is None else propose_with(model, threshold(model), question, text, language)


def doubts_with(
    model: LinearTextModel, cutoff: float, question: Question, text: str, language: str, value: Value
) -> bool:
    """True when `model` is sure, at `cutoff`, that a reply the rules stored as `value` means another
    of the question's values, or should be asked again (sarcasm, a relayed answer, a question back)."""
    if question.type not in FALLBACK_KINDS:
        return False
    sense, probability = model.predict(text)
    if probability < cutoff:
        return False
    if sense == REASK:
        return True
    meant = sense_values(lexicon_for(question, language)).get(sense)
    return meant is not None and meant != value


def doubts(question: Question, text: str, language: str, value: Value) -> bool:
    """The second opinion on a stored value: True means ask again. Off (False) unless the saved model
    carries a second-opinion cut."""
    model = load()
    cutoff = None if model is None else model.metadata.metrics.get("second_opinion")
    return cutoff is not None and doubts_with(model, float(cutoff), question, text, language, value)  # type: ignore[arg-type]
