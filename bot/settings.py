"""Configuration from the environment, in one settings object."""

from __future__ import annotations

import logging
import os
import re
import sys
import traceback
from pathlib import Path

from pydantic import Field, ValidationError, field_validator
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


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# Slack ids by kind, with where an admin finds each (a name or an e-mail is not an id).
SLACK_IDS = {
    "channel": (re.compile(r"^[CG][A-Z0-9]{2,}$"), "C0123ABCD, from the channel's About tab"),
    "group": (re.compile(r"^S[A-Z0-9]{2,}$"), "S0123ABCD, from the group's page"),
    "user or group": (
        re.compile(r"^[UWS][A-Z0-9]{2,}$"),
        "U0123ABCD from the person's profile (Copy member ID), or a group's S0123ABCD",
    ),
}


def _slack_ids(kind: str, value: str) -> str:
    """A comma-separated list of Slack ids of one kind; a name or handle is refused by name."""
    pattern, where = SLACK_IDS[kind]
    for item in (part.strip() for part in value.split(",")):
        if item and not pattern.match(item):
            raise ValueError(f"{item!r} is not a Slack {kind} id; use its id ({where})")
    return value


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
    # Payloads one person may send a minute (messages, clicks, commands); beyond it they are
    # told once to wait and the rest are not answered. 0: no limit.
    user_messages_per_minute: int = Field(
        default=30, ge=0, le=10_000, alias="E1399_USER_MESSAGES_PER_MINUTE"
    )
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
    # Unanswered questions one person may have posted to the experts channel an hour; more wait
    # (listed by `kb unanswered`) until the hour has passed. 0: no cap.
    kb_posts_per_user_per_hour: int = Field(
        default=5, ge=0, le=1000, alias="E1399_KB_POSTS_PER_USER_PER_HOUR"
    )
    kb_review_days: int = Field(default=180, ge=1, le=3650, alias="E1399_KB_REVIEW_DAYS")
    kb_learn_phrasings: bool = Field(default=True, alias="E1399_KB_LEARN_PHRASINGS")

    @field_validator("slack_bot_token", "slack_signing_secret", "slack_app_token")
    @classmethod
    def _credential(cls, value: str | None) -> str | None:
        # Slack's credentials never hold whitespace; a pasted one often ends in a line break.
        return value.strip() if value else value

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        if value.strip().upper() not in LOG_LEVELS:
            raise ValueError(f"must be one of {', '.join(LOG_LEVELS)}")
        return value.strip().upper()

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        value = value.strip()
        for short in ("postgres://", "postgresql://"):  # Heroku's and RDS's spelling
            if value.startswith(short):
                return "postgresql+psycopg://" + value.removeprefix(short)
        if not value.startswith(("sqlite:///", "postgresql+psycopg://")):
            raise ValueError("must start with sqlite:/// or postgresql+psycopg://")
        return value

    @field_validator("allowed_channels", "experts_channel")
    @classmethod
    def _channel_ids(cls, value: str) -> str:
        return _slack_ids("channel", value)

    @field_validator("allowed_usergroups")
    @classmethod
    def _group_ids(cls, value: str) -> str:
        return _slack_ids("group", value)

    @field_validator("kb_leads")
    @classmethod
    def _lead_ids(cls, value: str) -> str:
        return _slack_ids("user or group", value)


def settings_from_environment() -> Settings:
    """The settings, or a SettingsProblem naming each bad variable (never its value: it may be
    a secret or a password)."""
    try:
        return Settings()
    except ValidationError as error:
        problems = []
        for item in error.errors():
            variable = ".".join(str(part) for part in item["loc"])
            message = item["msg"].removeprefix("Value error, ")
            problems.append(f"{variable}: {message}")
        raise SettingsProblem("; ".join(problems)) from None


class SettingsProblem(Exception):
    """An environment variable holds a value the bot cannot use."""


CREDENTIALS = ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN")


def padded_credentials() -> list[str]:
    """Credentials set with spaces or a line break around them (removed; worth a warning)."""
    return [name for name in CREDENTIALS
            if (raw := os.environ.get(name)) and raw != raw.strip()]  # fmt: skip


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
