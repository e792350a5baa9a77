"""Look-alikes in dialect or told calmly, and the disclosures told the same way (round 13:
bot/safeguarding/calm_kinds.py, dialect.py and the decades in history.py), each kind tried both ways.

Every disclosure below is caught by the screen's rules with the category of its kind, and an
everyday remark in the same words and voice (a match, a draught, a form, a past named by its
decade, a question answered no, a calm health fact, a wasp) is not. A rule that sets a harm word
aside never hides a real disclosure told beside it. None of these sentences is in the corpus, a
blind set or an outside set.
"""

# ruff: noqa: E501  (a resident's message reads best on one line)
from __future__ import annotations

import pytest

from bot.safeguarding import context
from bot.safeguarding.calm_kinds import CALM_CONCEPTS, CALM_PAIR_CONCEPTS, blank_asked_and_denied
from bot.safeguarding.dialect import read_dialect
from bot.safeguarding.rules import BLANK, BREAK, FOUND, normalise, rules
from tests.safeguarding.both_ways import assert_caught, assert_not_caught, in_no_data_file

# (a disclosure, its category, an everyday remark in the same words or voice)
BOTH_WAYS = [
    # dialect: the spellings folded, the harm read, the sport or the draught set aside
    (
        "ma fella's been batterin me again, a cannae go oot wi ma face like this",
        "physical",
        "the Jags got battered again Saturday, five nil, a cannae watch any mair. repairs man wis grand",
    ),
    (
        "me stepdad keeps hittin me when me mam's on nights, I'm 13",
        "physical",
        "me mam's draughty back door's been killin me all winter, new one's on order",
    ),
    (
        "am starvin, nae food in since Monday an nae money till the 20th",
        "crisis",
        "am starvin, been on hold tae the council since nine, just want the bin dates",
    ),
    (
        "ma da batters our kid wi his belt, the wee man's covered in marks",
        "physical",
        "our kid used tae leather me when we were weans, noo he takes me tae the match every week",
    ),
    # "can't cope with" a thing to use, never with life or a person
    (
        "cannae cope wi anything any mair, a just want tae sleep an no wake up",
        "crisis",
        "cannae cope wi this benefits website, it logs me oot every five minutes",
    ),
    (
        "I can't cope with my husband's temper, he threw me against the wardrobe last night",
        "physical",
        "I can't cope with the new parking app, my husband does it for me now",
    ),
    # a past named by its decade: over, or still going
    (
        "Back in the seventies my brother hit me and he's started again since he moved in with me.",
        "physical",
        "Back in the seventies my brother hit me, as brothers did. Times have changed: he's my best friend now.",
    ),
    (
        "I was kicked in on the way home from the club in the 2000s and the same men still wait for me at the bus stop.",
        "physical",
        "I was kicked in on the way home from a club in the 2000s. I only mention it because your form asked about history.",
    ),
    # a question repeated: answered yes, or answered no
    (
        "The form asks if anyone at home hurts me. Yes. My son does when he's been drinking.",
        "physical",
        "The form asks if anyone at home hurts me. No. Just the cat when she wants feeding.",
    ),
    # calm health facts, and the same words that are not calm
    (
        "Gran's on blood thinners, but the bruises are grip marks on her upper arms since the new carer started.",
        "physical",
        "Gran's on blood thinners and bruises if she so much as brushes the table. Her GP keeps an eye.",
    ),
    (
        "Totally shattered, no respite since June, and last night I grabbed Mum's arm hard enough to mark it.",
        "carer_breakdown",
        "Totally shattered, but that's just life with a newborn and a toddler. The health visitor is lovely.",
    ),
    # animals: insects and gulls at the bins, never a dog set on a person
    (
        "the man at 14 set his dog on me by the garages and it tore my coat and my arm",
        "physical",
        "the gulls at 14 attacked my chips by the garages and had the lot, cheeky beggars",
    ),
    # set Q's misses, by kind: signing in one's name, slurs from carers, a goodbye with a pet rehomed, a fall told calmly
    (
        "a fella from the pub keeps getting my uncle to sign for catalogues in his name and the debt letters pile up",
        "financial",
        "my uncle's advocate helped him sign the catalogue agreement in his own name and read every line out first",
    ),
    (
        "the night carer keeps calling me and my partner benders and the other one refuses to help me shower",
        "discriminatory",
        "the night carer keeps calling me and my partner 'the lovebirds' and always stops for a cuppa",
    ),
    (
        "Letters written for my nephews, and my old dog has gone to my neighbour. Thanks for listening. No need to reply.",
        "suicide_self_harm",
        "Letters written for my nephews' schools, and my old dog has gone to my neighbour while I'm away. No need to reply.",
    ),
    (
        "Slipped on the mat about teatime and can't get up. The phone's in reach. Carpet smells of damp.",
        "crisis",
        "Slipped on the mat about teatime last month. Since then I can't get up the hill to the shops, hence the taxi form.",
    ),
]

