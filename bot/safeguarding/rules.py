"""Matching the risk concepts in a resident's words, with negation, resolution and idioms by rule.

Text is normalised into words with sentence breaks kept (`|`), typing slips in
long words are mended towards the concepts' own words, everyday idioms
("dying to", "my back is killing me") are blanked, then each concept's
patterns are tried. A match is dropped when a negator comes just before it
("he never hits me") or, for concepts that can pass, when the same sentence
goes on to say it has ("I was scared but it was fine").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.safeguarding.calm_kinds import (
    CALM_CONCEPTS,
    CALM_DEATH_IDIOMS,
    CALM_GUARDS,
    CALM_IDIOMS,
    CALM_PAIR_CONCEPTS,
    CALM_PAIRS,
    CALM_RESOLVED,
    CALM_VETO,
    blank_asked_and_denied,
)
from bot.safeguarding.circumstance_kinds import CIRCUMSTANCE_PAIR_CONCEPTS, CIRCUMSTANCE_PAIRS
from bot.safeguarding.complaint_kinds import (
    COMPLAINT_IDIOMS,
    COMPLAINT_VETO,
    NOWHERE_IDIOMS,
    PLAY_AREA,
    PLAY_AREA_VETO,
)
from bot.safeguarding.concepts import CONCEPTS, Concept
from bot.safeguarding.cues import FAMILIES, IDIOMS, NEGATORS, RESOLVED
from bot.safeguarding.dialect import read_dialect
from bot.safeguarding.emoji import read_emoji
from bot.safeguarding.errand_kinds import ERRAND_GUARDS, ERRAND_IDIOMS, ERRAND_VETO
from bot.safeguarding.everyday_kinds import EVERYDAY_GUARDS, EVERYDAY_IDIOMS
from bot.safeguarding.figurative import (
    FIGURATIVE_FOLDS,
    FIGURATIVE_IDIOMS,
    FIGURATIVE_RESOLVED,
    LAUGHING_EMOJI,
    RECURRENCE,
    SCORELINE,
)
from bot.safeguarding.flat_kinds import FLAT_CONCEPTS, FLAT_IDIOMS
from bot.safeguarding.guise_kinds import GUISE_CONCEPTS, GUISE_PAIR_CONCEPTS, GUISE_PAIRS
from bot.safeguarding.held_kinds import HELD_PAIR_CONCEPTS, HELD_PAIRS
from bot.safeguarding.history import GOOD_NOW, PAST, told_as_history
from bot.safeguarding.idioms import IDIOM_PATTERNS, LITERAL_CONCEPTS, LITERAL_GUARDS
from bot.safeguarding.indirect_kinds import INDIRECT_CONCEPTS
from bot.safeguarding.kept_kinds import (
    CONCEALED,
    CONFINED,
    CONFINED_WHERE,
    DEPRIVED,
    NOT_SETTLED,
    PUNISHED,
    UNDONE,
    UNDONE_FOR_MONTHS,
)
from bot.safeguarding.kinds import KIND_CONCEPTS, KIND_FAMILY_WORDS, KIND_IDIOMS
from bot.safeguarding.later_kinds import LATER_CONCEPTS, LATER_FOLDS, LATER_IDIOMS, LATER_RESOLVED
from bot.safeguarding.light_kinds import (
    LIGHT_CONCEPTS,
    LIGHT_GUARDS,
    LIGHT_IDIOMS,
    LIGHT_PAIR_CONCEPTS,
    LIGHT_PAIRS,
    LIGHT_RESOLVED,
    SCARE,
    mark_divine,
    mark_scare_quotes,
    split_run_on,
)
from bot.safeguarding.moment_kinds import CARING, HUNGER_ALONE, MEAL_NEAR, MOMENT_IDIOMS, PLAY_IDIOMS
from bot.safeguarding.more_concepts import (
    CY_CONCEPTS,
    FAMILY_WORDS,
    MORE_CONCEPTS,
    MORE_IDIOMS,
    MORE_RESOLVED,
)
from bot.safeguarding.over_kinds import set_aside_by_round_25_frames
from bot.safeguarding.oversight_kinds import (
    AT_PLAY,
    COLD_IDIOMS,
    COLD_NOT_OVER,
    COLD_OVER,
    CONTROL,
    FOND,
    LOCKED_BY_A_PERSON,
    LOCKOUT_IDIOMS,
    NOT_OWN,
    NOT_PLAY,
    NUISANCE_IDIOMS,
    NUISANCE_VETO,
    OBJECT_IDIOMS,
    OVERSIGHT_IDIOMS,
    OWN_FALL,
    OWN_FALL_IDIOMS,
    SAID_NOTHING,
    SCREAMING_IDIOMS,
    TIRED_FINE,
    TIRED_IDIOMS,
)
from bot.safeguarding.passing_kinds import (
    LASTING,
    NEED_IDIOMS,
    PASSING_CY_CONCEPTS,
    PASSING_GUARDS,
    PASSING_IDIOMS,
    PASSING_RESOLVED,
    read_sides,
    told_as_long_over,
)
from bot.safeguarding.plain_kinds import PLAIN_CONCEPTS
from bot.safeguarding.reach_kinds import REACH_PAIR_CONCEPTS, REACH_PAIRS
from bot.safeguarding.ready_kinds import (
    READY_CONCEPTS,
    READY_FRAME,
    READY_IDIOMS,
    READY_PAIR_CONCEPTS,
    READY_PAIRS,
    READY_VETO,
)
from bot.safeguarding.regime_kinds import REGIME_PAIR_CONCEPTS, REGIME_PAIRS
from bot.safeguarding.shrug_kinds import SHRUG_CONCEPTS, SHRUG_PAIR_CONCEPTS, SHRUG_PAIRS
from bot.safeguarding.sparse_kinds import (
    MINIMISERS,
    NOT_OVER,
    SPARSE_CONCEPTS,
    SPARSE_PAIR_CONCEPTS,
    SPARSE_PAIRS,
)
from bot.safeguarding.texting import TEXTING_FOLDS
from bot.safeguarding.told_kinds import TOLD_CONCEPTS, TOLD_PAIRS, Pair
from bot.safeguarding.trivial_kinds import (
    FAREWELL,
    HABIT_IDIOMS,
    LACK,
    MOVE_IDIOMS,
    TRIVIAL_GUARDS,
    TRIVIAL_IDIOMS,
)
from bot.safeguarding.unsaid_kinds import (
    UNSAID_CONCEPTS,
    UNSAID_PAIR_CONCEPTS,
    UNSAID_PAIRS,
    UNSAID_SELF_HARM_PAIRS,
)
from bot.safeguarding.unseen_kinds import UNSEEN_CONCEPTS, UNSEEN_CY_CONCEPTS, WELSH_CLITIC
from bot.safeguarding.voice_kinds import VOICE_CONCEPTS
from bot.safeguarding.watched_kinds import WATCHED_PAIR_CONCEPTS, WATCHED_PAIRS
from bot.safeguarding.welsh_kinds import WELSH_KIND_CONCEPTS
from bot.safeguarding.wry_kinds import (
    WRY_CONCEPTS,
    WRY_GUARDS,
    WRY_IDIOMS,
    WRY_PAIR_CONCEPTS,
    WRY_PAIRS,
    WRY_RESOLVED,
)

BREAK = "|"
CLAUSE_END = "$"
BLANK = "·"  # stands in for blanked idioms: never matches a word, never ends a sentence
GAPS = {"..": 2, "~": 5, "~~": 10}  # "~~": a clause-long gap (a joke's laughter after an aside)
MEND_MIN = 5  # shorter words are too often another word with one letter changed
_SENTENCE_END = re.compile(r"[.!?;\n]+|\s-\s|\bbut\b")
_APOSTROPHES = re.compile(r"['\u2019\u2018`´]")
_NON_WORD = re.compile(r"[^\w|]+|_")
# Spellings folded together first so patterns are written once.
_FOLDS = [
    (re.compile(rf"\b{a}\b"), b)
    for a, b in [
        ("(cannot|can not|cnt)", "cant"),
        ("do not", "dont"),
        ("does not", "doesnt"),
        ("did not", "didnt"),
        ("will not", "wont"),
        ("would not", "wouldnt"),
        ("could not", "couldnt"),
        ("is not", "isnt"),
        ("are not", "arent"),
        ("was not", "wasnt"),
        ("were not", "werent"),
        ("have not", "havent"),
        ("has not", "hasnt"),
        ("i am", "im"),
        ("no one|no body", "noone"),
        ("wanna", "want to"),
        ("gonna", "going to"),
        ("u", "you"),
        ("ur", "your"),
        ("(my|me|your|him|her|them) (self|selves)", r"\1\2"),
        ("any more", "anymore"),
        # texting: "4 weeks", "ask 2 see", "him n me"
        ("4", "for"),
        ("2", "to"),
        ("n", "and"),
        ("dont no", "dont know"),
    ]
]
# Texting shorthand, Welsh and the later classes of risk live in their own modules.
_FOLDS = _FOLDS + TEXTING_FOLDS + FIGURATIVE_FOLDS + LATER_FOLDS
CONCEPTS = (
    CONCEPTS
    + MORE_CONCEPTS
    + CY_CONCEPTS
    + KIND_CONCEPTS
    + UNSEEN_CONCEPTS
    + UNSEEN_CY_CONCEPTS
    + LATER_CONCEPTS
    + INDIRECT_CONCEPTS
    + FLAT_CONCEPTS
)
IDIOMS = IDIOMS + MORE_IDIOMS + KIND_IDIOMS + FIGURATIVE_IDIOMS + LATER_IDIOMS + FLAT_IDIOMS
# The screen reads more than the classifier's features do (see Rules): the idiom inventory, the
# literal readings it guards and the kinds told as two facts (round 9).
SCREEN_CONCEPTS = (
    CONCEPTS
    + LITERAL_CONCEPTS
    + VOICE_CONCEPTS
    + TOLD_CONCEPTS
    + SPARSE_CONCEPTS
    + SPARSE_PAIR_CONCEPTS
    + LIGHT_CONCEPTS
    + LIGHT_PAIR_CONCEPTS
    + WRY_CONCEPTS
    + WRY_PAIR_CONCEPTS
    + CALM_CONCEPTS
    + CALM_PAIR_CONCEPTS
    + PASSING_CY_CONCEPTS
    + UNSAID_CONCEPTS
    + UNSAID_PAIR_CONCEPTS
    + SHRUG_CONCEPTS
    + SHRUG_PAIR_CONCEPTS
    + WATCHED_PAIR_CONCEPTS
    + HELD_PAIR_CONCEPTS
    + REGIME_PAIR_CONCEPTS
    + REACH_PAIR_CONCEPTS
    + CIRCUMSTANCE_PAIR_CONCEPTS
    + WELSH_KIND_CONCEPTS
    + GUISE_CONCEPTS
    + GUISE_PAIR_CONCEPTS
    + READY_CONCEPTS
    + READY_PAIR_CONCEPTS
    + PLAIN_CONCEPTS
)
SCREEN_IDIOMS = IDIOMS + IDIOM_PATTERNS
SCREEN_PAIRS = (
    TOLD_PAIRS
    + SPARSE_PAIRS
    + LIGHT_PAIRS
    + WRY_PAIRS
    + CALM_PAIRS
    + UNSAID_PAIRS
    + UNSAID_SELF_HARM_PAIRS
    + SHRUG_PAIRS
    + WATCHED_PAIRS
    + HELD_PAIRS
    + REGIME_PAIRS
    + REACH_PAIRS
    + CIRCUMSTANCE_PAIRS
    + GUISE_PAIRS
    + READY_PAIRS
)
RESOLVED = RESOLVED + MORE_RESOLVED + FIGURATIVE_RESOLVED + LATER_RESOLVED
FAMILIES = {
    name: f"{words} {FAMILY_WORDS.get(name, '')} {KIND_FAMILY_WORDS.get(name, '')}"
    for name, words in FAMILIES.items()
}


def fold_accents(text: str) -> str:
    """Welsh and other accents dropped (ŵ -> w) so residents' spellings meet the patterns'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def normalise(text: str) -> str:
    """Lower-case words without accents or punctuation, sentences separated by `|`."""
    text = fold_accents(unicodedata.normalize("NFKC", text).casefold())
    text = LAUGHING_EMOJI.sub(" haha ", text)  # laughter is a marker of jokes, and emoji are dropped next
    text = SCORELINE.sub(" scoreline ", text)  # "4-0" is a match's score, one word before "-" is dropped
    text = WELSH_CLITIC.sub(r"\1 \2", text)  # "curo'i wraig": the verb and its pronoun stay two words
    text = _APOSTROPHES.sub("", text)
    # "but" starts a new clause for matching yet stays a word, so resolution can see it.
    text = _SENTENCE_END.sub(lambda m: " but " if m.group() == "but" else f" {BREAK} ", text)
    text = " ".join(_NON_WORD.sub(" ", text).split())
    for pattern, replacement in _FOLDS:
        text = pattern.sub(replacement, text)
    return text


