"""A wait told as two dates or two weekdays: "rang on the 14th of March, came on the 2nd of April"
(19 days), "rang on the Monday, someone came on the Thursday" (3).

Only a pair a person would count without asking: exactly two dates, each with its month, the second
later (the year turning over is allowed), and not across the end of February (the year, and so its
length, is not said); or exactly two weekdays, the second counted forward from the first ("the
Monday after" is a week). Anything else is left to the other duration rules, which ask again.
"""

from __future__ import annotations

from collections.abc import Sequence

MONTH_NUMBERS = {
    **dict.fromkeys(("january", "jan"), 1),
    **dict.fromkeys(("february", "feb"), 2),
    **dict.fromkeys(("march", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    "may": 5,
    **dict.fromkeys(("june", "jun"), 6),
    **dict.fromkeys(("july", "jul"), 7),
    **dict.fromkeys(("august", "aug"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("october", "oct"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("december", "dec"), 12),
}
# Days in each month of a year that is not a leap year; a span over February's end asks again.
MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
ORDINAL_ENDINGS = frozenset(("st", "nd", "rd", "th"))
WEEKDAYS = {
    **dict.fromkeys(("monday", "mon"), 0),
    **dict.fromkeys(("tuesday", "tues", "tue"), 1),
    **dict.fromkeys(("wednesday", "weds", "wed"), 2),
    **dict.fromkeys(("thursday", "thurs", "thur"), 3),
    **dict.fromkeys(("friday", "fri"), 4),
    "saturday": 5,  # not "sat" or "sun": "sat by the phone till Thursday"
    "sunday": 6,
}
# Said of the second weekday: "the Monday after", "the following Monday", "the next Monday".
LATER = frozenset(("after", "following", "next"))
# A week or more said beside the weekdays ("the week after") makes the count a guess.
WEEK_WORDS = frozenset(("week", "weeks", "fortnight", "wk", "wks"))


def _day_of_month(tokens: Sequence[str], k: int) -> int | None:
    """The day of the month at tokens[k] ("14", "14th"), or None."""
    token = tokens[k]
    if not token.isdecimal() or len(token) > 2:
        return None
    day = int(token)
    return day if 1 <= day <= 31 else None


def _dates(tokens: Sequence[str]) -> list[tuple[int, int]] | None:
    """(month, day) for each date named with its month ("14th of March", "March 14"); None when a
    day of the month is named without one."""
    found: list[tuple[int, int]] = []
    days = [k for k in range(len(tokens)) if _day_of_month(tokens, k) is not None]
    for k in days:
        after = k + 1 + (k + 1 < len(tokens) and tokens[k + 1] in ORDINAL_ENDINGS)
        after += after < len(tokens) and tokens[after] == "of"
        if after < len(tokens) and tokens[after] in MONTH_NUMBERS:
            month = MONTH_NUMBERS[tokens[after]]
        elif k and tokens[k - 1] in MONTH_NUMBERS:
            month = MONTH_NUMBERS[tokens[k - 1]]
        else:
            return None  # "the 3rd": which month?
        day = _day_of_month(tokens, k)
        if day is None or day > MONTH_DAYS[month - 1] + (month == 2):
            return None
        found.append((month, day))
    return found


def _day_of_year(month: int, day: int) -> int:
    return sum(MONTH_DAYS[: month - 1]) + day


def between_dates(tokens: Sequence[str]) -> int | None:
    """Days from the first date to the second, each with its month; None unless that is clear."""
    dates = _dates(tokens)
    if dates is None or len(dates) != 2:
        return None
    (m1, d1), (m2, d2) = dates
    if (m1, d1) == (2, 29) or (m2, d2) == (2, 29):
        return None
    start, end = _day_of_year(m1, d1), _day_of_year(m2, d2)
    span = (end - start) % 365
    to_march = (_day_of_year(3, 1) - start) % 365  # days from the first date to the 1st of March
    if not 0 < span < 183 or 0 < to_march <= span:
        return None  # the second date before the first, or over February's end (28 or 29 days?)
    return span


def between_weekdays(tokens: Sequence[str]) -> int | None:
    """Days from one weekday to the next one named after it; None unless exactly two are named."""
    named = [(k, WEEKDAYS[t]) for k, t in enumerate(tokens) if t in WEEKDAYS]
    if len(named) != 2 or any(t in WEEK_WORDS or t in MONTH_NUMBERS or t.isdecimal() for t in tokens):
        return None
    (_, first), (at, second) = named
    span = (second - first) % 7
    if span == 0:
        later = {tokens[at - 1] if at else "", tokens[at + 1] if at + 1 < len(tokens) else ""}
        return 7 if later & LATER else None  # "the Monday after"; "Monday ... Monday" alone: which?
    return span
