"""Channels: adapters that turn a provider's events into Inbound and deliver Replies."""
