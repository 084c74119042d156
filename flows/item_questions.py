"""Questions that name one item and ask whether it is E1399, NOC or which code it takes ("bed exit
alarm, NOC so E1399?", "can we bill a bariatric commode as E1399"): the code search answers with
the item's specific code, or the NOC family of the CMS file when it finds none. When it finds
nothing at all it says so and the knowledge answer stands: it never names a code it did not find.

A question that names an item but asks about a rule (its narrative, a denial, an ABN, a modifier)
stays with the knowledge base. The words that tell the two apart are content
(content/codes/item_questions.yaml)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from flows.codes import Candidate, CodeBook
from flows.content import load_yaml_model
from flows.item_asks import ItemAsks, ItemQuestionsFile, codes_in, plain
from flows.knowledge import AskResult, RelatedTopic
from flows.messages import Messages
from flows.noc_file import NocAdvice
from flows.phi_word_sources import english_words

if TYPE_CHECKING:
    from flows.knowledge import KnowledgeBase

SHOWN = 3  # codes offered at most for one item
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


@dataclass
class ItemBlock:
    """What the code search says about one item of the question."""

    item: str
    likely: Candidate | None
    shown: list[Candidate]
    noc: NocAdvice
    family: bool  # no specific code shown, but a NOC family other than the general one
    lines: list[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return bool(self.shown) or self.family

    @property
    def codes(self) -> list[str]:
        return [c.code for c in self.shown] or [self.noc.code]

    def payload(self) -> dict[str, object]:
        return {
            "query": self.item,
            "likely": self.likely.code if self.likely else None,
            "candidates": [c.model_dump() for c in self.shown],
            "noc": self.noc.model_dump(),
        }


class ItemQuestions:
    """Reads item_questions.yaml once; tells item questions apart and answers them."""

    def __init__(
        self,
        book: CodeBook,
        messages: Messages,
        rules: ItemQuestionsFile,
        english: frozenset[str] = frozenset(),
    ) -> None:
        self.book, self.messages, self.rules = book, messages, rules
        self._noc_codes = {code.lower() for code, row in book.table.items() if row.is_noc}
        self.asks = ItemAsks(book, rules, english)

    @classmethod
    def load(cls, content_dir: Path, book: CodeBook, messages: Messages) -> ItemQuestions:
        """With content/rules/english_words.txt: a chat line naming no item is told apart."""
        rules = load_yaml_model(content_dir / "codes" / "item_questions.yaml", ItemQuestionsFile)
        return cls(book, messages, rules, english_words(content_dir))

    # -- which questions -------------------------------------------------------------------
    def item_of(self, question: str) -> str | None:
        """The (first) item a question asks the code of ("bed exit alarm" of "bed exit alarm,
        NOC so E1399?"), or None when it asks something else, or about a rule."""
        items = self.asks.items_of(question)
        return items[0] if items else None

    def items_of(self, question: str) -> list[str]:
        """Every item the question asks the code of ("paraffin bath + the wax. codes?")."""
        return self.asks.items_of(question)

    def _names_family(self, question: str) -> bool:
        """The question names a NOC code other than the general one (K0108, L3999, A9999)."""
        named = {code.upper() for code in codes_in(plain(question))}
        return any(code.lower() in self._noc_codes for code in named - {self.rules.general_noc})

    # -- the answer ------------------------------------------------------------------------
    def block(self, item: str, others: frozenset[str] = frozenset()) -> ItemBlock:
        """The code search on one item: its likely code and close variants, else the codes that
        may fit, else its NOC family; with the lines that say so. Codes in `others` (the other
        items' likely codes) are no variant of this one ("the wax" is not the paraffin bath)."""
        say = self.messages.text
        likely = self.asks.likely(item)
        found = self.book.search(item, limit=SHOWN + 2)
        noc = self.book.noc_for(item, noc_only=True)  # "if none of these fits": a NOC code
        if self.book.never_covered_why(noc):
            # A kind of item Medicare never covers (an elevator, a stair lift) is not a code
            # Medicare covers that shares a word with it (a heel elevator, a seat lift).
            found = [c for c in found if self._coverage_never(c.code)]
            likely = likely if likely and self._coverage_never(likely.code) else None
        if likely is not None and any(
            c.code != likely.code and c.score >= likely.score for c in found
        ):
            likely = None  # another code covers the item as well: the search is not sure
        if likely is not None:
            close = [
                c
                for c in found
                if c.code != likely.code and c.code not in others and c.score >= CLOSE_SHARE
            ]
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
        if family:
            lines.append(say("item_code_none", item=item))
            lines.append(say("code_facts_category", code=noc.code, description=noc.description))
            lines += self._never_covered_noc(noc.code)
        return ItemBlock(item, likely, shown, noc, family, lines)

    def answer(
        self,
        question: str,
        items: list[str],
        knowledge_answer: Callable[[], AskResult],
        knowledge: KnowledgeBase,
        code_rows: list[str] | None = None,
        keep_entry: bool = False,
    ) -> AskResult | None:
        """Each item's specific code when the search is sure of one; else the codes that may fit
        (or the item's NOC family) before the knowledge answer, which stands. With nothing found
        for any item: a line saying so before a declined answer (or any answer, for a kind of
        item Medicare may never cover), else None (the knowledge answer stands alone). A
        question naming a NOC family ("k0108 for a joystick mount?") or asking a rule beside
        the code ("what code and modifier") keeps the entry, after the codes found; so does
        one read as asking (`keep_entry`) though it did not."""
        say = self.messages.text
        sure = {item: self.asks.likely(item) for item in items}
        # Only the items the filters below can keep are searched: a block's likely code is the
        # item's own or none, and whether an item is named first is read from the words alone.
        only_likely = self.asks.only_likely(question)
        asked = [item for item in items if sure[item] is not None] if only_likely else items
        if not (only_likely or self.asks.asks_outright(question)):
            asked = [item for item in items if self.asks.named_first(question, item)]
        every = [
            self.block(item, frozenset(c.code for i, c in sure.items() if c and i != item))
            for item in asked
        ]
        if only_likely:  # "nothing fits, e1399?": only a code it is sure of
            every = [b for b in every if b.likely is not None]
            if not every:
                return None
        if not self.asks.asks_outright(question):
            # "whats the right term", "private insurance and e1399, any tips": with no outright
            # ask for the code, only an item named before the NOC code or beside it is asked
            # about ("arm sling - e1399 or a9999", "E1399 for a bariatric commode?")
            every = [b for b in every if self.asks.named_first(question, b.item)]
            if not every:
                return self._not_sure(items[0], knowledge_answer, quiet=True)
        blocks = [b for b in every if b.found]
        if not blocks:  # nothing found: say so, and the knowledge answer stands
            quiet = not self.asks.asks_outright(question)
            return self._not_sure(items[0], knowledge_answer, quiet=quiet)
        lines = [line for b in blocks for line in b.lines]
        lines += [say("item_code_unsure", item=b.item) for b in every if not b.found]
        if any(b.shown for b in blocks):
            lines.append(say("item_code_rule"))
        nocs = {b.noc.code: b.noc for b in blocks if b.shown}
        lines += [say("code_search_noc", code=n.code, description=n.description, why=n.why)
                  for n in nocs.values()]  # fmt: skip
        rows = ["\n".join([say("code_facts_heading"), *code_rows])] if code_rows else []
        first = blocks[0]
        payload = first.payload()
        if len(every) > 1:  # every item's codes, the first item's first
            payload["candidates"] = [c.model_dump() for b in blocks for c in b.shown]
            payload["items"] = [b.payload() for b in every]
        unsure = any(b.likely is None for b in blocks)
        keeps_entry = keep_entry or unsure or self._names_family(question)
        keeps_entry = keeps_entry or self.asks.asks_rule(question)
        if keeps_entry and (entry := knowledge_answer()).answered:
            text = "\n\n".join(["\n".join(lines), *rows, entry.text])  # the entry after
            return entry.model_copy(update={"text": text, "code_search": payload})
        text_blocks = ["\n".join(lines)]
        if not unsure and CHECK_ENTRY in knowledge.by_id:  # how to confirm it, in full
            check = knowledge.by_id[CHECK_ENTRY]
            text_blocks.append(f"*{check.title}*\n{check.short.strip()}")
        never = any(self._coverage_never(c.code) for b in blocks for c in b.shown) or any(
            not b.shown and self._coverage_never(b.noc.code) for b in blocks
        )
        shown = any(b.shown for b in blocks)
        firsts = [VALID_CODE_ENTRY] if not unsure else [VALID_CODE_ENTRY, CHECK_ENTRY]
        firsts = firsts if shown else [NOC_ENTRY, CHECK_ENTRY]
        firsts = [NEVER_COVERED_ENTRY, *firsts] if never else firsts
        related = [RelatedTopic(entry_id=i, title=knowledge.by_id[i].title)
                   for i in firsts if i in knowledge.by_id]  # fmt: skip
        sources = [*self.rules.sources, *(self.rules.never_covered_sources if never else [])]
        codes = [code for b in blocks for code in b.codes]
        return AskResult(
            answered=True,
            entry_id=None,
            title=say(
                "item_code_title_unsure" if unsure else "item_code_title",
                codes=", ".join(dict.fromkeys(codes)),
                item=" + ".join(b.item for b in blocks),
            ),  # fmt: skip
            text="\n\n".join([*text_blocks, *rows]),
            sources=sources,
            related=related[:3],
            score=first.shown[0].score if first.shown else 0.0,
            last_reviewed=self.book.meta.imported_on.isoformat(),
            confidence="high",
            origin="content",
            answered_from="code_table",
            code_search=payload,
        )

    def _not_sure(
        self, item: str, knowledge_answer: Callable[[], AskResult], quiet: bool = False
    ) -> AskResult | None:
        """The code search found nothing for the item: says so before a declined answer (or
        before any answer, for a kind of item Medicare may never cover), naming no code; an
        answered question is left to its entry, and so is any question not asking for the code
        outright (`quiet`) unless the item is of a kind Medicare may never cover."""
        never = self.book.never_covered_why(self.book.noc_for(item))
        if not never and (quiet or knowledge_answer().answered):
            return None
        unsure = self.messages.text("item_code_unsure", item=item)
        unsure = f"{unsure} {never}" if never else unsure  # a stair lift: maybe never covered
        payload: dict[str, object] = {"query": item, "likely": None, "candidates": [], "noc": None}
        return knowledge_answer().model_copy(
            update={"text": f"{unsure}\n\n{knowledge_answer().text}", "code_search": payload}
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
