"""Expands the phrasing templates here into feedback.csv, the labelled sentiment corpus.

Usage: python data/sentiment/build.py   (deterministic: the same templates give the same file)

Every paraphrase is written by the team; this only fills its slots with
service-specific words and rewrites it in a resident's register (texting,
older person, carer, second-language English). Welsh templates are kept as written.
"""

from __future__ import annotations

import csv
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "feedback.csv"
SERVICES = {
    "adult_social_care": {
        "thing": ["assessment", "care package", "OT visit", "review", "equipment", "grab rails", "care plan"],
        "staff": ["the social worker", "the care coordinator", "the OT", "the carers", "the care agency"],
        "org": ["social services", "adult social care", "the council"],
    },
    "housing_repairs": {
        "thing": ["repair", "boiler repair", "damp inspection", "new window", "leak", "heating", "kitchen"],
        "staff": ["the repairs team", "the contractor", "the housing officer", "the plumber", "the surveyor"],
        "org": ["housing", "the council", "the housing association"],
    },
    "benefits_money": {
        "thing": ["claim", "housing benefit", "council tax reduction", "payment", "hardship grant", "appeal"],
        "staff": ["the advisor", "the benefits officer", "the money adviser", "the lady on the phone"],
        "org": ["the benefits team", "the council", "money advice"],
    },
    "carers_support": {
        "thing": ["carers assessment", "respite", "break", "support plan", "carers grant", "sitting service"],
        "staff": ["the carers support worker", "the carers centre", "the support worker", "the team"],
        "org": ["the carers centre", "the council", "carers support"],
    },
    "hospital_discharge": {
        "thing": [
            "care package",
            "discharge plan",
            "hospital bed at home",
            "home visit",
            "follow up",
            "medication",
        ],
        "staff": ["the discharge team", "the ward staff", "the nurses", "the discharge coordinator"],
        "org": ["the hospital", "the discharge team", "the ward"],
    },
    "contact_centre": {
        "thing": ["call back", "reply", "email reply", "complaint response", "appointment", "blue badge"],
        "staff": ["the call handler", "the man on the phone", "customer services", "the contact centre"],
        "org": ["the council", "customer services", "the contact centre"],
    },
}
DURATIONS = [
    "3 weeks",
    "six weeks",
    "2 months",
    "over a month",
    "nearly a year",
    "since March",
    "10 days",
    "4 months",
    "a fortnight",
    "three months",
    "5 weeks",
    "since the summer",
]
TEXTING = [
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\bplease\b", "pls"),
    (r"\bthanks\b", "thx"),
    (r"\bbecause\b", "cos"),
    (r"\bpeople\b", "ppl"),
    (r"\bto be honest\b", "tbh"),
    (r"\band\b", "&"),
    (r"\bhave not\b", "havent"),
    (r"\bdid not\b", "didnt"),
    (r"\bdo not\b", "dont"),
    (r"\bI am\b", "im"),
    (r"\bwaiting\b", "waitin"),
    (r"\bsomeone\b", "some1"),
    (r"\bno one\b", "noone"),
    (r"\btomorrow\b", "2moro"),
]
SECOND_LANGUAGE = [
    (r"\bI have been waiting\b", "I am waiting"),
    (r"\bthe ", ""),
    (r"\bdid not come\b", "not came"),
    (r"\bnever came\b", "not come never"),
    (r"\bhas not\b", "is not"),
    (r"\bI was told\b", "they tell me"),
    (r"\bagain\b", "one more time"),
    (r"\bvery\b", "very much"),
]
OLDER_OPENINGS = ["I would just like to say that ", "To whom it may concern, ", "Well, ", "I must say "]
OLDER_CLOSINGS = [" Thank you for asking.", " Yours sincerely.", " I am 84 and live alone.", " Kind regards."]
CARER_OPENINGS = [
    "As a carer for my husband, ",
    "I care for my mum and ",
    "Speaking for my dad, ",
    "Me and my wife care for our son and ",
]
REGISTERS = [("plain", 40), ("texting", 20), ("older", 14), ("carer", 10), ("second_language", 16)]


def templates(path: Path) -> list[dict]:
    """Each template: id, label, complaint and its paraphrases."""
    found: list[dict] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=="):
            name, label, complaint = (part.strip() for part in line[2:].split("|"))
            found.append({"id": name, "label": label, "complaint": complaint, "lines": []})
        else:
            found[-1]["lines"].append(line)
    return found


def _sub_all(text: str, rules: list[tuple[str, str]], rng: random.Random, chance: float) -> str:
    for pattern, replacement in rules:
        if rng.random() < chance:
            text = re.sub(pattern, replacement, text, flags=re.IGNORECASE)
    return text


def in_register(text: str, register: str, rng: random.Random) -> str:
    if register == "texting":
        text = _sub_all(text, TEXTING, rng, 0.7).lower().replace("'", "").rstrip(".")
        return text + rng.choice(["", "", " !!", " x", " ...", " :("]) if rng.random() < 0.4 else text
    if register == "second_language":
        return _sub_all(text, SECOND_LANGUAGE, rng, 0.6)
    if register == "older":
        text = rng.choice(OLDER_OPENINGS) + text[0].lower() + text[1:] if rng.random() < 0.6 else text
        return text.rstrip(".") + "." + (rng.choice(OLDER_CLOSINGS) if rng.random() < 0.5 else "")
    if register == "carer":
        return rng.choice(CARER_OPENINGS) + text[0].lower() + text[1:]
    return text


def fill(text: str, service: str, rng: random.Random) -> str:
    words = SERVICES[service]
    text = text.replace("{dur}", rng.choice(DURATIONS))
    for slot in ("thing", "staff", "org"):
        text = text.replace("{" + slot + "}", rng.choice(words[slot]))
    return text[0].upper() + text[1:]


def build(seed: int = 15, services_per_line: int = 5) -> list[dict]:
    names, weights = zip(*REGISTERS, strict=True)
    rows, seen = [], set()
    for path in sorted(HERE.glob("templates_*.txt")):
        welsh = path.stem.endswith("welsh")
        for template in templates(path):
            # Each template draws from its own seeded stream, so adding a template leaves the
            # others' services and registers as they were.
            rng = random.Random(f"{seed}:{template['id']}")
            for line in template["lines"]:
                services = rng.sample(sorted(SERVICES), 1 if welsh else services_per_line)
                for service in services:
                    register = "welsh" if welsh else rng.choices(names, weights)[0]
                    text = line if welsh else in_register(fill(line, service, rng), register, rng)
                    if text.casefold() in seen:
                        continue
                    seen.add(text.casefold())
                    rows.append(
                        {
                            "text": text,
                            "label": template["label"],
                            "service": service,
                            "template": template["id"],
                            "register": register,
                            "language": "cy" if welsh else "en",
                            "complaint": template["complaint"],
                        }
                    )
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} comments -> {OUT.name}")


if __name__ == "__main__":
    main()
