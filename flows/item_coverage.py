"""Questions that ask whether Medicare covers one item ("does medicare cover a knee scooter", "is a
shower chair covered?"): the code search's likely code for the item, and what that code's CMS
coverage code means (content/codes/coverage.yaml). A question is one only when it is the item and
the asking words of content/codes/coverage_questions.yaml; one naming a rule word, another payer
or a code stays with the knowledge base, and so does an item the search is not sure of."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pydantic import BaseModel, Field

from flows.codes import CodeBook
from flows.content import load_yaml_model
from flows.item_asks import ASIDE, CACHED, ItemAsks, codes_in, phrases, plain
from flows.knowledge import AskResult, KnowledgeBase, RelatedTopic
from flows.messages import Messages
from flows.models import HCPCS_SPACED_IN_TEXT

# The entries to read next: what the coverage codes mean, and GY for an item never covered.
RELATED = ("coverage-code-m", "statutory-exclusions", "check-for-specific-code")
# "No. 2 footplates": the period of "no." before a number ends no clause.
_CLAUSE = re.compile(r"[,;:?!()\u2013\u2014]|\s-+\s|(?<!\bno)\.\s|\.$")
_ARTICLES = re.compile(r"^(?:(?:a|an|the|our|my|pt's|pts|patient's)\s+)+")


class CoverageQuestionsFile(BaseModel):
    """content/codes/coverage_questions.yaml."""

    version: int
    last_reviewed: dt.date
    sources: list[str] = Field(min_length=1)
    medicare: list[str] = Field(min_length=1)
    asks_before: list[str] = Field(min_length=1)
    asks_after: list[str] = Field(min_length=1)
    asks_alone: list[str] = Field(min_length=1)
    item_after: list[str]
    hedges: list[str]
    hedge_words: int = Field(gt=0)
    hedge_rule_words: list[str]
    covers_both: list[str]
    pointers: list[str] = Field(min_length=1)
    openers: list[str]
    closers: list[str]
    greetings: list[str]
    other_payers: list[str]
    situation_words: list[str]
    max_item_words: int = Field(gt=0)
    noc_facts: list[str] = Field(min_length=1)
    noc_kind_words: list[str]
    noc_advice: str = Field(min_length=1)


class CoverageQuestions:
    """Reads coverage_questions.yaml once; answers "does Medicare cover <item>?"."""

    def __init__(
        self, book: CodeBook, messages: Messages, rules: CoverageQuestionsFile, asks: ItemAsks
    ) -> None:
        self.book, self.messages, self.rules, self.asks = book, messages, rules, asks
        before = phrases(self._each_name(rules.asks_before)).pattern
        after = phrases(self._each_name(rules.asks_after)).pattern
        opener = rf"(?:{phrases(rules.openers).pattern}\s+)?"
        closer = rf"(?:\s+{phrases(rules.closers).pattern})*"
        self._forms = [
            re.compile(rf"^{opener}{before}\s+(?P<item>.+?)(?:\s+{after})?{closer}$"),
            re.compile(rf"^{opener}(?P<item>.+?)\s+{after}{closer}$"),
        ]
        alone = phrases(self._each_name(rules.asks_alone)).pattern
        self._pointer = phrases(rules.pointers)
        them = self._pointer.pattern
        self._alone = re.compile(
            rf"^{opener}(?:(?:is|are)\s+)?(?:{them}\s+)?"
            rf"(?:{alone}(?:\s+{them})?(?:\s+{after})?|{after}){closer}$"
        )
        self._item_after = phrases(rules.item_after)
        # "hi", "hey team"; "yes or no", "either way" after the question: say nothing of the item
        ends = phrases(rules.closers).pattern
        self._aside = re.compile(rf"^(?:{phrases(rules.greetings).pattern}|{ends}(?:\s+{ends})*)$")
        self._hedge = re.compile(rf"^{phrases(rules.hedges).pattern}\s.*\sor\s|"
                                 rf"^(?:\S+\s){{1,{rules.hedge_words}}}or not$")  # fmt: skip
        self._hedge_rules = phrases(rules.hedge_rule_words)
        self._hedge_opener = re.compile(rf"^{phrases(rules.hedges).pattern}\s+")
        self._covers_both = phrases(rules.covers_both)
        self._other_payers = phrases(rules.other_payers)
        self._situation = phrases(rules.situation_words)
        self._kinds = phrases(rules.noc_kind_words)
        self._one_items: dict[str, bool] = {}
        self._catch_alls = {d.why.strip() for d in book.noc_rules.defaults.values()}

    def _each_name(self, asks: list[str]) -> list[str]:
        """Each phrase once for each name of Original Medicare ("does mcr cover")."""
        names = self.rules.medicare
        return [ask.format(medicare=name) for ask in asks for name in names]

    @classmethod
    def load(
        cls, content_dir: Path, book: CodeBook, messages: Messages, asks: ItemAsks
    ) -> CoverageQuestions:
        path = content_dir / "codes" / "coverage_questions.yaml"
        return cls(book, messages, load_yaml_model(path, CoverageQuestionsFile), asks)

    def item_of(self, question: str) -> str | None:
        """The item a question asks Medicare's coverage of (the NOC code, for one asked by its
        code), or None when it asks anything else."""
        text = re.sub(r"[?!.\s]+$", "", re.sub(r"\s+", " ", plain(question))).strip()
        if self._other_payers.search(text) or self.asks.asks_outright(text):
            return None  # another payer's rules, or the code asked ("chux, code? covered?")
        if codes_in(text):
            return self._noc_of(text)
        if self.book.says_no_code(text):
            return self._noc_described(text)  # "misc ostomy supply, nothing specific fits"
        asides = [a.strip() for a in re.findall(r"\(([^)]*)\)?", text)]
        text = ASIDE.sub(" ", text)  # "portable oxygen concentrator (POC) covered?"
        hedges = [c for c in map(str.strip, _CLAUSE.split(text)) if self._hedged(c)]
        # the first reading the search is sure of, else the first one (readings after the
        # one chosen are not read)
        first = None
        for item in dict.fromkeys(self._readings(text)):
            if self._one_item(item):
                first = first or item
                if likely := self.asks.likely(item):
                    sure = self._asides_agree(item, likely.code, asides)
                    return item if sure and self._options_agree(item, likely.code, hedges) else None
        return first

    def _asides_agree(self, item: str, code: str, asides: list[str]) -> bool:
        """Read with each aside in brackets, the item is no other code: "thigh high stockings
        (surgical stockings, above knee)" is A4495 or A4490, and naming either is a guess."""
        for aside in filter(None, (" ".join(re.findall(r"[\w/'#.-]+", a)) for a in asides)):
            both = self.asks.likely(f"{item} {aside}")
            if both is not None and both.code != code:
                return False
        return True

    def _options_agree(self, item: str, code: str, hedges: list[str]) -> bool:
        """Read with each option a hedge weighs, the item is the same code ("lithium ion battery
        for a cochlear processor, not sure if ear level or body worn" is L8624 or L8623), or the
        code's descriptor covers both ("coude intermittent cath, hydrophilic or not": A4352 is
        "with or without coating")."""
        row = self.book.table.get(code)
        if not hedges or (row and self._covers_both.search(row.long_description.lower())):
            return True
        for hedge in hedges:
            said = re.sub(r"\s+or not$", "", self._hedge_opener.sub("", hedge))
            for option in self._options(said):
                other = self.asks.likely(f"{item} {option}")
                if other is None or other.code != code:
                    return False
        return True

    @staticmethod
    def _options(said: str) -> list[str]:
        """The options a hedge weighs, a shorter last one read with the first one's opening
        words ("arms are fixed or detachable": "arms are fixed", "arms are detachable")."""
        options = [o.split() for o in re.split(r"\s+or\s+", said) if o.strip()]
        first = options[0] if options else []
        return [
            " ".join(o if len(o) >= len(first) else first[: len(first) - len(o)] + o)
            for o in options
        ]

    def _noc_described(self, text: str) -> str | None:
        """The NOC code of an item the question says no specific code fits, when the routing
        names the item's own NOC code ("power wheelchair that fits none of the group codes":
        K0898; "cushion with no PDAC verification": K0669) and Medicare may pay it; None for a
        category's catch-all (a guess: the knowledge base answers) or a question about the
        code's kind alone."""
        text = self._kinds.sub(" ", ASIDE.sub(" ", text))
        item = next((r for r in self._readings(text) if self._one_item(r)), None)
        advice = self.book.noc_for(item) if item else None
        if advice is None or advice.why in self._catch_alls:
            return None
        coverage = self.book.coverage(advice.code)
        return advice.code if coverage is not None and coverage.may_pay else None

    def _noc_of(self, text: str) -> str | None:
        """The one NOC code Medicare may pay that a question names when it asks Medicare's
        coverage of an item it says no specific code fits ("LE orthosis that doesnt fit any L
        code (L2999) - does medicare cover it"); the words describing it may name a kind of
        item ("the K0108 NOS kind"), not a rule or a situation. None for a specific code (a
        code look-up answers it), or a question about the code alone ("does medicare cover
        E1399 items")."""
        codes = {code.upper() for code in codes_in(text)}
        row = self.book.table.get(codes.pop()) if len(codes) == 1 else None
        coverage = self.book.coverage(row.code) if row else None
        if row is None or not row.is_noc or coverage is None or not coverage.may_pay:
            return None  # "bathroom patient lift E0625": a NOC code Medicare never covers
        if not self.book.says_no_code(text):
            return None  # "E1399 for a vertical platform lift - covered?": the knowledge base's
        text = self._kinds.sub(" ", ASIDE.sub(" ", HCPCS_SPACED_IN_TEXT.sub(" noc ", text)))
        # the item described, not the code alone ("is E1399 covered": the knowledge base's)
        items = [r for r in self._readings(text) if set(r.split()) - {"noc"}]
        return row.code if any(map(self._one_item, items)) else None

    def _readings(self, text: str) -> list[str]:
        """Where the item may be: in the asking words' clause ("is a knee scooter covered"), or
        in the clauses before a clause of asking words alone ("bedside commode, is it
        covered?"): all of them ("lace up ankle brace, off the shelf - covered?") but a clause
        about the patient ("laryngectomy pt"). Clauses before the asking one name no rule or
        situation; clauses after it only tell about the patient ("covered? he cant coordinate
        the puff")."""
        clauses = [c.strip() for c in _CLAUSE.split(text) if c.strip()]
        # "hydrophilic or not"; "hi", "quick one"
        clauses = [c for c in clauses if not self._hedged(c) and not self._aside.match(c)]
        words = self.rules.max_item_words
        readings = self._item_after_ask(clauses)
        for end in range(len(clauses), 0, -1):
            if end < len(clauses) and not self._tells(clauses[end]):
                break  # a clause after the asking one says more than who the patient is
            said, ask = clauses[: end - 1], clauses[end - 1]
            if said and not self._alone.match(ask):
                continue  # clauses before one that is not asking words alone name no item
            # the item starts in the last clause saying who needs it ("knee contracture after
            # TKA, PT wants a static progressive stretch device"): the clauses before are story
            # ("male condoms, prescribed": no item follows the word, the clause before names it)
            starts = [
                i for i, c in enumerate(said) if self._item_after.search(c) and self._named(c)
            ]
            story, kept = said[: starts[-1]] if starts else [], said[starts[-1] if starts else 0 :]
            named = [self._named(c) for c in kept]
            named = [n for n in named if n and not self.asks.names_patient(n)]
            joined = " ".join(named)
            # "commode worn out, no accident - is a commode covered"; a clause of descriptor
            # words read with the item ("stationary compressed gas oxygen system, rental")
            whole = " ".join(" ".join(c.split()).strip(" .") for c in kept)
            one = all(map(self._one_item, kept)) or self._one_item(whole)
            if not one or not all(map(self._one_item, story)):
                continue
            if named and all(len(n.split()) <= words for n in named):
                readings.append(joined)
            # an item in the asking clause only when it opens the question ("after title
            # passes, will medicare pay for maintenance on a bed" asks a rule)
            found = [form.match(ask) for form in self._forms] if not said else []
            items = [_ARTICLES.sub("", " ".join(m.group("item").split())) for m in found if m]
            readings += [i for i in items if len(i.split()) <= words]
        return [r for r in readings if r and not self._pointer.fullmatch(r)]

    def _item_after_ask(self, clauses: list[str]) -> list[str]:
        """The item named in the clause after one of asking words alone ("something medicare
        pays for? a lift chair", "original mcr ok? knee walker"); any clauses after it only
        tell about the patient."""
        if len(clauses) < 2 or not self._alone.match(clauses[0]):
            return []
        if not all(map(self._tells, clauses[2:])) or not self._one_item(clauses[1]):
            return []
        named = self._named(clauses[1])
        fits = named and len(named.split()) <= self.rules.max_item_words
        return [named] if fits and not self.asks.names_patient(named) else []

    def _hedged(self, clause: str) -> bool:
        """A clause saying a detail of the item is not known yet ("not sure if it's pectin based
        or not", "hydrophilic or not"), not about the patient or a rule ("not sure if he
        qualifies or not")."""
        if not self._hedge.search(clause) or self._alone.match(clause):  # "covered or not"
            return False
        return not (self.asks.rule_words.search(clause) or self._hedge_rules.search(clause))

    def _named(self, clause: str) -> str:
        """The item's words in a clause: what follows "needs" ("pt needs a folding walker")."""
        named = " ".join(self._item_after.split(clause)[-1].split()).strip(" .")
        return _ARTICLES.sub("", named)

    def _tells(self, clause: str) -> bool:
        """A clause after the asking one that only tells about the patient ("he cant coordinate
        the puff"), naming no rule or situation ("pt wants it for 3 months")."""
        return self.asks.names_patient(clause) and self._one_item(clause)

    def _one_item(self, item: str) -> bool:
        """One item's name: not two clauses ("commode worn out, no accident"), no rule word
        ("does medicare pay for repairs") and no situation ("replacement at 3 years")."""
        if item not in self._one_items:  # the clauses before the asking one, read for each
            if len(self._one_items) >= CACHED:
                self._one_items.clear()
            self._one_items[item] = self._reads_as_one_item(item)
        return self._one_items[item]

    def _reads_as_one_item(self, item: str) -> bool:
        if _CLAUSE.search(item):
            return False
        words = (self.asks.rule_words, self._situation)
        said = [m.group(0) for found in words for m in found.finditer(item)]
        return not said or self._described(item, said)

    def _described(self, item: str, said: list[str]) -> bool:
        """The words are the item's own: the descriptor of the code the search is sure of says
        them ("replacement battery for a portable o2 concentrator", E1356 "... replacement
        only"; "tens supplies 2 lead per month", A4595), and no other code scores as high
        (a replacement "cochlear implant speech processor" is L8619 as much as L8627)."""
        likely = self.asks.likely(item)
        row = self.book.table.get(likely.code) if likely else None
        if row is None:
            return False
        found = self.book.search(item, limit=2)
        if len(found) > 1 and found[1].score >= found[0].score:
            return False
        words = set(re.findall(r"[a-z0-9]+", row.long_description.lower()))
        return all(w in words for phrase in said for w in phrase.split())

    def answer(self, question: str, knowledge: KnowledgeBase) -> AskResult | None:
        """The item's likely code and what its coverage code means, or for a NOC code asked by
        name what Medicare does with it; None when the question asks something else or the
        search is not sure of the item's code."""
        item = self.item_of(question)
        noc = self.book.table.get(item) if item else None  # items are lowercase, codes not
        if noc is not None:
            advice = self.rules.noc_advice.format(code=noc.code, description=noc.long_description)
            title = self.messages.text("noc_coverage_title", code=noc.code)
            return self._result(item or noc.code, noc.code, 1.0, title, [advice], knowledge)
        likely = self.asks.likely(item) if item else None
        coverage = self.book.coverage(likely.code) if likely else None
        if item is None or likely is None or coverage is None:
            return None
        say = self.messages.text
        lines = [
            say("item_code_likely", item=item, code=likely.code, description=likely.description),
            coverage.advice,
        ]
        title = say("item_coverage_title", item=item, code=likely.code)
        result = self._result(item, likely.code, likely.score, title, lines, knowledge)
        assert result.code_search is not None
        result.code_search["candidates"] = [likely.model_dump()]
        return result

    def _result(
        self, item: str, code: str, score: float, title: str, lines: list[str], kb: KnowledgeBase
    ) -> AskResult:
        """The answer: its lines, then that the coverage code is Original Medicare's."""
        related = [RelatedTopic(entry_id=i, title=kb.by_id[i].title)
                   for i in RELATED if i in kb.by_id]  # fmt: skip
        noc = code if item == code else None
        return AskResult(
            answered=True,
            entry_id=None,
            title=title,
            text="\n\n".join([*lines, self.messages.text("item_coverage_payers")]),
            sources=self.rules.sources,
            related=related,
            score=score,
            last_reviewed=self.rules.last_reviewed.isoformat(),
            confidence="high",
            origin="content",
            answered_from="code_table",
            code_search={"query": item, "likely": code, "candidates": [], "noc": noc},
        )