# Everyday remarks set aside by their frame (each kind once more, in other voices).
ORDINARY = [
    "Rovers got absolutely murdered on Saturday lol, nowt to do with you, the new rails are great",
    "we lost the darts final on the last dart, wanted to die 😂 boiler's fine now btw",
    "Kill me now, the dentist and the blue badge interview on the same morning",
    "the wife'll murder me when she sees the mess the plumber left lol, he was great though",
    "me sister used to thump me when we were nippers, now she does my hair every Friday",
    "couldn't cope with the self checkout machines, the lady on the till was lovely",
    "You asked if I have thoughts of ending my life. No. I ticked no on the paper copy too.",
    "Hurt my back lifting the new washer in, my own silly fault. The OT was very helpful.",
    "My knee hurts when I kneel to garden. The physio gave me a kneeler, just so you know.",
    "I don't eat much when the pain is bad, but my son cooks and brings my tea round.",
    "wasps attacked our bins all August, pest control came next day, sorted",
    "ma maw's auld dog died in the spring, the grandweans got her a kitten",
    "my dad near killed me for ringing you lot without asking him, anyway you were very kind",
    "Following my sister's suicide years ago I help run a support group now. Could we meet about training?",
    "Ces i fy nghuro yn yr wythdegau. Mae hynny drosodd ers talwm a dw i'n hapus. Dim angen gweithredu.",
]

# A harm word set aside must never hide a real disclosure in the same message.
JOKE_BESIDE_HARM = [
    ("kill me now lol, he's got the kitchen knife and says I'm not leaving tonight", "domestic"),
    ("kill me now lol. seriously, saved up all my tablets and I'm taking them tonight", "suicide_self_harm"),
    (
        "City lost again, wanted to die 😂 but honestly I've been planning it, notes are written",
        "suicide_self_harm",
    ),
    (
        "mam's gonna kill me when she sees the bill lol, last time her fella strangled me till I blacked out",
        "domestic",
    ),
    ("cannae cope wi these forms or anything any mair, a'm done", "crisis"),
    ("me brother used tae batter me when we were weans an he still does it noo", "physical"),
]


def test_sentences_are_new() -> None:
    assert in_no_data_file(BOTH_WAYS + [(t, "", "") for t in ORDINARY + [d for d, _ in JOKE_BESIDE_HARM]])


@pytest.mark.parametrize(("disclosure", "category", "ordinary"), BOTH_WAYS)
def test_disclosure_in_dialect_or_told_calmly_is_caught(
    disclosure: str, category: str, ordinary: str
) -> None:
    assert_caught(disclosure, category)


@pytest.mark.parametrize(("disclosure", "category", "ordinary"), BOTH_WAYS)
def test_its_look_alike_is_not(disclosure: str, category: str, ordinary: str) -> None:
    assert_not_caught(ordinary)


@pytest.mark.parametrize("ordinary", ORDINARY)
def test_ordinary_remark_set_aside_by_its_frame(ordinary: str) -> None:
    assert_not_caught(ordinary)


@pytest.mark.parametrize(("message", "category"), JOKE_BESIDE_HARM)
def test_a_joke_beside_a_real_harm_still_alarms(message: str, category: str) -> None:
    hit = rules().match(message)
    assert hit is not None, message
    # the joke's own words are never what the alert quotes
    assert hit.concept.category in {category, "physical", "domestic", "crisis", "suicide_self_harm"}
    assert "lol" not in hit.words and "haha" not in hit.words


def test_every_calm_concept_is_tried() -> None:
    found = {f.hit.concept for d, _, _ in BOTH_WAYS for f in rules().screen_findings(d) if f.status == FOUND}
    assert set(CALM_CONCEPTS + CALM_PAIR_CONCEPTS) <= found


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("a cannae get oot the hoose", "i cant get out the house"),
        ("bab im starvin, liftin an puttin", "bab im starving lifting an putting"),
        ("me mam an ma da", "my mam an my dad"),
        ("our kid telt me", "my brother told me"),
        ("wor lass says divvent gan hame", "our lass says didnt gan home"),
        ("the windae's been murderin me", "the windows been murdering me"),
    ],
)
def test_dialect_spellings_read_as_plain_words(written: str, read: str) -> None:
    assert read_dialect(normalise(written)) == read


@pytest.mark.parametrize(
    "kept", ["within the cousin robin", "on warfarin and insulin", "me ma hit me", "the bin and the skin"]
)
def test_real_words_and_a_mother_are_left_alone(kept: str) -> None:
    # "-in" words that are words, medicines, and "ma" as a mother after "me" keep their spelling
    words = read_dialect(normalise(kept))
    assert words.split()[-1] == normalise(kept).split()[-1]
    if kept.startswith("me ma"):
        assert words.startswith("me ma ") or words.startswith("my ma ")


def test_a_question_answered_no_is_blanked_and_yes_is_kept() -> None:
    no = normalise("You ask if I have thoughts of harming myself. No, never.")
    yes = normalise("You ask if I have thoughts of harming myself. Yes, most nights.")
    assert blank_asked_and_denied(no, BLANK, BREAK).startswith(BLANK)
    assert blank_asked_and_denied(yes, BLANK, BREAK) == yes


def test_a_question_about_safety_answered_no_is_a_disclosure() -> None:
    # "are you safe? No." says the resident is not: the question is never set aside
    asked = normalise("You asked if I feel safe at home. No. He took my keys.")
    assert blank_asked_and_denied(asked, BLANK, BREAK) == asked


def test_a_dated_past_is_settled_for_the_classifier_unless_it_is_back() -> None:
    over = "I was beaten up at a protest in the eighties. Times have changed. The bus pass came quickly."
    back = "I was beaten up by my husband in the eighties and it has started again. Times have changed."
    assert context.unsettled(over) is not None and "beaten" not in context.unsettled(over)
    assert "beaten" in (context.unsettled(back) or normalise(back))


def test_the_rules_findings_keep_the_harm_as_found_beside_the_joke() -> None:
    found = [f for f in rules().screen_findings(JOKE_BESIDE_HARM[0][0]) if f.status == FOUND]
    assert found
