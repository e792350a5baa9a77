"""The dashboard's comments panel: per team, the top themes and the share of negative comments.

Each row's text and links are made here, once per row: as Jinja `url_for` calls and
`format` filters they were about a tenth of the page's time at 30 days.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache
from urllib.parse import quote_plus

from flask import request, url_for
from markupsafe import Markup, escape
from sqlalchemy.orm import Session

from models.comment_tallies import (
    comment_tallies_cover,
    insights_from_kept,
    kept_team_insights,
    panel_params,
    panel_shape,
    panel_statement,
)
from models.local_days import stored_time_zone
from models.reports.comments import (
    NEGATIVE_OR_MIXED,
    SMALL_NUMBER,
    CommentFilters,
    TeamInsight,
    team_insights,
)
from models.reports.responses import ResponseFilters
from models.reports.summaries import Beside
from settings import Config

# Dashboard filters that mean the same on the comments page (team is set per row).
CARRIED = ("period", "since", "until", "channel")
# What url_for leaves unescaped in a query string (werkzeug.urls), so the links read as before.
URL_SAFE = "!$'()*,/:;?@"
FEW = "fewer than 5"


@dataclass(frozen=True)
class ThemeLink:
    label: str
    count: str
    href: str | None


@dataclass(frozen=True)
class PanelRow:
    """One team's row as shown: text ready, links None where there is nothing to follow."""

    key: str  # data-team and data-figure name: the team id, or "none"
    name: str
    suppressed: bool
    comments: str
    comments_href: str | None
    negative: str
    negative_href: str | None
    themes: tuple[ThemeLink, ...]


@dataclass(frozen=True)
class CommentPanel:
    rows: list[PanelRow]
    link_args: dict[str, str]  # the dashboard's period and channel, for links into the comments


def comment_panel(
    session: Session,
    config: Config,
    filters: ResponseFilters,
    since: datetime,
    until: datetime,
    kept_zone: str | None = None,
    kept_counts: Sequence[Sequence] | None = None,
) -> CommentPanel:
    """team_insights for the dashboard's filters and period, with what the links need.

    From the kept counts (models/comment_tallies.py) when they answer exactly, so the
    panel's cost follows the days and teams shown rather than the comments in them.
    `kept_zone` is the zone they are kept in, when the caller has read it already;
    `kept_counts` the rows of `panel_beside`'s statement, when the caller has read them.
    """
    comment_filters = CommentFilters(responses=replace(filters, since=since, until=until))
    zone = config.organisation.time_zone
    if comment_tallies_cover(comment_filters, zone, kept_zone or stored_time_zone(session)):
        if kept_counts is not None:
            insights = insights_from_kept(kept_counts)
        else:
            insights = kept_team_insights(session, comment_filters, zone)
    else:
        insights = team_insights(session, comment_filters)
    args = {key: request.args[key] for key in CARRIED if request.args.get(key)}
    names = {t.id: t.name for t in config.teams}
    base = url_for("admin.comments")
    return CommentPanel([panel_row(insight, names, base, args) for insight in insights], args)


def panel_beside(config: Config, filters: ResponseFilters, since: datetime, until: datetime) -> Beside:
    """The panel's read of the kept counts, to send with the figures' statement (`summarise`):
    one statement a page fewer. Its rows are what `comment_panel` takes as `kept_counts`."""
    responses = replace(filters, since=since, until=until)
    zone = config.organisation.time_zone
    return Beside(panel_shape(responses), panel_statement(responses), panel_params(responses, zone))


@lru_cache(maxsize=1024)
def _encoded(name: str, value: str) -> str:
    """One query argument as urlencode({name: value}, safe=URL_SAFE) writes it, without its
    per-call checks (20 links a page), remembered: the teams, themes and filters recur."""
    return f"{quote_plus(name, safe=URL_SAFE)}={quote_plus(value, safe=URL_SAFE)}"


NEGATIVE_QUERY = _encoded("sentiment", NEGATIVE_OR_MIXED)


def panel_row(insight: TeamInsight, names: dict[str, str], base: str, args: dict[str, str]) -> PanelRow:
    team = insight.team
    key = team or "none"
    name = names.get(team, team) if team else "No team"
    if insight.suppressed:
        return PanelRow(key, name, True, FEW, None, FEW, None, ())
    # The dashboard's arguments and the team, encoded once for every link of the row.
    team_query = (
        "&".join([*(_encoded(k, v) for k, v in args.items()), _encoded("team", team)]) if team else None
    )

    def link(first: str | None = None) -> str | None:
        # The order url_for gave them: the link's own argument, then the dashboard's.
        if team_query is None:
            return None
        return f"{base}?{first}&{team_query}" if first else f"{base}?{team_query}"

    share = insight.negative_share or 0.0
    themes = tuple(
        ThemeLink(
            theme.replace("_", " ").capitalize(),
            str(n) if n >= SMALL_NUMBER else FEW,
            link(_encoded("theme", theme)),
        )
        for theme, n in insight.top_themes
    )
    return PanelRow(
        key,
        name,
        False,
        f"{insight.comments:,}",
        link(),
        f"{share * 100:.1f}%",
        link(NEGATIVE_QUERY),
        themes,
    )


def panel_rows_html(rows: Sequence[PanelRow]) -> list[Markup]:
    """Each row of the panel as HTML, written as _comment_insights.html's loop wrote it (its
    per-value escaping and loop per theme cost about what the panel's figures did)."""
    html = []
    for row in rows:
        key = escape(row.key)
        count, negative = f'data-figure="comments.{key}.count"', f'data-figure="comments.{key}.negative"'
        if row.suppressed:
            cells = f'<td class="num" {count}>{FEW}</td>\n      <td class="num" {negative}>{FEW}</td>'
            cells += "\n      <td>–</td>"
        else:
            themes = ", ".join(
                f"{_linked(theme.label, theme.href)} ({escape(theme.count)})" for theme in row.themes
            )
            cells = (
                f'<td class="num" {count}>{_linked(row.comments, row.comments_href)}</td>'
                f'\n      <td class="num" {negative}>{_linked(row.negative, row.negative_href)}</td>'
                f"\n      <td>{themes or 'none found'}</td>"
            )
        html.append(
            Markup(  # noqa: S704 - every value in it went through escape()
                f'\n    <tr data-team="{key}">\n      <th scope="row">{escape(row.name)}</th>'
                f"\n      \n      {cells}\n      \n    </tr>\n  "
            )
        )
    return html


def _linked(text: str, href: str | None) -> str:
    return f'<a href="{escape(href)}">{escape(text)}</a>' if href else str(escape(text))
