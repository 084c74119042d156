"""The team knowledge base loop: capture what the bot could not answer, group similar questions,
take the team's drafts, let a lead approve them, tell the askers, and keep entries fresh.

Surface-free: the CLI, the chat and Slack all call these functions; the store is a protocol.
A question or an answer with a patient identifier is never recorded.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Literal, Protocol

from pydantic import BaseModel, Field, HttpUrl, ValidationError, field_validator
from rapidfuzz import fuzz

from flows.asides import MAX_MESSAGE_CHARS  # longer questions are refused, so never kept
from flows.clock import utcnow
from flows.phi import scan
from flows.questions import reads_as_question
from flows.text import Tokenizer

Outcome = Literal["answered", "declined"]
Feedback = Literal["helpful", "unhelpful"]
EntryStatus = Literal["draft", "approved", "retired"]
Confidence = Literal["high", "medium", "low"]

# Two questions are "the same question" when their content words mostly overlap (after the
# knowledge base's own stemming and synonyms) or read alike word for word.
SAME_WORDS_SHARE = 0.6
SAME_WORDING_RATIO = 85
MAX_PHRASINGS_PER_ENTRY = 8  # the group's questions kept as an entry's example phrasings
TEAM_ID = re.compile(r"^(?:team-)?(\d{1,9})$")
# A code or number typed alone ("E1399", "CO-16", "1") asks nothing an expert could answer: the
# bot asks what the biller wants to know, and the experts' list is left to real questions.
ONE_CODE = re.compile(r"\W*[\w-]*\d[\w-]*\W*")
LETTER = re.compile(r"[^\W\d_]")


class PatientIdentifier(ValueError):
    """Text meant for the team knowledge base seems to hold a patient identifier."""

    def __init__(self, field: str, kinds: list[str]) -> None:
        self.field, self.kinds = field, kinds
        super().__init__(f"{field} seems to contain a patient identifier ({', '.join(kinds)})")


class KbError(ValueError):
    """A knowledge-base action that cannot be done (unknown id, wrong status): a clear reason."""


MAX_GROUP_ID = 2**31 - 1  # the largest id the store's integer columns hold (PostgreSQL's)


class NoSuchQuestion(KbError):
    """An answer names no unanswered group (answered meanwhile, or a forged form)."""


def identifiers_in(text: str) -> list[str]:
    """The kinds of patient identifier in `text`: the one PHI check every step of the loop uses."""
    return list(scan(text or "").kinds)


def same_person(name: str, other: str) -> bool:
    """Names typed at the command line ("Zed", "zed ") or Slack user ids, compared as people."""
    return name.strip().casefold() == other.strip().casefold()


def entry_id_of(number: int) -> str:
    return f"team-{number}"


def entry_number(entry_id: str) -> int:
    """Reads "team-12" (or "12") back to the stored number; KbError when it is neither."""
    match = TEAM_ID.match(entry_id.strip().lower())
    if not match:
        raise KbError(f"'{entry_id[:40]}' is not a team entry id (like team-3)")
    return int(match.group(1))


class Question(BaseModel):
    """One question someone asked, as recorded after the PHI guard."""

    id: int
    question: str
    conversation_key: str | None
    user_id: str
    outcome: Outcome
    entry_id: str | None = None
    feedback: Feedback | None = None
    group_id: int | None = None
    asked_at: dt.datetime
    notified: bool = False


class Group(BaseModel):
    """Similar unanswered questions, counted together; posted once to the experts."""

    id: int
    question: str
    count: int
    last_asked: dt.date


class AnswerForm(BaseModel):
    """What a team member fills in to answer a question (CLI flags or the Slack modal)."""

    title: str = Field(min_length=3, max_length=150)
    short: str = Field(min_length=20, max_length=2000)
    detail: str | None = Field(default=None, max_length=6000)
    sources: list[HttpUrl] = Field(min_length=1, max_length=10)
    confidence: Confidence = "medium"  # "high" only when the writer says so
    confidence_note: str | None = Field(default=None, max_length=500)

    @field_validator("title", "short", mode="before")
    @classmethod
    def _trimmed(cls, value: object) -> object:
        # kept "" when blank, so the writer reads "at least 3 characters", not "a valid string"
        return value.strip() if isinstance(value, str) else value

    @field_validator("detail", "confidence_note", mode="before")
    @classmethod
    def _trimmed_or_none(cls, value: object) -> object:
        return value.strip() or None if isinstance(value, str) else value


class TeamEntry(BaseModel):
    """A team-written entry: a draft until a lead approves it; retired entries are not served."""

    number: int
    group_id: int | None
    form: AnswerForm
    phrasings: list[str]
    author: str
    status: EntryStatus
    created_at: dt.datetime
    reviewed_by: str | None = None
    reviewed_on: dt.date | None = None
    review_days: int = 180
    reminded_on: dt.date | None = None

    @property
    def id(self) -> str:
        return entry_id_of(self.number)

    def review_due(self) -> dt.date | None:
        if self.status != "approved" or self.reviewed_on is None:
            return None
        return self.reviewed_on + dt.timedelta(days=self.review_days)


class Notice(BaseModel):
    """Someone to tell that the team answered their question, and where."""

    question_id: int
    conversation_key: str
    user_id: str
    question: str
    entry_id: str


class TeamStore(Protocol):
    """What the loop needs from storage (bot/kb_store.py implements it over SQL)."""

    def record_question(
        self, question: str, conversation_key: str | None, user_id: str, outcome: Outcome,
        entry_id: str | None,
    ) -> int: ...  # fmt: skip
    def question(self, question_id: int) -> Question | None: ...
    def last_answered(self, conversation_key: str) -> Question | None: ...
    def set_feedback(self, question_id: int, feedback: Feedback) -> None: ...
    def resolve(self, question_id: int, entry_id: str) -> None: ...
    def open_groups(self) -> list[Group]: ...
    def group_questions(self, group_id: int) -> list[Question]: ...
    def add_group(self, question: str) -> int: ...
    def join_group(self, question_id: int, group_id: int) -> None: ...
    def add_entry(self, entry: TeamEntry) -> int: ...
    def entry(self, number: int) -> TeamEntry | None: ...
    def entries(self, status: EntryStatus | None = None) -> list[TeamEntry]: ...
    def change_entry(self, number: int, from_status: tuple[str, ...], **values: object) -> bool: ...
    def add_phrasing(self, entry_id: str, phrasing: str) -> None: ...
    def pending_notices(self) -> list[Notice]: ...
    def mark_notified(self, question_id: int) -> None: ...
    def questions_since(self, since: dt.datetime) -> list[Question]: ...
    def forget_questions(self, conversation_key: str, since: dt.datetime) -> int: ...


class TeamLoop:
    """The loop's steps, in the order a question travels through them."""

    def __init__(
        self, store: TeamStore, tokenizer: Tokenizer, review_days: int = 180,
        chit_chat: Callable[[str], bool] = lambda _text: False,
    ) -> None:  # fmt: skip
        self.store, self.tokenizer, self.review_days = store, tokenizer, review_days
        self.chit_chat = chit_chat  # greetings and "u there?" (Messages.is_small_talk)

    # -- capture ---------------------------------------------------------------------------
    def record(
        self, question: str, conversation_key: str | None, user_id: str, outcome: Outcome,
        entry_id: str | None = None,
    ) -> int | None:  # fmt: skip
        """Records an asked question (None when it holds an identifier); a declined one joins
        the unanswered groups only when it asks something: not numbers alone ("12 34", "2.5"),
        a code alone, a greeting or a check that the bot is there."""
        question = " ".join(question.split())
        if not question or len(question) > MAX_MESSAGE_CHARS or identifiers_in(question):
            return None
        try:
            question_id = self.store.record_question(
                question, conversation_key, user_id, outcome, entry_id
            )
        except Exception:  # the store cannot write: the question still gets its answer
            return None
        if outcome == "declined" and self.asks_something(question):
            self._group(question_id, question)
        return question_id

    def forget_since(self, conversation_key: str, since: dt.datetime) -> int:
        """A cancelled intake: the questions asked in its conversation since it began are
        deleted (with their unanswered groups and learned wordings), except those a teammate
        has written an answer to; returns how many it kept for that answer."""
        return self.store.forget_questions(conversation_key, since)

    def asks_something(self, question: str) -> bool:
        """Whether a declined message is a question an expert could answer."""
        return (
            bool(LETTER.search(question))
            and reads_as_question(question)
            and not (
                ONE_CODE.fullmatch(question) or self.chit_chat(question)  # "12 34": asks nothing
            )
        )

    def rate(self, question_id: int, helpful: bool) -> Question | None:
        """Stores a helpful/unhelpful mark; an unhelpful answer's question joins the unanswered.
        One mark per answer: the last one counts, so helpful after not helpful takes the
        question off the unanswered list again."""
        asked = self.store.question(question_id)
        if asked is None:
            return None
        self.store.set_feedback(question_id, "helpful" if helpful else "unhelpful")
        if not helpful and asked.group_id is None:
            self._group(question_id, asked.question)
        elif helpful and asked.feedback == "unhelpful" and asked.entry_id is not None:
            self.store.resolve(question_id, asked.entry_id)
        return asked

    def confirm_meaning(self, question_id: int, entry_id: str, learn: bool) -> Question | None:
        """The asker confirmed a suggested entry: the question is answered by it, and (when
        learning is on) its wording becomes one of the entry's phrasings."""
        asked = self.store.question(question_id)
        if asked is None:
            return None
        self.store.resolve(question_id, entry_id)
        if learn and not identifiers_in(asked.question):
            self.store.add_phrasing(entry_id, asked.question)
        return asked

    def _group(self, question_id: int, question: str) -> int:
        """Joins the most similar open group, or starts a new one."""
        words = set(self.tokenizer.tokens(question))
        best, best_score = None, 0.0
        for group in self.store.open_groups():
            score = self.likeness(words, question, group.question)
            if score > best_score:
                best, best_score = group, score
        group_id = best.id if best and best_score >= 1 else self.store.add_group(question)
        self.store.join_group(question_id, group_id)
        return group_id

    def likeness(self, words: set[str], question: str, other: str) -> float:
        """At least 1 when two questions ask the same thing (shared words, or the same wording)."""
        other_words = set(self.tokenizer.tokens(other))
        union = words | other_words
        share = len(words & other_words) / len(union) if union else 0.0
        wording = fuzz.token_sort_ratio(question.lower(), other.lower())
        return max(share / SAME_WORDS_SHARE, wording / SAME_WORDING_RATIO)

    def unanswered(self, limit: int = 50) -> list[Group]:
        """Open groups, most asked first, then most recent."""
        groups = self.store.open_groups()
        groups.sort(key=lambda g: (-g.count, -g.last_asked.toordinal(), g.id))
        return groups[:limit]

    # -- route and review -----------------------------------------------------------------
    def draft(self, group_id: int, form: AnswerForm, author: str) -> TeamEntry:
        """A team member's answer to an unanswered group, kept as a draft (never served)."""
        for field in ("title", "short", "detail", "confidence_note"):
            kinds = identifiers_in(getattr(form, field) or "")
            if kinds:
                raise PatientIdentifier(field, kinds)
        for source in form.sources:
            if identifiers_in(str(source)):
                raise PatientIdentifier("sources", identifiers_in(str(source)))
        # An id past what a database integer holds (a forged form) names no group either.
        in_range = 0 < group_id <= MAX_GROUP_ID
        questions = self.store.group_questions(group_id) if in_range else []
        if not questions:
            raise NoSuchQuestion(f"there is no unanswered question {group_id}")
        phrasings = list(dict.fromkeys(q.question for q in questions))[:MAX_PHRASINGS_PER_ENTRY]
        entry = TeamEntry(
            number=0,
            group_id=group_id,
            form=form,
            phrasings=phrasings,
            author=author,
            status="draft",
            created_at=utcnow(),
            review_days=self.review_days,
        )
        entry.number = self.store.add_entry(entry)
        return entry

    def approve(self, entry_id: str, by: str, today: dt.date) -> TeamEntry:
        """A lead approves a draft (or re-verifies an approved entry): from now on it is served.
        Its author cannot: the review is a second person's check."""
        number = entry_number(entry_id)
        drafted = self.store.entry(number)
        if drafted is not None and same_person(drafted.author, by):
            raise KbError(f"{drafted.id} was written by {by}; another lead must approve it")
        changed = self.store.change_entry(
            number, ("draft", "approved"), status="approved", reviewed_by=by, reviewed_on=today,
            reminded_on=None,
        )  # fmt: skip
        entry = self.store.entry(number)
        if entry is None:
            raise KbError(f"there is no team entry {entry_id_of(number)}")
        if not changed:
            raise KbError(f"{entry.id} is {entry.status}; only drafts and approved entries")
        return entry

    def retire(self, entry_id: str, by: str, today: dt.date) -> TeamEntry:
        """A lead retires an entry: it is no longer served (kept for the report)."""
        number = entry_number(entry_id)
        if not self.store.change_entry(
            number, ("draft", "approved"), status="retired", reviewed_by=by, reviewed_on=today
        ):
            raise KbError(f"there is no draft or approved team entry {entry_id_of(number)}")
        entry = self.store.entry(number)
        assert entry is not None
        return entry

    def notices(self) -> list[Notice]:
        """Askers of answered groups not yet told (each once, wherever they asked)."""
        return self.store.pending_notices()

    def due_for_review(self, today: dt.date) -> list[TeamEntry]:
        """Approved entries past their review interval: their owners should verify them."""
        return [
            e
            for e in self.store.entries("approved")
            if (due := e.review_due()) is not None and due <= today
        ]

    def served_entries(self) -> list[TeamEntry]:
        return self.store.entries("approved")


def form_problems(fields: dict[str, object]) -> dict[str, str]:
    """Every problem of an answer form by field (for a form that marks each field): "phi:KINDS"
    for a patient identifier, else the validation message."""
    problems: dict[str, str] = {}
    for field in ("title", "short", "detail", "confidence_note", "sources"):
        value = fields.get(field)
        text = " ".join(value) if isinstance(value, list) else str(value or "")
        kinds = identifiers_in(text)
        if kinds:
            problems[field] = "phi:" + ", ".join(kinds)
    try:
        AnswerForm.model_validate(fields)
    except ValidationError as error:
        for problem in error.errors():
            field = str(problem["loc"][0]) if problem["loc"] else "title"
            problems.setdefault(field, problem["msg"])
    return problems


def read_form(fields: dict[str, object]) -> AnswerForm:
    """Validates an answer form; KbError names the first bad field in plain words."""
    try:
        return AnswerForm.model_validate(fields)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"][:1]) or "form"
        raise KbError(f"{field}: {first['msg']}") from error
