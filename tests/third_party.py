"""Prints an import line for every installed third-party module that flows/, bot/ and tests/
import, for the install step (Makefile): running the lines compiles those libraries once, and
mypy checking them keeps their types in .mypy_cache, so neither is redone by every process or
type check of a fresh clone's first `make test`."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OWN = {"flows", "bot", "tests", "benches"}
PLUGINS = ["xdist"]  # loaded by pytest (`make test` runs it with -n) before tests/ import it


def imported_modules() -> list[str]:
    """The third-party modules the project's Python files import, by their full dotted name."""
    names: set[str] = set()
    paths = [
        path for folder in ("flows", "bot", "tests") for path in REPO.glob(f"{folder}/**/*.py")
    ]
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
    third_party = {
        name
        for name in names
        if name.split(".")[0] not in OWN | set(sys.stdlib_module_names) | {"__future__"}
    }
    return sorted(name for name in third_party | set(PLUGINS) if _installed(name))


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ImportError:  # a parent package that is not installed (an optional dependency)
        return False


if __name__ == "__main__":
    print("\n".join(f"import {name}  # noqa: F401" for name in imported_modules()))
