"""What in a Slack payload a person typed or could forge, for the PHI guard to check."""

from __future__ import annotations

from typing import Any


def typed_text(body: dict[str, Any]) -> list[str]:
    """Message and command text, shared files (name, preview), attached or forwarded messages,
    button and menu values and labels, and form inputs: every string of a payload that came
    from a person rather than from Slack."""
    return [*read_text(body), *unread_text(body)]


def unread_text(body: dict[str, Any]) -> list[str]:
    """What a person sent beside what the bot reads (an edit's new text, files, attachments and
    forwarded messages): checked for identifiers, never stored (payloads.UNREAD)."""
    event, message = body.get("event") or {}, body.get("message") or {}
    texts = [event.get("edited_text")]
    for beside in (event, message):  # what Slack shows with a message is typed text too
        texts += _words_in(beside.get("attachments"))
        for shared in beside.get("files") or []:  # a name can be "Jones_Mary_DOB_3-14-50.pdf"
            texts += [str(shared.get(k) or "").replace("_", " ") for k in ("name", "title")]
            texts += _words_in(shared)
    return [text for text in texts if isinstance(text, str) and text]


def read_text(body: dict[str, Any]) -> list[str]:
    """What a person typed that the bot stores and reads: message and command text, a
    shortcut's message, button and menu values and labels, form inputs."""
    event = body.get("event") or {}
    texts = [event.get("text"), body.get("text")]
    if body.get("command") and isinstance(body.get("text"), str):
        # "/e1399 ask Mr. Jones": the bot reads the words after the verb, which the guard
        # would otherwise take for talk of a colleague ("ask Mr. Jones in billing").
        texts.append(body["text"].strip().partition(" ")[2])
    message = body.get("message") or {}
    if body.get("type") == "message_action":  # the shortcut answers someone's message
        texts.append(message.get("text"))
    for action in body.get("actions") or []:
        texts += [action.get("value"), (action.get("text") or {}).get("text")]
        texts += _option_text(action.get("selected_option"))
    state = ((body.get("view") or {}).get("state") or {}).get("values") or {}
    for block in state.values():
        for element in block.values():
            texts.append(element.get("value"))
            texts += _option_text(element.get("selected_option"))
    return [text for text in texts if isinstance(text, str) and text]


def _option_text(option: dict[str, Any] | None) -> list[Any]:
    if not option:
        return []
    return [option.get("value"), (option.get("text") or {}).get("text")]


# Keys of attachments, forwarded messages and files that hold words (not ids, links or times).
WORD_KEYS = frozenset({
    "text", "fallback", "pretext", "title", "footer", "author_name", "author_subname", "value",
    "preview", "preview_highlight", "preview_plain_text", "plain_text",
})  # fmt: skip


def _words_in(value: Any) -> list[str]:
    """Every string under a word key, at any depth (a forwarded message nests its blocks)."""
    found: list[str] = []
    if isinstance(value, list):
        for item in value:
            found += _words_in(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str):
                found += [item] if key in WORD_KEYS else []
            else:
                found += _words_in(item)
    return found
