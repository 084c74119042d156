"""Slack input a biller does not mean as a question, or that nobody typed: Slack's own markup,
empty and file-only messages, forged clicks and forms, unknown subcommands. The real server
(Bolt behind uvicorn, the inbox, a worker), signed requests, the fake Web API on 127.0.0.1:
each gets a sensible answer or none at all, never a traceback or an unescaped echo."""

from __future__ import annotations

import datetime as dt
import json
import time
from typing import Any

import pytest

from bot.store import SqlStore
from tests.e2e.slack_fakes import BOT_USER, TEAM, BotServer, FakeSlack, text_of

E1399_ANSWER = "Durable medical equipment, miscellaneous"


def dm(server: BotServer, user: str, text: str, **extra: Any) -> None:
    event = {"type": "message", "channel_type": "im", "channel": f"D{user}", "user": user,
             "text": text, "ts": f"{time.time():.6f}", **extra}  # fmt: skip
    assert server.event(event, f"Ev-{time.time_ns()}")[0] == 200


def posts(fake: FakeSlack, channel: str, count: int = 1) -> list[dict[str, Any]]:
    return fake.wait_for("chat.postMessage", count, where=lambda p: p.get("channel") == channel)


def slash(server: BotServer, fake: FakeSlack, user: str, text: str) -> None:
    fields = {"command": "/e1399", "text": text, "user_id": user, "team_id": TEAM,
              "channel_id": "CSLASH", "trigger_id": f"t-{time.time_ns()}",
              "response_url": f"http://127.0.0.1:{fake.port}/response/{user}"}  # fmt: skip
    assert server.form(fields)[0] == 200


def responded(fake: FakeSlack, contains: str) -> str:
    """The slash command's private answer (through its response URL) that says `contains`."""
    return text_of(fake.wait_for("response_url", where=lambda p: contains in text_of(p))[0])


SLACK_MARKUP = [
    "what is E1399 <!channel>",
    "what is E1399 <!here>",
    "<!here|@here> what is E1399",
    "what is E1399 <@U0G9QF9C6>",
    "what is E1399 <@U0G9QF9C6|ann>",
    "what is E1399 <#C024BE7LR|general>",
    "what is E1399 <https://example.org/x|y>",
    "<!subteam^SAZ94GDB8|@billing> what is E1399",
]


@pytest.mark.parametrize("question", SLACK_MARKUP)
def test_slack_markup_in_a_question_is_not_part_of_the_question(
    server: BotServer, fake: FakeSlack, question: str
) -> None:
    user = f"UMARK{SLACK_MARKUP.index(question)}"
    dm(server, user, question)
    answer = text_of(posts(fake, f"D{user}")[0])
    assert E1399_ANSWER in answer and "passed your question" not in answer
    assert "<!" not in answer and "<@" not in answer and "<#" not in answer


def test_a_mention_with_a_broadcast_is_answered_and_pings_nobody(
    server: BotServer, fake: FakeSlack
) -> None:
    event = {
        "type": "app_mention",
        "channel": "CBROAD",
        "user": "UBROAD",
        "text": f"<!channel> <@{BOT_USER}> what is E1399?",
        "ts": f"{time.time():.6f}",
    }
    server.event(event, f"Ev-{time.time_ns()}")
    answer = text_of(posts(fake, "CBROAD")[0])
    assert E1399_ANSWER in answer and "<!" not in answer


def test_a_slash_question_with_markup_is_answered(server: BotServer, fake: FakeSlack) -> None:
    slash(server, fake, "USLMARK", "ask what is E1399 <!here>")
    assert "<!" not in responded(fake, E1399_ANSWER)


def test_a_slash_question_with_the_word_payload_is_answered(
    server: BotServer, fake: FakeSlack
) -> None:
    """Slack's form field for clicks is called `payload`: the word in a command's text must not
    make the command read as an empty click (acknowledged, never answered)."""
    before = fake.wait_for("response_url", 0, where=lambda p: E1399_ANSWER in text_of(p))
    slash(server, fake, "USLPAYLOAD", "ask what is E1399 (its payload)")
    fake.wait_for("response_url", len(before) + 1, where=lambda p: E1399_ANSWER in text_of(p))
    assert "another workspace" not in server.log_path.read_text()


