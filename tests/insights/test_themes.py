"""Themes: config.yaml keywords matched on stems, stored with each comment, recomputed on demand."""

from __future__ import annotations

import copy

import pytest
from sqlalchemy import select

from bot.insights.analysis import recompute_insights
from bot.insights.themes import stems, themes_of, tokens
from models import Answer, AnswerTheme
from settings import ConfigError, parse_config
from tests.configuration import raw_test_config
from tests.residents import resident_says


@pytest.mark.parametrize(
    ("words", "stem"),
    [
        ("wait waited waiting waits", "wait"),
        ("listen listened listening listens", "listen"),
        ("respect respected respectful respecting", "respect"),
        ("carer carers carer's", "carer"),
        ("inform informed information", "inform"),
        ("explain explained explaining explains", "explain"),
        ("repair repairs repaired", "repair"),
        ("delay delayed delays", "delay"),
    ],
)
def test_word_forms_share_one_stem(words, stem):
    assert set(stems(words)) - {"s"} == {stem}


def test_tokens_are_lower_case_words_in_any_script():
    assert tokens("Didn't LISTEN, tŷ ŵyr! 👍 3 weeks") == ["didn", "t", "listen", "tŷ", "ŵyr", "3", "weeks"]


@pytest.mark.parametrize(
    ("comment", "theme"),
    [
        ("I waited six weeks for a visit", "waiting"),
        ("Still waiting", "waiting"),
        ("Far too slow", "waiting"),
        ("Nobody called me back", "communication"),
        ("Couldn't get through on the phone", "communication"),
        ("She really listened to me", "listened_to"),
        ("I felt rushed", "listened_to"),
        ("Treated with dignity and respect", "respect"),
        ("Felt talked down to", "respect"),
        ("They helped me stay independent", "strengths_independence"),
        ("I feel in control again", "strengths_independence"),
        ("No support for carers", "carers"),
        ("Needed respite as a carer", "carers"),
        ("The letter explained nothing", "information"),
        ("Couldn't find the information online", "information"),
        ("Nobody told me about the charges", "money"),
        ("Help with my benefits", "money"),
        ("The damp in my flat is not fixed", "housing"),
        ("Repairs were cancelled twice", "housing"),
        ("The carer was so kind", "staff_kindness"),
        ("Lovely friendly staff", "staff_kindness"),
        ("Dal i aros", "waiting"),
        ("Doedd neb yn gwrando", "listened_to"),
    ],
)
def test_each_default_theme_is_found(config, comment, theme):
    assert theme in themes_of(comment, config.themes)


@pytest.mark.parametrize("comment", ["ok", "fine", "Nothing to add", "👍", ""])
def test_comments_without_keywords_have_no_theme(config, comment):
    assert themes_of(comment, config.themes) == []


def test_every_default_theme_exists_and_order_follows_config(config):
    assert list(config.themes) == [
        "waiting",
        "communication",
        "listened_to",
        "respect",
        "strengths_independence",
        "carers",
        "information",
        "money",
        "housing",
        "staff_kindness",
    ]
    assert themes_of("Lovely staff but I waited weeks", config.themes) == ["waiting", "staff_kindness"]


def test_a_phrase_keyword_needs_the_whole_phrase_in_order():
    themes = {"communication": ["call back"]}
    assert themes_of("Please CALL me BACK? no: call back!", themes) == ["communication"]
    assert themes_of("Nobody called back", themes) == ["communication"]
    assert themes_of("back to the call centre", themes) == []


@pytest.mark.parametrize(
    ("themes", "message"),
    [
        ({"Waiting Time": ["wait"]}, "themes: 'Waiting Time': a theme name is lower-case letters"),
        ({"waiting": []}, "themes.waiting: a theme needs at least one keyword"),
        ({"waiting": ["wait", " !! "]}, "themes.waiting: keyword ' !! ' has no letters or digits"),
        ({"waiting": "wait"}, "themes.waiting: Input should be a valid list"),
    ],
)
def test_bad_themes_get_one_clear_line(themes, message):
    data = copy.deepcopy(raw_test_config())
    data["themes"] = themes
    with pytest.raises(ConfigError) as error:
        parse_config(data)
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def _stored_themes(db, conversation_id):
    with db.begin() as session:
        rows = session.execute(
            select(Answer.question_id, AnswerTheme.theme)
            .join(AnswerTheme, AnswerTheme.answer_id == Answer.id)
            .where(Answer.conversation_id == conversation_id)
            .order_by(AnswerTheme.theme)
        )
        return [tuple(row) for row in rows]


