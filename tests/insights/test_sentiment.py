"""Comment sentiment: the trained feedback model sees plain complaints; lexicon methods stay selectable."""

from __future__ import annotations

import json
import re

import pytest

from bench._sentiment_figures import macro_f1, two_sided_f1
from bot.insights import sentiment_training
from bot.insights.analysis import polarity, sentiment_label, sentiment_of
from bot.insights.feedback_cues import CUE_WEIGHT, feedback_cues, unmet_expectation_cues
from bot.insights.sentiment import SCORERS
from bot.insights.sentiment_model import LABELS, LEAN_NEGATIVE, MODEL, decide
from bot.insights.themes import themes_of
from bot.text import training
from bot.text.features import Words, masked
from bot.text.normalise import normalise
from settings import ConfigError, Sentiment, parse_config
from tests.configuration import raw_test_config

# Plain complaints written for this test, in none of the corpus's phrasings: no emotional words.
PLAIN_COMPLAINTS = [
    "The social worker was meant to phone on Friday and did not",
    "Four visits booked and the fitter only came to one",
    "My husband came out of hospital and the bed arrived eight days later",
    "Nobody from the office has replied to my letter from October",
    "I rang the number on the card and it was disconnected",
    "They wrote down that my son does my shopping, he lives in Spain",
    "I was told to wait for a letter, it is now February",
    "Second time this year the same pipe has burst",
    "The assessment happened while I was at work so I was not part of it",
    "I am still paying the charge for a service that stopped in the spring",
    "Had to give my date of birth and address five times on one call",
    "Waited in from 8 until 1 and then got a text saying the visit was moved",
]
PLAIN_PRAISE = [
    "She phoned back within the hour like she said",
    "The fitter came on the day booked and the rail is solid",
    "Thank you, everything was explained and I knew what was happening",
    "Really kind and patient with my dad",
]


def label(text: str) -> str:
    return sentiment_of(text, Sentiment(method="model"))[0]


def test_the_model_is_the_default_and_says_one_of_four_labels(config):
    assert Sentiment().method == config.sentiment.method == "model"
    found = {label(text) for text in PLAIN_COMPLAINTS + PLAIN_PRAISE + ["Nothing to add", "Good but slow"]}
    assert found <= set(LABELS) and {"positive", "negative"} <= found


def test_plain_complaints_it_never_saw_land_on_the_negative_side():
    # A dozen is a smoke check, not the measure (bench/sentiment.py is): when first run it
    # caught 10 of these 12; the floor sits at 9 so a worse model fails here.
    caught = [text for text in PLAIN_COMPLAINTS if label(text) in ("negative", "mixed")]
    assert len(caught) >= 9, set(PLAIN_COMPLAINTS) - set(caught)
    # The lexicon the model replaced calls most of them neutral: that is why it was replaced.
    vader = [t for t in PLAIN_COMPLAINTS if sentiment_of(t, Sentiment(method="vader"))[0] == "negative"]
    assert len(vader) < len(caught)


def test_plain_praise_is_positive_and_good_but_slow_is_mixed():
    # Understated praise ("phoned back like she said") is the model's weak side: 3 of these 4.
    positive = [text for text in PLAIN_PRAISE if label(text) == "positive"]
    assert len(positive) >= 3, set(PLAIN_PRAISE) - set(positive)
    assert label("The carers are lovely but they are always late") in ("mixed", "negative")


def test_the_score_runs_from_negative_to_positive():
    assert sentiment_of("Nobody came", Sentiment())[1] < 0 < sentiment_of("Thank you so much", Sentiment())[1]


@pytest.mark.parametrize(
    "text",
    ["", " ", "x" * 100_000, "\x00\x01\x1b[31m", "😡" * 500, "'; DROP TABLE answers; --", "ŵyr ŷ", "\ud800"],
)
def test_odd_text_gets_a_label_never_an_error(text):
    found, score = sentiment_of(text, Sentiment())
    assert found in LABELS and -1 <= score <= 1


