"""How the safeguarding screen performs: its shipped evaluation, staff marks and their export."""

from __future__ import annotations

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from bot.safeguarding.feedback import FeedbackError, export_feedback, feedback_counts, mark_missed
from bot.safeguarding.performance import EvaluationMissing, load_evaluation
from models import User
from models.base import utcnow
from web.admin import bp
from web.admin.forms import ConfirmForm
from web.admin.safeguarding_forms import MissedForm
from web.auth.roles import allowed_teams, role_required
from web.extensions import heard

LEAD_ROLES = ("admin", "manager")  # the safeguarding lead's roles


@bp.get("/screen")
@role_required(*LEAD_ROLES)
def screen():
    evaluation, missing = None, None
    try:
        evaluation = load_evaluation(heard().config.safeguarding.evaluation_path)
    except EvaluationMissing as error:
        missing = str(error)
    with heard().db.begin() as session:
        counts = feedback_counts(session)
    return render_template(
        "admin/screen.html",
        evaluation=evaluation,
        missing=missing,
        counts=counts,
        confirm=ConfirmForm(),
        council_threshold=heard().config.safeguarding.classifier_threshold,
    )


@bp.post("/screen/feedback.csv")
@role_required(*LEAD_ROLES)
def screen_feedback_csv() -> Response:
    if not ConfirmForm().validate():
        abort(400)
    now = utcnow()
    with heard().db.begin() as session:
        lines = export_feedback(session, session.get(User, current_user.id), now)
    return Response(
        "".join(lines),
        content_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="heard-screen-feedback-{now:%Y-%m-%d}.csv"',
            "Cache-Control": "no-store",
        },
    )


@bp.post("/comments/<int:answer_id>/missed")
@role_required(*LEAD_ROLES)
def comment_missed(answer_id: int):
    form = MissedForm()
    back = _back_to_comments()
    if not form.validate():
        flash("Not marked: choose a category and a severity.", "error")
        return redirect(back)
    try:
        with heard().db.begin() as session:
            user = session.get(User, current_user.id)
            if user is None:  # deactivated mid-request: sign-in checks catch it next time
                raise FeedbackError("your account is not active")
            mark_missed(
                session, answer_id, form.category.data, form.severity.data, user, utcnow(), allowed_teams()
            )
    except FeedbackError as error:
        flash(f"Not marked: {error}.", "error")
    else:
        flash("Recorded: this comment will be exported as an example the screen should flag.", "success")
    return redirect(back)


def _back_to_comments() -> str:
    """Back to the page the form was on (only our own comments or conversation pages)."""
    target = request.form.get("next", "")
    allowed = (url_for("admin.comments"), "/admin/conversations/")
    if target.startswith(allowed) and not target.startswith("//"):
        return target
    return url_for("admin.comments")
