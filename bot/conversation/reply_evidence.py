"""What a reply affirms and what it denies, and the one value that follows (or a reason to ask again).

A misread is worse than a re-ask: a value the resident denied is never stored, two different
affirmed values are asked again, and "good not great" stores good because "not great" only denies.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.conversation.lexicon import Lexicon, Value
from bot.conversation.reply_degree import doubted_grade, hedges_a_yes
from bot.conversation.reply_idioms import EMOJI_SENSES, IRONY, IRONY_PHRASES, YES_WORDS
from bot.conversation.reply_polarity import polarity
from bot.conversation.reply_rules import sense_phrase, value_signs
from bot.conversation.reply_words import SOFTENERS, Words, is_negator

# Someone other than the resident: "yes for me, no for my son" needs asking again.
RELATIONS = frozenset(
    (
        *("son", "daughter", "husband", "wife", "partner", "mum", "mam", "mom", "mother", "dad", "father"),
        *("child", "children", "kids", "kid", "brother", "sister", "nan", "gran", "grandma", "grandad"),
        *("granddad", "boyfriend", "girlfriend", "carer", "fiance", "hubby", "family"),
        *("mab", "merch", "gwr", "gwraig"),
    )
)
# Persons as the things a yes and a no are said of: "me yes, him no" is two people, not partly.
PERSONS = frozenset(
    ("me", "him", "her", "them", "mine", "his", "hers", "i", "he", "she", "us", "we", "myself")
    + ("fi", "fe", "fo", "nhw")  # Welsh: me, him, him, them
)
# People named by what they are, and "one" ("the first one yes, the second one no"): maybe two people.
PERSON_NOUNS = frozenset(
    ("guy", "man", "woman", "lady", "lad", "girl", "bloke", "fella", "one", "staff", "nurse", "doctor")
    + ("worker", "officer", "manager", "receptionist", "neighbour", "friend", "person", "people", "gp")
)
# Someone else disagreeing: "good, my husband disagrees".
DISSENT = frozenset(
    ("disagree", "disagrees", "disagreed", "differently", "otherwise", "different", "instead")
)
# Words that set one person's answer against another's: "one was good, the other rude".
PERSON_SPLITS = frozenset((("the", "other"), ("other", "one"), ("one", "was"), ("two", "people")))
# Phrases and words that say a yes came late: "yes in the end" is partly where the question has
# a partly, and still yes where it has not ("did we call you back?" "yes, eventually").
LATE_PHRASES = frozenset(
    (("in", "the", "end"), ("after", "a", "while"), ("at", "last"), ("only", "just"), ("only", "after"))
)
LATE = frozenset(("eventually", "finally", "late", "later"))
# A reservation that only says how long it took ("yes but it took a week", "yes but 3 days later")
# is a late yes, not a doubt about the yes.
# ("yes, but it was late" stays asked again: late for what the resident needed?)
TIME_WORDS = frozenset(
    ("took", "ages", "while", "long", "longer", "day", "days", "week", "weeks", "month", "months", "hours")
    + ("later", "fortnight")
)


def _only_about_time(reply: Words, start: int) -> bool:
    """The clause after the hedge at `start` speaks of time, and denies and names no one."""
    clause: list[str] = []
    for k in range(start + 1, len(reply.words)):
        if reply.after_break[k]:
            break
        clause.append(reply.words[k])
    # "yes but it took a week"; "yes but only after I chased" says when, too
    said_when = any(w in TIME_WORDS for w in clause) or clause[:2] == ["only", "after"]
    return said_when and not any(is_negator(w) or w in RELATIONS or w in HEDGES for w in clause)


def concedes(reply: Words, start: int) -> bool:
    """The hedge at `start` gives way to a yes said again ("took forever but yes"): what comes before
    it is conceded, and the reply's answer is the plain yes after it."""
    clause = []
    for k in range(start + 1, len(reply.words)):
        if reply.after_break[k]:
            break
        clause.append(reply.words[k])
    return bool(clause) and all(w in YES_WORDS for w in clause)


