"""Benchmark: the knowledge base on held-out questions never used for tuning."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import table  # noqa: E402
from flows.content import default_content_dir  # noqa: E402
from flows.knowledge import KnowledgeBase  # noqa: E402
from flows.messages import Messages  # noqa: E402
from flows.text import Tokenizer  # noqa: E402

HOLDOUT = Path(__file__).with_name("knowledge_holdout.yaml")


def main(verbose: bool = False) -> None:
    content = default_content_dir()
    kb = KnowledgeBase.load(content, Messages.load(content), Tokenizer.load(content))
    held = yaml.safe_load(HOLDOUT.read_text())
    right = abstained = 0
    for case in held["in_scope"]:
        result = kb.ask(case["q"])
        right += result.entry_id == case["expect"]
        abstained += not result.answered
        if verbose and result.entry_id != case["expect"]:
            print(f"MISS {case['q']!r}: expected {case['expect']}, got {result.entry_id}")
    wrong_out = sum(kb.ask(q).answered for q in held["out_of_scope"])
    n, m = len(held["in_scope"]), len(held["out_of_scope"])
    table(
        "Knowledge base, held-out questions (benches/knowledge_holdout.yaml)",
        [
            ("questions in scope / out of scope", f"{n} / {m}", ""),
            ("top-1 accuracy", f"{right / n:.1%}", "(tuned set: >= 90%)"),
            ("abstention on in-scope", f"{abstained / n:.1%}", ""),
            ("out-of-scope answered (wrong)", f"{wrong_out / m:.1%}", "(tuned set: <= 5%)"),
        ],
    )


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
