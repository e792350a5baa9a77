"""How a harm or risk word is framed in its clause: features the classifier weighs, never a veto.

The classifier reads words, so "nobody's hurting me", "I can't reach the top shelf", "my son does
my banking, he shows me every statement" and "terrified of dogs" carry the weight of the harm,
reach and money words they share with disclosures. These features mark the frame around the word
so the model can learn what each frame is worth (features.py adds them to the cue set; training
sets their weights, nothing here sets an alert aside):

- `fr:neg:FAMILY`: a negator or a "nobody" a few words before a word of the family ("nobody is
  hurting me", "he never hits me"; "he won't let me out" is `fr:neg:controlled`, which the model
  learns is no denial);
- `fr:past:FAMILY`: the clause, or the one after it, is placed in the past (history.py's PAST,
  passing_kinds' settled past: "years ago", "as a kid", "used to"); `fr:good_now` when the message
  also says life is good now (history.py's GOOD_NOW);
- `fr:thing` / `fr:thing:FAMILY`: a clause naming a thing (a fitting, a room, a pet, a form: the
  kinds' own word lists) and no person but the writer ("the top shelf", "the boiler is killing me");
- `fr:consent`: money in the message and, in a clause with no negator, pressure or harm word, the
  writer's own say ("I asked him to", "we agreed") or openness ("shows me every statement");
- `fr:fear_of:thing` / `fr:fear_of:person`: what a fear word is of (a dog, heights, the dentist,
  or a person);
- `fr:media`, `fr:work`, `fr:sport` (and `:FAMILY`): a harm word beside a programme or the news,
  the writer's job or customers, a match or a game, in its clause or the next.

Words are the rules' (rules.normalise, mended), clauses the rules' sentences (rules.BREAK).
"""

# ruff: noqa: E501  (a pattern reads best on one line, however long)
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from bot.safeguarding import (
    calm_kinds,
    errand_kinds,
    everyday_kinds,
    figurative,
    light_kinds,
    passing_kinds,
    trivial_kinds,
)
from bot.safeguarding.cues import NEGATORS as RULE_NEGATORS
from bot.safeguarding.history import GOOD_NOW, PAST
from bot.safeguarding.rules import _alternatives
from bot.text.features import NEGATORS as TEXT_NEGATORS

FamiliesOf = Callable[[str], tuple[str, ...]]

# The families whose words carry a harm or a risk (people, time and place families are context;
# "controlled", what a controlling person forbids, is every outing and errand, so it is context too).
HARM = (
    "hit",
    "kill",
    "fear",
    "injury",
    "floor",
    "die",
    "pills",
    "take_dose",
    "taken",
    "money",
    "money_act",
    "control",
    "cold",
    "hunger",
    "coping",
    "dirt",
    "care_need",
    "body",
    "exploit",
    "hate",
    "ending",
)
NEG_REACH = 4  # words between a negator and the harm word it denies ("nobody is really hurting")
FEAR_REACH = 4  # words after "scared of" that name what the fear is of
FIRST_PERSON = frozenset(
    ["i", "im", "ive", "id", "me", "my", "myself", "meself", "mine", "we", "us", "our", "fi", "mi", "fy"]
)


@dataclass(frozen=True)
class Words:
    """A word list from pattern alternatives: exact words, `a_b` phrases and `stem*` stems."""

    exact: frozenset[str]
    stems: tuple[str, ...]
    _firsts: frozenset[str] = field(init=False, repr=False, compare=False)
    _stem: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # read once per message word: a phrase is tried only where one can start, stems as one regex
        firsts = frozenset(w.split("_")[0] for w in self.exact if "_" in w)
        stem = re.compile("|".join(map(re.escape, self.stems))) if self.stems else None
        object.__setattr__(self, "_firsts", firsts)
        object.__setattr__(self, "_stem", stem)

    @classmethod
    def of(cls, *alternatives: str, minus: Iterable[str] = ()) -> Words:
        options = {o for a in alternatives for o in _alternatives(a)} - set(minus)
        return cls(
            frozenset(o for o in options if not o.endswith("*")),
            tuple(sorted(o[:-1] for o in options if o.endswith("*") and len(o) > 3)),
        )

    def at(self, words: Sequence[str], i: int) -> bool:
        """Whether a word or phrase of the list starts at `words[i]`."""
        word = words[i]
        if word in self.exact or (self._stem is not None and self._stem.match(word)):
            return True
        if word not in self._firsts:
            return False
        return any("_".join(words[i:j]) in self.exact for j in (i + 2, i + 3) if j <= len(words))

    def any_in(self, words: Sequence[str]) -> bool:
        return any(self.at(words, i) for i in range(len(words)))


