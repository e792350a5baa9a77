"""The conversation engine: an inbound message and a database session in, replies out.

Pure and synchronous; it imports no web framework or provider library, and it
never commits: the caller owns the transaction (docs/architecture.md). Every channel,
the console and the scheduler drive this same code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from bot.callbacks import offer, thread
from bot.conversation import consent, progress, residents, store
from bot.conversation.foresight import Foresight
from bot.conversation.keywords import Keyword, classify, command_payload, normalise
from bot.conversation.messages import Inbound, Reply
from bot.conversation.per_config import once_per_config
from bot.conversation.surveys import fill, pick_language
from bot.safeguarding import alerts
from models import Conversation, Message, Resident
from models.bulk import insert_many
from settings import Config, Survey, Team


def handle(
    session: Session, config: Config, inbound: Inbound, foresight: Foresight | None = None
) -> list[Reply]:
    """Answer one inbound message; a re-delivered one gets the same replies again.

    Each reply carries the id of the outbound Message that logged it. The reads
    and writes are `store`'s, a few statements a turn; this decides what they are.
    `foresight`: the text's readings worked out before the transaction (`foresight.foresee`).
    """
    now = inbound.received_at
    turn = _begin_turn(session, inbound)
    resident = turn.resident
    # Filed where it most likely belongs: the open conversation, else the newest (a YES or
    # NO after a survey, STOP); moved only when the turn starts another.
    filed_under = turn.conversation or turn.latest
    message_id = store.log_inbound(session, inbound, resident.id, filed_under.id if filed_under else None)
    if message_id is None:
        return _replies_already_sent(session, inbound)
    replies, belongs_to = _respond(session, config, turn, inbound, message_id, foresight)
    store.save_conversations(session)
    if belongs_to is not filed_under:
        store.link_inbound(session, message_id, belongs_to.id if belongs_to else None)
    # Every reply is screened, keywords included; a safety reply goes before the survey's.
    if foresight is not None and foresight.nothing_to_screen(inbound.text):
        safety = []  # screened before the turn: no alert to raise
    else:
        safety = alerts.screen_reply(session, config, resident, belongs_to, message_id, inbound.text, now)
    return store.log_replies(
        session,
        safety + replies,
        resident.id,
        inbound.channel,
        belongs_to.id if belongs_to else None,
        message_id,
        now,
    )


def _begin_turn(session: Session, inbound: Inbound) -> store.Turn:
    """The resident (found or created, and locked) and where their conversations stand."""
    resident, created = residents.arrive(session, inbound.channel, inbound.address, inbound.received_at)
    if created:  # a first message: no conversation or callback of theirs to read
        return store.Turn(resident, None, None, new_resident=True)
    # On PostgreSQL the read also stores the inbound message (`store.log_inbound` then sends nothing).
    conversation, latest, answered = store.load_conversation(session, resident.id, inbound)
    return store.Turn(resident, conversation, latest, answered)


def start_survey(
    session: Session,
    config: Config,
    resident: Resident,
    channel: str,
    now: datetime,
    survey: Survey | None = None,
    team: str | None = None,
    language: str | None = None,
    is_test: bool = False,
) -> tuple[Conversation, list[Reply]]:
    """Begin a survey (closing any open one): the intro and the first question."""
    start = SurveyStart(resident, channel, survey, team, language, is_test)
    return start_surveys(session, config, [start], now)[0]


@dataclass(frozen=True)
class SurveyStart:
    """Who to start which survey with (see `start_surveys`)."""

    resident: Resident
    channel: str
    survey: Survey | None = None
    team: str | None = None
    language: str | None = None
    is_test: bool = False


def start_surveys(
    session: Session, config: Config, starts: list[SurveyStart], now: datetime
) -> list[tuple[Conversation, list[Reply]]]:
    """Begin several surveys in one go (the scheduler's batches): one UPDATE, one flush."""
    if not starts:
        return []
    progress.abandon_open_for(session, [start.resident.id for start in starts])
    begun = []
    for start in starts:
        survey = start.survey or config.default_survey
        language = pick_language(config, start.language, start.resident.language)
        conversation = Conversation(
            resident_id=start.resident.id,
            channel=start.channel,
            survey_id=survey.id,
            team=start.team,
            language=language,
            is_test=start.is_test,
            started_at=now,
            last_activity_at=now,
        )
        # A new conversation has no answers: the first question, without a query.
        first = progress.ask_next(config, conversation, {}, now)
        begun.append((conversation, [Reply(fill(config, survey.intro[language])), *first]))
    session.add_all(conversation for conversation, _ in begun)
    session.flush()
    return begun


def begin_surveys(
    session: Session, config: Config, starts: list[SurveyStart], now: datetime
) -> list[tuple[int, str, list[Reply]]]:
    """`start_surveys` for large batches, as Core statements: (conversation id, survey id, replies).

    A new conversation has no answers, so every start of one survey in one
    language opens the same way: worked out once per batch, not per person.
    """
    if not starts:
        return []
    progress.abandon_open_for(session, [start.resident.id for start in starts])
    openings: dict[tuple[str, str], tuple[dict, list[Reply]]] = {}
    rows, replies = [], []
    for start in starts:
        survey = start.survey or config.default_survey
        language = pick_language(config, start.language, start.resident.language)
        key = (survey.id, language)
        if key not in openings:
            openings[key] = _opening(config, survey, language, now)
        values, opening = openings[key]
        rows.append(
            dict(
                values,
                resident_id=start.resident.id,
                channel=start.channel,
                team=start.team,
                is_test=start.is_test,
            )
        )
        replies.append(opening)
    ids = insert_many(session, Conversation, rows)
    return [(id_, row["survey_id"], said) for id_, row, said in zip(ids, rows, replies, strict=True)]


def _opening(config: Config, survey: Survey, language: str, now: datetime) -> tuple[dict, list[Reply]]:
    """A new conversation's column values and replies, from the same `ask_next` as `start_surveys`."""
    draft = Conversation(survey_id=survey.id, language=language, started_at=now, last_activity_at=now)
    first = progress.ask_next(config, draft, {}, now)
    values = dict(
        survey_id=survey.id,
        language=language,
        status=draft.status or "in_progress",
        current_question=draft.current_question,
        unclear_count=draft.unclear_count,
        started_at=now,
        last_activity_at=draft.last_activity_at,
        completed_at=draft.completed_at,
        you_said_we_did_asked_at=draft.you_said_we_did_asked_at,
    )
    return values, [Reply(fill(config, survey.intro[language])), *first]


def _respond(
    session: Session,
    config: Config,
    turn: store.Turn,
    inbound: Inbound,
    message_id: int,
    foresight: Foresight | None,
) -> tuple[list[Reply], Conversation | None]:
    """Decide what to say: keywords first, then the open conversation's question.

    Also returns the conversation the message belongs to: the contact's newest once
    this turn is done. A turn that starts none leaves the newest it read (`turn.latest`:
    a survey begins only after every open one is abandoned, so the open one is the newest).
    """
    now, text = inbound.received_at, inbound.text
    resident, conversation = turn.resident, turn.conversation
    keyword = classify(text)
    if resident.opted_out:
        # After STOP we stay silent until the person opts back in.
        if keyword is not Keyword.OPT_IN:
            return [], turn.latest
        residents.opt_in(session, resident, inbound.channel, "keyword", now)
        language = pick_language(config, resident.language, inbound.language_hint)
        return [Reply(fill(config, config.messages[language].opted_in))], turn.latest

    if conversation and progress.expire_if_idle(config, conversation, now):
        conversation = None
    language = pick_language(
        config, conversation.language if conversation else None, resident.language, inbound.language_hint
    )
    messages = config.messages[language]

    if keyword is Keyword.OPT_OUT:
        residents.opt_out(session, resident, inbound.channel, "keyword", now)
        return [Reply(fill(config, messages.opted_out))], turn.latest
    if keyword in (Keyword.ENGLISH, Keyword.WELSH) and keyword.value in config.organisation.languages:
        return _switch_language(session, config, turn, conversation, keyword.value, inbound)
    if keyword is Keyword.HELP:
        replies = [Reply(fill(config, messages.help))]
        if conversation:
            return replies + progress.repeat_question(config, conversation), conversation
        return replies, turn.latest

    chosen = _chosen_survey(config, inbound, keyword)
    if chosen is not None or (keyword is Keyword.OPT_IN and conversation is None):
        survey, team = chosen or (config.default_survey, None)
        return _start(session, config, turn, inbound, survey, team, language)
    if keyword is Keyword.OPT_IN and conversation is not None:
        return progress.repeat_question(config, conversation), conversation
    if conversation is None:
        # No survey question waits: the YES/NO questions after a survey, then an open callback's thread.
        latest = turn.latest
        answered = offer.take_answer(session, config, resident, latest, text, now)
        if answered is None:
            answered = consent.take_answer(session, config, resident, latest, inbound.channel, text, now)
        if answered is None and not turn.new_resident:  # staff open callbacks for people they know
            answered = thread.take_message(session, config, resident, inbound, message_id)
        if answered is not None:
            return answered, latest
        return _start(session, config, turn, inbound, config.default_survey, None, language)
    if keyword is Keyword.SKIP:
        return progress.skip(session, config, conversation, text, now, turn.answered), conversation
    if not text.strip() and inbound.has_media:
        return [Reply(messages.text_only), *progress.repeat_question(config, conversation)], conversation
    return progress.answer(session, config, conversation, text, now, turn.answered, foresight), conversation


def _start(session, config, turn, inbound, survey, team, language) -> tuple[list[Reply], Conversation]:
    """Begin `survey` for the resident (as `start_survey` does), in the turn's few statements."""
    if turn.conversation is not None:  # else none is open: the turn read so, holding the lock
        store.abandon_open(session, turn.resident.id)
        if turn.conversation.status == "in_progress":  # what an ORM UPDATE would do to the object
            set_committed_value(turn.conversation, "status", "abandoned")
            set_committed_value(turn.conversation, "current_question", None)
    values, replies = _opening(config, survey, language, inbound.received_at)
    row = dict(values, resident_id=turn.resident.id, channel=inbound.channel, team=team and team.id)
    return replies, store.insert_conversation(session, dict(row, is_test=False))


def _switch_language(
    session, config, turn, conversation, language, inbound
) -> tuple[list[Reply], Conversation]:
    """Remember the resident's language and carry on (or begin) in it."""
    store.set_language(session, turn.resident, language)
    confirm = Reply(fill(config, config.messages[language].language_set))
    if conversation is None:
        replies, started = _start(session, config, turn, inbound, config.default_survey, None, language)
        return [confirm, *replies], started
    conversation.language = language
    return [confirm, *progress.repeat_question(config, conversation)], conversation


def _chosen_survey(
    config: Config, inbound: Inbound, keyword: Keyword | None
) -> tuple[Survey, Team | None] | None:
    """A survey picked by a deep-link payload or a whole-message SMS keyword."""
    payload = inbound.payload or (command_payload(inbound.text) if keyword is Keyword.OPT_IN else None)
    if payload:
        return resolve_payload(config, payload)
    return _survey_keywords(config).get(normalise(inbound.text))


@once_per_config
def _survey_keywords(config: Config) -> dict[str, tuple[Survey, Team | None]]:
    """Every team's and survey's SMS keyword, normalised (once per config, not per message).

    A team's keyword wins over a survey's, and an earlier one over a later one.
    """
    table: dict[str, tuple[Survey, Team | None]] = {}
    for team in config.teams:
        for phrase in team.keywords:
            table.setdefault(normalise(phrase), (config.survey_for_team(team), team))
    for survey in config.surveys:
        for phrase in survey.keywords:
            table.setdefault(normalise(phrase), (survey, None))
    return table


def resolve_payload(config: Config, payload: str) -> tuple[Survey, Team | None]:
    """'team-east' or 'east' names a team; a survey id names a survey; else the default."""
    name = payload.strip().lower().removeprefix("team-").removeprefix("team_")
    team = config.team(name)
    if team:
        return config.survey_for_team(team), team
    return config.survey(name) or config.default_survey, None


def _replies_already_sent(session: Session, inbound: Inbound) -> list[Reply]:
    original = select(Message.id).where(
        Message.channel == inbound.channel, Message.external_id == inbound.external_id
    )
    rows = session.execute(
        select(Message.id, Message.body).where(Message.in_reply_to_id.in_(original)).order_by(Message.id)
    )
    return [Reply(body, message_id=id_) for id_, body in rows]


def log_outbound(
    session: Session,
    resident: Resident,
    channel: str,
    replies: list[Reply],
    now: datetime,
    in_reply_to: Message | None = None,
    conversation: Conversation | None = None,
    flush: bool = True,
) -> list[Message]:
    """Record what we are about to send; channels update the status as it travels.

    `flush=False` lets a caller logging many at once flush them together.
    """
    rows = [
        Message(
            resident_id=resident.id,
            conversation_id=conversation.id if conversation else None,
            channel=channel,
            direction="out",
            body=reply.text,
            status="queued",
            in_reply_to_id=in_reply_to.id if in_reply_to else None,
            created_at=now,
        )
        for reply in replies
    ]
    session.add_all(rows)
    if flush:
        session.flush()
    return rows
