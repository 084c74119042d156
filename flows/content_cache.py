"""Content read once per version: the checked, indexed content kept on disk between processes.

Reading content/ builds the code and knowledge indexes (about a second of CPU); every `serve`
worker, `ask`, `codes` and `checklist` would otherwise redo it. The copy is keyed by the exact
bytes of every content file, the folder's path, the flows/ source as this process imported it and
the libraries' versions, so any change reads the folder again. Only content that passed every
check is ever kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

from flows.all_content import Content, read_content
from flows.content import default_content_dir
from flows.kept_patterns import dumps
from flows.phi import use_rules as use_phi_rules
from flows.phi_rules import Rules
from flows.phi_rules import in_use as phi_rules_in_use
from flows.phi_rules import rules as phi_rules

FLOWS = Path(__file__).resolve().parent
# Libraries whose objects are inside the kept copy (models, arrays, the BM25 index, the PHI
# guard's name lists).
LIBRARIES = ("pydantic", "pydantic-core", "bm25s", "numpy", "rapidfuzz", "PyYAML", "names")
KEPT_COPIES = 16  # the newest copies stay (several checkouts, or content being edited)


def cache_dir() -> Path:
    """The user's cache folder (XDG_CACHE_HOME, else ~/.cache) for this program."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "e1399-bot"


def folder_digest(root: Path) -> str:
    """A hash of every file's name and bytes under `root` (compiled files left out)."""
    digest = hashlib.sha256()
    files = (p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in sorted(files):
        digest.update(f"{path.relative_to(root)}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


# The flows/ source hashed once, at import, beside the modules whose objects the copy holds (all
# imported above): a process still running older code after the files change keeps its copy under
# the older code's key, never handing objects of its classes to processes running the new code.
CODE_DIGEST = folder_digest(FLOWS)


def version_key(directory: Path) -> str:
    """A hash of everything the indexed content depends on, the day included: its parts check
    dates against today (see content_parts.part_digest), so a copy kept yesterday is not today's."""
    today = dt.date.today().isoformat()
    digest = hashlib.sha256(f"{sys.version}\n{directory}\n{CODE_DIGEST}\n{today}\n".encode())
    for name in LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none\n".encode())
    digest.update(folder_digest(directory).encode())
    return digest.hexdigest()[:32]


def kept_path(directory: Path) -> Path:
    """Where the copy of `directory`'s content, as it is now, is kept."""
    return cache_dir() / f"content-{version_key(directory)}.pickle"


def cached_content(directory: Path | None = None) -> Content:
    """The content of `directory` (default: content/), from the kept copy when it matches;
    otherwise read and checked (raising ContentError naming file:line) and then kept."""
    directory = (directory or default_content_dir()).resolve()
    kept = kept_path(directory)
    found = _read_for_rules.pop(kept, None) or kept_copy(kept)
    if found is None:
        with one_reader(kept):  # processes starting together: one reads, the others wait for it
            found = kept_copy(kept)
            if found is None:
                content = read_content(directory)
                keep(kept, content, phi_rules())
                return content
    content, rules = found
    use_phi_rules(directory, rules)  # module state the guard reads, set as read_content does
    content.lend_parts()
    return content


# A copy loaded for the PHI guard's rules before the command's text was scanned, by its path: the
# content the command then loads is taken from it rather than read from the disk again.
_read_for_rules: dict[Path, tuple[Content, Rules | None]] = {}


def use_kept_phi_rules(directory: Path | None = None) -> None:
    """Before a command scans its text (`ask`, `codes`, a claim file), puts in use the PHI
    guard's rules kept with `directory`'s content, where a copy is kept and no rules are in use
    yet: loading the copy took a third of the CPU of compiling them. Without a copy nothing is
    read before the text is scanned (the rules are compiled on first use, as before)."""
    directory = (directory or default_content_dir()).resolve()
    if phi_rules_in_use():
        return
    kept = kept_path(directory)
    found = kept_copy(kept)
    if found is not None and found[1] is not None:
        use_phi_rules(directory, found[1])
        _read_for_rules[kept] = found


def kept_copy(path: Path) -> tuple[Content, Rules | None] | None:
    """The copy kept at `path` with the PHI guard's rules compiled from the same files (None if
    they were not kept), or None where it is missing, unreadable or from an incompatible build."""
    try:
        content, rules = pickle.loads(path.read_bytes())
    except Exception:
        return None
    if not isinstance(content, Content) or not isinstance(rules, Rules | None):
        return None
    return content, rules


@contextlib.contextmanager
def one_reader(path: Path) -> Iterator[None]:
    """Holds the lock for reading the content kept at `path`: processes that start together on
    content with no kept copy yet (the fast lane's test processes on a clean clone, a server and
    its worker) read the folder once, each of the others loading the copy the first one kept
    (several seconds of CPU each). Without a writable cache folder or file locks, no lock."""
    try:
        import fcntl

        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = open(path.with_suffix(".lock"), "a")  # noqa: SIM115 (closed below)
    except (ImportError, OSError):
        yield
        return
    with lock:
        with contextlib.suppress(OSError):  # a file system without locks: read anyway
            fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def checked_content(directory: Path | None = None) -> Content:
    """The content of `directory` read and checked afresh (never the kept copy), then kept: the
    starts after a `content check` load it at once."""
    directory = (directory or default_content_dir()).resolve()
    content = read_content(directory)
    keep(kept_path(directory), content, phi_rules())
    return content


def keep(path: Path, content: Content, rules: Rules | None = None) -> None:
    """Writes the copy atomically (processes starting together may race) and drops all but the
    newest KEPT_COPIES; a read-only or full disk only means the next start reads the folder.
    `rules`: the PHI guard's rules compiled from the same files (read_content sets them), kept
    compiled (flows/kept_patterns.py) so that a start loading the copy does not compile them."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        copy = dumps((content, rules))
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as part:
            part.write(copy)
        os.replace(part.name, path)
        for kind in ("pickle", "lock"):
            copies = sorted(path.parent.glob(f"content-*.{kind}"), key=lambda p: p.stat().st_mtime)
            for old in copies[:-KEPT_COPIES]:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass  # (an object that cannot be kept only means the folder is read at every start)