def months_before(day: dt.date, months: int) -> str:
    """The month `months` before `day`'s, as a biller types it (MM/YYYY)."""
    index = day.year * 12 + day.month - 1 - months
    return f"{index % 12 + 1:02d}/{index // 12}"


DELIVERED = "the month the repaired item was delivered"  # typed when the test runs


# A repair intake answered by typing, by a phrase of each question; the date of service skipped.
REPAIR_WITHOUT_DATE = [
    ("Who is the claim for", "medicare"),
    ("permanent residence", "OH"),
    ("Describe the item", "replacement hand pendant for a hoyer lift"),
    ("check these specific codes", "none"),
    ("Which category", "equipment"),
    ("Who is the manufacturer", "skip"),
    ("product/model name", "skip"),
    ("How many units", "1"),
    ("unit price", "$450"),
    ("a repair of the patient", "repair"),
    ("item being repaired", "E0630"),
    ("repaired item purchased or delivered", DELIVERED),
    ("labor on the repair", "45 min"),
    ("What is the date of service", "skip"),
    ("not reasonable and necessary", "no"),
    ("medical records (chart notes)", "have"),
    ("letter of medical necessity", "have"),
    ("product specification", "have"),
    ("price documentation", "have"),
    ("note of the specific codes", "have"),
    ("proof of delivery", "have"),
    ("Where is the claim now", "not submitted"),
    ("Please review your answers", "confirm"),
]


def test_a_repair_without_a_date_of_service_counts_the_items_age_to_today(
    server: BotServer, fake: FakeSlack
) -> None:
    user, started = "UREPAIR", dt.date.today()
    dm(server, user, "intake")
    for phrase, answer in REPAIR_WITHOUT_DATE:
        asked(fake, user, phrase)
        dm(server, user, months_before(started, 5) if answer == DELIVERED else answer)
    outcome = asked(fake, user, "Claim check for")
    # The bot counts to its own today: a run crossing into a new month sees 6 months.
    ages = {5, 5 + (dt.date.today().month != started.month)}
    assert any(
        f"delivered {age} months ago (counted to today, as no date of service is given)" in outcome
        for age in ages
    )
    assert "before this repair" not in outcome and "repair's date of service" not in outcome


def asked(fake: FakeSlack, user: str, phrase: str) -> str:
    """Waits for the bot's message in the user's DM that says `phrase`; returns its text."""
    said = fake.wait_for(
        "chat.postMessage",
        where=lambda p: p.get("channel") == f"D{user}" and phrase in text_of(p),
    )
    return text_of(said[0])


def click(server: BotServer, user: str, action: dict[str, Any], channel: str = "") -> None:
    """A block_actions payload as Slack would send it, with `action` as whoever made it."""
    payload = {"type": "block_actions", "user": {"id": user}, "team": {"id": TEAM},
               "channel": {"id": channel or f"D{user}"}, "trigger_id": f"t-{time.time_ns()}",
               "message": {"ts": "1700000000.000001", "blocks": []},
               "actions": [{"action_ts": f"{time.time():.6f}", **action}]}  # fmt: skip
    assert server.interaction(payload)[0] == 200


FORGED_CLICKS: dict[str, dict[str, Any]] = {
    "no value": {"action_id": "e1399-choice-0", "block_id": "e1399|slack:T0TEAM:DUFORGE0|"},
    "menu pick without a label": {
        "action_id": "e1399-select",
        "block_id": "e1399|slack:T0TEAM:DUFORGE1|",
        "selected_option": {"value": "medicare"},
    },  # fmt: skip
    "a broadcast as its label": {
        "action_id": "e1399-choice-0",
        "block_id": "e1399|slack:T0TEAM:DUFORGE2|",
        "value": "x" * 5000,
        "text": {"type": "plain_text", "text": "<!channel>"},
    },  # fmt: skip
}


@pytest.mark.parametrize("forged", FORGED_CLICKS, ids=list(FORGED_CLICKS))
def test_a_forged_click_is_answered_not_failed_and_pings_nobody(
    server: BotServer, fake: FakeSlack, forged: str
) -> None:
    user = f"UFORGE{list(FORGED_CLICKS).index(forged)}"
    click(server, user, FORGED_CLICKS[forged])
    reply = text_of(posts(fake, f"D{user}")[0])
    assert "Something went wrong" not in reply and "<!" not in reply
    updates = [p for p in fake.named("chat.update") if p.get("channel") == f"D{user}"]
    assert all("<!" not in text_of(update) for update in updates)


