"""No module of the engine (flows/) or the surfaces (bot/) grows past 450 lines: a module that
long holds more than one job and is split by responsibility (STYLE.md: small modules, one job)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 450
MODULES = sorted(p for package in ("flows", "bot") for p in (ROOT / package).rglob("*.py"))


def test_the_packages_have_modules_to_check() -> None:
    assert len(MODULES) > 20


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_is_over_450_lines(module: Path) -> None:
    lines = len(module.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module.relative_to(ROOT)} has {lines} lines: split it by job"
