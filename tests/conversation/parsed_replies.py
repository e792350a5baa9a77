"""Every stored reply's reading, frozen: what the parser made of each reply in data/replies/ and
data/outside/ when the file was last written, so a change meant only to make parsing faster can be
checked to read every reply exactly as before.

Regenerate (`python -m tests.conversation.parsed_replies`) only when the parser is meant to read
replies differently, and say so in the commit. Replies are stored as digests: the outside sets'
sentences are not copied into the tests.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from bot.conversation.answers import parse_answer
from bot.conversation.reply_table import TABLE_DIR, Row, load_questions, load_rows

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "parsed_replies.json"
OUTSIDE_DIR = TABLE_DIR.parents[0] / "outside"


def reply_files() -> list[Path]:
    """The reply table, its later and unseen sets and the outside sets' replies."""
    table = [TABLE_DIR / "replies.csv", TABLE_DIR / "holdout.csv", *sorted(TABLE_DIR.glob("blind_set_*.csv"))]
    return table + sorted(OUTSIDE_DIR.glob("replies_set_*.csv"))


def stored_replies() -> Iterator[Row]:
    for path in reply_files():
        yield from load_rows(path)


def digest(row: Row) -> str:
    return hashlib.sha256(f"{row.question_id}\0{row.language}\0{row.reply}".encode()).hexdigest()[:16]


def readings() -> dict[str, list[object]]:
    """digest -> [ok, value] for every stored reply (a reply stored twice is read once)."""
    questions = load_questions()
    read: dict[str, list[object]] = {}
    for row in stored_replies():
        key = digest(row)
        if key not in read:
            parsed = parse_answer(questions[row.question_id], row.reply, row.language)
            read[key] = [parsed.ok, parsed.value]
    return read


if __name__ == "__main__":
    found = readings()
    lines = (f"{json.dumps(key)}: {json.dumps(found[key], ensure_ascii=False)}" for key in sorted(found))
    FIXTURE.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"{len(found)} readings written to {FIXTURE}")
