"""The item's base named by its HCPCS code: "commode chair E0163 she owns: replacement seat",
"K0004 manual chair: spoke guards". A biller who types the code of the item a piece belongs to
has that code already; the piece with no code of its own goes to the parts code of the group
holding the typed code (A9900 for equipment, K0108 for a wheelchair, L9900 for a limb orthosis),
whatever NOC family the piece's own words suggest. The code names such a base only when the
description names a piece apart from it (content/codes/noc.yaml, `typed_base`): the words naming
the item are not the typed code's own clause or descriptor, or another clause says a piece
broke, is replaced or is all that is billed. The item's own code typed in its name ("folding
walker E0143") and a whole new item beside the current one's code ("owns E0163 commode, needs a
bariatric commode") name no base. Two or more codes typed ("not matching L3904 or L8701") or a
code the biller negates ("not the E0260") name none either.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from flows.item_text import ItemReader
from flows.models import HCPCS_IN_TEXT
from flows.noc_file import NocFile
from flows.noc_scopes import NocScope, ScopeFinder, stem

_WORD = re.compile(r"[a-z]+")
# "holder bolted to the frame of a K0005", "basket for pt's owned K0800 scooter": a code after a
# link word, past at most three words, is what the piece belongs to, even in the piece's clause.
# Words between say whose or which item ("his", "pt's owned"), never a clause ("who has").
_LINKED_CODE = (r"\b(?:for|on|of|onto|off)\s+(?:(?!(?:who|that|which|has|had|uses|used)\b)"
                r"[a-z'/-]+\s+){{0,3}}{code}\b")  # fmt: skip


class TypedBases:
    """Which typed code is the base of a piece the description names."""

    def __init__(
        self,
        rules: NocFile,
        descriptors: dict[str, str],
        specific: Collection[str],
        reader: ItemReader,
        scopes: ScopeFinder,
    ) -> None:
        """`descriptors`: every valid code's; only the `specific` ones name a base."""
        rule = self._rule = rules.typed_base
        self._descriptors = {c: d.lower() for c, d in descriptors.items() if c in specific}
        self._reader, self._scopes = reader, scopes
        self._clauses = re.compile(f"[{re.escape(rule.clause_marks)}]" if rule else "$^")
        cues = [*rules.part_cues, *rules.broke_words, *rules.repair_words]
        self._cues = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b")

    def base_code(self, description: str, item_first: Callable[[str], str]) -> str | None:
        """The one typed code (not negated) whose item the description names a piece of."""
        # With a NOC code typed beside it, only a link word names the base ("I picked E1399 for
        # the plate on his K0005"; not "wax billed on A4265 - the unit itself is E1399?").
        typed = typed_codes(description)
        specific = typed & self._descriptors.keys()
        code = specific.pop() if len(specific) == 1 else None
        noc_beside = len(typed) > 1
        if self._rule is None or code is None:
            return None
        if code.lower() not in self._reader.unnegated_text(description).lower():  # "not the E0260"
            return None
        lowered = description.lower()
        clauses = self._clauses.split(lowered)
        own = next(c for c in clauses if code.lower() in c)
        known = {stem(w) for w in _WORD.findall(f"{own} {self._descriptors[code]}")}
        naming = self._scopes.naming_phrase(item_first(HCPCS_IN_TEXT.sub(" ", description)))
        named_apart = any(stem(w) not in known for w in _WORD.findall(naming.lower()))
        cued_apart = any(self._cues.search(c) for c in clauses if c is not own)
        if noc_beside:
            return code if self._linked(own, code) else None
        return code if named_apart or cued_apart or self._linked(own, code) else None

    def _linked(self, clause: str, code: str) -> bool:
        """Whether `code` follows a link word in `clause` ("for his K0005") that no billing verb
        stands right before ("billed on A4265")."""
        billing = self._rule.billing_verbs if self._rule else []
        for found in re.finditer(_LINKED_CODE.format(code=code.lower()), clause):
            before = _WORD.findall(clause[: found.start()])
            if not before or before[-1] not in billing:
                return True
        return False

    def base(self, description: str, item_first: Callable[[str], str]) -> NocScope | None:
        """The group of `base_code`, when that group has a parts code; None otherwise."""
        code = self.base_code(description, item_first)
        scope = self._scopes.scope_holding(code) if code else None
        return scope if scope is not None and scope.parts else None


def pdac_phrases(rules: NocFile) -> re.Pattern[str] | None:
    """The phrases by which a biller says the DME PDAC coded the item, as one pattern (noc.yaml
    `pdac_coded`), or None when no such phrases are reviewed."""
    coded = rules.pdac_coded
    if coded is None:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in coded.phrases) + r")\b")


def pdac_coded(
    description: str,
    noc_codes: Collection[str],
    rules: NocFile,
    reader: ItemReader,
    phrases: re.Pattern[str] | None,
) -> str | None:
    """The one NOC code typed (not negated), or named by its descriptor's name, in a description
    saying the DME PDAC coded the item ("the PDAC letter lists K0009", "the PDAC lists it as
    power wheelchair NOC"), else None (noc.yaml `pdac_coded`); `phrases`: `pdac_phrases`."""
    code, coded = typed_code(description), rules.pdac_coded
    if coded is None or phrases is None:
        return None
    said = reader.unnegated_text(description).lower()
    if not phrases.search(said):
        return None
    if code is None:
        whole = " ".join(reader.normalise(description).split())  # negations kept
        if typed_codes(description) or any(_says(whole, reader, p) for p in coded.not_coded):
            return None  # two codes typed; "not coded by the PDAC" (K0899's own words)
        unnegated = " ".join(said.split())
        # a name saying "not otherwise classified" is read in the whole text
        named = {
            noc
            for noc, names in coded.names.items()
            if any(_says(whole if " not " in n else unnegated, reader, n) for n in names)
        }
        return named.pop() if len(named) == 1 else None
    # "the PDAC says it is not K0014": a negated code is no longer in the text said
    return code if code in noc_codes and code.lower() in said else None


def _says(said: str, reader: ItemReader, name: str) -> bool:
    """Whether the text said (normalised, its spaces single) holds the name, read as it is."""
    name = " ".join(reader.normalise(name).split())
    return re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", said) is not None


def typed_codes(description: str) -> set[str]:
    return {code.upper() for code in HCPCS_IN_TEXT.findall(description)}


def typed_code(description: str) -> str | None:
    """The one HCPCS code the description types, or None (none, or two or more)."""
    typed = typed_codes(description)
    return typed.pop() if len(typed) == 1 else None
