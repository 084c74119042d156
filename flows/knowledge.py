"""The sourced knowledge base: content/faq entries, answered when the ranking is sure."""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from pydantic import BaseModel, Field

from flows.content import ContentError
from flows.knowledge_bare import bare_code
from flows.knowledge_dates import DatedDeadlines
from flows.knowledge_entries import Entry, load_entries
from flows.knowledge_hedged import hedge
from flows.knowledge_learned import (
    NEIGHBOURS,
    OUT_OF_SCOPE,
    LearnedNeighbours,
    LearnedPhrasing,
    load_learned,
)
from flows.knowledge_mac_states import MacStatePicks
from flows.knowledge_payers import ORIGINAL_MEDICARE
from flows.knowledge_rank import Match, Ranker
from flows.knowledge_readings import readings_pick
from flows.knowledge_rules import ClaimContext, RankingRules
from flows.knowledge_thresholds import LONE_COVERAGE
from flows.messages import Messages
from flows.models import Reply
from flows.text import Tokenizer, fold_accents, is_code, mostly_marked

if TYPE_CHECKING:
    from flows.code_facts import CodeFacts

# bm25s sets its own logger to DEBUG when imported; give the level back to the application.
logging.getLogger("bm25s").setLevel(logging.NOTSET)

# Runners-up covering at least this share of the question are offered as related topics.
RELATED_COVERAGE = 0.4
# A close call whose entry covers less than this share of the question is offered only when a
# learned wording near the question names the entry; one whose nearest learned wordings are at
# least OUT_OF_SCOPE_SHARE out of scope is declined (`keeps_close_call`).
WORDING_COVERAGE = 0.5
OUT_OF_SCOPE_SHARE = 0.8
# An entry covering this share of the question is its topic whatever out-of-scope wordings sit
# near it: "what is the timely filing limit" beside "BCBS Illinois timely filing limit".
SURE_COVERAGE = 0.85


class CloseCallLimits(NamedTuple):
    """How `KnowledgeBase.keeps_close_call` reads the learned wordings' votes."""

    neighbours: int = NEIGHBOURS
    coverage: float = WORDING_COVERAGE
    out_of_scope_share: float = OUT_OF_SCOPE_SHARE


class RelatedTopic(BaseModel):
    entry_id: str
    title: str


class AskResult(BaseModel):
    """The `ask --json` shape of the public contract."""

    answered: bool
    entry_id: str | None
    title: str | None
    text: str
    sources: list[str]
    related: list[RelatedTopic]
    score: float
    last_reviewed: str | None = None
    confidence: str | None = None
    origin: Literal["content", "team"] | None = None
    reviewed_by: str | None = None
    tentative: bool = False  # two entries were close: the best is offered as "I think you mean"
    parts: list[str] = Field(default_factory=list)  # entries answering a question's other parts
    # A close call's other entry, whose short answer follows the best one's ("If you meant ...")
    runner_up: str | None = None
    # "code_table" when no entry answers and the text is the named codes' rows (flows/code_facts)
    answered_from: Literal["knowledge_base", "code_table"] | None = None
    codes: list[dict[str, object]] = Field(default_factory=list)  # the named codes' rows
    # An item question's code search (flows/item_questions.py): query, likely, candidates, noc
    code_search: dict[str, object] | None = None


