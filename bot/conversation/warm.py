"""Read, before a worker serves anyone, what a turn would otherwise load on first use.

The text models (the reply fallback, the sentiment model, the safeguarding
classifier), the lexicons VADER and TextBlob bring, the screen's rules and each
question's phrases are loaded lazily: a worker's first message spent about 0.45 s
of CPU on them and its first comment 0.17 s, time a resident waited. `warm`
takes the same calls a turn makes, on made-up text, and touches no database.

Run once per process before serving (`web/wsgi.py`); under gunicorn with
`preload_app` (deploy/gunicorn.conf.py) that is once in the master, and every
worker starts with it in pages it shares.
"""

from __future__ import annotations

from bot.conversation import reply_model
from bot.conversation.answers import parse_answer
from bot.insights import sentiment_model
from bot.insights.analysis import labels_for
from bot.safeguarding.classifier import classifier
from bot.safeguarding.screen import screen
from settings import Config

# A reply each question reads plainly, and one the rules cannot place, so the learned fallback and
# the typo mender are reached too; a comment for the sentiment model, themes and screen.
REPLIES = ("yes", "2", "hmm well sorta i supose")
COMMENT = "Kind staff but a long wait, I was worried sick about my mum."


def read_models() -> None:
    """Read the three text models' files before the app is built (`web/wsgi.py`).

    Parsing their JSON takes about 60 MB for a moment and frees it, but the few small objects
    kept beside the compact models pin part of it. Read before `create_app` imports the app's
    views, that freed memory is what they are loaded into; read after, it stayed a hole every
    forked worker carried.
    """
    reply_model.load()
    sentiment_model.model()
    classifier()


def warm(config: Config) -> None:
    """Load what a first answer to each question of the default survey, and a first comment, would.

    That survey in the default language only: a question's phrases take memory every
    worker holds (a few MB for the default survey's six), so another survey's, or
    another language's, are compiled when someone first answers them.
    """
    language = config.organisation.default_language
    for question in config.default_survey.questions:
        for reply in REPLIES:
            parse_answer(question, reply, language)
    labels_for(config, COMMENT)
    screen(config.safeguarding, COMMENT)
