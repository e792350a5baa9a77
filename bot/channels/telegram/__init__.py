"""Telegram: PTB handlers, sending, flood limits, the event loop and deep links.

Imports the conversation engine and models; never Flask (web/webhooks/telegram.py holds the route).
"""
