"""Screening a resident's words for risk: concept rules, the council's phrasings, then the trained model.

Pure text in, the first layer that fires out (as a `Match` with category,
severity and a reason a social worker can read); no database, nothing leaves
the server. Any layer can raise the alert:

1. concepts (concepts.py): built-in combinations of word families, with
   negation, resolution and figurative speech handled by rule;
2. the council's own phrasings in config.yaml `safeguarding.rules`;
3. the classifier (classifier.py) trained on data/safeguarding/.
The council's `not_risk` phrasings are taken out before any layer looks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

from bot.safeguarding import context
from bot.safeguarding.classifier import classifier
from bot.safeguarding.phrasings import MAX_SCREENED_CHARS, Screen, normalise, screen_for
from bot.safeguarding.rules import rules
from bot.safeguarding.words import CATEGORY_NAMES
from settings import Safeguarding, SafeguardingCategory, SafeguardingSeverity

__all__ = ["CATEGORIES", "SEVERITIES", "Match", "Screen", "normalise", "screen", "screen_for"]

CATEGORIES: tuple[str, ...] = get_args(SafeguardingCategory)
SEVERITIES: tuple[str, ...] = get_args(SafeguardingSeverity)
MAX_PHRASE = 300

# Severity of a hit that names no concept (council phrasings, the classifier).
DEFAULT_SEVERITY = {"suicide_self_harm": "urgent"}
# Rule names used before categories existed, and the category their alerts now carry.
OLDER_RULE_NAMES = {
    "abuse": "physical",
    "violence": "physical",
    "unsafe": "crisis",
    "no_food_or_heating": "crisis",
    "cant_cope": "crisis",
}


@dataclass(frozen=True)
class Match:
    rule: str  # kept for stored alerts and the API's `matched`: the concept or config rule that fired
    phrase: str  # what matched, short: the words, or "classifier"
    category: str  # one of CATEGORIES
    severity: str  # "urgent" | "concern"
    reason: str  # one sentence for a social worker
    layer: str  # "rules" | "classifier"


def screen(settings: Safeguarding, text: str) -> Match | None:
    """The first risk found in `text`, or None (always None when screening is off)."""
    if not settings.enabled:
        return None
    text = screen_for(settings).without_not_risk(text[:MAX_SCREENED_CHARS])
    hit = rules().match(text)
    if hit is not None:
        words = _short(hit.words)
        concept = hit.concept
        return Match(
            concept.name, words, concept.category, concept.severity, f"{concept.reason}: {words}", "rules"
        )
    phrasing = screen_for(settings).first_match(text)
    if phrasing is not None:
        name, phrase = phrasing
        category = rule_category(settings, name)
        reason = f"Matched the council's phrasing for {_words(category)}: {phrase}"
        return Match(name, _short(phrase), category, rule_severity(settings, name), _short(reason), "rules")
    model = classifier() if settings.classifier else None
    threshold = (settings.classifier_threshold or model.threshold) if model is not None else 1.0
    if model is not None and context.risk(model, text, threshold) >= threshold:
        verdict = model.verdict(text)
        words = ", ".join(verdict.top) or "the message as a whole"
        reason = (
            f"The trained screen judged this a likely disclosure of {_words(verdict.category)}"
            f" (score {verdict.risk:.2f}; words weighing most: {words})"
        )
        severity = DEFAULT_SEVERITY.get(verdict.category, "concern")
        return Match("classifier", "classifier", verdict.category, severity, _short(reason), "classifier")
    return None


def rule_category(settings: Safeguarding, name: str) -> str:
    """The category a council rule's alerts carry (config, its own name, an older name, or crisis)."""
    if name in settings.categories:
        return settings.categories[name]
    if name in CATEGORIES:
        return name
    return OLDER_RULE_NAMES.get(name, "crisis")


def rule_severity(settings: Safeguarding, name: str) -> str:
    return settings.severities.get(name) or DEFAULT_SEVERITY.get(rule_category(settings, name), "concern")


def _words(category: str) -> str:
    """The category as it reads inside a sentence ("physical abuse")."""
    name = CATEGORY_NAMES[category]
    return name[0].lower() + name[1:]


def _short(text: str) -> str:
    return text if len(text) <= MAX_PHRASE else text[: MAX_PHRASE - 1] + "…"