# Subjects that make "still" a remark on the whole matter ("yes, it's still fine"), and words after
# it that say the part still works ("boiler still works").
STILL_SUBJECTS = frozenset(
    ("it", "it's", "its", "i", "i'm", "im", "we", "we're", "they", "all", "that", "and")
)
STILL_FINE = frozenset(
    ("works", "working", "fine", "good", "ok", "okay", "sorted", "fixed", "going", "great")
)


def still_wrong_beside(reply: Words) -> bool:
    """True when a later clause names a part that is still as it was ("boiler fixed, damp still
    there"): a thing, then "still", in a clause after the first, not about the whole matter."""
    words = reply.words
    for k in range(2, len(words) - 1):
        if words[k] != "still" or words[k + 1] in STILL_FINE:
            continue
        clause = max((j for j in range(k + 1) if reply.after_break[j]), default=0)
        if 0 < clause < k and words[k - 1].isalpha() and words[k - 1] not in STILL_SUBJECTS:
            return True
    return False


# A yes that may not last: "yes for now", "so far" (is the problem sorted, or not yet?).
PROVISIONAL = frozenset(
    (
        ("for", "now"),
        ("so", "far"),
        ("for", "the", "moment"),
        ("for", "the", "time", "being"),
        ("at", "the", "moment"),
        # Welsh "am nawr", "am rŵan" (for now); "nawr" and "rwan" are no English words
        ("am", "nawr"),
        ("am", "rwan"),
        ("am", "rŵan"),
    )
)
# Words that set a reservation against a yes: "yes, but the damp is back" is partly, or asked
# again where the question has no partly ("I think so, but it may have been the hospital").
HEDGES = frozenset(["but", "though", "tho", "although", "except", "apart", "however", "ond"])
# Words that take back what was just said: "gd... actually nah v poor", "good, I mean poor".
CORRECTIONS = frozenset(("actually", "rather", "correction", "scratch", "oops"))
CORRECTION_PAIRS = frozenset(
    (("i", "mean"), ("no", "wait"), ("second", "thoughts"), ("second", "thought"), ("thinking", "about"))
)
SYMMETRIC = (("vpos", "vneg"), ("pos", "neg"))


@dataclass
class Evidence:
    """Values found in a reply, by how the resident used them."""

    affirmed: set[Value] = field(default_factory=set)  # said: "good"
    negative_forms: set[Value] = field(default_factory=set)  # a phrase that is a denial: "not great"
    denied: set[Value] = field(default_factory=set)  # denied: the "great" of "not great"
    emoji: set[Value] = field(default_factory=set)  # from emoji alone
    plain_no: bool = False  # a bare "no" beside a fuller negative ("no, didn't need any")
    negative_phrases: set[Value] = field(default_factory=set)  # affirmed phrases that open with a negator
    stray_negator: bool = False  # a "not" that negates none of the question's phrases
    unresolved_emoji: bool = False  # an emoji with a meaning the question has no option for
    yes_word: bool = False
    hedged: bool = False  # a reservation: "but", "though"
    late: bool = False  # "eventually", "in the end"
    correction: bool = False  # "actually", "I mean": the reply takes something back
    loose: set[int] = field(default_factory=set)  # praise (+1) / blame (-1) in words no phrase covers
    split: set[str] = field(default_factory=set)  # "yes"/"no" said of something: "info yes, help no"
    split_apart: bool = False  # ... of two things ("info yes, help no"), not one ("partly yes partly no")
    relation: bool = False
    person_split: bool = False  # "one was good, the other rude"
    signals: int = 0  # phrases, loose yes-words and negators: more than one about two people is unclear
    doubted: set[Value] = field(default_factory=set)  # a grade hedged by its neighbour: "pretty awful"
    irony: bool = False  # laughing or eye-rolling: "brilliant 🙄"
    pointed: bool = False  # praise pointing to a complaint: "sorted, that's why I'm still cold"
    provisional: bool = False  # "for now", "so far"
    dissent: bool = False  # "disagrees", "thinks otherwise"

    @property
    def empty(self) -> bool:
        return not (self.affirmed or self.negative_forms or self.denied or self.emoji)


