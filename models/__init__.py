"""The data: schema, database sessions and the queries that summarise answers."""

from models.answer_theme import AnswerTheme
from models.api_token import ApiToken
from models.base import Base
from models.contact import ConsentEvent, Contact
from models.conversation import Answer, Conversation
from models.message import Message
from models.user import User, UserTeam

__all__ = [
    "Answer",
    "AnswerTheme",
    "ApiToken",
    "Base",
    "ConsentEvent",
    "Contact",
    "Conversation",
    "Message",
    "User",
    "UserTeam",
]
