"""A small synthetic labelled corpus for the text machinery's tests, built from templates."""

from __future__ import annotations

import random

CUES = {
    "positive": ["great", "kind", "really helpful", "listened to me", "brilliant", "thank you", "👍"],
    "negative": ["rude", "ignored me", "awful", "always late", "never called back", "not helpful", "😡"],
    "neutral": ["ok", "the visit", "on tuesday", "a letter", "about the form"],
}
FILLERS = ["the staff", "my worker", "today", "it was", "and", "she", "he"]
TEMPLATES = ["{a} {b}", "{b}, {a}.", "{a}! {f} {b}", "{f} {a} {b}?", "{a} - {f} {a}"]


def corpus(n: int, labels: tuple[str, ...] = ("positive", "negative", "neutral"), seed: int = 0):
    """`n` (text, label, template index) triples; the template is a natural group to hold out."""
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        label = rng.choice(labels)
        template = rng.randrange(len(TEMPLATES))
        text = TEMPLATES[template].format(
            a=rng.choice(CUES[label]), b=rng.choice(CUES[label] + FILLERS), f=rng.choice(FILLERS)
        )
        rows.append((text, label, f"template{template}"))
    return rows
