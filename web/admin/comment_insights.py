"""The dashboard's comments panel: per team, the top themes and the share of negative comments."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from flask import request
from sqlalchemy.orm import Session

from models.comment_tallies import comment_tallies_cover, kept_team_insights
from models.local_days import stored_time_zone
from models.reports.comments import CommentFilters, TeamInsight, team_insights
from models.reports.responses import ResponseFilters
from settings import Config

# Dashboard filters that mean the same on the comments page (team is set per row).
CARRIED = ("period", "since", "until", "channel")


@dataclass(frozen=True)
class CommentPanel:
    teams: list[TeamInsight]
    team_names: dict[str, str]
    link_args: dict[str, str]  # the dashboard's period and channel, for links into the comments


def comment_panel(
    session: Session, config: Config, filters: ResponseFilters, since: datetime, until: datetime
) -> CommentPanel:
    """team_insights for the dashboard's filters and period, with what the links need.

    From the kept counts (models/comment_tallies.py) when they answer exactly, so the
    panel's cost follows the days and teams shown rather than the comments in them.
    """
    comment_filters = CommentFilters(responses=replace(filters, since=since, until=until))
    zone = config.organisation.time_zone
    if comment_tallies_cover(comment_filters, zone, stored_time_zone(session)):
        insights = kept_team_insights(session, comment_filters, zone)
    else:
        insights = team_insights(session, comment_filters)
    args = {key: request.args[key] for key in CARRIED if request.args.get(key)}
    return CommentPanel(insights, {t.id: t.name for t in config.teams}, args)
