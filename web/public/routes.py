"""GET /results, /results/<team>, /results.csv and /results/<team>/embed (English or ?lang=cy)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from flask import Response, abort, render_template

from models.local_days import local_date
from models.reports.public import public_page
from web.extensions import heard
from web.public import bp
from web.public.open_data import open_data_csv
from web.public.wording import words_for_request


def _today() -> date:
    """Today on the organisation's clock, so a quarter turns at local midnight."""
    return local_date(datetime.now(UTC), heard().config.organisation.time_zone)


def _known_team(team: str) -> str:
    if heard().config.team(team) is None:
        abort(404)
    return team


def _render(template: str, team: str | None, detail: bool = True) -> str:
    state = heard()
    words = words_for_request(state.config)
    with state.db.begin() as session:
        page = public_page(session, state.config, _today(), team, detail=detail)
    return render_template(template, page=page, t=words.text, words=words, config=state.config)


@bp.get("/results")
def results():
    return _render("public/results.html", None)


@bp.get("/results/<team>")
def team_results(team: str):
    return _render("public/results.html", _known_team(team))


@bp.get("/results/<team>/embed")
def embed(team: str):
    return _render("public/embed.html", _known_team(team), detail=False)


@bp.get("/results.csv")
def results_csv():
    state = heard()
    words = words_for_request(state.config)
    with state.db.begin() as session:
        body = open_data_csv(session, words, _today())
    headers = {"Content-Disposition": 'attachment; filename="results.csv"'}
    return Response(body, mimetype="text/csv", headers=headers)
