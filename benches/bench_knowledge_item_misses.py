"""Benchmark: how many of the knowledge base's misses name an item, leave one set out. Each
question of every blind set (benches/_knowledge.BLIND_SETS) is scored without its own set's
learned wordings; the items it names are read by the code book as the code search reads them
(flows/item_asks.py `items_of`, `items_unasked`), and each item's code family is the codes the
code book gives it: its likely code, the search's first code when that covers most of the item,
its NOC family other than E1399, and any code the question types. An entry is about that family
when its title, tags, short answer or detail name one of those codes (or a range holding one).
A question counts as naming an item only when its family is not empty.

The table says, for answers right, wrong and declined, how many name an item and whether the
right entry, and the entry answered, is about the item's family: a ranking feature lifting the
entries about a named item's family can gain at most the misses whose right entry is about it
and whose answer is not. Items labelled with a code and code-table answers are left out.

    .venv/bin/python benches/bench_knowledge_item_misses.py [-v]

`-v` lists the wrong answers and declines whose right entry is about the item's family.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._knowledge import BLIND_SETS, load_kb, load_set  # noqa: E402
from flows.knowledge_entities import codes_in_ranges  # noqa: E402
from flows.models import HCPCS_IN_TEXT  # noqa: E402

# The search's first code is the item's when it covers at least this share of the item.
FIRST_CODE_SHARE = 0.6
GENERAL_NOC = "E1399"


def main(verbose: bool = False) -> None:
    base = load_kb()
    facts = base.code_facts
    assert facts is not None and facts.items is not None
    book, items = facts.book, facts.items
    entry_codes = {
        e.id: {c.upper() for c in HCPCS_IN_TEXT.findall(" ".join([e.title, *e.tags, e.short]))}
        | {c.upper() for c in HCPCS_IN_TEXT.findall(e.detail or "")}
        | {c.upper() for c in codes_in_ranges([f"{e.short} {e.detail or ''}"])}
        for e in base.entries
    }

    def family(question: str) -> set[str]:
        codes = {c.upper() for c in HCPCS_IN_TEXT.findall(question) if book.lookup(c)}
        named = items.items_of(question) + items.asks.items_unasked(question)
        for item in dict.fromkeys(named):
            likely = items.asks.likely(item)
            found = book.search(item, 1)
            codes |= {likely.code} if likely else set()
            codes |= {found[0].code} if found and found[0].score >= FIRST_CODE_SHARE else set()
            codes.add(book.noc_for(item).code)
        return codes - {GENERAL_NOC}

    table: Counter[tuple[str, str, str]] = Counter()
    listed = []
    for label, name in BLIND_SETS.items():
        kb = base.leaving_out(name)
        for case in load_set(name)["in_scope"]:
            if "code" in case:
                continue
            expected = case["expect"] if isinstance(case["expect"], list) else [case["expect"]]
            result = kb.ask(case["q"], context=case.get("context"))
            if result.answered_from == "code_table":
                continue
            kind = (
                "declined"
                if not result.answered
                else "right"
                if result.entry_id in expected
                else "wrong"
            )
            codes = family(case["q"])
            if not codes:
                table[kind, "names no item", ""] += 1
                continue
            right_about = any(entry_codes.get(e, set()) & codes for e in expected)
            answered_about = bool(entry_codes.get(result.entry_id or "", set()) & codes)
            table[
                kind,
                "right entry about it" if right_about else "right entry not about it",
                "answer about it" if answered_about else "answer not about it",
            ] += 1
            if kind != "right" and right_about and not answered_about:
                listed.append(f"  {label} {kind} {case['q']!r}: {expected[0]} <- {result.entry_id}")
    print("\n### Knowledge misses naming an item, leave one set out\n")
    print("| answer | item named | right entry | entry answered | questions |")
    print("| --- | --- | --- | --- | --- |")
    for (kind, about, answered), count in sorted(table.items()):
        named = "no" if about == "names no item" else "yes"
        right = "" if named == "no" else about.removeprefix("right entry ")
        print(f"| {kind} | {named} | {right} | {answered.removeprefix('answer ')} | {count} |")
    if verbose:
        print("\n".join(listed))


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
