"""Reads an item description the way a biller means it: main noun, negations, quantities.

The same reading applies to CMS descriptors and to what billers type, so "non-pneumatic" in a
question meets "non-pneumatic" in a descriptor; "700 lb" meets "greater than 600 pounds"."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache, partial

from flows.chair_options import ChairOptionReader
from flows.item_ages import AgeReader
from flows.item_clauses import CLAUSE_WORDS, added_to_as_for, clauses_with_starts
from flows.item_counts import FunctionCounter, ShellSpeller
from flows.item_headers import NoteHeadings
from flows.item_labour import LabourReader
from flows.item_part import part_clause
from flows.item_phrase import CUE, STORY_WEIGHT, NoteReader, mount_pattern
from flows.item_quantities import ANY_UNIT, COMPARISONS, Quantity, merged_by_unit, sized_by_word
from flows.item_refusals import lacking, ordered_separately, refused_after
from flows.item_sizes import extent_pattern, measured, pad_areas, without_packing
from flows.models import ANY_HCPCS_IN_TEXT, CARC_IN_TEXT
from flows.search_words import SearchWords, spaced_words, whole_words
from flows.text import stem

NEGATED = "~"  # prefix of a negated token: "~pneumat" is "not pneumatic"
DESCRIBING_WEIGHT = 0.5  # an adjective in the item clause counts half of a naming word
CLAUSE_CAP = 4  # words of a describing clause that count in full; longer ones are scaled down
_OPEN_ABOVE = ("or more", "or greater", "or larger", "or over", "and over", "plus", "+")
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_BASE_STARTS = frozenset({"for", "attached", "mounted"})
# An oxygen flow ("3 lpm", "2 l/min", "6 liters at rest", "2L continuous") is no volume.
_FLOW = re.compile(
    r"\b(\d+(?:\.\d+)?)\s*(?:lpm|l/min|(?:l|liters?|litres?)\s*(?:/\s*min\w*|per\s+min\w*"
    r"|(?=\s*(?:at rest|continuous|with exertion|on exertion|o2|oxygen|via|nc)\b)))"
)
# "ORDER LINE 1:", "line 3 |", "ERA line 4 came back": where a line sits on an order or a
# remittance names no item (the "line" of an extension line does).
_LINE_NUMBER = re.compile(
    r"^\s*(?:order\s+|claim\s+)?line\s*#?\d+(?![\d.])\s*[:|]"
    r"|\b(?:order|claim|era|eob|remit|remittance)\s+line\s*#?\d+(?![\d.])"
)
_LITERS = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:l|liters?|litres?|ltrs?)\b")
_THOUSANDS = re.compile(r"(\d),(\d{3})")
# ">48 sq in", "<17 in", ">=600 lb": the comparisons the descriptors spell out, when a unit
# follows the number (a bare "<22" is left as typed)
_UNIT_NEXT = r"\s*(?=\d+(?:\.\d+)?\s*[a-z\"#%'])"
_COMPARED = [
    (re.compile(r"(?:>=|≥)" + _UNIT_NEXT), " at least "),
    (re.compile(r"(?:<=|≤)" + _UNIT_NEXT), " up to "),
    (re.compile(r">" + _UNIT_NEXT), " greater than "),
    (re.compile(r"<" + _UNIT_NEXT), " less than "),
]
# A seat or cushion's size, width by depth ("18 x 16", "24x20 in"): too large for a pad size.
_SEAT_SIZE = re.compile(
    r"\b(1[3-9]|2\d|30)\s*(?:\"|in\.?|inch(?:es)?)?\s*(?:x|by)\s*(1\d|2\d|30)\b(?!\s*(?:cm|mm))"
)
_GROUP = re.compile(r"\b(?:group|grp|gp)\s*(\d+|one|two|three|four|five)\b")
_BUILT_IN = re.compile(r"\bbuilt[- ]in\b")  # "without built-in convexity"
_ON = re.compile(r"\b([a-z]+)-on\b")  # "pull-on": "on" opens no clause
_EITHER_WAY = re.compile(r"\bwith or without\b|\band/or\b|\bor without\b")


def _group(match: re.Match[str]) -> str:
    number = match.group(1)
    return f"group{NUMBER_WORDS.get(number, number)}"


@dataclass
class ReadItem:
    """What a description says: weighted tokens (negated ones start with ~), its main noun,
    and the quantities it names."""

    weights: dict[str, float] = field(default_factory=dict)
    head: str | None = None
    item_tokens: set[str] = field(default_factory=set)
    quantities: list[Quantity] = field(default_factory=list)
    base_clauses: list[list[str]] = field(default_factory=list)  # "for a hoyer lift", ...

    @property
    def positive(self) -> set[str]:
        return {t for t in self.weights if not t.startswith(NEGATED)}


class ItemReader:
    """Turns item text into a ReadItem; built once from the synonym content."""

    def __init__(self, words: SearchWords) -> None:
        self.generic = frozenset(stem(w) for w in words.generic_words)
        self.describing = frozenset(stem(w) for w in words.describing_words)
        # "headgear only", "cuff alone": a word saying how much is ordered names nothing
        amounts = [*words.amount_words, *words.size_word_areas, "only", "alone"]
        self._never_nouns = self.generic | self.describing | {stem(w) for w in amounts}
        # a biller's "knee contracture", "wound clinic": never the main noun of typed text
        self._never_typed = self._never_nouns | {stem(w) for w in words.story_words}
        self.variant = frozenset(stem(w) for w in words.variant_words)
        self.variant_asked = {
            stem(k): frozenset(map(stem, v)) for k, v in words.variant_asked_by.items()
        }
        self.naming_units = frozenset(words.naming_units)
        self.range_quantities = words.range_quantities
        self._size_areas = words.size_word_areas
        self._range_words: list[tuple[str, str, frozenset[str]]] = []
        for spelled, implied in words.range_words.items():
            low, _, high = spelled.partition("-")
            self._range_words.append((low, high or low, frozenset(stem(w) for w in implied)))
        rivals: dict[str, set[str]] = {}  # a word in several groups rivals every other word
        for group in words.rival_words:
            for word in group:
                rivals.setdefault(stem(word), set()).update(stem(w) for w in group)
        self.rivals = {word: frozenset(others - {word}) for word, others in rivals.items()}
        self.regions = frozenset(stem(w) for w in words.body_regions)
        self._extent = extent_pattern([*words.body_regions, *words.extent_words])
        # Words the search knows without the CMS descriptors: never "corrected" as typos.
        self.known_words = frozenset(
            w
            for phrase in [
                *words.shorthand,
                *words.generic_words,
                *words.plain_words,
                *(s for spellings in words.units.values() for s in spellings),
                *(w for c in words.in_context for w in [c.typed, *c.beside]),
                *COMPARISONS,
            ]
            for w in phrase.split()
        )
        ordered = sorted(words.shorthand, key=len, reverse=True)
        self._shorthand = words.shorthand
        self._in_context = [
            (
                c.typed.lower(),  # absent from the text: a cheaper test than the pattern
                whole_words([c.typed]),
                c.reads,
                spaced_words(c.beside),
                spaced_words(c.not_beside) if c.not_beside else None,
                c.elsewhere,
            )
            for c in words.in_context
        ]
        self._any_in_context = whole_words([c.typed for c in words.in_context])
        self._shorthand_re = re.compile(
            r"(?<![a-z0-9])(" + "|".join(re.escape(k) for k in ordered) + r")(?![a-z0-9])"
        )
        unit_alternatives = {
            unit: "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
            for unit, spellings in words.units.items()
        }
        self._unit_of = {s: unit for unit, spellings in words.units.items() for s in spellings}
        all_units = "|".join(unit_alternatives.values())
        # "40+ mmhg", "40 plus mmhg": the unit's "40 or more"
        self._open_above = re.compile(r"(\d)\s*(?:\+|\s+plus\b)\s*(" + all_units + r")(?![a-z])")
        self._joined_unit = re.compile(r"(?<![\w.-])(\d+(?:\.\d+)?)-(" + all_units + r")(?![\w-])")
        number = r"(\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r")"
        self._range_re = re.compile(
            number
            + r"\s*(?:"
            + all_units
            + r")?\s*(?:-|to|or|through|thru)\s*(less than\s+)?"
            + number
            + r"\s*("
            + all_units
            + r")"
            r"(?![a-z])"
        )
        self._single_re = re.compile(
            r"(" + "|".join(COMPARISONS) + r")?"
            r"\s*" + number + r"\s*(" + all_units + r")(?![a-z])\.?"
            r"(\s*(?:or more|or greater|or larger|or over|and over|plus|\+|or less|or smaller))?"
            r"(?:\s*(?:wide|width|across|deep|depth|high|tall|long|seat))?"
        )
        self._notes = NoteReader(words)
        self.chair_options = ChairOptionReader(words.chair_options)  # typed text only
        self._labour = LabourReader(words.labour)
        self._headings = NoteHeadings([*words.note_heading_words, *words.clinician_words])
        self._part_cues = frozenset(stem(w) for w in words.part_cues)
        self.whole_nouns = frozenset(stem(w) for w in words.whole_nouns)
        self.part_nouns = frozenset(stem(w) for w in words.part_nouns)
        self._counter = FunctionCounter(words.counted)
        self._shells = ShellSpeller(words.shell_counts)
        self.mount = mount_pattern(words, CLAUSE_WORDS | {"or", "and"})  # flows/noc_scopes.py
        self.power_base_words = words.power_bases  # read by flows/power_bases.py
        self.cushion_words = words.seat_cushions  # read by flows/seat_cushions.py
        self.seat_frame_words = words.seat_frames  # read by flows/seat_frames.py
        self.device_families = words.device_families  # read by flows/code_families.py
        self._heavy_duty_over = words.heavy_duty_over_pounds
        self._ages = AgeReader(words.pediatric_under_years, words.age_bands)
        self._max_kcal_per_ml = words.formula_kcal_per_ml_max.value
        self._weight_cue = re.compile(
            r"(?:weighs|weight|capacity|wt|patient|pt|bariatric)\D{0,12}?(\d{3})(?!\d)"
            r"|(\d{3})(?!\d)\s*(?:capacity|weight capacity)"
        )

    def implied_words(self, code: str) -> frozenset[str]:
        """The words a code names without its descriptor saying them (range_words)."""
        held = [t for low, high, t in self._range_words if low <= code <= high]  # "L5000-L7499"
        return frozenset().union(*held)

    # -- text clean-up -----------------------------------------------------------------
    # One answer reads the same text several times over (the search, the routing, the checks).
    @lru_cache(maxsize=4096)  # noqa: B019 - one reader lives for the whole process
    def normalise(self, text: str) -> str:
        text = text.lower().replace("’", "'").replace("\u2013", "-")
        text = CARC_IN_TEXT.sub(" ", text)  # "CO-50 on the remit" names no item
        text = _LINE_NUMBER.sub(" ", text)
        text = _THOUSANDS.sub(r"\1\2", text)
        if any(sign in text for sign in "<>≤≥"):  # most texts compare nothing
            for compared, words in _COMPARED:
                text = compared.sub(words, text)
        text = _FLOW.sub(r"\1 lpm ", text)
        text = _LITERS.sub(lambda m: f"{round(float(m.group(1)) * 1000)} ml", text)  # "5 liter"
        text = refused_after(text)
        text = lacking(self._shorthand_re.sub(self._expand, text))
        if self.mount:
            text = self.mount.sub(r"\2 mounted on \1", text)
        text = self.in_context(text)
        text = self._counter.read(text)
        text = _GROUP.sub(_group, text)  # "group 2", "gp27", "grp 5", "group one": one word
        text = self._extent.sub(r" , \1 ", text)
        text = self._shells.read(_BUILT_IN.sub("builtin", text))  # "2-shell TLSO": two shells
        text = _ON.sub(r"\1on", text)
        text = _EITHER_WAY.sub(" ", text)
        return ordered_separately(text)

    def in_context(self, text: str) -> str:
        """Lower-case text with each word read by its context as its context says ("cap"
        beside "mg" or "oral" is a capsule); nothing to do where none of those words is typed."""
        if self._in_context and self._any_in_context.search(text):
            for words, typed, reads, beside, not_beside, elsewhere in self._in_context:
                if words not in text or not typed.search(text):  # (a reading may type it)
                    continue
                said = beside.search(text) and not (not_beside and not_beside.search(text))
                if (reading := reads if said else elsewhere) is not None:
                    text = typed.sub(f" {reading} ", text)
        return text

    def _expand(self, typed: re.Match[str]) -> str:
        """The words a shorthand stands for; after "non-" each of them is negated ("non-HD":
        neither heavy nor duty, so not the heavy-duty code)."""
        words = self._shorthand[typed.group(1)]
        if re.search(r"\bnon[- ]$", typed.string[: typed.start()]):
            words = " non ".join(words.split())
        return f" {words} "

    # -- quantities ----------------------------------------------------------------------
    def quantities(self, text: str, weight_cues: bool = False) -> tuple[list[Quantity], str]:
        """Quantities in normalised text and the text without them. Descriptors state ranges
        ("greater than 350 pounds, but less than or equal to 600 pounds"); a biller states a
        value ("700 lb", "pt weighs 450"), read with `weight_cues`."""
        found: list[Quantity] = []
        text = self._joined_unit.sub(r"\1 \2", text)  # "3-volt", "18-inch": 3 volt, 18 inch

        def as_number(word: str) -> float:
            return float(NUMBER_WORDS.get(word) or word)

        def take_range(match: re.Match[str]) -> str:
            low = as_number(match.group(1))
            unit = measured(self._unit_of[match.group(4)], match, low, self._max_kcal_per_ml)
            found.append(Quantity(unit, as_number(match.group(1)), as_number(match.group(3)),
                                  high_open=bool(match.group(2))))  # fmt: skip
            return " "

        def take_single(match: re.Match[str]) -> str:
            before, value, unit_word, after = match.groups()
            number = as_number(value)
            unit = measured(self._unit_of[unit_word], match, number, self._max_kcal_per_ml)
            before, after = (before or "").strip(), (after or "").strip()
            if before in ("greater than", "more than", "larger than", "exceeds", "over", "above"):
                found.append(Quantity(unit, low=number, low_open=True))
            elif (
                before in ("greater than or equal to", "equal to or greater than", "at least")
                or after in _OPEN_ABOVE
            ):
                found.append(Quantity(unit, low=number))
            elif before in ("less than", "under", "below"):
                found.append(Quantity(unit, high=number, high_open=True))
            elif before or after:  # up to, maximum, or less, or smaller
                found.append(Quantity(unit, high=number))
            else:
                found.append(Quantity(unit, number, number))
            return " "

        def take_bare(match: re.Match[str]) -> str:
            low, high = match.group(1), match.groups()[1:2]
            found.append(Quantity(ANY_UNIT, float(low), float(high[0]) if high else math.inf))
            return " "

        text = pad_areas(text)  # "4x4", "3.5 x 10 in", "6 in square": square inches
        text = re.sub(r"(\d)\s*in\b(?!\s*(?:\d|one\b))", r"\1 inches", text)  # not "3 in 1"
        text = self._open_above.sub(r"\1 \2 or more", text)
        if weight_cues:  # "cushion 18 wide": a width or depth without its unit is in inches
            text = re.sub(
                r"\b(\d{1,2})\s+(?=(?:wide|deep|width|depth|across)\b)", r"\1 inches ", text
            )
            text = re.sub(r"\b(\d{1,2})\s+or\s+wider\b", r"\1 inches or more wide", text)
            text = _SEAT_SIZE.sub(r"\1 inches wide , \2 inches deep ", text)  # "cushion 24 x 20"
        text = self._range_re.sub(take_range, text)
        text = self._single_re.sub(take_single, text)
        if weight_cues:  # "stocking 30-40": a typed range without its unit fits any unit
            text = re.sub(r"(?<![\w.])(\d{1,3})\s*-\s*(\d{1,3})(?![\w.])", take_bare, text)
            text = re.sub(r"(?<![\w.])(\d{1,3})\s*(?:\+|\s+plus\b)", take_bare, text)  # "40+"
        if weight_cues and not any(q.unit == "pounds" for q in found):
            for match in self._weight_cue.finditer(text):
                value = float(match.group(1) or match.group(2))
                found.append(Quantity("pounds", value, value))
            text = self._weight_cue.sub(lambda m: re.sub(r"\d{3}", " ", m.group(0)), text)
        # a biller explaining a typed code's range ("E2500 was picked (8 min or less)") states
        # the code's bound, not the item's
        return merged_by_unit(found, weight_cues and not ANY_HCPCS_IN_TEXT.search(text)), text

    # -- words, negation and the main noun -------------------------------------------------
    # The index reads most descriptors and street names three times over while it is built.
    @lru_cache(maxsize=16384)  # noqa: B019 - one reader lives for the whole process
    def read(
        self, text: str, typed: bool = False, item_nouns: frozenset[str] = frozenset()
    ) -> ReadItem:
        """Reads a description; `typed` marks a biller's text (values, not ranges). With
        `item_nouns` (the nouns codes are named by), the first clause after a colon whose main
        noun is one of them names the item ("T8 burst fx: modular brace" is a brace). Callers
        share the ReadItem returned: they must not change it."""
        # "tech spent 45 min replacing her bed's motor": the labour is the item, not the bed,
        # and no order cue ("replacing") names another one.
        text = self._headings.without_heading(text) if typed else text  # "OT note: ..."
        labour = self._labour.read(text[:1000].lower()) if typed else None
        text = self.chair_options.read(text[:1000]) if typed else text  # "arms flip off"
        text = self.normalise(labour or text[:1000])
        quantities, text = self.quantities(text, weight_cues=typed)
        if typed:
            quantities += sized_by_word(text, quantities, self._size_areas)
            text = added_to_as_for(text)
            text = self._implied_words(text, quantities)
            text = text if labour else self._notes.mark(text)
        item = ReadItem(quantities=quantities)
        never = self._never_typed if typed else self._never_nouns
        with_starts = clauses_with_starts(text, lists=typed)
        clauses = [words for _, words in with_starts]
        naming = [
            i
            for i, words in enumerate(clauses)
            if any(not negated and stem(w) not in self.generic for w, negated in words)
        ]
        asides = {i for i, (start, _) in enumerate(with_starts) if start == "("}
        # With `item_nouns`, the clause after a colon or an order cue, or after a first clause
        # about the patient, may name the item (flows/item_phrase.py).
        item_clause, story = self._notes.item_clause(
            with_starts, naming, asides, item_nouns, partial(self._clause_head, never=never)
        )
        # "double upright AFO, limited-motion ankle joint, add per joint": the part is the item
        # and the whole orthosis what it belongs to (flows/item_part.py).
        whole = item_clause
        part = part_clause(
            with_starts,
            item_clause,
            self._part_cues,
            self.whole_nouns,
            lambda words: any(not n and stem(w) in item_nouns for w, n in words),
        )
        if part is not None:
            item_clause, story = part, story - {part}
        for index, words in enumerate(clauses):
            in_item = index == item_clause
            # A describing clause counts at most as much as CLAUSE_CAP of its words, however many
            # it holds: "for bipap" (read as seven words) does not outweigh "full face mask".
            scale = 1.0 if in_item else min(1.0, CLAUSE_CAP / max(len(words), 1))
            outside = (STORY_WEIGHT if index in story else 0.5) * scale
            for word, negated in words:
                token = stem(word)
                weight = 1.0 if in_item else outside
                if token in self.describing:  # the item's main noun counts above adjectives
                    weight = DESCRIBING_WEIGHT if in_item else outside
                if token in self.generic or token.isdigit():  # a bare number says little
                    weight = 0.25 * (1.0 if in_item else scale)
                key = NEGATED + token if negated else token
                item.weights[key] = max(item.weights.get(key, 0.0), weight)
                if in_item and not negated:
                    item.item_tokens.add(token)
                    # The main noun is the last word naming the item: no number nor spine level.
                    if not (token in never or token[-1].isdigit()):  # "l1 to l5"
                        item.head = token
        if story and item.head not in item_nouns:  # "needs a wheelchair to self propel"
            named = [t for w, negated in clauses[item_clause] if (t := stem(w)) in item_nouns]
            item.head = next((t for t in reversed(named) if t not in never), item.head)
        item.base_clauses = self._base_of(with_starts, item_clause)
        if part is not None:
            item.base_clauses.append([t for w, n in clauses[whole] if not n and (t := stem(w))])
        return item

    def _clause_head(self, words: list[tuple[str, bool]], never: frozenset[str]) -> str | None:
        """The last word naming the item in one clause, as `read` finds its main noun."""
        heads = [
            token
            for word, negated in words
            if not negated and not ((token := stem(word)) in never or token[-1].isdigit())
        ]
        return heads[-1] if heads else None

    def _base_of(
        self, clauses: list[tuple[str, list[tuple[str, bool]]]], item_clause: int
    ) -> list[list[str]]:
        """Clauses that may name what the item belongs to, as tokens in order: "for a hoyer
        lift", "attached to the wheelchair", "for use with a cpap" (and "for a 450 lb patient":
        the search tells which name an item)."""
        base: list[list[str]] = []
        for index, (start, words) in enumerate(clauses):
            if index <= item_clause or start not in _BASE_STARTS:
                continue
            tokens = [stem(w) for w, negated in words if not negated]
            if set(tokens) <= self.generic and index + 1 < len(clauses):  # "for use" "with a cpap"
                tokens = [stem(w) for w, negated in clauses[index + 1][1] if not negated]
            base.append([t for t in tokens if not t.isdigit()])
        return base

    def base_head(self, clause: list[str]) -> str | None:
        """The main noun of a clause naming what the item belongs to ("cpap mask": mask)."""
        naming = [t for t in clause if t not in self.generic and t not in self.describing]
        return naming[-1] if naming else None

    def ages_read(self, text: str) -> str:
        """The text with a child's age read as "pediatric" and its size (flows/item_ages.py)."""
        return self._ages.read(text)

    def _implied_words(self, text: str, quantities: list[Quantity]) -> str:
        """What a biller's numbers say about the item: a child's age means a pediatric item, a
        patient over the usual limit (350 lb) a heavy-duty, extra-wide one ("walker, 450 lb"),
        and a count in a box nothing at all."""
        text = without_packing(self.ages_read(text))  # "box of 50", "100/box": how it is packed
        heavy = any(q.unit == "pounds" and q.low > self._heavy_duty_over for q in quantities)
        if heavy and "heavy duty" not in text:
            text += " , heavy duty extra wide"
        return text

    def cued_item(self, text: str) -> tuple[str, str] | None:
        """(the words after the last order cue with an item phrase, the story before it):
        "can't turn neck, wants a mirror on the pwc" is a mirror; None without such a cue."""
        before, cue, after = self._notes.mark(text.lower()).rpartition(CUE)
        story = re.sub(r"[|^]", " ", before).strip(" ,;.-")
        return (after.strip(), story) if cue and story and after.strip() else None

    @lru_cache(maxsize=4096)  # noqa: B019 - the routing reads each text this way many times
    def unnegated_text(self, text: str) -> str:
        """The description's words without those it negates ("not a wheelchair part, ...")."""
        clauses = self._clauses(self.normalise(text[:1000]), keep_all=True)
        return " , ".join(" ".join(w for w, negated in c if not negated) for c in clauses)

    def _clauses(self, text: str, keep_all: bool = False) -> list[list[tuple[str, bool]]]:
        """Splits into clauses (the first naming the item) of (word, negated) pairs; with
        `keep_all`, stopwords and linking words stay (for matching phrases)."""
        return [words for _, words in clauses_with_starts(text, keep_all)]
