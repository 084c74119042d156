"""The Slack app manifest an admin pastes into api.slack.com to create the app."""

from __future__ import annotations

from urllib.parse import urlsplit

import yaml

from bot.slack.listeners import SHORTCUT_CALLBACK, SLASH_COMMAND
from bot.slack.server import EVENTS_PATH

# The minimum the bot needs, each for one reason (the README lists them).
BOT_SCOPES = [
    "app_mentions:read",  # answer @mentions in channels, in the message's thread
    "chat:write",  # post answers, questions and outcomes
    "commands",  # the /e1399 slash command and the message shortcut
    "im:history",  # read the direct messages users send the bot
    "im:write",  # open a DM to run an intake started from the slash command or App Home
]
# app_uninstalled and tokens_revoked need no scope: subscribed so the admin's log says when the
# app was removed (bot/slack/listeners.py, docs/security.md).
BOT_EVENTS = ["app_home_opened", "app_mention", "message.im", "app_uninstalled", "tokens_revoked"]


class ManifestUrlError(ValueError):
    """The --url cannot be the address Slack posts events to."""


def events_url(base_url: str) -> str:
    """The request URL for Slack: base URL plus /slack/events, whichever of the two was given."""
    url = base_url.strip().rstrip("/")
    parts = urlsplit(url)
    # Slack delivers events and interactions only to HTTPS request URLs.
    if parts.scheme.lower() != "https" or not parts.hostname:
        raise ManifestUrlError(
            f"--url must be the public https:// address of e1399-bot serve, not {base_url!r}"
        )
    if parts.query or parts.fragment:
        raise ManifestUrlError(f"--url must be a plain https:// address, not {base_url!r}")
    # An admin often pastes the full endpoint; adding the path again would make Slack hit a 404.
    if url.endswith(EVENTS_PATH):
        url = url[: -len(EVENTS_PATH)].rstrip("/")
    return f"{url}{EVENTS_PATH}"


def manifest(
    base_url: str | None = None, socket_mode: bool = False, usergroups: bool = False
) -> str:
    """YAML manifest; HTTP mode needs the public base URL of `e1399-bot serve`."""
    url = "" if socket_mode else events_url(base_url or "https://YOUR-HOST.example.com")
    with_url = {} if socket_mode else {"request_url": url}
    document = {
        "display_information": {
            "name": "E1399 Bot",
            "description": "E1399 / NOC DME billing answers, code checks and claim intakes",
            "background_color": "#1d4f91",
        },
        "features": {
            "app_home": {
                "home_tab_enabled": True,
                "messages_tab_enabled": True,
                "messages_tab_read_only_enabled": False,
            },
            "bot_user": {"display_name": "E1399 Bot", "always_online": True},
            "slash_commands": [
                {
                    "command": SLASH_COMMAND,
                    "description": "E1399 help, answers, code checks and intakes",
                    "usage_hint": "help | ask QUESTION | intake | codes ITEM | status",
                    "should_escape": False,
                    **({} if socket_mode else {"url": url}),
                }
            ],
            "shortcuts": [
                {
                    "name": "Ask the E1399 bot",
                    "type": "message",
                    "callback_id": SHORTCUT_CALLBACK,
                    "description": "Answer this message's question privately",
                }
            ],
        },
        # usergroups:read only when E1399_ALLOWED_USERGROUPS limits who may use the bot.
        "oauth_config": {
            "scopes": {"bot": BOT_SCOPES + (["usergroups:read"] if usergroups else [])}
        },
        "settings": {
            "event_subscriptions": {**with_url, "bot_events": BOT_EVENTS},
            "interactivity": {"is_enabled": True, **with_url},
            "org_deploy_enabled": False,
            "socket_mode_enabled": socket_mode,
            "token_rotation_enabled": False,
        },
    }
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
