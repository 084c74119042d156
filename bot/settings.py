"""Configuration from the environment, in one settings object."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def data_dir() -> Path:
    """The bot's folder in the user's data folder (XDG_DATA_HOME or ~/.local/share)."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "e1399-bot"


def default_database_url() -> str:
    """A SQLite file in the user's data folder."""
    return f"sqlite:///{data_dir() / 'e1399-bot.db'}"


def default_export_dir() -> Path:
    """Where the terminal chat saves exported outcomes: beside the database, never the folder
    the chat was started in (a clone of the repository under `make chat`)."""
    return data_dir() / "exports"


class Settings(BaseSettings):
    """Everything an operator can set; names match the contract's environment variables."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore", populate_by_name=True)

    database_url: str = Field(default_factory=default_database_url, alias="DATABASE_URL")
    slack_bot_token: str | None = Field(default=None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: str | None = Field(default=None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: str | None = Field(default=None, alias="SLACK_APP_TOKEN")
    slack_api_url: str = Field(default="https://slack.com/api/", alias="SLACK_API_URL")
    # Seconds to wait for the Web API. A timed-out call is not retried: Slack may have posted
    # the message already, and a second copy would answer twice.
    slack_api_timeout: float = Field(default=10, gt=0, le=60, alias="SLACK_API_TIMEOUT")
    content_dir: Path | None = Field(default=None, alias="E1399_CONTENT_DIR")
    export_dir: Path = Field(default_factory=default_export_dir, alias="E1399_EXPORT_DIR")
    log_level: str = Field(default="INFO", alias="LOG_LEVEL")
    # How long finished, cancelled and abandoned intakes are kept, and when to nudge once.
    retention_days: int = Field(default=30, ge=1, le=3650, alias="E1399_RETENTION_DAYS")
    reminder_hours: float = Field(default=24, gt=0, alias="E1399_REMINDER_HOURS")
    housekeeping_seconds: float = Field(default=600, gt=0, alias="E1399_HOUSEKEEPING_SECONDS")
    # Optional allow-list of channel ids (comma-separated) where the bot answers; empty: all.
    allowed_channels: str = Field(default="", alias="E1399_ALLOWED_CHANNELS")
    # Optional allow-list of user group ids (S...); needs the usergroups:read scope.
    allowed_usergroups: str = Field(default="", alias="E1399_ALLOWED_USERGROUPS")
    # Worker processes that run Slack turns off the request path; 0 runs them in-process.
    slack_workers: int = Field(default=1, ge=0, le=16, alias="E1399_SLACK_WORKERS")
    # How much lower the worker processes' CPU priority is than the server's (os.nice): turns
    # never delay an acknowledgement. 0 runs them at the server's priority, for a machine where
    # other busy programs would otherwise leave the workers little CPU.
    worker_niceness: int = Field(default=10, ge=0, le=19, alias="E1399_WORKER_NICENESS")
    # How long a worker's claim on a Slack job lasts unless renewed: after a crash, the job
    # is resumed (by any instance) this many seconds later at most.
    job_lease_seconds: float = Field(default=30, gt=0, le=600, alias="E1399_JOB_LEASE_SECONDS")
    # The team knowledge base (docs/team-kb.md): where unanswered questions go, who approves,
    # how long an approved answer stays trusted, and whether confirmed wordings are learned.
    experts_channel: str = Field(default="", alias="E1399_EXPERTS_CHANNEL")
    kb_leads: str = Field(default="", alias="E1399_KB_LEADS")
    kb_review_days: int = Field(default=180, ge=1, le=3650, alias="E1399_KB_REVIEW_DAYS")
    kb_learn_phrasings: bool = Field(default=True, alias="E1399_KB_LEARN_PHRASINGS")


OUR_LOGGERS = "e1399"


class WithholdLibraryText(logging.Filter):
    """Lets our own records through; other libraries' only from WARNING up, and without their
    text (uvicorn's own sentences excepted): Bolt, slack_sdk and uvicorn put request bodies,
    headers and API payloads in their messages (Bolt logs a rejected request's whole body)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == OUR_LOGGERS or record.name.startswith(OUR_LOGGERS + "."):
            return True
        if record.levelno < logging.WARNING:
            return False
        error = record.exc_info[1] if record.exc_info else None
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        if record.name.startswith("uvicorn") and error is None:
            return True  # the server's own fixed sentences ("address already in use")
        record.msg = "%s reported a problem (text withheld: it can quote a request)%s"
        record.args = (record.name, f" error={type(error).__name__}" if error else "")
        return True


def log_handler(handler: logging.Handler) -> logging.Handler:
    """`handler` (stderr's, or a file's) with the log's line format and WithholdLibraryText."""
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(WithholdLibraryText())
    return handler


def configure_logging(settings: Settings) -> None:
    """Ids and states only: our modules never log message text, other libraries' text is
    withheld (see WithholdLibraryText). Call quiet_libraries() again once the Slack app exists."""
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(log_handler(logging.StreamHandler()))
    root.setLevel(settings.log_level)
    quiet_libraries()


def quiet_libraries() -> None:
    """Sets every library logger that exists to WARNING. Bolt copies the root level onto the
    loggers it creates while the app is built, so this runs again after build_app."""
    for name, logger in list(logging.root.manager.loggerDict.items()):
        is_ours = name == OUR_LOGGERS or name.startswith(OUR_LOGGERS + ".")
        if isinstance(logger, logging.Logger) and not is_ours:
            logger.setLevel(max(logger.level, logging.WARNING))


def log_failure(logger: logging.Logger, what: str, **ids: object) -> None:
    """Logs the exception being handled by its type and code path only: exception messages can
    quote user input (validation errors do), and logs never hold message text."""
    error_type, _error, trace = sys.exc_info()
    where = "".join(traceback.format_tb(trace)) if trace else ""
    fields = " ".join(f"{name}={value}" for name, value in ids.items())
    logger.error("%s %s error=%s\n%s", what, fields, getattr(error_type, "__name__", "?"), where)
