"""A learned second look at the classifier's alarms, as the ruler reads it (measured, not shipped).

The risk model reads words and n-grams. It cannot see what the rules' machinery knows about the
same message: a harm found only negated, resolved or set aside as an idiom, a settled sentence, a
past with a "good now", whether the words are about the writer or someone else, and how far its own
score fell when an idiom was blanked or the settled sentences dropped (`evidence`). The look is a
small logistic regression over exactly these, trained on the natural sets' rows the classifier alone
scores at `FLOOR` or more; a classifier alarm it gives less than a veto's chance of being a
disclosure would be dropped. A rule hit is never put to it.

`python -m bench.safeguarding_sets` reads it set by set, each set by a risk model and a look trained
without it (`look_by_set` there). Rounds 17 and 18 measured it and did not ship it: with set W among
the sets, at the shipped cut it removes about as many false alarms as disclosures it loses
(docs/evaluation.md, "Round 18 (classifier)").
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bot.safeguarding import context
from bot.safeguarding.cues import NEGATORS
from bot.safeguarding.history import GOOD_NOW, PAST
from bot.safeguarding.rules import FOUND, normalise, rules

# The look's inverse regularisation and its veto as round 17 read them (the ruler prints neighbours).
C = 0.3
VETO = 0.05
# Rows the classifier alone scores at least this are what the look learns from (below every cut
# the ruler reads, so the look also knows the alarms a lower cut would raise).
FLOOR = 0.5
DIGITS = 6

FIRST = frozenset({"i", "me", "my", "im", "ive", "id", "myself", "mine", "ill"})
THIRD = frozenset({"he", "she", "they", "him", "her", "his", "their", "them", "hes", "shes", "theyre"})
SECOND = frozenset({"you", "your", "youre", "u", "ur"})


@dataclass(frozen=True)
class Readings:
    """The classifier's scores for a message as the screen reads it (context.risk)."""

    whole: float
    idioms: float | None  # with everyday idioms blanked (None: the message has none)
    settled: float | None  # without its settled sentences (None: none is settled)

    @property
    def score(self) -> float:
        """The screen's score: the lowest reading (an alarm needs every one over the cut)."""
        return min(s for s in (self.whole, self.idioms, self.settled) if s is not None)


def read(risk: Callable[[str], float], text: str) -> Readings:
    """Every reading of `text` the screen may take, by `risk` (a risk model's score of a text)."""
    plain = context.without_idioms(text)
    rest = context.unsettled(text)
    return Readings(
        risk(text),
        None if plain is None else risk(plain),
        None if rest is None else (risk(rest) if rest.strip() else 0.0),
    )


def _log_odds(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


@lru_cache(maxsize=4096)
def _text_evidence(text: str) -> tuple[tuple[str, float], ...]:
    """What the rules' machinery makes of a text: findings by status, markers, who it is about."""
    words = normalise(text)
    tokens = words.split() or [""]
    out: dict[str, float] = {}
    on_screen = rules().screen_findings(text)
    for finding in on_screen:
        out[finding.status] = out[f"{finding.status}:{finding.hit.concept.category}"] = 1.0
    in_words = {f.hit.concept.name for f in rules().findings(text) if f.status == FOUND}
    found = {f.hit.concept.name for f in on_screen if f.status == FOUND}
    marks = {
        "set_aside": bool(in_words - found),  # an idiom, a joke, a calm remark the rules set aside
        "idiom": context.without_idioms(text) is not None,
        "settled": context.unsettled(text) is not None,
        "past": PAST.search(words) is not None,
        "good_now": GOOD_NOW.search(words) is not None,
        "question": "?" in text,
    }
    out.update({name: 1.0 for name, present in marks.items() if present})
    for name, group in (("first", FIRST), ("third", THIRD), ("second", SECOND), ("negators", NEGATORS)):
        out[name] = 10 * sum(t in group for t in tokens) / len(tokens)
    out["length"] = math.log(len(tokens))
    return tuple(sorted(out.items()))


def evidence(text: str, readings: Readings) -> dict[str, float]:
    """The look's features for a classifier alarm on `text` (the council's not_risk phrasings out)."""
    out = dict(_text_evidence(text))
    out["log_odds"] = _log_odds(readings.score)
    out["log_odds_whole"] = _log_odds(readings.whole)
    for name, other in (("idiom_gap", readings.idioms), ("settled_gap", readings.settled)):
        if other is not None:
            out[name] = _log_odds(readings.whole) - _log_odds(other)
    return out


def fit(examples: Sequence[tuple[str, Readings, bool]], c: float = C, veto: float = VETO) -> dict[str, Any]:
    """The look's stored form, learnt from (text, readings, is a disclosure) candidates."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = DictVectorizer(sort=True)
    matrix = vectoriser.fit_transform([evidence(text, readings) for text, readings, _ in examples])
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    model.fit(matrix, [risk for _, _, risk in examples])
    sign = 1.0 if bool(model.classes_[1]) else -1.0
    weights = {
        name: round(sign * float(w), DIGITS)
        for name, w in zip(vectoriser.get_feature_names_out(), model.coef_[0], strict=True)
    }
    return {
        "c": c,
        "veto": veto,
        "floor": FLOOR,
        "examples": len(examples),
        "disclosures": sum(risk for _, _, risk in examples),
        "intercept": round(sign * float(model.intercept_[0]), DIGITS),
        "weights": weights,
    }


class SecondLook:
    """A stored look: the chance a classifier alarm is a disclosure, and whether it is vetoed."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.veto: float = data["veto"]
        self.intercept: float = data["intercept"]
        self.weights: dict[str, float] = dict(data["weights"])

    def chance(self, text: str, readings: Readings) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in evidence(text, readings).items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def vetoes(self, text: str, readings: Readings) -> bool:
        return self.chance(text, readings) < self.veto
