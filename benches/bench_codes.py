"""Benchmark: code search recall on biller item descriptions, long vs short descriptions, NOC
routing, the ratio to plain BM25 over the CMS descriptors, and search latency.

Each item set has up to three sections: `specific` (item, code), `pairs` (short, long, code: the
same item described briefly and as an intake would hold it) and `noc` (item, category, code).
The baseline, plain BM25 over the CMS descriptors, is flows/code_bm25.py (the search also uses
it for its third candidate). `python benches/bench_codes.py -v` also prints every miss; naming
item set files (`codes_dev7.yaml`) runs only those; a last table pools every set run (the figure a
change must not lower). `--loso` scores every set written blind
without the aliases learned from it (the leave-one-set-out view; no timings).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import cpu_timed, percentile, table, timed  # noqa: E402
from flows import codes  # noqa: E402
from flows.codes import LIKELY_SHARE, CodeBook  # noqa: E402
from flows.content import default_content_dir  # noqa: E402
from flows.text import Tokenizer  # noqa: E402

HERE = Path(__file__).parent
ITEM_SETS = {
    "dev": HERE / "codes_dev.yaml",
    "seen held-out (used as dev)": HERE / "codes_holdout.yaml",
    "held-out (seen since its first run, see the file's header)": HERE / "codes_heldout.yaml",
    "fourth set (dev, see the file's header)": HERE / "codes_dev2.yaml",
    "held-out 2 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout2.yaml",
    "sixth set (dev, family by family through the DMEPOS ranges)": HERE / "codes_dev3.yaml",
    "NOC routing dev set (no-code items only, no category)": HERE / "codes_dev3_noc.yaml",
    "seventh set (dev, a random sample of the specific codes)": HERE / "codes_dev4.yaml",
    "eighth set (dev, long/short pairs of a second random sample)": HERE / "codes_dev5.yaml",
    "held-out 3 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout3.yaml",
    "NOC routing dev set 4 (no-code items only, written from the NOC descriptors)": HERE
    / "codes_dev4_noc.yaml",
    "held-out 4 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout4.yaml",
    "ninth set (dev, families the older sets barely touch; first run in its header)": HERE
    / "codes_dev6.yaml",
    "tenth set (dev, orthotics, prosthetics, supplies and wheelchair bases)": HERE
    / "codes_dev7.yaml",
    "held-out 5 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout5.yaml",
    "held-out 6 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout6.yaml",
    "NOC routing dev set 8 (no-code items only, written before the changes it measures)": HERE
    / "codes_dev8_noc.yaml",
    "dev set 9 (first run in the file header; no-code items have no category)": HERE
    / "codes_dev9.yaml",
    "held-out 7 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout7.yaml",
    "held-out 8 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout8.yaml",
    "held-out 9 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout9.yaml",
    "dev set 10 (long intake notes paired with short forms; first run in the file header)": HERE
    / "codes_dev10.yaml",
    "held-out 10 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout10.yaml",
    "held-out 11 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout11.yaml",
    "held-out 12 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout12.yaml",
    "held-out 13 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout13.yaml",
    "held-out 14 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout14.yaml",
    "held-out 15 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout15.yaml",
    "held-out 16 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout16.yaml",
    "held-out 17 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout17.yaml",
    "held-out 18 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout18.yaml",
    "held-out 19 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout19.yaml",
    "held-out 20 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout20.yaml",
    "held-out 21 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout21.yaml",
    "held-out 22 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout22.yaml",
    "held-out 23 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout23.yaml",
    "held-out 24 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout24.yaml",
    "held-out 25 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout25.yaml",
    "held-out 26 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout26.yaml",
    "held-out 27 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout27.yaml",
    "held-out 28 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout28.yaml",
    "held-out 29 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout29.yaml",
    "held-out 30 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout30.yaml",
    "held-out 31 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout31.yaml",
    "held-out 32 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout32.yaml",
    "held-out 33 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout33.yaml",
    "held-out 34 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout34.yaml",
    "held-out 35 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout35.yaml",
    "held-out 36 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout36.yaml",
    "held-out 37 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout37.yaml",
    "held-out 38 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout38.yaml",
    "held-out 39 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout39.yaml",
    "held-out 40 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout40.yaml",
    "held-out 41 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout41.yaml",
    "held-out 42 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout42.yaml",
    "held-out 43 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout43.yaml",
    "held-out 44 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout44.yaml",
    "held-out 45 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout45.yaml",
    "held-out 46 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout46.yaml",
    "held-out 47 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout47.yaml",
    "held-out 48 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout48.yaml",
    "held-out 49 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout49.yaml",
    "held-out 50 (first run in the file header; no-code items have no category)": HERE
    / "codes_heldout50.yaml",
}


def recall(search: Any, cases: list[tuple[str, str]], misses: list[str] | None = None,
           timings: list[float] | None = None) -> tuple[float, float]:  # fmt: skip
    at1 = at3 = 0
    for item, code in cases:
        found = search(item, 3)
        at1 += found[:1] == [code]
        at3 += code in found
        if misses is not None and found[:1] != [code]:
            kind = "MISS (wrong first candidate)" if found else "MISS (no candidate)"
            misses.append(f"{kind} {item!r}: expected {code}, got {found}")
    return at1 / max(len(cases), 1), at3 / max(len(cases), 1)


Row = tuple[str, str]


def warnings(book: CodeBook, specific: list[tuple[str, str]], noc: list[str]) -> list[Row]:
    """How the outcome's "a specific code likely exists" warning behaves: it should fire, with
    the right code, for items that have one, and stay silent for items that have none."""
    right = wrong = 0
    for item, code in specific:
        likely = book.likely_specific(item)
        right += likely is not None and likely.code == code
        wrong += likely is not None and likely.code != code
    false = sum(book.likely_specific(item) is not None for item in noc)
    rows: list[Row] = []
    if specific:
        rows.append(("specific-code warning on items with a code: right code / wrong code",
                     f"{right / len(specific):.1%} / {wrong / len(specific):.1%}"))  # fmt: skip
    if noc:
        rows.append((f"specific-code warning on no-code items (false warnings, {len(noc)} items)",
                     f"{false / len(noc):.1%} ({false})"))  # fmt: skip
    return rows


def evaluate(
    book: CodeBook, path: Path, verbose: bool, pooled: dict[str, Any] | None = None
) -> list[Row]:
    """One item set's rows; with `pooled`, its counts and timings are added there too."""
    data = yaml.safe_load(path.read_text())
    misses: list[str] = []
    timings: list[float] = []

    def ours(item: str, limit: int) -> list[str]:
        return [c.code for c in book.search(item, limit=limit)]

    specific = [(c["item"], c["code"]) for c in data.get("specific", [])]
    pairs = data.get("pairs", [])
    everything = specific + [(p["short"], p["code"]) for p in pairs]
    everything += [(p["long"], p["code"]) for p in pairs]
    rows: list[Row] = []
    at1 = at3 = 0.0
    if everything:
        at1, at3 = recall(ours, everything, misses)
        base1, base3 = recall(book.descriptor_bm25.search, everything)  # the baseline
        declined = sum(m.startswith("MISS (no candidate)") for m in misses)
        rows += [
            ("descriptions with a specific code (items + both sides of pairs)",
             f"{len(everything)}"),
            ("recall@1 / @3", f"{at1:.1%} / {at3:.1%}"),
            ("top-1 misses: wrong first candidate / no candidate",
             f"{len(misses) - declined} / {declined}"),
            ("plain BM25 over CMS descriptors: recall@1 / @3", f"{base1:.1%} / {base3:.1%}"),
            ("ratio to plain BM25 (recall@1)", f"{at1 / base1:.2f}x" if base1 else "n/a"),
        ]  # fmt: skip
    if pairs:
        short1, _ = recall(ours, [(p["short"], p["code"]) for p in pairs])
        long1, long3 = recall(ours, [(p["long"], p["code"]) for p in pairs])
        as_good = sum(
            (ours(p["long"], 3)[:1] == [p["code"]]) >= (ours(p["short"], 3)[:1] == [p["code"]])
            for p in pairs
        )
        rows += [
            (f"pairs: short recall@1 / long recall@1 ({len(pairs)} pairs)",
             f"{short1:.1%} / {long1:.1%}"),
            ("pairs where the long form does at least as well", f"{as_good} / {len(pairs)}"),
        ]  # fmt: skip
    noc = data.get("noc", [])
    if noc:
        right = 0
        for case in noc:
            advice = book.noc_for(case["item"], case.get("category"))
            right += advice.code == case["code"]
            if advice.code != case["code"]:
                misses.append(f"WRONG NOC {case['item']!r}: expected {case['code']}, "
                              f"got {advice.code}")  # fmt: skip
            likely = book.likely_specific(case["item"])
            if likely is not None:
                misses.append(f"FALSE WARNING {case['item']!r}: has no specific code, "
                              f"warned {likely.code}")  # fmt: skip
        rows.append((f"NOC routing ({len(noc)} items)", f"{right / len(noc):.1%}"))
    rows += warnings(book, everything, [case["item"] for case in noc])
    cpu: list[float] = []
    for spaces in range(1, 4):  # a new text each round, so no cache answers
        for item in [item for item, _code in everything] + [case["item"] for case in noc]:
            timed(timings, book.search, item + " " * spaces, limit=5)
            cpu_timed(cpu, book.search, item + " " * spaces + ".", limit=5)
    load = os.getloadavg()[0]
    rows.append(("search p50 / p99, CPU time", f"{percentile(cpu, 0.5) * 1000:.2f} / "
                 f"{percentile(cpu, 0.99) * 1000:.2f} ms"))  # fmt: skip
    rows.append((f"search p50 / p99, wall clock (load average {load:.1f})",
                 f"{percentile(timings, 0.5) * 1000:.2f} / "
                 f"{percentile(timings, 0.99) * 1000:.2f} ms"))  # fmt: skip
    if verbose:
        print("\n".join(misses))
    if pooled is not None:
        noc_wrong = [m for m in misses if m.startswith("WRONG NOC")]
        false = [m for m in misses if m.startswith("FALSE WARNING")]
        counts = {"n": len(everything), "at1": round(at1 * len(everything)),
                  "at3": round(at3 * len(everything)), "noc": len(noc),
                  "routed": len(noc) - len(noc_wrong), "false": len(false)}  # fmt: skip
        for key, value in counts.items():
            pooled[key] = pooled.get(key, 0) + value
        pooled.setdefault("cpu", []).extend(cpu)
    return rows


