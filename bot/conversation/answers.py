"""Turn what a resident typed into the stored value of a question (README "How replies are read").

Pure: no database, no I/O. `parse_answer` never raises on any str. Keywords (STOP, HELP,
SKIP, ...) are handled by the engine before a reply reaches this module. Rules read the reply
first (bot.reply_rules, bot.reply_evidence); only when they find nothing at all does the learned
fallback (bot.reply_model) propose a value, and only when it is confident.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.conversation import (
    reply_calls,
    reply_corrections,
    reply_deferral,
    reply_doubts,
    reply_echo,
    reply_emoji,
    reply_faint,
    reply_leading,
    reply_leans,
    reply_meant,
    reply_model,
    reply_reasons,
    reply_register,
    reply_reservations,
    reply_sarcasm,
    reply_slang,
    reply_typos,
)
from bot.conversation.lexicon import Lexicon, Value, asks_about_calls, lexicon_for
from bot.conversation.reply_durations import read_number
from bot.conversation.reply_evidence import (
    HEDGES,
    LATE,
    LATE_PHRASES,
    PERSONS,
    REASK,
    RELATIONS,
    Evidence,
    Verdict,
    concedes,
    decide,
    gather,
    still_wrong_beside,
)
from bot.conversation.reply_idioms import ANGER, STAR_SENSES
from bot.conversation.reply_out_of_ten import BETWEEN_POINTS, point_out_of_ten
from bot.conversation.reply_polarity import polarity
from bot.conversation.reply_rules import (
    BARE_NO,
    BARE_YES,
    SIDE_LEANINGS,
    asks_back,
    asks_which,
    partial_receipt,
    received_and_waiting,
    rewrite,
    sense_phrase,
    spoken_digits,
    star_rating,
    value_signs,
    yes_and_no_and_more,
)
from bot.conversation.reply_words import SURROGATES, is_negator, normalise, to_words, tokenize
from bot.conversation.wordnumbers import (
    CY_SMALL,
    DAY_UNITS,
    EN_SMALL,
    MUTATED,
    OPTION_FILLERS,
    Num,
    closing_number,
    is_digits,
    leading_number,
    number_at,
    read_numbers,
    respelt_alone,
    spelt_option,
    whole_number,
)
from settings import Question

__all__ = ["Parsed", "normalise", "parse_answer", "tokenize"]


@dataclass(frozen=True)
class Parsed:
    """A reply's meaning: ok=False means unclear, so the question is asked again."""

    ok: bool  # False = unclear, ask again
    value: int | str | None = None  # int for choice/scale/number, "yes"/"no"/"partly", or the text


UNCLEAR = Parsed(False)
# Longer replies to a choice, scale, yes/no or number question are unclear unread
# (about ten SMS segments; the stored body is clipped at 2000 characters anyway).
MAX_ANSWER_CHARS = 1600
_CONTROLS_BUT_NEWLINE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def _verdict(question: Question, tokens: list[str], language: str) -> Verdict:
    """What the rules make of the reply's words."""
    lexicon = lexicon_for(question, language)
    words, reask, unresolved = rewrite(tokens, lexicon)
    if reask or yes_and_no_and_more(words):
        return REASK
    found = gather(lexicon, to_words(words))
    if (
        not (found.hedged or found.yes_word)
        and _partly_is_halves(question, lexicon)
        and still_wrong_beside(to_words(words))
    ):
        # "boiler fixed, damp still there": one part done, one not, with no "but" (a bare yes beside
        # "still" is left asked again: "yes, the window still won't shut" is sorted, or not?)
        found.hedged = True
    if found.late and not (_asks_about_time(question) or _against_the_yes(found, words)):
        found.late = False  # "yes, finally" to "was it sorted?": sorted, however long it took
    verdict = decide(lexicon, found, frozenset(question.choice_values()))
    waiting = received_and_waiting(words)
    if (partial_receipt(words) or waiting) and not unresolved:
        # "got the info but not the help": one thing given and one not is partly, if the question has it
        partly = lexicon.values_of(sense_phrase(lexicon, "partly") or "") & set(question.choice_values())
        said = lexicon.values_of("yes") | partly | (lexicon.values_of("no") if waiting else set())
        if verdict.value is None or verdict.value in said:
            return Verdict(partly.pop()) if len(partly) == 1 else REASK
    if unresolved and verdict.value is not None:
        if set(unresolved) == {"yes"} and _a_kind_of_yes(lexicon, verdict.value):
            return verdict  # "they did a bit": the yes is the option's own ("Yes, a bit")
        # An idiom this question has no words for may stand beside the answer only if it leans the
        # same way: "no, worse than before" is no; "better, but still poor" is asked again.
        lean = value_signs(lexicon, leanings=True).get(verdict.value)
        return verdict if lean and all(SIDE_LEANINGS[sense] == lean for sense in unresolved) else REASK
    return REASK if unresolved else verdict


def _partly_is_halves(question: Question, lexicon: Lexicon) -> bool:
    """True when the question's partly is a yes and a no ("Partly"), not a little yes ("Yes, a bit")."""
    return bool(lexicon.values_of("half and half") & set(question.choice_values()))


def _against_the_yes(found: Evidence, words: list[str]) -> bool:
    """True when something in the reply is set against its yes: a "but", a no, a correction ("yes
    but it took ages", "no. well, yes, in the end"). Then lateness is a reservation, even on a
    question that does not ask about time."""
    reply = to_words(words)
    hedges = (k for k, w in enumerate(reply.words) if w in HEDGES)
    set_against = any(not concedes(reply, k) for k in hedges)  # "took forever but yes" concedes
    return found.plain_no or bool(found.denied) or found.correction or set_against


# Words by which a question asks about time ("when you needed it", "pan oedd ei angen"): only there
# does an answer that came late say less than a plain yes.
TIME_CUES = ("when", "in time", "on time", "quick", "soon", "pan ", "pryd")


def _asks_about_time(question: Question) -> bool:
    return any(cue in str(text).lower() for text in question.text.values() for cue in TIME_CUES)


def _a_kind_of_yes(lexicon: Lexicon, value: Value) -> bool:
    """True when the question lists a phrase for `value` that opens with a yes ("yes a bit")."""
    return any(phrase[0] in YES_LEADS and value in values for phrase, values in lexicon.phrases.items())


YES_LEADS = frozenset(("yes", "do", "ie"))


def _allowed(value: Value | None, question: Question) -> Parsed:
    return Parsed(True, value) if value is not None and value in question.choice_values() else UNCLEAR


def _fallback(question: Question, text: str | None, language: str, verdict: Verdict) -> Parsed:
    """Rules found nothing: the learned model may propose a value it is confident of (text None:
    the rules alone read this part of a reply)."""
    if verdict.decided or text is None:
        return _allowed(verdict.value, question)
    return _allowed(reply_model.propose(question, text, language), question)


def _numbers_in_idioms(question: Question, tokens: list[str], language: str) -> bool:
    """True when every number word of the reply is inside an idiom ("six of one, half a dozen of the
    other"): then it names no option."""
    spelt = [t for t in tokens if t in EN_SMALL or is_digits(t)]
    if not spelt or any(is_digits(t) for t in spelt):
        return False
    words, _reask, _unresolved = rewrite(tokens, lexicon_for(question, language))
    return not any(w in EN_SMALL for w in words)


# Words that make the words after an option's number a remark about one thing ("4 - the phone line
# was rubbish"), not a second answer; a pronoun or the service itself as the subject is the answer.
LINKING = frozenset(("was", "were", "is", "are", "has", "had", "been", "got"))
WHOLE_SUBJECTS = frozenset(
    ("it", "that", "this", "everything", "all", "overall", "service", "experience", "they", "she", "he")
    + ("i", "we", "you", "it's", "its", "was", "the", "a", "an", "my", "their", "your")
)


def _remark_agrees(question: Question, tokens: list[str], language: str, number: Value, said: Value) -> bool:
    """A number, then a remark about one part of the service leaning the same way ("4 - the phone
    line was rubbish" to Poor): the number is the answer and the remark a comment on it."""
    words = to_words(tokens)
    first = next((k for k, brk in enumerate(words.after_break) if brk), None)
    if first is None or first == 0:
        return False
    remark = list(words.words[first:])
    link = next((k for k, w in enumerate(remark) if w in LINKING), None)
    if link is None or not set(remark[:link]) - WHOLE_SUBJECTS:
        return False
    signs = value_signs(lexicon_for(question, language))
    return signs.get(number, 0) != 0 and signs.get(number) == signs.get(said)


def _emoji_agrees(question: Question, tokens: list[str], language: str, number: Value, said: Value) -> bool:
    """A number and only emoji beside it, leaning the same way ("👎👎 1", "one 👎"; not "👎 4")."""
    if sum(t[0].isalnum() for t in tokens) != 1:
        return False
    if not any(unicodedata.category(t[0]) == "So" for t in tokens):
        return False
    signs = value_signs(lexicon_for(question, language))
    return signs.get(number, 0) != 0 and signs.get(number) == signs.get(said)


THUMBS_UP = frozenset(("👍",))


