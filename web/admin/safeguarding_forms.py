"""Forms for the alerts, people, audit and 'you said, we did' pages; routes set config-based choices."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, DateField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional, ValidationError

from bot.safeguarding import feedback
from bot.safeguarding.handling import MAX_NOTE
from bot.safeguarding.screen import CATEGORIES, SEVERITIES
from bot.safeguarding.words import CATEGORY_NAMES, SEVERITY_NAMES
from models.alert import ALERT_STATUSES
from models.audit import ACTIONS
from web.admin.forms import EARLIEST_DAY, LATEST_DAY, options
from web.numbers import MAX_PAGE

ERASE_WORD = "ERASE"
CATEGORY_CHOICES = [(c, CATEGORY_NAMES[c]) for c in CATEGORIES]
SEVERITY_CHOICES = [(s, SEVERITY_NAMES[s]) for s in SEVERITIES]


class AlertFilterForm(FlaskForm):
    """GET filters: no CSRF token, nothing changes."""

    class Meta:
        csrf = False

    status = SelectField(
        "Status",
        choices=options([("", "Any status")] + [(s, s.capitalize()) for s in ALERT_STATUSES]),
        default="",
    )
    team = SelectField("Team", choices=[], default="")
    severity = SelectField("Severity", choices=options([("", "Any severity"), *SEVERITY_CHOICES]), default="")
    category = SelectField("Category", choices=options([("", "Any category"), *CATEGORY_CHOICES]), default="")


class FalseAlarmForm(FlaskForm):
    note = TextAreaField("Why it is not a disclosure (optional)", validators=[Length(max=feedback.MAX_NOTE)])


class MissedForm(FlaskForm):
    """'This should have been flagged' on a comment."""

    category = SelectField("Category", choices=options(CATEGORY_CHOICES))
    severity = SelectField("Severity", choices=options(SEVERITY_CHOICES), default="concern")


class NoteForm(FlaskForm):
    note = TextAreaField("Note", validators=[DataRequired(), Length(max=MAX_NOTE)])


class AssignForm(FlaskForm):
    assignee = SelectField("Assign to", choices=[], default="")


class FindPersonForm(FlaskForm):
    # POST, never GET: a number in a URL ends up in access logs and browser history.
    phone = StringField("Phone number", validators=[Optional(), Length(max=40)])
    chat_id = StringField("or Telegram chat id", validators=[Optional(), Length(max=24)])

    def validate_chat_id(self, field: StringField) -> None:
        if bool(self.phone.data and self.phone.data.strip()) == bool(field.data and field.data.strip()):
            raise ValidationError("Give a phone number or a chat id (one of them)")


class EraseForm(FlaskForm):
    confirm = StringField(f"Type {ERASE_WORD} to confirm", validators=[DataRequired()])
    force = BooleanField("Erase even though an alert about this person is still open")
    reason = TextAreaField(
        "Why it cannot wait (needed to erase with an open alert)", validators=[Length(max=500)]
    )

    def validate_confirm(self, field: StringField) -> None:
        if field.data.strip().upper() != ERASE_WORD:
            raise ValidationError(f"Type the word {ERASE_WORD} to confirm")

    def validate_reason(self, field: TextAreaField) -> None:
        if self.force.data and not (field.data or "").strip():
            raise ValidationError("Say why, to erase while an alert is open")


class AuditFilterForm(FlaskForm):
    class Meta:
        csrf = False

    action = SelectField(
        "Action",
        choices=options([("", "Any action")] + [(a, a.replace("_", " ")) for a in ACTIONS]),
        default="",
    )
    user = SelectField("Staff member", choices=[], default="")
    page = IntegerField("Page", validators=[Optional(), NumberRange(min=1, max=MAX_PAGE)], default=1)


class YouSaidWeDidForm(FlaskForm):
    team = SelectField("Team", choices=[])
    since = DateField("Residents who answered from", validators=[DataRequired()])
    until = DateField("to (including that day)", validators=[DataRequired()])
    text = TextAreaField("Message", validators=[DataRequired(), Length(max=480)])

    def validate_until(self, field: DateField) -> None:
        if self.since.data and field.data and field.data < self.since.data:
            raise ValidationError("The end date must be on or after the start date")
        if self.since.data and field.data and (self.since.data < EARLIEST_DAY or field.data > LATEST_DAY):
            raise ValidationError(f"Choose dates from {EARLIEST_DAY.year} to {LATEST_DAY.year}")