def test_a_forged_click_on_someone_elses_intake_shows_nothing_of_it(
    server: BotServer, fake: FakeSlack
) -> None:
    dm(server, "UOWNER", "intake")
    dm(server, "UOWNER", "medicare")
    posts(fake, "DUOWNER", 2)
    # Another user names the owner's DM conversation in a button of an old question.
    stale = {
        "action_id": "e1399-choice-0",
        "block_id": "e1399|slack:T0TEAM:DUOWNER|payer_type",
        "value": "commercial",
        "text": {"type": "plain_text", "text": "Commercial"},
    }
    click(server, "UPRYING", stale)
    shown = text_of(posts(fake, "DUPRYING")[0])
    assert "belongs to someone else" in shown and "beneficiary" not in shown


def test_a_click_naming_no_conversation_is_ignored_without_a_failure(
    server: BotServer, fake: FakeSlack
) -> None:
    forged = {"action_id": "e1399-choice-0", "block_id": "e1399|" + "k" * 240 + "|payer_type",
              "value": "medicare", "text": {"type": "plain_text", "text": "Medicare"}}  # fmt: skip
    click(server, "ULONGKEY", forged)
    dm(server, "UAFTERKEY", "what is e1399?")  # jobs run in order: once it is answered...
    posts(fake, "DUAFTERKEY")
    assert not [p for p in fake.calls if p[1].get("channel") == "DULONGKEY"]  # ...this was not
    assert "choice failed" not in server.log_path.read_text()


def test_a_message_with_no_sender_is_not_answered(server: BotServer, fake: FakeSlack) -> None:
    event = {"type": "message", "channel_type": "im", "channel": "DUNOBODY",
             "text": "what is e1399?", "ts": f"{time.time():.6f}"}  # fmt: skip
    server.event(event, f"Ev-{time.time_ns()}")
    dm(server, "UAFTER", "what is e1399?")  # jobs run in order: once it is answered...
    posts(fake, "DUAFTER")
    assert not [p for p in fake.calls if p[1].get("channel") == "DUNOBODY"]  # ...this was not
    assert "direct_message failed" not in server.log_path.read_text()


def test_a_thread_reply_also_sent_to_the_dm_is_answered(server: BotServer, fake: FakeSlack) -> None:
    dm(server, "UBROADCAST", "what is E1399?", subtype="thread_broadcast", thread_ts="1.0")
    assert E1399_ANSWER in text_of(posts(fake, "DUBROADCAST")[0])


def test_a_file_sent_without_text_is_told_files_are_not_read(
    server: BotServer, fake: FakeSlack
) -> None:
    dm(server, "UFILE", "", subtype="file_share", files=[{"id": "F1", "name": "invoice.pdf"}])
    assert "can't read attached files" in text_of(posts(fake, "DUFILE")[0])


def test_an_empty_message_is_asked_for_a_question(server: BotServer, fake: FakeSlack) -> None:
    dm(server, "UEMPTY", "<@U0G9QF9C6>")  # only a mention: nothing asked
    assert "Type a question" in text_of(posts(fake, "DUEMPTY")[0])


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("stauts", "`/e1399 stauts` is not one of my commands"),
        ("hepl", "`/e1399 hepl` is not one of my commands"),
        ("cancel", "*cancel* steers an intake"),
        ("cancel my intake", "*cancel my intake* steers an intake"),
        ("edit price", "*edit price* steers an intake"),
        ("export 2", "*export 2* steers an intake"),
        ("help?", "What I can do"),
        ("codes " + "walker " * 400, "That item description is too long to search"),
        ("frobnicate", "`/e1399 frobnicate` is not one of my commands"),
        ("frobnicate the widget", "`/e1399 frobnicate the widget` is not one of my commands"),
        ("2 ea", "`/e1399 2 ea` is not one of my commands"),
        ("frobnicate *the* claim", "`/e1399 frobnicate ∗the∗ claim` is not one of my commands"),
    ],
    ids=[
        "typo",
        "typo 2",
        "conversation word",
        "conversation words",
        "edit a field",
        "export one",
        "punctuation",
        "overlong item",
        "unknown word",
        "unknown words",
        "a quantity",
        "formatting",
    ],
)
def test_a_subcommand_that_is_not_one_says_which_are(
    server: BotServer, fake: FakeSlack, typed: str, said: str
) -> None:
    slash(server, fake, f"USUB{abs(hash(typed)) % 10_000}", typed)
    answer = responded(fake, said)
    assert "trusted answer" not in answer and "passed your question" not in answer


