"""Disclosures told wryly, in emoji, by a witness, in rights language or as a calm goodbye; grooming
(bot/safeguarding/wry_kinds.py and emoji.py), each kind tried both ways.

Every disclosure below is caught by the screen's rules with the category of its kind, and an
ordinary comment sharing its words or its telling (a dry coda, emoji, "not grassing", rights words,
a goodbye before a move, a present from a parent) is not. None of these sentences is in the corpus,
a blind set or an outside set.
"""

# ruff: noqa: E501  (a resident's message reads best on one line)
from __future__ import annotations

import pytest

from bot.safeguarding import context
from bot.safeguarding.emoji import read_emoji
from bot.safeguarding.rules import FOUND, rules
from bot.safeguarding.wry_kinds import WRY_CONCEPTS, WRY_PAIR_CONCEPTS, WRY_PAIRS
from tests.safeguarding.both_ways import assert_caught, assert_not_caught, in_no_data_file

# (a disclosure, its category, an ordinary comment sharing its words or its telling)
BOTH_WAYS = [
    # deadpan irony: the harm clause carries the alert, the coda never settles it
    (
        "My nephew's new job at the hand car wash: no pay since spring, the manager holds his passport. Living the dream.",
        "modern_slavery",
        "My nephew's new job at the hand car wash: paid every Friday, the manager is sound. Living the dream.",
    ),
    (
        "They yell about my girl's wheelchair through our letterbox most nights. Charming folk.",
        "discriminatory",
        "They yell about the football through our letterbox most Saturdays. Charming folk.",
    ),
    (
        "Since the new stepdad moved in, the little lad next door wears a hoodie all through August. Odd, that.",
        "children",
        "Since the new stepdad moved in, the little lad next door wears a football shirt all through August. Odd, that.",
    ),
    (
        "The toddler upstairs cowers whenever his dad raises his voice. Quiet family.",
        "children",
        "The toddler upstairs giggles whenever his dad raises his voice to sing. Quiet family.",
    ),
    (
        "What would help me most? Not waking up again, honestly.",
        "suicide_self_harm",
        "What would help me most? Not waking up to the bin lorry at six, honestly.",
    ),
    (
        "No respite again this month. We'll see which of us gives out first, me or Dad.",
        "carer_breakdown",
        "Respite booked for this month. We'll see which of us wins the raffle first, me or Dad.",
    ),
    (
        "my ex threw a mug at my head over the dinner, standard Tuesday",
        "domestic",
        "my ex threw a party at the club for my birthday, standard Tuesday",
    ),
    # emoji read as words, with the same combination rules
    (
        "🌉 tonight. sorry everyone 👋",
        "suicide_self_harm",
        "🌉 walk tonight with the ramblers 👋 see you there",
    ),
    (
        "he's back from the pub 😬 locked in the bathroom 🔒 please send someone",
        "domestic",
        "door locked 🔒 and the key snapped, he's back from work at 6, please send someone",
    ),
    (
        "🪢 in the shed tonight 😔 goodbye everyone",
        "suicide_self_harm",
        "🪢 swing in the garden tonight 😊 the kids loved it",
    ),
    (
        "He's home drunk again. I'm in the kids' room with the door locked, send the police",
        "domestic",
        "He's home early again. The shed door is locked, please send someone to fix the latch",
    ),
    (
        "💳 gone again 😡 my grandson has it, pension's empty",
        "financial",
        "💳 swallowed by the machine again 😡 my grandson has the spare, panic over",
    ),
    (
        "🧕 yanked off by a man on the bus today 😢",
        "discriminatory",
        "🧕 yanked a bit in the wash today 😢 my favourite one",
    ),
    (
        "cut my arms again last night 🩸 hiding it from everyone",
        "suicide_self_harm",
        "cut my hair again last night ✂️ hiding it under a hat lol",
    ),
    (
        "👊 from my husband again, can't face work 😔",
        "domestic",
        "👊 from my husband after the match, we won 😄",
    ),
    (
        "🛁❌ for weeks now, 🍽️❌ either, can't be bothered",
        "self_neglect",
        "🛁 fitted weeks early, 🍽️ from the lunch club too, can't fault it",
    ),
    # a witness who won't grass
    (
        "Not my place to grass, but the big lad on the second floor keeps battering the deaf fella for his fags.",
        "physical",
        "Not my place to grass, but the big lad on the second floor keeps battering the vending machine for free crisps.",
    ),
    # rights language
    (
        "I wish to raise that my brother is routinely secluded at his unit without any authorisation or best interests record.",
        "organisational",
        "I wish to confirm that my brother's DoLS authorisation was reviewed and a best interests record completed.",
    ),
    # a calm goodbye, never a move
    (
        "I've left a letter for each of my boys and my affairs are in order. Thank you all for being so kind.",
        "suicide_self_harm",
        "I've left a letter for each of my boys about the move and the papers are in order for the sale. Thank you all.",
    ),
    (
        "Dw i wedi gadael nodyn i'r plant ac mae'r allwedd o dan y mat. Diolch am bob dim.",
        "suicide_self_harm",
        "Dw i'n symud at y plant ac mae'r allwedd o dan y mat i'r swyddog tai. Diolch am bob dim.",
    ),
    # grooming: a stranger's presents to a child
    (
        "A man off the estate keeps giving my niece vapes and a new phone. She's only 13 and says it's their secret.",
        "children",
        "My brother gave my niece a new phone for her birthday. She's only 13 and over the moon.",
    ),
    (
        "Mae dyn yn ei dridegau yn prynu dillad i'r ferch drws nesa. Cyfrinach, medda hi.",
        "children",
        "Mae ei thaid yn prynu dillad i'r ferch drws nesa i'w phen-blwydd.",
    ),
]

