"""The data: schema, database sessions and the queries that summarise answers."""

from models.api_token import ApiToken
from models.base import Base
from models.contact import ConsentEvent, Contact
from models.conversation import Answer, Conversation
from models.message import Message
from models.prompt import FollowUp, OutboxMessage, Prompt
from models.user import User, UserTeam

__all__ = [
    "Answer",
    "ApiToken",
    "Base",
    "ConsentEvent",
    "Contact",
    "Conversation",
    "FollowUp",
    "Message",
    "OutboxMessage",
    "Prompt",
    "User",
    "UserTeam",
]
