"""content/codes/aliases.yaml: what billers call items, by code, and which item set each
street name was learned from (so a benchmark can score a set without its own names)."""

from __future__ import annotations

from pydantic import BaseModel, model_validator


class AliasesFile(BaseModel):
    version: int
    aliases: dict[str, list[str]]
    # item set file name -> code -> the aliases learned from that set's wording (provenance)
    learned_from: dict[str, dict[str, list[str]]] = {}

    @model_validator(mode="after")
    def _learned_are_aliases(self) -> AliasesFile:
        for item_set, by_code in self.learned_from.items():
            for code, names in by_code.items():
                missing = set(names) - set(self.aliases.get(code, []))
                if missing:
                    raise ValueError(f"learned_from {item_set}: {code} has no alias "
                                     f"{sorted(missing)[0]!r}")  # fmt: skip
        return self

    def leaving_out(self, item_set: str) -> AliasesFile:
        """The aliases without those learned from `item_set` (leave-one-set-out benchmarks)."""
        left_out = self.learned_from.get(item_set, {})
        kept = {
            code: [n for n in names if n not in left_out.get(code, [])]
            for code, names in self.aliases.items()
        }
        return AliasesFile(version=self.version, aliases={c: n for c, n in kept.items() if n})
