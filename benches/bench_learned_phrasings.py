"""Benchmark: the effect of learned phrasings (wordings users confirmed after "I think you
mean...") on new paraphrases of the same topics, and on the other question sets.

The learn set (phrasings_learned.yaml) plays the confirmed wordings; they are served through the
same hook the bot uses (flows/team_served.ServedKnowledge). The held-out paraphrases
(phrasings_holdout.yaml) were written with the learn set, before the learning was wired.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import table  # noqa: E402
from flows.content import default_content_dir  # noqa: E402
from flows.knowledge import KnowledgeBase  # noqa: E402
from flows.messages import Messages  # noqa: E402
from flows.team_kb import TeamEntry  # noqa: E402
from flows.team_served import ServedKnowledge  # noqa: E402
from flows.text import Tokenizer  # noqa: E402

HERE = Path(__file__).parent
SETS = ["phrasings_holdout.yaml", "knowledge_dev.yaml", "knowledge_holdout4.yaml"]


class LearnedOnly:
    """A store holding only learned phrasings (no team entries)."""

    def __init__(self, learned: dict[str, list[str]]) -> None:
        self.learned = learned

    def generation(self) -> int:
        return 1

    def entries(self, status: str | None = None) -> list[TeamEntry]:
        return []

    def phrasings(self) -> dict[str, list[str]]:
        return self.learned


def score(kb: ServedKnowledge | KnowledgeBase, cases: dict) -> tuple[int, int, int, int, int]:
    """(right, wrong, declined, in-scope count, out-of-scope answered)."""
    right = wrong = declined = 0
    for case in cases["in_scope"]:
        result = kb.ask(case["q"])
        if not result.answered:
            declined += 1
        elif result.entry_id == case["expect"]:
            right += 1
        else:
            wrong += 1
    out = sum(kb.ask(q).answered for q in cases.get("out_of_scope", []))
    return right, wrong, declined, len(cases["in_scope"]), out


def main() -> None:
    content = default_content_dir()
    base = KnowledgeBase.load(content, Messages.load(content), Tokenizer.load(content))
    learn = yaml.safe_load((HERE / "phrasings_learned.yaml").read_text())["learned"]
    learned: dict[str, list[str]] = {}
    for case in learn:
        learned.setdefault(case["entry"], []).append(case["q"])
    on = ServedKnowledge(base, LearnedOnly(learned), learn_phrasings=True)
    off = ServedKnowledge(base, LearnedOnly(learned), learn_phrasings=False)
    before = sum(base.ask(c["q"]).entry_id == c["entry"] for c in learn)
    rows = [("learn set answered right before learning", f"{before} / {len(learn)}", "")]
    for name in SETS:
        cases = yaml.safe_load((HERE / name).read_text())
        for label, kb in (("off", off), ("on", on)):
            right, wrong, declined, n, out = score(kb, cases)
            n_out = len(cases.get("out_of_scope", []))
            rows.append((
                f"{name}, learning {label}: right / wrong / declined",
                f"{right / n:.1%} / {wrong / n:.1%} / {declined / n:.1%} of {n}; "
                f"out of scope answered {out} of {n_out}",
                "",
            ))  # fmt: skip
    table("Learned phrasings (benches/phrasings_*.yaml)", rows)


if __name__ == "__main__":
    main()