def pooled_rows(pooled: dict[str, Any]) -> list[Row]:
    """Every item set at once: the figure a change must not lower."""
    n, noc = max(pooled["n"], 1), max(pooled["noc"], 1)
    cpu = pooled["cpu"]
    return [
        ("descriptions with a specific code / no-code items", f"{pooled['n']} / {pooled['noc']}"),
        ("recall@1 / @3", f"{pooled['at1'] / n:.1%} / {pooled['at3'] / n:.1%}"),
        ("NOC routing", f"{pooled['routed'] / noc:.1%}"),
        ("false specific-code warnings", f"{pooled['false'] / noc:.1%} ({pooled['false']})"),
        ("search p50 / p99, CPU time", f"{percentile(cpu, 0.5) * 1000:.2f} / "
         f"{percentile(cpu, 0.99) * 1000:.2f} ms"),
    ]  # fmt: skip


def threshold_table(book: CodeBook) -> None:
    """The specific-code warning at several score thresholds, over every item set."""
    specific: list[tuple[str, str]] = []
    noc: list[str] = []
    for path in ITEM_SETS.values():
        data = yaml.safe_load(path.read_text())
        specific += [(c["item"], c["code"]) for c in data.get("specific", [])]
        specific += [
            (p[side], p["code"]) for p in data.get("pairs", []) for side in ("short", "long")
        ]
        noc += [case["item"] for case in data.get("noc", [])]
    rows = []
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9):
        codes.LIKELY_SHARE = threshold
        found = [(book.likely_specific(item), code) for item, code in specific]
        right = sum(1 for likely, code in found if likely and likely.code == code)
        wrong = sum(1 for likely, code in found if likely and likely.code != code)
        false = sum(book.likely_specific(item) is not None for item in noc)
        warned_false = f"{false / len(noc):.1%} ({false} of {len(noc)})"
        warned_right = f"{right / len(specific):.1%} ({right} of {len(specific)})"
        rows.append((f"{threshold}", warned_false, warned_right, f"{wrong}"))
    codes.LIKELY_SHARE = LIKELY_SHARE
    print("| threshold | no-code items warned | right code | wrong code |")
    print("| --- | --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")


