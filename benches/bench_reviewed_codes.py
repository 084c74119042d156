"""How often the outcome would bill a specific code the biller reviewed over a NOC code
(`CodeBook.describes`, or the search's likely code), on pairs labelled in the benchmark files:

- not the item: every item of a code set's `noc` section (no specific code fits it) paired
  with each specific code its `why` names as coming closest, and with the search's first two
  candidates (the codes a biller would have looked at and rightly passed over);
- the item: each code a claims set's biller reviewed that the claim's expected code is;
- nothing reviewed: each no-code item, and whether its likely code (a warning) would be billed
  because its descriptor is said (checks.yaml `plain_specific_code`).

    .venv/bin/python benches/bench_reviewed_codes.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benches._common import table  # noqa: E402
from flows.codes import CodeBook  # noqa: E402
from flows.content import default_content_dir  # noqa: E402
from flows.text import Tokenizer  # noqa: E402

HERE = Path(__file__).parent
HCPCS = re.compile(r"\b[A-Z]\d{4}\b")
NOTHING_REVIEWED = "no-code items, nothing reviewed (not the item)"


def pairs(book: CodeBook) -> list[tuple[str, str, str]]:
    """(kind, description, reviewed code) for every labelled pair."""
    found = []
    for path in sorted(HERE.glob("codes_*.yaml")):
        for item in yaml.safe_load(path.read_text()).get("noc") or []:
            named = set(HCPCS.findall(item.get("why") or "")) - {item["code"]}
            shown = {c.code for c in book.search(item["item"], 2)}
            found.append((NOTHING_REVIEWED, item["item"], ""))
            found += [("named as closest (not the item)", item["item"], c) for c in sorted(named)]
            found += [("searched first two (not the item)", item["item"], c) for c in sorted(shown)]
    for path in sorted(HERE.glob("claims_*.yaml")):
        for case in yaml.safe_load(path.read_text()):
            check, expected = case["claim"].get("code_check") or {}, case["expect"].get("code")
            for code in check.get("candidates_reviewed") or []:
                if code == expected and code != check.get("chosen_code"):
                    found.append(
                        ("claims: the expected code", case["claim"]["item"]["description"], code)
                    )
    specific = {c for _, _, c in found if c in book.table and not book.table[c].is_noc}
    return [(k, d, c) for k, d, c in found if c in specific or k == NOTHING_REVIEWED]


def main() -> None:
    content = default_content_dir()
    book = CodeBook.load(content, Tokenizer.load(content))
    billed, likely, total = Counter[str](), Counter[str](), Counter[str]()
    for kind, description, code in pairs(book):
        total[kind] += 1
        found = book.likely_specific(description)
        if kind == NOTHING_REVIEWED:  # the likely code, billed only when its descriptor is said
            likely[kind] += found is not None
            billed[kind] += found is not None and book.describes(description, found.code, False)
            continue
        likely[kind] += found is not None and found.code == code
        billed[kind] += (found is not None and found.code == code) or book.describes(
            description, code
        )
    rows = []
    for kind, n in sorted(total.items()):
        rows.append((f"{kind}: the likely code", f"{likely[kind]} of {n}", ""))
        rows.append((f"{kind}: or one whose descriptor is said", f"{billed[kind]} of {n}", ""))
    table("Reviewed codes the outcome would bill over the NOC code", rows)
    table(
        "K0108 with nothing reviewed: the group's code billed (family_specific_code)",
        family_rows(book),
    )


def family_rows(book: CodeBook) -> list[tuple[str, str, str]]:
    """Items of the code sets as a biller who chose K0108 would have them: wheelchair
    accessories with their own code (their code billed, or another) and no-code items labelled
    K0108 (any code billed is wrong)."""
    counts = Counter[str]()
    for path in sorted(HERE.glob("codes_*.yaml")):
        sets = yaml.safe_load(path.read_text())
        items = [(i["item"], i["code"]) for i in sets.get("specific") or []]
        items += [(i["long"], i["code"]) for i in sets.get("pairs") or []]
        items += [(i["item"], "K0108") for i in sets.get("noc") or [] if i["code"] == "K0108"]
        for description, code in items:
            if code != "K0108" and book.family_noc(code) != "K0108":
                continue
            found = book.likely_specific(description)
            in_family = found and book.family_noc(found.code) == "K0108"
            sure = in_family and book.sure_within_family(description, found)
            billed = found.code if found and sure else "K0108"
            kind = "no-code K0108 items" if code == "K0108" else "accessories with a code"
            counts[kind] += 1
            counts[f"{kind}: right" if billed == code else f"{kind}: {billed == 'K0108'}"] += 1
    accessories, no_code = counts["accessories with a code"], counts["no-code K0108 items"]
    return [
        ("accessories with a code: their code billed",
         f"{counts['accessories with a code: right']} of {accessories}", ""),
        ("accessories with a code: another code billed",
         f"{counts['accessories with a code: False']} of {accessories}", ""),
        ("no-code K0108 items: a code billed (wrong)",
         f"{counts['no-code K0108 items: False']} of {no_code}", ""),
    ]  # fmt: skip


if __name__ == "__main__":
    main()
