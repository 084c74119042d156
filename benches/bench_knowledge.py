"""Benchmark: knowledge-base answers on the dev sets, beside plain BM25 (wrong answers counted
apart from declines), and answer latency: on the dev set's questions (each asked four times,
a space added each round so no cache answers) and on every blind set's questions (benches/
_knowledge.BLIND_SETS, item questions among them), each asked once before anything else runs,
so the code search's caches are cold as for a new question."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import cpu_timed, percentile, table, timed  # noqa: E402
from benches._knowledge import BLIND_SETS, PlainBM25, load_kb, load_set, score_set  # noqa: E402

# Every set here has been looked at while tuning content or ranking (see each file's header).
DEV_SETS = {
    "dev": "knowledge_dev.yaml",
    "dev A": "knowledge_holdout.yaml",
    "dev B": "knowledge_holdout2.yaml",
    "dev C": "knowledge_holdout3.yaml",
    "dev D": "knowledge_holdout4.yaml",
    "dev E": "knowledge_dev_topics.yaml",
    "dev F": "knowledge_fresh.yaml",
    "dev G": "knowledge_fresh2.yaml",
    "dev H": "knowledge_dev3.yaml",
    "dev I": "knowledge_fresh3.yaml",
}


def main(verbose: bool = False) -> None:
    kb = load_kb()
    first_asks: list[float] = []
    for name in BLIND_SETS.values():
        cases = load_set(name)
        for case in cases["in_scope"]:
            cpu_timed(first_asks, kb.ask, case["q"], context=case.get("context"))
    baseline = PlainBM25(kb.entries)
    rows = [("entries", str(len(kb.entries)), ">= 110")]
    for label, name in DEV_SETS.items():
        score = score_set(kb.leaving_out(name), baseline, load_set(name))
        rows += score.rows(label)
        if verbose:
            print("\n".join(f"{label} {miss}" for miss in score.misses))
    timings: list[float] = []
    cpu: list[float] = []
    dev = load_set("knowledge_dev.yaml")
    questions = [case["q"] for case in dev["in_scope"]] + dev["out_of_scope"]
    for spaces in range(1, 5):  # a new text each round, so no cache answers
        for question in questions:
            timed(timings, kb.ask, question + " " * spaces)
            cpu_timed(cpu, kb.ask, question + " " * spaces + ".")
    load = os.getloadavg()[0]
    rows.append((f"blind sets' {len(first_asks)} questions asked once: p50 / p99, CPU time",
                 f"{percentile(first_asks, 0.5) * 1000:.2f} / "
                 f"{percentile(first_asks, 0.99) * 1000:.2f} ms", "p99 < 5 ms"))  # fmt: skip
    rows.append(("answer p50 / p99, CPU time", f"{percentile(cpu, 0.5) * 1000:.2f} / "
                 f"{percentile(cpu, 0.99) * 1000:.2f} ms", "p99 < 5 ms"))  # fmt: skip
    rows.append((f"answer p50 / p99, wall clock (load average {load:.1f})",
                 f"{percentile(timings, 0.5) * 1000:.2f} / "
                 f"{percentile(timings, 0.99) * 1000:.2f} ms", "p99 < 5 ms"))  # fmt: skip
    table("Knowledge base, dev sets", rows)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
