"""Benchmark: knowledge-base answers on the biller dev set (accuracy, abstention, latency)."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import percentile, table, timed  # noqa: E402
from flows.content import default_content_dir  # noqa: E402
from flows.knowledge import KnowledgeBase  # noqa: E402
from flows.messages import Messages  # noqa: E402
from flows.text import Tokenizer  # noqa: E402

DEV_SET = Path(__file__).with_name("knowledge_dev.yaml")


def main(verbose: bool = False) -> None:
    content = default_content_dir()
    kb = KnowledgeBase.load(content, Messages.load(content), Tokenizer.load(content))
    dev = yaml.safe_load(DEV_SET.read_text())
    top1 = top3 = abstained = 0
    timings: list[float] = []
    for case in dev["in_scope"]:
        result = timed(timings, kb.ask, case["q"])
        ranked = [entry.id for entry, _s, _c in kb.rank(case["q"], limit=3)]
        top1 += result.entry_id == case["expect"]
        top3 += case["expect"] in ranked
        abstained += not result.answered
        if verbose and result.entry_id != case["expect"]:
            print(f"MISS {case['q']!r}: expected {case['expect']}, got {result.entry_id} "
                  f"(score {result.score}; ranked {ranked})")  # fmt: skip
    wrong_out = 0
    for question in dev["out_of_scope"]:
        result = timed(timings, kb.ask, question)
        wrong_out += result.answered
        if verbose and result.answered:
            print(f"ANSWERED OUT OF SCOPE {question!r} -> {result.entry_id} ({result.score})")
    for _ in range(3):  # more samples for a stable p99
        for case in dev["in_scope"]:
            timed(timings, kb.ask, case["q"] + " ")
    n_in, n_out = len(dev["in_scope"]), len(dev["out_of_scope"])
    table("Knowledge base (benches/knowledge_dev.yaml)", [
        ("in-scope questions / entries", f"{n_in} / {len(kb.entries)}", ">= 150 / >= 45"),
        ("top-1 accuracy", f"{top1 / n_in:.1%}", ">= 90%"),
        ("top-3 accuracy", f"{top3 / n_in:.1%}", ""),
        ("abstention on in-scope", f"{abstained / n_in:.1%}", ""),
        ("out-of-scope answered (wrong)", f"{wrong_out / n_out:.1%} of {n_out}", "<= 5%"),
        ("answer latency p99", f"{percentile(timings, 0.99) * 1000:.2f} ms", "< 5 ms"),
    ])  # fmt: skip


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
