"""Block Kit rendering: Slack's limits, escaping, and buttons versus menus."""

from __future__ import annotations

import json

from bot.slack.blocks import reply_blocks, slack_escape
from flows.engine import Engine
from flows.models import Option, Reply


def test_user_text_cannot_ping_or_link(engine: Engine) -> None:
    assert slack_escape("<!channel> & <@U1> <http://x|y>") == (
        "&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;http://x|y&gt;"
    )
    blocks = reply_blocks(Reply(text="item: <!here>"), "k", engine.messages)
    assert "<!here>" not in json.dumps([b.to_dict() for b in blocks])


def test_long_answers_are_split_within_slack_limits(engine: Engine) -> None:
    text = "\n".join(f"line {n} " + "x" * 120 for n in range(2000))  # about 250,000 characters
    blocks = [b.to_dict() for b in reply_blocks(Reply(text=text), "k", engine.messages)]
    assert len(blocks) <= 50
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks if b["type"] == "section")
    assert "export" in json.dumps(blocks[-1])  # the "more" note says how to get everything


def test_text_full_of_ampersands_stays_within_the_section_limit_once_escaped(
    engine: Engine,
) -> None:
    text = "R&D <50 lb " * 900  # escaping makes it about twice as long
    blocks = [b.to_dict() for b in reply_blocks(Reply(text=text), "k", engine.messages)]
    sections = [b["text"]["text"] for b in blocks if b["type"] == "section"]
    assert all(len(section) <= 3000 for section in sections)
    assert "".join(sections) == slack_escape(text)  # nothing lost, no "&amp;" cut in two


def test_few_options_are_buttons_many_are_a_menu(engine: Engine) -> None:
    few = Reply(
        text="q",
        options=[Option(value=str(n), label=f"o{n}") for n in range(3)],
        payload={"step": "payer_type"},
    )
    many = Reply(text="q", options=[Option(value=str(n), label="x" * 200) for n in range(8)])
    few_actions = reply_blocks(few, "slack:T:D1", engine.messages)[-1].to_dict()
    many_actions = reply_blocks(many, "slack:T:D1", engine.messages)[-1].to_dict()
    assert [e["type"] for e in few_actions["elements"]] == ["button"] * 3
    assert few_actions["block_id"] == "e1399|slack:T:D1|payer_type"
    menu = many_actions["elements"][0]
    assert menu["type"] == "static_select" and len(menu["options"]) == 8
    assert all(len(o["text"]["text"]) <= 75 for o in menu["options"])
