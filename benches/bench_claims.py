"""Claim outcomes against a set written blind from the facts: each claim file's expectations
(code, modifiers present or absent, checklist statuses, missing documents, deadline dates and
whether they have passed, follow-up ids present or absent, planned) checked against what
`checklist --json` says, in process through the same builder. Every claims_*.yaml set by
default (each header has how it was written and its first run), or the files named.

    .venv/bin/python benches/bench_claims.py [benches/claims_heldout11.yaml ...]
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benches._common import table  # noqa: E402
from bot.settings import settings_from_environment  # noqa: E402
from bot.wiring import load_content  # noqa: E402
from flows.models import Claim  # noqa: E402

SETS = sorted(Path(__file__).parent.glob("claims_*.yaml"))


def checks(expect: dict[str, Any], outcome: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(kind, what was expected, met) for each expectation of one claim."""
    modifiers = set(outcome["modifiers"])
    status = {item["id"]: item["status"] for item in outcome["checklist"]}
    deadlines = {d["id"]: d for d in outcome["deadlines"]}
    follow_up = {f["id"] for f in outcome["follow_up"]}
    present = {
        "modifiers_include": lambda m: m in modifiers,
        "modifiers_exclude": lambda m: m not in modifiers,
        "missing_include": lambda k: k in outcome["missing"],
        "passed_include": lambda k: deadlines.get(k, {}).get("passed") is True,
        "follow_up_include": lambda k: k in follow_up,
        "follow_up_exclude": lambda k: k not in follow_up,
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
    if "planned" in expect:
        found.append(("planned", str(expect["planned"]), outcome["planned"] is expect["planned"]))
    return found


def main(path: Path) -> None:
    outcome = load_content(settings_from_environment()).outcome
    cases = yaml.safe_load(path.read_text())
    met, total, whole = Counter[str](), Counter[str](), 0
    misses = []
    for case in cases:
        claim = Claim.model_validate(case["claim"])
        summary = outcome.summary(claim, dt.date.fromisoformat(str(case["today"])))
        results = checks(case["expect"], summary)
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
    ]
    rows += [(f"  {kind}", f"{met[kind]} of {total[kind]}", "") for kind in sorted(total)]
    table(f"Claim outcomes ({path.name})", rows)


if __name__ == "__main__":
    for claims_set in [Path(a) for a in sys.argv[1:]] or SETS:
        main(claims_set)
