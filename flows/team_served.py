"""Serves the team's approved entries (and learned phrasings) beside the content entries, and
adds the loop to the bot's answers: helpful / not-helpful, "I think you mean", capture."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Protocol

from flows.knowledge import AskResult, Entry, KnowledgeBase
from flows.knowledge_rules import ClaimContext
from flows.messages import Messages
from flows.models import Option, Reply
from flows.team_kb import Notice, Question, TeamEntry, TeamLoop

MAX_SUGGESTIONS = 2  # "I think you mean" buttons on a declined answer
# Indexes built for the same served entries are shared within a process (several engines over
# one database, a command run again): building one takes about a tenth of a second.
_BUILT: OrderedDict[tuple[int, str], tuple[KnowledgeBase, KnowledgeBase]] = OrderedDict()
_BUILT_KEEP = 8
_built_lock = threading.Lock()


class ServedStore(Protocol):
    def generation(self) -> int:
        """A number that changes whenever what is served changes (approve, retire, learn)."""
        ...

    def entries(self, status: str | None = None) -> list[TeamEntry]: ...

    def phrasings(self) -> dict[str, list[str]]: ...


def as_entry(entry: TeamEntry, messages: Messages) -> Entry:
    """A team entry in the content entries' shape (what is served and what `kb export` writes)."""
    form = entry.form
    note = form.confidence_note
    if form.confidence != "high" and not note:
        note = messages.text("kb_default_confidence_note", confidence=form.confidence)
    phrasings = list(dict.fromkeys([*entry.phrasings, form.title]))
    return Entry(
        id=entry.id,
        title=form.title,
        short=form.short,
        detail=form.detail,
        phrasings=phrasings if len(phrasings) >= 2 else [*phrasings, form.short[:200]],
        tags=[form.title.lower()],
        sources=form.sources,
        last_reviewed=entry.reviewed_on or entry.created_at.date(),
        confidence=form.confidence,
        confidence_note=note,
        origin="team",
        reviewed_by=entry.reviewed_by,
    )


class ServedKnowledge:
    """The knowledge base the bot answers from: the content's entries, plus approved team
    entries (a draft never), plus learned phrasings when that is switched on. The index is
    rebuilt only when the store's generation moves."""

    def __init__(self, base: KnowledgeBase, store: ServedStore, learn_phrasings: bool) -> None:
        self.base, self.store, self.learn_phrasings = base, store, learn_phrasings
        self.messages = base.messages
        self._lock = threading.Lock()
        self._generation: int | None = None
        self._current = base

    def current(self) -> KnowledgeBase:
        generation = self.store.generation()
        if generation != self._generation:
            with self._lock:
                if generation != self._generation:
                    self._current = self._build()
                    self._generation = generation
        return self._current

    def _build(self) -> KnowledgeBase:
        team = [e for e in self.store.entries() if e.status in ("approved", "retired")]
        learned = self.store.phrasings() if self.learn_phrasings else {}
        if not team and not learned:
            return self.base  # what is served is the content's alone: its index as it is
        retired = {e.id for e in team if e.status == "retired"}
        entries = [e for e in self.base.entries if e.id not in retired]
        # An entry exported by `kb export` is in the content too: the content's copy is served.
        exported = {e.id for e in entries}
        added = [
            as_entry(e, self.messages)
            for e in team
            if e.status == "approved" and e.id not in exported
        ]
        if not added and not learned and len(entries) == len(self.base.entries):
            return self.base  # every approved entry exported, none retired: the content's index
        entries += added
        if learned:
            entries = [
                e.model_copy(update={"learned": learned[e.id]}) if e.id in learned else e
                for e in entries
            ]
        return self._index(entries)

    def _index(self, entries: list[Entry]) -> KnowledgeBase:
        """The index of `entries`, shared with any other engine of this process serving the same
        entries over the same content."""
        # Learned phrasings are left out of an entry's JSON (they are never exported).
        key = (id(self.base), "\n".join(f"{e.model_dump_json()}{e.learned}" for e in entries))
        with _built_lock:
            built = _BUILT.get(key)
            if built is not None and built[0] is self.base:
                _BUILT.move_to_end(key)
                return built[1]
        index = self.base.with_entries(entries)
        with _built_lock:
            _BUILT[key] = (self.base, index)
            while len(_BUILT) > _BUILT_KEEP:
                _BUILT.popitem(last=False)
        return index

    def ask(self, question: str, context: ClaimContext | None = None) -> AskResult:
        return self.current().ask(question, context)

    def reply_to(self, question: str, context: ClaimContext | None = None) -> list[Reply]:
        return self.current().reply_to(question, context)

    def knows_word(self, word: str) -> bool:
        return self.current().knows_word(word)

    def is_off_topic(self, question: str) -> bool:
        return self.current().is_off_topic(question)


