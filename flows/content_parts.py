"""The tokenizer, code book and knowledge index built once per process for the same files: a
content folder read again with other files changed (a `content check` after `kb export` wrote a
FAQ file, after an HCPCS import) reuses the parts whose own files are byte for byte the same."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

PartT = TypeVar("PartT")

# The files each part is built from (globs under the content folder), read generously: a change
# to any of them builds the part again. Every part checks dates against today, so the day is in
# its key too.
PART_FILES: dict[str, tuple[str, ...]] = {
    "tokenizer": ("rules/vocabulary.yaml",),
    "codes": ("codes/*", "rules/vocabulary.yaml"),
    "knowledge": (
        "faq/*.yaml",
        "learned/*",
        "rules/knowledge.yaml",
        "rules/noc_caveats.yaml",
        "rules/deadlines.yaml",
        "rules/vocabulary.yaml",
    ),
}
_KEEP = 2  # per part: the newest two (a test process reads edited copies of its content)
_built: OrderedDict[tuple[str, str], Any] = OrderedDict()
_lock = threading.Lock()


def part_digest(directory: Path, part: str) -> str | None:
    """A hash of the day and of the name and bytes of every file `part` is built from; None when
    one cannot be read (the part is then built, and says what is wrong)."""
    digest = hashlib.sha256(f"{dt.date.today().isoformat()}\n".encode())
    try:
        for pattern in PART_FILES[part]:
            for path in sorted(p for p in directory.glob(pattern) if p.is_file()):
                digest.update(f"{path.relative_to(directory)}\n".encode())
                digest.update(path.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def built_once(part: str, digest: str | None, build: Callable[[], PartT]) -> PartT:
    """The part built from the files hashed to `digest`: the one this process built or loaded
    before, else `build()`, kept only when it succeeds (a file with an error raises every time)."""
    if digest is None:
        return build()
    with _lock:
        found = _built.get((part, digest))
        if found is not None:
            _built.move_to_end((part, digest))
            return found
    built = build()
    remember(part, digest, built)
    return built


def remember(part: str, digest: str | None, built: object) -> None:
    """Keeps a part built (or loaded from the kept copy) from the files hashed to `digest`."""
    if digest is None:
        return
    with _lock:
        _built[(part, digest)] = built
        _built.move_to_end((part, digest))
        kept = [key for key in _built if key[0] == part]
        for key in kept[:-_KEEP]:
            del _built[key]
