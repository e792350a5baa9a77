"""What the public pages say, in the visitor's language: config.yaml's public_results wording."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from flask import request

from models.reports.public import Quarter
from settings import Config, PublicWording, Question


@dataclass(frozen=True)
class Words:
    """One language's wording plus the lookups templates need."""

    lang: str
    text: PublicWording
    config: Config

    def quarter(self, quarter: Quarter) -> str:
        last = quarter.end - timedelta(days=1)
        months = self.text.months
        return self.text.quarter.format(
            first=months[quarter.start.month - 1], last=months[last.month - 1], year=last.year
        )

    @staticmethod
    def number(value: float) -> str:
        """90.0 as "90", 87.5 as "87.5"."""
        return f"{value:g}"

    def month(self, day) -> str:
        return f"{self.text.months[day.month - 1]} {day.year}"

    def team(self, team_id: str | None) -> str:
        if team_id is None:
            return self.config.organisation.name
        team = self.config.team(team_id)
        return self.text.team_names.get(team_id) or (team.name if team else team_id)

    def theme(self, theme: str) -> str:
        return self.text.theme_names.get(theme) or theme.replace("_", " ")

    def question(self, question: Question) -> str:
        default = self.config.organisation.default_language
        return question.short.get(self.lang) or question.short.get(default) or question.text[self.lang]

    def status(self, status: str) -> str:
        return getattr(self.text, f"status_{status}")

    def languages(self) -> list[tuple[str, str]]:
        """(code, the language's name in itself) for the language switch."""
        texts = self.config.public_results.text
        offered = self.config.organisation.languages
        return [(code, texts[code].language_name) for code in offered if code in texts]


def words_for_request(config: Config) -> Words:
    """?lang=cy when Welsh is offered; otherwise the organisation's default language."""
    texts = config.public_results.text
    asked = request.args.get("lang", "")
    offered = config.organisation.languages
    lang = asked if asked in offered and asked in texts else config.organisation.default_language
    return Words(lang, texts[lang], config)