def _alternatives(token: str) -> list[str]:
    options: list[str] = []
    for option in token.split("|"):
        if option.startswith("{") and option.endswith("}"):
            options.extend(FAMILIES[option[1:-1]].split())
        elif option:
            options.append(option)
    return [fold_accents(o.casefold()) for o in options]


def _option_regex(option: str) -> str:
    # `_` joins the words of a several-word alternative ("in_front" is "in front").
    body = re.escape(option.rstrip("*")).replace("_", " ")
    return body + r"\w*" if option.endswith("*") else body


def compile_pattern(pattern: str) -> str:
    """The regex for one pattern over normalised text (whole words, gaps inside one sentence)."""
    parts: list[str] = []
    gap = 0
    for token in pattern.split():
        if token in GAPS:
            gap = GAPS[token]
            continue
        if token == CLAUSE_END:  # a sentence break, "but" or the end of the text
            parts.append(r"(?= \||$| but )")
            continue
        options = sorted(_alternatives(token), key=len, reverse=True)
        word = "(?:" + "|".join(_option_regex(o) for o in options) + ")"
        if parts:
            # A gap stays inside one clause: never across a sentence end or "but".
            parts.append(f" (?:(?!but )[^ {re.escape(BREAK)}]+ ){{0,{gap}}}" if gap else " ")
        parts.append(word)
        gap = 0
    return r"(?<!\S)" + "".join(parts) + r"(?!\S)"