def test_themes_and_sentiment_are_stored_when_the_comment_arrives(db, config):
    conversation_id = resident_says(db, config, "Kind staff but I waited weeks for the repairs 😡")
    assert _stored_themes(db, conversation_id) == [
        ("comment", "housing"),
        ("comment", "staff_kindness"),
        ("comment", "waiting"),
    ]
    with db.begin() as session:
        answer = session.scalar(select(Answer).where(Answer.question_id == "comment"))
        assert answer.sentiment == "mixed"
        assert answer.polarity < 0


def test_recompute_relabels_existing_comments_when_the_map_changes(db, config):
    first = resident_says(db, config, "The damp is awful", address="alice")
    second = resident_says(db, config, "All fine", address="bob")
    assert _stored_themes(db, first) == [("comment", "housing")]
    changed = config.model_copy(
        update={
            "themes": {"damp": ["damp", "mould"], "fine": ["fine"]},
            "sentiment": config.sentiment.model_copy(update={"method": "textblob"}),
        }
    )
    with db.begin() as session:
        assert recompute_insights(session, changed, batch=1) == 2
    assert _stored_themes(db, first) == [("comment", "damp")]
    assert _stored_themes(db, second) == [("comment", "fine")]
    with db.begin() as session:
        answer = session.scalar(
            select(Answer).where(Answer.conversation_id == first, Answer.question_id == "comment")
        )
        assert answer.polarity == pytest.approx(-1.0)  # TextBlob: "awful" is -1.0
    with db.begin() as session:  # choice answers never get themes or a sentiment
        assert session.scalar(select(Answer).where(Answer.question_id == "overall")).sentiment is None


@pytest.mark.slow
def test_recompute_insights_command(database_url, db, config):
    from tests.web.test_cli import flask

    resident_says(db, config, "Still waiting for a call back")
    with db.begin() as session:
        session.execute(AnswerTheme.__table__.delete())
    result = flask(database_url, "recompute-insights")
    assert result.returncode == 0, result.stderr
    assert "Relabelled 1 comments" in result.stdout
    with db.begin() as session:
        assert set(session.scalars(select(AnswerTheme.theme))) == {"waiting", "communication"}


@pytest.mark.parametrize(
    ("comment", "theme"),
    [
        ("I was waitng ages", "waiting"),
        ("never recieved any infomation", "information"),
        ("very helpfull staff", "staff_kindness"),
        ("no one phonned me", "communication"),
        ("the repiars were never done", "housing"),
        ("Waiting, waited, waits", "waiting"),
        ("they listend to me", "listened_to"),
    ],
)
def test_common_misspellings_and_word_forms_still_find_the_theme(config, comment, theme):
    assert theme in themes_of(comment, config.themes)


@pytest.mark.parametrize("comment", ["I was wasing", "the rate was late", "my cat is fine", "abcde fghij"])
def test_short_or_unrelated_words_are_not_stretched_into_a_theme(config, comment):
    # "late" is a keyword; "rate" is one letter away but too short to forgive.
    assert themes_of(comment, config.themes) in ([], ["waiting"])
    assert "waiting" not in themes_of("the rate was fair", config.themes)


def test_one_edit_apart():
    from bot.insights.themes import one_edit_apart

    for a, b in [
        ("recieve", "receive"),
        ("waitng", "waiting"),
        ("helpfull", "helpful"),
        ("repiar", "repair"),
    ]:
        assert one_edit_apart(a, b) and one_edit_apart(b, a)
    for a, b in [("abcdef", "abcxyz"), ("house", "houses1"), ("wait", "waiting")]:
        assert not one_edit_apart(a, b)


def test_recompute_after_an_upgrade_moves_lexicon_labels_to_the_model(db, config):
    lexicon = config.model_copy(update={"sentiment": config.sentiment.model_copy(update={"method": "vader"})})
    conversation_id = resident_says(db, lexicon, "Nobody called me back", address="carol")
    with db.begin() as session:
        answer = session.scalar(
            select(Answer).where(Answer.conversation_id == conversation_id, Answer.question_id == "comment")
        )
        assert answer.sentiment == "neutral"  # what the lexicon made of a plain complaint
    seen: list[int] = []
    with db.begin() as session:
        assert recompute_insights(session, config, batch=2, progress=seen.append) == 1
    assert sum(seen) >= 1 and all(n <= 2 for n in seen)
    with db.begin() as session:
        answer = session.scalar(
            select(Answer).where(Answer.conversation_id == conversation_id, Answer.question_id == "comment")
        )
        assert (answer.sentiment, answer.polarity < 0) == ("negative", True)
