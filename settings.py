"""Load and validate config.yaml once (pydantic), with environment overrides.

Everything an administrator may set lives in one YAML file; secrets and
deployment details come from environment variables (docs/configuration.md).
A bad file raises `ConfigError` with one line naming the key and the problem.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

ROOT = Path(__file__).resolve().parent
DEFAULT_CONFIG_PATH = ROOT / "config.yaml"

_DURATION = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


class ConfigError(Exception):
    """config.yaml is missing, unreadable or invalid; the message is one line."""


def parse_duration(value: Any) -> timedelta:
    """'30s', '10m', '2h', '7d' -> timedelta (a timedelta passes through)."""
    if isinstance(value, timedelta):
        return value
    match = _DURATION.match(str(value)) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"{value!r} is not a duration like 30s, 10m, 2h or 7d")
    return timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})


Duration = Annotated[timedelta, BeforeValidator(parse_duration)]
Language = Annotated[str, Field(pattern=r"^[a-z]{2}$")]
Translations = dict[Language, str]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Organisation(_Strict):
    name: str = "Our council"
    time_zone: str = "Europe/London"
    phone_region: str = "GB"
    languages: list[Language] = ["en"]
    default_language: Language = "en"
    admin_email: str = "admin@example.org"
    # Languages whose wording has not yet been checked by a fluent speaker.
    awaiting_review: list[Language] = []

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is not a known time zone") from None
        return value

    @model_validator(mode="after")
    def _default_is_offered(self) -> Organisation:
        if self.default_language not in self.languages:
            raise ValueError(f"default_language {self.default_language!r} is not in languages")
        return self


class Choice(_Strict):
    value: int
    label: Translations
    # Other words residents use for this option, per language.
    accept: dict[Language, list[str]] = {}


QuestionType = Literal["scale", "yes_no", "choice", "number", "text"]


class Question(_Strict):
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    type: QuestionType
    text: Translations
    # A few words for table headings on the dashboard (falls back to the text).
    short: Translations = {}
    dimension: Literal["approach", "experience", "qualitative"] | None = None
    choices: list[Choice] = []
    min: int = 1
    max: int = 5
    # scale: words that mean a point of the scale, per language
    labels: dict[int, dict[Language, list[str]]] = {}
    allow_partly: bool = False
    unit: Literal["days"] | None = None
    # Scoring (the FFT method, docs/api.md): values counted positive/negative,
    # the "top box", and values left out of the denominator.
    positive: list[int | str] = []
    negative: list[int | str] = []
    top_box: list[int | str] = []
    excluded: list[int | str] = []

    @model_validator(mode="after")
    def _consistent(self) -> Question:
        if self.type == "choice":
            if not self.choices:
                raise ValueError("a choice question needs choices")
            seen: set[int] = set()
            for choice in self.choices:
                if choice.value in seen:
                    raise ValueError(f"choices: value {choice.value} appears twice")
                seen.add(choice.value)
        elif self.choices:
            raise ValueError(f"choices are only for choice questions, not {self.type}")
        if self.type == "scale" and self.min >= self.max:
            raise ValueError(f"scale min {self.min} must be below max {self.max}")
        return self

    def choice_values(self) -> list[int | str]:
        """Every value an answer to this question can take, or [] if open."""
        if self.type == "choice":
            return [c.value for c in self.choices]
        if self.type == "scale":
            return list(range(self.min, self.max + 1))
        if self.type == "yes_no":
            return ["yes", "no", "partly"] if self.allow_partly else ["yes", "no"]
        return []


class Survey(_Strict):
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]*$")]
    name: str
    default: bool = False
    # Whole-message SMS keywords that start this survey (e.g. FEEDBACK).
    keywords: list[str] = []
    intro: Translations
    thanks: Translations
    questions: list[Question]
    # Ask "Can we text you later to tell you what changed?" after the last question.
    ask_you_said_we_did: bool = False

    @model_validator(mode="after")
    def _unique_questions(self) -> Survey:
        seen: set[str] = set()
        for question in self.questions:
            if question.id in seen:
                raise ValueError(f"questions: id {question.id!r} appears twice")
            seen.add(question.id)
        if not self.questions:
            raise ValueError("questions: a survey needs at least one question")
        return self

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


class Team(_Strict):
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]*$")]
    name: str
    survey: str | None = None
    # Whole-message SMS keywords that start the team's survey (e.g. FEEDBACK EAST).
    keywords: list[str] = []
    # The team's shared inbox: told of each new callback when callbacks.email is enabled.
    inbox: list[str] = []


class Goal(_Strict):
    positive_at_least: float | None = Field(default=None, ge=0, le=100)
    negative_at_most: float | None = Field(default=None, ge=0, le=100)
    top_box_at_least: float | None = Field(default=None, ge=0, le=100)


class Messages(_Strict):
    """Everything the bot says that is not a question, in one language."""

    help: str
    opted_out: str
    opted_in: str
    language_set: str
    # "{hint}" is replaced by the hint for the question's type.
    unclear: str
    hint_choice: str  # may use {min} and {max}
    hint_yes_no: str
    hint_number: str
    hint_text: str
    text_only: str
    # Telegram: a tap on a button of a question already answered; an edited message.
    button_expired: str
    edited_message: str
    # Telegram: the menu of commands (setMyCommands), one description each.
    command_start: str
    command_help: str
    command_skip: str
    command_stop: str
    # Sent before the question again when an invitation is unanswered.
    reminder: str | None = None


class Conversation(_Strict):
    idle_timeout: Duration = timedelta(days=7)
    unclear_tries: int = Field(default=2, ge=1, le=5)


class ChannelSettings(_Strict):
    enabled: bool = True
    rate_per_second: float = Field(default=1.0, gt=0)


class Channels(_Strict):
    sms: ChannelSettings = ChannelSettings()
    whatsapp: ChannelSettings = ChannelSettings()
    telegram: ChannelSettings = ChannelSettings(rate_per_second=25.0)


class QuietHours(_Strict):
    send_from: str = "09:00"
    send_until: str = "19:00"
    days: list[Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]] = [
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
    ]

    @field_validator("send_from", "send_until")
    @classmethod
    def _clock(cls, value: str) -> str:
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value):
            raise ValueError(f"{value!r} is not a time like 09:00")
        return value

    @model_validator(mode="after")
    def _window(self) -> QuietHours:
        if self.send_from >= self.send_until:
            raise ValueError(f"send_from {self.send_from} must be before send_until {self.send_until}")
        if not self.days:
            raise ValueError("days: name at least one day when messages may be sent")
        return self


class Outreach(_Strict):
    invite_after: Duration = timedelta(hours=2)
    reminder_after: Duration | None = timedelta(hours=48)
    recontact_after: Duration | None = timedelta(days=90)
    recontact_survey: str | None = None
    max_invites_per: Duration = timedelta(days=30)
    sweep_every: Duration = timedelta(seconds=30)
    retry_backoff: list[Duration] = [
        timedelta(minutes=1),
        timedelta(minutes=5),
        timedelta(minutes=30),
    ]
    quiet_hours: QuietHours = QuietHours()
    # A message being sent is held this long; a sender killed mid-send is
    # retried after it (docs/operations.md, "Killed mid-send").
    send_lease: Duration = timedelta(minutes=5)


class Sentiment(_Strict):
    # Which method labels free text: "model" (bot/insights/sentiment_model.py: knows plain
    # complaints and "mixed") or a lexicon scorer (bot/insights/sentiment.py) with the
    # thresholds below; bench/sentiment.py measures them all.
    method: Literal["model", "textblob", "vader", "vader_emoji", "mean"] = "model"
    positive_above: float = Field(default=0.05, ge=-1, le=1)
    negative_below: float = Field(default=-0.05, ge=-1, le=1)

    @model_validator(mode="after")
    def _ordered(self) -> Sentiment:
        if self.negative_below > self.positive_above:
            raise ValueError(
                f"negative_below {self.negative_below} must not be above positive_above {self.positive_above}"
            )
        return self


def _check_themes(themes: dict[str, list[str]]) -> dict[str, list[str]]:
    """Theme names are ids; every theme has keywords with letters or digits in them."""
    for name, keywords in themes.items():
        if not re.fullmatch(r"[a-z][a-z0-9_]{0,39}", name):
            raise ValueError(
                f"{name!r}: a theme name is lower-case letters, digits and _ (like staff_kindness)"
            )
        if not keywords:
            raise ValueError(f"{name}: a theme needs at least one keyword")
        for keyword in keywords:
            if not re.search(r"[^\W_]", keyword):
                raise ValueError(f"{name}: keyword {keyword!r} has no letters or digits")
    return themes


# Theme -> keywords, matched on word stems (bot/insights/themes.py).
ThemeMap = Annotated[dict[str, list[str]], AfterValidator(_check_themes)]


_RULE_NAME = r"^[a-z][a-z0-9_]*$"


class SafeguardingEmail(_Strict):
    """Optional e-mail to a duty inbox; server and addresses may be overridden by SMTP_* variables."""

    enabled: bool = False
    smtp_host: str = "localhost"
    smtp_port: int = Field(default=25, ge=1, le=65535)
    starttls: bool = False
    sender: str = "heard@localhost"
    to: list[str] = []
    subject: str = "Heard safeguarding alert {id}"
    # Where staff open an alert; {id} is the alert id. Never the resident's number.
    alert_url: str = "http://127.0.0.1:5000/admin/alerts/{id}"

    @model_validator(mode="after")
    def _has_recipient(self) -> SafeguardingEmail:
        if self.enabled and not self.to:
            raise ValueError("to: e-mail is enabled but has no recipient")
        return self


# The Care Act 2014 s.42 types of abuse and neglect, plus the other risks the screen raises alerts for.
SafeguardingCategory = Literal[
    "physical",
    "domestic",
    "sexual",
    "psychological",
    "financial",
    "modern_slavery",
    "discriminatory",
    "organisational",
    "neglect",
    "self_neglect",
    "suicide_self_harm",
    "crisis",
    "children",
    "carer_breakdown",
]
SafeguardingSeverity = Literal["urgent", "concern"]


class Safeguarding(_Strict):
    """Risk screening of every reply (built-in concepts, a trained model, the council's own phrasings)."""

    enabled: bool = True
    # The council's own extra phrasings, rule name -> phrasings (syntax: bot/safeguarding/phrasings.py).
    rules: dict[Annotated[str, Field(pattern=_RULE_NAME)], list[str]] = {}
    # Which category and severity each rule's alerts carry; unset: the rule's name if it is a
    # category, a few older names (abuse, violence, unsafe, ...) mapped, else crisis / concern.
    categories: dict[str, SafeguardingCategory] = {}
    severities: dict[str, SafeguardingSeverity] = {}
    # Phrasings that look risky but are not (e.g. "killed myself laughing").
    not_risk: list[str] = []
    # Words at least this long also match with one typing slip.
    fuzzy_min_length: int = Field(default=7, ge=4, le=20)
    # The trained classifier beside the rules (data/safeguarding/model.json); off: rules only.
    classifier: bool = True
    # The classifier's score at which it raises an alert; unset: the threshold trained with the
    # model. Lower catches more disclosures for more false alarms (docs/evaluation.md has the table).
    classifier_threshold: float | None = Field(default=None, gt=0, lt=1)
    safety_reply: Translations = {}
    email: SafeguardingEmail = SafeguardingEmail()
    # The shipped evaluation of the screen (the "How the screen performs" page); relative to the repository.
    evaluation: Path = Path("data/safeguarding/evaluation.json")

    @property
    def evaluation_path(self) -> Path:
        return self.evaluation if self.evaluation.is_absolute() else ROOT / self.evaluation

    @model_validator(mode="after")
    def _usable(self) -> Safeguarding:
        for name, phrases in self.rules.items():
            if not phrases:
                raise ValueError(f"rules.{name}: needs at least one phrasing")
            _check_phrasings(f"rules.{name}", phrases)
        for key, mapping in (("categories", self.categories), ("severities", self.severities)):
            for name in mapping:
                if name not in self.rules:
                    raise ValueError(f"{key}.{name}: no rule of that name in rules")
        _check_phrasings("not_risk", self.not_risk)
        if self.enabled and not self.safety_reply:
            raise ValueError("safety_reply: safeguarding is enabled but has no safety reply")
        return self


def _check_phrasings(key: str, phrases: list[str]) -> None:
    """Each phrasing needs a word to match: ".." alone would match everywhere."""
    for i, phrase in enumerate(phrases):
        if not re.search(r"\w", phrase.replace("..", " ")):
            raise ValueError(f"{key}[{i}]: {phrase!r} has no word to match")


class Retention(_Strict):
    """How long personal data is kept; null keeps it."""

    contact_details_after: Duration | None = timedelta(days=90)
    message_logs_after: Duration | None = timedelta(days=180)
    answers_after: Duration | None = None
    # Opted-out people stay on a suppression list so they are never texted again.
    keep_opt_outs: bool = True


class YouSaidWeDid(_Strict):
    """The end-of-survey consent question for "you said, we did" follow-ups."""

    question: Translations = {}
    thanks_yes: Translations = {}
    thanks_no: Translations = {}


class CallbackEmail(_Strict):
    """E-mail the team's inbox about each new callback; the SMTP server is safeguarding.email's (SMTP_*)."""

    enabled: bool = False
    subject: str = "Heard: a resident asked to be contacted ({id})"
    # Where staff open the callback; {id} is its id. Never the resident's number.
    callback_url: str = "http://127.0.0.1:5000/admin/callbacks/{id}"


class Callbacks(_Strict):
    """ "Would you like us to contact you?" at the end of a survey, and staff replies (bot/callbacks)."""

    # never | when_negative (a negative answer or comment) | always
    offer: Literal["never", "when_negative", "always"] = "never"
    # Staff should first reply within this many working days (weekends and bank holidays skipped).
    due_working_days: int = Field(default=2, ge=1, le=30)
    # Whose bank holidays are not working days: ENG (England), WLS (Wales); both by default.
    bank_holidays: list[Literal["ENG", "WLS"]] = ["ENG", "WLS"]
    email: CallbackEmail = CallbackEmail()
    # Resident-facing wording; {team} is the team's name, {due} the date to expect contact.
    question: Translations = {}
    opened: Translations = {}
    declined: Translations = {}
    received: Translations = {}
    # A staff reply as the resident gets it: {team} and {text}.
    reply: Translations = {}


CALLBACK_WORDING = ("question", "opened", "declined", "received", "reply")


class PublicWording(_Strict):
    """Everything the public results pages say, in one language (shown to anyone)."""

    language_name: str  # this language's name in itself, for the language switch
    title: str
    intro: str
    about_figures: str  # may use {min_count}
    quarter: str  # e.g. "{first} to {last} {year}", with month names below
    months: Annotated[list[str], Field(min_length=12, max_length=12)]
    latest_heading: str
    earlier_heading: str
    question: str
    positive: str
    goal_heading: str
    goal: str  # may use {target}
    goal_met: str
    goal_not_met: str
    no_goal: str
    answered: str
    suppressed: str
    chart_label: str  # how to read the bars (the numbers beside them say the same)
    themes_heading: str
    themes_intro: str
    themes_none: str
    theme: str
    share: str
    register_heading: str
    register_intro: str
    register_empty: str
    you_said: str
    we_did: str
    status: str
    status_planned: str
    status_in_progress: str
    status_done: str
    recorded: str  # may use {month}
    teams_heading: str
    all_results: str
    csv_link: str
    full_results: str
    skip_link: str
    language_label: str
    team_names: dict[str, str] = {}
    theme_names: dict[str, str] = {}


class PublicResults(_Strict):
    """The public results pages (/results): off unless an administrator turns them on."""

    enabled: bool = False
    # Groups with fewer answers show "not enough answers to publish" (5 is the staff floor).
    min_count: int = Field(default=10, ge=5)
    # Sites that may show the embeddable card in a frame; empty: any site (it has no forms).
    embed_allowed_on: list[Annotated[str, Field(pattern=r"^https?://[A-Za-z0-9.-]+(:[0-9]+)?$")]] = []
    text: dict[Language, PublicWording] = {}


class Config(_Strict):
    organisation: Organisation = Organisation()
    channels: Channels = Channels()
    conversation: Conversation = Conversation()
    messages: dict[Language, Messages]
    surveys: list[Survey]
    teams: list[Team] = []
    goals: dict[str, Goal] = {}
    outreach: Outreach = Outreach()
    sentiment: Sentiment = Sentiment()
    themes: ThemeMap = {}
    safeguarding: Safeguarding = Safeguarding(enabled=False)
    retention: Retention = Retention()
    you_said_we_did: YouSaidWeDid = YouSaidWeDid()
    callbacks: Callbacks = Callbacks()
    public_results: PublicResults = PublicResults()

    @model_validator(mode="after")
    def _cross_references(self) -> Config:
        _check_languages(self)
        defaults = [s.id for s in self.surveys if s.default]
        if len(defaults) != 1:
            raise ValueError(f"surveys: exactly one survey must have default: true, found {len(defaults)}")
        survey_ids = {s.id for s in self.surveys}
        if len(survey_ids) != len(self.surveys):
            raise ValueError("surveys: two surveys share an id")
        for i, team in enumerate(self.teams):
            if team.survey and team.survey not in survey_ids:
                raise ValueError(f"teams[{i}].survey: no survey with id {team.survey!r}")
        question_ids = {q.id for s in self.surveys for q in s.questions}
        for key in self.goals:
            if key not in question_ids:
                raise ValueError(f"goals.{key}: no question with that id")
        if self.outreach.recontact_survey and self.outreach.recontact_survey not in survey_ids:
            raise ValueError(
                f"outreach.recontact_survey: no survey with id {self.outreach.recontact_survey!r}"
            )
        _check_keywords_unique(self)
        return self

    # --- lookups used across bot/ and web/ ---
    @property
    def default_survey(self) -> Survey:
        return next(s for s in self.surveys if s.default)

    def survey(self, survey_id: str) -> Survey | None:
        return next((s for s in self.surveys if s.id == survey_id), None)

    def team(self, team_id: str) -> Team | None:
        return next((t for t in self.teams if t.id == team_id), None)

    def survey_for_team(self, team: Team | None) -> Survey:
        return (team and team.survey and self.survey(team.survey)) or self.default_survey


def _check_languages(config: Config) -> None:
    """Every offered language has every message and every wording."""
    for lang in config.organisation.languages:
        if lang not in config.messages:
            raise ValueError(f"messages.{lang}: missing (language {lang!r} is offered)")
        _check_optional_wording(config, lang)
        for si, survey in enumerate(config.surveys):
            for field in ("intro", "thanks"):
                if lang not in getattr(survey, field):
                    raise ValueError(f"surveys[{si}].{field}.{lang}: missing")
            for qi, question in enumerate(survey.questions):
                where = f"surveys[{si}].questions[{qi}]"
                if lang not in question.text:
                    raise ValueError(f"{where}.text.{lang}: missing")
                for ci, choice in enumerate(question.choices):
                    if lang not in choice.label:
                        raise ValueError(f"{where}.choices[{ci}].label.{lang}: missing")


def _check_optional_wording(config: Config, lang: str) -> None:
    """Safeguarding, "you said, we did", callbacks and public results wording exists in every language."""
    if config.safeguarding.enabled and lang not in config.safeguarding.safety_reply:
        raise ValueError(f"safeguarding.safety_reply.{lang}: missing")
    if any(s.ask_you_said_we_did for s in config.surveys):
        for field in ("question", "thanks_yes", "thanks_no"):
            if lang not in getattr(config.you_said_we_did, field):
                raise ValueError(f"you_said_we_did.{field}.{lang}: missing")
    if config.callbacks.offer != "never":
        for field in CALLBACK_WORDING:
            if lang not in getattr(config.callbacks, field):
                raise ValueError(f"callbacks.{field}.{lang}: missing")
    public = config.public_results
    if public.enabled and lang not in public.text:
        raise ValueError(f"public_results.text.{lang}: missing")
    if lang in public.text:
        wording = public.text[lang]
        team_ids, themes = {t.id for t in config.teams}, set(config.themes)
        for team_id in wording.team_names:
            if team_id not in team_ids:
                raise ValueError(f"public_results.text.{lang}.team_names.{team_id}: no team with that id")
        for theme in wording.theme_names:
            if theme not in themes:
                raise ValueError(f"public_results.text.{lang}.theme_names.{theme}: no theme with that name")


def _check_keywords_unique(config: Config) -> None:
    seen: dict[str, str] = {}
    owners = [(f"surveys.{s.id}", s.keywords) for s in config.surveys]
    owners += [(f"teams.{t.id}", t.keywords) for t in config.teams]
    for owner, keywords in owners:
        for keyword in keywords:
            key = " ".join(keyword.upper().split())
            if key in seen:
                raise ValueError(f"{owner}.keywords: {keyword!r} is also used by {seen[key]}")
            seen[key] = owner


def _format_location(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif str(part).startswith("function-") or part in ("[key]",):
            continue
        else:
            out += f".{part}" if out else str(part)
    return out


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    location = _format_location(tuple(first["loc"]))
    message = first["msg"].removeprefix("Value error, ")
    # A model-level error already names its key inside the message.
    if ": " in message and not location:
        return message
    if ": " in message and re.match(r"^[\w\[\].]+: ", message):
        return f"{location}.{message}" if location else message
    return f"{location}: {message}" if location else message


class _YamlLoader(yaml.SafeLoader):
    """YAML 1.2 booleans: only true/false, so "yes", "no", "y", "n" stay words."""


_YamlLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_YamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_yaml(text: str) -> Any:
    """Parse YAML the way config.yaml is read (yes/no stay words)."""
    return yaml.load(text, Loader=_YamlLoader)  # noqa: S506 - a SafeLoader subclass


log = logging.getLogger(__name__)

# Old section names still read for one release, each with a warning naming the new one.
RENAMED_SECTIONS = {"followups": "outreach"}  # vocabulary: keep


def _renamed_sections(data: dict[str, Any], source: str) -> dict[str, Any]:
    for old, new in RENAMED_SECTIONS.items():
        if old not in data:
            continue
        if new in data:
            raise ConfigError(
                f"{source}: both {old!r} and {new!r}: keep {new!r} only ({old!r} is its old name)"
            )
        log.warning(
            "%s: the section %r is now called %r; the old name will stop working in the next release",
            source,
            old,
            new,
        )
        data = {new if key == old else key: value for key, value in data.items()}
    return data


def parse_config(data: Any, source: str = "config.yaml") -> Config:
    """Validate already-parsed YAML data; raise ConfigError with one line."""
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: expected a mapping of sections at the top level")
    data = _renamed_sections(data, source)
    try:
        return Config.model_validate(data)
    except ValidationError as error:
        raise ConfigError(f"{source}: {_first_error(error)}") from None


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Read and validate the YAML file at `path` (or HEARD_CONFIG, or ./config.yaml)."""
    path = Path(path or os.environ.get("HEARD_CONFIG") or DEFAULT_CONFIG_PATH)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the file ({error.strerror})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: the file is not UTF-8 text") from None
    try:
        data = read_yaml(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise ConfigError(f"{path.name}{where}: {problem}") from None
    return parse_config(data, path.name)


@dataclass(frozen=True)
class Environment:
    """Deployment settings from environment variables (docs/configuration.md lists them)."""

    host: str
    port: int
    database_url: str
    secret_key: str | None
    public_url: str | None
    twilio_account_sid: str | None
    twilio_auth_token: str | None
    twilio_from: str | None
    twilio_api_base_url: str
    telegram_bot_token: str | None
    telegram_api_base_url: str
    telegram_mode: str
    telegram_webhook_secret: str | None
    trusted_proxies: int = 0  # TRUSTED_PROXIES: reverse proxies in front whose X-Forwarded-* to believe
    session_cookie_secure: bool = False  # SESSION_COOKIE_SECURE: secure cookies even without https PUBLIC_URL
    smtp: SmtpEnvironment = dataclass_field(default_factory=lambda: SmtpEnvironment())

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] | None = None) -> Environment:
        env = os.environ if environ is None else environ
        try:
            port = int(env.get("PORT", "5000"))
        except ValueError:
            raise ConfigError(f"PORT: {env.get('PORT')!r} is not a number") from None
        proxies = env.get("TRUSTED_PROXIES", "0")
        if not proxies.isdecimal():
            raise ConfigError(f"TRUSTED_PROXIES: {proxies!r} is not a number of proxies (0, 1, 2…)")
        mode = env.get("TELEGRAM_MODE", "polling")
        if mode not in ("polling", "webhook"):
            raise ConfigError(f"TELEGRAM_MODE: {mode!r} must be polling or webhook")
        _check_webhook_secret(mode, env.get("TELEGRAM_WEBHOOK_SECRET") or None)
        return cls(
            host=env.get("HOST", "127.0.0.1"),
            port=port,
            database_url=env.get("DATABASE_URL") or f"sqlite:///{ROOT / 'instance' / 'heard.sqlite3'}",
            secret_key=env.get("SECRET_KEY") or None,
            public_url=(env.get("PUBLIC_URL") or "").rstrip("/") or None,
            twilio_account_sid=env.get("TWILIO_ACCOUNT_SID") or None,
            twilio_auth_token=env.get("TWILIO_AUTH_TOKEN") or None,
            twilio_from=env.get("TWILIO_FROM") or None,
            twilio_api_base_url=env.get("TWILIO_API_BASE_URL", "https://api.twilio.com"),
            telegram_bot_token=env.get("TELEGRAM_BOT_TOKEN") or None,
            telegram_api_base_url=env.get("TELEGRAM_API_BASE_URL", "https://api.telegram.org/bot"),
            telegram_mode=mode,
            telegram_webhook_secret=env.get("TELEGRAM_WEBHOOK_SECRET") or None,
            trusted_proxies=int(proxies),
            session_cookie_secure=_flag("SESSION_COOKIE_SECURE", env.get("SESSION_COOKIE_SECURE", "")),
            smtp=SmtpEnvironment.from_environ(env),
        )


@dataclass(frozen=True)
class SmtpEnvironment:
    """SMTP_* and SAFEGUARDING_EMAIL_TO: override config `safeguarding.email`; credentials only live here."""

    host: str | None = None
    port: int | None = None
    sender: str | None = None
    to: tuple[str, ...] = ()
    username: str | None = None
    password: str | None = None

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] | None = None) -> SmtpEnvironment:
        env = os.environ if environ is None else environ
        port = env.get("SMTP_PORT") or None
        if port is not None and not (port.isdecimal() and 1 <= int(port) <= 65535):
            raise ConfigError(f"SMTP_PORT: {port!r} is not a port number (1 to 65535)")
        to = env.get("SAFEGUARDING_EMAIL_TO") or ""
        return cls(
            host=env.get("SMTP_HOST") or None,
            port=int(port) if port else None,
            sender=env.get("SMTP_FROM") or None,
            to=tuple(address.strip() for address in to.split(",") if address.strip()),
            username=env.get("SMTP_USERNAME") or None,
            password=env.get("SMTP_PASSWORD") or None,
        )


def _flag(name: str, value: str) -> bool:
    """An on/off variable: 1/true/yes or 0/false/no (or unset); anything else is a mistake worth naming."""
    word = value.strip().lower()
    if word in ("1", "true", "yes"):
        return True
    if word in ("", "0", "false", "no"):
        return False
    raise ConfigError(f"{name}: {value!r} must be true or false")


def _check_webhook_secret(mode: str, secret: str | None) -> None:
    """Webhook mode needs a secret Telegram accepts: 1-256 of A-Z a-z 0-9 _ -."""
    if mode == "webhook" and not secret:
        raise ConfigError("TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_MODE is webhook")
    if secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        raise ConfigError("TELEGRAM_WEBHOOK_SECRET: use 1 to 256 letters, digits, _ or -")
