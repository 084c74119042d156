"""Benchmark: code search recall on biller item descriptions, NOC routing accuracy, latency."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import percentile, table, timed  # noqa: E402
from flows.codes import CodeBook  # noqa: E402
from flows.content import default_content_dir  # noqa: E402
from flows.text import Tokenizer  # noqa: E402

DEV_SET = Path(__file__).with_name("codes_dev.yaml")
HOLDOUT = Path(__file__).with_name("codes_holdout.yaml")


def main(verbose: bool = False) -> None:
    content = default_content_dir()
    book = CodeBook.load(content, Tokenizer.load(content))
    dev = yaml.safe_load(DEV_SET.read_text())
    at1 = at3 = 0
    timings: list[float] = []
    for case in dev["specific"]:
        found = [c.code for c in timed(timings, book.search, case["item"], limit=3)]
        at1 += found[:1] == [case["code"]]
        at3 += case["code"] in found
        if verbose and found[:1] != [case["code"]]:
            print(f"MISS {case['item']!r}: expected {case['code']}, got {found}")
    noc_right = 0
    for case in dev["noc"]:
        advice = timed(timings, book.noc_for, case["item"], case["category"])
        noc_right += advice.code == case["code"]
        if verbose and advice.code != case["code"]:
            print(f"NOC {case['item']!r}: expected {case['code']}, got {advice.code}")
    for _ in range(3):
        for case in dev["specific"]:
            timed(timings, book.search, case["item"] + " ", limit=5)
    n, m = len(dev["specific"]), len(dev["noc"])
    held = yaml.safe_load(HOLDOUT.read_text())["specific"]
    held_found = [[c.code for c in book.search(case["item"], limit=3)] for case in held]
    held_at1 = sum(
        found[:1] == [case["code"]] for found, case in zip(held_found, held, strict=True)
    )
    held_at3 = sum(case["code"] in found for found, case in zip(held_found, held, strict=True))
    table("Code search (benches/codes_dev.yaml; held-out: benches/codes_holdout.yaml)", [
        ("items with a specific code / no-code items", f"{n} / {m}", ">= 80 / >= 20"),
        ("recall@1", f"{at1 / n:.1%}", ""),
        ("recall@3", f"{at3 / n:.1%}", ">= 90%"),
        (f"held-out recall@1 / @3 ({len(held)} items)",
         f"{held_at1 / len(held):.1%} / {held_at3 / len(held):.1%}", ""),
        ("NOC routing accuracy", f"{noc_right / m:.1%}", ">= 90%"),
        ("search latency p99", f"{percentile(timings, 0.99) * 1000:.2f} ms", "< 10 ms"),
    ])  # fmt: skip


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