def _thumbs_up_beside(question: Question, tokens: list[str], language: str, number: Value) -> bool:
    """A point above the middle and nothing beside it but thumbs-up ("4/5 👍", "👍👍 4"). A thumbs-up
    alone is no point of a 1-5 rating, so it is asked again; beside a number it only approves it,
    and only a number that leans its way ("1 👍" stays asked again)."""
    others = set(tokens) - THUMBS_UP
    if others == set(tokens) or any(unicodedata.category(t[0]) == "So" for t in others):
        return False  # no thumbs-up, or another emoji beside it ("4 👍👎"): another reading
    words = [t for t in tokens if t[0].isalnum()]
    if not all(t.isdigit() for t in words) or not 0 < len(words) <= 2:
        return False  # "4/5" is two digit tokens; any word beside the thumbs is another reading
    return value_signs(lexicon_for(question, language)).get(number, 0) > 0


# A word or two that grade, after the point said first: "1. Poor", "Un. Gwael.", "5. good".
GRADE_WORDS_AFTER = 3


def _word_agrees(question: Question, tokens: list[str], language: str, number: Value, said: Value) -> bool:
    """The point said first and alone, then, after a stop or comma, only a grade word or two leaning
    the same way (a label one point off, "1. Poor" where 1 is "very poor"): the number is the answer
    and the word what it felt like. "5, terrible" and "4. Poor" lean apart and are asked again."""
    first = number_at(tokens, 0, language)
    if first is None or first.value != number or first.end >= len(tokens):
        return False
    if not unicodedata.category(tokens[first.end][0]).startswith("P"):
        return False
    rest = [t for t in tokens[first.end + 1 :] if t[0].isalnum()]
    if not 0 < len(rest) <= GRADE_WORDS_AFTER or BUTS & set(rest):
        return False
    signs = value_signs(lexicon_for(question, language))
    return signs.get(number, 0) != 0 and signs.get(number) == signs.get(said)


def _option(num: Num, options: set[int], count: int) -> Parsed:
    """An option's number; "4/5" counts only when 5 is the number of options."""
    if num.value in options and num.denominator in (None, count):
        return Parsed(True, num.value)
    return UNCLEAR  # "9", "2.5", "1 or 2", "4/5" with six options


def _stars(question: Question, tokens: list[str], language: str) -> Parsed | None:
    """A star rating given to a choice question: five stars is its best option, if it has one."""
    rating = star_rating(tokens)
    if rating is None:
        return None
    stars, out_of = rating
    if out_of not in (None, 5) or stars not in STAR_SENSES:
        return UNCLEAR
    return _graded(question, language, stars)


def _graded(question: Question, language: str, stars: int) -> Parsed:
    """The option that means a grade of `stars` out of five (5 = its "very good"), if it has one."""
    lexicon = lexicon_for(question, language)
    phrase = sense_phrase(lexicon, STAR_SENSES[stars], for_stars=True)
    values = lexicon.values_of(phrase) if phrase else set()
    return _allowed(values.pop(), question) if len(values) == 1 else UNCLEAR


BARE_NOUGHT = [["nil"], ["none"], ["nought"], ["zilch"], ["nowt"]]


def _out_of_ten(question: Question, tokens: list[str], language: str) -> Parsed | None:
    """ "8/10", "10 out of 10", "0 if I could" on a five-point question: the point it halves to, read
    by meaning (the best point is the one the question calls very good), if the words agree."""
    if question.type == "scale" and (question.min, question.max) != (1, 5):
        return None  # "7/10" on a 0-10 scale is 7
    point = point_out_of_ten(tokens, language)
    if question.type == "scale" and [t for t in tokens if t[0].isalnum()] in BARE_NOUGHT:
        point = 1  # a bare "nil" or "none" on a 1-5 scale is its bottom, as "0" is (a product decision)
    if point is None:
        return None
    if point == BETWEEN_POINTS:
        return UNCLEAR  # "7/10" is 3.5 points
    if question.type == "scale":
        signs = value_signs(lexicon_for(question, language))
        best_first = signs.get(question.max, 0) < 0 or signs.get(question.min, 0) > 0
        read = Parsed(True, 6 - point if best_first else point)
    else:
        read = _graded(question, language, point)
    verdict = _verdict(question, tokens, language)
    if verdict.reask or verdict.value not in (None, read.value) and not _at_the_end(question, read, verdict):
        return UNCLEAR  # "8/10 but the wait was awful"
    return read


def _at_the_end(question: Question, read: Parsed, verdict: Verdict) -> bool:
    """True when the score is an end of the scale and the words lean the same way ("0/10 would not
    recommend"): the words agree, they only say it less strongly."""
    signs = value_signs(lexicon_for(question, "en"))
    sided = sorted(v for v, sign in signs.items() if sign and isinstance(v, int))
    if not sided or read.value not in (sided[0], sided[-1]) or verdict.value is None:
        return False
    return signs.get(read.value, 0) == signs.get(verdict.value, 0) != 0


# A Welsh number word alone is a choice or a point even in an English conversation ("Pump" for 5),
# though "pump" is also an English word; "naw" (9) is left out, it is text speak for no there.
WELSH_OPTION_WORDS = {word: n for word, n in CY_SMALL.items() if n <= 6 and word not in MUTATED}
WELSH_OUT_OF = frozenset(("allan", "o", "bump", "mas", "diolch", "plis")) | OPTION_FILLERS


def _welsh_number_alone(tokens: list[str]) -> int | None:
    """ "Pump", "tri diolch", "pedwar allan o bump": the Welsh number, or None."""
    words = to_words(tokens).words
    numbers = [WELSH_OPTION_WORDS[w] for w in words if w in WELSH_OPTION_WORDS]
    if len(numbers) == 1 and all(w in WELSH_OPTION_WORDS or w in WELSH_OUT_OF for w in words):
        return numbers[0]
    return None


def _welsh_numbers_only(tokens: list[str]) -> bool:
    """ "pedwar neu bump", "tri": Welsh number words, and nothing but what goes with them (a mutated
    one only after another: "bump" alone is an English word)."""
    words = to_words(tokens).words
    welsh = WELSH_OPTION_WORDS.keys() | MUTATED
    return any(w in WELSH_OPTION_WORDS for w in words) and all(
        w in welsh or w in WELSH_OUT_OF or w == "neu" for w in words
    )


def _numbers_named(tokens: list[str]) -> int:
    """How many numbers a reply gives, not counting denominators ("4/5", "4 out of 5")."""
    return sum(is_digits(t) and (i == 0 or tokens[i - 1] not in ("/", "of")) for i, t in enumerate(tokens))


def parse_choice(question: Question, tokens: list[str], language: str, text: str | None) -> Parsed:
    """A choice: stars, an option number (digits or words) agreeing with any words, else the words."""
    stars = _stars(question, tokens, language)
    if stars is not None:
        return stars
    tokens = spoken_digits(tokens, lexicon_for(question, language))
    tenths = _out_of_ten(question, tokens, language)
    if tenths is not None:
        return tenths
    if _numbers_named(tokens) > 1:
        return UNCLEAR  # "2 for the staff, 4 for the wait"
    options, count = {c.value for c in question.choices}, len(question.choices)
    verdict = _verdict(question, tokens, language)
    if _numbers_in_idioms(question, tokens, language):
        return _fallback(question, text, language, verdict)
    leading = None if "%" in tokens else leading_number(tokens)  # "100%" is not option 100
    if leading is not None:
        number = _option(leading, options, count)
        # "2 - good" agrees; "1 - poor" names two different options: ask again, unless the words
        # are a remark about one part of the service leaning the same way as the number.
        if verdict.value not in (None, number.value):
            agrees = number.value is not None and _remark_agrees(
                question, tokens, language, number.value, verdict.value
            )
            return number if agrees else UNCLEAR
        return number
    spelt = spelt_option(list(to_words(tokens).words))
    if spelt is None and "bump" not in tokens:  # "out of five" has no meaning for a list of options
        spelt = _welsh_number_alone(tokens)
    if spelt is not None:
        return _option(Num(spelt, 0), options, count)
    # a number standing on its own, not a quantity of something ("took 3 weeks")
    alone = [
        t
        for k, t in enumerate(tokens)
        if is_digits(t) and (k + 1 == len(tokens) or not tokens[k + 1][0].isalpha())
    ]
    digits = [t for t in tokens if is_digits(t)]
    if verdict.value is not None and len(digits) == 1 and alone and "%" not in tokens:
        # "hmm 1 - the phone line was rubbish": a number inside the reply outranks a remark beside
        # it only when they lean the same way; never store the remark's grade over the number
        said = whole_number(digits[0])
        if said != verdict.value:
            agrees = said in options and _remark_agrees(question, tokens, language, said, verdict.value)
            return Parsed(True, said) if agrees else UNCLEAR
    if verdict.decided:
        return _allowed(verdict.value, question)
    closing = None if "%" in tokens else closing_number(tokens)
    if closing is not None:
        return _option(closing, options, count)
    return _fallback(question, text, language, verdict)


# A "no" between two numbers takes the first back ("5 no 3"); a "not" denies the second ("4 not 5").
TAKE_BACK = frozenset(("no", "nah", "nope", "na", "sorry", "actually", "or"))


