"""Round twenty of issue 19: re-asks removed by mechanism. A yes to a question that grades its yes
("Yes, a lot" / "Yes, a bit"), followed by a reason that only praises, that makes the yes whole
after a comma ("yes, properly", "do, yn fawr") or that names the thing talked about as the one that
matters, is the top grade; a bare yes, or a reason that narrows, turns or doubts it, is not. A
failing the resident denies ("didn't rush me", "never once hurried me") is praise, not a complaint;
a complaint after a bad answer ("worse, no one's been back") is its reason.
Phrasings of our own, both ways.

The learned fallback is switched off: what is tested is the rules alone. `R` means ask again.
"""

from __future__ import annotations

import pytest

from bot.conversation import reply_leading, reply_reasons
from bot.conversation.answers import tokenize
from tests.conversation.reply_cases import R, check, rules_alone
from tests.conversation.reply_cases import case as _case

pytestmark = pytest.mark.usefixtures(rules_alone.__name__)

ASKED_AGAIN = [
    # a bare yes says nothing of how much
    _case("listened", "yes", R),
    # a reason that praises, told by someone else
    _case("listened", "yes, my son thought she was lovely", R),
    # a whole yes with a complaint after it
    _case("listened", "yes, properly, then never rang back", R),
    # praise of a quality, or a failing not denied, is no yes
    _case("overall", "she didn't rush me", R),
    _case("listened", "yes, she rushed me", R),
]

UNDERSTOOD = [
    # a yes with a reason that only praises: the top
    _case("listened", "oh yes, she was brilliant with me", 1),
    _case("strengths", "yeah, they said I was doing brilliantly with the garden", 1),
    _case("what_matters", "yes! we had a wonderful chat about my allotment", 1),
    # narrowed or turned: the little yes, as before
    _case("listened", "yes she was lovely, only a bit though", 2),
    _case("listened", "yes, she was lovely but in a rush", 2),
    # made whole after a comma, in English and Welsh
    _case("listened", "yes, thoroughly", 1),
    _case("strengths", "aye, every bit of it", 1),
    _case("listened", "do, yn fawr", 1, "cy"),
    # the thing talked about was the one that matters
    _case("what_matters", "yes, we talked about my garden which is all I care about", 1),
    _case("what_matters", "yes, the move was the main thing and we sorted it", 1),
    # a denied failing is praise beside the answer
    _case("listened", "yes a lot, she didn't hurry me", 1),
    _case("listened", "yes a lot. never once interrupted me", 1),
    _case("listened", "yes a lot. she never once looked at the clock", 1),
    # a denial of something else is still a complaint beside a good answer
    _case("overall", "good. never rang back", R),
    # a complaint is the reason for a bad answer, unless praise is set against it
    _case("changed", "worse, no one's been back", 3),
    _case("changed", "worse, the carers don't come now", 3),
    _case("changed", "worse, no one's been back but she was lovely", R),
]


@pytest.mark.parametrize(("question", "reply", "expected", "language"), ASKED_AGAIN + UNDERSTOOD)
def test_round20_kinds(question: str, reply: str, expected: object, language: str) -> None:
    check(question, reply, expected, language)


def test_after_opening_yes_needs_a_yes_and_words_after_it() -> None:
    assert reply_reasons.after_opening_yes(tokenize("oh yes! she was kind")) == ["she", "was", "kind"]
    assert reply_reasons.after_opening_yes(tokenize("yes")) is None
    assert reply_reasons.after_opening_yes(tokenize("she was kind")) is None


def test_made_whole_and_what_matters() -> None:
    assert reply_reasons.made_whole(tokenize("every bit of it")) == []
    assert reply_reasons.made_whole(tokenize("properly, she was great")) == [",", "she", "was", "great"]
    assert reply_reasons.made_whole(tokenize("a bit")) is None
    assert reply_reasons.names_what_matters(tokenize("which is all i want"))
    assert not reply_reasons.names_what_matters(tokenize("we talked about the bins"))


def test_denies_only_failings() -> None:
    assert reply_leading.denies_only_failings(tokenize("never once made me feel stupid"))
    assert reply_leading.denies_only_failings(tokenize("didn't hurry me"))
    assert not reply_leading.denies_only_failings(tokenize("never rang back"))
    assert not reply_leading.denies_only_failings(tokenize("she was lovely"))
