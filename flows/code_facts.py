"""The HCPCS codes a question names, in words from the code table (descriptor, valid or terminated,
Medicare coverage, pricing indicator): one wording for `codes --code` and the knowledge answers.

A knowledge answer gets the facts of the codes its question names; a question the entries cannot
answer but that names a code ("what is E0118?") is answered from the code table alone, and says
so (`answered_from`). "No code fits, so E1399?" gets the specific code the item likely has."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from flows.code_table import HcpcsCode
from flows.codes import CodeBook
from flows.content import load_yaml_model
from flows.formats import us_date
from flows.item_coverage import CoverageQuestions
from flows.item_questions import ItemQuestions
from flows.knowledge import AskResult, RelatedTopic
from flows.knowledge_bare import bare_code
from flows.messages import Messages
from flows.models import HCPCS_IN_TEXT, HCPCS_SPACED_IN_TEXT

if TYPE_CHECKING:
    from flows.knowledge import KnowledgeBase

MAX_CODES = 3  # a question naming more codes gets the first three
# Entries offered beside an answer from the code table alone.
TERMINATED_ENTRY = "terminated-hcpcs-code"
CHECK_ENTRY = "check-for-specific-code"
VALID_CODE_ENTRY = "denial-valid-code-exists"
NOC_ENTRY = "other-noc-codes"


class CodeFactsFile(BaseModel):
    """content/codes/code_facts.yaml."""

    version: int
    last_reviewed: dt.date
    sources: list[str] = Field(min_length=1)
    pricing_indicators: dict[str, str]
    fee_schedule_categories: list[str]
    quiet_codes: list[str]
    file_words: list[str]
    code_question_words: list[str]
    short_question_words: int = Field(gt=0)
    no_code_words: list[str]
    # Words asking for a NOC family's code ("misc", "noc", "isnt coded"): an entry on that family
    # answers such a question outright; another naming an item is offered as "I think you mean".
    family_words: list[str] = []


class CodeFact(BaseModel):
    """One code's row in words; the keys of `codes --code --json` and its pricing indicator."""

    code: str
    description: str
    valid: bool
    termination_date: str | None
    noc: bool
    coverage_code: str
    medicare_coverage: str
    pricing_indicator: str
    same_descriptor: list[str] = Field(default_factory=list, exclude=True)
    lines: list[str] = Field(default_factory=list, exclude=True)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _says_noc(code: HcpcsCode) -> bool:
    """The descriptor says so itself ("..., not otherwise specified")."""
    return "not otherwise" in code.long_description.lower()


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9']+", text.lower())) + " "