def test_uncertain_comments_lean_to_the_negative_side():
    assert decide({"positive": 0.2, "negative": 0.2, "mixed": 0.15, "neutral": 0.45}) == "negative"
    assert decide({"positive": 0.1, "negative": 0.05, "mixed": 0.3, "neutral": 0.55}) == "mixed"
    assert decide({"positive": 0.4, "negative": 0.3, "mixed": 0.0, "neutral": 0.3}) == "positive"
    # Just below the lean, a most-likely-neutral comment stays neutral; at it, it moves.
    below = LEAN_NEGATIVE - 0.01
    assert (
        decide({"positive": 0.99 - below - 0.6, "negative": below, "mixed": 0.0, "neutral": 0.6}) == "neutral"
    )
    assert decide(
        {"positive": 0.3, "negative": LEAN_NEGATIVE, "mixed": 0.0, "neutral": 0.7 - LEAN_NEGATIVE}
    ) == ("negative")


def test_a_likely_positive_comment_goes_negative_when_negative_and_mixed_together_outweigh_it():
    # Positive is the single likeliest label in each, but not more likely than the two together.
    assert decide({"positive": 0.4, "negative": 0.25, "mixed": 0.2, "neutral": 0.15}) == "negative"
    assert decide({"positive": 0.4, "negative": 0.1, "mixed": 0.35, "neutral": 0.15}) == "mixed"
    # More likely than both together, it stays positive.
    assert decide({"positive": 0.45, "negative": 0.25, "mixed": 0.15, "neutral": 0.15}) == "positive"


def test_the_saved_model_was_trained_on_the_corpus_and_development_sets_as_they_are_now():
    rows = sentiment_training.training_rows()
    assert len(rows) > len(sentiment_training.corpus())  # the outside writers' sets are in it
    saved = json.loads(MODEL.read_text(encoding="utf-8"))
    texts, labels = [r["text"] for r in rows], [r["label"] for r in rows]
    assert saved["data_sha256"] == training.data_sha256(texts, labels), (
        "run python -m bot.insights.sentiment_training"
    )
    assert sorted(saved["labels"]) == sorted(LABELS)


def test_the_corpus_is_big_varied_and_labelled_the_four_ways():
    rows = sentiment_training.corpus()
    assert len(rows) >= 2000
    assert {r["label"] for r in rows} == set(LABELS)
    assert len({r["service"] for r in rows}) == 6 and len({r["template"] for r in rows}) >= 100
    assert {"texting", "older", "carer", "second_language", "welsh"} <= {r["register"] for r in rows}
    assert sum(r["complaint"] == "1" for r in rows) >= 0.3 * len(rows)


def test_lexicon_methods_stay_selectable_and_never_say_mixed():
    vader = Sentiment(method="vader_emoji")
    assert sentiment_of("Lovely staff but very slow", vader)[0] in ("positive", "neutral", "negative")
    assert sentiment_of("😡", vader)[0] == "negative"
    assert sentiment_label(polarity("Thank you, the carer was lovely", "vader"), vader) == "positive"


def test_figures_on_a_small_worked_example():
    gold = ["positive", "negative", "mixed", "neutral"]
    guess = ["positive", "mixed", "negative", "negative"]
    # Taken literally: positive F1 1; negative F1 0 (its one comment was called mixed).
    assert macro_f1(gold, guess, ("positive", "negative")) == 0.5
    # Mixed counts as negative: both negative-side comments were caught; the neutral one is left out.
    assert two_sided_f1(gold, guess) == 1.0


def test_sentiment_thresholds_must_be_in_order():
    data = raw_test_config()
    data["sentiment"] = {"method": "vader", "positive_above": -0.2, "negative_below": 0.2}
    with pytest.raises(ConfigError, match=r"sentiment: negative_below 0.2 must not be above"):
        parse_config(data)
    data["sentiment"] = {"method": "magic"}
    with pytest.raises(ConfigError, match=r"sentiment.method"):
        parse_config(data)


def test_scoring_and_themes_need_no_nltk_data_or_download(monkeypatch):
    import nltk

    def refuse(*args, **kwargs):
        raise AssertionError("nltk.download must never be called")

    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setattr(nltk.data, "path", [])
    for scorer in SCORERS.values():
        assert -1 <= scorer("Kind staff but a long wait, ŵyr 😀") <= 1
    assert label("Kind staff but a long wait, ŵyr 😀") in LABELS
    assert themes_of("Kind staff but I waited, ŵyr", {"waiting": ["wait"], "kindness": ["kind"]}) == [
        "waiting",
        "kindness",
    ]