def _without_denied_numbers(tokens: list[str], language: str) -> tuple[list[str], set[int | None]]:
    """Drop "not 5" from "4 not 5", keeping what was denied; None among them for "5 no 3"."""
    kept: list[str] = []
    denied: set[int | None] = set()
    i = 0
    while i < len(tokens):
        taken_back = tokens[i] in TAKE_BACK and any(is_digits(t) for t in kept) and i + 1 < len(tokens)
        if taken_back and number_at(tokens, i + 1, language):
            denied.add(None)  # the resident changed their mind: which number stands?
        if is_negator(tokens[i]) and i + 1 < len(tokens) and (num := number_at(tokens, i + 1, language)):
            denied.add(num.value)
            i = num.end
            continue
        kept.append(tokens[i])
        i += 1
    return kept, denied


def parse_scale(question: Question, tokens: list[str], language: str, text: str | None) -> Parsed:
    """A point of the scale: digits, "4/5", "4 out of 5", number words, stars or label words."""
    rating = star_rating(tokens)
    if rating is not None and rating[1] in (None, question.max) and rating[0] in question.choice_values():
        return Parsed(True, rating[0])
    if language != "cy" and _welsh_numbers_only(tokens):
        language = "cy"  # "Pump", "tri allan o bump", "pedwar neu bump" in an English conversation
    if _below_zero(tokens, language):
        return UNCLEAR  # "minus 5": off the bottom of the scale, not its fifth point
    tokens, denied = _without_denied_numbers(tokens, language)
    tenths = None if denied else _out_of_ten(question, tokens, language)
    if tenths is not None:
        return tenths
    values: set[Value] = set()
    in_idioms = _numbers_in_idioms(question, tokens, language)  # "six of one, half a dozen..."
    for num in [] if in_idioms else read_numbers(tokens, language):
        if _an_amount_of_time(tokens, num.end):
            continue  # "terrible. no heating for three weeks": how long, not a point
        if num.value is None or num.denominator not in (None, question.max):
            return UNCLEAR  # "3.5", "-1", "8/10" on a 1-5 scale
        values.add(num.value)
    verdict = _verdict(question, tokens, language)
    if verdict.reask and len(values) == 1 and _thumbs_up_beside(question, tokens, language, min(values)):
        verdict = Verdict()  # "4/5 👍", "👍 5": the thumbs-up approves the number, it is no point itself
    if values & denied or None in denied or (verdict.reask and values):
        return UNCLEAR
    said = verdict.value
    remark = said is not None and len(values) == 1 and said not in values
    if remark and said is not None and _remark_agrees(question, tokens, language, next(iter(values)), said):
        verdict = Verdict()  # "4 - the phone line was rubbish": a remark beside the number
    elif remark and said is not None and _emoji_agrees(question, tokens, language, next(iter(values)), said):
        verdict = Verdict()  # "👎 1", "👍 5": the emoji leans the way the number does
    elif remark and said is not None and _word_agrees(question, tokens, language, next(iter(values)), said):
        verdict = Verdict()  # "1. Poor": the word a point off, the number the answer
    if verdict.value is not None:
        values.add(verdict.value)
    if values:
        return _allowed(values.pop(), question) if len(values) == 1 else UNCLEAR
    return _fallback(question, text, language, verdict)


# Words that make the number after them negative ("minus 5", "negative 2").
NEGATIVE_SIGNS = frozenset(("minus", "negative"))


def _below_zero(tokens: list[str], language: str) -> bool:
    signed = (k for k, t in enumerate(tokens[:-1]) if t in NEGATIVE_SIGNS)
    return any(number_at(tokens, k + 1, language) is not None for k in signed)


# Units after a number that make it an amount of time, never a point of the scale.
TIME_UNITS = frozenset(DAY_UNITS) | frozenset(("hours", "hrs", "hour", "mins", "minutes"))


def _an_amount_of_time(tokens: list[str], end: int) -> bool:
    return end < len(tokens) and tokens[end] in TIME_UNITS


# A reply that opens by saying the answer came late, with no yes or no: "eventually", "finally".
LATE_OPENINGS = frozenset(("eventually", "finally", "eventualy", "evenually"))


def parse_yes_no(question: Question, tokens: list[str], language: str, text: str | None) -> Parsed:
    """Yes, no, or partly when the question allows it ("a bit" is unclear otherwise)."""
    words = to_words(tokens).words
    if set(words[:3]) & LATE_OPENINGS and not any(is_negator(w) or w in ("yes", "no") for w in words):
        tokens = ["yes", *tokens]  # "eventually, after I chased": a late yes
    elif asks_about_calls(question):
        line = reply_reservations.before_the_line(tokens)
        if line is not None:
            tokens = line  # "yes, but they ring my wife's mobile": the call came, to another phone
        if reply_calls.unnamed_call(to_words(tokens)) or reply_calls.other_channel_instead(to_words(tokens)):
            return UNCLEAR  # "someone rang while I was out": us, or not? "a text not a call": does it count?
        if reply_calls.call_made(to_words(tokens)):
            # "they rang while I was at work, no message left": the call was made, the message is aside
            tokens = ["yes", *reply_calls.without_asides(tokens)]
        elif reply_calls.call_denied(to_words(tokens)):
            tokens = ["no", *reply_calls.without_denied_call(tokens)]  # "never got a call back"
    return _fallback(question, text, language, _verdict(question, tokens, language))


def parse_number(question: Question, tokens: list[str], language: str, text: str | None) -> Parsed:
    """A non-negative whole number; with unit days, "two weeks" is 14."""
    amount = read_number(tokens, language, in_days=question.unit == "days")
    return UNCLEAR if amount is None else Parsed(True, amount)