class PatternIndex:
    """Compiled patterns, found by the words they can start with so a reply tries only a few."""

    def __init__(self, patterns: list[str]) -> None:
        self.regexes = [re.compile(compile_pattern(p)) for p in patterns]
        self.by_word: dict[str, list[int]] = {}
        self.by_stem: dict[str, list[int]] = {}
        for i, pattern in enumerate(patterns):
            first = next(t for t in pattern.split() if t not in GAPS)
            for option in _alternatives(first):
                word = option.split("_", 1)[0]
                index = self.by_stem if word.endswith("*") else self.by_word
                index.setdefault(word.rstrip("*"), []).append(i)
        self.longest_stem = max(map(len, self.by_stem), default=0)
        self.first_words = frozenset(self.by_word)

    def candidates(self, words: list[str]) -> list[int]:
        """Indexes of the patterns that may start at one of `words`, in pattern order."""
        found: set[int] = set()
        # a message's words met with the index's first words in one set operation: most meet none
        for word in self.first_words.intersection(words):
            found.update(self.by_word[word])
        if self.longest_stem:
            for word in set(words):
                for k in range(1, min(len(word), self.longest_stem) + 1):
                    found.update(self.by_stem.get(word[:k], ()))
        return sorted(found)

    def finditer(self, text: str, words: list[str]):
        for i in self.candidates(words):
            for found in self.regexes[i].finditer(text):
                yield i, found

    def search(self, text: str) -> bool:
        return any(True for _ in self.finditer(text, text.split()))


