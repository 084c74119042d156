"""Reads the CMS quarterly HCPCS file (fixed-width ANWEB text, or its zip) into the code table."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from flows.code_table import HcpcsCode
from flows.codes import DMEPOS_RANGE
from flows.messages import Messages
from flows.models import is_hcpcs_code

RECORD_WIDTH = 320
MIN_RECORD_WIDTH = 293  # some tools trim trailing blanks; the action code ends at 293


class HcpcsFileError(ValueError):
    """The file is not a CMS ANWEB file we can trust; names the line and the reason."""

    def __init__(self, line: int | None, reason: str, *, spreadsheet: bool = False) -> None:
        self.line, self.reason, self.spreadsheet = line, reason, spreadsheet
        super().__init__(f"line {line}: {reason}" if line else reason)

    def said(self, file: str, messages: Messages) -> str:
        """The reason for FILE; a spreadsheet export is told which file CMS records come in."""
        return (
            messages.text("hcpcs_file_is_csv", file=file) if self.spreadsheet else f"{file}: {self}"
        )


class ImportReport(BaseModel):
    added: list[str]
    changed: list[str]
    terminated: list[str]
    not_in_file: list[str]
    total: int
    data_version: str


def read_anweb_text(path: Path) -> tuple[str, str]:
    """Returns (text, file name) from a .txt or a CMS .zip holding one ANWEB text file."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                names = [n for n in archive.namelist() if n.lower().endswith(".txt")]
                preferred = [n for n in names if "anweb" in n.lower()] or names
                if not preferred:
                    raise HcpcsFileError(None, "the zip holds no .txt file")
                name = sorted(preferred)[0]
                return archive.read(name).decode("cp1252"), Path(name).name
        return path.read_bytes().decode("cp1252"), path.name
    except OSError as error:
        raise HcpcsFileError(None, f"cannot read {path}: {error}") from error
    except UnicodeDecodeError as error:
        raise HcpcsFileError(None, f"not Windows-1252 text: {error}") from error


def _date(field: str, line: int, name: str) -> dt.date | None:
    if not field.strip():
        return None
    try:
        return dt.datetime.strptime(field, "%Y%m%d").date()
    except ValueError:
        raise HcpcsFileError(line, f"{name} '{field}' is not a YYYYMMDD date") from None


def parse_anweb(text: str) -> list[HcpcsCode]:
    """Parses procedure records (ids 3 and 4) in the DMEPOS ranges; modifier records are skipped."""
    codes: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    records = 0
    for number, raw in enumerate(io.StringIO(text), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        if not MIN_RECORD_WIDTH <= len(line) <= RECORD_WIDTH:
            spreadsheet = not records and any(mark in line for mark in ",\t")  # a header row
            raise HcpcsFileError(number, f"{len(line)} characters wide; CMS records are "
                                         f"{RECORD_WIDTH}", spreadsheet=spreadsheet)  # fmt: skip
        records += 1
        line = line.ljust(RECORD_WIDTH)
        record_id, code = line[10], line[0:5].strip()
        if record_id in "78":
            current = None
            continue
        if record_id == "4":
            if current is None or current["code"] != code:
                raise HcpcsFileError(
                    number, f"continuation of {code or '?'} without its first line"
                )
            current["long_description"] += " " + line[11:91].strip()
            continue
        if record_id != "3":
            raise HcpcsFileError(number, f"unknown record id '{record_id}' (expected 3, 4, 7 or 8)")
        if not is_hcpcs_code(code):
            raise HcpcsFileError(number, f"'{code}' is not a HCPCS Level II code")
        if not re.fullmatch(r"[A-Z ]", line[229]):
            raise HcpcsFileError(
                number, f"coverage code '{line[229]}' (column 230) is not a letter"
            )
        current = {
            "code": code,
            "long_description": line[11:91].strip(),
            "short_description": line[91:119].strip(),
            "pricing_indicator": line[119:121].strip(),
            "coverage_code": line[229].strip(),  # position 230: C, D, I, M or S
            "betos": line[256:259].strip(),
            "type_of_service": line[260:265].strip(),
            "add_date": _date(line[268:276], number, "add date"),
            "action_effective_date": _date(line[276:284], number, "action effective date"),
            "termination_date": _date(line[284:292], number, "termination date"),
            "action_code": line[292].strip(),
        }
        codes.append(current)
    return [HcpcsCode.model_validate(c) for c in codes if DMEPOS_RANGE.match(str(c["code"]))]


def data_version_of(file_name: str, today: dt.date) -> str:
    """'HCPC2026_APR_ANWEB.txt' -> '2026-04'; otherwise the import date."""
    match = re.search(r"(\d{4})_?(JAN|APR|JUL|OCT)", file_name.upper())
    months = {"JAN": "01", "APR": "04", "JUL": "07", "OCT": "10"}
    return f"{match.group(1)}-{months[match.group(2)]}" if match else today.isoformat()


_COMPARED = ("long_description", "short_description", "pricing_indicator", "coverage_code",
             "add_date", "action_effective_date", "termination_date")  # fmt: skip
_KEPT_WHEN_BLANK = ("coverage_code", "betos", "type_of_service")


def merge(current: dict[str, HcpcsCode], imported: list[HcpcsCode],
          data_version: str) -> tuple[list[HcpcsCode], ImportReport]:  # fmt: skip
    """New table and what changed. Coverage, BETOS and type of service left blank in the file
    (some trimmed copies drop them) are kept from the current table; so are codes missing from
    the file."""
    merged: dict[str, HcpcsCode] = dict(current)
    added, changed, terminated = [], [], []
    for code in imported:
        before = current.get(code.code)
        if before is None:
            added.append(code.code)
            merged[code.code] = code
            continue
        kept = {k: getattr(before, k) for k in _KEPT_WHEN_BLANK if not getattr(code, k)}
        new = code.model_copy(update=kept)
        if any(getattr(before, k) != getattr(new, k) for k in _COMPARED):
            changed.append(code.code)
        if before.termination_date is None and new.termination_date is not None:
            terminated.append(code.code)
        merged[code.code] = new
    seen = {c.code for c in imported}
    report = ImportReport(added=added, changed=changed, terminated=terminated,
                          not_in_file=sorted(set(current) - seen), total=len(merged),
                          data_version=data_version)  # fmt: skip
    return list(merged.values()), report


def write_provenance(path: Path, file_name: str, data_version: str, today: dt.date) -> None:
    """Rewrites hcpcs.yaml, the provenance the code table is loaded with, for an imported file."""
    path.write_text(
        "# Provenance of hcpcs.csv (rewritten by `e1399-bot content import-hcpcs`).\n"
        f'version: 1\ndata_version: "{data_version}"\n'
        f'source: "CMS HCPCS Level II file {file_name}, DMEPOS ranges. Public domain."\n'
        f"imported_on: {today.isoformat()}\n",
        encoding="utf-8",
    )
