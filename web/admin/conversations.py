"""One resident's whole conversation; contact details only for allowed roles, on request, audited."""

from __future__ import annotations

from dataclasses import dataclass

from flask import abort, render_template
from flask_login import current_user

from bot.privacy.resident_access import reveal_contact
from models.reports.comments import CONTACT_DETAIL_ROLES, AnswerLine, ContactDetails, conversation_detail
from models.reports.responses import ResponseFilters
from settings import Config
from web.admin import bp
from web.admin.comment_forms import theme_label
from web.admin.forms import ConfirmForm
from web.auth.roles import allowed_teams, role_required
from web.extensions import heard


@dataclass(frozen=True)
class AnswerWords:
    question: str
    answer: str | None  # None: skipped or not understood
    raw: str | None
    skipped: bool
    sentiment: str | None
    themes: tuple[str, ...]


def answer_words(config: Config, survey_id: str, line: AnswerLine, language: str) -> AnswerWords:
    """An answer with the question's wording and the chosen option's label from config.yaml."""
    survey = config.survey(survey_id)
    question = survey.question(line.question) if survey else None
    text = question.text.get(language, line.question) if question else line.question
    answer = None if line.value is None else str(line.value)
    if question and question.type == "choice" and line.value is not None:
        choice = next((c for c in question.choices if str(c.value) == str(line.value)), None)
        answer = f"{choice.label.get(language, line.value)} ({line.value})" if choice else answer
    return AnswerWords(
        text, answer, line.raw, line.skipped, line.sentiment, tuple(theme_label(t) for t in line.themes)
    )


def _page(conversation_id: int, resident: ContactDetails | None = None, revealed: bool = False):
    state = heard()
    filters = ResponseFilters(allowed_teams=allowed_teams())
    with state.db.begin() as session:
        detail = conversation_detail(session, conversation_id, filters)
        if detail is None:
            abort(404)  # absent, a test conversation, or outside this viewer's teams
        if revealed:
            resident = reveal_contact(
                session,
                conversation_id,
                filters,
                role=current_user.role,
                actor=current_user.email,
                user_id=current_user.id,
            )
    language = state.config.organisation.default_language
    page = render_template(
        "admin/conversation.html",
        detail=detail,
        answers=[answer_words(state.config, detail.survey, a, language) for a in detail.answers],
        team_name=next((t.name for t in state.config.teams if t.id == detail.team), detail.team),
        survey=state.config.survey(detail.survey),
        may_see_contact=current_user.role in CONTACT_DETAIL_ROLES,
        revealed=revealed,
        resident=resident,
        confirm=ConfirmForm(),
    )
    # Contact details must not linger in any cache.
    return page, 200, {"Cache-Control": "no-store"}


@bp.get("/conversations/<int:conversation_id>")
def conversation(conversation_id: int):
    return _page(conversation_id)


@bp.post("/conversations/<int:conversation_id>/contact")
@role_required(*sorted(CONTACT_DETAIL_ROLES))
def conversation_contact(conversation_id: int):
    if not ConfirmForm().validate_on_submit():
        abort(400)
    return _page(conversation_id, revealed=True)