@dataclass(frozen=True)
class ConceptHit:
    concept: Concept
    words: str  # the matched words, as normalised


FOUND, NEGATED, RESOLVED_STATUS = "found", "negated", "resolved"


@dataclass(frozen=True)
class Finding:
    hit: ConceptHit
    status: str  # FOUND | NEGATED | RESOLVED_STATUS
    start: int  # where in the normalised text it began
    pattern: str = ""  # the concept pattern that matched (for measuring what each pattern contributes)


class Layer:
    """One set of compiled concepts and idioms, read the same way (negation, resolution, idioms)."""

    def __init__(
        self,
        concepts: tuple[Concept, ...],
        idioms: list[str],
        guards: list[str],
        pairs: tuple[Pair, ...] = (),
    ) -> None:
        self.idioms = PatternIndex(idioms)
        self.literal = PatternIndex(guards)
        patterns = [p for concept in concepts for p in concept.patterns]
        self.patterns = patterns
        self.owners = [concept for concept in concepts for _ in concept.patterns]
        self.concepts = PatternIndex(patterns)
        # Patterns that say "not" themselves ("nobody has come") are not negated by their own words.
        self.negative = [_says_not(p) for p in patterns]
        # Kinds told as two plain facts anywhere in the message (told_kinds.py).
        self.pairs = [
            (
                pair,
                PatternIndex(list(pair.first)),
                PatternIndex(list(pair.second)),
                PatternIndex(list(pair.veto)),
            )
            for pair in pairs
        ]
        self.fact_negative = {p: _says_not(p) for pair in pairs for p in (*pair.first, *pair.second)}


def _says_not(pattern: str) -> bool:
    return any(o.split("_")[0] in NEGATORS for t in pattern.split() for o in _alternatives(t))


