"""Questions that name one item and ask whether it is E1399, NOC or which code it takes ("bed exit
alarm, NOC so E1399?", "can we bill a bariatric commode as E1399"): the code search answers with
the item's specific code, or the NOC family of the CMS file when it finds none. When it finds
nothing at all it says so and the knowledge answer stands: it never names a code it did not find.

A question that names an item but asks about a rule (its narrative, a denial, an ABN, a modifier)
stays with the knowledge base. The words that tell the two apart are content
(content/codes/item_questions.yaml)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from flows.codes import Candidate, CodeBook
from flows.content import load_yaml_model
from flows.knowledge import AskResult, RelatedTopic
from flows.messages import Messages

if TYPE_CHECKING:
    from flows.knowledge import KnowledgeBase

SHOWN = 3  # codes offered at most
CLOSE_SHARE = 0.9  # a code this close to the likely one is offered beside it (a variant)
SHOWN_SHARE = 0.3  # codes covering less of the item are not offered when none is likely
# The entries to read next: how to confirm a code, the denial when one exists, the NOC codes.
CHECK_ENTRY, VALID_CODE_ENTRY, NOC_ENTRY = (
    "check-for-specific-code",
    "denial-valid-code-exists",
    "other-noc-codes",
)
NEVER_COVERED_ENTRY = "gy-modifier"
NOT_PAID = ("not_covered", "not_covered_statute", "not_payable")  # coverage said in full
_HCPCS = re.compile(r"\b([abekl])\s?-?(\d{4})\b", re.I)  # "E1399", "e 1399", "e-1399"
_REMITTANCE = re.compile(r"\b(?:co|oa|pr|pi|cr)[- ]?\d{1,3}\b|\b(?:ma|n|m)\d{1,3}\b", re.I)
# Where a question's clauses end: "X, e1399?", "X - NOC?", "X.. e1399", "custom = e1399 right".
_CLAUSE_END = re.compile(r"[,;?!:=]+|\s[-–—]+\s?|\s?-{2,}\s?|\.{2,}|\.\s")
_SMALL_WORDS = frozenset(
    "a an the we i it its this that there for to of on is do does pt my our".split()
)


class ItemQuestionsFile(BaseModel):
    """content/codes/item_questions.yaml."""

    version: int
    last_reviewed: dt.date
    sources: list[str] = Field(min_length=1)
    never_covered_sources: list[str] = Field(min_length=1)
    asks: list[str] = Field(min_length=1)
    rule_words: list[str] = Field(min_length=1)
    rule_openers: list[str] = Field(min_length=1)
    fillers: list[str]
    not_item_words: list[str]
    category_words: list[str]
    max_item_words: int = Field(gt=0)
    general_noc: str = Field(pattern=r"^[A-Z]\d{4}$")


def _phrases(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of the phrases as whole words, longest first ("is there a code" before "a code")."""
    ordered = sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w'])")


def _plain(question: str) -> str:
    """Lowercase, curly quotes straight, a code typed "e 1399" or "e-1399" as E1399."""
    text = question.lower().replace("\u2019", "'")
    return _HCPCS.sub(lambda m: f"{m.group(1)}{m.group(2)}", text)


