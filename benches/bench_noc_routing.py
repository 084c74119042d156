"""NOC routing alone over every registered item set: each miss (expected vs routed) and each
false "a specific code likely exists" warning, grouped by how the routing read the item.

Faster than bench_codes.py (no search recall, no timings). `-v` prints every miss under its
group; `--json FILE` writes every no-code item with its routed code and warning, for diffs.
Label conflicts (codes the sets themselves give to like items) are counted apart: tune nothing
on them.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches.bench_codes import ITEM_SETS  # noqa: E402
from flows.codes import CodeBook  # noqa: E402
from flows.content import default_content_dir  # noqa: E402
from flows.text import Tokenizer  # noqa: E402

# Codes that take a part, accessory or component of another item, not a whole item.
PARTS_CODES = frozenset({"K0108", "A9900", "L9900", "L7510", "L7520"})
# Pairs the sets label both ways for like items (power chair NOC vs group codes, A9999 vs A9900).
LABEL_CONFLICTS = [frozenset(p) for p in (("K0899", "K0898"), ("K0899", "K0812"),
                                          ("A9999", "A9900"))]  # fmt: skip
DEFAULT = "E1399"


def reading(expected: str, routed: str) -> str:
    """How the routing went wrong, read from the two codes."""
    if frozenset((expected, routed)) in LABEL_CONFLICTS:
        return "label conflict"
    if (expected in PARTS_CODES) != (routed in PARTS_CODES):
        return "a part routed as a whole" if expected in PARTS_CODES else "a whole routed as a part"
    if routed == DEFAULT:
        return "nothing claimed it: E1399, another family expected"
    if expected == DEFAULT:
        return "E1399 expected, a family claimed it"
    return "one family for another"


def main(verbose: bool, out: str | None) -> None:
    content = default_content_dir()
    book = CodeBook.load(content, Tokenizer.load(content))
    rows = []
    for path in ITEM_SETS.values():
        for case in yaml.safe_load(path.read_text()).get("noc", []):
            likely = book.likely_specific(case["item"])
            rows.append({"set": path.name, "item": case["item"], "category": case.get("category"),
                         "expected": case["code"],
                         "routed": book.noc_for(case["item"], case.get("category")).code,
                         "warned": likely.code if likely else None})  # fmt: skip
    misses = [r for r in rows if r["routed"] != r["expected"]]
    groups = Counter(reading(r["expected"], r["routed"]) for r in misses)
    pairs = Counter((r["expected"], r["routed"]) for r in misses)
    warned = [r for r in rows if r["warned"]]
    print(f"NOC routing {len(rows) - len(misses)} of {len(rows)} "
          f"({(len(rows) - len(misses)) / len(rows):.1%}); false warnings {len(warned)} "
          f"({len(warned) / len(rows):.1%})\n")  # fmt: skip
    print("| reading that went wrong | misses |\n| --- | --- |")
    for group, count in groups.most_common():
        print(f"| {group} | {count} |")
    print("\n| expected | routed | misses |\n| --- | --- | --- |")
    for (expected, routed), count in pairs.most_common(20):
        print(f"| {expected} | {routed} | {count} |")
    if verbose:
        for group in groups:
            print(f"\n{group}:")
            for r in misses:
                if reading(r["expected"], r["routed"]) == group:
                    print(f"  {r['expected']} -> {r['routed']} ({r['set']}): {r['item']}")
        print("\nfalse warnings:")
        for r in warned:
            print(f"  {r['warned']} ({r['set']}, NOC {r['expected']}): {r['item']}")
    if out:
        Path(out).write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    args = sys.argv[1:]
    main("-v" in args, args[args.index("--json") + 1] if "--json" in args else None)
