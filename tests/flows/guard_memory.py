"""Which texts the PHI guard found nothing in, kept between test runs in pytest's cache
(.pytest_cache/) under a fingerprint of everything the guard's answer depends on: the bytes of
every content file (its rules, name lists and ordinary words are read from content/), the
source of every flows module the guard imports, and the Python and library versions.

The tests that the bot's own words and the benchmark sets' texts never trip the guard scan
about 28,000 distinct texts (tens of seconds of CPU). A text found clean under the same
fingerprint before would be found clean again, so a run rescans only the texts that can have
changed: new texts, and every text once the guard, its rules or the content change. A clean
clone has no kept verdicts and scans every text; a text the guard refused is never kept.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sys
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path

import pytest

from flows.content import default_content_dir

FLOWS = Path(__file__).resolve().parents[2] / "flows"
KEY = "e1399/phi-clean-texts/"
LIBRARIES = ("pydantic", "PyYAML")  # the rules' models and the content's parser


def guard_modules(start: str = "phi") -> list[Path]:
    """flows/phi.py and every flows module it imports, directly or not (imports inside
    functions included), read from their source."""
    found: dict[str, Path] = {}
    todo = [start]
    while todo:
        name = todo.pop()
        path = FLOWS / f"{name}.py"
        path = path if path.exists() else FLOWS / name / "__init__.py"
        if name in found or not path.exists():
            continue
        found[name] = path
        source = path.read_text(encoding="utf-8")
        todo += re.findall(r"^\s*(?:from|import) flows\.(\w+)", source, re.MULTILINE)
        todo += re.findall(r"^\s*from flows import (\w+)", source, re.MULTILINE)
    return sorted(found.values())


@functools.cache
def guard_fingerprint() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for name in LIBRARIES:
        digest.update(f"{name}={metadata.version(name)}\n".encode())
    content = default_content_dir().resolve()
    files = sorted(p for p in content.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in [*files, FLOWS / "__init__.py", *guard_modules()]:
        digest.update(f"{path.name}\n".encode() + path.read_bytes())
    return digest.hexdigest()[:32]


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=10).hexdigest()


def tripped(
    cache: pytest.Cache | None, name: str, texts: Iterable[str], scan: Callable[[str], object]
) -> list[str]:
    """The texts `scan` refuses, scanning only those not found clean under the same guard in
    an earlier run; this run's clean texts are kept under `name` (pytest's `cache`, or None)."""
    kept = cache.get(KEY + name, None) if cache is not None else None
    fingerprint = guard_fingerprint()
    known = (
        set(kept["clean"]) if isinstance(kept, dict) and kept.get("guard") == fingerprint else set()
    )
    refused, clean = [], []
    for text in texts:
        digest = _digest(text)
        if digest in known or not scan(text):
            clean.append(digest)
        else:
            refused.append(text)
    if cache is not None:
        cache.set(KEY + name, {"guard": fingerprint, "clean": clean})
    return refused
