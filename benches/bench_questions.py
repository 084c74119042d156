"""Question or answer? The intake's rule (flows.questions) on labelled text typed at its steps.

Both sets are in benches/questions_*.yaml (how they were made is at the top of each file).
Wrong answers are split: a question taken as an answer gets stored in the claim (the costly
mistake); an answer taken as a question is answered and the step asked again.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import table  # noqa: E402
from flows.questions import looks_like_question  # noqa: E402

HERE = Path(__file__).resolve().parent


def score(name: str) -> tuple[str, str, str]:
    cases = yaml.safe_load((HERE / f"questions_{name}.yaml").read_text())["cases"]
    for case in cases:
        case["text"] = str(case["text"])  # a bare 480 reads as a number
    stored = [
        c["text"] for c in cases if c["label"] == "question" and not looks_like_question(c["text"])
    ]
    answered = [
        c["text"] for c in cases if c["label"] == "answer" and looks_like_question(c["text"])
    ]
    right = len(cases) - len(stored) - len(answered)
    for text in stored:
        print(f"  {name}: question taken as an answer: {text!r}")
    for text in answered:
        print(f"  {name}: answer taken as a question: {text!r}")
    figures = f"{right}/{len(cases)} = {right / len(cases):.1%}"
    return (
        f"accuracy ({name})",
        figures,
        f"questions stored {len(stored)}, answers re-asked {len(answered)}",
    )


if __name__ == "__main__":
    rows = [score("dev"), score("heldout")]
    table("Question or answer at an intake step (flows.questions)", rows)
