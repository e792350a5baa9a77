"""The safeguarding, retention and "you said, we did" config sections fail with one clear line."""

from __future__ import annotations

import copy

import pytest

from bot.conversation.segments import is_gsm7, segments
from settings import ConfigError, parse_config
from tests.configuration import raw_test_config

RAW = raw_test_config()


def changed(change) -> dict:
    data = copy.deepcopy(RAW)
    change(data)
    return data


@pytest.mark.parametrize(
    "change, message",
    [
        (
            lambda d: d["safeguarding"]["rules"].update(abuse=[]),
            "safeguarding.rules.abuse: needs at least one phrasing",
        ),
        (
            lambda d: d["safeguarding"]["categories"].update(unsafe="scary"),
            "safeguarding.categories.unsafe: Input should be 'physical'",
        ),
        (
            lambda d: d["safeguarding"]["severities"].update(unsafe="high"),
            "safeguarding.severities.unsafe: Input should be 'urgent' or 'concern'",
        ),
        (
            lambda d: d["safeguarding"]["categories"].update(nothing_here="crisis"),
            "safeguarding.categories.nothing_here: no rule of that name in rules",
        ),
        (lambda d: d["safeguarding"]["rules"].update({"Bad Name": ["x"]}), "safeguarding.rules.Bad Name"),
        (
            lambda d: d["safeguarding"]["rules"].update(abuse=[".."]),
            "rules.abuse[0]: '..' has no word to match",
        ),
        (lambda d: d["safeguarding"]["safety_reply"].pop("cy"), "safeguarding.safety_reply.cy: missing"),
        (
            lambda d: d["safeguarding"]["email"].update(enabled=True, to=[]),
            "safeguarding.email.to: e-mail is enabled but has no recipient",
        ),
        (
            lambda d: d["safeguarding"].update(colour="red"),
            "safeguarding.colour: Extra inputs are not permitted",
        ),
        (
            lambda d: d["retention"].update(contact_details_after="3 months"),
            "retention.contact_details_after",
        ),
        (lambda d: d["you_said_we_did"]["question"].pop("cy"), "you_said_we_did.question.cy: missing"),
    ],
)
def test_bad_section_is_one_line_naming_the_key(change, message):
    with pytest.raises(ConfigError) as error:
        parse_config(changed(change))
    assert message in str(error.value) and "\n" not in str(error.value)


def test_sections_can_be_left_out():
    data = changed(lambda d: [d.pop(k) for k in ("safeguarding", "retention", "you_said_we_did")])
    for survey in data["surveys"]:
        survey.pop("ask_you_said_we_did", None)
    config = parse_config(data)
    assert not config.safeguarding.enabled
    assert config.retention.contact_details_after.days == 90


@pytest.mark.parametrize("language", ["en", "cy"])
def test_safety_reply_names_every_number(language):
    text = parse_config(RAW).safeguarding.safety_reply[language]
    for number in ("999", "116 123", "111", "24/7"):
        assert number in text
    if language == "en":
        assert is_gsm7(text) and segments(text) == 1
