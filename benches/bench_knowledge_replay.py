"""Benchmark: the decline rule's learned-wording check replayed on the blind sets' first runs.

`knowledge_first_runs.json` holds, for each blind set run once before any tuning on it, the
answer every question got at that first run (answered, entry, "I think you mean" or not, and
the share of the question the entry covered), recomputed at the commit named beside the set
with the product as it was then. Those answers were given to wording the product had never
seen, so they show what the check does on new wording: each first-run close call is kept or
declined as `KnowledgeBase` would decide it today, with wordings learned from the other sets
only. Scored with today's labels (some relabelled since the first run, so the "first run"
columns can differ from a set's header by a question or two).

    .venv/bin/python benches/bench_knowledge_replay.py [--nested]

`--nested` checks how the check's limits (neighbours, coverage, out-of-scope share) were
chosen: for each set, the grid's limits that do best on the other five sets (a wrong answer or
an answered out-of-scope question counting 1.5 right answers) are applied to it.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import machine  # noqa: E402
from benches._knowledge import BENCHES, load_kb, load_set  # noqa: E402
from flows.knowledge import CloseCallLimits, KnowledgeBase  # noqa: E402

GRID = [
    CloseCallLimits(neighbours, coverage, share)
    for neighbours in (3, 5, 8)
    for coverage in (0.4, 0.5, 0.6, 1.01)
    for share in (0.8, 1.01)
]
WRONG_WEIGHT = 1.5


def replay(
    kb: KnowledgeBase, name: str, run: dict[str, Any], limits: CloseCallLimits
) -> Counter[str]:
    """One set's first-run answers, scored as run and with the check applied."""
    labels = {case["q"]: case for case in load_set(name)["in_scope"]}
    counts: Counter[str] = Counter()
    for answer in run["answers"]:
        case = labels.get(answer["q"])
        if not answer["oos"] and (case is None or "code" in case):
            continue  # scored by the code the answer names (the item questions')
        kind = "out " if answer["oos"] else ""
        counts[f"{kind}scored"] += 1
        if not answer["answered"] or answer["code_table"]:
            counts[f"{kind}declined"] += 1
            counts[f"{kind}now declined"] += 1
            continue
        payer_known = bool(case and (case.get("context") or {}).get("payer"))
        kept = not answer["tentative"] or kb.keeps_close_call(
            answer["q"], kb.by_id[answer["entry"]], answer["coverage"] or 0.0, payer_known, limits
        )
        if answer["oos"]:
            counts["out now declined"] += not kept
            continue
        expect = case["expect"]
        right = answer["entry"] in (expect if isinstance(expect, list) else [expect])
        counts["right" if right else "wrong"] += 1
        if kept:
            counts["now right" if right else "now wrong"] += 1
        else:
            counts["now declined"] += 1
            counts["dropped right" if right else "dropped wrong"] += 1
    return counts


def _gain(c: Counter[str]) -> float:
    caught = c["dropped wrong"] + c["out now declined"] - c["out declined"]
    return WRONG_WEIGHT * caught - c["dropped right"]


def main(nested: bool = False) -> None:
    base = load_kb()
    runs = json.loads((BENCHES / "knowledge_first_runs.json").read_text(encoding="utf-8"))
    kbs = {name: base.leaving_out(name) for name in runs}
    title = "limits chosen on the other sets" if nested else "the learned-wording check"
    print(f"\n### Knowledge base, first runs replayed with {title}\n({machine()})\n")
    print("| set (first-run commit) | in scope scored | first run: correct / wrong / declined | "
          "with the check: correct / wrong / declined | close calls declined (right / wrong) | "
          "out of scope declined: first run / with the check |")  # fmt: skip
    print("| --- | --- | --- | --- | --- | --- |")
    if nested:
        scores = {
            (name, limits): replay(kbs[name], name, run, limits)
            for name, run in runs.items()
            for limits in GRID
        }
    total: Counter[str] = Counter()
    for name, run in runs.items():
        limits = CloseCallLimits()
        if nested:
            limits = max(
                GRID, key=lambda lim: sum(_gain(scores[(n, lim)]) for n in runs if n != name)
            )
        counts = replay(kbs[name], name, run, limits)
        total.update(counts)
        chosen = f", {limits.neighbours} / {limits.coverage} / {limits.out_of_scope_share}"
        print(_row(f"{name} ({run['commit'][:7]}{chosen if nested else ''})", counts))
    print(_row("all", total))


def _row(label: str, c: Counter[str]) -> str:
    dropped = c["dropped right"] + c["dropped wrong"]
    return (
        f"| {label} | {c['scored']} | {c['right']} / {c['wrong']} / {c['declined']} | "
        f"{c['now right']} / {c['now wrong']} / {c['now declined']} | "
        f"{dropped} ({c['dropped right']} / {c['dropped wrong']}) | "
        f"{c['out declined']} / {c['out now declined']} of {c['out scored']} |"
    )


if __name__ == "__main__":
    main(nested="--nested" in sys.argv)