class Rules:
    """The compiled concepts, idioms and resolution markers.

    Two layers share them. `findings` (the classifier's features, features.py) reads the concepts
    the shipped model was trained with, so a change to the screen's rules never silently changes
    what the trained model sees; `match` (the screen) reads those plus the idiom inventory, the
    literal readings it guards and the kinds told as two facts. The next retrain may fold the
    second into the first.
    """

    def __init__(self) -> None:
        self.resolved = PatternIndex(RESOLVED)
        # the screen also reads a trouble said to be over later in its sentence (light_kinds.py)
        self.screen_resolved = PatternIndex(
            RESOLVED + LIGHT_RESOLVED + WRY_RESOLVED + CALM_RESOLVED + PASSING_RESOLVED
        )
        self.recurrence = PatternIndex(RECURRENCE)
        self.base = Layer(CONCEPTS, IDIOMS, [])
        self.screen = Layer(
            SCREEN_CONCEPTS,
            SCREEN_IDIOMS,
            LITERAL_GUARDS,
            SCREEN_PAIRS,
        )
        # everyday wording set aside by its frame, with its own literal readings (everyday_kinds.py)
        self.everyday, self.everyday_guards = PatternIndex(EVERYDAY_IDIOMS), PatternIndex(EVERYDAY_GUARDS)
        self.minimised = PatternIndex(MINIMISERS + NOT_OVER + NOT_SETTLED)
        # remarks told lightly, set aside by their frame (light_kinds.py)
        self.light, self.light_guards = PatternIndex(LIGHT_IDIOMS), PatternIndex(LIGHT_GUARDS)
        # remarks told wryly or in a second language, set aside by their frame (wry_kinds.py)
        self.wry, self.wry_guards = PatternIndex(WRY_IDIOMS), PatternIndex(WRY_GUARDS)
        # remarks in dialect or told calmly, set aside by their frame (calm_kinds.py)
        self.calm, self.calm_guards = PatternIndex(CALM_IDIOMS), PatternIndex(CALM_GUARDS)
        self.calm_death, self.calm_veto = PatternIndex(CALM_DEATH_IDIOMS), PatternIndex(CALM_VETO)
        # harm words said in passing: of a moment, a thing, a team, a programme, or denied (passing_kinds.py)
        self.passing, self.passing_guards = PatternIndex(PASSING_IDIOMS), PatternIndex(PASSING_GUARDS)
        self.need, self.lasting = PatternIndex(NEED_IDIOMS), PatternIndex(LASTING)
        # harm words tied to a trivial cause, with their own guards (trivial_kinds.py)
        self.trivial, self.trivial_guards = PatternIndex(TRIVIAL_IDIOMS), PatternIndex(TRIVIAL_GUARDS)
        self.habit, self.lack = PatternIndex(HABIT_IDIOMS), PatternIndex(LACK)
        self.moving, self.farewell = PatternIndex(MOVE_IDIOMS), PatternIndex(FAREWELL)
        # tiredness and hunger of a moment beside their cause, a game's beating (moment_kinds.py)
        self.moment, self.caring = PatternIndex(MOMENT_IDIOMS), PatternIndex(CARING)
        self.play = PatternIndex(PLAY_IDIOMS)
        self.hunger_alone, self.meal_near = PatternIndex(HUNGER_ALONE), PatternIndex(MEAL_NEAR)
        # harm words inside a resident's errand (errand_kinds.py)
        self.errand, self.errand_guards = PatternIndex(ERRAND_IDIOMS), PatternIndex(ERRAND_GUARDS)
        self.errand_veto = PatternIndex(ERRAND_VETO)
        # harm words in a frame the message says is ordinary (oversight_kinds.py)
        self.oversight, self.fond, self.control = map(PatternIndex, (OVERSIGHT_IDIOMS, FOND, CONTROL))
        self.lockout, self.by_person = PatternIndex(LOCKOUT_IDIOMS), PatternIndex(LOCKED_BY_A_PERSON)
        self.bruise, self.own_fall = PatternIndex(OWN_FALL_IDIOMS), PatternIndex(OWN_FALL)
        self.said_nothing, self.not_own = PatternIndex(SAID_NOTHING), PatternIndex(NOT_OWN)
        self.cold, self.cold_over = PatternIndex(COLD_IDIOMS), PatternIndex(COLD_OVER)
        self.cold_not_over = PatternIndex(COLD_NOT_OVER)
        self.tired, self.tired_fine = PatternIndex(TIRED_IDIOMS), PatternIndex(TIRED_FINE)
        self.nuisance, self.nuisance_veto = PatternIndex(NUISANCE_IDIOMS), PatternIndex(NUISANCE_VETO)
        self.objects = PatternIndex(OBJECT_IDIOMS)
        self.screaming, self.at_play = PatternIndex(SCREAMING_IDIOMS), PatternIndex(AT_PLAY)
        self.not_play = PatternIndex(NOT_PLAY)
        # a negator that is itself the harm, an instruction not to report (kept_kinds.py)
        self.confined, self.confined_where = PatternIndex(CONFINED), PatternIndex(CONFINED_WHERE)
        self.concealed = PatternIndex(CONCEALED)
        self.deprived, self.punished = PatternIndex(DEPRIVED), PatternIndex(PUNISHED)
        self.undone, self.undone_for_months = PatternIndex(UNDONE), PatternIndex(UNDONE_FOR_MONTHS)
        self.nothing = PatternIndex([])
        # "ready to go" of a trip, work or retirement, with no wish or loss named (ready_kinds.py)
        self.ready, self.ready_frame = PatternIndex(READY_IDIOMS), PatternIndex(READY_FRAME)
        self.ready_veto = PatternIndex(READY_VETO)
        # abuse words said of a council or a charge, with no person named (complaint_kinds.py)
        self.complaint, self.complaint_veto = PatternIndex(COMPLAINT_IDIOMS), PatternIndex(COMPLAINT_VETO)
        self.nowhere, self.play_area = PatternIndex(NOWHERE_IDIOMS), PatternIndex(PLAY_AREA)
        self.play_area_veto = PatternIndex(PLAY_AREA_VETO)
        # kept for callers that read the base layer's patterns (bench --concepts)
        self.idioms, self.literal = self.base.idioms, self.base.literal
        self.patterns, self.owners, self.concepts = self.base.patterns, self.base.owners, self.base.concepts
        self.negative = self.base.negative

    def match(self, text: str) -> ConceptHit | None:
        """The first concept found in `text` and not negated, resolved or figurative.

        An urgent concept outranks a concern one, so "what happens if you swallow the packet at
        once" is read as means to end life, not as tablets given all at once in a care home."""
        hits = [f for f in self.screen_findings(text) if f.status == FOUND]
        if not hits:
            return None
        hit = min(hits, key=self._rank).hit
        # the scare-quote marker reads as the quote it was (light_kinds.py)
        return (
            ConceptHit(hit.concept, hit.words.replace(f"{SCARE} ", "scare-quoted "))
            if SCARE in hit.words
            else hit
        )

    @staticmethod
    def _rank(finding: Finding) -> tuple[bool, int, int]:
        concept = finding.hit.concept
        return (concept.severity != "urgent", SCREEN_CONCEPTS.index(concept), finding.start)

    def findings(self, text: str) -> tuple[Finding, ...]:
        """Every concept pattern found in `text`, each marked found, negated or resolved (cached).

        The screen raises alerts only on FOUND; the classifier also learns from the ones
        the rules set aside, so "he never hits me" and "he hits me" are not the same to it.
        These are the base layer's (the classifier's features); `screen_findings` has the screen's.
        """
        return _findings(self, text, False)

    def screen_findings(self, text: str) -> tuple[Finding, ...]:
        """As `findings`, with the idiom inventory, literal readings and two-fact kinds (cached)."""
        return _findings(self, text, True)

    def _findings(self, text: str, screen: bool) -> tuple[Finding, ...]:
        layer = self.screen if screen else self.base
        if screen:
            # scare quotes round an excuse and a divine "Him" are cues the words alone lose
            text = read_emoji(mark_divine(mark_scare_quotes(text)))
        words = normalise(text)
        if screen:
            # dialect spellings read as the plain words the patterns use (dialect.py)
            words = read_dialect(words)
        words = self.mend(words, strict=screen)
        if screen:
            # harm words said in passing go first: the inventory's idioms may take a word they need
            words = self.blank_idioms(read_sides(words), self.passing, self.passing_guards)
            # hunger and cold of a passing moment, unless the message names a lasting lack anywhere
            if not self.lasting.search(words):
                words = self.blank_idioms(words, self.need, self.passing_guards)
            # a kin's threat in jest, the public's harm at work, hunger as a teenager's habit
            words = self.blank_idioms(words, self.trivial, self.trivial_guards)
            # (the vetoes read the whole message, so only once a kind is there)
            if self.habit.search(words) and not self.lack.search(words):
                words = self.blank_idioms(words, self.habit, self.trivial_guards)
            if self.moving.search(words) and not self.farewell.search(words):
                words = self.blank_idioms(words, self.moving, self.farewell)
            words = self.blank_idioms(words, self.play, self.trivial_guards)
            # (tiredness is a carer's wherever caring is named; hunger a lack wherever one is named)
            if self.moment.search(words) and not self.caring.search(words):
                words = self.blank_idioms(words, self.moment, self.trivial_guards)
            if (
                self.hunger_alone.search(words)
                and self.meal_near.search(words)
                and not self.lasting.search(words)
            ):
                words = self.blank_idioms(words, self.hunger_alone, self.passing_guards)
            if self.errand.search(words) and not self.errand_veto.search(words):
                words = self.blank_idioms(words, self.errand, self.errand_guards)
            words = self._set_aside_by_frame(words)
            if self.ready_frame.search(words) and not self.ready_veto.search(words):
                words = self.blank_idioms(words, self.ready, self.nothing)
            if self.complaint.search(words) and not self.complaint_veto.search(words):
                words = self.blank_idioms(words, self.complaint, self.nothing)
            if self.play_area.search(words) and not self.play_area_veto.search(words):
                words = self.blank_idioms(words, self.nowhere, self.nothing)
        words = self.blank_idioms(words, layer.idioms, layer.literal)
        if screen:
            words = blank_asked_and_denied(words, BLANK, BREAK)
            words = self.blank_idioms(words, self.calm, self.calm_guards)
            if not self.calm_veto.search(words):
                words = self.blank_idioms(words, self.calm_death, self.calm_guards)
            words = self.blank_idioms(words, self.everyday, self.everyday_guards)
            words = self.blank_idioms(words, self.light, self.light_guards)
            words = self.blank_idioms(words, self.wry, self.wry_guards)
            # a run-on's turns ("and also", "anyway") end a clause: the harm is read on its own
            words = split_run_on(words, BREAK)
        # A trouble told as past but said to be back ("started again") is never set aside as resolved;
        # on the screen, nor is one played down ("he didn't mean it", "mustn't grumble") or
        # disbelieved ("they say I dreamt it"): sparse_kinds.py.
        recurring = self.recurrence.search(words) or (screen and self.minimised.search(words))
        out = self._concept_findings(layer, words, recurring, screen)
        if screen and telegraphic(words):
            # Fragments ("Tablets. Not... given. Three days.") are one clause said with pauses.
            found = {(f.hit.concept, f.status) for f in out}
            joined = " ".join(w for w in words.split() if w != BREAK)
            out += tuple(
                f
                for f in self._concept_findings(layer, joined, recurring, screen)
                if (f.hit.concept, f.status) not in found
            )
        out += self._pair_findings(layer, words, recurring, screen)
        # a concern's false alarm set aside by its frame, a past said to be over among them (over_kinds.py)
        return set_aside_by_round_25_frames(words, out, RESOLVED_STATUS, bool(recurring)) if screen else out

    def _set_aside_by_frame(self, words: str) -> str:
        """The round-23 kinds (oversight_kinds.py, kept_kinds.py); each veto reads the whole message."""
        if self.oversight.search(words) and self.fond.search(words) and not self.control.search(words):
            words = self.blank_idioms(words, self.oversight, self.control)
        if self.lockout.search(words) and not self.by_person.search(words):
            words = self.blank_idioms(words, self.lockout, self.by_person)
        if (
            self.bruise.search(words)
            and self.own_fall.search(words)
            and self.said_nothing.search(words)
            and not self.not_own.search(words)
        ):
            words = self.blank_idioms(words, self.bruise, self.not_own)
        if self.cold.search(words) and self.cold_over.search(words) and not self.cold_not_over.search(words):
            words = self.blank_idioms(words, self.cold, self.cold_not_over)
        if self.tired.search(words) and self.tired_fine.search(words) and not self.caring.search(words):
            words = self.blank_idioms(words, self.tired, self.caring)
        if self.nuisance.search(words) and not self.nuisance_veto.search(words):
            words = self.blank_idioms(words, self.nuisance, self.nuisance_veto)
        words = self.blank_idioms(words, self.objects, self.nuisance_veto)
        if self.screaming.search(words) and self.at_play.search(words) and not self.not_play.search(words):
            words = self.blank_idioms(words, self.screaming, self.not_play)
        # the negator that is the harm goes with its words, so what follows is read as said
        if self.confined_where.search(words):
            words = self.blank_idioms(words, self.confined, self.nothing)
        words = self.blank_idioms(words, self.concealed, self.nothing)
        if self.punished.search(words):
            words = self.blank_idioms(words, self.deprived, self.nothing)
        if self.undone_for_months.search(words):
            words = self.blank_idioms(words, self.undone, self.nothing)
        return words

    def _concept_findings(
        self, layer: Layer, words: str, recurring: bool, screen: bool = False
    ) -> tuple[Finding, ...]:
        out = []
        for i, found in layer.concepts.finditer(words, words.split()):
            concept = layer.owners[i]
            status = FOUND
            if concept.negatable and (
                self._negated(words, found.start())
                or (not layer.negative[i] and any(w in NEGATORS for w in found.group().split()))
            ):
                status = NEGATED
            elif (
                concept.resolvable
                and not recurring
                and (
                    self._resolved(words, found.end(), screen)
                    or (
                        told_as_long_over(self._sentence(words, found), words, PAST, GOOD_NOW)
                        if screen
                        else told_as_history(self._sentence(words, found), words)
                    )
                )
            ):
                status = RESOLVED_STATUS
            out.append(Finding(ConceptHit(concept, found.group()), status, found.start(), layer.patterns[i]))
        return tuple(out)

    def _pair_findings(
        self, layer: Layer, words: str, recurring: bool, screen: bool = False
    ) -> tuple[Finding, ...]:
        """The kinds told as two facts: both found (neither negated) anywhere in the message."""
        out = []
        for pair, first, second, veto in layer.pairs:
            one = self._fact(layer, first, pair.first, words)
            if one is None:
                continue
            other = self._fact(layer, second, pair.second, words)
            if other is None:
                continue
            status = FOUND
            if veto.search(words) or (
                pair.concept.resolvable
                and not recurring
                and (self._resolved(words, one.end(), screen) or self._resolved(words, other.end(), screen))
            ):
                status = RESOLVED_STATUS
            said = one.group() if one.start() == other.start() else f"{one.group()} … {other.group()}"
            hit = ConceptHit(pair.concept, said)
            out.append(Finding(hit, status, min(one.start(), other.start()), pair.first[0]))
        return tuple(out)

    def _fact(
        self, layer: Layer, facts: PatternIndex, patterns: tuple[str, ...], words: str
    ) -> re.Match | None:
        """The first place one of `facts` is said and not negated ("the heating isn't broken")."""
        for i, found in facts.finditer(words, words.split()):
            if self._negated(words, found.start()):
                continue
            if not layer.fact_negative[patterns[i]] and any(w in NEGATORS for w in found.group().split()):
                continue
            return found
        return None

    def blank_idioms(self, words: str, idioms: PatternIndex, guards: PatternIndex | None = None) -> str:
        """Normalised `words` with every idiom of `idioms` found there blanked.

        Never a negated one ("I don't feel safe" is not the idiom "I feel safe"), nor one said
        literally of a person ("he nearly killed me" is not "the stairs nearly killed me")."""
        split = words.split()
        idioms_found = sorted(idioms.finditer(words, split), key=lambda f: -f[1].start())
        if not idioms_found:
            return words  # most messages hold none: their guards need not be read
        guards = self.screen.literal if guards is None else guards
        literal = [(f.start(), f.end()) for _, f in guards.finditer(words, split)]
        for _, found in idioms_found:
            if any(start < found.end() and found.start() < end for start, end in literal):
                continue
            if not self._negated(words, found.start()):
                words = words[: found.start()] + BLANK + words[found.end() :]
        return words

    def mend(self, text: str, strict: bool = False) -> str:
        """Words with one typing slip put back to the concept word they were meant to be.

        `strict` (the screen) also leaves alone an inflection of a real word ("snores" is never
        "sores", "bikes" never "bites"); the classifier's features keep the older mending."""
        mended = _mended_strictly if strict else _mended
        return " ".join(mended(word) for word in text.split(" "))

    @staticmethod
    def _negated(words: str, start: int) -> bool:
        before = words[:start].rsplit(BREAK, 1)[-1].split()[-3:]
        return any(word in NEGATORS for word in before)

    @staticmethod
    def _sentence(words: str, found: re.Match) -> str:
        """The whole sentence a match is in (both sides of a "but")."""
        start = words.rfind(BREAK, 0, found.start()) + 1
        end = words.find(BREAK, found.end())
        return words[start : end if end >= 0 else len(words)]

    def _resolved(self, words: str, end: int, screen: bool = False) -> bool:
        return (self.screen_resolved if screen else self.resolved).search(words[end:].split(BREAK, 1)[0])


