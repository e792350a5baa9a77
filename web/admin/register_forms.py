"""Forms for the "you said, we did" register; the route sets the team choices from config.yaml."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, DateField, SelectField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError

from bot.outreach.you_said_we_did_register import MAX_TEXT
from web.admin.forms import options

STATUS_LABELS = [("planned", "Planned"), ("in_progress", "In progress"), ("done", "Done")]


class RegisterEntryForm(FlaskForm):
    team = SelectField("Team", choices=[])
    you_said = TextAreaField("You said…", validators=[DataRequired(), Length(max=MAX_TEXT)])
    we_did = TextAreaField("We did / we are doing…", validators=[DataRequired(), Length(max=MAX_TEXT)])
    status = SelectField("Status", choices=options(STATUS_LABELS), default="planned")
    recorded_on = DateField("Recorded on (empty: today)", validators=[Optional()])
    done_on = DateField("Done on (empty: the day it is marked done)", validators=[Optional()])
    public = BooleanField("Show it on the public results pages")


class RegisterUpdateForm(RegisterEntryForm):
    """Editing an entry, and optionally telling residents once it is done."""

    tell = BooleanField("Tell residents of this team who said YES to hearing back")
    since = DateField("Residents who answered from", validators=[Optional()])
    until = DateField("to (including that day)", validators=[Optional()])
    message = TextAreaField("Message to residents", validators=[Optional(), Length(max=480)])

    def validate_tell(self, field: BooleanField) -> None:
        if not field.data:
            return
        if self.status.data != "done":
            raise ValidationError("Mark the change as done to tell residents")
        if not (self.since.data and self.until.data):
            raise ValidationError("Give the dates of the answers whose residents should hear")
        if self.until.data < self.since.data:
            raise ValidationError("The end date must be on or after the start date")
        if not (self.message.data or "").strip():
            raise ValidationError("Write the message to residents")
