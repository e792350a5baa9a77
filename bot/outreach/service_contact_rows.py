"""Checking one service contact row to follow up (CSV, API or admin upload), field by field.

Each check returns the clean value or raises RowProblem with the words staff
will read, e.g. "07700 9001 is not a valid UK mobile".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers

from settings import Config

MOBILE_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
REGION_NAMES = {"GB": "UK"}
# Ofcom keeps 07700 900000-900999 for drama and examples; phonenumbers calls them
# unallocated, but docs, tests and trial runs use them, so they are accepted.
FICTIONAL_MOBILES = ("+447700900",)
YES = {"yes", "y", "true", "1", "ie", "oes"}
NO = {"no", "n", "false", "0", "na", "nac oes"}
UK_FORMATS = ("%d/%m/%Y %H:%M", "%d/%m/%Y")
# A clock a little ahead of ours should not make today's contacts "in the future".
FUTURE_SLACK = timedelta(days=1)


class RowProblem(ValueError):
    """One thing wrong with one row."""


@dataclass(frozen=True)
class ServiceContactRow:
    """A checked row: who, which team, when, and whether they agreed to be asked."""

    channel: str  # sms | whatsapp | telegram
    address: str  # E.164 number or Telegram chat id
    team: str
    contacted_at: datetime
    referred_at: datetime | None
    language: str | None
    consent: bool


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def check_phone(config: Config, raw: Any) -> str:
    """An E.164 mobile number, read in the organisation's region when written locally."""
    region = config.organisation.phone_region
    where = REGION_NAMES.get(region, region)
    text = _text(raw)
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise RowProblem(f"{text} is not a valid {where} mobile") from None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    fictional = e164.startswith(FICTIONAL_MOBILES) and len(e164) == 13
    valid = phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in MOBILE_TYPES
    if not (valid or fictional):
        raise RowProblem(f"{text} is not a valid {where} mobile")
    return e164


def check_chat_id(raw: Any) -> str:
    text = _text(raw)
    if isinstance(raw, bool) or not text.lstrip("-").isdecimal() or int(text) == 0:
        raise RowProblem(f"telegram_chat_id {text!r} is not a Telegram chat id (a whole number)")
    return str(int(text))


def check_moment(config: Config, name: str, raw: Any, now: datetime) -> datetime:
    """ISO or UK (27/11/2026 10:00) date or date-time; without a zone it is local time."""
    if isinstance(raw, datetime):
        moment = raw
    elif isinstance(raw, date):
        moment = datetime(raw.year, raw.month, raw.day)
    else:
        moment = _parse_moment(name, _text(raw))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(config.organisation.time_zone))
    moment = moment.astimezone(UTC)
    if moment > now + FUTURE_SLACK:
        raise RowProblem(f"{name} {_text(raw)} is in the future")
    return moment


def _parse_moment(name: str, text: str) -> datetime:
    if not text:
        raise RowProblem(f"{name} is missing")
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    for pattern in UK_FORMATS:
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    raise RowProblem(f"{name} {text!r} is not a date like 2026-11-27, 2026-11-27T10:00 or 27/11/2026")


def check_team(config: Config, raw: Any) -> str:
    team = _text(raw).lower()
    if not team:
        raise RowProblem("team is missing")
    if config.team(team) is None:
        known = ", ".join(t.id for t in config.teams)
        raise RowProblem(f"unknown team {_text(raw)!r} (teams: {known})")
    return team


def check_language(config: Config, raw: Any) -> str | None:
    language = _text(raw).lower()
    if not language:
        return None
    if language not in config.organisation.languages:
        offered = ", ".join(config.organisation.languages)
        raise RowProblem(f"unknown language {_text(raw)!r} (languages: {offered})")
    return language


def check_consent(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = _text(raw).lower()
    if not text:
        raise RowProblem("consent is missing (yes or no): without it nobody is invited")
    if text in YES:
        return True
    if text in NO:
        return False
    raise RowProblem(f"consent {_text(raw)!r} is not yes or no")


def _address(config: Config, row: Mapping[str, Any]) -> tuple[str, str]:
    phone, chat_id = _text(row.get("phone")), _text(row.get("telegram_chat_id"))
    channel = _text(row.get("channel")).lower()
    if phone and chat_id:
        raise RowProblem("give a phone number or a telegram_chat_id, not both")
    if chat_id:
        if channel not in ("", "telegram"):
            raise RowProblem(f"channel {channel!r} does not go with a telegram_chat_id")
        return "telegram", check_chat_id(row.get("telegram_chat_id"))
    if not phone:
        raise RowProblem("phone or telegram_chat_id is missing")
    if channel not in ("", "sms", "whatsapp"):
        raise RowProblem(f"channel {channel!r} does not go with a phone number (sms or whatsapp)")
    return channel or "sms", check_phone(config, phone)


def check_row(
    config: Config, row: Mapping[str, Any], now: datetime
) -> tuple[ServiceContactRow | None, list[str]]:
    """The checked row, or None and every problem found in it."""
    problems: list[str] = []

    def attempt(check, *args):
        try:
            return check(*args)
        except RowProblem as problem:
            problems.append(str(problem))
            return None

    address = attempt(_address, config, row)
    team = attempt(check_team, config, row.get("team"))
    contacted = attempt(check_moment, config, "contacted_at", row.get("contacted_at"), now)
    referred = None
    if _text(row.get("referred_at")):
        referred = attempt(check_moment, config, "referred_at", row.get("referred_at"), now)
        if referred and contacted and referred > contacted:
            problems.append("referred_at is after contacted_at")
    language = attempt(check_language, config, row.get("language"))
    consent = attempt(check_consent, row.get("consent"))
    if problems:
        return None, problems
    channel, value = address
    return ServiceContactRow(channel, value, team, contacted, referred, language, consent), []