class KnowledgeBase:
    """Answers free-text questions from the entries; the index is built once, at start-up."""

    def __init__(
        self,
        entries: list[Entry],
        tokenizer: Tokenizer,
        messages: Messages,
        rules: RankingRules | None = None,
        code_facts: CodeFacts | None = None,
        learned: list[LearnedPhrasing] | None = None,
        leave_out: str | None = None,
        neighbours: LearnedNeighbours | None = None,
        ranker: Ranker | None = None,
    ) -> None:
        # Wordings learned from labelled question sets; `leave_out` names a set whose own are
        # left out (a benchmark scoring that set); `neighbours` and `ranker`: indexes already built.
        self.learned = learned or []
        self.neighbours = neighbours or LearnedNeighbours.of(
            [p for p in self.learned if p.source != leave_out], tokenizer
        )
        self.entries, self.tokenizer, self.messages = entries, tokenizer, messages
        self.code_facts = code_facts
        self.rules = rules or RankingRules(
            version=1, internal_phrases=[], other_domains=[], context_words={}, state_names={}
        )
        self.by_id = {entry.id: entry for entry in entries}
        self.ranker = ranker or Ranker(entries, tokenizer, self.rules)
        if code_facts:  # a code Medicare may pay is no unknown code (knowledge_unknown_codes)
            self.ranker.payable_codes = code_facts.payable_codes
        self.dated = DatedDeadlines.of(self.rules)
        self.mac_states = MacStatePicks(self.rules.mac_state_asks, entries, self.rules.state_names)

    @classmethod
    def load(
        cls,
        content_dir: Path,
        messages: Messages,
        tokenizer: Tokenizer,
        code_facts: CodeFacts | None = None,
    ) -> KnowledgeBase:
        entries, rules = load_entries(content_dir), RankingRules.load(content_dir)
        known = {entry.id for entry in entries}
        named = [(f"payer_topics '{topic}'", i) for topic, by_payer in rules.payer_topics.items()
                 for ids in by_payer.values() for i in ids]  # fmt: skip
        named += [("plan_topics", i) for i in rules.plan_topics]
        named += [("appeal_steps", i) for i in sorted(rules.appeal_steps.entry_ids())]
        named += [("cued_topics", i) for rule in rules.cued_topics for i in rule.entries]
        for where, entry_id in ((w, i) for w, i in named if i not in known):
            raise ContentError(
                content_dir / "rules" / "knowledge.yaml",
                None,
                f"{where} names unknown entry '{entry_id}'",
            )
        for entry_id, plan in rules.plan_topics.items():
            for topic in (t for t in plan.topics if t not in rules.payer_topics):
                raise ContentError(
                    content_dir / "rules" / "knowledge.yaml",
                    None,
                    f"plan_topics '{entry_id}' names topic '{topic}', not one of payer_topics",
                )
        for rule in rules.dated_deadlines:
            dated_ids = [*rule.entries, *([rule.on_day_off] if rule.on_day_off else [])]
            for entry_id in (i for i in dated_ids if i not in known):
                raise ContentError(
                    content_dir / "rules" / "knowledge.yaml",
                    None,
                    f"dated_deadlines '{rule.window}' names unknown entry '{entry_id}'",
                )
        if rules.noc_caveats:
            rules.noc_caveats.check(content_dir, known)
        learned = load_learned(content_dir, known)
        return cls(entries, tokenizer, messages, rules, code_facts, learned)

    def with_entries(self, entries: list[Entry]) -> KnowledgeBase:
        """Another set of entries (the team's served beside the content's) under the same rules
        and learned wordings, whose index is shared rather than built again."""
        return KnowledgeBase(
            entries,
            self.tokenizer,
            self.messages,
            self.rules,
            self.code_facts,
            self.learned,
            neighbours=self.neighbours,
        )

    def without_learning(self) -> KnowledgeBase:
        """The same entries and index with no learned phrasings (a benchmark's baseline)."""
        return KnowledgeBase(self.entries, self.tokenizer, self.messages, self.rules,
                             self.code_facts, ranker=self.ranker)  # fmt: skip

    def leaving_out(self, source: str) -> KnowledgeBase:
        """The same knowledge base without the phrasings learned from one question set."""
        return KnowledgeBase(
            self.entries,
            self.tokenizer,
            self.messages,
            self.rules,
            self.code_facts,
            self.learned,
            leave_out=source,
            ranker=self.ranker,
        )

    def rank(
        self, question: str, limit: int = 3, context: ClaimContext | None = None
    ) -> list[Match]:
        """Best entries first, each with its score and the share of the question it covers."""
        return self.ranker.rank(question, limit, context, self.neighbours)

    def ask(self, question: str, context: ClaimContext | None = None) -> AskResult:
        """Answers from the best entry when sure, as "I think you mean ..." when two entries are
        close, otherwise says so and offers the nearest topics. `context` is what an intake
        knows about the claim so far (payer type, state, acquisition). The HCPCS codes the
        question names are described from the code table (flows/code_facts.py)."""
        if _in_capitals(question):  # "WHERE DOES THE PL AMOUNT GO" read as typed in lower case
            question = question.lower()
        if not mostly_marked(question):  # one written in another language is declined whole
            question = fold_accents(question)  # "dzięki" one word, not "dzi" and the KI modifier
        if self.code_facts:  # "e 1399" read as E1399
            question = self.code_facts.with_codes_joined(question)
        question = self.ranker.is_off_topic.past_chatter(question)  # "who took my ...? ..."
        entry = functools.cache(lambda: self._ask(question, context))  # unread by a code's answer
        result = self.code_facts.add_to(question, entry, self) if self.code_facts else entry()
        offer = readings_pick(self, question, result, context)  # (entry, rival): readings agree
        if offer:
            best, rival = self.by_id[offer[0]], self.by_id.get(offer[1] or "")
            runners_up = [rival.id] if rival else []
            result = self.hedged(self.result_for(best, result.score, runners_up), rival)
        return self._noc_caveat(question, result)

    def _noc_caveat(self, question: str, result: AskResult) -> AskResult:
        """The answer opening with the caveat (content/rules/noc_caveats.yaml) when it shows an
        entry whose rule is unconfirmed for a NOC code the question names."""
        caveats, facts = self.rules.noc_caveats, self.code_facts
        if not (caveats and facts and result.answered_from == "knowledge_base"):
            return result
        shown = [i for i in [result.entry_id, result.runner_up, *result.parts] if i]

        def is_noc(code: str) -> bool:
            row = facts.book.lookup(code)
            return row is not None and row.is_noc

        said = caveats.said_for(question, shown, is_noc)
        return result.model_copy(update={"text": f"{said}\n\n{result.text}"}) if said else result

    def is_off_topic(self, question: str) -> bool:
        """Another domain, a request to do work, or the team's own processes."""
        tokens = self.ranker.query_tokens(self.ranker.read_question(question))
        return self.ranker.is_off_topic(question, tokens)

    def _ask(self, question: str, context: ClaimContext | None) -> AskResult:
        # An item's code is the code search's to find (flows/code_facts.py), not the wordings'.
        names_item = bool(self.code_facts and self.code_facts.names_item(question))
        judgement = self.ranker.judge(question, context, None if names_item else self.neighbours)
        ranked = judgement.ranked
        verdict = judgement.verdict
        if verdict == "tentative" and not self.keeps_close_call(
            question,
            ranked[0].entry,
            ranked[0].coverage,
            self._payer_picks(question, ranked, context),
        ):
            verdict = "decline"
        day_off = self.dated.day_off(question, [m.entry.id for m in ranked[:2]])
        if day_off and day_off.settles and not self.is_off_topic(question):
            verdict = "answer"  # the typed date's last day picks the entry (a day off or not)
        mac = self._mac_pick(question, context) if verdict == "decline" else None
        if mac:  # a state named with "which DME MAC": its jurisdiction, offered as a close call
            others = [m.entry for m in ranked if m.entry.id != mac]
            result = self.result_for(self.by_id[mac], ranked[0].coverage, [e.id for e in others])
            return self.hedged(result, others[0] if others else None)
        if verdict == "decline":
            # another domain's question ("the weather in paris") is near no billing topic
            near = [] if self.is_off_topic(question) else ranked[:3]
            nearest = [RelatedTopic(entry_id=m.entry.id, title=m.entry.title) for m in near]
            code = bare_code(question)
            return AskResult(
                answered=False,
                entry_id=None,
                title=None,
                text=self.messages.text("no_answer_bare_code", code=code)
                if code
                else self.messages.text("no_answer"),
                sources=[],
                related=nearest,
                score=round(ranked[0].coverage, 3) if ranked else 0.0,
            )
        best = ranked[0]
        runners_up = [m.entry.id for m in ranked[1:] if m.coverage >= RELATED_COVERAGE]
        entry = self.by_id[day_off.entry_id] if day_off else best.entry
        result = self.result_for(entry, best.coverage, runners_up)
        if day_off:  # the date the question typed: its deadline counted, and which entry
            result.text = f"{day_off.said(self.messages)}\n\n{result.text}"
            window_source = str(day_off.window.source) if day_off.window else ""
            if window_source and window_source not in result.sources:
                result.sources.append(window_source)
        if verdict == "tentative":
            # On a topic answered per payer, the question's own payer picked the entry: another
            # payer's answer ("ask the DME MAC" beside "appeal to the MA plan") is no rival.
            named = self.ranker.payers.payer_of(question, None)
            rival = next(
                (
                    m.entry
                    for m in ranked[1:]
                    if m.entry.id != entry.id
                    and not (named and self.ranker.payers.same_topic(entry.id, m.entry.id))
                ),
                None,
            )
            # A rival that is the other part's entry is answered under its own title below.
            if rival is not None and any(p.entry.id == rival.id for p in judgement.further_parts):
                rival = None
            result = self.hedged(result, rival)
        for part in judgement.further_parts:  # the other part of a two-part question
            if part.entry.id in (entry.id, result.runner_up, *result.parts):
                continue  # an entry's text is said once
            result.parts.append(part.entry.id)
            result.text += f"\n\n*{part.entry.title}*\n{part.entry.short.strip()}"
            result.sources += [str(s) for s in part.entry.sources if str(s) not in result.sources]
        return result

    def _mac_pick(self, question: str, context: ClaimContext | None) -> str | None:
        """The jurisdiction entry for the states a declined question names beside asking which
        DME MAC takes the claim (flows/knowledge_mac_states.py); none for a question the scope
        rules decline."""
        corrected = self.ranker.read_question(question)
        payer = self.ranker.payers.payer_of(corrected, context)
        pick = self.mac_states.pick(corrected, payer, context)
        return pick if pick in self.by_id and not self.is_off_topic(question) else None

    def _payer_picks(
        self, question: str, ranked: list[Match], context: ClaimContext | None
    ) -> bool:
        """Whether the claim's payer can pick the close call's entry (`keeps_close_call`): a
        payer other than Original Medicare can; Original Medicare, whose rules most entries
        state, picks nothing the wording did not, so only with plain BM25 agreeing and the entry
        covering at least LONE_COVERAGE of the question (docs/knowledge.md)."""
        payer = (context or {}).get("payer")
        if not payer or not ranked:
            return False
        plain = self.ranker.plain.top(question) == ranked[0].entry.id
        return payer != ORIGINAL_MEDICARE or (plain and ranked[0].coverage >= LONE_COVERAGE)

    def hedged(self, result: AskResult, rival: Entry | None) -> AskResult:
        """The answer offered as "I think you mean ...", the close rival's answer after it and
        the rival first among the related topics."""
        if rival is not None and rival.id != result.entry_id:
            others = [topic for topic in result.related if topic.entry_id != rival.id]
            result.related = [RelatedTopic(entry_id=rival.id, title=rival.title), *others][:3]
        return hedge(result, rival, self.messages)

    def keeps_close_call(
        self,
        question: str,
        entry: Entry,
        coverage: float,
        payer_known: bool = False,
        limits: CloseCallLimits | None = None,
    ) -> bool:
        """Whether a close call may still be offered as "I think you mean", judged by the learned
        wordings nearest the question (flows/knowledge_learned.py): not when most of them are
        questions the sets' writers marked out of scope, nor, for an entry covering less than
        WORDING_COVERAGE of the question, when none of them names the entry and the wordings
        most like it, read both ways, do not all name it (`LearnedNeighbours.agree`). Replayed
        on the blind sets' first runs, with wordings learned from the other sets only, the close
        calls so declined were wrong more often than right (docs/knowledge.md). An entry no learned
        wording names (a team entry, a topic no labelled question asked) has no such evidence
        and is judged by the first test alone; so is a question whose claim's payer picks the
        entry where the wording alone cannot (`payer_known`, `_payer_picks`), or where a lost
        appeal level picks the next. `limits` other than the defaults are for
        benches/bench_knowledge_replay.py --nested."""
        limits = limits or CloseCallLimits()
        tokens = self.ranker.query_tokens(self.ranker.read_question(question))
        votes = self.neighbours.votes(tokens, limits.neighbours)
        out_of_scope = votes.get(OUT_OF_SCOPE, 0.0) >= limits.out_of_scope_share
        if out_of_scope and coverage < SURE_COVERAGE:
            return False
        picked = payer_known or self.ranker.lost_steps.picks(question, entry.id)
        if coverage >= limits.coverage or picked or entry.id not in self.neighbours.named:
            return True
        return votes.get(entry.id, 0.0) > 0 or self.neighbours.agree(
            tokens, entry.id, self.ranker.rarity
        )

    def result_for(
        self, entry: Entry, coverage: float = 1.0, runners_up: list[str] | None = None
    ) -> AskResult:
        """The answer made of one entry (the best ranked, or one the asker picked)."""
        related_ids = list(dict.fromkeys([*entry.related, *(runners_up or [])]))
        related = [
            RelatedTopic(entry_id=i, title=self.by_id[i].title)
            for i in [i for i in related_ids if i != entry.id][:3]
            if i in self.by_id
        ]
        return AskResult(
            answered=True,
            entry_id=entry.id,
            title=entry.title,
            text=entry.answer_text,
            sources=[str(s) for s in entry.sources],
            related=related,
            score=round(coverage, 3),
            last_reviewed=entry.last_reviewed.isoformat(),
            confidence=entry.confidence,
            origin=entry.origin,
            reviewed_by=entry.reviewed_by,
            answered_from="knowledge_base",
        )

    def knows_word(self, word: str) -> bool:
        return self.ranker.knows_word(word)

    def reply_to(self, question: str, context: ClaimContext | None = None) -> list[Reply]:
        """The answer as a chat reply: text, sources, review date, related topics."""
        return self.render(self.ask(question, context))

    def render(self, result: AskResult) -> list[Reply]:
        """An ask result as a chat reply (a team entry names who reviewed it)."""
        if not result.answered:
            lines = [result.text]
            if result.related:
                titles = "; ".join(topic.title for topic in result.related)
                lines.append(self.messages.text("no_answer_suggestions", titles=titles))
            return [
                Reply(kind="answer", text="\n".join(lines), payload=result.model_dump(mode="json"))
            ]
        if result.origin == "team":
            reviewed = self.messages.text(
                "answer_team_reviewed", name=result.reviewed_by, date=result.last_reviewed
            )
        elif result.answered_from == "code_table":
            reviewed = self.messages.text("answer_code_table", date=result.last_reviewed)
        else:
            reviewed = self.messages.text("answer_reviewed", date=result.last_reviewed)
        lines = [
            f"*{result.title}*",
            result.text,
            self.messages.text("answer_sources", sources=" ; ".join(result.sources)),
            reviewed,
        ]
        if result.related:
            titles = "; ".join(topic.title for topic in result.related)
            lines.append(self.messages.text("answer_related", titles=titles))
        return [
            Reply(kind="answer", text="\n\n".join(lines), payload=result.model_dump(mode="json"))
        ]


def _in_capitals(question: str) -> bool:
    """Typed with caps lock on: two or more words, one a word of four letters or more, every
    letter a capital, and no X12 segment ("NTE*ADD*..."), whose pasted text is read as pasted."""
    words = re.findall(r"[^\W\d_]{2,}", question)
    if len(words) < 2 or "*" in question or any(c.islower() for c in question):
        return False
    # "KX GA GZ", "RB RA CR": a list of modifiers or codes, typed in capitals as always
    return any(len(word) > 3 and not is_code(word.lower()) for word in words)
