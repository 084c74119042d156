"""Benchmark: the knowledge base on the held-out sets (questions written by someone who never
saw the entries, labelled before any run), beside plain BM25. Each file's header gives its
first-run figures; later runs of a set are dev figures."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import table  # noqa: E402
from benches._knowledge import BENCHES, PlainBM25, load_kb, load_set, score_set  # noqa: E402

HELD_OUT = {
    "former held-out (a dev set since its first run)": "knowledge_heldout.yaml",
    "held-out 2": "knowledge_heldout2.yaml",
    "held-out 3": "knowledge_heldout3.yaml",
    "held-out 4": "knowledge_heldout4.yaml",
    "held-out 5": "knowledge_heldout5.yaml",
    "held-out 6": "knowledge_heldout6.yaml",
    "held-out 7": "knowledge_heldout7.yaml",
}


def main(verbose: bool = False) -> None:
    kb = load_kb()
    for label, name in HELD_OUT.items():
        if not (BENCHES / name).exists():
            print(f"(no {name}: skipped)")
            continue
        score = score_set(kb, PlainBM25(kb.entries), load_set(name))
        if verbose:
            print("\n".join(score.misses))
        table(f"Knowledge base, {label} ({name})", score.rows(label))


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
