"""Safeguarding: screening residents' words for risk, raising alerts, handling them, mailing the duty inbox.

Imports models and settings (bot.text for the trained screen, bot.privacy to reveal a resident's
details); never Flask.
"""
