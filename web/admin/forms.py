"""Forms for the admin pages; choices that depend on config are set by the route."""

from __future__ import annotations

from datetime import date

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    PasswordField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional, ValidationError
from wtforms.widgets import CheckboxInput, ListWidget

from models.logins import MIN_PASSWORD_LENGTH

ROLE_CHOICES = [
    SelectChoice("viewer", "Viewer: sees the teams given below"),
    SelectChoice("manager", "Manager: sees every team"),
    SelectChoice("admin", "Admin: every team, users and API tokens"),
]

# Dates people may pick: wide, but with room for any time zone's midnight around them.
EARLIEST_DAY, LATEST_DAY = date(1900, 1, 1), date(2099, 12, 31)
PERIODS = [
    SelectChoice("30", "Last 30 days"),
    SelectChoice("90", "Last 3 months"),
    SelectChoice("365", "Last 12 months"),
    SelectChoice("custom", "Dates below"),
]


def options(pairs: list[tuple[str, str]]) -> list[SelectChoice]:
    """(value, label) pairs as WTForms choices."""
    return [SelectChoice(value, label) for value, label in pairs]


class CheckboxesField(SelectMultipleField):
    """Several choices as a list of checkboxes, each with its own label."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def _password(label: str) -> PasswordField:
    return PasswordField(label, validators=[DataRequired(), Length(min=MIN_PASSWORD_LENGTH, max=500)])


class DashboardFilterForm(FlaskForm):
    """GET filters: no CSRF token, nothing changes."""

    class Meta:
        csrf = False

    period = SelectField("Period", choices=PERIODS, default="30")
    since = DateField("From", validators=[Optional()])
    until = DateField("To (including that day)", validators=[Optional()])
    team = SelectField("Team", choices=[], default="")
    channel = SelectField("Channel", choices=[], default="")
    interval = RadioField(
        "Trend by", choices=[SelectChoice("week", "Week"), SelectChoice("month", "Month")], default="week"
    )

    def validate_until(self, field: DateField) -> None:
        if self.period.data != "custom":
            return
        if not (self.since.data and field.data):
            raise ValidationError("Give both dates, or choose a period")
        if field.data < self.since.data:
            raise ValidationError("The end date must be on or after the start date")
        if self.since.data < EARLIEST_DAY or field.data > LATEST_DAY:
            raise ValidationError(f"Choose dates from {EARLIEST_DAY.year} to {LATEST_DAY.year}")
        if (field.data - self.since.data).days > 366 * 5:
            raise ValidationError("Choose at most five years")


class UserCreateForm(FlaskForm):
    email = EmailField("Email address", validators=[DataRequired(), Length(max=254)])
    role = RadioField("Role", choices=ROLE_CHOICES, default="viewer")
    teams = CheckboxesField("Teams (for viewers)", choices=[])
    password = _password(f"Password (at least {MIN_PASSWORD_LENGTH} characters)")


class UserEditForm(FlaskForm):
    role = RadioField("Role", choices=ROLE_CHOICES)
    teams = CheckboxesField("Teams (for viewers)", choices=[])
    active = BooleanField("Can sign in (untick to deactivate)")


class PasswordResetForm(FlaskForm):
    new_password = _password(f"New password (at least {MIN_PASSWORD_LENGTH} characters)")


class TokenCreateForm(FlaskForm):
    name = StringField("Name (what uses it, e.g. Power BI)", validators=[DataRequired(), Length(max=100)])
    teams = CheckboxesField("Only these teams (leave all unticked for every team)", choices=[])
    scopes = CheckboxesField("What it may do (leave all unticked for reading responses only)", choices=[])


class ConfirmForm(FlaskForm):
    """Only the CSRF token, for buttons that change something (revoke)."""
