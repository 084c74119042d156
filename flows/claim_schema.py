"""The claim file's JSON Schema, generated from the pydantic model (`make schema` writes it)."""

from __future__ import annotations

import json

from flows.models import Claim


def claim_schema() -> str:
    """docs/claim.schema.json as text: what `checklist --claim FILE` accepts."""
    schema = Claim.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "E1399 bot claim file"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(claim_schema(), end="")