def test_an_unknown_subcommand_before_billing_words_is_not_answered_nor_recorded(
    server: BotServer, fake: FakeSlack
) -> None:
    """Answered, "the claim" would find the claim-status topic, and the knowledge base would
    count it as a question answered."""
    slash(server, fake, "USUBCLAIM", "frobnicate the claim")
    answer = responded(fake, "`/e1399 frobnicate the claim` is not one of my commands")
    assert "/e1399 help" in answer and "claim status" not in answer.lower()
    assert questions_asked_by(server, "USUBCLAIM") == []


def questions_asked_by(server: BotServer, user: str) -> list[str]:
    """The questions the team knowledge base recorded from `user` (the module's server keeps
    its database beside its log)."""
    database = server.log_path.with_suffix(".db")
    team = SqlStore.from_url(f"sqlite:///{database}").team
    return [q.question for q in team.questions_since(dt.datetime(2000, 1, 1)) if q.user_id == user]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("timely filing limit?", "Timely filing"),
        ("timley filing limit", "Timely filing"),  # a typo of a billing word
        ("pls timely filing limit", "Timely filing"),  # an unknown word before a question
        ("hoyer lift code", "codes that may fit"),  # an item's street name
    ],
)
def test_a_slash_question_without_a_subcommand_is_answered(
    server: BotServer, fake: FakeSlack, question: str, said: str
) -> None:
    user = f"USUBA{abs(hash(question)) % 10_000}"
    before = fake.wait_for("response_url", 0, where=lambda p: said in text_of(p))
    slash(server, fake, user, question)  # answered: one more response that says it
    fake.wait_for("response_url", len(before) + 1, where=lambda p: said in text_of(p))


@pytest.mark.parametrize(
    "item", ["pride lift chair", "harmar stair lift", "medline bariatric commode"]
)
def test_a_brand_before_an_item_is_read_as_a_question_not_a_subcommand(
    server: BotServer, fake: FakeSlack, item: str
) -> None:
    """The brand is no billing word, but the item after it is: the knowledge base reads the
    whole text (and records it for the experts) instead of listing the subcommands."""
    user = f"UBRAND{abs(hash(item)) % 10_000}"
    said = "trusted answer"
    before = fake.wait_for("response_url", 0, where=lambda p: said in text_of(p))
    slash(server, fake, user, item)
    fake.wait_for("response_url", len(before) + 1, where=lambda p: said in text_of(p))
    assert questions_asked_by(server, user) == [item]


def test_a_button_of_an_older_message_is_answered_privately(
    server: BotServer, fake: FakeSlack
) -> None:
    payload = {"type": "block_actions", "user": {"id": "UOLD"}, "team": {"id": TEAM},
               "channel": {"id": "COLD"}, "trigger_id": f"t-{time.time_ns()}",
               "actions": [{"action_id": "nonexistent", "block_id": "b1", "value": "v",
                            "action_ts": f"{time.time():.6f}"}]}  # fmt: skip
    assert server.interaction(payload)[0] == 200
    note = fake.wait_for("chat.postEphemeral", where=lambda p: p.get("user") == "UOLD")[0]
    assert note["channel"] == "COLD" and "from an older message" in text_of(note)


def test_a_form_of_an_older_version_says_so_in_the_form(server: BotServer) -> None:
    view = {"id": "V1", "type": "modal", "callback_id": "e1399-kb-answer",
            "private_metadata": "999", "state": {"values": {}}}  # fmt: skip
    payload = {"type": "view_submission", "user": {"id": "UOLDFORM"}, "team": {"id": TEAM},
               "trigger_id": f"t-{time.time_ns()}", "view": view}  # fmt: skip
    status, body = server.interaction(payload)
    assert status == 200 and json.loads(body)["response_action"] == "update"
    assert "older version" in body and "nothing was saved" in body


def test_a_question_starting_with_an_intake_word_is_answered(
    server: BotServer, fake: FakeSlack
) -> None:
    slash(server, fake, "USUBQ", "change from rental to purchase, which modifier?")
    assert "steers an intake" not in responded(fake, "RR means rental")