# Ordinary remarks set aside by their frame (set P's rule false alarms, by kind, in new words).
ORDINARY = [
    "The queue at the council office, it want to kill me, but the lady at the end was kind",
    "This heat, it make me die, please can the park have more shade",
    "Our big German shepherd wouldn't hurt a fly, the meter reader was nervous but fine",
    "The young postie is terrified of our dog, he's a softie really",
    "The bin strike is a nuisance, when will it be over",
    "They said I was being aggressive at reception because I raised my voice to be heard, I'm deaf",
    "Perishing outside this morning, glad the new boiler works",
    "I relapsed years ago, now I run the Tuesday recovery group",
    "The letter said we'd be evicted, turns out it was the wrong address, sorted",
    "I was sleeping rough two winters back but have my own flat now, thank you",
    "Bridge club tonight, bye all 👋",
    "💊 and 🩸 test at the surgery this morning, all fine",
    "🔪 block from the market, 💷 well spent",
]


def test_sentences_are_new() -> None:
    assert in_no_data_file(BOTH_WAYS)
    assert in_no_data_file([(t, "", t) for t in ORDINARY])


@pytest.mark.parametrize(("disclosure", "category", "ordinary"), BOTH_WAYS)
def test_disclosure_told_wryly_is_caught(disclosure: str, category: str, ordinary: str) -> None:
    assert_caught(disclosure, category)


@pytest.mark.parametrize(("disclosure", "category", "ordinary"), BOTH_WAYS)
def test_its_look_alike_is_not(disclosure: str, category: str, ordinary: str) -> None:
    assert_not_caught(ordinary)


@pytest.mark.parametrize("ordinary", ORDINARY)
def test_ordinary_remark_set_aside_by_its_frame(ordinary: str) -> None:
    assert_not_caught(ordinary)


def test_every_wry_concept_is_tried() -> None:
    # found (neither negated nor resolved) in some disclosure, whichever concept the alert names
    found = {f.hit.concept for d, _, _ in BOTH_WAYS for f in rules().screen_findings(d) if f.status == FOUND}
    assert set(WRY_CONCEPTS) | set(WRY_PAIR_CONCEPTS) <= found


def test_every_veto_is_a_list_of_patterns() -> None:
    # a veto written as one bare string would be read letter by letter and veto everything
    assert all(isinstance(pair.veto, tuple) for pair in WRY_PAIRS)


def test_a_lone_emoji_raises_nothing() -> None:
    for alone in ("💊", "😢", "🌉", "🔪", "💳", "👋", "🚪🔒", "🩸"):
        assert_not_caught(alone)


def test_emoji_read_as_words() -> None:
    assert read_emoji("🌉⬇️ tonight").split() == ["bridge", "down", "tonight"]
    assert read_emoji("🍞❌ 3 days").split() == ["no", "food", "3", "days"]
    assert read_emoji("lovely day 😊") == "lovely day 😊"


def test_the_danger_of_cold_outside_is_kept() -> None:
    # "freezing out" is the weather, unless the resident is out in it
    assert_caught("Freezing out here, sleeping in a doorway since Friday", "crisis")


def test_the_classifier_reads_a_dose_as_one_sentence() -> None:
    rest = context.unsettled("Her insulin is 2.5 units, the nurse has it all in hand. Sorted.")
    assert rest is not None and "point" not in rest
    assert context.unsettled("Her insulin is 2.5 units and nobody has given it since Monday") is None


@pytest.mark.parametrize(
    "goodbye",
    [
        "Paid the arrears off at last. I've put everything in order for the lad now. Time I went to join his mam.",
        "Diolch am y help. Mae popeth mewn trefn nawr, mae'r ewyllys wedi'i llofnodi. Fydda i ddim yn eich poeni chi eto.",
        "The will is done, it is all in order now and the cat is promised to next door. Thanks for all you did.",
    ],
)
def test_affairs_in_order_is_never_a_settled_sentence(goodbye: str) -> None:
    # "everything in order" and "the will" are how a calm goodbye is told: the classifier must
    # read such a sentence, never have it taken out as settled like "the GP has it all in hand"
    assert context.unsettled(goodbye) is None


def test_in_hand_still_settles_a_dose() -> None:
    assert context.unsettled("Two tablets at night, the doctor has it all in hand. Kind staff.") is not None
