"""Reports: the read-only queries that summarise — dashboard, API, exports, comments, alerts, outreach.

Imports the tables in `models` and `settings`; never writes.
"""
