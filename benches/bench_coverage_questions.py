"""Benchmark: questions asking whether Original Medicare covers one item ("does medicare cover a
knee scooter"), asked of the knowledge bot as a biller asks them (flows/item_coverage.py), and
look-alikes that must stay with the knowledge base (a rule, another payer, an amount, a claim).

For each coverage question: the answer names the item's code and what its CMS coverage code
means ("right" when the code is one the label accepts, "wrong" when another code), or leaves the
question to the knowledge base ("left"). For each look-alike: whether the coverage look-up took
it (it must not). `-v` lists every miss.

How the sets were made: see each file's header. Figures: docs/knowledge.md, "Coverage questions"."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import cpu_timed, percentile, table  # noqa: E402
from benches._knowledge import load_kb, load_set  # noqa: E402


def main(verbose: bool = False, name: str = "coverage_questions_dev.yaml") -> None:
    kb, cases = load_kb(), load_set(name)
    coverage = kb.code_facts.coverage if kb.code_facts else None
    assert coverage is not None, "the coverage look-up is not loaded"
    asked = cases["coverage"]
    right = wrong = left = 0
    misses: list[str] = []
    cpu: list[float] = []
    for case in asked:
        result = cpu_timed(cpu, kb.ask, case["q"])
        took = coverage.item_of(case["q"]) is not None and result.answered_from == "code_table"
        likely = (result.code_search or {}).get("likely") if took else None
        if likely is None:
            left += 1
            misses.append(f"LEFT {case['q']!r}: expected {case['codes']}")
        elif likely in case["codes"]:
            right += 1
        else:
            wrong += 1
            misses.append(f"WRONG {case['q']!r}: expected {case['codes']}, said {likely}")
    others = [*cases.get("not_coverage", []), *cases.get("other_payers", [])]
    taken = [q for q in others if coverage.answer(q, kb) is not None]
    misses += [f"LOOK-ALIKE TAKEN {q!r}" for q in taken]
    if verbose:
        print("\n".join(misses))
    n, kept = len(asked), f"{len(others) - len(taken)} of {len(others)}"
    table(
        f"Coverage questions to the knowledge bot ({name})",
        [
            ("coverage questions", str(n), ""),
            ("right code and its coverage", f"{right} ({right / n:.1%})", ""),
            ("wrong code named", f"{wrong} ({wrong / n:.1%})", "0"),
            ("left to the knowledge base", f"{left} ({left / n:.1%})", ""),
            ("look-alikes kept by the knowledge base", kept, "all"),
            (
                "coverage question answer p50 / p99, CPU time",
                f"{percentile(cpu, 0.5) * 1000:.2f} / {percentile(cpu, 0.99) * 1000:.2f} ms",
                "p99 < 5 ms",
            ),
        ],
    )


SETS = (
    "coverage_questions_dev.yaml",
    "coverage_questions_heldout.yaml",
    "coverage_questions_heldout47.yaml",
    "coverage_questions_heldout48.yaml",
    "coverage_questions_heldout49.yaml",
    "coverage_questions_heldout50.yaml",
)

if __name__ == "__main__":
    for set_name in SETS:
        main(verbose="-v" in sys.argv, name=set_name)
