"""The data: a module per table, sessions, bulk writes; `reports/` holds the queries that summarise."""

from models.alert import Alert, AlertEvent
from models.answer_theme import AnswerTheme
from models.api_token import ApiToken, ApiTokenScope, ApiTokenTeam
from models.audit import AuditEntry
from models.base import Base
from models.callback import Callback, CallbackMessage
from models.comment_tallies import CommentRollup, CommentTally
from models.conversation import Answer, Conversation
from models.local_days import LocalDayOffset
from models.message import Message
from models.outreach import OutboxMessage, OutreachMessage, ServiceContact
from models.pending_upload import PendingUpload
from models.resident import ConsentEvent, Resident
from models.screen_feedback import ScreenFeedback
from models.send_slot import SendSlot
from models.sign_in import SignInAttempt
from models.tallies import AnswerRollup, AnswerTally
from models.user import User, UserTeam
from models.you_said_we_did import YouSaidWeDid
from models.you_said_we_did_register import RegisterEntry

__all__ = [
    "Alert",
    "AlertEvent",
    "AuditEntry",
    "Answer",
    "AnswerTheme",
    "AnswerRollup",
    "AnswerTally",
    "ApiToken",
    "ApiTokenScope",
    "ApiTokenTeam",
    "Base",
    "Callback",
    "CallbackMessage",
    "CommentRollup",
    "CommentTally",
    "ConsentEvent",
    "Resident",
    "Conversation",
    "ServiceContact",
    "LocalDayOffset",
    "Message",
    "OutboxMessage",
    "PendingUpload",
    "OutreachMessage",
    "RegisterEntry",
    "ScreenFeedback",
    "SendSlot",
    "SignInAttempt",
    "User",
    "UserTeam",
    "YouSaidWeDid",
]
