"""The data: schema, database sessions and the queries that summarise answers."""

from models.api_token import ApiToken, ApiTokenTeam
from models.base import Base
from models.contact import ConsentEvent, Contact
from models.conversation import Answer, Conversation
from models.message import Message
from models.sign_in import SignInAttempt
from models.tallies import AnswerTally
from models.user import User, UserTeam

__all__ = [
    "Answer",
    "AnswerTally",
    "ApiToken",
    "ApiTokenTeam",
    "Base",
    "ConsentEvent",
    "Contact",
    "Conversation",
    "Message",
    "SignInAttempt",
    "User",
    "UserTeam",
]