def _meanings(lexicon: Lexicon, phrase: tuple[str, ...]) -> set[Value]:
    """A phrase's values, its own-language meanings first ("na" is no in Welsh)."""
    meanings = lexicon.phrases[phrase]
    own = {value for value, is_own in meanings.items() if is_own}
    return own or set(meanings)


def _denial(lexicon: Lexicon, phrase: tuple[str, ...]) -> set[Value]:
    """For a phrase opening with a negator, the values of what it denies ("not very good" -> very good)."""
    rest = phrase[1:]
    while rest and not is_negator(rest[0]):  # "no, not at all" repeats a no: nothing is denied
        if rest in lexicon.phrases:
            return _meanings(lexicon, rest)
        if rest[0] not in SOFTENERS:
            return set()
        rest = rest[1:]
    return set()


def _negation_after_break(reply: Words, start: int, size: int) -> bool:
    """A phrase may not run on past punctuation into a negator: "definitely, not really" is a yes and
    a no, not "definitely not" followed by "really"."""
    return any(reply.after_break[k] and is_negator(reply.words[k]) for k in range(start + 1, start + size))


# "nothing fixed", "nowt done": straight before a phrase, these deny it as "not" does.
NOTHING_WORDS = frozenset(("nothing", "nothin", "nowt", "none", "dim"))


def _negator_before(reply: Words, start: int) -> int | None:
    """Where a negator stands right before position `start`, softeners aside ("not very good")."""
    if start and not reply.after_break[start] and reply.words[start - 1] in NOTHING_WORDS:
        return start - 1
    k = start
    while k > 0 and not reply.after_break[k]:
        k -= 1
        if is_negator(reply.words[k]):
            return k
        if reply.words[k] not in SOFTENERS:
            return None
    return None


def gather(lexicon: Lexicon, reply: Words) -> Evidence:
    """Match the question's phrases left to right, longest first, and sort them into evidence."""
    found = Evidence()
    words = reply.words
    used_negators: set[int] = set()
    covered: set[int] = set()
    i = 0
    while i < len(words):
        word = found_at = words[i]
        found.yes_word |= word in YES_WORDS
        found.signals += word in YES_WORDS or is_negator(word)
        if word in HEDGES and (concedes(reply, i) or _only_about_time(reply, i)):
            # "yes but it took a week"; "took forever but yes" concedes what came before the yes:
            # late, which counts only where the question asks about time
            found.late = True
        else:
            found.hedged |= word in HEDGES
        found.late |= word in LATE or any(words[i : i + len(h)] == h for h in LATE_PHRASES)
        found.correction |= word in CORRECTIONS or words[i : i + 2] in CORRECTION_PAIRS
        found.relation |= word in RELATIONS or word.endswith("'s") and word[:-2] in RELATIONS  # "my son's"
        found.dissent |= word in DISSENT
        found.person_split |= words[i : i + 2] in PERSON_SPLITS
        found.irony |= word in IRONY
        found.pointed |= _points_to_complaint(words, i)
        found.provisional |= any(words[i : i + len(p)] == p for p in PROVISIONAL)
        phrase = None
        if word in lexicon.starts:
            for size in range(min(lexicon.longest, len(words) - i), 0, -1):
                if words[i : i + size] in lexicon.phrases and not _negation_after_break(reply, i, size):
                    phrase = words[i : i + size]
                    break
        if phrase is None:
            if found_at in EMOJI_SENSES:
                text = sense_phrase(lexicon, EMOJI_SENSES[found_at])
                if text is None:
                    found.unresolved_emoji = True
                else:
                    found.emoji |= lexicon.values_of(text)
            elif sign := polarity(reply, i):
                found.loose.add(sign)
            i += 1
            continue
        values = _meanings(lexicon, phrase)
        found.signals += 1 - (phrase[0] in YES_WORDS or is_negator(phrase[0]))  # counted above
        covered.update(range(i, i + len(phrase)))
        negator = None if is_negator(phrase[0]) else _negator_before(reply, i)
        if negator is not None and negator not in covered:  # "no yes": the "no" is an answer itself
            found.denied |= values
            used_negators.add(negator)
        elif is_negator(phrase[0]) and (denied := _denial(lexicon, phrase)):
            found.negative_forms |= values
            found.denied |= denied
        elif not any(w[0].isalnum() for w in phrase):
            found.emoji |= values
        else:
            found.affirmed |= values
            found.doubted |= doubted_grade(lexicon, reply, i, len(phrase), values)
            found.hedged |= hedges_a_yes(lexicon, reply, i, len(phrase), values)
            if len(phrase) == 1 and phrase[0] in ("no", "nah", "nope"):
                found.plain_no = True  # "nah, didn't need nothing": the no opens the fuller answer
            elif is_negator(phrase[0]):
                found.negative_phrases |= values
        i += len(phrase)
    found.split, found.person_split = _said_of_something(reply, found.person_split)
    found.split_apart = len(found.split) == 2 and _two_things(reply)
    found.stray_negator = any(
        is_negator(w) and k not in covered and k not in used_negators for k, w in enumerate(words)
    )
    return found


