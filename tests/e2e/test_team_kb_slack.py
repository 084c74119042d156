"""The team knowledge base loop in Slack: the real server, signed requests, a fake Web API."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest

from bot.settings import Settings
from bot.store import SqlStore
from bot.wiring import team_knowledge
from flows.team_kb import read_form
from tests.conftest import TODAY
from tests.e2e.slack_fakes import (
    TEAM,
    BotServer,
    FakeSlack,
    ServerThread,
    button_action,
    click_payload,
    text_of,
)

EXPERTS, LEAD, EXPERT, ASKER = "CEXPERTS", "ULEAD", "UEXPERT", "UASKER"
QUESTION = "how do we bill hospice patients for a nebulizer"
SHORT = "Hospice covers equipment related to the terminal illness: bill the hospice, not Part B."
SOURCE = "https://www.cms.gov/medicare/payment/fee-for-service-providers/hospice"


@pytest.fixture(scope="module")
def server(fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotServer]:
    env = {"E1399_EXPERTS_CHANNEL": EXPERTS, "E1399_KB_LEADS": LEAD}
    bot = ServerThread(fake, tmp_path_factory.mktemp("kb") / "bot.db", extra_env=env)
    yield bot
    bot.stop()


def dm(server: BotServer, user: str, text: str) -> None:
    event = {"type": "message", "channel_type": "im", "channel": f"D{user}", "user": user,
             "text": text, "ts": f"{time.time():.6f}"}  # fmt: skip
    assert server.event(event, f"Ev-{time.time_ns()}")[0] == 200


def posts(fake: FakeSlack, channel: str, count: int, contains: str = "") -> list[dict]:
    return fake.wait_for(
        "chat.postMessage",
        count,
        where=lambda p: p.get("channel") == channel and contains in text_of(p),
    )


def answer_to(server: BotServer, fake: FakeSlack, user: str, question: str) -> dict:
    """`user` asks in a DM; the bot's answer as it was posted."""
    dm(server, user, question)
    return posts(fake, f"D{user}", 1)[0]


def not_helpful(answer: dict) -> dict[str, Any]:
    """The Not helpful button of an answer the bot posted, as a clicked action."""
    return button_action(answer, lambda button: button["text"]["text"] == "Not helpful")


def click(server: BotServer, message: dict, user: str, action_id: str) -> tuple[int, str]:
    action = button_action(message, lambda button: button["action_id"] == action_id)
    return server.interaction(click_payload(message, user, action))


def submit_form(server: BotServer, view: dict, user: str, **fields: str) -> tuple[int, str]:
    values: dict[str, Any] = {
        name: {"value": {"type": "plain_text_input", "value": fields.get(name)}}
        for name in ("title", "short", "detail", "sources", "confidence_note")
    }
    values["confidence"] = {"value": {"type": "static_select",
                                      "selected_option": {"value": "high"}}}  # fmt: skip
    return server.interaction(
        {
            "type": "view_submission",
            "user": {"id": user},
            "team": {"id": TEAM},
            "trigger_id": f"trigger-{time.time_ns()}",
            "view": {**view, "id": "V1", "state": {"values": values}},
        }
    )


def test_a_declined_question_is_answered_by_an_expert_approved_and_served(
    server: BotServer, fake: FakeSlack
) -> None:
    dm(server, ASKER, QUESTION)
    assert "passed your question to the team" in text_of(posts(fake, f"D{ASKER}", 1)[0])
    question_post = posts(fake, EXPERTS, 1, "Unanswered question")[0]
    assert QUESTION in text_of(question_post)

    assert click(server, question_post, EXPERT, "e1399-kb-answer")[0] == 200
    view = fake.wait_for("views.open")[0]["view"]
    assert view["callback_id"] == "e1399-kb-answer-form" and QUESTION in json.dumps(view)

    status, body = submit_form(server, view, EXPERT, title="Hospice patients and DME",
                               short=SHORT + " Call Mrs. Jones at 614-555-0199.",
                               sources=SOURCE)  # fmt: skip
    assert status == 200 and json.loads(body)["response_action"] == "errors"
    assert "patient identifier" in json.loads(body)["errors"]["short"]
    status, body = submit_form(server, view, EXPERT, title="Hospice patients and DME",
                               short=SHORT, sources=SOURCE)  # fmt: skip
    assert status == 200 and "errors" not in body
    draft = posts(fake, EXPERTS, 1, "Draft answer")[0]
    assert draft["thread_ts"] == question_post["ts"] and "614-555" not in text_of(draft)

    dm(server, ASKER, QUESTION)  # a draft is never served
    assert "passed your question" in text_of(posts(fake, f"D{ASKER}", 2)[-1])

    click(server, draft, EXPERT, "e1399-kb-approve")  # not a lead
    fake.wait_for("chat.postEphemeral", where=lambda p: p.get("user") == EXPERT)
    click(server, draft, LEAD, "e1399-kb-approve")
    told = posts(fake, f"D{ASKER}", 1, "The team answered a question you asked")[0]
    assert SHORT in text_of(told) and "Helpful" in text_of(told)
    fake.wait_for("chat.update", where=lambda p: "Approved by" in text_of(p))

    seen = len(posts(fake, f"D{ASKER}", 1))
    dm(server, ASKER, QUESTION)
    answer = text_of(posts(fake, f"D{ASKER}", seen + 1)[-1])
    assert SHORT in answer and "Answered by the team; reviewed by ULEAD" in answer
    assert len(posts(fake, EXPERTS, 1, "Unanswered question")) == 1  # posted once per group