def parse_text(text: str) -> Parsed:
    """Free text with at least one letter, digit or emoji, kept as typed minus control characters."""
    cleaned = SURROGATES.sub("", text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    cleaned = _CONTROLS_BUT_NEWLINE.sub("", cleaned).strip()
    if not any(c.isalnum() or unicodedata.category(c) == "So" for c in cleaned):
        return UNCLEAR  # empty, whitespace or punctuation only
    return Parsed(True, cleaned)


# A fraction beside a number puts the answer between two options or points.
FRACTIONS = frozenset(("half", "½", "quarter", "¼", "¾", "hanner"))


def _between_points(tokens: list[str], language: str) -> bool:
    if not any(t in FRACTIONS for t in tokens):
        return False
    return bool(read_numbers(tokens, language)) or star_rating(tokens) is not None  # "⭐⭐⭐ and a half"


_PARSERS = {"choice": parse_choice, "scale": parse_scale, "yes_no": parse_yes_no, "number": parse_number}


def _corrected(question: Question, tokens: list[str], language: str) -> Parsed | None:
    """ "1 sorry no 2", "good, no wait, very good": the answer after the last correction marker, when
    that part is itself a clear answer; None when the reply corrects nothing or the correction is unclear."""
    no_is_answer = bool(lexicon_for(question, language).values_of("no") & set(question.choice_values()))
    if question.type == "number":
        no_is_answer = True  # "no" before a number is handled between numbers
    for before, after in reply_corrections.cuts(tokens, language, no_is_answer):
        if DOUBTS & set(after):
            return UNCLEAR  # "3, no maybe 4": the correction is itself in doubt
        for words in reply_corrections.answer_part(after):
            if question.unit == "days":
                words = reply_corrections.carried_unit(before, words, language)
            read = _read(question, words, language, None)  # a correction must be clear to the rules
            if read.ok:
                return _conceded(question, language, before, words, read)
        reasoned = _corrected_with_reason(question, reply_corrections.answer_part(after)[-1], language)
        if reasoned is not None:
            return reasoned  # "good. no actually poor, they never sent the letter": poor, and why
    return None


def _conceded(question: Question, language: str, before: list[str], after: list[str], read: Parsed) -> Parsed:
    """A no taken back by a yes that came only late ("no. well, yes, in the end") is the question's
    partly, where it has one: the lateness is why the resident said no first."""
    senses = reply_model.value_senses(lexicon_for(question, language))
    said = read.value if isinstance(read.value, (int, str)) else None
    if said is None or senses.get(said) != "yes" or not set(before) & BARE_NO or not _tells_lateness(after):
        return read
    partly = [v for v, sense in senses.items() if sense == "partly" and v in question.choice_values()]
    return Parsed(True, partly[0]) if len(partly) == 1 else read


def _tells_lateness(words: list[str]) -> bool:
    spans = (tuple(words[k : k + len(p)]) for k in range(len(words)) for p in LATE_PHRASES)
    return bool(LATE & set(words)) or bool(LATE_PHRASES & set(spans))


def _corrected_with_reason(question: Question, words: list[str], language: str) -> Parsed | None:
    """The corrected answer said first in its clause, then its reason; None when not of that form."""
    if question.type == "number":
        return None
    for cut in range(1, len(words)):
        if words[cut] in (",", *reply_leading.SENTENCE_ENDS):
            head = _read(question, words[:cut], language, None)
            if head.ok and head.value is not None:
                return head if _leading_answer(question, words, cut, head.value, language, True) else None
    return None


# Words that open the reason for a grade: "3 because some was good some was bad".
REASONS = frozenset(("because", "cos", "coz", "cause", "'cause", "bc", "becuase", "becasue"))


def _number_with_reason(question: Question, tokens: list[str], language: str) -> Parsed | None:
    """A number, then "because" and a reason: the number stands when the reason does not pull against
    it (a mixed reason only beside the middle of the scale); None when the reply is not of that form."""
    at = next((k for k, t in enumerate(tokens) if t in REASONS), None)
    if at is None or not any(is_digits(t) or t in EN_SMALL for t in tokens[:at]):
        return None
    said = _read(question, tokens[:at], language, " ".join(tokens[:at]))
    if not said.ok or said.value is None:
        return None
    signs = value_signs(lexicon_for(question, language))
    lean = signs.get(said.value, 0)
    reason = _verdict(question, tokens[at + 1 :], language)
    words = to_words(tokens[at + 1 :])
    leanings = {polarity(words, k) for k in range(len(words.words))} - {0}  # words no option lists
    if reason.reask or len(leanings) > 1:
        return said if lean == 0 else UNCLEAR  # "3 because some good some bad"
    if reason.value is not None:
        leanings = {signs.get(reason.value, 0)} if reason.value != said.value else {lean}
    if not leanings or leanings == {lean} and lean != 0:
        return said  # "4 because they were quick", "2 cos they never rang back"
    return UNCLEAR  # "2 cos they were lovely": the reason pulls the other way


# Approval said beside an answer ("ychydig, chwarae teg"): a remark on it, not a second answer.
# "no complaints" alone is asked again (good or very good?), beside an answer it is a remark on it;
# "no question" beside one says it is certain ("five, no question").
APPROVING_REMARKS = (
    ("chwarae", "teg"),
    ("fair", "play"),
    ("no", "complaints"),
    ("no", "complaint"),
    ("no", "question"),
    ("no", "doubt"),
)


def _without_approval(tokens: list[str]) -> list[str]:
    kept, i = [], 0
    while i < len(tokens):
        if tuple(tokens[i : i + 2]) in APPROVING_REMARKS:
            i += 2
            continue
        kept.append(tokens[i])
        i += 1
    return kept if any(t[0].isalnum() for t in kept) else tokens


# "1, zero if I could": the bottom of the scale, and a wish to go below it, which agrees.
BELOW_THE_SCALE = frozenset(("0", "zero", "nought", "nothing", "none", "minus", "nil"))
WISHES = (("if", "i", "could"), ("if", "i", "can"), ("if", "possible"), ("if", "there", "was"))


def _bottom_with_a_wish(question: Question, tokens: list[str], language: str) -> Parsed | None:
    """ "1, zero if I could", "very poor - minus 10 if I could": the answer before the wish when it
    is the bottom the wish points at; None when the reply is not of that form."""
    wish = next(
        (k for k in range(len(tokens)) if any(tuple(tokens[k : k + len(w)]) == w for w in WISHES)), None
    )
    start = next((k for k in range(wish or 0) if tokens[k] in BELOW_THE_SCALE), None)
    if wish is None or start is None or start == 0 or tokens[start - 1][0].isalnum():
        return None  # the wish must be its own clause: "1, zero if I could"
    said = _read(question, tokens[: start - 1], language, None)
    bottom = _out_of_ten(question, ["0"], language)
    return said if said.ok and bottom is not None and said == bottom else None


# A zero wished for beside the bottom point: "1. if I could give 0 I would", "one, only cos I can't
# give zero", "zero if i could, so 1". The cue says the zero is out of reach, so the bottom is meant.
OUT_OF_REACH = frozenset(("if", "can't", "cant", "cannot", "allowed", "isnt", "isn't", "option"))
ZEROS = frozenset(("0", "zero", "nought"))


def _bottom_beside_zero(question: Question, tokens: list[str], language: str) -> Parsed | None:
    """The bottom of a scale when the reply's only numbers are it and a zero out of reach; None when
    the reply is not of that form."""
    if question.type != "scale" or not OUT_OF_REACH & set(tokens) or not ZEROS & set(tokens):
        return None
    if value_signs(lexicon_for(question, language)).get(question.min, 0) >= 0:
        return None  # only a scale whose bottom blames can be wished below
    values = {num.value for num in read_numbers(tokens, language) if num.denominator is None}
    return Parsed(True, question.min) if values == {0, question.min} else None


# "2, and that's being generous", "1 and that's charity": a low grade, with a wish it could be lower.
GENEROUS = frozenset(("generous", "generously", "kind", "charity", "charitable"))
# Where the rider starts when no punctuation sets it off: "2 and I'm being generous".
RIDER_LINKS = frozenset(("and", "n", "an"))


def _grade_and_generous(question: Question, tokens: list[str], language: str) -> Parsed | None:
    """ "1, and that's being generous", "2 and I'm being generous", "awful - and I'm being kind": a
    grade that blames, said first, stands, the rider only says it could be lower; None when the reply
    is not of that form ("good, if I'm being generous" is left to the idioms)."""
    cut = next(
        (
            k
            for k, t in enumerate(tokens)
            if k and (unicodedata.category(t[0]).startswith("P") or t in RIDER_LINKS)
        ),
        None,
    )
    rest = set(tokens[cut + 1 :]) if cut is not None else set()
    if cut is None or not rest & GENEROUS or not rest & {"being", "bein", "that's", "thats"} or "if" in rest:
        return None
    said = _read(question, tokens[:cut], language, None)
    if not said.ok or said.value is None:
        return None
    # only a grade that blames: "3, and that's being generous" is asked again (the table, round nine)
    return said if value_signs(lexicon_for(question, language)).get(said.value, 0) < 0 else None


# A point taken off, said after the grade: "4, lost one for the wait", "4. One point deducted".
POINTS_LOST = frozenset(("lost", "lose", "losing", "deducted", "docked", "knocked", "minus", "dropped"))
POINT_WORDS = frozenset(("one", "1", "a", "point", "points", "star", "stars", "mark", "marks"))


def _grade_with_a_point_lost(question: Question, tokens: list[str], language: str) -> Parsed | None:
    """The grade said first, then why a point was taken off it: the grade stands (the "one" is no
    second answer); None when the reply is not of that form."""
    if question.type != "scale":
        return None
    cut = next((k for k, t in enumerate(tokens) if k and unicodedata.category(t[0]).startswith("P")), None)
    rest = tokens[cut + 1 :] if cut is not None else []
    lost = next((k for k, t in enumerate(rest) if t in POINTS_LOST), None)
    if lost is None or not set(rest[max(0, lost - 2) : lost + 2]) & POINT_WORDS or {"if", "but"} & set(rest):
        return None
    said = _read(question, tokens[:cut], language, None)
    return said if said.ok and said.value is not None else None


# Anyone the reasons may be about instead of the resident's matter: then they may be a second answer.
PEOPLE = RELATIONS | PERSONS | frozenset(("manager", "staff", "man", "woman", "lady", "lad", "girl", "guy"))
PEOPLE |= frozenset(("someone", "somebody", "one", "other", "they", "nurse", "doctor", "worker", "officer"))
# What sets the part that worked against the part that did not: "works but no hot water".
CONTRASTS = frozenset(("but", "though", "tho", "except", "apart", "ond", "heblaw"))


# The part not yet done, named after a partial answer: "still waiting on the rest", "not all".
WAITING = frozenset(("waiting", "waitin", "waitin'"))
NOT_THE_WHOLE = frozenset(("all", "everything", "the"))


# What may trail the grade said after the last "but" ("but good though").
AFTERTHOUGHTS = frozenset(("though", "tho", "mind", "overall", "still"))
SAID_AGAIN_WORDS = 2  # "but good", "but pretty good"


def _grade_said_again(question: Question, tokens: list[str], language: str) -> Parsed | None:
    """ "Good, not perfect but good", "aye it were good, bit slow to start but good": a grade said
    first, then again alone after the last "but", is that grade; what comes between is a concession
    the resident weighed. None unless both readings are the same value."""
    if not BUTS & set(tokens):
        return None
    last = max(k for k, t in enumerate(tokens) if t in BUTS)
    tail = [t for t in tokens[last + 1 :] if not reply_reasons.punctuation(t) and t not in AFTERTHOUGHTS]
    first = next((k for k, t in enumerate(tokens) if reply_reasons.punctuation(t) or t in BUTS), last)
    if not tail or len(tail) > SAID_AGAIN_WORDS or not 0 < first < last or first > reply_leading.HEAD_WORDS:
        return None
    said = _read(question, tokens[:first], language, None)
    if not said.ok or said.value is None or _read(question, tail, language, None) != said:
        return None
    return said


def _names_what_is_left(rest: list[str]) -> bool:
    """True when the words after a partial answer only name what is still to come: "still waiting
    on the rails", "not all (of it)", "not everything", "not the damp"; a second answer ("no"), a
    hedge or anyone else's answer is not that."""
    if set(rest) & (BARE_YES | BARE_NO | PEOPLE) or "but" in rest or "or" in rest:
        return False
    if len(rest) < 2:
        return False
    if rest[0] == "still" and rest[1] in WAITING:
        return len(rest) > 2 and rest[2] in ("on", "for")
    return rest[0] == "not" and rest[1] in NOT_THE_WHOLE and not any(is_negator(t) for t in rest[1:])


def _some_alone(question: Question, tokens: list[str], language: str) -> Parsed | None:
    """A bare "Some." or "some, yes" to a choice that has a partly ("Yes, a bit") is that choice. Only
    alone: inside a longer reply "some" is seldom the answer ("and then some", "getting some sleep").
    "some, no" is two answers (a little, then none): asked again, never read as its "no"."""
    words = [t for t in tokens if t[0].isalnum()]
    if not words or words[0] != "some" or len(words) > 2:
        return None
    if len(words) == 2 and words[1] not in BARE_YES | BARE_NO:
        return None
    lexicon = lexicon_for(question, language)
    partly = lexicon.values_of(sense_phrase(lexicon, "partly") or "") & set(question.choice_values())
    if len(partly) != 1:
        return None
    return UNCLEAR if words[1:] and words[1] in BARE_NO else Parsed(True, next(iter(partly)))


def _partly_with_reasons(question: Question, tokens: list[str], language: str) -> Parsed | None:
    """ "partly, the heating works but no hot water": a partly said first, then reasons that name
    no other answer, is partly; None when the reply is not of that form."""
    lexicon = lexicon_for(question, language)
    partly = lexicon.values_of(sense_phrase(lexicon, "partly") or "") & set(question.choice_values())
    cut = next((k for k, t in enumerate(tokens) if not t[0].isalnum()), None)
    if len(partly) != 1 or not cut or not any(t[0].isalnum() for t in tokens[cut:]):
        return None
    if _verdict(question, tokens[:cut], language).value not in partly:
        return None
    rest = [t for t in tokens[cut + 1 :] if t[0].isalnum()]
    said = Parsed(True, next(iter(partly)))
    if rest and _names_what_is_left(rest):
        return said  # "some of it, still waiting on the rest", "bits of it, not the damp"
    if not rest or rest[0] in BARE_YES | BARE_NO or is_negator(rest[0]):
        return None  # "partly, no not at all": a second answer, not a reason
    if set(rest) & PEOPLE:
        return None  # "a bit, the manager didn't at all": someone else's answer
    if CONTRASTS & set(rest):
        return said  # "partly, the heating works but no hot water": what worked and what did not
    reasons = _verdict(question, rest, language)
    return said if not reasons.reask and reasons.value in partly | {None} else None


def _read(question: Question, tokens: list[str], language: str, text: str | None) -> Parsed:
    """The reply's tokens read by its question's parser; approval beside an answer is a remark on it."""
    remarked = _without_approval(tokens)
    if remarked != tokens:
        read = _read_tokens(question, remarked, language, text)
        if read.ok:
            return read
    return _read_tokens(question, tokens, language, text)


def _read_tokens(question: Question, tokens: list[str], language: str, text: str | None) -> Parsed:
    if asks_which(tokens):
        return UNCLEAR  # "which bit, the repair or the advice?": before any answer word in it is read
    echoed = reply_echo.after_echo(question, tokens)
    if echoed is not None:
        tokens = echoed  # "did they call? they did": the answer follows the question said back
    if question.type in ("choice", "scale"):
        tokens = respelt_alone(tokens)  # "fiv", "fore"
        bottom = (
            _bottom_with_a_wish(question, tokens, language)
            or _bottom_beside_zero(question, tokens, language)
            or _grade_and_generous(question, tokens, language)
            or _grade_with_a_point_lost(question, tokens, language)
            or _grade_said_again(question, tokens, language)
        )
        if bottom is not None:
            return bottom
        reasoned = _number_with_reason(question, tokens, language)
        if reasoned is not None:
            return reasoned
    if question.type == "choice" and language == "en":
        some = _some_alone(question, tokens, language)
        if some is not None:
            return some
    if question.type in ("choice", "yes_no"):
        partly = _partly_with_reasons(question, tokens, language)
        if partly is not None:
            return partly
    if asks_back(tokens):
        return UNCLEAR  # a question back ("what do you mean?") is answered by asking again
    if (
        question.type in ("choice", "scale")
        and _between_points(tokens, language)
        and not _numbers_in_idioms(question, tokens, language)
    ):
        return UNCLEAR  # "4 and a half": between two points, and rounding it either way is a guess
    parser = _PARSERS.get(question.type)
    return parser(question, tokens, language, text) if parser else UNCLEAR


def parse_answer(question: Question, text: str, language: str = "en") -> Parsed:
    """What the resident's reply means for this question, or Parsed(ok=False) when unclear."""
    if not isinstance(text, str):
        return UNCLEAR
    if question.type == "text" or len(text) > _REMEMBERED_CHARS:
        return _parse_answer(question, text, language)
    # A reading is a function of the question, the language, the text and the reply model alone
    # (foresight.py relies on it too): the short replies most residents send ("1", "yes", an
    # option's label) are read once per worker, not at each message (about 1 M instructions each).
    key = (id(question), language, text)
    model = reply_model.load()
    remembered = _READINGS.get(key)
    if remembered is not None and remembered[0] is question and remembered[1] is model:
        return remembered[2]
    read = _parse_answer(question, text, language)
    if len(_READINGS) >= _REMEMBERED_READINGS:
        _READINGS.clear()
    _READINGS[key] = (question, model, read)
    return read


_REMEMBERED_CHARS = 40  # longer replies seldom come twice
_REMEMBERED_READINGS = 4096  # about 1.5 MB when full
_READINGS: dict[tuple[int, str, str], tuple[Question, object, Parsed]] = {}


def forget_readings() -> None:
    """Drop the remembered readings (for a test that swaps a part of the parser for its own)."""
    _READINGS.clear()


def _parse_answer(question: Question, text: str, language: str) -> Parsed:
    read = _read_reply(question, text, language)
    if read.ok and read.value is not None and reply_model.doubts(question, text, language, read.value):
        return UNCLEAR  # the learned model is sure the reply means something else: ask, don't guess
    return read


def _read_reply(question: Question, text: str, language: str) -> Parsed:
    """The rules' reading of a reply (with the fallback where they find nothing)."""
    if question.type == "text":
        return parse_text(text)
    if len(text) > MAX_ANSWER_CHARS:
        return UNCLEAR  # an essay is not a pick from a list; don't spend time reading it
    tokens = tokenize(text)
    if question.type in ("choice", "yes_no") and reply_register.shouted_yes(text) and "yes" in tokens:
        at = tokens.index("yes")  # "YES. She noticed ...": a yes with emphasis
        tokens = [*tokens[: at + 1], "definitely", *tokens[at + 1 :]]
    read = _parse_tokens(question, tokens, language, text)
    if (
        read.ok
        and question.type in ("choice", "scale")
        and _feeling_alone(question, tokens, language, read.value)
    ):
        return UNCLEAR
    if read.ok and _emoji_unclear(question, tokens, language):
        return UNCLEAR
    if read.ok and question.type in ("choice", "scale") and reply_leading.conditional_grade(tokens):
        return UNCLEAR  # "I'd give you a 4 if the bin were emptied": the grade it would give, not gives
    if read.ok and question.type in ("choice", "scale", "yes_no") and reply_sarcasm.scare_quoted(text):
        return UNCLEAR  # "it's 'sorted', apparently": the resident does not take the word at its word
    if read.ok and question.type in ("choice", "yes_no") and _both_sides_in_doubt(tokens, language):
        return UNCLEAR  # "maybe yes maybe no", "do ond na hefyd": neither side is the answer
    if (
        read.ok
        and question.type in ("choice", "scale", "yes_no")
        and _left_in_doubt(question, tokens, language, read)
    ):
        return UNCLEAR  # "Ie, ond...", "I suppose so, I'm not sure", "Aye. Well, no. Summat like."
    if question.type not in ("choice", "scale", "yes_no", "number") or _not_to_mend(tokens):
        return read
    # "very god", "sven days": the reply read again with its answer-word typos put right. A reply
    # read as it stands is mended only inside an answer phrase ("veru good" is very good, not good).
    mended = _mended(question, tokens, language, phrases_only=read.ok)
    if mended == tokens:
        return read
    again = _parse_tokens(question, mended, language, " ".join(mended))
    if read.ok and again.ok and again.value != read.value:
        return again if _only_non_words_mended(tokens, mended) else UNCLEAR
    return read if read.ok else again


# What joins a yes to a no so that both stand: "yes but no", Welsh "do ond na".
BUTS = frozenset(("but", "ond"))
ALSO = frozenset(("too", "also", "either", "hefyd", "chwaith", "as", "well"))


def _both_sides_in_doubt(tokens: list[str], language: str) -> bool:
    """True when a reply says yes and no, each in doubt ("maybe yes maybe no") or barely set one
    against the other by a "but" ("do ond na hefyd"): a person would ask which. "yes and no" (partly where a
    question has it) is not this; nor is English "do", a verb as often as an answer."""
    words = to_words(tokens).words
    yes_words = BARE_YES - ({"do"} if language != "cy" else set())
    yes_at = [k for k, w in enumerate(words) if w in yes_words]
    no_at = [k for k, w in enumerate(words) if w in BARE_NO]
    if not yes_at or not no_at:
        return False
    if set(words) & DOUBTS:
        return True
    # Only a bare "yes but no (too)": "the boiler yes but the damp no" names its parts (partly)
    first, last = min(yes_at[0], no_at[0]), max(yes_at[0], no_at[0])
    bare = first == 0 and all(w in ALSO for w in words[last + 1 :])
    return bare and len(words[first + 1 : last]) == 1 and words[first + 1] in BUTS


def _left_in_doubt(question: Question, tokens: list[str], language: str, read: Parsed) -> bool:
    """True when the reply leaves its own answer in doubt (reply_doubts): a "but" left hanging, a
    "not sure" beside a yes, a waver between three answers, or a wish for the whole reply."""
    if reply_doubts.trails_off(tokens) or (question.type != "scale" and reply_doubts.wavers(tokens)):
        return True
    if question.type == "yes_no" and reply_doubts.maybe_someone_else(to_words(tokens).words):
        return True
    if question.type != "scale" and reply_doubts.only_a_wish(to_words(tokens).words):
        return True
    if question.type != "choice" or read.value is None:
        return False
    if reply_model.value_senses(lexicon_for(question, language)).get(read.value) != "dk":
        return False
    return reply_doubts.yes_beside_not_sure(to_words(tokens).words, language)


def _feeling_alone(question: Question, tokens: list[str], language: str, value: Value | None) -> bool:
    """True when a grade was read from anger alone ("😡😡": angry, but at what?), or beside an
    eye-roll that praises ("5 🙄"): a person would ask again."""
    if set(tokens) & ANGER:
        words = [t for t in tokens if t not in ANGER]
        return not _parse_tokens(question, words, language, None).ok
    if set(tokens) & reply_sarcasm.ROLLS and value is not None:
        return value_signs(lexicon_for(question, language)).get(value, 0) > 0
    return False


def _emoji_unclear(question: Question, tokens: list[str], language: str) -> bool:
    """True when the answer was read from emoji a person would not take as one (reply_emoji): a
    picture with no settled sense, a middling face to a question with no grades, or cheering that
    turns a plain yes into "a lot"."""
    if question.type not in ("choice", "scale", "yes_no") or star_rating(tokens) is not None:
        return False  # stars are read as a rating
    senses = reply_model.value_senses(lexicon_for(question, language)).values()
    graded = question.type == "scale" or bool({"vpos", "pos", "neu"} & set(senses))
    if reply_emoji.unclear_emoji(tokens, graded, _asks_about_need(question)):
        return True
    words = reply_emoji.cheered_yes(tokens)
    return words is not None and not _parse_tokens(question, words, language, None).ok


def _not_to_mend(tokens: list[str]) -> bool:
    """A reply that is unclear for what it says, not how it is spelt: sarcasm, a refusal, a question back."""
    return reply_sarcasm.sarcastic(tokens) or reply_meant.refuses(tokens) or asks_back(tokens)


def _only_non_words_mended(tokens: list[str], mended: list[str]) -> bool:
    return all(t == m or t not in reply_typos.REAL_WORDS for t, m in zip(tokens, mended, strict=True))


def _mended(question: Question, tokens: list[str], language: str, phrases_only: bool) -> list[str]:
    index, bigrams = _typo_words(lexicon_for(question, language), question.type)
    return reply_typos.mend(tokens, index, bigrams, phrases_only, welsh=language == "cy")


# The words a typo may be mended to, per question kind: its answer words, and numbers where it
# takes them (and units of time where it asks for days).
_NUMBER_WORDS = {
    "choice": frozenset(w for w, n in EN_SMALL.items() if 0 < n <= 6),
    "scale": frozenset(w for w, n in EN_SMALL.items() if 0 < n <= 10),
    "number": frozenset(w for w, n in EN_SMALL.items() if 0 < n <= 31) | frozenset(DAY_UNITS),
}
_TypoWords = tuple[dict[str, frozenset[str]], frozenset[tuple[str, str]]]
_TYPO_WORDS: dict[tuple[int, str], tuple[Lexicon, _TypoWords]] = {}
# Questions with the same options (a YAML anchor's choices) have equal lexicons: their slip index,
# about 1.5 MB a question, is built once and shared, keyed by what it is built from.
_TYPO_WORDS_BY_CONTENT: dict[tuple[frozenset[str], frozenset[tuple[str, ...]]], _TypoWords] = {}


def _typo_words(lexicon: Lexicon, kind: str) -> _TypoWords:
    """The question's slip index and answer-phrase word pairs, built once per lexicon."""
    key = (id(lexicon), kind)
    cached = _TYPO_WORDS.get(key)
    if cached is None or cached[0] is not lexicon:
        vocabulary = lexicon.vocabulary | _NUMBER_WORDS.get(kind, frozenset())
        content = (vocabulary, frozenset(lexicon.phrases))
        words = _TYPO_WORDS_BY_CONTENT.get(content)
        if words is None:
            words = (reply_typos.slip_index(vocabulary), reply_typos.phrase_bigrams(lexicon.phrases))
        if len(_TYPO_WORDS) >= 512:
            _TYPO_WORDS.clear()
            _TYPO_WORDS_BY_CONTENT.clear()
        _TYPO_WORDS_BY_CONTENT[content] = words
        cached = (lexicon, words)
        _TYPO_WORDS[key] = cached
    return cached[1]


def _parse_tokens(question: Question, tokens: list[str], language: str, text: str | None) -> Parsed:
    """The reply's tokens read (`text` None: by the rules alone), its manner put plainly first
    (reply_register); an answer the reply itself questions is asked again."""
    if question.type in ("choice", "scale", "yes_no"):
        if reply_sarcasm.sarcastic(tokens):
            return UNCLEAR  # read before the laughter is dropped: "on time as always 😂" laughs at the praise
        tokens = reply_register.plain(tokens)  # "Dear Sir, ... Yours faithfully", "bloody great", "lol"
        if reply_register.for_someone_who_cannot_say(tokens):
            return UNCLEAR  # "hard to say on her behalf, she's nonverbal"
        if reply_register.relayed_with_own_view(tokens) or reply_register.two_possible_helpers(tokens):
            return UNCLEAR  # "my son says yes, I'm not sure"; "maybe the council, maybe you"
        if reply_register.two_peoples_answers(tokens):
            return UNCLEAR  # "not me, but my neighbour could do with a hand": whose answer?
    read = _parse_plain(question, tokens, language, text)
    if not read.ok and question.type in _PARSERS and not asks_back(tokens):
        read = _after_anyway(question, tokens, language)
    if not read.ok and question.type in ("choice", "yes_no") and not asks_back(tokens):
        read = _concluded(question, tokens, language)
    if not read.ok and question.type in ("choice", "yes_no") and asks_back(tokens):
        read = _doubt_after_asking_back(question, tokens, language)
    if not read.ok and question.type in ("choice", "scale"):
        read = _faint_praise(question, tokens, language)
    if read.ok and question.type in _PARSERS and _deferred(question, language, read.value, tokens):
        return UNCLEAR  # "ask my son", "better for now, ask me after Christmas"
    if read.ok and question.type in _PARSERS and reply_register.questions_itself(tokens):
        if _not_sure(question, language, read.value) or _not_now(question, language, read.value, tokens):
            return read
        return UNCLEAR  # "3? maybe 4?"
    return read


def _faint_praise(question: Question, tokens: list[str], language: str) -> Parsed:
    """ "ok, nothing special" is the middle; "quite good, nothing special" is good (reply_faint)."""
    neither = reply_faint.without_neither(tokens)
    if neither is not None:
        return _middle_beside_faint(question, neither, language)
    if reply_faint.put_right_like(tokens):
        return _read_tokens(question, ["good"], language, None)  # "it were alright, good like"
    rest = reply_faint.without_unremarkable(tokens)
    if rest is None or not any(t[0].isalnum() for t in rest):
        return UNCLEAR
    again = _parse_tokens(question, rest, language, None)
    if not again.ok or again.value is None:
        return UNCLEAR
    lexicon = lexicon_for(question, language)
    sense = reply_model.value_senses(lexicon).get(again.value)
    if sense == "pos" and reply_faint.only_faint(rest):
        return _allowed(reply_model.sense_values(lexicon).get("neu"), question)
    return again if sense in ("pos", "neu") else UNCLEAR


def _middle_beside_faint(question: Question, rest: list[str], language: str) -> Parsed:
    """ "is ok, not good not bad": the middle, when the rest of the reply praises only with a word
    that just passes; beside "good" or anything else that answers, asked again."""
    if not reply_faint.only_faint(rest):
        return UNCLEAR
    again = _parse_tokens(question, rest, language, None)
    lexicon = lexicon_for(question, language)
    if (
        not again.ok
        or again.value is None
        or reply_model.value_senses(lexicon).get(again.value) not in ("pos", "neu")
    ):
        return UNCLEAR
    return _allowed(reply_model.sense_values(lexicon).get("neu"), question)


def _deferred(question: Question, language: str, value: Value | None, tokens: list[str]) -> bool:
    """True when the reply hands its answer to someone else or to later (reply_deferral), unless the
    answer is one a deferral agrees with: "not sure, I'll ask my son"; "no, ask me again in a month"
    to "do you need more help?". A "don't know" handed on is asked again ("dunno, ask me later"):
    the answer exists, with someone else or later, where a "not sure" or "maybe" is the doubt itself;
    but one handed back to the resident at a set time ("dunno, ask me in a month") is too early to
    tell, the "not sure" itself."""
    if not reply_deferral.defers(tokens):
        return False
    unknown = reply_deferral.not_known(tokens) and not reply_deferral.to_oneself_later(tokens)
    doubt = _not_sure(question, language, value) and not unknown
    return not (doubt or _not_now(question, language, value, tokens))


def _not_now(question: Question, language: str, value: Value | None, tokens: list[str]) -> bool:
    """True for a "no" to "do you need more help?" put off to later ("not right now, ask me again in
    a month"): no help is needed now, which is what the question asks."""
    if not _asks_about_need(question) or value is None or "?" in "".join(tokens):
        return False
    return reply_model.value_senses(lexicon_for(question, language)).get(value) == "no"


# Words after which a story gives way to the answer: "..., anyway yes".
ANYWAY = frozenset(("anyway", "anyways", "anyhow", "anyroad"))


def _after_anyway(question: Question, tokens: list[str], language: str) -> Parsed:
    """A story, then the answer after its last "anyway" ("the bus was late..., anyway good"): the
    answer when that part alone is clear to the rules; else asked again."""
    at = max((k for k, t in enumerate(tokens) if t in ANYWAY), default=None)
    if at is None or at == 0:
        return UNCLEAR
    tail = [t for t in tokens[at + 1 :]]
    if not any(t[0].isalnum() for t in tail):
        return UNCLEAR
    return _parse_plain(question, tail, language, None)


# "..., so no": a closing "so" and a short answer sum the story up.
CONCLUDING = frozenset(("so", "therefore"))
CONCLUSION_WORDS = 3


def _concluded(question: Question, tokens: list[str], language: str) -> Parsed:
    """A story, then its conclusion in a short last clause opened by "so" ("I got it, but three weeks
    after I needed it, so no"): that answer when it alone is clear to the rules; else asked again."""
    at = max((k for k, t in enumerate(tokens) if t in CONCLUDING), default=None)
    if at is None or at == 0 or tokens[at - 1][0].isalnum():
        return UNCLEAR  # "so" must open its own clause: "it was so good" is no conclusion
    tail = tokens[at + 1 :]
    if not 0 < sum(t[0].isalnum() for t in tail) <= CONCLUSION_WORDS:
        return UNCLEAR
    return _parse_plain(question, tail, language, None)


# "not sure what you mean, so not sure": after the question back, the answer in a short last clause.
AFTER_ASKING_BACK = CONCLUDING | {"but"}
DOUBT_WORDS_AT_MOST = 4


def _doubt_after_asking_back(question: Question, tokens: list[str], language: str) -> Parsed:
    """A reply that asks back and then answers "not sure" in a short last clause opened by "so" or
    "but" ("not sure what you mean, so not sure"; "... but probably not sure"): the question's not
    sure, since not understanding the question agrees with it; any other answer after it ("not sure
    what you mean but ok") is asked again."""
    at = max((k for k, t in enumerate(tokens) if t in AFTER_ASKING_BACK), default=None)
    if at is None or at == 0:
        return UNCLEAR
    tail = tokens[at + 1 :]
    if not 0 < sum(t[0].isalnum() for t in tail) <= DOUBT_WORDS_AT_MOST or asks_back(tail):
        return UNCLEAR
    read = _parse_plain(question, tail, language, None)
    return read if read.ok and _not_sure(question, language, read.value) else UNCLEAR


def _not_sure(question: Question, language: str, value: Value | None) -> bool:
    """True when `value` is the question's "not sure" (a doubt beside it agrees with it)."""
    if question.type not in ("choice", "yes_no"):
        return False
    return value is not None and reply_model.value_senses(lexicon_for(question, language)).get(value) == "dk"


def _parse_plain(question: Question, tokens: list[str], language: str, text: str | None) -> Parsed:
    if question.type in ("choice", "scale", "yes_no"):
        tokens = reply_slang.plain(tokens)  # "no cap, they rang", "is it 'eck"
        if reply_sarcasm.sarcastic(tokens) or reply_meant.refuses(tokens):
            return UNCLEAR  # "oh brilliant, only took four months", "no comment": never the literal value
        understated = reply_meant.understated_no(tokens)
        if understated is not None:
            if not understated or question.type == "scale":
                return UNCLEAR  # "can't say they didn't"; a scale has no "no"
            tokens = understated  # "can't say they did" is a no
        tokens = reply_meant.welsh_yes_and_no(tokens)  # "do a naddo" is "yes and no"
        tokens = reply_meant.all_but_what_mattered(tokens)  # "everything except what I rang about" is no
        tokens = reply_meant.lapsed_change(tokens)  # "better for a week, then back to square one"
        tokens = reply_meant.not_from_us(reply_meant.rhetorical_yes(tokens))  # "is the sky blue?"
        tokens = reply_leading.without_blame_elsewhere(tokens)  # "worse, but that's my illness, not you"
        tokens = reply_leading.without_would_be(tokens)  # "4, would be 5 if ..."
        tokens = reply_leading.without_comparison_with_others(tokens)  # "..., which no one ever does"
        if question.type != "scale":
            tokens = reply_meant.percent_as_part(tokens)  # "about 60 percent" is a part
        tokens = reply_meant.contracted(tokens)  # "no, they did not" reads as "no, they didn't"
        if value_signs(lexicon_for(question, language)):
            tokens = reply_meant.without_approximation(tokens)  # "good, more or less" is good
    corrected = _corrected(question, tokens, language)
    if corrected is not None:
        return corrected
    read = _read(question, tokens, language, text)
    if read.ok or question.type not in ("choice", "scale", "yes_no") or asks_back(tokens):
        if read.ok and read.value is not None and _leans_against(question, tokens, language, read.value):
            return UNCLEAR  # "no, she was very kind"; "yes, the boiler is fine now" to "need more help?"
        return _reconsidered(question, tokens, language, read)
    partly = _narrowed_partly(question, tokens, language)
    if partly is not None:
        return partly  # "yes, she asked. only a bit though"
    read = _answer_with_reason(question, tokens, language)
    if read.ok and read.value is not None and _leans_against(question, tokens, language, read.value):
        return UNCLEAR
    return _reconsidered(question, tokens, language, read)


def _narrowed_partly(question: Question, tokens: list[str], language: str) -> Parsed | None:
    """The question's partial value for a yes narrowed at its end ("yes. only a bit though"); None otherwise,
    or where the question has no partial value."""
    if question.type not in ("choice", "yes_no") or not reply_reservations.narrowed_yes(tokens):
        return None
    lexicon = lexicon_for(question, language)
    partly = lexicon.values_of(sense_phrase(lexicon, "partly") or "") & set(question.choice_values())
    return Parsed(True, next(iter(partly))) if len(partly) == 1 else None


def _asks_about_fixing(question: Question) -> bool:
    return reply_reservations.asks_about_fixing([str(t) for t in question.text.values()])


def _makeshift_partly(question: Question, language: str, tokens: list[str]) -> Value | None:
    """The question's partly, when it asks whether a problem was fixed and the reply tells of a
    repair that holds only for now ("patched up, not fixed"); else None."""
    if question.type not in ("choice", "yes_no") or not reply_reservations.makeshift_repair(tokens):
        return None
    if not _asks_about_fixing(question):
        return None
    partly = [
        v for v, s in reply_model.value_senses(lexicon_for(question, language)).items() if s == "partly"
    ]
    return partly[0] if len(partly) == 1 and partly[0] in question.choice_values() else None


def _reconsidered(question: Question, tokens: list[str], language: str, read: Parsed) -> Parsed:
    """The stored value once the rest of the reply has had its say (reply_reservations): kept,
    narrowed to the question's partial value, or asked again."""
    if question.type == "number" and read.ok:
        return UNCLEAR if reply_reservations.someone_else_waiting(tokens) else read
    makeshift = None if read.ok or asks_back(tokens) else _makeshift_partly(question, language, tokens)
    if makeshift is not None:
        return Parsed(True, makeshift)  # "a temporary job for now": the rules read nothing else
    if not read.ok or read.value is None or question.type not in ("choice", "yes_no"):
        return read
    lexicon = lexicon_for(question, language)
    senses = reply_model.value_senses(lexicon)
    allowed = set(question.choice_values())
    by_sense = {sense: value for value, sense in senses.items() if value in allowed}
    if "no" not in by_sense:
        return read  # a graded question ("how was it?"): the evidence rules read its contrasts
    sense, partly = senses.get(read.value), by_sense.get("partly")
    if sense == "yes" and _asks_about_need(question) and reply_reservations.only_praise(tokens):
        return UNCLEAR  # "decent", "it was grand" to "do you need more help?": praise is no "yes, I need it"
    if sense == "no" and _asks_about_need(question) and reply_reservations.excepted(tokens):
        return UNCLEAR  # "all good apart from the stairs": an exception that is a need
    if _asks_about_fixing(question) and sense in ("yes", "partly", "no"):
        if sense != "no" and "yes" in by_sense and reply_reservations.new_problem(tokens):
            return Parsed(
                True, by_sense["yes"]
            )  # "yes, but now the back door's gone": the asked problem is sorted
        if sense != "partly" and partly is not None and reply_reservations.part_remains(tokens):
            return Parsed(True, partly)  # "the boiler's fixed, the noise is still there"
    if sense == "no" and reply_reservations.no_as_grade(tokens):
        return UNCLEAR  # "phone no good for me": a grade of something, not "no"
    sided = sense in ("yes", "vpos", "partly", "no")
    if sided and reply_reservations.effort_only(tokens):
        return UNCLEAR  # "she tried, but she never heard me"
    if sense == "partly" and reply_reservations.complicated(tokens):
        return UNCLEAR  # "yes and no, it's complicated": which part came?
    if sense in ("yes", "no") and _makeshift_partly(question, language, tokens) is not None:
        return Parsed(True, partly)  # "patched up, not fixed"
    if sense == "yes" and partly is not None and reply_reservations.makeshift_repair(tokens) is None:
        return UNCLEAR  # "patched it, broke again": sorted, or not?
    if sense == "yes" and asks_about_calls(question) and reply_reservations.about_the_line(tokens):
        return read  # "yes, but they ring my wife's mobile, not mine": the call came
    if sense in ("yes", "vpos") and not _asks_about_need(question) and reply_reservations.reservation(tokens):
        if partly is not None:
            return Parsed(True, partly)  # "yes, but only after I complained" is partly where there is one
        return read if reply_reservations.about_time(tokens) else UNCLEAR  # "yes but it took weeks" is yes
    return read


# Hedges that leave a yes or a no in doubt ("yes maybe"): asked again unless read as "not sure".
DOUBTS = frozenset(("maybe", "perhaps", "possibly", "mebbe", "maybs"))


def _leans_against(question: Question, tokens: list[str], language: str, value: Value) -> bool:
    """A stored yes or no a person would not take at its word: a reason after it leaning the other
    way, or a hedge of doubt beside it ("ydy falle", "yes maybe"), where the value is a side of the
    question (a "not sure" or a "partly" stands)."""
    if question.type not in ("choice", "yes_no"):
        return False
    lean = value_signs(lexicon_for(question, language), leanings=True).get(value, 0)
    if not lean:
        return False
    if reply_meant.welsh_hedged_answer(tokens):
        return True
    words = to_words(tokens).words
    if set(words) & DOUBTS and set(words) & (BARE_YES | BARE_NO):
        return True
    if _asks_about_need(question):
        lean = -lean  # "do you need more help?": yes is the answer that things are not well
    return reply_leans.against(tokens, lean) and not (lean < 0 and _too_late_for_it(question, tokens))


def _too_late_for_it(question: Question, tokens: list[str]) -> bool:
    """ "no, by the time they came I'd sorted it myself" to "when you needed it?": a no, and the help
    came when it was no longer of use; what got sorted in the meantime is no praise of the help."""
    if not tokens or tokens[0] not in reply_leading.TAKE_BACKS or not _asks_about_time(question):
        return False
    rest = tokens[1:]
    return reply_reasons.came_too_late(rest) and not set(rest) & (BARE_YES | CONTRASTS)


def _asks_about_need(question: Question) -> bool:
    return any(cue in str(text).lower() for text in question.text.values() for cue in NEED_CUES)


# The fewest words a reason or story after an answer has: "took her time with me".
REASON_WORDS = 3
# A question that asks whether more help is needed: there a complaint is the reason for a yes.
NEED_CUES = ("need more", "more help", "angen rhagor")


def _answer_with_reason(question: Question, tokens: list[str], language: str) -> Parsed:
    """ "yes she really did, took her time with me": the answer at the head, when the words after it
    hold nothing that competes with it (reply_reasons), or when the answer is its own sentence and the
    rest is a reason that agrees with it (reply_leading); else asked again."""
    lexicon = lexicon_for(question, language)
    words, reask, unresolved = rewrite(tokens, lexicon)
    if reask or unresolved:
        return UNCLEAR  # "no idea" asked whether it was sorted: an idiom, not a "no" and its reason
    whole = gather(lexicon, to_words(words))
    if whole.irony or whole.pointed or whole.provisional or whole.dissent or whole.person_split:
        return UNCLEAR
    praised = _yes_praised(question, tokens, language) or _no_with_complaint(question, tokens, language)
    if praised is not None:
        return praised
    for cut in reply_reasons.heads(tokens):
        head = _read(question, tokens[:cut], language, None)
        if not head.ok or head.value is None:
            continue
        need = head.value in lexicon.values_of("yes") and any(
            cue in str(text).lower() for text in question.text.values() for cue in NEED_CUES
        )
        rest = [t for t in tokens[cut:] if not reply_reasons.punctuation(t)]  # emoji stay: "yes 👎 ..."
        if sum(t[0].isalnum() for t in rest) < REASON_WORDS and not reply_leading.only_a_caveat(rest):
            return UNCLEAR  # "brill af", "good-ish": a word on the answer, not a reason for it
        agrees = reply_reasons.rest_agrees(
            lexicon, rest, head.value, need, asks_back, _complaint_agrees(question, lexicon, head.value)
        )
        if agrees or _leading_answer(question, tokens, cut, head.value, language, False):
            return head
        return UNCLEAR
    return UNCLEAR


def _complaint_agrees(question: Question, lexicon: Lexicon, said: Value) -> bool:
    """True when a complaint after `said` is its reason: a bad answer ("worse, no one's been back"),
    on a question not about needing more help (there a complaint is the reason for a yes, and beside
    a no it is asked again). A partial answer is left: "sort of, or maybe..., I don't know" (T)."""
    if _asks_about_need(question):
        return False
    return value_signs(lexicon, leanings=True).get(said, 0) < 0


def _yes_praised(question: Question, tokens: list[str], language: str) -> Parsed | None:
    """A yes to a question that grades its yes, then a reason that only praises ("oh yes, she was so
    patient with me"): its top grade, as the natural sets and the table label it ("Yes, a lot"). A
    bare yes stays asked again, and so does a reason that narrows, turns or doubts the yes."""
    lexicon = lexicon_for(question, language)
    senses = reply_model.value_senses(lexicon)
    top = next((v for v, s in senses.items() if s == "vpos"), None)
    if top is None or "no" not in senses.values() or top not in question.choice_values():
        return None  # a question of quality ("how was it?") or one with a plain yes
    rest = reply_reasons.after_opening_yes(tokens)
    if rest is None:
        return None
    whole = reply_reasons.made_whole(rest)  # "yes, properly", "aye, every bit of it"
    seen = reply_reasons.sees_what_i_can_do(rest)  # "yes, she saw I can still cook"
    if whole is not None:
        rest = whole
    elif seen is not None:
        rest = seen
    elif not (reply_leading.praises(rest) or reply_reasons.names_what_matters(rest)):
        return None
    rest = reply_reasons.without_kin_talked_about(rest) or rest  # "getting mam home, all I wanted"
    if not rest:
        return Parsed(True, top)
    if reply_leading.complains(rest) or not reply_reasons.rest_agrees(lexicon, rest, top, False, asks_back):
        return None
    return Parsed(True, top)


# Words after a "no" that may turn it, take it back or set a second answer beside it.
NO_TURNS = CONTRASTS | frozenset(("still", "wait", "sorry", "actually", "mean", "although", "only"))


def _no_with_complaint(question: Question, tokens: list[str], language: str) -> Parsed | None:
    """A bare no at the head of the reply, then a complaint that only blames ("No. He had decided
    before I spoke", "nah, just focused on what was wrong"): the question's no, on a choice question
    not about needing more help (beside a no there a complaint is asked again). A turn, a yes, a
    number, a question or irony in the rest leaves the reply asked again."""
    if question.type != "choice" or not tokens or tokens[0] not in reply_leading.TAKE_BACKS:
        return None
    if _asks_about_need(question) or "?" in tokens:
        return None
    senses = reply_model.value_senses(lexicon_for(question, language))
    no = next((v for v, s in senses.items() if s == "no"), None)
    rest = [t for t in tokens[1:] if not reply_reasons.punctuation(t)]
    words = [t for t in rest if t[0].isalnum()]
    if no is None or no not in question.choice_values() or len(words) < REASON_WORDS:
        return None
    if set(words) & (BARE_YES | NO_TURNS | reply_leading.TAKE_BACKS):
        return None
    if any(is_digits(t) or t in EN_SMALL for t in words) or reply_sarcasm.sarcastic(rest):
        return None
    if _too_late_for_it(question, tokens):
        return Parsed(True, no)  # "no, by the time they came I'd sorted it myself": sorted is no praise
    if not reply_leading.complains(rest) or reply_leading.praises(rest):
        return None
    return Parsed(True, no)


# Answers a caveat that denies only perfection agrees with ("Good. Not perfect."): short of the top.
CAVEATED = frozenset(("pos", "okfam", "neu"))


def _leading_answer(
    question: Question, tokens: list[str], cut: int, said: Value, language: str, settled: bool
) -> bool:
    """True when `said`, the reply's first sentence, is the answer and the rest its reason: the rest
    neither turns it, nor reads alone as another answer, nor tells of things going the other way
    ("Poor. Nobody told my support worker", "1. still no hot water"; not "Good. The roof still leaks").
    `settled`: the tokens follow a correction, so a comma also ends the answer's clause."""
    if not (reply_leading.sentence_end(tokens[cut]) or settled and tokens[cut] == ","):
        return False
    if not reply_leading.short(tokens[:cut]):
        return False  # "I'm not sure how to answer this. ...": a remark, not an answer said first
    rest = tokens[cut + 1 :]
    sense = reply_model.value_senses(lexicon_for(question, language)).get(said)
    if reply_leading.only_a_caveat(rest):
        return sense in CAVEATED
    if reply_sarcasm.sarcastic(rest) or reply_meant.refuses(rest):
        return False
    if reply_leading.turned(rest) and not (sense == "neu" and reply_leading.mixed(rest)):
        return False  # a turn after "neither" or "average" that tells of good and bad agrees with it
    side = value_signs(lexicon_for(question, language), leanings=True).get(said, 0)
    alone = _parse_plain(question, rest, language, None)
    if alone.ok and alone.value != said and not (side > 0 and reply_leading.denies_only_failings(rest)):
        return False  # "Good. Poor really": a second answer ("Yes. Never once rushed me" is no "no")
    return reply_leading.reason_agrees(rest, -side if _asks_about_need(question) else side)
