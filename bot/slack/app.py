"""Builds the Bolt app and its Web API client from settings."""

from __future__ import annotations

import logging
import re

from slack_bolt import App
from slack_sdk import WebClient

from bot.settings import Settings, quiet_libraries
from bot.slack.limits import rate_limited
from bot.slack.listeners import Record, register
from bot.slack.payloads import id_set
from bot.slack.usergroups import GroupMembers
from bot.slack.workspace import serve_own_workspace
from flows.content import default_content_dir
from flows.messages import Messages

# Slack's signing secrets are 32 hex characters; anything shorter or not hex was pasted from the
# wrong field (or typed as a placeholder), and every request would be refused as unsigned.
SIGNING_SECRET_SHAPE = re.compile(r"[0-9a-fA-F]{32,}")


class SlackNotConfigured(Exception):
    """A Slack variable the chosen mode needs is not set."""


def web_client(settings: Settings) -> WebClient:
    """The Web API client (base URL from SLACK_API_URL). It retries nothing itself: a retry that
    sleeps in place would hold up every other conversation, so the workers decide (see
    bot/slack/workers.py)."""
    return WebClient(
        token=settings.slack_bot_token,
        base_url=settings.slack_api_url,
        timeout=int(max(1, settings.slack_api_timeout)),
        retry_handlers=[],
    )


def check_configured(settings: Settings, socket_mode: bool) -> None:
    if not settings.slack_bot_token:
        raise SlackNotConfigured("SLACK_BOT_TOKEN is not set (xoxb-...; see README)")
    if socket_mode:
        return
    if not settings.slack_signing_secret:
        raise SlackNotConfigured("SLACK_SIGNING_SECRET is not set (see README)")
    if not SIGNING_SECRET_SHAPE.fullmatch(settings.slack_signing_secret):
        raise SlackNotConfigured(
            "SLACK_SIGNING_SECRET does not look like a Slack signing secret (32 hex characters: "
            "the app's Basic Information > App Credentials > Signing Secret)"
        )


def build_app(settings: Settings, record: Record, *, socket_mode: bool = False) -> App:
    """The Bolt app with every listener registered.

    Listeners run before the acknowledgement is sent (process_before_response): each only
    records its payload in the inbox (one short insert), so what Slack sees acknowledged is
    stored, and the turn runs in a worker afterwards.
    """
    check_configured(settings, socket_mode)
    # Bolt's middleware loggers copy this one's level: below ERROR nothing of Bolt's reaches the
    # log (its warnings quote requests, and it warns that SLACK_BOT_TOKEN is read from the
    # environment as well as from the client).
    bolt_logger = logging.getLogger("slack_bolt.e1399")
    bolt_logger.setLevel(logging.ERROR)
    app = App(  # the token travels with the client
        name="e1399-bot",  # else Bolt reads its caller's source files to name itself
        signing_secret=settings.slack_signing_secret or "unused-in-socket-mode",
        logger=bolt_logger,
        client=web_client(settings),
        process_before_response=True,
        request_verification_enabled=not socket_mode,
    )
    words = Messages.load(settings.content_dir or default_content_dir())
    serve_own_workspace(app, words.text("workspace_not_served"))
    record = rate_limited(record, settings.user_messages_per_minute)
    register(app, record, GroupMembers(app.client, id_set(settings.allowed_usergroups)), words)
    quiet_libraries()  # Bolt gave the loggers it just made the root's level
    return app