BLIND_SETS = [
    "codes_holdout.yaml", "codes_heldout.yaml", "codes_heldout2.yaml", "codes_heldout3.yaml",
    "codes_heldout4.yaml", "codes_heldout5.yaml", "codes_heldout6.yaml", "codes_dev9.yaml",
    "codes_heldout7.yaml", "codes_heldout8.yaml", "codes_dev10.yaml", "codes_heldout9.yaml",
    "codes_heldout10.yaml", "codes_heldout11.yaml", "codes_heldout12.yaml",
    "codes_heldout13.yaml",
    "codes_heldout14.yaml",
    "codes_heldout15.yaml",
    "codes_heldout16.yaml",
    "codes_heldout17.yaml",
    "codes_heldout18.yaml",
    "codes_heldout19.yaml",
    "codes_heldout20.yaml",
    "codes_heldout21.yaml",
    "codes_heldout22.yaml",
    "codes_heldout23.yaml",
    "codes_heldout24.yaml",
    "codes_heldout25.yaml",
    "codes_heldout26.yaml",
    "codes_heldout27.yaml",
    "codes_heldout28.yaml",
    "codes_heldout29.yaml",
    "codes_heldout30.yaml",
    "codes_heldout31.yaml",
    "codes_heldout32.yaml",
    "codes_heldout33.yaml",
    "codes_heldout34.yaml",
    "codes_heldout35.yaml",
    "codes_heldout36.yaml",
    "codes_heldout37.yaml",
    "codes_heldout38.yaml",
    "codes_heldout39.yaml",
    "codes_heldout40.yaml",
    "codes_heldout41.yaml",
    "codes_heldout42.yaml",
    "codes_heldout43.yaml",
    "codes_heldout44.yaml",
    "codes_heldout45.yaml",
    "codes_heldout46.yaml",
    "codes_heldout47.yaml",
    "codes_heldout48.yaml",
    "codes_heldout49.yaml",
    "codes_heldout50.yaml",
]  # fmt: skip


