"""Renders the flows' Reply models as Block Kit, with slack_sdk's block models."""

from __future__ import annotations

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    Option,
    PlainTextObject,
    SectionBlock,
    StaticSelectElement,
)

from flows.messages import Messages
from flows.models import Reply

SECTION_LIMIT = 2900  # Slack allows 3,000 characters in a section; keep a margin for "more"
MAX_BLOCKS = 45  # of Slack's 50 per message, leaving room for buttons and the "more" note
BUTTON_LIMIT = 5  # more options than this become a select menu
LABEL_LIMIT = 75  # button and option text
ACTION_PREFIX = "e1399"


def slack_escape(text: str) -> str:
    """The one place user-visible text is escaped for Slack, so "<!channel>" pings nobody."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# Slack's mrkdwn has no escape for its formatting marks: in user text quoted inside the bot's
# own formatting, each is shown as a look-alike, so "*bold*" reads as typed instead of bold.
_FORMATTING_MARKS = str.maketrans({"*": "∗", "_": "ˍ", "~": "∼", "`": "ˋ"})


def quoted(text: str) -> str:
    """User text echoed inside the bot's own message (an experts' post, a command's echo):
    escaped, and its formatting marks neutralised."""
    return slack_escape(text.translate(_FORMATTING_MARKS))


def escaped_sections(text: str, size: int = SECTION_LIMIT) -> list[str]:
    """Escapes, then splits on line breaks where it can, so each piece fits a section as Slack
    counts it (escaping lengthens text) and no "&amp;" is cut in two."""
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        for part in _escaped_slices(line, size):
            if current and len(current) + len(part) + 1 > size:
                pieces.append(current)
                current = part
            else:
                current = f"{current}\n{part}" if current else part
    return [*pieces, current] if current else pieces or [""]


def _escaped_slices(line: str, size: int) -> list[str]:
    escaped = slack_escape(line)
    if len(escaped) <= size:  # most lines: fits whole, nothing to cut
        return [escaped]
    slices: list[str] = []
    part = ""
    for char in line:
        escaped = slack_escape(char)
        if len(part) + len(escaped) > size:
            slices.append(part)
            part = ""
        part += escaped
    return [*slices, part]


def _short(text: str, limit: int = LABEL_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def reply_blocks(
    reply: Reply, conversation_key: str, messages: Messages, question: str | None = None
) -> list[Block]:
    """Text sections, then the reply's options as buttons (or a select menu when many).

    The options' block id names the conversation and the question they answer (`question`,
    else the reply's step), so an old message's buttons can be told from the current ones."""
    blocks: list[Block] = [
        SectionBlock(text=MarkdownTextObject(text=section))
        for section in escaped_sections(reply.text)
    ]
    if len(blocks) > MAX_BLOCKS:
        more = MarkdownTextObject(text=messages.text("slack_more"))
        blocks = [*blocks[:MAX_BLOCKS], ContextBlock(elements=[more])]
    if reply.options:
        step = question or (reply.payload or {}).get("step", "")
        block_id = f"{ACTION_PREFIX}|{conversation_key}|{step}"[:255]
        elements: list[ButtonElement | StaticSelectElement]
        if len(reply.options) <= BUTTON_LIMIT:
            elements = [
                ButtonElement(
                    text=PlainTextObject(text=_short(option.label)),
                    action_id=f"{ACTION_PREFIX}-choice-{index}",
                    value=option.value,
                )
                for index, option in enumerate(reply.options)
            ]
        else:
            elements = [
                StaticSelectElement(
                    placeholder=PlainTextObject(text=messages.text("slack_choose")),
                    action_id=f"{ACTION_PREFIX}-select",
                    options=[
                        Option(
                            value=option.value,
                            text=PlainTextObject(
                                text=_short(
                                    f"{option.label}: {option.description}"
                                    if option.description
                                    else option.label
                                )
                            ),
                        )
                        for option in reply.options[:100]
                    ],
                )
            ]
        blocks.append(ActionsBlock(block_id=block_id, elements=elements))
    return blocks


def chosen_blocks(text: str, chosen_label: str) -> list[Block]:
    """What a message with buttons becomes once someone picked: no buttons left to click twice."""
    return [
        SectionBlock(text=MarkdownTextObject(text=escaped_sections(text)[0])),
        ContextBlock(elements=[MarkdownTextObject(text=f"✔ {slack_escape(chosen_label)}")]),
    ]


def home_blocks(messages: Messages, open_intakes: list[tuple[str, str]]) -> list[Block]:
    """The App Home tab: what the bot does, a Start-intake button, and the user's open intakes."""
    blocks: list[Block] = [
        HeaderBlock(text=PlainTextObject(text=messages.text("home_title"))),
        SectionBlock(text=MarkdownTextObject(text=slack_escape(messages.text("help_idle")))),
        ActionsBlock(
            block_id=f"{ACTION_PREFIX}|home",
            elements=[
                ButtonElement(
                    text=PlainTextObject(text=messages.text("home_start")),
                    action_id=f"{ACTION_PREFIX}-home-start",
                    value="cmd:intake",
                    style="primary",
                )
            ],
        ),
        DividerBlock(),
    ]
    if open_intakes:
        lines = "\n".join(
            f"• {slack_escape(where)}: {slack_escape(step)}" for where, step in open_intakes[:20]
        )
        header = messages.text("status_header")
        blocks.append(SectionBlock(text=MarkdownTextObject(text=f"{header}\n{lines}")))
    else:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=messages.text("status_none"))))
    return blocks
