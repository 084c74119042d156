"""The team knowledge base loop in the chat and on both databases (SQLite, real PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from bot.kb_store import SqlTeamStore
from bot.settings import Settings
from bot.store import SqlStore, kb_groups
from bot.wiring import build_engine, team_knowledge
from flows.engine import Engine
from flows.team_kb import KbError, TeamLoop, read_form
from flows.team_served import ServedKnowledge
from tests.conftest import TODAY, Chat

DECLINED = "how do we bill hospice patients for a nebulizer"
SHORT = "Hospice covers equipment related to the terminal illness: bill the hospice."
FORM: dict[str, object] = {
    "title": "Hospice patients and DME",
    "short": SHORT,
    "sources": ["https://www.cms.gov/medicare/payment/fee-for-service-providers/hospice"],
}


def team_loop(engine: Engine) -> TeamLoop:
    """The team knowledge base loop the engine was wired with (bot/wiring always wires one)."""
    assert engine.team is not None
    return engine.team.loop


def served(engine: Engine) -> ServedKnowledge:
    assert isinstance(engine.knowledge, ServedKnowledge)
    return engine.knowledge


def loop_of(url: str, content) -> TeamLoop:
    return team_knowledge(Settings(DATABASE_URL=url), content, SqlStore.from_url(url))[1].loop


def test_the_loop_and_retention_work_on_both_databases(url: str, content) -> None:
    settings = Settings(DATABASE_URL=url)
    store = SqlStore.from_url(url)
    knowledge, team = team_knowledge(settings, content, store)
    loop = team.loop
    key = f"slack:T:D{uuid.uuid4().hex[:8]}"
    question = f"{DECLINED} {uuid.uuid4().hex[:6]}"
    asked = loop.record(question, key, "U1", "declined")
    assert asked is not None
    group = next(g for g in loop.unanswered() if g.question == question)
    before = store.team.generation()
    entry = loop.draft(group.id, read_form(FORM), "U2")
    assert knowledge.ask(question).entry_id != entry.id  # a draft is never served
    loop.approve(entry.id, "ULEAD", TODAY)
    assert store.team.generation() != before
    assert knowledge.ask(question).entry_id == entry.id
    assert [n.question_id for n in loop.notices() if n.conversation_key == key] == [asked]
    store.team.mark_notified(asked)
    assert all(n.conversation_key != key for n in loop.notices())
    with pytest.raises(KbError):
        loop.approve("team-999999", "ULEAD", TODAY)
    later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(days=40)
    unanswered = f"which cushion vendor ships fastest {uuid.uuid4().hex[:6]}"
    loop.record(unanswered, key, "U1", "declined")
    store.purge(30, now=later)
    assert store.team.question(asked) is None
    with store.engine.connect() as connection:  # a group's text is the user's question
        groups = connection.execute(select(kb_groups.c.question)).scalars().all()
    assert unanswered not in groups
    assert any(e.id == entry.id for e in loop.served_entries())  # an answered one stays


def test_similar_questions_are_counted_together(database_url: str, content) -> None:
    loop = loop_of(database_url, content)
    for question in (DECLINED, "billing a nebulizer for a hospice patient?",
                     "who approves overtime for billers", DECLINED.upper()):  # fmt: skip
        loop.record(question, None, "U1", "declined")
    assert [(g.question, g.count) for g in loop.unanswered()] == [
        (DECLINED, 3),
        ("who approves overtime for billers", 1),
    ]


def test_entries_past_their_review_interval_are_due(database_url: str, content) -> None:
    loop = loop_of(database_url, content)
    loop.record(DECLINED, None, "U1", "declined")
    entry = loop.draft(loop.unanswered()[0].id, read_form(FORM), "UOWNER")
    loop.approve(entry.id, "ULEAD", TODAY)
    assert loop.due_for_review(TODAY + dt.timedelta(days=179)) == []
    assert [e.id for e in loop.due_for_review(TODAY + dt.timedelta(days=180))] == [entry.id]
    loop.approve(entry.id, "ULEAD", TODAY + dt.timedelta(days=180))  # verified again
    assert loop.due_for_review(TODAY + dt.timedelta(days=200)) == []


def test_chat_answers_can_be_marked_helpful_or_not(chat: Chat) -> None:
    chat.say("got CO-16 N350 on an e1399 line, now what?")
    assert [o.label for o in chat.last[-1].options] == ["Helpful", "Not helpful"]
    chat.say("helpful")
    assert "helpful" in chat.text
    chat.say("not helpful")
    assert "passed your question to the team" in chat.text
    loop = team_loop(chat.engine)
    assert [g.question for g in loop.unanswered()] == ["got CO-16 N350 on an e1399 line, now what?"]


def test_the_last_mark_on_an_answer_is_the_one_counted(chat: Chat) -> None:
    chat.say("got CO-16 N350 on an e1399 line, now what?")
    chat.say("not helpful")
    chat.say("helpful")  # changed their mind: one answer, one mark
    loop = team_loop(chat.engine)
    assert loop.unanswered() == []
    marks = [q.feedback for q in loop.store.questions_since(dt.datetime(2000, 1, 1))]
    assert marks == ["helpful"]


def test_a_declined_question_goes_to_the_team_and_offers_the_nearest_topics(chat: Chat) -> None:
    chat.say(DECLINED)
    assert "passed your question to the team" in chat.text
    loop = team_loop(chat.engine)
    assert [g.count for g in loop.unanswered()] == [1]


def test_picking_a_suggested_topic_answers_it_and_learns_the_wording(
    database_url: str, content
) -> None:
    wording, entry_id = "how long do we hang on to the paperwork", "record-retention"
    engine = build_engine(Settings(DATABASE_URL=database_url), lambda: TODAY, content)
    chat = Chat(engine)
    chat.say(wording)
    assert served(engine).ask(wording).answered is False
    chat.pick(next(o.value for o in chat.last[-1].options if o.value.endswith(entry_id)))
    assert (chat.last[0].payload or {})["entry_id"] == entry_id
    assert team_loop(engine).unanswered() == []  # answered by the pick
    assert served(engine).ask(wording).entry_id == entry_id

    off = build_engine(
        Settings(DATABASE_URL=f"{database_url}-off", E1399_KB_LEARN_PHRASINGS=False),
        lambda: TODAY,
        content,
    )
    other = Chat(off)
    other.say(wording)
    other.pick(next(o.value for o in other.last[-1].options if o.value.endswith(entry_id)))
    assert served(off).ask(wording).answered is False


def test_a_question_with_an_identifier_is_never_recorded(chat: Chat) -> None:
    chat.say("patient Jane Doe DOB 03/04/1950 needs a shower chair in hospice, how to bill?")
    chat.say("helpful")
    assert "no answer of mine here to rate" in chat.text
    since = dt.datetime(2000, 1, 1)
    assert team_loop(chat.engine).store.questions_since(since) == []


def test_the_terminal_chat_tells_the_asker_when_the_team_answered(engine, content) -> None:
    import io

    from bot.terminal import run_chat

    Chat(engine, key="terminal:biller", user="biller").say(DECLINED)
    loop = team_loop(engine)
    entry = loop.draft(loop.unanswered()[0].id, read_form(FORM), "Ann")
    loop.approve(entry.id, "Lee", TODAY)
    shown = io.StringIO()
    run_chat(engine, stdin=io.StringIO("quit\n"), stdout=shown, user="biller")
    assert "The team answered a question you asked" in shown.getvalue()
    assert SHORT in shown.getvalue()
    shown = io.StringIO()
    run_chat(engine, stdin=io.StringIO("quit\n"), stdout=shown, user="biller")
    assert "The team answered" not in shown.getvalue()  # told once


def test_export_leaves_out_an_entry_whose_text_holds_an_identifier(
    database_url: str, content
) -> None:
    from flows.team_kb import TeamEntry
    from flows.team_report import export_yaml

    loop = loop_of(database_url, content)
    loop.record(DECLINED, None, "U1", "declined")
    clean = loop.draft(loop.unanswered()[0].id, read_form(FORM), "Ann")
    # An entry stored before the guard knew a pattern: export screens every entry again.
    leaked = TeamEntry(
        number=0, group_id=None, status="draft", author="Ann", created_at=dt.datetime(2026, 6, 1),
        form=read_form({**FORM, "short": SHORT + " Ask Mrs. Jones, 614-555-0199."}),
        phrasings=[DECLINED],
    )  # fmt: skip
    leaked_id = f"team-{loop.store.add_entry(leaked)}"
    for entry_id in (clean.id, leaked_id):
        loop.approve(entry_id, "Lee", TODAY)
    text, count, refused = export_yaml(loop, content.messages)
    assert (count, refused) == (1, [leaked_id])
    assert "614-555" not in text and f"id: {clean.id}" in text


def test_yes_to_i_think_you_mean_learns_the_wording(chat: Chat) -> None:
    wording = "which states does noridian cover for dme"
    chat.say(wording)
    answer = chat.last[-1]
    payload = answer.payload or {}
    assert payload["tentative"] is True
    yes = answer.options[0]
    assert yes.label == "Yes, that's it" and yes.value.endswith(payload["entry_id"])
    chat.pick(yes.value)
    assert "noted as helpful" in chat.text
    store = team_loop(chat.engine).store
    assert isinstance(store, SqlTeamStore)
    assert store.phrasings() == {payload["entry_id"]: [wording]}
    last = store.last_answered(chat.key)
    assert last is not None and last.feedback == "helpful"


def test_i_think_you_mean_offers_the_close_runner_up_as_a_button(chat: Chat) -> None:
    chat.say("which states does noridian cover for dme")
    answer = chat.last[-1]
    payload = answer.payload or {}
    runner_up = payload["related"][0]
    button = answer.options[-1]
    assert button.label == runner_up["title"] and button.value.endswith(runner_up["entry_id"])
    chat.pick(button.value)
    assert f"*{runner_up['title']}*" in chat.text


def test_chit_chat_and_codes_alone_never_reach_the_experts(engine: Engine) -> None:
    chat = Chat(engine)
    for said in ("thanks", "ok", "yes", "no", "hi", "lol", "Thank you so much!", "ok thanks 👍"):
        chat.say(said)
        assert "Happy to help" in chat.text and "passed your question" not in chat.text
    chat.say("intake")
    chat.say("cancel")
    chat.say("yes")  # a stray yes after the intake is gone
    assert "Happy to help" in chat.text
    for code in ("E1399", "K0108?", "CO-16", "1"):  # the bot asks what they want to know
        chat.say(code)
    chat.say(DECLINED)  # a real question still reaches the team
    assert [g.question for g in team_loop(engine).unanswered()] == [DECLINED]


class _Learned:
    """A team store holding learned phrasings only (what ServedKnowledge reads)."""

    def __init__(self, learned: dict[str, list[str]]) -> None:
        self.learned = learned

    def generation(self) -> int:
        return 1

    def entries(self, status: str | None = None) -> list:
        return []

    def phrasings(self) -> dict[str, list[str]]:
        return self.learned


def test_engines_share_an_index_only_for_the_same_entries_and_learned_wording(content) -> None:
    wording, entry_id = "how long do we hang on to the paperwork", "record-retention"
    other = {"hcpcs-e1399": ["what is that catch-all code again"]}
    first = ServedKnowledge(content.knowledge, _Learned(other), learn_phrasings=True)
    assert first.ask(wording).entry_id != entry_id
    learned = ServedKnowledge(content.knowledge, _Learned({**other, entry_id: [wording]}), True)
    assert learned.ask(wording).entry_id == entry_id  # not the first one's index
    again = ServedKnowledge(content.knowledge, _Learned(other), learn_phrasings=True)
    assert again.current() is first.current()  # the same served entries: one index


def test_a_team_index_weighs_close_calls_with_the_reviewed_learned_wordings(content) -> None:
    """Serving the team's own wordings keeps the content's learned wordings' say on close calls:
    a close call no learned wording names is declined there as in the content alone."""
    question = "can i see if the patient already got a hospital bed from someone else"
    assert not content.knowledge.ask(question).answered
    other = {"hcpcs-e1399": ["what is that catch-all code again"]}
    served = ServedKnowledge(content.knowledge, _Learned(other), learn_phrasings=True)
    assert served.current() is not content.knowledge  # a team index, built from the entries
    assert not served.ask(question).answered


@pytest.mark.parametrize(
    "typed",
    ["12 34", "2.5", "1/2", "u there?", "anyone there?", "hey bot you up",
     "hi there, are you there?", "good morning!!"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_greetings_presence_checks_and_bare_numbers_never_reach_the_team(
    chat: Chat, typed: str
) -> None:
    chat.say(typed)
    assert team_loop(chat.engine).unanswered() == []


def test_a_real_question_the_bot_declines_still_reaches_the_team(chat: Chat) -> None:
    chat.say("u there?")
    chat.say(DECLINED)
    assert [g.question for g in team_loop(chat.engine).unanswered()] == [DECLINED]
