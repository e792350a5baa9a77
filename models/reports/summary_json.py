"""A Summary as JSON-ready data for GET /api/v1/summary (and for the dashboard's chart)."""

from __future__ import annotations

from typing import Any

from models.base import iso_utc
from models.reports.summaries import SUPPRESS_BELOW, Figures, Group, Summary


def figures_dict(figures: Figures) -> dict[str, Any]:
    return {
        "count": figures.count,
        "excluded": figures.excluded,
        "suppressed": figures.suppressed,
        "positive_pct": figures.positive_pct,
        "negative_pct": figures.negative_pct,
        "top_box_pct": figures.top_box_pct,
        # Written out, not dataclasses.asdict: a year's summary has thousands of these.
        "goals": [
            {"measure": g.measure, "comparison": g.comparison, "target": g.target, "met": g.met}
            for g in figures.goals
        ],
        "goals_met": figures.goals_met,
    }


def group_dict(group: Group) -> dict[str, Any]:
    return {
        "key": group.key,
        "label": group.label,
        "questions": {qid: figures_dict(f) for qid, f in group.figures.items()},
    }


def summary_dict(summary: Summary, language: str) -> dict[str, Any]:
    """Everything the dashboard shows, in the API's shape; wording from config.yaml."""
    filters = summary.filters
    return {
        "survey": summary.survey.id,
        "since": iso_utc(summary.since),
        "until": iso_utc(summary.until),
        # Days, weeks and months are cut in this zone; since and until are its midnights.
        "time_zone": summary.time_zone,
        "first_day": summary.first_day.isoformat(),
        "last_day": summary.last_day.isoformat(),
        "filters": {"team": filters.team, "channel": filters.channel, "survey": filters.survey},
        "suppressed_below": SUPPRESS_BELOW,
        "questions": [
            {
                "id": q.id,
                "text": q.text.get(language) or next(iter(q.text.values())),
                "short": q.short.get(language),
                "dimension": q.dimension,
                **figures_dict(summary.overall[q.id]),
            }
            for q in summary.questions
        ],
        "trend": {"interval": summary.interval, "buckets": [group_dict(g) for g in summary.trend]},
        "by_team": [group_dict(g) for g in summary.by_team],
        "by_channel": [group_dict(g) for g in summary.by_channel],
    }
