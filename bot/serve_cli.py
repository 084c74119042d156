"""`e1399-bot serve`: run the bot in Slack (Socket Mode or HTTP), refusing to start with a
one-line reason when the settings or the database will not work."""

from __future__ import annotations

import argparse
import logging
import socket
import threading

from bot.cli_error import CliError
from bot.settings import Settings, padded_credentials
from bot.store_opening import writable_store  # also the CLI's, for `purge`

log = logging.getLogger("e1399.serve")


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    """`serve`: checks the settings and the database, then answers Slack until stopped."""
    socket_mode = args.socket or (bool(settings.slack_app_token) and not args.http)
    serve(settings, socket_mode=socket_mode, host=args.host, port=args.port)
    return 0


def serve(
    settings: Settings,
    *,
    socket_mode: bool = False,
    host: str = "127.0.0.1",
    port: int = 3000,
    stop: threading.Event | None = None,
) -> None:
    """Checks the settings and the database, then answers Slack until Ctrl-C, or over HTTP
    until `stop` is set (the tests run servers in a thread of their own process)."""
    from bot.housekeeping import start_housekeeping
    from bot.slack.app import SlackNotConfigured, build_app, check_configured
    from bot.slack.workers import Workers
    from flows.content import default_content_dir
    from flows.messages import Messages

    words = Messages.load(settings.content_dir or default_content_dir())
    if socket_mode and not settings.slack_app_token:
        both = not settings.slack_bot_token  # each setting missing is named at once
        key = "socket_mode_needs_both_tokens" if both else "socket_mode_needs_app_token"
        raise CliError(words.text(key))
    if socket_mode and not (settings.slack_app_token or "").startswith("xapp-"):
        raise CliError(
            "SLACK_APP_TOKEN must be an app-level token (xapp-..., Basic Information > App-Level "
            "Tokens, with connections:write); the bot token (xoxb-...) goes in SLACK_BOT_TOKEN"
        )
    for variable in padded_credentials():
        log.warning("%s had spaces or a line break around it; they were removed", variable)
    try:
        check_configured(settings, socket_mode)
    except SlackNotConfigured as error:
        raise CliError(str(error)) from error
    store = writable_store(settings)
    try:
        # Listeners record into the workers' inbox once requests arrive, after this returns.
        app = build_app(settings, lambda kind, body: workers.record(kind, body),
                        socket_mode=socket_mode)  # fmt: skip
    except Exception as error:  # Bolt checks the token with Slack here (auth.test)
        first_line = (str(error).strip().splitlines() or [type(error).__name__])[0][:200]
        raise CliError(
            f"could not check SLACK_BOT_TOKEN with Slack ({first_line}); check the token and "
            "SLACK_API_URL"
        ) from error
    workers = Workers(settings)  # worker processes start only once the token is known good
    housekeeping = start_housekeeping(
        store,
        settings,
        words,
        app.client,
        tick=lambda: workers.record("kb_tick", {}),
    )
    try:
        if socket_mode:
            from bot.slack.server import serve_socket_mode

            print("Serving Slack in Socket Mode (no public URL needed). Ctrl-C stops.", flush=True)
            from slack_sdk.errors import SlackApiError

            from bot.slack.refused import Refusal

            try:
                serve_socket_mode(app, settings.slack_app_token or "")
            except SlackApiError as error:
                code = Refusal.of(error).code
                raise CliError(
                    f"SLACK_APP_TOKEN was refused by Slack ({code}): generate an app-level "
                    "token (xapp-...) with connections:write"
                ) from None
        else:
            from bot.slack.server import serve_http

            listener = listening_socket(host, port)
            port = listener.getsockname()[1]  # the one the system chose for --port 0
            print(
                f"Serving Slack over HTTP on {host}:{port} (POST /slack/events, "
                "GET /healthz). Ctrl-C stops.",
                flush=True,
            )
            serve_http(app, settings.slack_signing_secret or "", listener, stop, workers.health)
    finally:
        housekeeping.set()
        workers.stop()


def port_number(text: str) -> int:
    """--port: a TCP port (0 lets the system pick a free one)."""
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError("--port must be a whole number from 0 to 65535")
    return int(text)


def listening_socket(host: str, port: int) -> socket.socket:
    """The HTTP port, bound before the server says it serves on it: a port in use or an address
    this machine does not have is a one-line reason (exit 1), not a log line after the banner."""
    try:
        family, kind, protocol, _name, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        listener = socket.socket(family, kind, protocol)
    except OSError as error:
        raise CliError(f"cannot listen on {host}:{port}: {error.strerror}") from None
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(address)
    except OSError as error:
        listener.close()
        raise CliError(f"cannot listen on {host}:{port}: {error.strerror}") from None
    return listener