NOT_QUALIFIERS = frozenset(("and", "or", "but", "well", "then", "actually", "so", "i", "um", "erm", "hmm"))
# A verb of saying between a person and their answer: "mum says yes".
SPEECH_VERBS = frozenset(("said", "says", "say", "reckons", "reckoned", "thinks", "thought", "reckon"))


def _said_of_something(reply: Words, person_split: bool) -> tuple[set[str], bool]:
    """ "yes" and "no" each said of a thing ("some yes some no"), and whether they are two answers:
    said of two people ("me yes, him no") or two matters ("info yes, help no"), not a partly."""
    said: dict[str, tuple[str, int]] = {}  # answer -> (the thing, its clause)
    clause = 0
    for k, word in enumerate(reply.words):
        clause += reply.after_break[k] or word in HEDGES  # "the letters yes but the visit no"
        welsh_yes = word == "do" and "naddo" in reply.words  # "fi do, y gwr naddo"; "they do" is English
        answer = (
            "yes"
            if word in YES_WORDS or welsh_yes
            else "no"
            if word in ("no", "nah", "nope", "naddo")
            else None
        )
        if not answer:
            continue
        before = reply.words[k - 1] if k and not reply.after_break[k] else ""
        if before in SPEECH_VERBS and k > 1 and not reply.after_break[k - 1]:
            before = reply.words[k - 2]  # "she said yes, the worker said no": who said it
        if before.isalpha() and before not in YES_WORDS | NOT_QUALIFIERS and not is_negator(before):
            said[answer] = (before, clause)
        elif (thing := _thing_after(reply, k)) is not None:
            said[answer] = (thing, clause)  # "yes for the housing bit, no for the benefits"
    if len(said) < 2:
        return set(said), person_split
    (thing, at), (other, other_at) = said.values()
    if {thing, other} & PERSONS | {thing, other} & RELATIONS | {thing, other} & PERSON_NOUNS:
        return set(said), True  # two people ("me yes, him no"): two answers, asked again
    # the same thing ("some yes some no") or two parts of one matter ("the info yes, the help no"):
    # partly where the question has one (a decision for the product)
    return (set(said) if thing == other or at != other_at else set()), person_split


def _two_things(reply: Words) -> bool:
    """True when the yes and the no of a split are said of two different things."""
    said: dict[str, str] = {}
    for k, word in enumerate(reply.words):
        answer = "yes" if word in YES_WORDS else "no" if word in ("no", "nah", "nope", "naddo") else None
        before = reply.words[k - 1] if k and not reply.after_break[k] else ""
        named = before.isalpha() and before not in YES_WORDS | NOT_QUALIFIERS and not is_negator(before)
        if answer and named:
            said[answer] = before
        elif answer and (thing := _thing_after(reply, k)) is not None:
            said[answer] = thing
    return len(set(said.values())) == 2 and len(said) == 2


# What a yes or a no is said of when it comes first: "yes for the housing bit", "no to him".
ABOUT = frozenset(("for", "to", "with", "on"))