@cache
def _lexicon() -> dict[str, tuple[str, ...]]:
    """Concept words of MEND_MIN letters or more, by first letter (the ones worth mending towards)."""
    words: set[str] = set()
    for concept in (c for c in CONCEPTS if c not in CY_CONCEPTS and c not in UNSEEN_CY_CONCEPTS):
        for pattern in concept.patterns:
            for token in pattern.split():
                if token not in GAPS:
                    words.update(
                        o for o in _alternatives(token) if len(o.rstrip("*")) >= MEND_MIN and "_" not in o
                    )
    by_letter: dict[str, set[str]] = {}
    for word in words:
        by_letter.setdefault(word[0], set()).add(word)
    return {letter: tuple(sorted(group)) for letter, group in by_letter.items()}


@lru_cache(maxsize=10_000)  # bounded: residents' words are endless (budget: bot/text/word_caches.py)
def _mended(word: str) -> str:
    from bot.safeguarding.phrasings import _english_words, _one_slip

    if len(word) < MEND_MIN or word in _english_words():
        return word
    if word in _lexicon().get(word[0], ()):
        return word  # already a concept word: never "mended" into a neighbour
    if any(o.endswith("*") and word.startswith(o[:-1]) for o in _lexicon().get(word[0], ())):
        return word  # a concept stem's own inflection ("misusing" is misus*, never "missing")
    for option in _lexicon().get(word[0], ()):
        if not option.endswith("*"):
            if _one_slip(word, option):
                return option
            continue
        stem = option[:-1]
        for k in (0, -1, 1):
            if _one_slip(word[: len(stem) + k], stem):
                return stem + word[len(stem) + k :]
    return word


