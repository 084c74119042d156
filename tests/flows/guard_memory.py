"""The PHI guard's answer for each text the tests scan in bulk, kept between test runs in
pytest's cache (.pytest_cache/) under a fingerprint of everything the answer depends on: the
bytes of the content files the guard reads (its rules, the English words, and the FAQ, messages
and code descriptors that tell it what an ordinary word is), the source of every flows module the
guard imports, and the Python and library versions.

tests/flows/test_phi.py scans about 28,600 distinct texts of the bot's own words and the
benchmark sets, and every text of the PHI corpus (tens of seconds of CPU). The guard gives a
text the same kinds under the same fingerprint, so a run scans only the texts that can have
changed: new texts, and every text once the guard, its rules or the content change. A clean
clone has nothing kept and scans every text.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

import pytest

from flows.content import default_content_dir
from flows.phi import scan

FLOWS = Path(__file__).resolve().parents[2] / "flows"
KEY = "e1399/phi-guard-kinds/"
# The content files the guard reads: test_phi_own_words_and_benchmarks.py checks that they cover
# every content path the guard's modules name.
GUARD_CONTENT = ("rules/phi.yaml", "rules/english_words.txt", "messages.yaml", "faq/*.yaml",
                 "codes/*.csv", "rules/intake_makers.yaml")  # fmt: skip
LIBRARIES = ("pydantic", "PyYAML", "names", "rapidfuzz")  # models, parser, name lists, matching


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


def content_paths_named() -> set[str]:
    """Every content path the guard's modules name (`content_dir / "rules" / "phi.yaml"`)."""
    named = re.compile(r'content_dir / "([^"]+)"(?: / "([^"]+)")?')
    return {
        "/".join(part for part in found.groups() if part)
        for path in guard_modules()
        for found in named.finditer(path.read_text(encoding="utf-8"))
    }


@functools.cache
def guard_fingerprint() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for name in LIBRARIES:
        digest.update(f"{name}={metadata.version(name)}\n".encode())
    content = default_content_dir().resolve()
    files = sorted(path for pattern in GUARD_CONTENT for path in content.glob(pattern))
    for path in [*files, FLOWS / "__init__.py", *guard_modules()]:
        digest.update(f"{path.name}\n".encode() + path.read_bytes())
    return digest.hexdigest()[:32]


def digest_of(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=10).hexdigest()


def kinds_of(config: pytest.Config, name: str, texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The kinds the guard finds in each of `texts`, scanning only those not scanned under the
    same fingerprint in an earlier run; this run's answers are kept under `name` in pytest's
    cache (none under `-p no:cacheprovider`)."""
    kept = kept_kinds(config, name)
    found: dict[str, tuple[str, ...]] = {}
    for text in texts:
        kinds = kept.get(digest_of(text))
        found[text] = tuple(scan(text).kinds) if kinds is None else tuple(kinds)
    keep_kinds(config, name, found)
    return found


def kept_kinds(config: pytest.Config, name: str) -> dict[str, list[str]]:
    """The kinds kept under `name` by an earlier run of this very guard, by text digest."""
    cache = getattr(config, "cache", None)
    kept = cache.get(KEY + name, None) if cache is not None else None
    if not (isinstance(kept, dict) and kept.get("guard") == guard_fingerprint()):
        return {}
    return dict(kept["kinds"])


def keep_kinds(config: pytest.Config, name: str, found: dict[str, tuple[str, ...]]) -> None:
    """Keeps this run's answers under `name` (none under `-p no:cacheprovider`)."""
    cache = getattr(config, "cache", None)
    if cache is not None:
        answers = {digest_of(text): list(kinds) for text, kinds in found.items()}
        cache.set(KEY + name, {"guard": guard_fingerprint(), "kinds": answers})


def tripped(config: pytest.Config, name: str, texts: Iterable[str]) -> list[str]:
    """The texts the guard refuses (see kinds_of)."""
    return [text for text, kinds in kinds_of(config, name, texts).items() if kinds]
