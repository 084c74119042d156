"""Finds the item in a biller's intake note, where it stands among the patient's story.

"pt w neurogenic bladder after SCI self caths 5x/day, ordering hydrophilic straight catheters":
the words after the last order cue ("ordering", "needs", "dentist fabricates") name the item,
and what comes before (diagnosis, history, who ordered it) is the story, which counts little.
Without a cue, a first clause about the patient ("female pt bedbound, ...") is the story when a
later clause names an item. What the patient is switched from, or gets something instead of,
counts as little as the story ("switching from crutches to a knee scooter": the crutches are not
excluded, a knee scooter being a crutch substitute). The cue words are content (synonyms.yaml),
so a reviewer can add the verbs their team types.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from flows.search_words import SearchWords, whole_words
from flows.text import stem

CUE = "|"  # stands where an order cue followed by "a", "the", "one", "new" ... was: the item
BARE_CUE = "^"  # an order cue with no such word after it ("needs trunk support")
STORY_WEIGHT = 0.2  # a word of the patient's story, against 0.5 for one describing the item
PERSON_REACH = 6  # a clause is about the patient when a person word is among its first words
# "wants to travel", "billed per dressing", "billed as 2 units", "ordered separately": a cue
# followed by these names no item.
_NO_ITEM_AFTER = (
    r"(?!\s+(?:to|per|as|each|separately|under|by|through|thru|in|at|from|for|off|on)\b)"
    # what the biller is asked for is no item: "member wants a GY claim", "asks for a code"
    r"(?!\s+(?:(?:a|an|the|right|correct)\s+)?(?:[a-z0-9-]+\s+)?"
    r"(?:codes?|hcpcs|claims?|denials?|abn|modifiers?|quote|invoice|narrative)\b)"
)
# An item phrase opens on one of these; after a cue without one, the words may say what the
# patient needs rather than name an item ("pt needs HOB elevated 30 deg").
_DETERMINER = re.compile(
    r"\s*(?:a|an|the|one|two|three|new|just|another|replacement|only|her|his|their|some|more)\b"
)
_FROM_TO = (
    r"\b(?:{switch})\s+(?:(?:her|him|them|the\s+patient|patient)\s+)?from\s+"
    r"((?:(?!\bto\b)[^,;|]){{1,60}}?)\s+to\s+"
)

# An aside inside a noun phrase: up to three words after it end the phrase.
_LINKING = r"(?:with|for|that|which|used|includes|including|on|to|in|after|because|and)\b"
_ASIDE = re.compile(
    rf"\(([^()]{{1,80}})\)((?:\s+(?!{_LINKING})[a-z0-9][a-z0-9'-]*){{1,3}})"
    rf"(?=\s*(?:[,;.:|()]|\s-\s|$)|\s+{_LINKING})"
)

_REASON_STARTS = frozenset({"because", "due", "since", "instead"})

Clause = tuple[str, list[tuple[str, bool]]]  # (the word or mark that opened it, words)


def mount_pattern(words: SearchWords, linking: Collection[str]) -> re.Pattern[str] | None:
    """Finds "table-mounted arm ...": the place, a mount word (synonyms.yaml), then the item's
    words up to the next linking word or mark (groups 1 and 2), read as "arm mounted on table"."""
    if not words.mount_words:
        return None
    how = "|".join(re.escape(w) for w in words.mount_positions) or "(?!)"
    mounts = "|".join(re.escape(w) for w in words.mount_words)
    stops = sorted({*linking, *words.mount_where, *words.mount_words})
    item_word = r"(?!(?:" + "|".join(map(re.escape, stops)) + r")\b)[a-z][a-z0-9-]*"
    return re.compile(
        r"\b(?!(?:"
        + how
        + r")\b)([a-z][a-z0-9]*)[- ](?:"
        + mounts
        + r")\s+("
        + item_word
        + r"(?:\s+"
        + item_word
        + r")*)"
    )


# Where an item opening a description is mounted: a few plain words ("the wheelchair", "bed").
_MOUNT_BASE = re.compile(r"[a-z][a-z0-9' ]{0,30}")


def mounted_first(mount: re.Pattern[str] | None, text: str) -> str:
    """The text read with the item it opens on, up to the first comma, moved before where it is
    mounted ("the wheelchair mounted phone holder, 2 of them" as "phone holder mounted on the
    wheelchair, 2 of them"; `mount_pattern` finds the place and where the item starts)."""
    found = mount.search(text) if mount else None
    if found is None or not _MOUNT_BASE.fullmatch(text, 0, found.end(1)):
        return text
    if "mounted" not in text[found.end(1) : found.start(2)]:
        return text  # "phone mount clamped to the armrest": the mount is the item
    item, mark, after = text[found.start(2) :].partition(",")
    return f"{item} mounted on {text[: found.end(1)]}" + (f",{after}" if mark else "")


class NoteReader:
    """Marks where the item starts in typed text, and tells the item clause from the story."""

    def __init__(self, words: SearchWords) -> None:
        self._cues = _cue_pattern(words.order_cues)
        self._weak_cues = _cue_pattern(words.weak_order_cues)
        self._replacing = _cue_pattern(words.replacing_cues)
        self._instead = whole_words(words.instead_words) if words.instead_words else None
        self._from_to = (
            re.compile(_FROM_TO.format(switch="|".join(map(re.escape, words.switch_words))))
            if words.switch_words
            else None
        )
        self._clinicians = frozenset(words.clinician_words)
        # "knee contracture", "leg lymphedema": a body region or the patient's condition
        self._not_items = frozenset(stem(w) for w in [*words.body_regions, *words.story_words])
        self._persons = frozenset(stem(w) for w in words.person_words)

    def mark(self, text: str) -> str:
        """Normalised typed text with each order cue turned into CUE ("replacing" keeps its
        sense: a replacement), what the patient is switched from or gets something instead of
        in a clause of its own ("instead ..."), and an aside in brackets moved to the end of its
        clause ("uncoated (non-hydrophilic) intermittent catheters": the catheters are the item)."""
        # A typed bar or caret ("quad cane | pt has walker at home") separates, as a comma does;
        # only the cues found below may stand as CUE or BARE_CUE.
        text = text.replace(CUE, ",").replace(BARE_CUE, ",")
        text = _ASIDE.sub(r"\2 (\1) ", text)
        if self._from_to:
            text = self._from_to.sub(rf" , instead \1 {CUE} ", text)
        if self._instead:
            text = self._instead.sub(" , instead ", text)
        marked = self._cues.sub(self._mark, text)
        if CUE in marked or BARE_CUE in marked:  # "prescribes a receiver that replaces ..."
            return self._replacing.sub(" replacement ", marked)
        marked = self._replacing.sub(f" {CUE} replacement ", marked)
        return marked if CUE in marked else self._weak_cues.sub(self._mark, text)

    def _mark(self, cue: re.Match[str]) -> str:
        """CUE when an item phrase follows ("needs a ...") or a clinician says it ("ortho wants
        lumbar brace", "RN requests powered mattress"): what follows is what was ordered, not
        what the patient needs done ("pt needs HOB elevated")."""
        said_by = re.findall(r"[a-z]+", cue.string[max(0, cue.start() - 20) : cue.start()])[-2:]
        if _DETERMINER.match(cue.string[cue.end() :]) or self._clinicians & set(said_by):
            return f" {CUE} "
        return f" {BARE_CUE} "

    def item_clause(
        self,
        clauses: list[Clause],
        naming: list[int],
        asides: Collection[int],
        item_nouns: Collection[str],
        head_of: Callable[[list[tuple[str, bool]]], str | None],
    ) -> tuple[int, set[int]]:
        """The index of the clause naming the item, and those telling the patient's story."""
        if not clauses:
            return 0, set()
        first = naming[0] if naming else 0
        item = next((i for i in naming if i not in asides), first)
        cued = [i for i, (start, _) in enumerate(clauses) if start in (CUE, BARE_CUE)]
        # A description opening on the item keeps it unless a cue names another one with "a",
        # "the", "one" ...: "hospital bed, manual crank, CHF pt needs HOB elevated".
        opens_on_item = bool(item_nouns) and not self._about_patient(clauses[item][1])
        opens_on_item = opens_on_item and self._names_item(clauses[item][1], item_nouns)
        # The last cue followed by a naming clause: "uses a nebulizer at home, needs a ...".
        for cue in reversed(cued):
            if clauses[cue][0] == BARE_CUE and opens_on_item:
                continue
            after = [
                i
                for i in naming
                if i >= cue
                and i not in asides
                and (not item_nouns or self._names_item(clauses[i][1], item_nouns))
            ]
            if not after or cue == 0:
                continue
            # "insulin pump, tubed, ..., pt switching to pump": the cue names the item again.
            if item < cue and head_of(clauses[item][1]) == head_of(clauses[after[0]][1]):
                return item, self._reasons(clauses)
            story = set(range(after[0])) | self._reasons(clauses)
            return after[0], story - set(asides)
        if not item_nouns:
            return item, set()
        # "T8 burst fx: modular brace ...", "hip fracture: raised toilet seat": before a colon
        # stands the patient's story or the setting; the item named after it is the item.
        later = [i for i in naming if i > item and i not in asides]
        after_colon = [
            i for i in later if clauses[i][0] == ":" and head_of(clauses[i][1]) in item_nouns
        ]
        if after_colon:
            return after_colon[0], set()
        # "T10 paraplegic, full time manual user, ultralightweight wheelchair ...": clauses
        # about the patient that name no item, before one after a comma that names an item
        # (not one saying what the item is for: "pendant for pts patient lift").
        named_later = [
            i
            for i in later
            if clauses[i][0] in ("", ":")
            and self._names_item(clauses[i][1], item_nouns)
            and not self._about_patient(clauses[i][1])
        ]
        opening = clauses[item][1]
        if named_later and self._about_patient(opening):
            if self._names_item(opening, item_nouns):
                return item, self._reasons(clauses)
            item = named_later[0]
            return item, (set(range(item)) | self._reasons(clauses)) - set(asides)
        # "RX - trapeze bar ...", "SKU 44812 | foley leg strap ...", "LCP disease, age 7 -
        # Newington abduction brace": an opening that names no item (an order number, a
        # diagnosis) describes, and the first later clause naming one is the item; a lone word
        # closing the note says how it comes ("clips for ostomy pouches, bag of 10").
        last = max((i for i in range(len(clauses)) if i not in asides), default=len(clauses) - 1)
        phrases = [i for i in named_later if i < last or len(_words(clauses[i][1])) > 1]
        if phrases and not self._names_item(opening, item_nouns):
            return phrases[0], self._reasons(clauses)
        return item, self._reasons(clauses)

    @staticmethod
    def _reasons(clauses: list[Clause]) -> set[int]:
        """Clauses telling why ("because pt lets wheeled walkers roll away") or what the item
        replaces ("instead of E tanks")."""
        return {i for i, (start, _) in enumerate(clauses) if start in _REASON_STARTS}

    def _about_patient(self, words: list[tuple[str, bool]]) -> bool:
        """ "MS pt", "T10 paraplegic", "short statured 4 ft 10 pt propels": the clause's first
        words name the patient."""
        return any(stem(w) in self._persons for w, _ in words[:PERSON_REACH])

    def _names_item(self, words: list[tuple[str, bool]], item_nouns: Collection[str]) -> bool:
        """Some word of the clause names an item (a body region or the patient's condition
        names none: "knee contracture since the TKA; dynamic knee device")."""
        return any(
            not negated and (t := stem(w)) in item_nouns and t not in self._not_items
            for w, negated in words
        )


def _words(words: list[tuple[str, bool]]) -> list[str]:
    return [w for w, _ in words if not w.isdigit()]


def _cue_pattern(cues: list[str]) -> re.Pattern[str]:
    if not cues:
        return re.compile(r"(?!x)x")  # matches nothing
    alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(
        r"(?<![a-z0-9])(?<!special )(?<!that )(?<!which )(?<!the )(?<!not )(?<!n't )(?:"
        + alternatives
        + r")(?![a-z0-9])"
        + _NO_ITEM_AFTER
    )
