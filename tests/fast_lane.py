"""How `make test-fast` shares the test files out between its processes (`--shard I/N`).

Each file is costed by the CPU its tests took: in the last `--shard` run on this machine (kept in
pytest's cache), else in tests/fast_lane_cpu.json (committed, refreshed with `python -m
tests.fast_lane`, so a clean clone's first run is as even as the next), else (a new file) by the
size of the tests it runs at the CPU per byte of the files costed. The costliest file goes first,
each to the share with the least cost so far.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
COMMITTED = REPO / "tests" / "fast_lane_cpu.json"
# Where a --shard run keeps each test file's CPU in pytest's cache (.pytest_cache/).
CPU_OF_FILE = "e1399/cpu-of-test-file/"


def committed_costs() -> dict[str, float]:
    """The fast lane's CPU per test file (repository path) from tests/fast_lane_cpu.json."""
    try:
        table = json.loads(COMMITTED.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {name: float(cpu) for name, cpu in table.items() if isinstance(cpu, int | float)}


def costs(
    size: Mapping[Path, int], kept: Mapping[Path, float], committed: Mapping[str, float]
) -> dict[Path, float]:
    """Each file's cost (`size`: the size of the tests it runs, by file): its CPU kept from the
    last run, else the committed one, else its size at the CPU per byte of the files with one."""
    known = {}
    for path in size:
        name = path.relative_to(REPO).as_posix() if path.is_relative_to(REPO) else path.name
        cpu = kept.get(path, committed.get(name))
        if cpu is not None:
            known[path] = cpu
    known_size = sum(size[p] for p in known)
    per_byte = sum(known.values()) / known_size if known_size else 1.0
    return {path: known.get(path, size[path] * per_byte) for path in size}


def share_out(cost: Mapping[Path, float], shares: int) -> dict[Path, int]:
    """Each file's share: the costliest file first, each to the share with the least so far."""
    load = [0.0] * shares
    owner: dict[Path, int] = {}
    for path in sorted(cost, key=lambda p: (-cost[p], p)):
        owner[path] = load.index(min(load))
        load[owner[path]] += cost[path]
    return owner


def size_of_tests(source: str, skip_slow: bool) -> int:
    """The characters of a test file's test functions, their decorators left out (with
    `skip_slow`, of those not marked `slow`): what a test does costs its CPU, where a file's
    helpers, constants and parameter lists cost little (a sweep's cases past its first are
    `slow`), and a `slow` test is not run by the fast lane."""
    total, inside, slow = 0, False, False
    for line in source.splitlines(keepends=True):
        if line.strip() and line[0] not in " \t#)]}":  # a top-level statement starts
            inside = False
            if line.startswith("@"):
                slow = slow or "mark.slow" in line
                continue
            if skip_slow and line.startswith("pytestmark") and "slow" in line:
                return 0
            inside = line.startswith("def test_") and not (skip_slow and slow)
            slow = False
        total += len(line) if inside else 0
    return total


def refresh(cache_dir: Path) -> int:
    """Writes tests/fast_lane_cpu.json from the CPU per file the last `make test-fast` kept."""
    folder = cache_dir / "v" / CPU_OF_FILE
    table = {
        path.relative_to(folder).as_posix(): round(float(json.loads(path.read_text())), 2)
        for path in sorted(folder.rglob("test_*.py"))
    }
    if not table:
        print(f"no CPU per test file kept under {folder}: run `make test-fast` first")
        return 1
    COMMITTED.write_text(json.dumps(table, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(table)} test files, {sum(table.values()):.1f} s of CPU -> {COMMITTED}")
    return 0


if __name__ == "__main__":
    sys.exit(refresh(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / ".pytest_cache"))