class TeamChat:
    """What the chat surfaces (terminal, Slack) need from the loop, as plain replies."""

    def __init__(
        self, loop: TeamLoop, knowledge: ServedKnowledge, messages: Messages, learn: bool
    ) -> None:
        self.loop, self.knowledge, self.messages, self.learn = loop, knowledge, messages, learn

    def _feedback_options(self, question_id: int) -> list[Option]:
        return [
            Option(value=f"kb:{o.value}:{question_id}", label=o.label)
            for o in self.messages.options("feedback")
        ]

    def record_answers(
        self, replies: list[Reply], question: str, user_id: str, tell_at: str | None = None
    ) -> list[Reply]:
        """Records the knowledge answers to a question asked outside a conversation (a slash
        command, the message shortcut): declined ones join the unanswered groups, and `tell_at`
        is where the asker is told when the team answers (None: nowhere; else a declined
        answer says so)."""
        shown = []
        for reply in replies:
            payload = reply.payload or {}
            if reply.kind == "answer" and "answered" in payload:
                recorded = self.loop.record(
                    question, tell_at, user_id,
                    "answered" if payload["answered"] else "declined", payload.get("entry_id"),
                )  # fmt: skip
                passed_on = not payload["answered"] and self.loop.asks_something(question)
                if tell_at is not None and recorded is not None and passed_on:
                    said = f"{reply.text}\n{self.messages.text('kb_passed_to_team_dm')}"
                    reply = reply.model_copy(update={"text": said})
            shown.append(reply)
        return shown

    def after_answers(
        self, replies: list[Reply], question: str, conversation_key: str, user_id: str
    ) -> list[Reply]:
        """Records each knowledge answer of a turn; answered ones get helpful / not-helpful
        buttons, declined ones go to the team and offer the nearest topics."""
        shown = []
        for reply in replies:
            payload = reply.payload or {}
            if reply.kind != "answer" or "answered" not in payload or reply.options:
                shown.append(reply)
                continue
            answered = bool(payload["answered"])
            question_id = self.loop.record(
                question,
                conversation_key,
                user_id,
                "answered" if answered else "declined",
                payload.get("entry_id"),
            )
            if question_id is None:
                shown.append(reply)
            elif answered:
                options = self._feedback_options(question_id)
                if payload.get("tentative"):  # "I think you mean X": Yes confirms X
                    yes = self.messages.text("kb_yes_that_one")
                    meant = f"kb:meant:{question_id}:{payload['entry_id']}"
                    options = [Option(value=meant, label=yes), *options[1:]]
                    # ... and the close runner-up is one click away.
                    for topic in payload.get("related", [])[:1]:
                        other = f"kb:meant:{question_id}:{topic['entry_id']}"
                        options.append(Option(value=other, label=topic["title"]))
                shown.append(reply.model_copy(update={"options": options}))
            else:
                grouped = self.loop.asks_something(question)  # else the experts never see it
                shown.append(self._declined(reply, payload, question_id, grouped))
        return shown

    def _declined(self, reply: Reply, payload: dict, question_id: int, grouped: bool) -> Reply:
        lines = [reply.text, *([self.messages.text("kb_passed_to_team")] if grouped else [])]
        options = [
            Option(value=f"kb:meant:{question_id}:{topic['entry_id']}", label=topic["title"])
            for topic in payload.get("related", [])[:MAX_SUGGESTIONS]
        ]
        if options:
            lines.append(self.messages.text("kb_did_you_mean"))
        return reply.model_copy(update={"text": "\n".join(lines), "options": options})

    def may_rate(self, choice: str, user_id: str) -> bool:
        """Feedback on an answer (kb:...) counts from whoever asked the question only: anyone in
        a channel thread sees its buttons."""
        number = choice.removeprefix("kb:").partition(":")[2].partition(":")[0]
        if not choice.startswith("kb:") or not number.isdigit():
            return True
        asked = self.loop.store.question(int(number))
        return asked is None or asked.user_id == user_id

    def on_choice(self, choice: str, user_id: str) -> list[Reply]:
        """A loop button: kb:helpful:Q, kb:unhelpful:Q, or kb:meant:Q:ENTRY (the asker's only)."""
        kind, _, rest = choice.removeprefix("kb:").partition(":")
        number, _, entry_id = rest.partition(":")
        if not number.isdigit():
            return [Reply(text=self.messages.text("didnt_get_that"))]
        if not self.may_rate(choice, user_id):
            note = self.messages.text("kb_not_your_answer")
            return [Reply(kind="warning", text=note, private=True)]
        if kind in ("helpful", "unhelpful"):
            return self._rated(self.loop.rate(int(number), kind == "helpful"), kind == "helpful")
        if kind == "meant":
            return self._meant(int(number), entry_id)
        return [Reply(text=self.messages.text("didnt_get_that"))]

    def rate_last(self, conversation_key: str, helpful: bool) -> list[Reply]:
        """`helpful` / `not helpful` typed in the chat: rates the last answer in this chat."""
        last = self.loop.store.last_answered(conversation_key)
        if last is None:
            return [Reply(text=self.messages.text("kb_nothing_to_rate"))]
        return self._rated(self.loop.rate(last.id, helpful), helpful)

    def _rated(self, asked: Question | None, helpful: bool) -> list[Reply]:
        if asked is None:
            return [Reply(text=self.messages.text("kb_gone"))]
        key = "kb_thanks_helpful" if helpful else "kb_thanks_unhelpful"
        return [Reply(text=self.messages.text(key))]

    def _meant(self, question_id: int, entry_id: str) -> list[Reply]:
        """The asker picked a suggested topic: answer with it and learn the wording."""
        knowledge = self.knowledge.current()
        entry = knowledge.by_id.get(entry_id)
        if entry is None:
            return [Reply(text=self.messages.text("kb_unknown_entry"))]
        asked = self.loop.confirm_meaning(question_id, entry_id, self.learn)
        if asked is None:
            return [Reply(text=self.messages.text("kb_gone"))]
        if asked.entry_id == entry_id:  # the answer already shown: a yes to "I think you mean"
            self.loop.rate(question_id, helpful=True)
            return [Reply(text=self.messages.text("kb_thanks_helpful"))]
        return self._answer_with(knowledge.result_for(entry), question_id)

    def _answer_with(self, result: AskResult, question_id: int) -> list[Reply]:
        replies = self.knowledge.current().render(result)
        options = self._feedback_options(question_id)
        return [*replies[:-1], replies[-1].model_copy(update={"options": options})]

    def notices_for(self, conversation_key: str) -> list[Reply]:
        """Approved answers to this conversation's earlier questions, each told once."""
        replies: list[Reply] = []
        for notice in self.loop.notices():
            if notice.conversation_key == conversation_key:
                replies += self.notice_replies(notice)
                self.loop.store.mark_notified(notice.question_id)
        return replies

    def notice_replies(self, notice: Notice) -> list[Reply]:
        """What an asker is told once the team's answer to their question is approved."""
        knowledge = self.knowledge.current()
        entry = knowledge.by_id.get(notice.entry_id)
        if entry is None:
            return []
        header = Reply(text=self.messages.text("kb_notice", question=notice.question[:300]))
        return [header, *self._answer_with(knowledge.result_for(entry), notice.question_id)]
