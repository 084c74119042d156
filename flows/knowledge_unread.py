"""A message that asks nothing in words the entries can read: thanks or a sign-off in a
language the entries are not written in ("tusen takk, den forklaringen om PDAC var gull verdt",
"dzięki wielkie, uratowałeś mi dzień"). Whatever billing word stands in it, there is no
question for an entry to answer."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from pathlib import Path

from flows.phi_word_sources import english_words
from flows.text import fold_accents, is_code

# Unread words a message needs, and their share of its words, before it reads as written in
# another language: one stray word ("thx", a name) in an English line is no language.
FEWEST_UNREAD = 2
UNREAD_SHARE = 0.5


@cache
def english_of(content_dir: Path) -> frozenset[str]:
    """rules/english_words.txt, read once for every knowledge base built from that folder."""
    return english_words(content_dir)


class Unread:
    """Whether a message that asks nothing is mostly words neither English nor the entries'."""

    def __init__(
        self, entry_words: Collection[str], acronyms: Collection[str], content_dir: Path
    ) -> None:
        """`entry_words`: every word the entries use; `acronyms`: the vocabulary's acronyms;
        `content_dir`: the content folder whose English word list reads the rest."""
        self._known = frozenset(entry_words) | frozenset(acronyms)
        self._english = english_of(content_dir)

    def __call__(self, question: str, tokens: list[str], asks: bool) -> bool:
        """`tokens`: the message's words as the ranker reads them, typos corrected ("wheelchar"
        read as wheelchair); `asks`: whether it holds a question mark or a question word. A code
        ("E1399", "CO-16") keeps it: a billing question in another language names one."""
        if asks:
            return False
        words = re.findall(r"[a-z0-9]+", fold_accents(question.lower()))
        if any(is_code(word) for word in words):
            return False
        lettered = [word for word in words if not word.isdigit()]
        return self._mostly_unread(lettered) and self._mostly_unread(
            [token for token in tokens if not token.isdigit()]
        )

    def _mostly_unread(self, words: list[str]) -> bool:
        unread = [w for w in words if w not in self._english and w not in self._known]
        return len(unread) >= FEWEST_UNREAD and len(unread) > UNREAD_SHARE * len(words)
