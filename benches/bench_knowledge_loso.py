"""Benchmark: leave one set out. Each blind question set (benches/_knowledge.BLIND_SETS) is
scored by a knowledge base that learned nothing from it: its own learned phrasings
(content/learned/phrasings.yaml) are left out, so the close-call check
(`KnowledgeBase.keeps_close_call`) reads only the other sets' wordings. Summed over the sets,
this is how the ranking does on wording it did not learn from; the sets were also read while the
entries, vocabulary and hand-set rules were written, so it is not a first-run figure.

    .venv/bin/python benches/bench_knowledge_loso.py [-v] [--no-learning]

`--no-learning` scores the content with no learned phrasings and the hand-set decline rule.
"wrong, runner-up answered right": wrong close calls whose runner-up, whose short answer the
reply gives after the best entry's, is a right entry (still counted wrong).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import machine  # noqa: E402
from benches._knowledge import (  # noqa: E402
    BLIND_SETS,
    PlainBM25,
    SetScore,
    load_kb,
    load_set,
    score_set,
)


def _line(label: str, s: SetScore) -> str:
    n = s.questions or 1
    close = s.wrong - s.outright_wrong
    return (
        f"| {label} | {s.questions} | {s.correct} ({s.correct / n:.1%}) | "
        f"{s.wrong} ({s.wrong / n:.1%}) | {s.outright_wrong} | {close} | "
        f"{s.wrong_runner_up_right} | "
        f"{s.declined} ({s.declined / n:.1%}) | {s.code_table} | "
        f"{s.out_of_scope_declined} of {s.out_of_scope} |"
    )


def main(verbose: bool = False, learning: bool = True) -> None:
    base = load_kb()
    if not learning:
        base = base.without_learning()
    plain = PlainBM25(base.entries)
    total = SetScore()
    print(f"\n### Knowledge base, leave one set out ({'learning' if learning else 'no learning'})")
    print(f"({machine()})\n")
    print(
        "| set | in scope | correct | wrong | wrong outright | wrong close call | "
        "wrong, runner-up answered right | declined | code table | out of scope declined |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for label, name in BLIND_SETS.items():
        kb = base.leaving_out(name) if learning else base
        score = score_set(kb, plain, load_set(name))
        print(_line(label, score))
        if verbose:
            print("\n".join(f"  {label} {miss}" for miss in score.misses))
        for key in vars(total):
            if key != "misses":
                setattr(total, key, getattr(total, key) + getattr(score, key))
    print(_line("all sets", total))


if __name__ == "__main__":
    main(verbose="-v" in sys.argv, learning="--no-learning" not in sys.argv)