def test_user_text_in_the_experts_channel_pings_nobody_and_is_shown_as_typed(
    server: BotServer, fake: FakeSlack
) -> None:
    dm(server, "UESC", "can a vet bill a &lt;!channel&gt; dog &amp; cat ramp under E1399")
    question_post = posts(fake, EXPERTS, 1, "dog &amp; cat ramp")[0]
    assert "&lt;!channel&gt;" in text_of(question_post)
    click(server, question_post, EXPERT, "e1399-kb-answer")
    view = fake.wait_for("views.open", where=lambda p: "cat ramp" in json.dumps(p))[0]["view"]
    submit_form(server, view, EXPERT, title="Pet <!here> ramps", short=SHORT,
                sources="https://www.cms.gov/search?q=pet&type=dme")  # fmt: skip
    draft = text_of(posts(fake, EXPERTS, 1, "Pet &lt;!here&gt; ramps")[0])
    assert "<!" not in draft and "q=pet&amp;type=dme" in draft


def test_an_answer_marked_unhelpful_goes_to_the_experts_once(
    server: BotServer, fake: FakeSlack
) -> None:
    answer = answer_to(server, fake, "URATE", "got CO-16 N350 on an e1399 line, now what?")
    server.interaction(click_payload(answer, "URATE", not_helpful(answer)))
    assert "Thanks for saying so" in text_of(posts(fake, "DURATE", 2)[-1])
    posts(fake, EXPERTS, 1, "CO-16 N350 on an e1399 line")


def test_a_question_with_an_identifier_never_reaches_the_experts(
    server: BotServer, fake: FakeSlack
) -> None:
    dm(server, "UPHI", "patient Johnathan Smithers DOB 03/14/1951 needs a hospice shower chair?")
    assert "patient identifiers" in text_of(posts(fake, "DUPHI", 1)[0])
    dm(server, "UPHI", "who approves overtime for billers")  # a control question after it
    posts(fake, EXPERTS, 1, "who approves overtime")
    assert all("Smithers" not in text_of(p) for p in fake.named("chat.postMessage"))


def test_leads_see_the_knowledge_base_on_the_app_home(server: BotServer, fake: FakeSlack) -> None:
    for user in (LEAD, "UNOTLEAD"):
        event = {"type": "app_home_opened", "user": user, "channel": f"D{user}", "tab": "home"}
        server.event(event, f"Ev-home-{user}")
    lead_view = fake.wait_for("views.publish", where=lambda p: p.get("user_id") == LEAD)[0]
    other = fake.wait_for("views.publish", where=lambda p: p.get("user_id") == "UNOTLEAD")[0]
    assert "Team knowledge base" in json.dumps(lead_view)
    assert "Team knowledge base" not in json.dumps(other)


def test_a_question_declined_through_the_slash_command_reaches_the_experts(
    server: BotServer, fake: FakeSlack
) -> None:
    question = "how do veterinary clinics bill a dog wheelchair"
    status, _ = server.form(
        {"command": "/e1399", "text": f"ask {question}", "user_id": ASKER, "team_id": TEAM,
         "channel_id": "CSLASHKB", "trigger_id": "t-kb-1",
         "response_url": f"http://127.0.0.1:{fake.port}/response/slash-kb-1"}
    )  # fmt: skip
    assert status == 200
    assert question in text_of(posts(fake, EXPERTS, 1, question)[0])


@pytest.mark.parametrize(("typed", "told"), [("ask", "Put your question after"),
                                             ("codes  ", "Put the item after")])  # fmt: skip