class CodeFacts:
    """Reads code_facts.yaml once; describes codes and adds them to knowledge answers."""

    def __init__(
        self,
        book: CodeBook,
        messages: Messages,
        rules: CodeFactsFile,
        today: dt.date | None = None,
        items: ItemQuestions | None = None,
        coverage: CoverageQuestions | None = None,
    ) -> None:
        self.book, self.messages, self.rules = book, messages, rules
        self.today, self.items, self.coverage = today, items, coverage
        # The rules' phrases in the form questions are compared in, read once.
        self._file_words = [_words(w) for w in rules.file_words]
        self._no_code_words = [_words(w) for w in rules.no_code_words]
        self._family_words = [_words(w) for w in rules.family_words]
        # A terminated code whose exact descriptor lives on under a valid code (K1024 -> E0680).
        self._valid_by_descriptor: dict[str, list[str]] = {}
        for code in book.table.values():
            if code.termination_date is None:
                key = _words(code.long_description)
                self._valid_by_descriptor.setdefault(key, []).append(code.code)

    @classmethod
    def load(cls, content_dir: Path, book: CodeBook, messages: Messages) -> CodeFacts:
        rules = load_yaml_model(content_dir / "codes" / "code_facts.yaml", CodeFactsFile)
        items = ItemQuestions.load(content_dir, book, messages)
        coverage = CoverageQuestions.load(content_dir, book, messages, items.asks)
        return cls(book, messages, rules, items=items, coverage=coverage)

    @functools.cached_property
    def payable_codes(self) -> frozenset[str]:
        """The table's specific codes valid today that Medicare may pay (coverage.yaml: the DME
        MAC's judgement or special instructions), lowercased as the knowledge ranking reads them.
        Not a NOC code (K0898, A9901): a question naming one asks what the code is or which to
        use, which the code table, the code search or the code's own entry answers."""
        today = self.today or dt.date.today()
        table = self.book.table.values()
        valid = [code.code for code in table if code.is_valid_on(today) and not code.is_noc]
        coverage = {code: self.book.coverage(code) for code in valid}
        return frozenset(code.lower() for code, c in coverage.items() if c and c.may_pay)

    # -- one code --------------------------------------------------------------------------
    def describe(self, code: str) -> CodeFact | None:
        """The code's row in words, or None when the table does not have it."""
        found = self.book.lookup(code)
        if found is None:
            return None
        coverage = self.book.coverage(found.code)
        assert coverage is not None
        today = self.today or dt.date.today()
        valid = found.is_valid_on(today)
        say = self.messages.text
        lines = [
            say(
                "code_fact_header",
                code=found.code,
                data_version=self.book.meta.data_version,
                description=found.long_description,
                noc=say("code_fact_noc") if found.is_noc and not _says_noc(found) else "",
            )
        ]
        same: list[str] = []
        if valid or found.termination_date is None:
            added = us_date(found.add_date) if found.add_date else "date not given"
            lines.append(say("code_fact_valid", added=added))
        else:
            lines.append(say("code_fact_terminated", date=us_date(found.termination_date)))
            same = self._valid_by_descriptor.get(_words(found.long_description), [])
            if same:
                lines.append(say("code_fact_same_descriptor", codes=", ".join(same)))
        if valid:
            lines.append(coverage.advice)
        else:  # the advice says how to bill the code, which a terminated code no longer is
            lines.append(say("code_fact_coverage_terminated", label=coverage.label))
        if found.is_noc and found.code not in self.rules.quiet_codes:
            lines.append(say("code_fact_category_noc", code=found.code))
        lines.append(self._pricing(found))
        return CodeFact(
            code=found.code,
            description=found.long_description,
            valid=valid,
            termination_date=found.termination_date.isoformat() if found.termination_date else None,
            noc=found.is_noc,
            coverage_code=coverage.coverage_code,
            medicare_coverage=coverage.medicare_coverage,
            pricing_indicator=found.pricing_indicator,
            same_descriptor=same,
            lines=lines,
        )

    def _pricing(self, code: HcpcsCode) -> str:
        indicator = code.pricing_indicator
        if indicator in self.rules.pricing_indicators:
            meaning = self.rules.pricing_indicators[indicator].strip()
            return self.messages.text("code_fact_pricing", indicator=indicator, meaning=meaning)
        if indicator in self.rules.fee_schedule_categories:
            return self.messages.text("code_fact_pricing_category", indicator=indicator)
        return self.messages.text("code_fact_pricing_unknown", indicator=indicator or "(blank)")

    # -- a question ------------------------------------------------------------------------
    def with_codes_joined(self, question: str) -> str:
        """ "is e 1399 still valid", "E-0628?": a code of the table typed with a space or hyphen,
        joined (E1399), so it is answered like the code typed plainly. "a 4000 dollar chair"
        keeps its article: a lower-case "a" and a space is read as a word."""

        def joined(found: re.Match[str]) -> str:
            letter, digits = found.group(1), found.group(2)
            code = f"{letter}{digits}".upper()
            if (letter == "a" and found.group(0)[1] == " ") or self.book.lookup(code) is None:
                return found.group(0)
            return code

        return HCPCS_SPACED_IN_TEXT.sub(joined, question)

    def _about_the_file(self, question: str) -> bool:
        words = _words(question)
        return any(w in words for w in self._file_words)

    def asks_about_the_code(self, question: str) -> bool:
        """ "what is E0118?", "K0108", "is E0628 still good": a question about the code itself."""
        if self._only_code_words(question):
            return True
        words = _words(HCPCS_IN_TEXT.sub(" ", question)).split()
        return self._about_the_file(question) and len(words) < self.rules.short_question_words

    def _only_code_words(self, question: str) -> bool:
        """ "what is K0108": nothing but codes and question words."""
        words = _words(HCPCS_IN_TEXT.sub(" ", question)).split()
        return all(word in self.rules.code_question_words for word in words)

    def named_in(self, question: str) -> list[str]:
        """Codes of the table the question names, in order; E1399 (named in most questions)
        only when the question asks about the code file itself."""
        about_the_file = self._about_the_file(question)
        named = list(
            dict.fromkeys(c.upper() for c in HCPCS_IN_TEXT.findall(question) if self.book.lookup(c))
        )
        others = [code for code in named if code not in self.rules.quiet_codes]
        alone = not _words(HCPCS_IN_TEXT.sub(" ", question)).split()  # "E1399" typed alone
        if others or not (about_the_file or alone):  # "K1024 got termed, e1399 now?" is about K1024
            return others[:MAX_CODES]
        return named[:MAX_CODES]

    def says_no_code(self, question: str) -> bool:
        words = _words(question)
        return any(w in words for w in self._no_code_words)

    def names_item(self, question: str) -> bool:
        """Whether the question names an item whose code the code search looks for."""
        return bool(self.items and self.items.items_of(question))

    def add_to(
        self, question: str, entry: Callable[[], AskResult], knowledge: KnowledgeBase
    ) -> AskResult:
        """The answer (`entry()`, the knowledge base's) with the named codes' facts, or the
        specific code a "no code fits" item likely has; a declined question about a code, or
        about an item with no code, is answered from the code table. A question asking which
        code one item takes ("bed exit alarm, NOC so E1399?") gets the code search's answer
        (flows/item_questions.py), which reads the entry only when it keeps it."""
        if self.coverage and (covered := self.coverage.answer(question, knowledge)):
            return covered  # "does medicare cover a knee scooter": the item's coverage code
        entry = self._hedging(question, entry, knowledge)
        items = self.items.items_of(question) if self.items else []
        unasked = not items and self._family_answers(question, entry)
        if unasked and self.items is not None:  # the item may have a code of its own
            items = self.items.asks.items_unasked(question)
        # "pull the 835 for friday's batch", "thx!! u rock": a request or small talk asking no
        # code names no item, however the words read as one.
        # Naming a NOC code is no ask either: "pull up every E1399 we billed in October".
        if items and self.items is not None and not self.items.asks.asks_outright(question):
            items = [] if knowledge.is_off_topic(question) else items
        if items and self.items is not None and not self._only_code_words(question):
            rows = [fact.text for fact in self._facts(question) if not fact.noc]
            answer = self.items.answer(question, items, entry, knowledge, rows, unasked)
            if answer is not None:
                return answer
        result = entry()
        facts = self._facts(question)
        likely = self._likely_code(question)
        said_likely = (
            [self.messages.text("code_facts_likely", code=likely[0], description=likely[1])]
            if likely
            else []
        )
        if result.answered:
            if not (facts or likely):
                return result
            heading = [self.messages.text("code_facts_heading")] if facts else []
            # The specific code first: it may make the question moot.
            text = "\n\n".join([*said_likely, result.text, *heading, *(f.text for f in facts)])
            codes = [fact.model_dump() for fact in facts]
            return result.model_copy(update={"text": text, "codes": codes})
        if facts and bare_code(question):  # a code alone asks nothing: declined, with its row
            text = "\n\n".join([result.text, *(fact.text for fact in facts)])
            codes = [fact.model_dump() for fact in facts]
            return result.model_copy(update={"text": text, "codes": codes})
        # No entry answers. The item's NOC family is said only here: where an entry answers,
        # it names the family itself.
        category = None if likely else self._category_code(question)
        about_codes = self.asks_about_the_code(question) or self._short_no_code(question)
        if not (likely or category or (facts and about_codes)):
            return result  # a longer question that only mentions a code is about something else
        if knowledge.is_off_topic(question):
            return result  # "call the MAC about the K0108 claim" is not a question about K0108
        said = [f.text for f in facts] + said_likely
        if category:
            said.append(
                self.messages.text("code_facts_category", code=category[0], description=category[1])
            )
        return self._from_code_table(result, facts, said, likely, category, knowledge)

    def _hedging(
        self, question: str, entry: Callable[[], AskResult], knowledge: KnowledgeBase
    ) -> Callable[[], AskResult]:
        """The entry's answer, offered as "I think you mean" (the runner-up beside it) when it
        is a NOC family's entry the question does not ask for: "cushioned headrest for a
        wheelchair" gets K0108's entry, though the item may have a code of its own."""

        @functools.cache
        def hedged() -> AskResult:
            result = entry()
            if result.answered and not result.tentative and self._family_unasked(question, result):
                related = result.related
                rival = knowledge.by_id.get(related[0].entry_id) if related else None
                result = knowledge.hedged(result, rival)
            return result

        return hedged

    def _family_answers(self, question: str, entry: Callable[[], AskResult]) -> bool:
        """A NOC family's entry answers a question asking no code: the code search's candidates
        for the item it names go first, the entry after ("general use back cushion for a
        wheelchair, 16 in wide" may be E2611 rather than K0108)."""
        result = entry()
        return (
            result.answered
            and result.entry_id is not None
            and self._family_unasked(question, result)
        )

    def _family_unasked(self, question: str, result: AskResult) -> bool:
        """An entry titled by a NOC family's code (K0108, L3999) answering a question that
        neither types that code nor says the item has no code of its own (`family_words`)."""
        titled = {code.upper() for code in HCPCS_IN_TEXT.findall(result.title or "")}
        family = {
            code
            for code in titled - set(self.rules.quiet_codes)
            if (row := self.book.lookup(code)) is not None and row.is_noc
        }
        typed = {code.upper() for code in HCPCS_IN_TEXT.findall(question)}
        words = _words(question)
        asks_family = any(w in words for w in self._family_words)
        return (
            bool(family) and not family & typed and not (self.says_no_code(question) or asks_family)
        )

    def _facts(self, question: str) -> list[CodeFact]:
        return [f for f in (self.describe(code) for code in self.named_in(question)) if f]

    def _from_code_table(
        self,
        unanswered: AskResult,
        facts: list[CodeFact],
        said: list[str],
        likely: tuple[str, str] | None,
        category: tuple[str, str] | None,
        knowledge: KnowledgeBase,
    ) -> AskResult:
        """The answer from the code table alone, with the entries that say what to do next."""
        first = [TERMINATED_ENTRY] if any(not fact.valid for fact in facts) else []
        first += [VALID_CODE_ENTRY] if likely else []
        first += [NOC_ENTRY] if category or any(fact.noc for fact in facts) else []
        if likely and CHECK_ENTRY in knowledge.by_id:  # how to confirm the code, in full
            check = knowledge.by_id[CHECK_ENTRY]
            said = [*said, f"*{check.title}*\n{check.short.strip()}"]
        shown = {*first, CHECK_ENTRY} if likely else set(first)
        related = [RelatedTopic(entry_id=i, title=knowledge.by_id[i].title)
                   for i in first if i in knowledge.by_id]  # fmt: skip
        related += [topic for topic in unanswered.related if topic.entry_id not in shown]
        codes = [fact.code for fact in facts] + [found[0] for found in (likely, category) if found]
        return AskResult(
            answered=True,
            entry_id=None,
            title=self.messages.text("code_facts_title", codes=", ".join(codes)),
            text="\n\n".join(said),
            sources=list(self.rules.sources),
            related=related[:3],
            score=unanswered.score,
            last_reviewed=self.book.meta.imported_on.isoformat(),
            confidence="high",
            origin="content",
            answered_from="code_table",
            codes=[fact.model_dump() for fact in facts],
        )

    def _likely_code(self, question: str) -> tuple[str, str] | None:
        """(code, descriptor) of the specific code a "no code fits, so E1399?" item likely has:
        only for a short question about an item with no NOC family of its own (a generic
        "wheelchair accessory with no code" would find a random accessory)."""
        if not self._short_no_code(question):
            return None
        if self.book.noc_for(question).code not in self.rules.quiet_codes:
            return None
        named = {code.upper() for code in HCPCS_IN_TEXT.findall(question)}
        found = self.book.likely_specific(question)
        if found is None or found.code in named:
            return None
        return found.code, found.description

    def _category_code(self, question: str) -> tuple[str, str] | None:
        """(code, descriptor) of the NOC family of the CMS file a "no code fits" item belongs
        to, when that is not E1399 ("topical oxygen wound device" -> E0446)."""
        if not self._short_no_code(question):
            return None
        noc = self.book.noc_for(question)
        named = {code.upper() for code in HCPCS_IN_TEXT.findall(question)}
        if noc.code in self.rules.quiet_codes or noc.code in named:
            return None
        return noc.code, noc.description

    def _short_no_code(self, question: str) -> bool:
        words = _words(question).split()
        return self.says_no_code(question) and len(words) < self.rules.short_question_words