class ItemQuestions:
    """Reads item_questions.yaml once; tells item questions apart and answers them."""

    def __init__(self, book: CodeBook, messages: Messages, rules: ItemQuestionsFile) -> None:
        self.book, self.messages, self.rules = book, messages, rules
        self._noc_codes = {code.lower() for code, row in book.table.items() if row.is_noc}
        self._asks = _phrases(rules.asks)
        self._rule_words = _phrases(rules.rule_words)
        self._openers = re.compile(r"^\s*" + _phrases(rules.rule_openers).pattern)
        self._fillers = _phrases([*rules.fillers, *rules.asks])  # neither names the item
        self._not_items = _phrases(rules.not_item_words)
        self._categories = _phrases(rules.category_words)

    @classmethod
    def load(cls, content_dir: Path, book: CodeBook, messages: Messages) -> ItemQuestions:
        rules = load_yaml_model(content_dir / "codes" / "item_questions.yaml", ItemQuestionsFile)
        return cls(book, messages, rules)

    # -- which questions -------------------------------------------------------------------
    def item_of(self, question: str) -> str | None:
        """The item a question asks the code of ("bed exit alarm" of "bed exit alarm, NOC so
        E1399?"), or None when it asks something else, or about a rule."""
        text = _plain(question)
        names_noc = any(code.lower() in self._noc_codes for code in _codes(text))
        if not (names_noc or self._asks.search(text)):
            return None
        if self._rule_words.search(text) or self._openers.search(text) or _REMITTANCE.search(text):
            return None
        # Billers name the item in the first clause that says anything but the question
        # ("walk-in tub. K1003 got termed 12/31/2023 so we put it on e1399 now").
        item = next(filter(None, map(self._item_words, _CLAUSE_END.split(text))), "")
        if not item or len(item.split()) > self.rules.max_item_words:
            return None
        if self._not_items.search(text) or self._categories.search(item):
            return None
        return item

    def _item_words(self, clause: str) -> str:
        """The clause without codes, question words and small words at either end."""
        words = self._fillers.sub(" ", _HCPCS.sub(" ", clause)).split()
        while words and words[0] in _SMALL_WORDS:  # "pt needs a ..." leaves "a ..."
            words.pop(0)
        while words and words[-1] in _SMALL_WORDS:
            words.pop()
        said = any(len(word) > 1 and word not in _SMALL_WORDS for word in words)
        return " ".join(words).strip(" .()") if said else ""

    def _names_family(self, question: str) -> bool:
        """The question names a NOC code other than the general one (K0108, L3999, A9999)."""
        named = {code.upper() for code in _codes(_plain(question))}
        return any(code.lower() in self._noc_codes for code in named - {self.rules.general_noc})

    # -- the answer ------------------------------------------------------------------------
    def answer(
        self,
        question: str,
        item: str,
        knowledge_answer: AskResult,
        knowledge: KnowledgeBase,
        code_rows: list[str] | None = None,
    ) -> AskResult:
        """The item's specific code when the search is sure of one; else the codes that may fit
        (or the item's NOC family) before the knowledge answer, which stands; with nothing
        found, a line saying so before the knowledge answer. A question naming a NOC family
        ("k0108 for a joystick mount?") keeps the family's entry, after the code found."""
        say = self.messages.text
        likely = self.book.likely_specific(item)
        found = self.book.search(item, limit=SHOWN + 2)
        noc = self.book.noc_for(item)
        if self.book.never_covered_why(noc):
            # A kind of item Medicare never covers (an elevator, a stair lift) is not a code
            # Medicare covers that shares a word with it (a heel elevator, a seat lift).
            found = [c for c in found if self._coverage_never(c.code)]
            likely = likely if likely and self._coverage_never(likely.code) else None
        if likely is not None:
            close = [c for c in found if c.code != likely.code and c.score >= CLOSE_SHARE]
            shown = [likely, *close][:SHOWN]
            lines = [say("item_code_likely", item=item, code=likely.code,
                         description=likely.description)]  # fmt: skip
            lines += [say("item_code_variant", code=c.code, description=c.description)
                      for c in shown[1:]]  # fmt: skip
            lines += self._never_covered(likely)
        else:
            shown = [c for c in found if c.score >= SHOWN_SHARE][:SHOWN]
            lines = [say("item_code_candidates", item=item)] if shown else []
            for candidate in shown:
                lines.append(say("code_search_line", code=candidate.code,
                                 description=candidate.description))  # fmt: skip
                label = self.book.coverage_label(candidate.code)
                if label:
                    lines.append(say("code_coverage_line", label=label))
        family = noc.code != self.rules.general_noc and not shown
        if not (shown or family):  # nothing found: say so, and the knowledge answer stands
            return self._not_sure(item, knowledge_answer)
        if shown:
            lines.append(say("item_code_rule"))
            lines.append(say("code_search_noc", code=noc.code, description=noc.description,
                             why=noc.why))  # fmt: skip
        else:
            lines.append(say("item_code_none", item=item))
            lines.append(say("code_facts_category", code=noc.code, description=noc.description))
            lines += self._never_covered_noc(noc.code)
        rows = ["\n".join([say("code_facts_heading"), *code_rows])] if code_rows else []
        payload: dict[str, object] = {
            "query": item,
            "likely": likely.code if likely else None,
            "candidates": [c.model_dump() for c in shown],
            "noc": noc.model_dump(),
        }
        if knowledge_answer.answered and (likely is None or self._names_family(question)):
            text = "\n\n".join(["\n".join(lines), *rows, knowledge_answer.text])  # entry after
            return knowledge_answer.model_copy(update={"text": text, "code_search": payload})
        blocks = ["\n".join(lines)]
        if likely is not None and CHECK_ENTRY in knowledge.by_id:  # how to confirm it, in full
            check = knowledge.by_id[CHECK_ENTRY]
            blocks.append(f"*{check.title}*\n{check.short.strip()}")
        never = any(self._coverage_never(c.code) for c in shown) or (
            not shown and self._coverage_never(noc.code)
        )
        first = [VALID_CODE_ENTRY] if likely else [VALID_CODE_ENTRY, CHECK_ENTRY]
        first = first if shown else [NOC_ENTRY, CHECK_ENTRY]
        first = [NEVER_COVERED_ENTRY, *first] if never else first
        related = [RelatedTopic(entry_id=i, title=knowledge.by_id[i].title)
                   for i in first if i in knowledge.by_id]  # fmt: skip
        sources = [*self.rules.sources, *(self.rules.never_covered_sources if never else [])]
        codes = [c.code for c in shown] or [noc.code]
        return AskResult(
            answered=True,
            entry_id=None,
            title=say("item_code_title", codes=", ".join(codes), item=item),
            text="\n\n".join([*blocks, *rows]),
            sources=sources,
            related=related[:3],
            score=shown[0].score if shown else 0.0,
            last_reviewed=self.book.meta.imported_on.isoformat(),
            confidence="high",
            origin="content",
            answered_from="code_table",
            code_search=payload,
        )

    def _not_sure(self, item: str, knowledge_answer: AskResult) -> AskResult:
        """The code search found nothing for the item: says so before the knowledge answer (or
        before the decline), naming no code."""
        unsure = self.messages.text("item_code_unsure", item=item)
        never = self.book.never_covered_why(self.book.noc_for(item))
        unsure = f"{unsure} {never}" if never else unsure  # a stair lift: maybe never covered
        payload: dict[str, object] = {"query": item, "likely": None, "candidates": [], "noc": None}
        return knowledge_answer.model_copy(
            update={"text": f"{unsure}\n\n{knowledge_answer.text}", "code_search": payload}
        )

    def _coverage_never(self, code: str) -> bool:
        coverage = self.book.coverage(code)
        return bool(coverage and coverage.never_covered)

    def _never_covered(self, candidate: Candidate) -> list[str]:
        """Medicare never covers the item, or does not pay this code: the content's advice."""
        coverage = self.book.coverage(candidate.code)
        if coverage is None or coverage.medicare_coverage not in NOT_PAID:
            return []
        return [coverage.advice]

    def _never_covered_noc(self, code: str) -> list[str]:
        coverage = self.book.coverage(code)
        return [coverage.advice] if coverage and coverage.never_covered else []


def _codes(text: str) -> list[str]:
    return [f"{letter}{digits}" for letter, digits in _HCPCS.findall(text)]
