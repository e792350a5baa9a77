"""How a survey's questions and messages read in a given language."""

from __future__ import annotations

from collections.abc import Container

from settings import Config, Question, Survey


def pick_language(config: Config, *candidates: str | None) -> str:
    """The first candidate the organisation offers, else its default language."""
    offered = config.organisation.languages
    for candidate in candidates:
        if candidate:
            short = candidate.lower().replace("_", "-").split("-")[0]
            if short in offered:
                return short
    return config.organisation.default_language


def fill(config: Config, template: str, **values: object) -> str:
    """Substitute {organisation} and any named values into a template."""
    text = template.replace("{organisation}", config.organisation.name)
    for key, value in values.items():
        text = text.replace("{" + key + "}", str(value))
    return text


def question_options(question: Question, language: str) -> tuple[tuple[str, str], ...]:
    """(label, reply) pairs for one-tap buttons: choices, scale points, yes/no."""
    if question.type == "choice":
        return tuple((f"{c.value} {c.label[language]}", str(c.value)) for c in question.choices)
    if question.type == "scale":
        return tuple((str(n), str(n)) for n in range(question.min, question.max + 1))
    if question.type == "yes_no":
        yes, no, partly = ("Ie", "Na", "Yn rhannol") if language == "cy" else ("Yes", "No", "Partly")
        pairs = [(yes, "yes"), (no, "no")]
        return tuple(pairs + [(partly, "partly")] if question.allow_partly else pairs)
    return ()


def question_prompt(question: Question, language: str) -> str:
    """The question as one message: its text, then its numbered answers."""
    lines = [question.text[language]]
    if question.type == "choice":
        lines += [f"{c.value} {c.label[language]}" for c in question.choices]
    elif question.type == "scale":
        lines.append(f"{question.min}-{question.max}")
    return "\n".join(lines)


def unclear_hint(config: Config, question: Question, language: str) -> str:
    """'Sorry, I did not understand that.' plus the hint for the question's type."""
    messages = config.messages[language]
    if question.type in ("choice", "scale"):
        values = [c.value for c in question.choices] or [question.min, question.max]
        hint = fill(config, messages.hint_choice, min=min(values), max=max(values))
    elif question.type == "yes_no":
        hint = messages.hint_yes_no
    elif question.type == "number":
        hint = messages.hint_number
    else:
        hint = messages.hint_text
    return fill(config, messages.unclear, hint=hint)


def next_question(survey: Survey, answered: Container[str]) -> Question | None:
    """The first question not yet answered (or skipped), in survey order."""
    return next((q for q in survey.questions if q.id not in answered), None)
