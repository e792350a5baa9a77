"""Whole-message keywords (STOP, START, HELP, SKIP, languages) that work at any point."""

from __future__ import annotations

import re
import unicodedata
from enum import Enum


class Keyword(Enum):
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    HELP = "help"
    SKIP = "skip"
    ENGLISH = "en"
    WELSH = "cy"


# Twilio's own opt-out words plus ours: STOP must work whatever the resident types.
_WORDS = {
    Keyword.OPT_OUT: {
        "stop",
        "stopall",
        "unsubscribe",
        "cancel",
        "end",
        "quit",
        "revoke",
        "optout",
        "opt out",
    },
    Keyword.OPT_IN: {"start", "unstop"},
    Keyword.HELP: {"help", "info", "cymorth", "help me"},
    Keyword.SKIP: {"skip", "hepgor", "pass", "next"},
    Keyword.ENGLISH: {"english", "saesneg"},
    Keyword.WELSH: {"cymraeg", "welsh"},
}
_COMMANDS = {"stop": Keyword.OPT_OUT, "start": Keyword.OPT_IN, "help": Keyword.HELP, "skip": Keyword.SKIP}

# Plain words that clearly ask us to stop, as the whole message. Kept narrow
# on purpose: "they should stop making me wait" is feedback, not an opt-out.
_PLAIN_OPT_OUT = re.compile(
    r"^(please |pls |just )?"
    r"(stop|quit|no more)( (it|now|please|pls|this|these|that))*"
    r"( (texting|messaging|sending|contacting|txting|bothering|emailing)( me)?"
    r"( (texts|messages|these|this|any more|anymore))*)?"
    r"( (now|please|pls|thanks|thank you|thx|ta|anymore|any more))*$"
    r"|^(please |pls )?(don'?t|do not) (text|message|contact) me( (again|any more|anymore))?( please)?$"
    r"|^(please |pls )?(leave me alone|remove me|take me off|unsubscribe me|opt me out)"
    r"( from (this|the|your) (list|service))?( please| thanks| thank you)?$"
    r"|^no more (texts|messages)( please)?$"
    r"|^(i want to|i'?d like to|i wish to|can you|could you|please can you) "
    r"(stop|unsubscribe|opt out)( (these|the|your|all))?( (texts|messages))?( please)?$"
)

_COMMAND = re.compile(r"^/(\w+)(?:@\w+)?(?:\s+(\S+))?\s*$")


def normalise(text: str) -> str:
    """Lower-case, straight quotes, no surrounding punctuation or repeated spaces."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").casefold()
    text = re.sub(r"[^\w'/ ]+", " ", text)
    return " ".join(text.split())


def classify(text: str) -> Keyword | None:
    """The keyword `text` is, if the whole message is one."""
    if len(text) > 200:
        return None
    command = _COMMAND.match(text.strip())
    if command:
        return _COMMANDS.get(command.group(1).lower())
    words = normalise(text)
    for keyword, spellings in _WORDS.items():
        if words in spellings:
            return keyword
    if _PLAIN_OPT_OUT.match(words):
        return Keyword.OPT_OUT
    return None


def command_payload(text: str) -> str | None:
    """The payload of '/start team-east' (a Telegram deep link), if any."""
    command = _COMMAND.match(text.strip())
    return command.group(2) if command and command.group(2) else None
