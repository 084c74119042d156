"""Which family of L-codes a description's context says its item belongs to: a limb
prosthesis's part ("thigh lacer for her AK amputee's leg") or an orthosis's ("KAFO thigh cuff").
Both families name parts alike (a knee or hip joint, a pelvic band, a socket, a cuff), so the
words around the item tell the biller's meaning, and the ranker takes a little off the codes
outside that family (a ranking signal, never a filter). Ranges and words: `device_families` in
synonyms.yaml."""

from __future__ import annotations

import re
from collections.abc import Collection

from flows.models import in_code_ranges
from flows.search_words import DeviceFamily, spaced_words


class DeviceFamilies:
    """Built once from the content; reads a code's family and the family a description says."""

    def __init__(self, families: list[DeviceFamily]) -> None:
        self._ranges = [(family.ranges, family.name) for family in families]
        self._said: list[tuple[str, re.Pattern[str], re.Pattern[str] | None]] = []
        self._over_every_code = {f.name for f in families if f.over_every_code}
        for family in families:
            unsaid = spaced_words(family.not_words) if family.not_words else None
            self._said.append((family.name, spaced_words(family.words), unsaid))

    def of_code(self, code: str) -> str:
        """The family whose range holds the code, or "" for none."""
        return next((name for ranges, name in self._ranges if in_code_ranges(code, ranges)), "")

    def said(self, text: str) -> set[str]:
        """Every family whose words the text says."""
        text = text.lower()
        return {
            name
            for name, words, unsaid in self._said
            if words.search(unsaid.sub(" ", text) if unsaid else text)
        }

    def context(self, description: str) -> str:
        """The one family the description's words say, or "" when it says none or several
        ("prosthetist-orthotist")."""
        said = self.said(description)
        return said.pop() if len(said) == 1 else ""

    def lowers(self, context: str, code_family: str, code_says: Collection[str]) -> bool:
        """True when a description in `context` makes a code less likely: a code of another
        family, or, for a family read over every code, any code outside it whose descriptor
        does not say the family's words ("Wheelchair accessory, adapter for amputee")."""
        if not context or code_family == context or context in code_says:
            return False
        return bool(code_family) or context in self._over_every_code
