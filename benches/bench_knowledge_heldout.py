"""Benchmark: the knowledge base on the held-out sets (questions written by someone who never
saw the entries, labelled before any run), beside plain BM25. Each file's header gives its
first-run figures; later runs of a set are dev figures."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import table  # noqa: E402
from benches._knowledge import (  # noqa: E402
    BENCHES,
    BLIND_SETS,
    PlainBM25,
    load_kb,
    load_set,
    score_set,
)

HELD_OUT = {label: name for label, name in BLIND_SETS.items() if label.startswith("held-out")}


def main(verbose: bool = False) -> None:
    kb = load_kb()
    for label, name in HELD_OUT.items():
        if not (BENCHES / name).exists():
            print(f"(no {name}: skipped)")
            continue
        # the set's own learned wordings left out
        score = score_set(kb.leaving_out(name), PlainBM25(kb.entries), load_set(name))
        if verbose:
            print("\n".join(score.misses))
        table(f"Knowledge base, {label} ({name})", score.rows(label))


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
