"""Benchmark: how often the PHI guard refuses billing talk with no patient in it, over every
question and item of the benchmark sets (benches/*.yaml) and every message of the bot's.

The texts are those of tests/flows/phi_billing_texts.py: each distinct text once, leaving out
what a set's writers noted about a case (an answer's gist, why an outcome is right). A refused
text is explained when REFUSED_BENCH_TEXTS there lists it, with why (rightly: it carries an
identifier; or a known false alarm). Exits 1 when the guard refuses a text the list does not
explain. The tests scan the bot's own words, the listed texts and a fixed sample of one
benchmark text in sixteen; this scans them all. `--verbose` lists every refused text.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import table  # noqa: E402
from flows.phi import scan  # noqa: E402
from tests.flows.phi_billing_texts import (  # noqa: E402
    REFUSED_BENCH_TEXTS,
    benchmark_texts,
    message_texts,
    rightly_refused,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    texts = (*message_texts(), *benchmark_texts())
    scan("load the cue words and name lists before timing")
    start = time.process_time()
    refused = {text: scan(text).kinds for text in texts}
    cpu = time.process_time() - start
    refused = {text: kinds for text, kinds in refused.items() if kinds}
    unexplained = [text for text in refused if text not in REFUSED_BENCH_TEXTS]
    fixed = [text for text in REFUSED_BENCH_TEXTS if text not in refused]
    rightly = set(rightly_refused())
    rows = [
        ("distinct messages / benchmark texts", f"{len(message_texts())} / "
         f"{len(benchmark_texts())}", ""),
        ("refused", f"{len(refused)} ({len(refused) / len(texts):.2%})", ""),
        ("refused rightly (listed)", str(len(rightly & set(refused))), f"{len(rightly)}"),
        ("refused, listed as false alarms", str(len(set(refused) & set(REFUSED_BENCH_TEXTS)
                                                 - rightly)), ""),
        ("refused, not listed", str(len(unexplained)), "0"),
        ("listed, no longer refused", str(len(fixed)), ""),
        ("scan CPU time per text", f"{cpu / len(texts) * 1000:.2f} ms", ""),
    ]  # fmt: skip
    table("PHI guard over billing talk (messages, benchmark questions and items)", rows)
    for text in unexplained if not args.verbose else refused:
        print(f"REFUSED {list(refused[text])} {text!r}")
    for text in fixed:
        print(f"NO LONGER REFUSED ({REFUSED_BENCH_TEXTS[text]}): {text!r}")
    sys.exit(1 if unexplained else 0)


if __name__ == "__main__":
    main()
