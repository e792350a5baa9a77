"""Safeguarding: screening residents' words for risk, raising alerts, handling them, mailing the duty inbox.

Imports models and settings (and bot.text for the trained screen); never Flask.
"""
