"""Reading a claim file for `checklist`: validation errors name the field, and a key that is
one typo away from a contract key is pointed out (extra keys are welcome, so it is a warning)."""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from bot.cli_error import CliError
from flows.messages import Messages
from flows.models import Claim
from flows.phi import scan


def read_claim(path: str, messages: Messages) -> tuple[Claim, list[str]]:
    """The validated claim and a warning for each key that looks like a misspelt contract key."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))  # Notepad writes a BOM
    except OSError as error:
        raise CliError(f"{path}: cannot read: {error.strerror}") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CliError(f"{path}: not valid JSON ({error})") from error
    except RecursionError as error:  # thousands of nested brackets: not a claim file
        raise CliError(f"{path}: not a claim file (nested too deeply)") from error
    if not isinstance(data, dict):
        raise CliError(f"{path}: the claim file must be a JSON object")
    try:
        claim = Claim.model_validate(data)
    except ValidationError as error:  # every problem at once: fixing one at a time is slow
        reasons = [_reason(problem) for problem in error.errors()]
        if len(reasons) == 1:
            raise CliError(f"{path}: {reasons[0]}") from error
        # Still one line (the contract's bad-input reason), naming every problem.
        raise CliError(f"{path}: {len(reasons)} problems: {'; '.join(reasons)}") from error
    warnings = [
        messages.text("claim_file_misspelt_key", typed=typed, meant=meant)
        for typed, meant in _misspelt_keys(data, Claim)
    ]
    return claim, warnings


def _reason(problem: ErrorDetails) -> str:
    """One validation problem, by field; a value that looks like an identifier is not quoted."""
    field = ".".join(str(part) for part in problem["loc"]) or "(file)"
    hint = " (write dates as YYYY-MM-DD)" if problem["type"].startswith("date") else ""
    reason = f"{field}: {_plain(problem)}{hint}"
    if scan(reason):  # a validation message may quote the value: never an identifier
        return "a value looks like a patient identifier; it is not repeated here"
    return reason


def _plain(problem: ErrorDetails) -> str:
    """A bound said as a biller would ("must not be negative"), else pydantic's message (a
    validator's own reason without pydantic's "Value error, " before it)."""
    bounds = problem.get("ctx") or {}
    if problem["type"] == "greater_than_equal":
        least = bounds["ge"]
        return "must not be negative" if least == 0 else f"must be at least {least}"
    if problem["type"] == "less_than_equal":
        return f"must be at most {bounds['le']}"
    return problem["msg"].removeprefix("Value error, ")


def _misspelt_keys(
    data: dict[str, Any], model: type[BaseModel], prefix: str = ""
) -> list[tuple[str, str]]:
    """(typed key, contract key) for keys the model ignores that are close to one of its own."""
    fields = model.model_fields
    found: list[tuple[str, str]] = []
    for key, value in data.items():
        field = fields.get(key)
        if field is None:
            close = difflib.get_close_matches(str(key), list(fields), n=1, cutoff=0.8)
            if close and not scan(str(key)):
                found.append((prefix + str(key), prefix + close[0]))
            continue
        inner = field.annotation
        if isinstance(value, dict) and isinstance(inner, type) and issubclass(inner, BaseModel):
            found += _misspelt_keys(value, inner, f"{prefix}{key}.")
    return found