@pytest.mark.slow
def test_training_reproduces_the_committed_model(tmp_path):
    """Same data, same vocabulary, labels and settings; the weights equal to 0.001.

    Not byte for byte: lbfgs's last digits follow the CPU's BLAS kernels (an AVX-512 machine's
    weights differ from the committing machine's by up to 5e-5), while a change of data, features
    or C moves them by far more than the tolerance.
    """
    path = tmp_path / "model.json"
    training.save(sentiment_training.build(), path)
    retrained = json.loads(path.read_text(encoding="utf-8"))
    committed = json.loads(MODEL.read_text(encoding="utf-8"))
    assert _same_within(retrained, committed, 1e-3), "run python -m bot.insights.sentiment_training"


def _same_within(found: object, expected: object, tolerance: float) -> bool:
    """Equal structure and non-float values; floats within `tolerance` of each other."""
    if isinstance(found, dict) and isinstance(expected, dict):
        return found.keys() == expected.keys() and all(
            _same_within(found[key], expected[key], tolerance) for key in found
        )
    if isinstance(found, list) and isinstance(expected, list):
        return len(found) == len(expected) and all(
            _same_within(a, b, tolerance) for a, b in zip(found, expected, strict=True)
        )
    if isinstance(found, float) and isinstance(expected, float):
        return abs(found - expected) <= tolerance
    return found == expected


# Kinds of comment the model used to misread (found by reading where it went wrong on real
# feedback), each in phrasings written for this test and in no corpus template. The floors are
# what the model managed when first run, less one: a worse model fails, a lucky one is not needed.
PRAISE_BY_DENIAL = [
    "Everything about the move home went without a single problem",
    "I genuinely cannot think of one improvement",
    "Wouldn't change anything about how they dealt with my mum",
    "Never once had an issue with the meals service",
    "Hand on heart I can't fault the occupational therapist",
    "The only thing to improve is nothing, they were great",
]
PRAISE_WITH_A_WAIT_OR_ILLNESS = [
    "Back home within two days of the fall and the equipment was already there",
    "I was poorly with a chest infection and the nurse checked on me twice a day",
    "Waited five minutes at most and the receptionist was lovely",
    "My husband collapsed and the paramedics were with us in no time",
    "Rang about the flood at tea time and it was pumped out by midnight",
]
QUIET_COMPLAINTS = [
    "Could somebody at least acknowledge my emails",
    "It would help if the carers knew about his allergies",
    "A proper timetable for the bin collections please",
    "Staff kept changing so nobody knew his routine",
    "Six letters and each one says something different",
    "My appeal has been sitting on a desk since the autumn",
]
WELSH_PRAISE = [
    "Roedd y staff yn glên iawn ac yn barod i helpu",
    "Gwaith da, diolch yn fawr",
    "Roedd y nyrs yn wych gyda fy nain",
]
WELSH_COMPLAINTS = [
    "Neb wedi dod i drwsio'r to",
    "Rydyn ni'n dal i aros am ateb ar ôl chwe wythnos",
    "Roedd y gwasanaeth yn wael iawn",
]


def test_the_kind_phrasings_here_are_not_in_the_corpus():
    seen = {r["text"].casefold() for r in sentiment_training.training_rows()}
    for text in (
        PRAISE_BY_DENIAL
        + PRAISE_WITH_A_WAIT_OR_ILLNESS
        + QUIET_COMPLAINTS
        + WELSH_PRAISE
        + WELSH_COMPLAINTS
        + QUESTIONS_AND_REQUESTS
        + PRAISE_IN_HARD_WORDS
        + COMPLAINTS_IN_SLANG_OR_HURT
        + MIXED_WITHOUT_BUT
    ):
        assert text.casefold() not in seen, text


