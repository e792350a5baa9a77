"""Local fake servers for the providers Heard talks to (no network beyond 127.0.0.1)."""
