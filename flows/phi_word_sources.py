"""Where the PHI guard's name checks get their words (flows/phi_name_lists.py): the US Census
lists of first names and surnames (the `names` package), the English words of
content/rules/english_words.txt and the words the bot itself uses in its FAQ, messages and code
descriptors."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path


@cache  # the surname list is read for three ranks
def census_lines(file: str) -> tuple[str, ...]:
    """Each line's name, in rank order ("" for a blank line)."""
    text = resources.files("names").joinpath(file).read_text(encoding="ascii")
    return tuple(line.split()[0].lower() if line.strip() else "" for line in text.splitlines())


def census(file: str, ranks: int) -> list[str]:
    """The names of a census file's first `ranks` lines, commonest first."""
    return [name for name in census_lines(file)[:ranks] if name]


def english_words(content_dir: Path) -> frozenset[str]:
    """The lower-case English words of content/rules/english_words.txt (SCOWL's list)."""
    path = content_dir / "rules" / "english_words.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def ordinary_words(content_dir: Path) -> frozenset[str]:
    """Every lower-case word in the bot's FAQ, messages and code descriptors."""
    paths = [*sorted((content_dir / "faq").glob("*.yaml")), content_dir / "messages.yaml"]
    paths += sorted((content_dir / "codes").glob("*.csv"))
    words: set[str] = set()
    for path in paths:
        if path.exists():
            words.update(re.findall(r"[a-z]+", path.read_text(encoding="utf-8").lower()))
    return frozenset(words)