def _thing_after(reply: Words, k: int) -> str | None:
    """The thing named straight after an answer by "for", "to", "with" or "on", or None."""
    rest = reply.words[k + 1 : k + 5]
    if len(rest) < 2 or rest[0] not in ABOUT or any(reply.after_break[k + 1 : k + 3]):
        return None
    nouns = [w for w in rest[1:] if w.isalpha() and w not in ("the", "a", "my", "your", "their", "our")]
    return nouns[0] if nouns else None


@dataclass(frozen=True)
class Verdict:
    """The rules' reading: a value, a reason to ask again, or nothing found (the fallback may try)."""

    value: Value | None = None
    reask: bool = False  # the rules saw something and decided to ask again

    @property
    def decided(self) -> bool:
        return self.value is not None or self.reask


REASK = Verdict(reask=True)
NOTHING = Verdict()


def decide(lexicon: Lexicon, found: Evidence, allowed: frozenset[Value] | None = None) -> Verdict:
    """One value the resident affirmed and did not deny, else ask again (`allowed`: the question's values)."""
    affirmed = set(found.affirmed)
    if found.plain_no and found.negative_phrases - lexicon.values_of("no"):
        affirmed -= lexicon.values_of("no") - found.negative_phrases  # "no, I didn't need any"
    if not affirmed:
        affirmed = set(found.emoji)  # emoji count only when no words affirm: "👍 not great" is 👍
    yes, partly = lexicon.values_of("yes"), lexicon.values_of("partly")
    if allowed is not None:
        partly &= allowed  # "did we call you back?" has no partly
    if found.provisional and (affirmed or found.yes_word) and affirmed <= yes:
        # "yes for now": sorted, or not yet? A "but" after it ("sorted for now, but it'll break
        # again") only worries about later; it does not make the yes a partly.
        return REASK
    if (
        (found.hedged or found.late)
        and (affirmed or found.yes_word)
        and affirmed <= yes | partly
        and not found.relation
        and not affirmed & found.denied  # "yes but not fixed": yes, or no?
        and not _belied(lexicon, found)  # "yes but 👎"
    ):
        # "yes, but…" and "yes, in the end" are partly; without a partly, "but" is asked again
        if len(partly) == 1:
            return Verdict(next(iter(partly)))
        if found.hedged:
            return REASK
    if found.split == {"yes", "no"} and not (found.relation or found.person_split or found.correction):
        # "some yes, some no" is partly; asked again where the question has no partly, or where its
        # partly is a little yes ("Yes, a bit"), which a yes to one thing and a no to another is not
        halves = not found.split_apart or lexicon.values_of("half and half") & partly
        return Verdict(next(iter(partly))) if len(partly) == 1 and halves else REASK
    if found.correction and len(affirmed | found.denied | found.negative_forms) > 1:
        return REASK  # "gd... actually nah v poor": which one?
    if _mixed(lexicon, affirmed, found, bool(partly)):
        return REASK  # "the staff were lovely but the waiting was terrible"
    if _answers_beside(lexicon, affirmed, found):
        return REASK  # "okay, not bad": two answers, not "good, not great"
    if affirmed & found.doubted or _belied(lexicon, found):
        return REASK  # "pretty awful", "good-ish", "very good 😡", "brilliant 🙄"
    if len(affirmed) == 2 and yes and partly and affirmed <= yes | partly and partly <= affirmed:
        affirmed = set(partly)  # "partly yes", "yes sort of"
    if not affirmed and (middle := _between(lexicon, found)) is not None:
        return middle  # "not great, not terrible"
    if not affirmed and len(found.negative_forms) == 1:
        affirmed = set(found.negative_forms)  # "not good" on its own
        if _mixed(lexicon, affirmed, found, bool(partly)):
            return REASK  # "better, but not fixed"
    if found.yes_word and affirmed & lexicon.values_of("no") - yes:
        return REASK  # "yes but not really": a yes and a no
    if affirmed & found.denied or len(affirmed) > 1:
        return REASK  # "good not good", "good and bad", "yes no"
    if found.relation and found.dissent:
        return REASK  # "good, my husband disagrees"
    if found.person_split or found.relation and (found.hedged or found.denied or found.stray_negator):
        return REASK  # "I did, my husband didn't", "yes for me, not for my son"
    if affirmed:
        # A loose "not" is only harmless beside a no: "no, they didn't".
        agrees = affirmed <= lexicon.values_of("no") | found.negative_phrases
        return REASK if found.stray_negator and not agrees else Verdict(next(iter(affirmed)))
    if found.denied or found.unresolved_emoji or found.yes_word or found.stray_negator:
        # "not excellent"; a yes where the options are "a lot" and "a bit"; a "not" the rules
        # cannot attach to anything, which the learned fallback would read past
        return REASK
    return NOTHING


