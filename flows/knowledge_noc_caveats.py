"""Rules that depend on a code's payment category, said to be unconfirmed for a NOC code
(content/rules/noc_caveats.yaml): "rental e1399 - do i use KH KI KJ?" is answered with the
capped rental months only after saying that no source gives E1399 a payment category; "does
E1399 need KX" after saying that only the item's own policy can call for KX."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, Field

from flows.content import ContentError
from flows.models import HCPCS_IN_TEXT

FILE = Path("rules") / "noc_caveats.yaml"


class CaveatedEntry(BaseModel):
    entry: str  # the entry whose rule is unconfirmed for NOC codes
    rule: str  # the rule in a few words ("the RR, NU and UE modifiers")
    facts: list[str] = Field(min_length=1)  # the facts sheet's ids saying it is unconfirmed
    # What to say instead of the file's `says`, for a rule unconfirmed for another reason than
    # the payment category (KX: the item's LCD decides), with {code}
    says: str | None = Field(default=None, min_length=20)


class NocCaveats(BaseModel):
    version: int
    says: str = Field(min_length=20)  # with {code} and {rules}
    entries: list[CaveatedEntry] = []
    source: str = Field(min_length=5)
    last_reviewed: dt.date

    def check(self, content_dir: Path, known: set[str]) -> None:
        """Every entry named is one of the knowledge base's."""
        for entry_id in (c.entry for c in self.entries if c.entry not in known):
            raise ContentError(content_dir / FILE, None, f"names unknown entry '{entry_id}'")

    def said_for(self, question: str, shown: list[str], is_noc: Callable[[str], bool]) -> str:
        """The caveat an answer showing the entries `shown` (best first) opens with, when the
        question names a NOC code; empty when it names none or no shown entry is caveated."""
        code = next((c.upper() for c in HCPCS_IN_TEXT.findall(question) if is_noc(c)), None)
        by_entry = {c.entry: c for c in self.entries}
        caveated = [by_entry[i] for i in dict.fromkeys(shown) if i in by_entry]
        if code is None or not caveated:
            return ""
        rules = [c.rule for c in caveated if not c.says]
        said = [c.says.format(code=code) for c in caveated if c.says]
        if rules:
            said.append(self.says.format(code=code, rules=" or ".join(rules)))
        return " ".join(" ".join(said).split())
