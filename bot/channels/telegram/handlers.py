"""The Telegram channel: PTB handlers that turn updates into Inbound and deliver the engine's replies.

Survey state lives in the engine's tables, never in PTB (no ConversationHandler,
no user_data): a handler translates the update, runs `bot.conversation.engine.handle` in a
database transaction on a worker thread, and sends what comes back. Replies
with options get one-tap buttons; a tap is answered like a typed reply.

    application = build_application(env, config, db, secret_key)
    application.run_polling()            # or: telegram_runner.PollingThread / WebhookRunner

Only private chats are served; groups and channel posts are ignored.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import StatementError
from telegram import Bot, BotCommand, Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, Forbidden
from telegram.ext import (
    Application,
    BaseRateLimiter,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.channels.telegram.limits import ChatRateLimiter
from bot.channels.telegram.send import CHANNEL, file_base_url, keyboard, parse_tap
from bot.conversation import progress, residents
from bot.conversation.engine import handle
from bot.conversation.messages import Inbound, Reply
from bot.conversation.surveys import pick_language
from bot.privacy.redaction import address_hash
from models import Message as StoredMessage
from models.base import utcnow
from models.db import Database
from settings import Config, Environment

log = logging.getLogger(__name__)

PRIVATE = filters.ChatType.PRIVATE
START_PAYLOAD = re.compile(r"^/start(?:@\w+)?\s+(\S+)\s*$", re.IGNORECASE)
# The updates we ask Telegram for; anything else is never fetched.
ALLOWED_UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER]


@dataclass(frozen=True)
class Tapped:
    """What a button tap led to: replies to send, or a notice that the button is stale."""

    accepted: bool
    replies: list[Reply]
    notice: str | None = None


class TelegramHandlers:
    """The bot's handlers, bound to the database and config they work with."""

    def __init__(self, db: Database, config: Config, secret_key: str) -> None:
        self.db = db
        self.config = config
        self.secret_key = secret_key

    # --- PTB handlers ---
    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A resident's text or command in a private chat: answer it through the engine."""
        message, chat = update.effective_message, update.effective_chat
        assert message is not None and chat is not None  # the handler's filters pass only chat messages
        replies = await asyncio.to_thread(self._engine_turn, self._inbound(update, message.text or ""))
        await self._deliver(context, chat.id, replies, update)

    async def on_media(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A photo, sticker, voice note...: the engine answers politely and repeats the question."""
        message, chat = update.effective_message, update.effective_chat
        assert message is not None and chat is not None  # the handler's filters pass only chat messages
        text = message.caption or ""
        replies = await asyncio.to_thread(self._engine_turn, self._inbound(update, text, has_media=True))
        await self._deliver(context, chat.id, replies, update)

    async def on_tap(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A button tap: answer the query, show the choice without buttons, send what comes next."""
        query = update.callback_query
        assert query is not None  # a CallbackQueryHandler's update always has one
        chat = update.effective_chat
        if chat is None or chat.type != ChatType.PRIVATE:
            await _quietly(query.answer())
            return
        question_id, text = parse_tap(query.data or "")
        try:
            tapped = await asyncio.to_thread(self._tap_turn, self._inbound(update, text), question_id)
        except Exception:
            await _quietly(query.answer())  # never leave the resident's button spinning
            raise
        await _quietly(query.answer(tapped.notice))
        if isinstance(query.message, Message) and not await self._edit_tapped(
            query.message, query.data, tapped
        ):
            return  # the resident blocked the bot meanwhile
        await self._deliver(context, chat.id, tapped.replies, update)

    async def on_edited(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An edited message cannot change an answer: say so, once, in the resident's language."""
        assert update.effective_chat is not None  # an edited message is in a chat
        chat_id = update.effective_chat.id
        language = await asyncio.to_thread(self._language, chat_id, _language_code(update))
        await self._deliver(context, chat_id, [Reply(self.config.messages[language].edited_message)])

    async def on_member(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The resident blocked the bot: record the opt-out before any send fails."""
        change = update.my_chat_member
        assert change is not None  # a ChatMemberHandler's update always has one
        if change.new_chat_member.status == ChatMemberStatus.BANNED:
            await asyncio.to_thread(self._record_blocked, change.chat.id)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log a failed update with a hashed chat id, never the id itself."""
        chat = update.effective_chat if isinstance(update, Update) else None
        who = address_hash(chat.id, self.secret_key) if chat else "-"
        update_id = update.update_id if isinstance(update, Update) else "-"
        error = context.error
        if isinstance(error, StatementError):
            # SQLAlchemy quotes the statement's parameters, and those hold the chat id.
            cause = type(error.orig).__name__ if error.orig else type(error).__name__
            log.error("Telegram update %s from %s failed in the database: %s", update_id, who, cause)
            return
        log.error("Telegram update %s from %s failed", update_id, who, exc_info=error)

    # --- sync work, run on a worker thread ---
    def _engine_turn(self, inbound: Inbound) -> list[Reply]:
        with self.db.begin() as session:
            return handle(session, self.config, inbound)

    def _tap_turn(self, inbound: Inbound, question_id: str | None) -> Tapped:
        """Feed the tap to the engine, unless its question is no longer the one being asked."""
        with self.db.begin() as session:
            resident = residents.find_resident(session, CHANNEL, inbound.address)
            conversation = resident and progress.open_conversation(session, resident)
            if question_id and (not conversation or conversation.current_question != question_id):
                language = pick_language(
                    self.config, resident.language if resident else None, inbound.language_hint
                )
                return Tapped(False, [], self.config.messages[language].button_expired)
            return Tapped(True, handle(session, self.config, inbound))

    def _language(self, chat_id: int, language_code: str | None) -> str:
        with self.db.begin() as session:
            resident = residents.find_resident(session, CHANNEL, str(chat_id))
            return pick_language(self.config, resident.language if resident else None, language_code)

    def _record_blocked(self, chat_id: int) -> None:
        with self.db.begin() as session:
            resident = residents.find_resident(session, CHANNEL, str(chat_id))
            if resident and residents.opt_out(session, resident, CHANNEL, "blocked", utcnow()):
                log.info("Telegram %s blocked the bot: opted out", address_hash(chat_id, self.secret_key))

    # --- delivery ---
    async def _deliver(
        self,
        context: ContextTypes.DEFAULT_TYPE,
        chat_id: int,
        replies: list[Reply],
        update: Update | None = None,
    ) -> None:
        """Send replies in order; a block (403) opts the resident out and ends the sending."""
        sent = 0
        try:
            for reply in replies:
                try:
                    await context.bot.send_message(chat_id, reply.text, reply_markup=keyboard(reply))
                except Forbidden:
                    await asyncio.to_thread(self._record_blocked, chat_id)
                    return
                sent += 1
        finally:
            if update is not None and replies:
                await asyncio.to_thread(self._record_delivery, str(update.update_id), sent)

    def _record_delivery(self, external_id: str, sent: int) -> None:
        """Mark the logged replies to this update: the first `sent` went out, the rest failed."""
        with self.db.begin() as session:
            inbound = select(StoredMessage.id).where(
                StoredMessage.channel == CHANNEL, StoredMessage.external_id == external_id
            )
            rows = session.scalars(
                select(StoredMessage)
                .where(StoredMessage.in_reply_to_id.in_(inbound))
                .order_by(StoredMessage.id)
            ).all()
            for position, row in enumerate(rows):
                if position < sent and row.status in ("queued", "failed"):
                    row.status = "sent"
                elif position >= sent and row.status == "queued":
                    row.status = "failed"

    async def _edit_tapped(self, message: Message, data: str | None, tapped: Tapped) -> bool:
        """Replace the buttons with the choice made (or just drop stale ones); False if blocked."""
        try:
            if tapped.accepted:
                await message.edit_text(f"{message.text}\n\n✅ {_label(message, data)}")
            else:
                await message.edit_reply_markup(None)
        except Forbidden:
            await asyncio.to_thread(self._record_blocked, message.chat.id)
            return False
        except BadRequest as error:  # e.g. "message is not modified" after a double tap
            log.info("Telegram could not edit a tapped message: %s", error.message)
        return True

    def _inbound(self, update: Update, text: str, has_media: bool = False) -> Inbound:
        assert update.effective_chat is not None  # every handler that calls this has a chat
        start = START_PAYLOAD.match(text)
        return Inbound(
            channel=CHANNEL,
            address=str(update.effective_chat.id),
            text=text,
            received_at=utcnow(),
            external_id=str(update.update_id),  # a re-delivered update is stored once
            payload=start.group(1) if start else None,
            language_hint=_language_code(update),
            has_media=has_media,
        )


def _language_code(update: Update) -> str | None:
    return update.effective_user.language_code if update.effective_user else None


def _label(message: Message, data: str | None) -> str:
    """The text of the tapped button, found in the message's own keyboard."""
    markup = message.reply_markup
    buttons = [b for row in (markup.inline_keyboard if markup else ()) for b in row]
    return next((b.text for b in buttons if b.callback_data == data), parse_tap(data or "")[1])


async def _quietly(awaitable) -> None:
    """Answer a callback query, best effort: a query too old to answer is not an error."""
    try:
        await awaitable
    except Exception as error:  # noqa: BLE001
        log.info("Could not answer a callback query: %s", type(error).__name__)


async def set_commands(bot: Bot, config: Config) -> None:
    """Publish /start, /help, /skip, /stop in every language we offer (setMyCommands)."""
    default = config.organisation.default_language
    for language in config.organisation.languages:
        words = config.messages[language]
        commands = [
            BotCommand("start", words.command_start),
            BotCommand("help", words.command_help),
            BotCommand("skip", words.command_skip),
            BotCommand("stop", words.command_stop),
        ]
        await bot.set_my_commands(commands, language_code=None if language == default else language)


async def register_commands(application: Application) -> None:
    """post_init: publish the commands as the bot starts."""
    await set_commands(application.bot, application.bot_data["config"])


def build_application(
    env: Environment,
    config: Config,
    db: Database,
    secret_key: str,
    rate_limiter: BaseRateLimiter | None = None,
) -> Application:
    """The PTB Application for our token and API server, with every handler attached."""
    assert env.telegram_bot_token, "TELEGRAM_BOT_TOKEN is not set"
    # httpx logs every request URL at INFO, and the URL holds the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    application = (
        Application.builder()
        .token(env.telegram_bot_token)
        .base_url(env.telegram_api_base_url)
        .base_file_url(file_base_url(env.telegram_api_base_url))
        .rate_limiter(rate_limiter or ChatRateLimiter(config.channels.telegram.rate_per_second))
        .post_init(register_commands)
        .build()
    )
    application.bot_data["config"] = config
    handlers = TelegramHandlers(db, config, secret_key)
    message = filters.UpdateType.MESSAGE & PRIVATE
    application.add_handler(MessageHandler(message & filters.TEXT, handlers.on_text))
    application.add_handler(MessageHandler(message & ~filters.TEXT, handlers.on_media))
    application.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE & PRIVATE, handlers.on_edited))
    application.add_handler(CallbackQueryHandler(handlers.on_tap))
    application.add_handler(ChatMemberHandler(handlers.on_member, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_error_handler(handlers.on_error)
    return application
