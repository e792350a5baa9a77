"""The services: everything Heard does with residents and their words, without HTTP.

    conversation/  the engine (inbound message + session → replies) and reply parsing
    channels/      adapters: Twilio SMS/WhatsApp, Telegram, console, web simulator
    outreach/      messages Heard starts: invitations, reminders, outbox, pacing, quiet hours
    safeguarding/  the risk screen, alerts and what staff do with them
    insights/      sentiment and themes of free text
    privacy/       log redaction, retention, erasure, subject access
    text/          text machinery shared by the trained models

Imports go one way: `web → bot → models → settings`; nothing here imports Flask.
"""
