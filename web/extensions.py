"""What every request, command and job shares: the config, environment and database."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app

from models.db import Database
from settings import Config, Environment


@dataclass
class Heard:
    config: Config
    env: Environment
    db: Database


def heard() -> Heard:
    """The running app's Heard state (inside a request or app context)."""
    return current_app.extensions["heard"]
