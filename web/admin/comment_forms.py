"""Forms for the comments, conversation and try-it pages; choices come from config.yaml."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectField, StringField
from wtforms.validators import DataRequired, Length, Optional

from models.reports.comments import NEGATIVE_OR_MIXED, SENTIMENTS
from settings import Config
from web.admin.forms import DashboardFilterForm, options


def theme_label(theme: str) -> str:
    """A theme as staff read it: config.yaml names use _ for a space."""
    return theme.replace("_", " ").capitalize()


class CommentFilterForm(DashboardFilterForm):
    """The dashboard's period, team and channel, plus what only comments have. GET, no CSRF."""

    sentiment = SelectField("Sentiment", choices=[], default="")
    theme = SelectField("Theme", choices=[], default="")
    q = StringField("Words to search for", validators=[Optional(), Length(max=200)])

    def set_comment_choices(self, config: Config) -> None:
        labels = [(s, s.capitalize()) for s in SENTIMENTS] + [(NEGATIVE_OR_MIXED, "Negative or mixed")]
        self.sentiment.choices = options([("", "Any sentiment"), *labels])
        self.theme.choices = options([("", "Any theme")] + [(t, theme_label(t)) for t in config.themes])


class TryStartForm(FlaskForm):
    survey = SelectField("Survey", choices=[], validators=[DataRequired()])
    language = SelectField("Language", choices=[], validators=[DataRequired()])


class TryMessageForm(FlaskForm):
    survey = HiddenField(validators=[DataRequired()])
    language = HiddenField(validators=[DataRequired()])
    text = StringField("Your reply", validators=[DataRequired(), Length(max=2000)])