def test_a_slash_command_without_its_question_says_how_to_use_it(
    server: BotServer, fake: FakeSlack, typed: str, told: str
) -> None:
    """`/e1399 ask` alone is not the question "ask": it is not declined (nor sent to the
    experts as an unanswered question); the user is shown how to type it."""
    url = f"http://127.0.0.1:{fake.port}/response/slash-empty-{typed.strip()}"
    status, _ = server.form(
        {"command": "/e1399", "text": typed, "user_id": "USLEMPTY", "team_id": TEAM,
         "channel_id": "CSLASHEMPTY", "trigger_id": f"t-empty-{typed}", "response_url": url}
    )  # fmt: skip
    assert status == 200
    answer = fake.wait_for("response_url", where=lambda p: told in text_of(p))[0]
    assert "passed your question" not in text_of(answer)


def test_an_answer_given_mid_intake_keeps_its_feedback_buttons(
    server: BotServer, fake: FakeSlack
) -> None:
    dm(server, "UMID", "intake")
    posts(fake, "DUMID", 1, "Pick the payer type")
    dm(server, "UMID", "what does CO-16 with N350 mean on a miscellaneous line")
    answer = posts(fake, "DUMID", 2)[-1]
    button_action(answer, lambda button: button["text"]["text"].startswith("Original Medicare"))
    unhelpful = not_helpful(answer)
    server.interaction(click_payload(answer, "UMID", unhelpful))
    assert "Thanks for saying so" in text_of(posts(fake, "DUMID", 3)[-1])
    posts(fake, EXPERTS, 1, "CO-16 with N350 mean on a miscellaneous line")
    assert "Pick the payer type" in text_of(posts(fake, "DUMID", 3)[-1])  # the intake goes on


def test_askers_are_told_of_approved_answers_while_the_bot_is_not_in_the_experts_channel(
    fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory, content
) -> None:
    database = tmp_path_factory.mktemp("kb-no-member") / "bot.db"
    fake.channel_errors["CNOBOT"] = "not_in_channel"
    env = {"E1399_EXPERTS_CHANNEL": "CNOBOT", "E1399_KB_LEADS": LEAD}
    bot = ServerThread(fake, database, extra_env=env)
    try:
        dm(bot, "UNOBOT", QUESTION)
        assert "passed your question" in text_of(posts(fake, "DUNOBOT", 1)[0])
        fake.wait_for("chat.postMessage!not_in_channel")
        dm(bot, "UNOBOT", "what goes in the narrative for E1399?")  # a later job
        posts(fake, "DUNOBOT", 2)
        # The refused channel is not tried again after every job, nor logged for each.
        assert [name for name, _ in fake.calls].count("chat.postMessage!not_in_channel") == 1
        # A lead answers from the command line meanwhile.
        url = f"sqlite:///{database}"
        loop = team_knowledge(Settings(DATABASE_URL=url), content, SqlStore.from_url(url))[1].loop
        group = next(g for g in loop.unanswered() if g.question == QUESTION)
        form: dict[str, object] = {"title": "Hospice patients and DME", "short": SHORT,
                                   "sources": [SOURCE]}  # fmt: skip
        loop.approve(loop.draft(group.id, read_form(form), EXPERT).id, LEAD, TODAY)
        dm(bot, "UNOBOT", "what is E1399?")  # any later job
        told = posts(fake, "DUNOBOT", 1, "The team answered a question you asked")[0]
        assert SHORT in text_of(told)
        log = bot.log_path.read_text()
        assert "experts channel CNOBOT" in log and "invite the bot to the channel" in log
        assert log.count("experts channel CNOBOT") == 1
    finally:
        bot.stop()


NO_GROUPS = ["abc", "-1", "0", "999999999999999999999", "2147483648"]


@pytest.mark.parametrize("group", NO_GROUPS)
def test_an_answer_form_naming_no_question_says_so_in_words(
    server: BotServer, fake: FakeSlack, group: str
) -> None:
    """Any id that names no group, a number past what the database holds included, gets the
    same reply, and the log holds no failure."""
    user = f"UFORM{NO_GROUPS.index(group)}"
    view = {"type": "modal", "callback_id": "e1399-kb-answer-form", "private_metadata": group}
    status, _ = submit_form(server, view, user, title="A forged form", short=SHORT,
                            sources=SOURCE)  # fmt: skip
    assert status == 200
    told = text_of(posts(fake, f"D{user}", 1)[0])
    assert "names no unanswered question" in told and "invalid literal" not in told
    assert "kb unanswered" not in told  # a command-line command means nothing in Slack
    assert "kb_answer_submitted failed" not in server.log_path.read_text()


def mention(server: BotServer, user: str, channel: str, text: str, ts: str) -> None:
    event = {"type": "app_mention", "channel": channel, "user": user, "text": text, "ts": ts}
    assert server.event(event, f"Ev-{time.time_ns()}")[0] == 200


