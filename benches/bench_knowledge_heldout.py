"""Benchmark: the knowledge base on the held-out set (questions written by someone who never
saw the entries, labelled with topics before any run), beside plain BM25."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import table  # noqa: E402
from benches._knowledge import BENCHES, PlainBM25, load_kb, load_set, score_set  # noqa: E402

HELD_OUT = "knowledge_heldout.yaml"


def main(verbose: bool = False) -> None:
    if not (BENCHES / HELD_OUT).exists():
        print(f"(no {HELD_OUT}: held-out benchmark skipped)")
        return
    kb = load_kb()
    score = score_set(kb, PlainBM25(kb.entries), load_set(HELD_OUT))
    if verbose:
        print("\n".join(score.misses))
    table("Knowledge base, held-out set", score.rows("held-out"))


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