def test_an_answer_form_slack_will_not_open_is_said(server: BotServer, fake: FakeSlack) -> None:
    fake.failures.append(("views.open", 200, {}))  # Slack refuses it (an expired trigger)
    click(server, "UEXPERT", {"action_id": "e1399-kb-answer", "block_id": "e1399|kb|1",
                              "value": "1"}, channel="CEXPERTS")  # fmt: skip
    notice = fake.wait_for("chat.postEphemeral", where=lambda p: p.get("user") == "UEXPERT")
    assert "click *Answer* again" in text_of(notice[0])


def test_status_says_where_each_intake_is_in_words_not_its_key(
    server: BotServer, fake: FakeSlack
) -> None:
    dm(server, "USTATUS", "intake")
    posts(fake, "DUSTATUS")
    slash(server, fake, "USTATUS", "status")
    listed = responded(fake, "Your open intakes")
    assert "direct messages: payer type" in listed and "slack:" not in listed


def edit_event(user: str, before: str, after: str, **message: Any) -> dict[str, Any]:
    """A DM edited in Slack: message_changed with the message before and after."""
    return {"type": "message", "subtype": "message_changed", "channel_type": "im",
            "channel": f"D{user}", "ts": f"{time.time():.6f}", "hidden": True,
            "message": {"type": "message", "user": user, "text": after, "ts": "1.000001",
                        **message},
            "previous_message": {"type": "message", "user": user, "text": before,
                                 "ts": "1.000001"}}  # fmt: skip


def test_an_edited_answer_is_not_taken_silently_the_user_hears_how_to_change_it(
    server: BotServer, fake: FakeSlack
) -> None:
    server.event(edit_event("UEDIT", "$45", "$450"), f"Ev-{time.time_ns()}")
    notice = text_of(posts(fake, "DUEDIT")[0])
    assert "I don't read edited messages" in notice and "*edit price*" in notice


def test_edits_by_the_bot_or_by_a_link_preview_are_not_answered(
    server: BotServer, fake: FakeSlack
) -> None:
    own = edit_event("UBOTEDIT", "Step 1", "✔ Medicare", bot_id="B1")
    preview = edit_event("UBOTEDIT", "see https://cms.gov", "see https://cms.gov",
                         attachments=[{"title": "CMS"}])  # fmt: skip
    for event in (own, preview):
        server.event(event, f"Ev-{time.time_ns()}")
    dm(server, "UAFTEREDIT", "what is e1399?")  # jobs run in order: once it is answered...
    posts(fake, "DUAFTEREDIT")
    assert not [p for p in fake.calls if p[1].get("channel") == "DUBOTEDIT"]  # ...these were not


SLACK_REFUSALS = [{"error": "missing_scope", "needed": "im:write"}, {"error": "user_disabled"}]


@pytest.mark.parametrize("refused", SLACK_REFUSALS, ids=["scope", "other"])
def test_an_intake_slack_will_not_open_a_dm_for_says_nothing_was_saved_and_what_to_do(
    server: BotServer, fake: FakeSlack, refused: dict[str, str]
) -> None:
    """An app installed without im:write: the reply is true (no intake was started, so status
    lists none), says what to do, and the log names Slack's error and the method."""
    user = f"UNODM{refused['error'][:4].upper()}"
    fake.method_errors["conversations.open"] = refused
    try:
        slash(server, fake, user, "intake")
        said = responded(fake, f"Slack said `{refused['error']}`")
    finally:
        del fake.method_errors["conversations.open"]
    assert "would not let me open our direct messages" in said and "saved nothing" in said
    assert "mention me in a channel" in said
    fix = "add the `im:write` scope" if refused.get("needed") else "check the E1399 app"
    assert fix in said
    slash(server, fake, user, "status")
    assert "no open intakes" in responded(fake, "no open intakes")
    assert not fake.named("chat.postMessage") or all(
        p.get("channel") != f"D{user}" for p in fake.named("chat.postMessage")
    )
    logged = server.log_path.read_text()
    line = next(x for x in logged.splitlines() if f"slack_error={refused['error']}" in x)
    assert "slash failed ref=" in line and "slack_method=conversations.open" in line
    assert "Traceback" not in logged and "intake" not in line.partition("conversation=")[0]
