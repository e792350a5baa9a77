"""The screen's categories and severities in words staff understand (pages, e-mails, exports)."""

from __future__ import annotations

CATEGORY_NAMES = {
    "physical": "Physical abuse",
    "domestic": "Domestic abuse",
    "sexual": "Sexual abuse",
    "psychological": "Psychological or emotional abuse",
    "financial": "Financial or material abuse",
    "modern_slavery": "Modern slavery",
    "discriminatory": "Discriminatory abuse",
    "organisational": "Organisational abuse",
    "neglect": "Neglect or acts of omission",
    "self_neglect": "Self-neglect",
    "suicide_self_harm": "Suicide or self-harm",
    "crisis": "Immediate danger or crisis",
    "children": "A child at risk",
    "carer_breakdown": "Carer breakdown",
}
SEVERITY_NAMES = {
    "urgent": "Urgent",
    "concern": "Concern",
}
LAYER_NAMES = {
    "rules": "a configured phrasing (rules)",
    "classifier": "the trained text model (classifier)",
}
# Alerts raised before the screen gave a category keep NULL rather than a guess.
BEFORE_CATEGORIES = "raised before categories"


def category_name(category: str | None) -> str:
    return CATEGORY_NAMES.get(category, category) if category else BEFORE_CATEGORIES


def severity_name(severity: str | None) -> str:
    return SEVERITY_NAMES.get(severity, severity) if severity else BEFORE_CATEGORIES
