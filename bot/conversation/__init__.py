"""The conversation: the engine that decides what to say, and how a reply becomes an answer.

Pure Python over a database session: no Flask, Twilio or Telegram here. May import
`bot.safeguarding`, `bot.insights`, `models` and `settings`; channels call in, never the reverse.
"""
