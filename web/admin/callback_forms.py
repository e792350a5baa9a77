"""Forms for the callbacks pages; the routes set the team and staff choices."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectField, TextAreaField
from wtforms.validators import DataRequired, Length

from bot.callbacks.handling import MAX_NOTE
from models.callback import CALLBACK_STATUSES
from web.admin.forms import options

MAX_REPLY = 1000  # the reply is checked again in text messages (bot/callbacks/replies.py)
STATUS_NAMES = {"open": "Open", "replied": "Replied", "closed": "Closed"}
OUTCOME_NAMES = {
    "resolved": "Resolved",
    "could_not_reach": "Could not reach the resident",
    "referred_on": "Referred on",
}


class CallbackFilterForm(FlaskForm):
    """GET filters: no CSRF token, nothing changes."""

    class Meta:
        csrf = False

    team = SelectField("Team", choices=[], default="")
    status = SelectField(
        "Status",
        choices=options(
            [("", "Open and replied"), ("all", "Any status")]
            + [(s, STATUS_NAMES[s]) for s in CALLBACK_STATUSES]
        ),
        default="",
    )
    assignee = SelectField("Assigned to", choices=[], default="")


class ReplyForm(FlaskForm):
    text = TextAreaField("Reply to the resident", validators=[DataRequired(), Length(max=MAX_REPLY)])
    by_sms = BooleanField("Send by SMS instead of WhatsApp")


class CallbackNoteForm(FlaskForm):
    note = TextAreaField("Private note", validators=[DataRequired(), Length(max=MAX_NOTE)])


class CallbackAssignForm(FlaskForm):
    assignee = SelectField("Assign to", choices=[], default="")


class CloseForm(FlaskForm):
    outcome = SelectField(
        "Outcome", choices=options([("", "Choose an outcome")] + list(OUTCOME_NAMES.items()))
    )
