"""What an outcome is: the evaluated facts (data, no wording) and the contract's JSON shape."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, Field

DocumentState = Literal["have", "missing", "unknown", "not_needed"]


class Note(BaseModel):
    """Something to tell the biller, as data: which wording (`key`) and the values it needs.

    Keys name their home: `messages.<key>` (content/messages.yaml), `checks.<id>`,
    `steps.<id>`, `denials.<id>` / `denials.<id>.headline`, `deadlines.<id>` /
    `deadlines.<id>.passed`,
    `documents.<payer>.<document>` and `documents.<payer>.<document>.<exception>`.
    """

    key: str
    fields: dict[str, Any] = Field(default_factory=dict)


# -- evaluation: what applies, decided by the rule files ------------------------------------
class CheckedDocument(BaseModel):
    id: str
    status: DocumentState
    required: bool
    why: list[Note]
    source: str
    too_late: bool = False  # can no longer be obtained (an ABN after delivery)


class DueDate(BaseModel):
    id: str
    listed_as: str  # the contract's deadline id
    date: dt.date
    passed: bool
    why: Note
    still_possible: Note | None = None
    day_off: Note | None = None  # the date falls on a weekend or holiday: send it the day before
    due_today: Note | None = None  # the date shown is today
    doubt: Note | None = None  # counted from a claim date out of order: said first


class Step(BaseModel):
    id: str
    when: dt.date | None
    overdue: bool
    action: list[Note]
    due_today: Note | None = None  # dated by a window whose date is today: said first


class Assessment(BaseModel):
    """One claim's outcome as data; the renderer turns it into words."""

    description: str
    description_withheld: bool
    code: str
    modifiers: list[str]
    narrative: str
    short_description: str
    narrative_dropped: list[str]
    checklist: list[CheckedDocument]
    missing: list[str]
    deadlines: list[DueDate]
    steps: list[Step]
    warnings: list[Note]
    planned: bool
    dme_mac: str | None
    # The code is valid on the date of service (False: terminated before it, never billed).
    code_valid: bool = True
    code_headline: Note | None = None  # the code rule's caveat, said under the code
    context: dict[str, Any] = Field(default_factory=dict)  # the facts notes are worded from


# -- the contract's `checklist --json` ------------------------------------------------------
class ChecklistItem(BaseModel):
    id: str
    label: str
    status: DocumentState
    required: bool
    why: str
    source: str


class Deadline(BaseModel):
    id: Literal["timely_filing", "redetermination", "reconsideration", "reopening"]
    date: dt.date
    passed: bool
    why: str


class FollowUp(BaseModel):
    id: str
    when: dt.date | None
    overdue: bool
    action: str


class Outcome(BaseModel):
    """The `checklist --json` shape (contract version 2), plus a few keys of our own."""

    code: str
    modifiers: list[str]
    narrative: str
    checklist: list[ChecklistItem]
    missing: list[str]
    deadlines: list[Deadline]
    follow_up: list[FollowUp]
    warnings: list[str]
    planned: bool
    short_description: str
    narrative_dropped: list[str]
    dme_mac: str | None
    code_valid: bool = True  # False: the code was terminated before the date of service
