"""Insights: what free text says — sentiment, themes — for comments, the dashboard and exports.

Imports models and settings; never Flask.
"""
