"""Opening the database for a command: a database that is not there, refuses the login or cannot
be written is one line on stderr (exit 1) for every command, never a traceback or the password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.cli_error import CliError
from bot.settings import Settings

if TYPE_CHECKING:  # the database layer (SQLAlchemy) is imported by the commands that open one
    from bot.store import SqlStore


def opened_store(settings: Settings, *, writable: bool = False) -> SqlStore:
    """The store at DATABASE_URL (its tables made if new), or a one-line reason why not;
    `writable`: also a reason when nothing can be written (read-only volume, full disk)."""
    from sqlalchemy.exc import ArgumentError, DBAPIError

    from bot.store import SqlStore, StoreUnavailable, database_reason

    try:
        store = SqlStore.from_url(settings.database_url)
        if writable:
            store.check_writable()
    except StoreUnavailable as error:
        raise _problem(settings, "database_not_writable", str(error)) from None
    except DBAPIError as error:  # not there, login refused, not a database file...
        raise _problem(settings, "database_not_opened", database_reason(error)) from None
    except OSError as error:  # SQLite: the file's folder cannot be made
        where = f" ({error.filename})" if error.filename else ""
        raise _problem(settings, "database_file_not_made", f"{error.strerror}{where}") from None
    except (ArgumentError, ValueError) as error:  # a port that is not a number, say
        raise _problem(settings, "database_url_unreadable", str(error)) from None
    return store


def writable_store(settings: Settings) -> SqlStore:
    """The store, or a one-line reason why it cannot be opened or written."""
    return opened_store(settings, writable=True)


def _problem(settings: Settings, key: str, reason: str) -> CliError:
    """The reason in the bot's words, with the URL's password blanked should a driver quote it."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from flows.content import default_content_dir
    from flows.messages import Messages

    try:
        password = make_url(settings.database_url).password
    except (ArgumentError, ValueError):
        password = None
    if password:
        reason = reason.replace(str(password), "***")
    words = Messages.load(settings.content_dir or default_content_dir())
    return CliError(words.text(key, reason=reason.strip()[:300]))
