"""/results.csv: the published figures for every quarter, team and question, as open data."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from sqlalchemy.orm import Session

from models.reports.public import ALL_TEAMS, latest_quarters, public_questions, quarterly_figures
from web.public.wording import Words

# Stable column names for machines; the words in the rows follow the chosen language.
COLUMNS = [
    "quarter_start",
    "quarter_end",
    "team",
    "team_name",
    "question",
    "question_text",
    "answered",
    "positive_pct",
    "goal_positive_at_least",
    "goal_met",
    "note",
]


def open_data_csv(session: Session, words: Words, today: date) -> str:
    """Every published figure, suppressed ones with an empty number and the reason in `note`."""
    config = words.config
    quarters = latest_quarters(today)
    by_team = quarterly_figures(session, config, quarters)
    questions = public_questions(config)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for team_key in [ALL_TEAMS, *(t.id for t in config.teams)]:
        team = None if team_key == ALL_TEAMS else team_key
        for quarter, figures in zip(quarters, by_team[team_key], strict=True):
            for question, figure in zip(questions, figures, strict=True):
                writer.writerow(
                    [
                        quarter.start.isoformat(),
                        (quarter.end - timedelta(days=1)).isoformat(),
                        team or "",
                        words.team(team),
                        question.id,
                        words.question(question),
                        "" if figure.suppressed else figure.count,
                        "" if figure.suppressed else figure.positive_pct,
                        "" if figure.target is None else figure.target,
                        "" if figure.met is None else ("yes" if figure.met else "no"),
                        words.text.suppressed if figure.suppressed else "",
                    ]
                )
    return out.getvalue()