# Kinds outside writers used that the model misread (issue 15, sets D and E), in new phrasings.
QUESTIONS_AND_REQUESTS = [
    "Is the library van still coming on Tuesdays?",
    "What number do I ring for the blue badge team?",
    "Can I have the minutes of the meeting sent by email?",
    "I'd rather you phoned my daughter than me from now on",
    "Ydy'r ganolfan hamdden ar agor ar ddydd Sul?",
    "Nothing more to add cheers",
]
PRAISE_IN_HARD_WORDS = [
    "The meals lady has never missed a single day",
    "I'm driving again for the first time since the stroke",
    "Sorted the boiler without any fuss at all",
    "Sally at the hub is an absolute legend",
    "We simply wouldn't manage without the sitting service",
]
COMPLAINTS_IN_SLANG_OR_HURT = [
    "The lettings office are a bunch of clowns",
    "Total farce getting a simple form sorted",
    "I left the meeting in tears",
    "The woman on the front desk was snotty with my gran",
]
MIXED_WITHOUT_BUT = [
    "The physio was brilliant. The waiting list was a disgrace.",
    "Lovely carers. Awful rota, nobody knows who is coming.",
]


def test_questions_and_requests_for_information_are_not_read_as_complaints():
    # First run: 6 of 6 neutral; the model before this round read one negative and two positive.
    calm = [text for text in QUESTIONS_AND_REQUESTS if label(text) in ("neutral", "positive")]
    assert len(calm) >= 5, set(QUESTIONS_AND_REQUESTS) - set(calm)


def test_praise_in_hard_words_and_complaints_in_slang_land_on_their_side():
    # First run: praise 5 of 5 positive (the model before: none, four negative),
    # complaints 4 of 4 (before: 2).
    praise = [text for text in PRAISE_IN_HARD_WORDS if label(text) == "positive"]
    assert len(praise) >= 4, set(PRAISE_IN_HARD_WORDS) - set(praise)
    caught = [text for text in COMPLAINTS_IN_SLANG_OR_HURT if label(text) in ("negative", "mixed")]
    assert len(caught) >= 3, set(COMPLAINTS_IN_SLANG_OR_HURT) - set(caught)


def test_two_sentences_one_kind_one_hard_are_on_the_negative_side():
    # The model before this round managed both too; this keeps the two-sided cue honest.
    assert all(label(text) in ("mixed", "negative") for text in MIXED_WITHOUT_BUT)


def test_nothing_to_improve_praise_is_not_read_as_a_complaint():
    # First run: 4 of 6 positive, 1 mixed, 1 negative ("never once had an issue").
    positive = [text for text in PRAISE_BY_DENIAL if label(text) == "positive"]
    assert len(positive) >= 3, set(PRAISE_BY_DENIAL) - set(positive)
    assert sum(label(text) == "negative" for text in PRAISE_BY_DENIAL) <= 2


def test_praise_that_mentions_a_wait_or_an_illness_is_not_negative():
    # First run: 3 of 5 positive, 1 neutral, 1 negative (2 negative once the lean went to 0.15).
    not_negative = [text for text in PRAISE_WITH_A_WAIT_OR_ILLNESS if label(text) in ("positive", "neutral")]
    assert len(not_negative) >= 3, set(PRAISE_WITH_A_WAIT_OR_ILLNESS) - set(not_negative)


def test_requests_and_quiet_complaints_without_emotion_words_are_on_the_negative_side():
    # First run: all 6. VADER, for comparison, calls most of them neutral or positive.
    caught = [text for text in QUIET_COMPLAINTS if label(text) in ("negative", "mixed")]
    assert len(caught) >= 5, set(QUIET_COMPLAINTS) - set(caught)
    vader = [t for t in QUIET_COMPLAINTS if sentiment_of(t, Sentiment(method="vader"))[0] == "negative"]
    assert len(vader) < len(caught)


def test_welsh_praise_and_complaints_are_read():
    # First run (after softened Welsh words were added): 3 of 3 and 3 of 3.
    assert sum(label(text) == "positive" for text in WELSH_PRAISE) >= 2
    assert sum(label(text) in ("negative", "mixed") for text in WELSH_COMPLAINTS) >= 2


