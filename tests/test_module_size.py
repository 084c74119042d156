"""No module of the engine (flows/) or the surfaces (bot/) grows past 450 lines: a module that
long holds more than one job and is split by responsibility (STYLE.md: small modules, one job)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 450
MODULES = sorted(p for package in ("flows", "bot") for p in (ROOT / package).rglob("*.py"))


def test_the_packages_have_modules_to_check() -> None:
    assert len(MODULES) > 20


def test_no_module_is_over_450_lines() -> None:
    """One test over every module, naming each one over the limit (a test per module cost
    pytest and xdist more than reading the files)."""
    lines = {m: len(m.read_text(encoding="utf-8").splitlines()) for m in MODULES}
    over = [f"{m.relative_to(ROOT)} has {n} lines" for m, n in lines.items() if n > MAX_LINES]
    assert not over, "split by job: " + "; ".join(over)