# Only the -s forms: "-ed" and "-ing" slips ("sliped", "pused") are too often a concept word misspelt.
INFLECTIONS = (("s", ""), ("es", ""))
STEM_MIN = 4


@lru_cache(maxsize=10_000)
def _mended_strictly(word: str) -> str:
    from bot.safeguarding.phrasings import _english_words

    if word in _screen_words():
        return word  # a word of the screen's own kinds ("handsy" is never "hands")
    mended = _mended(word)
    english = _english_words()
    for ending, back in INFLECTIONS:
        stem = word[: -len(ending)] + back
        # an -s form of a real word is itself ("snores", "bikes"), unless mending only drops the
        # -s of a possessive or "is" ("nobody's" -> "nobody")
        if word.endswith(ending) and len(stem) >= STEM_MIN and stem in english and mended != stem:
            return word
    return mended


@cache
def _screen_words() -> frozenset[str]:
    """Whole words the screen's patterns name (the classifier's mending knows only its own), and
    those of circumstance_kinds' facts: "shotgun" is never "shout" + "gun", "skint" never "skirt".
    (Every pair's words would also keep "nobodys" and Welsh "fyddain" from being mended.)"""
    facts = [p for pair in CIRCUMSTANCE_PAIRS for p in (*pair.first, *pair.second)]
    return frozenset(
        o
        for pattern in [p for concept in SCREEN_CONCEPTS for p in concept.patterns] + facts
        for token in pattern.split()
        if token not in GAPS
        for o in _alternatives(token)
        if not o.endswith("*") and "_" not in o
    )


TELEGRAPHIC_MIN = 4  # fragments in the message
TELEGRAPHIC_MEAN = 2.0  # words in a fragment, on average
TELEGRAPHIC_LONGEST = 3  # words in the longest fragment


def telegraphic(words: str) -> bool:
    """True when normalised `words` are fragments: four or more, of one or two words, none over three.

    Speech after a stroke or in a hurry ("Me... carer. Wife. Dementia. Can't. Lift.") puts one
    clause's parts in sentences of their own, where no clause-long pattern can see them together;
    a terse list of points ("Some staff don't care. More staff. Better food.") is not that."""
    lengths = [len(f.split()) for f in words.split(BREAK)]
    lengths = [n for n in lengths if n]
    return (
        len(lengths) >= TELEGRAPHIC_MIN
        and sum(lengths) <= TELEGRAPHIC_MEAN * len(lengths)
        and max(lengths) <= TELEGRAPHIC_LONGEST
    )


@lru_cache(maxsize=512)  # the screen and the classifier read the same message one after the other
def _findings(rules: Rules, text: str, screen: bool) -> tuple[Finding, ...]:
    return rules._findings(text, screen)


@cache
def rules() -> Rules:
    return Rules()
