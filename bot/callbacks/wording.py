"""The resident-facing wording of callbacks, from config.yaml `callbacks` (English and Welsh)."""

from __future__ import annotations

from datetime import date

from bot.conversation.surveys import fill
from settings import Config


def team_name(config: Config, team_id: str | None) -> str:
    """The team's name as residents see it; the organisation's when there is no team."""
    team = config.team(team_id) if team_id else None
    return team.name if team else config.organisation.name


def say(config: Config, field: str, language: str, team_id: str | None, **values: object) -> str:
    """One `callbacks` wording in `language`, with {team} and any other values filled in."""
    wording: dict[str, str] = getattr(config.callbacks, field)
    template = wording.get(language) or wording[config.organisation.default_language]
    return fill(config, template, team=team_name(config, team_id), **values)


def due_words(day: date) -> str:
    """The due date as residents read it in either language: 01/12/2026."""
    return day.strftime("%d/%m/%Y")
