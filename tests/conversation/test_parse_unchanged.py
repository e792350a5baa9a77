"""The parser's speed-ups change no reading: every stored reply parses as the frozen readings say."""

from __future__ import annotations

import json

import pytest

from bot.conversation.answers import parse_answer
from bot.conversation.reply_table import load_questions
from tests.conversation.parsed_replies import FIXTURE, digest, stored_replies


@pytest.mark.slow
def test_every_stored_reply_reads_as_frozen() -> None:
    frozen = json.loads(FIXTURE.read_text(encoding="utf-8"))
    questions = load_questions()
    changed, seen = [], set()
    for row in stored_replies():
        key = digest(row)
        if key in seen:
            continue
        seen.add(key)
        parsed = parse_answer(questions[row.question_id], row.reply, row.language)
        if [parsed.ok, parsed.value] != frozen[key]:
            changed.append((row.template, frozen[key], [parsed.ok, parsed.value]))
    assert seen == frozen.keys(), "the stored replies changed: regenerate the frozen readings"
    assert not changed, f"{len(changed)} replies read differently, e.g. {changed[:5]}"
