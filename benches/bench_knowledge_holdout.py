"""Benchmark: the knowledge base on held-out questions. Set 4 is the newest (one vocabulary
fix since its first run); set 2 was never tuned on but watched while ranking changed; sets 1
and 3 were seen before content changes, so they are diagnostic."""

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

HOLDOUTS = {
    "set 4": Path(__file__).with_name("knowledge_holdout4.yaml"),
    "set 2": Path(__file__).with_name("knowledge_holdout2.yaml"),
    "set 3 (diagnostic)": Path(__file__).with_name("knowledge_holdout3.yaml"),
    "set 1 (diagnostic)": Path(__file__).with_name("knowledge_holdout.yaml"),
}


def main(verbose: bool = False) -> None:
    content = default_content_dir()
    kb = KnowledgeBase.load(content, Messages.load(content), Tokenizer.load(content))
    rows = []
    for label, path in HOLDOUTS.items():
        held = yaml.safe_load(path.read_text())
        right = abstained = 0
        for case in held["in_scope"]:
            result = kb.ask(case["q"])
            right += result.entry_id == case["expect"]
            abstained += not result.answered
            if verbose and result.entry_id != case["expect"]:
                print(
                    f"{label} MISS {case['q']!r}: expected {case['expect']}, got {result.entry_id}"
                )
        wrong_out = sum(kb.ask(q).answered for q in held["out_of_scope"])
        n, m = len(held["in_scope"]), len(held["out_of_scope"])
        rows += [
            (f"{label}: questions in / out of scope", f"{n} / {m}", ""),
            (f"{label}: top-1 accuracy", f"{right / n:.1%}", "(dev set: >= 90%)"),
            (f"{label}: abstention on in-scope", f"{abstained / n:.1%}", ""),
            (f"{label}: out-of-scope answered", f"{wrong_out / m:.1%}", "(dev set: <= 5%)"),
        ]
    table("Knowledge base, held-out questions", rows)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