def leave_one_set_out(verbose: bool = False, only: list[str] | None = None) -> None:
    """Every item set written blind, each scored without the aliases learned from it
    (aliases.yaml `learned_from`): what the street names give to wording they were not taken
    from. Rules, shorthand and NOC scopes tuned on a set stay, so older sets still read high."""
    content = default_content_dir()
    tokenizer = Tokenizer.load(content)
    full = CodeBook.load(content, tokenizer)
    learned = full_aliases_learned(content)
    totals = [0, 0, 0, 0, 0, 0]
    print("| set | descriptions | recall@1 / @3 | NOC routing | false warnings on no-code items |")
    print("| --- | --- | --- | --- | --- |")
    for name in [n for n in BLIND_SETS if not only or n in only]:
        stem = name.removesuffix(".yaml")
        book = CodeBook.load(content, tokenizer, leave_out=stem) if stem in learned else full
        data = yaml.safe_load((HERE / name).read_text())
        misses: list[str] = []
        cases = [(c["item"], c["code"]) for c in data.get("specific", [])]
        cases += [(p[side], p["code"]) for p in data.get("pairs", []) for side in ("short", "long")]
        at1, at3 = recall(_codes_of(book), cases, misses)
        noc = data.get("noc", [])
        routed = false = 0
        for case in noc:
            code = book.noc_for(case["item"], case.get("category")).code
            routed += code == case["code"]
            if code != case["code"]:
                misses.append(f"WRONG NOC {case['item']!r}: expected {case['code']}, got {code}")
            likely = book.likely_specific(case["item"])
            false += likely is not None
            if likely is not None:
                misses.append(f"FALSE WARNING {case['item']!r}: warned {likely.code}")
        counts = [round(at1 * len(cases)), round(at3 * len(cases)), len(cases), routed, false,
                  len(noc)]  # fmt: skip
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        print(f"| {stem} ({sum(len(v) for v in learned.get(stem, {}).values())} aliases left out)"
              f" | {len(cases)} | {_pct(counts[0], len(cases))} / {_pct(counts[1], len(cases))}"
              f" | {_pct(routed, len(noc))} | {_pct(false, len(noc))} ({false}) |")  # fmt: skip
        if verbose:
            print("\n".join(misses))
    at1_all, at3_all, n, routed, false, n_noc = totals
    print(f"| all, pooled | {n} | {_pct(at1_all, n)} / {_pct(at3_all, n)} | "
          f"{_pct(routed, n_noc)} | {_pct(false, n_noc)} ({false}) |")  # fmt: skip


def _codes_of(book: CodeBook) -> Any:
    return lambda item, limit: [c.code for c in book.search(item, limit=limit)]


def _pct(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "-"


def full_aliases_learned(content: Path) -> dict[str, dict[str, list[str]]]:
    aliases = yaml.safe_load((content / "codes" / "aliases.yaml").read_text())
    return aliases.get("learned_from") or {}


def main(verbose: bool = False, only: list[str] | None = None) -> None:
    """Runs every item set, or only those whose file names are given."""
    content = default_content_dir()
    book = CodeBook.load(content, Tokenizer.load(content))
    pooled: dict[str, Any] = {}
    for name, path in ITEM_SETS.items():
        if path.exists() and (not only or path.name in only):
            rows = evaluate(book, path, verbose, pooled)
            table(f"Code search, {name} (benches/{path.name})",
                  [(metric, value, "") for metric, value in rows])  # fmt: skip
    if pooled:
        table("Code search, every item set above pooled",
              [(metric, value, "") for metric, value in pooled_rows(pooled)])  # fmt: skip


if __name__ == "__main__":
    if "--thresholds" in sys.argv:
        content_dir = default_content_dir()
        threshold_table(CodeBook.load(content_dir, Tokenizer.load(content_dir)))
    elif "--loso" in sys.argv:
        leave_one_set_out("-v" in sys.argv, [a for a in sys.argv[1:] if a.endswith(".yaml")])
    else:
        main(verbose="-v" in sys.argv, only=[a for a in sys.argv[1:] if a.endswith(".yaml")])
