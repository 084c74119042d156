"""Benchmark: questions that name one item and ask whether it is E1399, NOC or which code
(benches/item_questions_dev.yaml), asked of the knowledge bot as a biller asks them, and the
questions that name an item but ask about a rule, which must stay with the knowledge base.

For each item question: which way it went (the code search's answer, or the knowledge base), and
whether the first code the answer names is one the label accepts ("right"), another code is named
first ("wrong"), or the answer names no code and says the search is not sure ("not sure").
An item labelled `none` (no specific code exists) is right when no specific code is named.
`-v` lists every question that was not right, and every rule question the code search took.

How the sets were made: see each file's header. First runs (`.venv/bin/python
benches/bench_item_questions.py`):
- item_questions_dev.yaml, with the knowledge bot before item questions were answered by the
  code search: 0 of 72 answered by it; the first code named right for 7 (3 codes named by the
  older "no code fits" line, and the 4 items with no code, where naming none is right), 65 named
  no code; 42 of 42 rule questions with the knowledge base.
- item_questions_fresh.yaml, written after the item-question answers were first built and run
  on the first set: 44 of 44 answered by the code search, first code right 37 (84.1%), a right
  code among the first three 38 (86.4%), wrong code first 7, none not sure; 25 of 25 rule
  questions with the knowledge base.
Later runs of both sets are dev figures (docs/knowledge.md, "Item questions").
Latency: each item question's answer in CPU time, asked once with the code search's caches cold
as for a new question (p50 / p99 over the set)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import cpu_timed, percentile, table  # noqa: E402
from benches._knowledge import load_kb, load_set  # noqa: E402
from flows.knowledge import AskResult  # noqa: E402

_CODE = re.compile(r"\*([ABEKL]\d{4})\*")


def codes_named(question: str, result: AskResult) -> list[str]:
    """The codes the answer offers for the item, in order: the code search's when it answered,
    else the codes the text sets in bold that the question did not type."""
    search = result.code_search
    if search is not None:
        found = [str(c["code"]) for c in search.get("candidates", [])]  # type: ignore[union-attr]
        noc = search.get("noc")
        return found + ([str(noc["code"])] if isinstance(noc, dict) else [])
    typed = {c.upper() for c in re.findall(r"\b[abeklABEKL]\d{4}\b", question)}
    return [c for c in dict.fromkeys(_CODE.findall(result.text)) if c not in typed]


def specific_codes(question: str, result: AskResult) -> list[str]:
    search = result.code_search
    if search is not None:
        return [str(c["code"]) for c in search.get("candidates", [])]  # type: ignore[union-attr]
    return [c for c in codes_named(question, result) if c != "E1399"]


def main(verbose: bool = False, name: str = "item_questions_dev.yaml") -> None:
    kb, cases = load_kb(), load_set(name)
    n = len(cases["item_questions"])
    by_code_search = from_code_table = right = first_three = wrong = unsure = 0
    misses: list[str] = []
    cpu: list[float] = []
    for case in cases["item_questions"]:
        question, expect = case["q"], case["expect"]
        result = cpu_timed(cpu, kb.ask, question)
        by_code_search += result.code_search is not None
        from_code_table += result.answered_from == "code_table"
        named = codes_named(question, result)
        if expect == "none":
            specific = specific_codes(question, result)
            right += not specific
            wrong += bool(specific)
            first_three += not specific
            if specific:
                misses.append(f"WRONG {question!r}: no specific code exists, said {specific}")
            continue
        if not named:
            unsure += 1
            misses.append(f"NOT SURE {question!r}: expected {expect} ({result.answered_from})")
        elif named[0] in expect:
            right += 1
            first_three += 1
        else:
            first_three += bool(set(named[:3]) & set(expect))
            wrong += 1
            misses.append(f"WRONG {question!r}: expected {expect}, said {named[:3]}")
    rules = cases["rule_questions"]
    taken = [q for q in rules if kb.ask(q).code_search is not None]
    misses += [f"RULE QUESTION TAKEN BY THE CODE SEARCH {q!r}" for q in taken]
    if verbose:
        print("\n".join(misses))
    table(
        f"Item questions to the knowledge bot ({name})",
        [
            ("item questions", str(n), ""),
            ("answered by the code search", f"{by_code_search} ({by_code_search / n:.1%})", ""),
            (
                "of which answered from the code table alone (no entry)",
                f"{from_code_table} ({from_code_table / n:.1%})",
                "",
            ),
            ("first code named is right", f"{right} ({right / n:.1%})", ""),
            ("a right code among the first three", f"{first_three} ({first_three / n:.1%})", ""),
            ("wrong code named first", f"{wrong} ({wrong / n:.1%})", ""),
            ("no code named: not sure, knowledge answer", f"{unsure} ({unsure / n:.1%})", ""),
            (
                "rule questions kept by the knowledge base",
                f"{len(rules) - len(taken)} of {len(rules)}",
                "all",
            ),
            (
                "item question answer p50 / p99, CPU time (each asked once)",
                f"{percentile(cpu, 0.5) * 1000:.2f} / {percentile(cpu, 0.99) * 1000:.2f} ms",
                "p99 < 5 ms",
            ),
        ],
    )


SETS = ("item_questions_dev.yaml", "item_questions_fresh.yaml")

if __name__ == "__main__":
    for set_name in SETS:
        main(verbose="-v" in sys.argv, name=set_name)