def test_a_bare_nothing_is_neutral_but_nothing_to_improve_is_praise():
    assert label("Nothing") == "neutral"
    assert label("Nothing at the moment") == "neutral"
    assert label("Nothing could have gone better, thank you") == "positive"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("no problems at all with the fitter", {"praise_by_denial"}, {"absence", "problem"}),
        ("couldnt fault them", {"praise_by_denial"}, set()),
        ("nothing has improved since march", {"absence", "duration"}, {"praise_by_denial"}),
        ("nothing has got better", {"absence"}, {"praise_by_denial"}),
        ("seen within 20 minutes", {"prompt"}, {"duration"}),
        ("waited 20 minutes for an answer", {"duration"}, {"prompt"}),
        ("would use them again", {"would_again"}, {"repeat"}),
        ("they came again and again", {"repeat"}, {"would_again"}),
        ("nothing", {"nil_answer"}, {"absence"}),
        ("nothing came", {"absence"}, {"nil_answer"}),
        ("the letters could be clearer", {"suggest"}, set()),
        ("they have never once missed a visit", {"praise_by_denial"}, {"absence"}),
        ("i can cook my own dinner again", {"restored"}, {"repeat"}),
        ("they let me down again", {"repeat"}, {"restored"}),
        ("arranged without any fuss", {"praise_by_denial"}, {"without"}),
        ("decided without asking me", {"without"}, {"praise_by_denial"}),
    ],
)
def test_phrases_that_deny_a_fault_or_praise_speed_are_read_before_absence_and_waits(text, present, absent):
    found = set(unmet_expectation_cues(text))
    assert present <= found and not absent & found, found


def test_courtesies_and_a_leading_nothing_do_not_decide_the_reading():
    def cues(text: str) -> set[str]:
        return set(feedback_cues(normalise(text), Words(normalise(text).split(), text)))

    polite = cues("To whom it may concern, nobody came. Kind regards.")
    assert {"cue:courtesy", "cue:absence"} <= polite
    # The courtesy alone would score as warm; with it left out the lexicon reads a plain report.
    assert not {"vader:pos", "vader:strong_pos"} & polite
    assert "cue:absence" not in cues("Nothing, it was all perfect")
    assert "cue:nil_then" in cues("Nothing, it was all perfect")


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("What time does the hub open?", {"cue:question"}, set()),
        ("Is the group still on Fridays", {"cue:question"}, set()),
        ("When I rang nobody answered", set(), {"cue:question"}),
        ("Why does nobody ever ring back?", set(), {"cue:question"}),
        ("Can I have my letters in Welsh", {"cue:info_request", "cue:question"}, set()),
        ("The nurse was lovely. The food was awful.", {"cue:two_sided"}, set()),
        ("The nurse was lovely but the food was awful", set(), {"cue:two_sided"}),
        ("A bunch of cowboys", {"slang:neg"}, {"slang:pos"}),
        ("10/10 top woman", {"slang:pos"}, {"slang:neg"}),
    ],
)
def test_questions_requests_two_sided_comments_and_slang_are_cues(text, present, absent):
    found = set(feedback_cues(normalise(text), Words(normalise(text).split(), text)))
    assert present <= found and not absent & found, found


def test_cues_weigh_more_than_words_and_negation_scope():
    text = normalise("Nobody came for 3 weeks")
    found = list(feedback_cues(text, Words(text.split(), "Nobody came for 3 weeks")))
    assert found.count("cue:absence") == found.count("cue:duration") == CUE_WEIGHT > 1
    assert found.count("neg:came") == 1


def test_masked_blanks_what_it_found():
    found, rest = masked(re.compile(r"\bno problems\b"), "no problems but the van was late")
    assert found == ["no problems"] and rest == "but the van was late"
    assert masked(re.compile("x"), "abc") == ([], "abc")


def test_each_development_set_is_named_in_full_so_a_two_letter_set_is_not_taken_for_another():
    names = list(sentiment_training.development_sets())
    assert "aa" in names and "a" not in names  # set AA, not the last letter of its file's name
    assert set(sentiment_training.TRAINED_OUTSIDE_SETS) <= set(names)
    assert names == sorted(names, key=lambda name: (len(name), name))
