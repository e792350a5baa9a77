"""Try the survey: staff chat with any survey in any language; test conversations never count."""

from __future__ import annotations

import secrets

from flask import abort, redirect, render_template, session, url_for

from bot.channels.web import TryError, start_try, try_message, try_transcript
from settings import Config
from web.admin import bp
from web.admin.comment_forms import TryMessageForm, TryStartForm
from web.admin.forms import options
from web.extensions import heard

LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg (Welsh)"}


def tester_key() -> str:
    """A random key for this staff session; bot.channels.web turns it into the tester's address."""
    if "try_key" not in session:
        session["try_key"] = secrets.token_urlsafe(24)
    return session["try_key"]


def start_form(config: Config) -> TryStartForm:
    form = TryStartForm()
    form.survey.choices = options([(s.id, s.name) for s in config.surveys])
    form.language.choices = options(
        [(lang, LANGUAGE_NAMES.get(lang, lang)) for lang in config.organisation.languages]
    )
    return form


@bp.get("/try")
def try_survey():
    state = heard()
    with state.db.begin() as db_session:
        transcript = try_transcript(db_session, tester_key())
    start = start_form(state.config)
    reply = TryMessageForm()
    if transcript:
        start.survey.data, start.language.data = transcript.survey_id, transcript.language
        reply.survey.data, reply.language.data = transcript.survey_id, transcript.language
    page = render_template(
        "admin/try.html",
        start=start,
        reply=reply,
        transcript=transcript,
        survey=state.config.survey(transcript.survey_id) if transcript else None,
        language_names=LANGUAGE_NAMES,
    )
    return page, 200, {"Cache-Control": "no-store"}


@bp.post("/try/start")
def try_start():
    state = heard()
    form = start_form(state.config)
    if not form.validate_on_submit():
        abort(400)
    with state.db.begin() as db_session:
        start_try(db_session, state.config, tester_key(), form.survey.data, form.language.data)
    return redirect(url_for("admin.try_survey", _anchor="reply"))


@bp.post("/try/reply")
def try_reply():
    state = heard()
    form = TryMessageForm()
    if not form.validate_on_submit():
        return redirect(url_for("admin.try_survey", _anchor="reply"))  # an empty reply: nothing to send
    try:
        with state.db.begin() as db_session:
            try_message(
                db_session, state.config, tester_key(), form.text.data, form.survey.data, form.language.data
            )
    except TryError:
        abort(400)
    return redirect(url_for("admin.try_survey", _anchor="reply"))