def test_only_the_asker_rates_an_answer_in_a_channel_thread(
    server: BotServer, fake: FakeSlack
) -> None:
    mention(server, "UALICE", "CRATE", "what is the timely filing limit?", "1700000300.000100")
    answer = posts(fake, "CRATE", 1, "Timely filing")[0]
    unhelpful = not_helpful(answer)
    server.interaction(click_payload(answer, "UBOB", unhelpful))
    note = fake.wait_for("chat.postEphemeral", where=lambda p: p.get("user") == "UBOB")[0]
    assert "Only the person who asked" in text_of(note)
    assert not [p for p in fake.named("chat.update") if p.get("channel") == "CRATE"]
    server.interaction(click_payload(answer, "UALICE", unhelpful))  # the asker's own counts
    assert "Thanks for saying so" in text_of(posts(fake, "CRATE", 2)[-1])
    fake.wait_for("chat.update", where=lambda p: p.get("channel") == "CRATE")


def test_a_replayed_rating_of_someone_elses_dm_answer_is_refused_in_the_clickers_own_dm(
    server: BotServer, fake: FakeSlack
) -> None:
    answer = answer_to(server, fake, "UALICE2", "what is the timely filing limit?")
    server.interaction(click_payload(answer, "UBOB2", not_helpful(answer)))  # in Alice's DM
    assert "Only the person who asked" in text_of(posts(fake, "DUBOB2", 1)[0])
    assert len(posts(fake, "DUALICE2", 1)) == 1  # nothing more said in Alice's DM
    assert not [p for p in fake.named("chat.update") if p.get("channel") == "DUALICE2"]


def test_formatting_typed_in_a_question_reaches_the_experts_as_typed_not_formatted(
    server: BotServer, fake: FakeSlack
) -> None:
    dm(server, "UMRKDWN", "where do we *order* _toner_ for the ~old~ `printer` & fax")
    post = text_of(posts(fake, EXPERTS, 1, "toner")[0])
    for formatted in ("*order*", "_toner_", "~old~", "`printer`"):
        assert formatted not in post
    assert "order" in post and "old" in post and "printer" in post and "&amp; fax" in post
    assert "*Unanswered question*" in post  # the bot's own formatting stays


def test_slash_command_and_shortcut_askers_are_told_in_their_dm_when_the_team_answers(
    server: BotServer, fake: FakeSlack
) -> None:
    """Their replies were private and a response URL expires within the hour, so the askers
    of a declined `/e1399 ask` (its <!here> taken out) and of the message shortcut hear of
    the approved answer in their DM with the bot."""
    question = "how do i bill a unicorn saddle for a horse"
    url = f"http://127.0.0.1:{fake.port}/response/slash-unicorn"
    told_before = len([p for n, p in fake.calls if n == "response_url" and "in a DM" in text_of(p)])
    status, _ = server.form(
        {"command": "/e1399", "text": "ask how do i bill a unicorn saddle <!here> for a horse",
         "user_id": "USLASKER", "team_id": TEAM, "channel_id": "CSLASKER",
         "trigger_id": "t-unicorn", "response_url": url}
    )  # fmt: skip
    assert status == 200
    shortcut = {"type": "message_action", "callback_id": "ask_e1399_bot",
                "user": {"id": "USCASKER"}, "team": {"id": TEAM}, "channel": {"id": "CSCASKER"},
                "trigger_id": "t-unicorn-sc",
                "message": {"text": question, "ts": "1700000950.000100"}}  # fmt: skip
    assert server.interaction(shortcut)[0] == 200
    declined = posts(fake, "DUSCASKER", 1)[0]  # the shortcut's answer, in the asker's DM
    assert "I'll tell you in a DM when they approve an answer" in text_of(declined)
    in_a_dm = "I'll tell you in a DM when they approve an answer"
    assert fake.wait_for("response_url", told_before + 1, where=lambda p: in_a_dm in text_of(p))
    question_post = posts(fake, EXPERTS, 1, "unicorn saddle")[0]
    assert "<!here>" not in text_of(question_post)
    assert click(server, question_post, EXPERT, "e1399-kb-answer")[0] == 200
    view = fake.wait_for("views.open", where=lambda p: "unicorn" in json.dumps(p))[0]["view"]
    short = "Bill the saddle as the horse's tack: it is not durable medical equipment at all."
    submit_form(server, view, EXPERT, title="Saddles for horses", short=short, sources=SOURCE)
    draft = posts(fake, EXPERTS, 1, "Saddles for horses")[0]
    click(server, draft, LEAD, "e1399-kb-approve")
    approved = fake.wait_for("chat.update", where=lambda p: "Saddles" in text_of(p)
                             and "Approved by" in text_of(p))[0]  # fmt: skip
    assert "Askers told: 2" in text_of(approved)
    for asker in ("USLASKER", "USCASKER"):
        told = posts(fake, f"D{asker}", 1, "The team answered a question you asked")[0]
        assert short in text_of(told) and "Helpful" in text_of(told)
