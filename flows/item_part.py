"""Which clause of a note names the part being billed when the note names the whole item first:
"double upright AFO, limited-motion ankle joint, add per joint" bills the ankle joint added to
the AFO, and "KAFO, replacement thigh cuff" the cuff, not the orthosis. The words saying a clause
is a part (part_cues) and the nouns naming a whole orthosis or prosthesis (whole_nouns) are
content (synonyms.yaml)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from flows.text import stem

Clause = tuple[str, list[tuple[str, bool]]]  # (the word or mark that opened it, words)


def part_clause(
    clauses: Sequence[Clause],
    item: int,
    part_cues: Collection[str],
    whole_nouns: Collection[str],
    names_item: Callable[[list[tuple[str, bool]]], bool],
) -> int | None:
    """The clause naming the part when the item clause names a whole orthosis or prosthesis and
    a later clause says a part is billed ("add per joint", "replacement"): that clause when it
    names the part, the one before when it names the same part ("ankle joint, add per joint"),
    else the clause beside it naming an item. None otherwise."""
    if not (part_cues and whole_nouns) or item >= len(clauses):
        return None
    if not _whole(clauses[item][1], whole_nouns):
        return None
    for index in range(item + 1, len(clauses)):
        start, words = clauses[index]
        # "child HKAFO: hip joints are clevis": the whole, then the part it is billed for.
        if (
            index == item + 1
            and start == ":"
            and names_item(words)
            and not _whole(words, whole_nouns)
        ):
            return index
        if start not in ("", ":") or not any(not n and stem(w) in part_cues for w, n in words):
            continue
        rest = {stem(w) for w, n in words if not n and stem(w) not in part_cues}
        # "ankle joint, add per joint": the clause before names the part the cue is about;
        # "AFO, addition, lacer": the one after does when the cue stands alone.
        near = [i for i in (index - 1, index + 1) if item < i < len(clauses)]
        near = [
            i for i in near if names_item(clauses[i][1]) and not _whole(clauses[i][1], whole_nouns)
        ]
        said = {stem(w) for w, n in clauses[index - 1][1] if not n} if index - 1 > item else set()
        named = {t for t in rest if names_item([(t, False)])}
        if named and not rest & set(whole_nouns):
            return index - 1 if index - 1 in near and named <= said else index
        return near[0] if near else None
    return None


def _whole(words: list[tuple[str, bool]], whole_nouns: Collection[str]) -> bool:
    return any(not neg and stem(w) in whole_nouns for w, neg in words)
