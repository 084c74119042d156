"""Writes content/learned/phrasings.yaml: the labelled questions of the blind question sets
(benches/_knowledge.BLIND_SETS) as wordings of the entry their label names, each with the set
it came from. A question labelled with several entries is learned for the first (the main
part's entry); "none-fits" and labels naming no entry are skipped; out-of-scope questions are
kept as `out-of-scope`.

    .venv/bin/python benches/learn_phrasings.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._knowledge import BLIND_SETS, load_set  # noqa: E402
from flows.content import default_content_dir  # noqa: E402
from flows.knowledge import load_entries  # noqa: E402
from flows.knowledge_learned import LEARNED_FILE, OUT_OF_SCOPE  # noqa: E402

HEADER = """\
# Billers' wordings learned from the labelled blind question sets (benches/knowledge_heldout*,
# knowledge_holdout*, knowledge_fresh*): each question, as its writer typed it, for the entry a
# reviewer labelled it with before the set was first run (the first entry of a multi-entry
# label), and each question the set's writer marked out of scope (`entry: out-of-scope`).
# `source` is the set it came from: benches/bench_knowledge_loso.py and
# benches/bench_knowledge_heldout.py score each set without its own wordings. Written by
# benches/learn_phrasings.py; review a wording by its label in the source set.
"""


def main() -> None:
    known = {e.id for e in load_entries(default_content_dir())}
    rows = []
    for name in BLIND_SETS.values():
        seen = set()
        for case in load_set(name)["in_scope"]:
            expect = case["expect"]
            entry = expect[0] if isinstance(expect, list) else expect
            question = " ".join(case["q"].split())
            if entry not in known or question.lower() in seen:
                continue
            seen.add(question.lower())
            rows.append({"q": question, "entry": entry, "source": name})
        for item in load_set(name).get("out_of_scope", []):
            question = " ".join((item["q"] if isinstance(item, dict) else item).split())
            if question.lower() not in seen:
                seen.add(question.lower())
                rows.append({"q": question, "entry": OUT_OF_SCOPE, "source": name})
    body = yaml.safe_dump(
        {"version": 1, "phrasings": rows}, allow_unicode=True, sort_keys=False, width=100
    )
    path = default_content_dir() / LEARNED_FILE
    path.parent.mkdir(exist_ok=True)
    path.write_text(HEADER + body, encoding="utf-8")
    print(f"{len(rows)} phrasings written to {path}")


if __name__ == "__main__":
    main()
