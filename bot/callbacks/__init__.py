"""Callbacks: "would you like someone to contact you?" at the end of a survey, and staff replies.

- `offer.py`: the end-of-survey question (never / when_negative / always) and the YES or NO.
- `opening.py`: a YES opens a callback, due in working days (`working_days.py`), audited,
  and e-mailed to the team's inbox when configured (`mail.py`).
- `thread.py`: while a callback is open and no survey question waits, the resident's
  messages go to its thread (the engine still reads keywords first and screens every message).
- `replies.py`: a staff reply through the outbox (opt-outs, quiet hours, the team's name in
  front, WhatsApp's 24-hour window); `handling.py`: assign, notes, close with an outcome.
- `wording.py`: the resident-facing wording from config.yaml `callbacks`.

Imports the conversation, outreach and privacy packages, models and settings; never Flask.
The caller owns the session: nothing here commits.
"""
