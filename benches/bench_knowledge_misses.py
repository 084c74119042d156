"""Benchmark: where the knowledge base's misses sit, leave one set out. Each missed question of
every blind set (benches/_knowledge.BLIND_SETS), scored without its own set's learned wordings,
falls in one group: declined with a right entry first among the nearest topics offered; declined
with one second or third; declined with none of the three right; answered wrong with a right
entry next (the runner-up offered beside it, or the first related topic); answered wrong with
none next; and label conflicts, answered with an entry some set labels right beside a right one
for the same question (two entries both answer: listed, not tuned on). Counted for the held-out
sets and the dev sets apart. Items labelled with a code and code-table answers are left out.

    .venv/bin/python benches/bench_knowledge_misses.py [-v] [GROUP]

`-v` lists the questions of GROUP (one of the group names in the table).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._knowledge import BLIND_SETS, load_kb, load_set  # noqa: E402

GROUPS = [
    "declined, right entry first",
    "declined, right entry second or third",
    "declined, no right entry offered",
    "wrong, right entry next",
    "wrong, right entry further down",
    "label conflict",
]


def main(listed: str | None = None) -> None:
    base = load_kb()
    cases = {label: load_set(name)["in_scope"] for label, name in BLIND_SETS.items()}
    # Entries labelled right together for one question: either answers it.
    together = {
        (a, b)
        for items in cases.values()
        for case in items
        for a in _accepted(case)
        for b in _accepted(case)
        if a != b
    }
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for label, items in cases.items():
        kb = base.leaving_out(BLIND_SETS[label])
        family = "held-out" if label.startswith("held-out") else "dev"
        for case in (c for c in items if "code" not in c):
            accepted, result = _accepted(case), kb.ask(case["q"], context=case.get("context"))
            offered = [topic.entry_id for topic in result.related]
            if result.answered_from == "code_table" or result.entry_id in accepted:
                continue
            if not result.answered:
                group = GROUPS[0 if offered[:1] and offered[0] in accepted else
                               1 if set(offered[1:3]) & accepted else 2]  # fmt: skip
            elif any((result.entry_id, a) in together for a in accepted):
                group = GROUPS[5]
            elif result.runner_up in accepted or (offered[:1] and offered[0] in accepted):
                group = GROUPS[3]
            else:
                group = GROUPS[4]
            counts[group][family] += 1
            if group == listed:
                print(f"  {label} | {case['q']!r} | expected {sorted(accepted)} | "
                      f"got {result.entry_id}, offered {offered}")  # fmt: skip
    print("\n### Knowledge base misses by kind, leave one set out\n")
    print("| kind | held-out sets | dev sets |\n| --- | --- | --- |")
    for group in GROUPS:
        print(f"| {group} | {counts[group]['held-out']} | {counts[group]['dev']} |")


def _accepted(case: dict[str, object]) -> set[str]:
    expected = case["expect"]
    return set(expected) if isinstance(expected, list) else {str(expected)}


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    main(" ".join(args) if "-v" in sys.argv and args else None)
