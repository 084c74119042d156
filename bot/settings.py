"""Configuration from the environment, in one settings object."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_database_url() -> str:
    """A SQLite file in the user's data folder (XDG_DATA_HOME or ~/.local/share)."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{base / 'e1399-bot' / 'e1399-bot.db'}"


class Settings(BaseSettings):
    """Everything an operator can set; names match the contract's environment variables."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore", populate_by_name=True)

    database_url: str = Field(default_factory=default_database_url, alias="DATABASE_URL")
    slack_bot_token: str | None = Field(default=None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: str | None = Field(default=None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: str | None = Field(default=None, alias="SLACK_APP_TOKEN")
    slack_api_url: str = Field(default="https://slack.com/api/", alias="SLACK_API_URL")
    content_dir: Path | None = Field(default=None, alias="E1399_CONTENT_DIR")
    log_level: str = Field(default="INFO", alias="LOG_LEVEL")
    # Worker processes that run Slack turns off the request path; 0 runs them in-process.
    slack_workers: int = Field(default=1, ge=0, le=16, alias="E1399_SLACK_WORKERS")
