"""The labelled safeguarding corpus: hand-written phrasing families, expanded deterministically.

`python -m bot.safeguarding.corpus` reads `data/safeguarding/source/*.txt` and
writes `data/safeguarding/corpus.csv`. Source format, one line each:

    = category            risk category, or an ordinary kind (file names risk_* / ordinary_*)
    # template severity   a phrasing family: paraphrases of one disclosure (severity: risk only)
    [register] text       a paraphrase; register defaults to plain, [cy] marks Welsh

Every hand-written line is kept as written and gets up to three deterministic
variants (texting style, a clause inside longer feedback, typing slips), in the
same template so grouped folds keep them together.
"""

from __future__ import annotations

import csv
import hashlib
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "safeguarding"
SOURCE = DATA / "source"
CORPUS = DATA / "corpus.csv"
HEADER = ("text", "label", "category", "severity", "template", "register", "language")
REGISTERS = (
    "plain",
    "texting",
    "older",
    "carer",
    "second_language",
    "formal",
    # voices the corpus had least of (round 8)
    "voice",
    "easy_read",
    "young_carer",
    "ex_forces",
    "dialect",
    "caribbean",
    "dyslexic",
    # voices the corpus had least of (round 10)
    "proxy",  # texting for someone else
    "youth",  # teen slang and multicultural London English
    "memory_loss",
    "hospital",  # writing from a hospital bed
    # voices set O showed the screen missing (round 11)
    "humour",  # harm told as a joke: "lol", "ha", scare quotes round the excuse
    "tangent",  # a long cheerful run-on with the harm in the middle
    "sweary",  # casual swearing, as praise or beside a harm
    "faith",  # religious words for dying, grief or gratitude
)


@dataclass(frozen=True)
class Row:
    text: str
    label: str  # risk | ordinary
    category: str
    severity: str  # urgent | concern | "" for ordinary
    template: str
    register: str
    language: str  # en | cy

    def as_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in HEADER}


def read_source(path: Path) -> Iterator[Row]:
    """The hand-written rows of one source file."""
    label = "risk" if path.name.startswith("risk") else "ordinary"
    category = template = severity = ""
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("= "):
            category = line[2:].strip()
        elif line.startswith("# "):
            parts = line[2:].split()
            template, severity = parts[0], (parts[1] if len(parts) > 1 else "")
            if label == "risk" and severity not in ("urgent", "concern"):
                raise ValueError(f"{path.name}:{number}: risk template {template} needs a severity")
        else:
            register, language = "plain", "en"
            if line.startswith("["):
                tag, line = line[1:].split("]", 1)
                line = line.strip()
                if tag == "cy":
                    language = "cy"
                elif tag in REGISTERS:
                    register = tag
                else:
                    raise ValueError(f"{path.name}:{number}: unknown register [{tag}]")
            if not (category and template):
                raise ValueError(f"{path.name}:{number}: text before its category and template")
            yield Row(
                line, label, category, severity if label == "risk" else "", template, register, language
            )


# Texting shorthand, applied word by word (whole words only).
_TEXTING = {
    "you": "u",
    "your": "ur",
    "are": "r",
    "for": "4",
    "to": "2",
    "tonight": "2nite",
    "tomorrow": "tmrw",
    "please": "pls",
    "because": "cos",
    "people": "ppl",
    "someone": "sum1",
    "anyone": "any1",
    "everyone": "every1",
    "no one": "no1",
    "nobody": "nobody",
    "and": "n",
    "night": "nite",
    "really": "rly",
    "with": "wiv",
    "would": "wud",
    "could": "cud",
    "know": "kno",
    "what": "wat",
    "thanks": "thx",
    "going to": "gonna",
    "want to": "wanna",
}
_FRAMES_EN = (
    "the appointment itself was fine and the receptionist was nice. {}",
    "{}. other than that the staff were ok I suppose",
    "thanks for asking. {}",
    "not much to say about the service really, {}",
    "{} and the parking at the centre is still terrible",
    "the lady on the phone was kind but {}",
    "I don't normally fill these in. {}",
    "{} sorry for going on",
)
_FRAMES_CY = (
    "roedd y staff yn iawn. {}",
    "{}. diolch am ofyn",
    "diolch am y neges, {}",
)


def _rng(text: str, salt: str) -> random.Random:
    digest = hashlib.sha256(f"{salt}:{text}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def texting(text: str, rng: random.Random) -> str:
    """Lower case, no apostrophes or full stops, some words in shorthand."""
    text = text.lower().replace("'", "").replace("\u2019", "")
    text = re.sub(r"[.,;:!?]", "", text)
    for phrase in ("no one", "going to", "want to"):
        if rng.random() < 0.7:
            text = re.sub(rf"\b{phrase}\b", _TEXTING[phrase], text)
    words = [
        _TEXTING.get(w, w) if " " not in _TEXTING.get(w, "") and rng.random() < 0.6 else w
        for w in text.split()
    ]
    return " ".join(words)


def framed(text: str, rng: random.Random, language: str) -> str:
    """The text as one clause of longer, otherwise ordinary feedback."""
    frames = _FRAMES_CY if language == "cy" else _FRAMES_EN
    body = text[0].lower() + text[1:] if text[:2] != "I " and text[:2] != "I'" else text
    return rng.choice(frames).format(body.rstrip("."))


def slipped(text: str, rng: random.Random) -> str:
    """One or two typing slips in longer words (swapped or dropped letters), sometimes all caps."""
    words = text.split()
    long_words = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    for i in rng.sample(long_words, min(len(long_words), rng.choice((1, 2)))):
        word = words[i]
        k = rng.randrange(1, len(word) - 2)
        if rng.random() < 0.5:
            words[i] = word[:k] + word[k + 1] + word[k] + word[k + 2 :]
        else:
            words[i] = word[:k] + word[k + 1 :]
    out = " ".join(words)
    return out.upper() if rng.random() < 0.2 else out


def expand(row: Row) -> list[Row]:
    """The row as written plus its deterministic variants (same template)."""
    rows = [row]
    if row.language == "en" and row.register != "texting":
        rows.append(replace(row, text=texting(row.text, _rng(row.text, "texting")), register="texting"))
    rows.append(replace(row, text=framed(row.text, _rng(row.text, "frame"), row.language)))
    rows.append(replace(row, text=slipped(row.text, _rng(row.text, "slip"))))
    unique: dict[str, Row] = {}
    for r in rows:
        unique.setdefault(r.text, r)  # the first row of each text, in order
    return list(unique.values())


def build(source: Path = SOURCE) -> list[Row]:
    """Every row of the corpus, in a stable order."""
    rows: list[Row] = []
    for path in sorted(source.glob("*.txt")):
        for row in read_source(path):
            rows.extend(expand(row))
    return rows


def write(rows: list[Row], path: Path = CORPUS) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=HEADER, lineterminator="\n")
        writer.writeheader()
        writer.writerows(row.as_dict() for row in rows)


def read(path: Path) -> list[Row]:
    """Rows of a corpus CSV (corpus.csv, holdout.csv or staff-marked exports)."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != HEADER:
            raise ValueError(f"{path.name}: header must be {','.join(HEADER)}")
        return [Row(**{name: record[name] or "" for name in HEADER}) for record in reader]


if __name__ == "__main__":
    rows = build()
    write(rows)
    risk = sum(r.label == "risk" for r in rows)
    print(f"wrote {CORPUS.relative_to(ROOT)}: {risk} risk, {len(rows) - risk} ordinary")