@cache
def _lists() -> dict[str, Words]:
    """The kinds' word lists read as frames (built once: the rules' families are final by then)."""
    people = Words.of(*(f"{{{f}}}" for f in ("someone", "victim", "kin", "child", "carers")))
    animals = Words.of(light_kinds.PET, passing_kinds.DOG, passing_kinds.NOT_A_PERSON, calm_kinds.CREATURE)
    person = Words(people.exact - animals.exact - FIRST_PERSON, people.stems)
    # Heights, creatures and procedures a fear is of; the kinds name most, these few they lacked.
    fear_objects = Words.of(
        calm_kinds.EVENT,
        light_kinds.CHILD_DANGER_PLACE,
        "heights|height|spider*|needle*|injection*|dentist*|flying|fly|planes|lifts|lift|ladder*|dark"
        "|thunder|fireworks|storms|water|crowds|hospital*|operation*|surgery|scan*|mri|falling|fall",
    )
    things = Words.of(
        calm_kinds.NUISANCE,
        calm_kinds.MISHAP,
        calm_kinds.TECH,
        calm_kinds.RUBBISH,
        errand_kinds.REPAIR,
        figurative.CHORES,
        figurative.ROOMS,
        figurative.FITTINGS,
        figurative.SERVICE,
        everyday_kinds.SHARED_PLACE,
        passing_kinds.HOME,
        passing_kinds.THING,
        light_kinds.HARD,
        light_kinds.THING_ABUSED,
        trivial_kinds.TECH,
        trivial_kinds.PAPER,
        # a home's fittings the kinds never needed: what a resident cannot reach or lift
        "shelf|shelves|cupboard*|top_shelf|loft|wardrobe|curtains|bulb|lightbulb|jar|jars|lid|bottle|tin|tins",
        minus=people.exact | FIRST_PERSON,
    )
    return {
        "person": person,
        "fear_objects": Words(fear_objects.exact | animals.exact, fear_objects.stems + animals.stems),
        "things": Words(things.exact | animals.exact, things.stems + animals.stems),
        "negators": Words.of("|".join(TEXT_NEGATORS | RULE_NEGATORS), "{nobody}", passing_kinds.DENIER),
        "media": Words.of(
            passing_kinds.PROGRAMME,
            "news|paper|newspaper|article|headlines|radio|podcast|book|novel|telly|tv",
        ),
        # the writer's job, not work someone is made to do: no bare "work", "job" or "boss"
        "work": Words.of(
            passing_kinds.ON_SHIFT,
            trivial_kinds.PUBLIC,
            "my_job|my_work|clients|client|patients|colleague|colleagues|pupils|service_users|at_the_office",
            minus=("late", "break"),
        ),
        # "cards", "race" and "cup" are a bank card, racism and a cup of tea as often as a game
        "sport": Words.of(
            figurative.SPORT,
            calm_kinds.TEAM,
            trivial_kinds.GAME,
            passing_kinds.SIDE,
            minus=(
                "cards",
                "race",
                "cup",
                "pool",
                "final",
                "finals",
                "city",
                "town",
                "county",
                "team",
                "squash",
            ),
        ),
        "money": Words.of("{money}", "{money_act}", "banking|bills|finances|shopping|statement|statements"),
        "pressure": Words.of(
            "{hit}|{kill}|{fear}|steal*|stole|stolen|nick*|pinch*|emptied|missing|disappear*|made_me|makes_me|forced|force|forces|pressure*|had_to|have_to|or_else"
            "|threat*|behind_my_back|without_asking|without_telling|without_me"
        ),
    }


