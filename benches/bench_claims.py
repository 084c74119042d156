"""Claim outcomes against a set written blind from the facts: each claim file's expectations
(code, modifiers present or absent, checklist statuses, missing documents, deadline dates and
whether they have passed, follow-up ids present or absent, planned, the narrative's length and
the text it must carry, warnings that must be raised) checked against what `checklist --json`
says, in process through the same claim-file reader and builder (a claim file the reader refuses
misses every expectation). Also counted: false code swaps, a specific code billed in place of
the biller's that the claim does not expect (a wrong automatic change costs the biller more
than a missed one). Every claims_*.yaml set by default (each header has how it was written and its
first run), or the files named.

    .venv/bin/python benches/bench_claims.py [benches/claims_heldout11.yaml ...]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benches._common import table  # noqa: E402
from bot.claim_file import read_claim  # noqa: E402
from bot.cli_error import CliError  # noqa: E402
from bot.settings import settings_from_environment  # noqa: E402
from bot.wiring import load_content  # noqa: E402
from flows.codes import CodeBook  # noqa: E402

SETS = sorted(Path(__file__).parent.glob("claims_*.yaml"))


def checks(expect: dict[str, Any], outcome: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(kind, what was expected, met) for each expectation of one claim."""
    modifiers = set(outcome["modifiers"])
    status = {item["id"]: item["status"] for item in outcome["checklist"]}
    deadlines = {d["id"]: d for d in outcome["deadlines"]}
    follow_up = {f["id"] for f in outcome["follow_up"]}
    narrative = outcome["narrative"].casefold()
    warnings = [w.casefold() for w in outcome["warnings"]]
    present = {
        "modifiers_include": lambda m: m in modifiers,
        "modifiers_exclude": lambda m: m not in modifiers,
        "missing_include": lambda k: k in outcome["missing"],
        "passed_include": lambda k: deadlines.get(k, {}).get("passed") is True,
        "follow_up_include": lambda k: k in follow_up,
        "follow_up_exclude": lambda k: k not in follow_up,
        "narrative_include": lambda text: text.casefold() in narrative,
        "warnings_include_any": lambda words: any(
            w.casefold() in warning for warning in warnings for w in words
        ),
    }
    found = [
        (kind, one, test(one)) for kind, test in present.items() for one in expect.get(kind, [])
    ]
    found += [
        ("checklist", f"{k}={v}", status.get(k) == v)
        for k, v in expect.get("checklist", {}).items()
    ]
    found += [
        ("deadlines", f"{k}={v}", deadlines.get(k, {}).get("date") == str(v))
        for k, v in expect.get("deadlines", {}).items()
    ]
    if "code" in expect:
        found.append(("code", expect["code"], outcome["code"] == expect["code"]))
    if "narrative_max_chars" in expect:
        limit = expect["narrative_max_chars"]
        found.append(("narrative_max_chars", str(limit), len(outcome["narrative"]) <= limit))
    if "planned" in expect:
        found.append(("planned", str(expect["planned"]), outcome["planned"] is expect["planned"]))
    return found


def refused(expect: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """Every expectation of a claim the claim-file reader refused, each one missed."""

    def each(value: Any) -> list[Any]:  # a mapping's pairs, a list's items, or the one value
        if isinstance(value, dict):
            return list(value.items())
        return value if isinstance(value, list) else [value]

    return [(kind, str(one), False) for kind, value in expect.items() for one in each(value)]


def false_swap(codes: CodeBook, case: dict[str, Any], billed: str) -> bool:
    """The outcome put a specific code in place of the biller's that the claim does not expect
    (a NOC code, another specific code, or with no code expected the biller's own)."""
    found = codes.lookup(billed)
    chosen = (case["claim"].get("code_check") or {}).get("chosen_code")
    expected = case["expect"].get("code", chosen)
    return found is not None and not found.is_noc and billed not in (chosen, expected)


def main(path: Path) -> None:
    settings = settings_from_environment()
    content = load_content(settings)
    outcome = content.outcome
    cases = yaml.safe_load(path.read_text())
    met, total, whole, swaps = Counter[str](), Counter[str](), 0, 0
    misses = []
    for case in cases:
        with tempfile.NamedTemporaryFile("w", suffix=".json") as file:
            json.dump(case["claim"], file, default=str)
            file.flush()
            try:
                claim, file_warnings = read_claim(file.name, content.messages)
            except CliError as error:
                misses.append(f"MISS {case['id']}: claim refused: {error}")
                claim = None
        if claim is None:
            results = refused(case["expect"])
        else:
            summary = outcome.summary(claim, dt.date.fromisoformat(str(case["today"])))
            summary["warnings"] = file_warnings + summary["warnings"]
            results = checks(case["expect"], summary)
            if false_swap(content.codes, case, summary["code"]):
                swaps += 1
                misses.append(f"SWAP {case['id']}: {summary['code']}")
        whole += all(ok for _, _, ok in results)
        for kind, expected, ok in results:
            total[kind] += 1
            met[kind] += ok
            if not ok:
                misses.append(f"MISS {case['id']}: {kind} {expected}")
    print("\n".join(misses))
    share = sum(met.values()) / sum(total.values())
    rows = [
        ("claims / expectations", f"{len(cases)} / {sum(total.values())}", ""),
        ("expectations met", f"{100 * share:.1f}%", ""),
        ("claims with every expectation met", f"{whole} of {len(cases)}", ""),
        ("false swaps (a specific code put over the biller's, not expected)", str(swaps), ""),
    ]
    rows += [(f"  {kind}", f"{met[kind]} of {total[kind]}", "") for kind in sorted(total)]
    table(f"Claim outcomes ({path.name})", rows)


if __name__ == "__main__":
    for claims_set in [Path(a) for a in sys.argv[1:]] or SETS:
        main(claims_set)
