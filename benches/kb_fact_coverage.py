"""Coverage audit: which knowledge entries are written from each fact of the facts sheet.

Usage: python benches/kb_fact_coverage.py FACTS.md [--gaps]

A fact counts as cited by an entry when they share a source address (scheme, "www.", a
language prefix such as "/es/" and a trailing slash ignored). The three entries whose words
are nearest to the fact's text (plain BM25) are listed beside it, so a fact cited by no entry
can be checked by eye: is it answered under another source, or is there no entry for it?
Section 16 of the sheet corrects earlier sections; the audit lists every fact either way.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bm25s  # noqa: E402
from bm25s.stopwords import STOPWORDS_EN  # noqa: E402

from benches._knowledge import load_kb  # noqa: E402

FACT_START = re.compile(r"^\*\*(F\d+\.\d+)\.\s*(.*?)\*\*", re.MULTILINE)
HEADING = re.compile(r"^#{2,3} ", re.MULTILINE)
URL = re.compile(r"https?://[^\s)>\]]+")


def words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOPWORDS_EN]


def normal_url(url: str) -> str:
    """One spelling per page, so two citations of the same page compare equal."""
    url = url.rstrip(".,;'\"").lower()
    url = re.sub(r"^https?://(www\.)?", "", url)
    url = re.sub(r"/(es|en)/web/", "/web/", url)
    return url.rstrip("/")


def facts_of(sheet: str) -> list[tuple[str, str, str]]:
    """(fact id, title, text) for every **Fn.m.** paragraph of the sheet."""
    starts = list(FACT_START.finditer(sheet))
    facts = []
    for here, after in zip(starts, [*starts[1:], None], strict=True):
        end = after.start() if after else len(sheet)
        heading = HEADING.search(sheet, here.end(), end)  # a fact ends at the next heading too
        end = heading.start() if heading else end
        facts.append((here.group(1), here.group(2), sheet[here.start() : end]))
    return facts


def main(path: str, gaps_only: bool) -> None:
    kb = load_kb()
    by_url: dict[str, set[str]] = {}
    for entry in kb.entries:
        for source in entry.sources:
            by_url.setdefault(normal_url(str(source)), set()).add(entry.id)
    index = bm25s.BM25()
    index.index([words(f"{e.title} {e.short} {e.detail or ''}") for e in kb.entries], False)
    ids = [entry.id for entry in kb.entries]
    uncited = 0
    facts = facts_of(Path(path).read_text(encoding="utf-8"))
    for fact_id, title, text in facts:
        citing = sorted(set().union(*(by_url.get(normal_url(u), set()) for u in URL.findall(text))))
        nearest = [ids[i] for i in index.get_scores(words(text)).argsort()[::-1][:3]]
        uncited += not citing
        if gaps_only and citing:
            continue
        print(f"{fact_id:7} {title[:60]:60} cited by: {', '.join(citing) or '-'}")
        print(f"{'':7} nearest: {', '.join(nearest)}")
    print(f"\n{len(facts)} facts, {uncited} cited by no entry's sources, {len(kb.entries)} entries")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        sys.exit(__doc__.splitlines()[2])
    main(args[0], gaps_only="--gaps" in sys.argv)
