"""Three kinds of message no entry answers, read by their shape rather than their wording
(rules/knowledge.yaml `acts`): a job in the world wanted done for the team ("need the CMN
faxed to the doctor's office today", "the walker claim for Mrs. Ortiz - resubmit it"), the bot
asked about itself ("do you ever crash", "how many questions can you take a day"), and how to
code a diagnosis or a procedure rather than a DME item ("how should I code a pneumonia dx")."""

from __future__ import annotations

import re

from pydantic import BaseModel

from flows.text import phrase_alternatives as _words


class ActsRules(BaseModel):
    """`acts` in rules/knowledge.yaml."""

    # A job wanted done, told rather than asked: one of `wanting` opening the message (or
    # after "i", "we", "please"), then within a few words a thing and one of `done` ("need the
    # SWO faxed over", "get this claim resubmitted today"); or a clause, after a comma or a
    # dash, opening with one of `doing` aimed at "it" or "them" ("Mrs. Ortiz's claim -
    # resubmit it"). A message holding a question ("need the ABN signed before delivery?")
    # asks a rule and stays a question.
    wanting: list[str] = []
    done: list[str] = []
    doing: list[str] = []
    # The bot asked about itself: one of `self_names` ("you", "the bot") then one of
    # `self_states` ("do you ever crash", "before you break"), not followed by one of
    # `not_states` ("can you break down the RR rule" asks a rule); how many of
    # `self_workloads` it can take ("how many questions can you answer a day"); one of
    # `self_parts` after "your" ("what are your limits"); or who made or keeps it, asked with
    # one of `self_makers` ("who keeps you running").
    self_names: list[str] = []
    self_states: list[str] = []
    not_states: list[str] = []
    self_workloads: list[str] = []
    self_parts: list[str] = []
    self_makers: list[str] = []
    # Coding a diagnosis or a procedure: "code" asked as a verb ("how do I code", "how to
    # code", "coding a"), then within a few words one of `clinical` ("how do I code a sepsis
    # diagnosis"), with none of `dme_things` ("how do I code the diagnosis on the SWO" asks
    # what a DME order holds).
    clinical: list[str] = []
    dme_things: list[str] = []


# "code" asked as a verb: "how do I code", "how should we code", "how to code", "coding a".
_CODE_VERB = (
    r"(?:\b(?:how|should|do|can|would|could|where|when)\s+(?:i|we|you|u|one)\s+"
    r"(?:\S+\s+)?|\bhow\s+to\s+|\bto\s+)(?:code|coding)\b|\bcoding\s+(?:a|an|the|for|this|that)\b"
)


def _compiled(pattern: str, *lists: list[str]) -> re.Pattern[str] | None:
    """`pattern` with each `{}` filled by a list's alternatives, or None if any list is empty."""
    if not all(lists):
        return None
    return re.compile(pattern.format(*(_words(phrases) for phrases in lists)))


class Acts:
    """Whether a message wants a job done, asks about the bot, or asks clinical coding."""

    def __init__(self, rules: ActsRules) -> None:
        self._wanted = _compiled(
            r"^(?:(?:i|we|pls|plz|please|just)\s+)*{}\s+(?:\S+\s+){{1,6}}?{}\b",
            rules.wanting,
            rules.done,
        )
        self._told = _compiled(
            r"[,;:\u2014\u2013-]\s*(?:(?:please|pls|plz|just|then|and|also)\s+)*{}\s+"
            r"(?:it|them|this|that|these|those)\b",
            rules.doing,
        )
        not_after = rf"(?!\s+{_words(rules.not_states)}\b)" if rules.not_states else ""
        self._self_state = _compiled(
            r"\b{}\s+(?:(?:ever|even|actually|just|really|eventually|ever\s+get)\s+)?{}\b"
            + not_after,
            rules.self_names,
            rules.self_states,
        )
        self._workload = _compiled(
            r"\bhow\s+many\s+{}\s+(?:can|do|could|will|would|should)\s+{}\b",
            rules.self_workloads,
            rules.self_names,
        )
        self._part = _compiled(r"\b(?:your|ur)\s+{}\b", rules.self_parts)
        self._maker = _compiled(
            r"^(?:who|whom|whos|what|which)\b.*\b{}\s+(?:\S+\s+){{0,2}}?{}(?:\s+\S+)?$",
            rules.self_makers,
            rules.self_names,
        )
        self._clinical = _compiled(
            "(?:" + _CODE_VERB + r")(?:\s+\S+){{0,4}}?\s+{}s?\b", rules.clinical
        )
        self._dme = _compiled(r"\b{}s?\b", rules.dme_things)

    def job_wanted(self, question: str, text: str, asks: bool) -> bool:
        """A job told to be done for the team (`question` as typed, `text` its lower-case words
        joined by spaces; `asks`: whether it holds a question)."""
        if asks:
            return False
        told = self._told and self._told.search(question.lower())
        return bool((self._wanted and self._wanted.search(text)) or told)

    def about_itself(self, text: str) -> bool:
        """The bot asked about its own limits, health, workload or makers."""
        shapes = (self._self_state, self._workload, self._part, self._maker)
        return any(p is not None and p.search(text) for p in shapes)

    def clinical_coding(self, text: str) -> bool:
        """How to code a diagnosis or a procedure, no DME item or document named."""
        if not (self._clinical and self._clinical.search(text)):
            return False
        return not (self._dme and self._dme.search(text))
