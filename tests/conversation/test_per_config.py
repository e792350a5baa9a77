"""What is worked out from config.yaml once per worker (bot/conversation/per_config.py)."""

from __future__ import annotations

from bot.callbacks import offer
from bot.conversation import consent, lexicon
from bot.conversation.answers import parse_answer
from bot.conversation.per_config import once_per_config
from models import Conversation
from settings import load_config


def test_a_value_is_built_once_per_config_object_and_key():
    built: list[tuple[int, str]] = []

    @once_per_config
    def shout(config, word: str) -> str:
        built.append((id(config), word))
        return word.upper()

    first, second = load_config(), load_config()
    assert shout(first, "yes") == shout(first, "yes") == "YES"
    assert shout(first, "no") == "NO"
    assert shout(second, "yes") == "YES"  # an equal but different config is built for again
    assert built == [(id(first), "yes"), (id(first), "no"), (id(second), "yes")]


def test_the_yes_no_questions_after_a_survey_are_the_same_objects_every_message(config):
    """A new Question each message had its phrases compiled again (and filled the lexicon cache)."""
    assert consent._question(config) is consent._question(config)
    team = config.teams[0].id if config.teams else None
    conversation = Conversation(language="en", team=team)
    assert offer._question(config, conversation) is offer._question(config, conversation)
    parse_answer(consent._question(config), "yes please", "en")
    compiled = len(lexicon._LEXICONS)
    for text in ("yes", "no thanks", "yes please"):
        assert parse_answer(consent._question(config), text, "en").ok
        parse_answer(offer._question(config, conversation), text, "en")
    assert len(lexicon._LEXICONS) <= compiled + 1  # the offer's question, once
