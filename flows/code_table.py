"""The CMS HCPCS table as content/codes/hcpcs.csv holds it: one row per code, read and written
in the same columns (the importer, flows/hcpcs_import.py, fills it from a CMS file)."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

from pydantic import BaseModel, Field, field_validator

from flows.content import ContentError
from flows.models import HCPCS_PATTERN

_NOC_DESCRIPTOR = re.compile(
    r"not[- ]otherwise|unspecified|component of another|miscellaneous|\bnoc\b|\bnos\b|unlisted|"
    r"^other (?:manual|motorized)|^customized durable medical equipment|specially sized or constr|"
    r"does not meet (?:specific code )?criteria|not coded by",
    re.I,
)
CSV_COLUMNS = (
    "code",
    "long_description",
    "short_description",
    "pricing_indicator",
    "coverage_code",
    "betos",
    "type_of_service",
    "add_date",
    "action_effective_date",
    "termination_date",
    "action_code",
)


class HcpcsCode(BaseModel):
    """One row of content/codes/hcpcs.csv (CMS HCPCS Level II)."""

    code: str = Field(pattern=HCPCS_PATTERN)
    long_description: str = Field(min_length=1)
    short_description: str = ""
    pricing_indicator: str = ""
    coverage_code: str = Field(default="", pattern=r"^[A-Z]?$")  # CMS: C, D, I, M, S
    betos: str = ""
    type_of_service: str = ""
    add_date: dt.date | None = None
    action_effective_date: dt.date | None = None
    termination_date: dt.date | None = None
    action_code: str = ""

    @field_validator("add_date", "action_effective_date", "termination_date", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if value == "" else value

    def is_valid_on(self, day: dt.date) -> bool:
        return self.termination_date is None or self.termination_date >= day

    @property
    def is_noc(self) -> bool:
        """A not-otherwise-classified code: never offered as a 'specific' code."""
        # Pricing indicator 46 (carrier priced) is not enough: A4614 is carrier priced yet specific.
        return bool(_NOC_DESCRIPTOR.search(self.long_description))


def read_code_table(path: Path) -> dict[str, HcpcsCode]:
    """Reads hcpcs.csv; a bad row raises ContentError with its line number."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if tuple(reader.fieldnames or ()) != CSV_COLUMNS:
                raise ContentError(path, 1, f"columns must be: {', '.join(CSV_COLUMNS)}")
            table: dict[str, HcpcsCode] = {}
            for row in reader:
                try:
                    code = HcpcsCode.model_validate(row)
                except ValueError as error:
                    raise ContentError(path, reader.line_num, str(error).splitlines()[0]) from None
                if code.code in table:
                    raise ContentError(path, reader.line_num, f"duplicate code {code.code}")
                table[code.code] = code
    except OSError as error:
        raise ContentError(path, None, f"cannot read: {error}") from error
    return table


def write_code_table(path: Path, codes: list[HcpcsCode]) -> None:
    """Writes the table sorted by code, in the same columns it is read with."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for code in sorted(codes, key=lambda c: c.code):
            row = code.model_dump(mode="json")
            writer.writerow({k: "" if row[k] is None else row[k] for k in CSV_COLUMNS})