# The writer's own say over money, or openness about it ("I asked him to", "shows me every statement");
# never what another asks of the writer ("asked me for food") nor a say given under a pretext.
_CONSENT = re.compile(
    r"\b(?:(?:i|we|ive|weve|i have|we have) (?:asked|agreed|chose|decided|set up|wanted) (?:him|her|them|my|our|to)"
    r"|(?:shows|showed|show|showing) (?:me|us) (?:every|each|all|the|my|our|his|her|where|what)"
    r"|(?:every|each) (?:statement|receipt|penny|transaction)|above board"
    r"|(?:brings|bring|brought|gives|give|gave|shows) (?:me |us )?(?:the |all the |every )?(?:receipts?|change|slip|statements?)"
    r"|with (?:my|our|her|his) (?:full )?(?:permission|blessing|consent|knowledge|agreement)"
    r"|(?:my|our|her|his) (?:own )?(?:idea|choice|request|say so|decision)"
    r"|(?:i|we|mum|mam|dad) (?:check|checks|checked) (?:it|them|everything|every)"
    r"|(?:sat|sit|sits|sitting) (?:right )?(?:next to|with|beside) (?:me|us|him|her|them)"
    r"|(?:goes|go|went|going) through (?:it|them|everything|the \w+) with (?:me|us)"
    r"|(?:runs|checks) (?:everything|it|things) (?:by|with) (?:me|us)|together)\b"
)


def frame_features(clauses: Sequence[Sequence[str]], families_of: FamiliesOf) -> set[str]:
    """The `fr:` features of a message given as the rules' sentences of mended, normalised words."""
    lists = _lists()
    out: set[str] = set()
    harm_in = [[tuple(f for f in families_of(w) if f in HARM) for w in clause] for clause in clauses]
    anywhere = any(f for clause in harm_in for f in clause)
    if not anywhere and not any(lists["things"].any_in(c) for c in clauses):
        return out
    joined = [" ".join(c) for c in clauses]
    for n, clause in enumerate(clauses):
        families = {f for fs in harm_in[n] for f in fs}
        around = [clauses[k] for k in (n - 1, n, n + 1) if 0 <= k < len(clauses)]
        if families:
            out.update(f"fr:neg:{f}" for f in _negated(clause, harm_in[n], lists["negators"]))
            nxt = joined[n + 1] if n + 1 < len(joined) else ""
            if PAST.search(joined[n]) or passing_kinds.SETTLED_PAST.search(joined[n]) or PAST.search(nxt):
                out.update(f"fr:past:{f}" for f in families)
            for name in ("media", "work", "sport"):
                if any(lists[name].any_in(c) for c in around):
                    out.add(f"fr:{name}")
                    out.update(f"fr:{name}:{f}" for f in families)
            out.update(_fear_of(clause, harm_in[n], lists))
        if lists["things"].any_in(clause) and not lists["person"].any_in(clause):
            out.add("fr:thing")
            out.update(f"fr:thing:{f}" for f in families)
    if anywhere and GOOD_NOW.search(" ".join(joined)):
        out.add("fr:good_now")
    if lists["money"].any_in([w for c in clauses for w in c]) and any(
        _CONSENT.search(j) and not lists["negators"].any_in(c) and not lists["pressure"].any_in(c)
        for c, j in zip(clauses, joined, strict=True)
    ):
        out.add("fr:consent")
    return out


def _negated(clause: Sequence[str], harm: Sequence[tuple[str, ...]], negators: Words) -> set[str]:
    found: set[str] = set()
    reach = 0
    for i in range(len(clause)):
        if negators.at(clause, i):
            reach = NEG_REACH
        elif reach:
            found.update(harm[i])
            reach -= 1
    return found


def _fear_of(clause: Sequence[str], harm: Sequence[tuple[str, ...]], lists: dict[str, Words]) -> set[str]:
    """`fr:fear_of:person` or `:thing` for each fear word whose object the next words name."""
    found: set[str] = set()
    for i, families in enumerate(harm):
        if "fear" not in families:
            continue
        after = clause[i + 1 : i + 1 + FEAR_REACH]
        before = clause[max(0, i - 3) : i]
        if lists["person"].any_in(after):
            found.add("fr:fear_of:person")
        elif lists["fear_objects"].any_in(after) or (
            lists["fear_objects"].any_in(before) and not lists["person"].any_in(before)
        ):
            found.add("fr:fear_of:thing")
    return found
