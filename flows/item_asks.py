"""Which questions ask an item's code, and which items they name: read for flows/item_questions.py.

A question asks an item's code when it names a NOC code of the CMS file (E1399, K0108, A9900...)
or says one of the content's asking phrases ("NOC?", "misc", "is there a code"). A plain ask for
the code ("what's the code", "code pls", "hcpcs?") still asks it beside a rule word ("what code
and modifier"); a NOC code named beside a rule word ("E1399 for a replacement part of a capped
rental") asks the rule. The item is the first clause the code search has a likely code for (else
the first clause), so a payer, a patient or the biller's reasoning in another clause ("pt has
humana MA", "E0935 says knee only") is not what is searched. Two items joined by "+" or "and",
and the parts of a lettered question ("a) ... b) ..."), are read one by one when each finds a
code of its own. The phrases are content (content/codes/item_questions.yaml)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel, Field

from flows.codes import Candidate, CodeBook
from flows.models import CARC_IN_TEXT, HCPCS_PATTERN, HCPCS_SPACED_IN_TEXT, RARC_IN_TEXT

# Where a question's clauses end: "X, e1399?", "X - NOC?", "X.. e1399", "custom = e1399 right".
_CLAUSE_END = re.compile(
    r"[,;?!:=]+|\s[-–—]+\s?|\s?-{2,}\s?|\.{2,}|\.\s|\s(?:so|but|since|bc|because|and\s+also)\s"
)
# The parts of a lettered question: "a) ... b) ...", "1) ... 2) ...".
_PARTS = re.compile(r"(?:^|\s)\(?(?:[a-e]|[1-5])\)\s")
# Two items in one clause: "paraffin bath + the wax", "lancets and test strips".
_JOINED = re.compile(r"\s(?:\+|&|and|plus)\s|\s?\+\s?")
_SMALL_WORDS = frozenset(
    "a an the we i it its this that there theres there's for to of on is do does pt pt's my our "
    "first her his their another other and or if".split()
)
# A link word the question's code stood after ("a shower chair under E1399?") ends no item.
_TRAILING_LINKS = frozenset("under as with by via using into in at through thru".split())
# The patient described before "pt" ("chemo pt needs a wig"), not a weight ("400 lb pt").
_PATIENT = re.compile(
    r"(?<!\d\s)(?<![\w-])(?!(?:lbs?|kg|a|an|the|for|of|to|w|with|my|our|her|his|each|per)\b)"
    r"[a-z][\w']*\s+(?:pt|patient)s?\b(?!['’]s)"  # "repairing patient's chair": the owner
)
_PATIENT_ONLY = re.compile(r"\s*(?:\S+\s+){0,2}(?:pt|pts|patient)\s*")  # "mastectomy pt"
ASIDE = re.compile(r"\([^)]*\)?")  # words in brackets, the closing one maybe not typed
CACHED = 4096  # item texts whose search results are kept
Found = TypeVar("Found")
SPLIT_SHARE = 0.5  # each of two joined items must find a code covering this much of it
ASIDE_SHARE = 0.3  # a clause covered less than this is read from its aside in brackets


class ItemQuestionsFile(BaseModel):
    """content/codes/item_questions.yaml."""

    version: int
    last_reviewed: dt.date
    sources: list[str] = Field(min_length=1)
    never_covered_sources: list[str] = Field(min_length=1)
    asks: list[str] = Field(min_length=1)
    code_asks: list[str] = Field(min_length=1)
    rule_words: list[str] = Field(min_length=1)
    rule_openers: list[str] = Field(min_length=1)
    fillers: list[str]
    context_words: list[str]
    not_item_words: list[str]
    doubt_words: list[str]
    category_words: list[str]
    story_words: list[str]
    subject_words: list[str]
    max_item_words: int = Field(gt=0)
    max_question_words: int = Field(gt=0)
    question_words: list[str] = Field(min_length=1)
    bare_item_min_words: int = Field(gt=0)
    bare_item_max_words: int = Field(gt=0)
    general_noc: str = Field(pattern=HCPCS_PATTERN)


def phrases(words: Iterable[str]) -> re.Pattern[str]:
    """Any of the phrases as whole words, longest first ("is there a code" before "a code")."""
    ordered = sorted({p.strip().lower() for p in words if p.strip()}, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w'])")


# Quote marks around words (an order's wording pasted in: "ordered 'E1399 humidifier for CPAP'"),
# not an apostrophe inside a word ("pt's", "6'7").
_QUOTES = re.compile(r"(?<!\w)['\"\u2018\u201c\u201d]+|['\"\u201c\u201d]+(?!\w)")


@lru_cache(maxsize=4096)  # reading one question's items reads its text many times over
def plain(question: str) -> str:
    """Lowercase, curly apostrophes straight, quote marks around words dropped, a code typed
    "e 1399" or "e-1399" as E1399."""
    text = _QUOTES.sub(" ", question.lower().replace("\u2019", "'"))
    return HCPCS_SPACED_IN_TEXT.sub(lambda m: f"{m.group(1)}{m.group(2)}", text)


def codes_in(text: str) -> list[str]:
    return [f"{letter}{digits}" for letter, digits in HCPCS_SPACED_IN_TEXT.findall(text)]


class ItemAsks:
    """Reads the rules once; finds the items a question asks the codes of."""

    def __init__(
        self, book: CodeBook, rules: ItemQuestionsFile, english: frozenset[str] = frozenset()
    ) -> None:
        self.book, self.rules = book, rules
        self._english = english  # a message naming an item unasked reads only code book words
        # A question's clauses and readings are searched more than once (to choose the item,
        # to split it, to answer): each text once (plain dicts, so the content still pickles).
        self._known: dict[tuple[str, str], Any] = {}
        self._noc_codes = {code.lower() for code, row in book.table.items() if row.is_noc}
        self._asks = phrases(rules.asks)
        self._code_asks = phrases(rules.code_asks)
        self.rule_words = phrases(rules.rule_words)
        self._openers = re.compile(r"^\s*" + phrases(rules.rule_openers).pattern)
        self._fillers = phrases([*rules.fillers, *rules.asks, *rules.code_asks])
        self._context = phrases(rules.context_words)
        self._not_items = phrases(rules.not_item_words)
        self._doubts = phrases(rules.doubt_words)
        self._categories = phrases(rules.category_words)
        self._story = phrases(rules.story_words)
        self._question_words = phrases(rules.question_words)
        self._subject = re.compile(r"^\s*(?:the\s+)?" + phrases(rules.subject_words).pattern)

    def only_likely(self, question: str) -> bool:
        """The question doubts any code fits ("nothing in E0630/E0635 fits", "cant match it to
        any code"): answered only with a code the search is sure of, else left to the knowledge
        base."""
        return bool(self._doubts.search(plain(question)))

    def named_first(self, question: str, item: str) -> bool:
        """The item is named before the NOC code or the asking words, or in the same clause
        ("arm sling - e1399 or a9999", "E1399 for a bariatric commode?"), as billers name an item
        they ask about; not in a clause after them ("private insurance and e1399, any tips")."""
        clauses = _CLAUSE_END.split(plain(question))
        first = item.split()[0] if item.split() else ""
        named = [i for i, c in enumerate(clauses) if re.search(rf"\b{re.escape(first)}\b", c)]
        asking = [i for i, c in enumerate(clauses) if self._asks_code(c)[1]]
        return bool(named) and named[0] <= min(asking, default=len(clauses))

    def _asks_only_beside(self, text: str, item: str, first: str) -> bool:
        """A question naming a NOC code beside a rule word asks the item's code too when the
        item is its first clause, before the NOC code, of two words or more, none of them a
        rule's, the search is sure of its code, and no clause asks how, what or when."""
        return item == first and self._may_ask_beside(text, first) and self.likely(item) is not None

    def _may_ask_beside(self, text: str, first: str) -> bool:
        """`_asks_only_beside` without the search: read from the words alone, so a rule
        question whose first clause cannot be the item is told apart before any search."""
        clauses = [
            re.sub(r"^\s*(?:and|so|ok|then|also)\s+", "", c) for c in _CLAUSE_END.split(text)
        ]
        return (
            len(first.split()) > 1
            and not self.rule_words.search(first)
            and not any(self._openers.search(c) for c in clauses)
            and self._named_before_code(text, first)
        )

    def _named_before_code(self, text: str, item: str) -> bool:
        """The item's first word comes before the first NOC code the text names."""
        typed = HCPCS_SPACED_IN_TEXT.finditer(text)
        nocs = [m.start() for m in typed if m.group(0).lower() in self._noc_codes]
        where = text.find(item.split()[0]) if item.split() else -1
        return bool(nocs) and 0 <= where < nocs[0]

    def asks_outright(self, question: str) -> bool:
        """The question asks for the code in so many words ("what's the code", "hcpcs?"); else
        it only names a NOC code or says "NOC", "misc" ("whats e1399 stand for")."""
        return bool(self._code_asks.search(plain(question)))

    def items_of(self, question: str) -> list[str]:
        """The items a question asks the codes of, in the order it names them; [] when it asks
        something else, or about a rule. Kept per question: judging one asks it several times."""
        return list(self._once(question, self._items_of))

    def _items_of(self, question: str) -> list[str]:
        text = plain(question)
        parts = [p for p in _PARTS.split(text) if p.strip()]
        if len(parts) < 2:
            return self._items_of_part(text) or self._bare_item(text)
        # "a) crib, code? b) what about the peds bed": an outright ask holds for every part
        outright = self._asks_code(text)[0]
        items: list[str] = []
        for part in parts:
            asks = (True, True) if outright else None
            items += [i for i in self._items_of_part(part, asks) if i not in items]
        return items

    def items_unasked(self, question: str) -> list[str]:
        """The items a question names, read as if it asked their codes: for a question a NOC
        family's entry answers though it asks no code ("high mount flip up footrest for a manual
        chair"); none when it doubts any code fits ("nothing in the L codes matches")."""
        text = plain(question)
        return [] if self.only_likely(text) else self._items_of_part(text, (True, True))

    def _asks_code(self, text: str) -> tuple[bool, bool]:
        """(asks the code outright, asks it at all)."""
        names_noc = any(code.lower() in self._noc_codes for code in codes_in(text))
        outright = bool(self._code_asks.search(text))
        return outright, outright or names_noc or bool(self._asks.search(text))

    def _once(self, text: str, find: Callable[[str], Found]) -> Found:
        """`find(text)`, each text searched once by each kind of search."""
        key = (find.__name__, text)
        if key not in self._known:
            if len(self._known) >= CACHED:
                self._known.clear()
            self._known[key] = find(text)
        found: Found = self._known[key]
        return found

    def likely(self, item: str) -> Candidate | None:
        """The search's likely code for the item (flows/codes.py `likely_specific`)."""
        return self._once(item, self.book.likely_specific)

    def _names_an_item(self, item: str) -> bool:
        return self._once(item, self.book.names_an_item)

    def _search(self, item: str) -> list[Candidate]:
        return self._once(item, self._first_candidate)

    def _first_candidate(self, item: str) -> list[Candidate]:
        return self.book.search(item, limit=1)

    def asks_code(self, question: str) -> bool:
        """The question asks an item's code at all; a message only naming an item does not."""
        return self._asks_code(plain(question))[1]

    def asks_rule(self, question: str) -> bool:
        """The question asks about a rule too ("what code and modifier")."""
        return bool(self.rule_words.search(plain(question)))

    def names_patient(self, clause: str) -> bool:
        """The clause is about the patient or who speaks, not an item ("laryngectomy pt", "pt is
        220 lb", "he cant coordinate the puff")."""
        text = plain(clause)
        return bool(_PATIENT_ONLY.fullmatch(text) or self._subject.match(text))

    def _bare_item(self, text: str) -> list[str]:
        """A message that only names an item, asking nothing ("cervical traction collar with air
        bladders", "leg extensions for a walker (tall pt, 6'7)"), asks its code: read as if it
        asked, when it names no code, no rule word, no question word and no patient's story,
        it is mostly words the code book reads (not a chat line, "stepping out for
        tacos"), and the search is sure of the item's code."""
        words = len(text.split())
        if not self.rules.bare_item_min_words <= words <= self.rules.bare_item_max_words:
            return []
        if "?" in text or codes_in(text) or self._subject.match(text):
            return []
        if self.rule_words.search(text) or self._question_words.search(text):
            return []
        items = self._items_of_part(text, (False, True))
        # the patient in an aside ("(tall pt, 6'7)") and the content's context words aside
        said = self._fillers.sub(" ", self._context.sub(" ", ASIDE.sub(" ", text)))
        if not self.book.reads_mostly(said, self._english):
            return []
        return items if items and all(map(self._sure_of_bare, items)) else []

    def _sure_of_bare(self, item: str) -> bool:
        """The search is sure of the item's code, and no other code scores the same ("e/m level
        for a visit" ties an ear-level battery with a bi-level device: it names no item)."""
        if len(item.split()) < self.rules.bare_item_min_words or self.likely(item) is None:
            return False
        found = self.book.search(item, limit=2)
        return len(found) < 2 or found[1].score < found[0].score

    def _items_of_part(self, text: str, asks: tuple[bool, bool] | None = None) -> list[str]:
        asks_code, asks_at_all = asks or self._asks_code(text)
        if not asks_at_all:
            return []
        if self._openers.search(text) or CARC_IN_TEXT.search(text) or RARC_IN_TEXT.search(text):
            return []
        if len(text.split()) > self.rules.max_question_words:
            return []  # a story with several questions in it
        # "E1399 for a replacement part of a capped rental" asks the rule; "plain cold wrap, no
        # pump. medicare won't pay it so just E1399 w/ a GY?" asks the item's code beside it
        ruled = not asks_code and bool(self.rule_words.search(text))
        if self._not_items.search(text):
            return []
        clauses = [c for c in _CLAUSE_END.split(text) if not self._openers.search(c)]
        # "E0935 says knee only": a clause naming a specific code reasons about that code
        plainer = [c for c in clauses if not self._names_specific(c)]
        # "..., so the pt stays off his back": a later clause about someone tells the story
        plainer = [c for i, c in enumerate(plainer) if not (i and self._subject.match(c))]
        named = [w for w in map(self._item_words, plainer or clauses) if w]
        named = [w for w in named if len(w.split()) <= self.rules.max_item_words]
        items = [w for w in named if not self._categories.search(w)]  # "a custom safety thing"
        if not named or (ruled and not self._may_ask_beside(text, named[0])):
            return []  # nothing names an item, or a rule question no item can ask beside
        item = self._best(items or named)
        if item is None:
            return []
        if ruled and not self._asks_only_beside(text, item, named[0]):
            return []
        if self._categories.search(item):
            return []  # "wheelchair accessory with no code" is a kind, not an item
        return self._split(item)

    def _names_specific(self, clause: str) -> bool:
        return any(code.lower() not in self._noc_codes for code in codes_in(clause))

    def _item_words(self, clause: str) -> str:
        """The clause without codes, question words, the payer and small words at either end;
        nothing for a clause naming the patient ("mastectomy pt", "diabetic pt")."""
        uncoded = HCPCS_SPACED_IN_TEXT.sub(" ", clause)
        if _PATIENT_ONLY.fullmatch(uncoded):
            return ""
        clause = _PATIENT.sub(" ", uncoded)  # "chemo pt needs a wig"
        words = self._fillers.sub(" ", self._context.sub(" ", clause)).split()
        while words and words[0] in _SMALL_WORDS:  # "pt needs a ..." leaves "a ..."
            words.pop(0)
        while words and (words[-1] in _SMALL_WORDS or words[-1] in _TRAILING_LINKS):
            words.pop()
        said = any(len(word) > 1 and word not in _SMALL_WORDS for word in words)
        return " ".join(words).strip(" .()/") if said else ""

    def _top(self, item: str) -> float:
        found: list[Candidate] = self._search(item)
        return found[0].score if found else 0.0

    def _best(self, named: list[str]) -> str | None:
        """The clause naming the item: billers name it first, so the first clause the search
        has a likely code for, else the first clause (or its reading the search covers best);
        None when no clause has a word naming an
        item ("that makes it custom"). A clause is also read without its aside in brackets and
        from the words a story verb opens ("sleep doc ordered one of those ...", "office says
        the ... device")."""
        named = [w for w in named if self._names_an_item(w)]
        if not named:
            return None
        readings = [r for words in named for r in self._readings(words)]
        for words in readings:
            if self._names_an_item(words) and self.likely(words) is not None:
                return words
        # None likely: the first clause, or the reading of it the search covers best ("office
        # says the tumor treating fields device for their glioblastoma")
        parts = [self._item_words(self.rule_words.sub(" ", p)) for p in self._story.split(named[0])]
        first = [named[0], *(p for p in parts if len(p.split()) > 1)]
        shares = [self._top(r) for r in first]
        best = max(range(len(first)), key=lambda i: (shares[i], first[i] == named[0]))
        if shares[best] >= ASIDE_SHARE:
            return first[best] if shares[best] > self._top(named[0]) else named[0]
        # nothing covers the clause: the aside in its brackets names the item, if the search is
        # sure of it ("kegel trainer (the intravaginal device)")
        asides = [a for w in named for a in self._asides(w)]
        return next((a for a in asides if self.likely(a) is not None), named[0])

    def _readings(self, words: str) -> list[str]:
        """The clause read whole and without its aside in brackets, each after its parts on
        either side of a story verb (the later part first)."""
        readings: list[str] = []
        bare = re.sub(r"\s*\([^)]*\)?", " ", words).strip()
        for reading in dict.fromkeys(r for r in (words, bare) if r):
            parts = self._story.split(bare or reading)[::-1]
            if len(parts) > 1:
                # a part of the story names no rule either ("wants a medicare denial for her
                # reacher" is the reacher)
                parts = [self._item_words(self.rule_words.sub(" ", p)) for p in parts]
                readings += [p for p in parts if len(re.split(r"[\s/]+", p)) > 1]
            readings.append(reading)
        return list(dict.fromkeys(readings))

    def _asides(self, words: str) -> list[str]:
        return [a for a in map(self._item_words, re.findall(r"\(([^)]*)\)?", words)) if a]

    def _split(self, item: str) -> list[str]:
        """Two items joined by "+" or "and" when each finds a code of its own ("paraffin bath +
        the wax") and, joined by "and", the whole names no item the sides do not ("head and
        neck"); else the item whole."""
        sides = [s.strip(" .()/") for s in _JOINED.split(item)]
        sides = [s for s in sides if any(len(w) > 1 and w not in _SMALL_WORDS for w in s.split())]
        if len(sides) < 2:
            return [item]
        whole = self.likely(item)
        codes = []
        for side in sides:
            likely = self.likely(side)
            if likely is None and self._top(side) < SPLIT_SHARE:
                return [item]
            codes.append(likely.code if likely else self._search(side)[0].code)
        plus = bool(re.search(r"\+|&", item))  # "lancets + strips": two items, said so
        if len(set(codes)) < len(codes) or (
            not plus and whole is not None and whole.code not in codes
        ):
            return [item]  # one code for both, or the whole names one item the sides do not
        return sides
