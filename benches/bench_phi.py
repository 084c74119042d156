"""Benchmark: how many pasted patient identifiers the PHI guard catches, how often it cries wolf.

Scores flows.phi.scan on the labelled corpus in tests/fixtures/phi/ (dev.yaml, the set the
patterns were tuned on, and holdout.yaml, written before tuning). "Caught" means the text is
refused (any kind found); "kinds named" means every labelled kind was found, which is what the
warning tells the user. A false alarm is a look-alike billing phrase that is refused.
`--set dev` scores the dev part only; `--verbose` lists every miss and false alarm.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import percentile, table, timed  # noqa: E402
from flows.phi import scan  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "phi"


def score(name: str, verbose: bool, timings: list[float]) -> dict[str, float]:
    corpus = yaml.safe_load((CORPUS / f"{name}.yaml").read_text(encoding="utf-8"))
    caught = named = false_alarms = 0
    for case in corpus["identifiers"]:
        found = timed(timings, scan, case["text"]).kinds
        caught += bool(found)
        named += set(case["kinds"]) <= set(found)
        if verbose and not set(case["kinds"]) <= set(found):
            label = "MISS " if not found else "KINDS"
            print(f"{name} {label} {case['text']!r}: expected {case['kinds']}, got {list(found)}")
    for text in corpus["lookalikes"]:
        found = timed(timings, scan, text).kinds
        false_alarms += bool(found)
        if verbose and found:
            print(f"{name} FALSE {text!r}: {list(found)}")
    identifiers, lookalikes = len(corpus["identifiers"]), len(corpus["lookalikes"])
    return {
        "identifiers": identifiers,
        "lookalikes": lookalikes,
        "caught": caught / identifiers,
        "named": named / identifiers,
        "false_alarms": false_alarms / lookalikes,
        "missed": identifiers - caught,
        "false_count": false_alarms,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=["dev", "holdout", "both"], default="both")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    names = ["dev", "holdout"] if args.set == "both" else [args.set]
    scan("load the cue words before timing")
    timings: list[float] = []
    rows = []
    for name in names:
        result = score(name, args.verbose, timings)
        rows += [
            (f"{name}: identifiers / look-alikes",
             f"{result['identifiers']} / {result['lookalikes']}", ">= 100 / >= 100"),
            (f"{name}: identifiers caught (refused)",
             f"{result['caught']:.1%} ({result['missed']} missed)", ">= 98%"),
            (f"{name}: every labelled kind named", f"{result['named']:.1%}", ""),
            (f"{name}: look-alikes refused (false alarms)",
             f"{result['false_alarms']:.1%} ({result['false_count']})", "<= 2%"),
        ]  # fmt: skip
    rows.append(("scan latency p99", f"{percentile(timings, 0.99) * 1000:.2f} ms", "< 5 ms"))
    table("PHI guard (tests/fixtures/phi/: dev.yaml tuned on, holdout.yaml written first)", rows)


if __name__ == "__main__":
    main()