def _mixed(lexicon: Lexicon, affirmed: set[Value], found: Evidence, has_partly: bool) -> bool:
    """Praise and blame in one reply to a question that grades good to poor ("lovely staff,
    terrible wait"), or to a yes/partly/no question ("not at all, she was great")."""
    signs = value_signs(lexicon)
    if not ({1, -1} <= set(signs.values())):
        if not has_partly:
            return False  # "do you still need help?" "no, all great now": no is not blame there
        signs = value_signs(lexicon, leanings=True)
    return {1, -1} <= {signs.get(value, 0) for value in affirmed} | found.loose


def _answers_beside(lexicon: Lexicon, affirmed: set[Value], found: Evidence) -> bool:
    """A listed denial that is an answer of its own beside a different one: in "okay, not bad" the
    "not bad" denies the other side of the scale, so it is Neither, not a contrast like "good, not
    great" (which denies the stronger label on the same side and stores Good)."""
    if not affirmed or not found.negative_forms - affirmed:
        return False
    signs = value_signs(lexicon)
    said = {signs.get(value, 0) for value in affirmed} - {0}
    denied = {signs.get(value, 0) for value in found.denied} - {0}
    return bool(said & {-sign for sign in denied})  # what it denies is on the other side


def _belied(lexicon: Lexicon, found: Evidence) -> bool:
    """Words contradicted by the emoji beside them ("very good 😡", "yes 👎"), or a grade with a
    laugh or an eye-roll that may be irony ("brilliant 🙄", "terrible 😂")."""
    if not found.affirmed:
        return False  # emoji alone, or emoji beside a denial, are read as before
    signs = value_signs(lexicon, leanings=True)
    said = {signs.get(value, 0) for value in found.affirmed} - {0}
    shown = {signs.get(value, 0) for value in found.emoji} - {0}
    graded = {value_signs(lexicon).get(value, 0) for value in found.affirmed} - {0}
    if found.pointed and 1 in said:
        return True  # "oh totally sorted, that's why I'm still sat here in the cold"
    return bool(said and shown and said != shown) or (found.irony and bool(graded))  # "not at all lol" stands


# Words saying something is still wrong or was never done: "that's why nobody has rung".
STILL_WRONG = frozenset(("still", "nobody", "nothing", "nowt", "noone", "no-one", "none", "yet"))


def _points_to_complaint(words: tuple[str, ...], i: int) -> bool:
    """True at "that's why" (or the like) followed by something still wrong or not done."""
    for phrase in IRONY_PHRASES:
        if words[i : i + len(phrase)] == phrase:
            rest = words[i + len(phrase) :]
            if phrase == ("if", "by"):
                return any(w in ("mean", "meant", "call") for w in rest[:6])  # "if by sorted you mean"
            return any(w in STILL_WRONG or is_negator(w) for w in rest)
    return False


def _between(lexicon: Lexicon, found: Evidence) -> Verdict | None:
    """Denying grades as far from the middle on both sides ("not great, not terrible", "not good,
    not bad") means the middle, if there is one; "not good, not terrible" is left to the phrases."""

    def grade(sense: str) -> set[Value]:
        phrase = sense_phrase(lexicon, sense, for_stars=True)
        return lexicon.values_of(phrase) if phrase else set()

    if not any(grade(a) and grade(b) and (grade(a) | grade(b)) <= found.denied for a, b in SYMMETRIC):
        return None
    phrase = sense_phrase(lexicon, "neu")
    middle = lexicon.values_of(phrase) if phrase else set()
    return Verdict(middle.pop()) if len(middle) == 1 else REASK
