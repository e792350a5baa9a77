"""The shipped config.yaml loads, and every English message it makes the bot send fits one GSM-7 segment."""

from __future__ import annotations

import pytest

from bot.conversation.segments import is_gsm7, non_gsm7, segments
from bot.conversation.surveys import fill, question_prompt, unclear_hint
from settings import DEFAULT_CONFIG_PATH, load_config

# The file a council edits, not tests/config.yaml: this is the wording residents get.
CONFIG = load_config(DEFAULT_CONFIG_PATH)


def english_templates() -> list[tuple[str, str]]:
    """(name, text) for every outbound English text, placeholders filled."""
    out = []
    for name, template in CONFIG.messages["en"].model_dump().items():
        if template is None:  # an optional message left out
            continue
        out.append((f"messages.en.{name}", fill(CONFIG, template, hint="", min=1, max=6)))
    for survey in CONFIG.surveys:
        out.append((f"{survey.id}.intro", fill(CONFIG, survey.intro["en"])))
        out.append((f"{survey.id}.thanks", fill(CONFIG, survey.thanks["en"])))
        for question in survey.questions:
            out.append((f"{survey.id}.{question.id}", question_prompt(question, "en")))
            out.append((f"{survey.id}.{question.id}.unclear", unclear_hint(CONFIG, question, "en")))
    # Optional wording: a council may switch safeguarding or "you said, we did" off.
    optional = {"safeguarding.safety_reply.en": CONFIG.safeguarding.safety_reply.get("en")}
    for name in ("question", "thanks_yes", "thanks_no"):
        optional[f"you_said_we_did.{name}.en"] = getattr(CONFIG.you_said_we_did, name).get("en")
    out += [(name, fill(CONFIG, wording)) for name, wording in optional.items() if wording is not None]
    return out


@pytest.mark.parametrize(
    "name, text", english_templates(), ids=lambda v: v if isinstance(v, str) and "." in v else ""
)
def test_english_template_is_one_gsm7_segment(name, text):
    assert is_gsm7(text), f"{name} has non-GSM-7 characters {non_gsm7(text)!r} (curly quotes?)"
    assert segments(text) == 1, f"{name} is {len(text)} characters: more than one SMS segment"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("€" * 80, 1),  # extension characters cost two septets
        ("€" * 81, 2),
        ("don’t", 1),  # curly quote: UCS-2, still short
        ("ŵ" * 70, 1),
        ("ŵ" * 71, 2),
        ("👍" * 35, 1),  # an emoji is two UTF-16 units
        ("👍" * 36, 2),
    ],
)
def test_segment_counting(text, expected):
    assert segments(text) == expected


def test_curly_quote_is_not_gsm7():
    assert not is_gsm7("Don’t know") and non_gsm7("Don’t know") == "’"
