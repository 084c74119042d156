"""A team loads the next CMS quarterly file: fixed-width records, continuations, terminations."""

from __future__ import annotations

import csv
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.bot.conftest import Cli, CliResult
from tests.conftest import REPO


def record(
    code: str,
    record_id: str,
    long: str,
    short: str = "",
    pricing: str = "",
    add: str = "",
    effective: str = "",
    terminated: str = "",
    action: str = "",
    coverage: str = "",
) -> str:
    """One 320-character ANWEB record, laid out as the CMS README describes."""
    line = [" "] * 320

    def put(start: int, text: str) -> None:  # 1-based start column
        for offset, char in enumerate(text):
            line[start - 1 + offset] = char

    put(1, code.ljust(5))
    put(6, "00100")
    put(11, record_id)
    put(12, long[:80])
    put(92, short[:28])
    put(120, pricing)
    put(230, coverage)
    put(269, add)
    put(277, effective)
    put(285, terminated)
    put(293, action)
    return "".join(line)


def anweb_file() -> bytes:
    lines = [
        record("E0118", "3", "Crutch substitute, lower leg platform, with or without wheels,",
               "Crutch substitute", "32", "20010101", "20010101", action="N"),
        record("E0118", "4", "each"),
        record("E0240", "3", "Bath/shower chair, with or without wheels, any size",
               "Bath/shower chair", "32", "19850101", "19850101", action="N", coverage="C"),
        record("E2300", "3", "Wheelchair accessory, power seat elevation system, any type",
               "Pwr seat elevation sys", "36", "20050101", "20240401", "20240331", "N"),
        record("E9990", "3", "Knee walker with café tray attachment, new 2027 code for",
               "Knee walker w tray", "32", "20270101", "20270101", action="A"),
        record("E9990", "4", "testing the importer, includes all parts"),
        record("   GA", "7", "Waiver of liability statement issued as required by payer"),
        record("G0008", "3", "Administration of influenza virus vaccine", "Admin influenza",
               "", "19930101", "19930101", action="N"),
    ]  # fmt: skip
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


@pytest.fixture
def content_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of content/ that the commands below read and write (E1399_CONTENT_DIR)."""
    target = tmp_path / "content"
    shutil.copytree(REPO / "content", target)
    monkeypatch.setenv("E1399_CONTENT_DIR", str(target))
    return target


def run_import(cli: Cli, file: Path, *extra: str) -> CliResult:
    return cli("content", "import-hcpcs", str(file), *extra)


def read_table(content: Path) -> dict[str, dict[str, str]]:
    with (content / "codes" / "hcpcs.csv").open(encoding="utf-8") as handle:
        return {row["code"]: row for row in csv.DictReader(handle)}


@pytest.mark.slow  # reads and checks the whole imported content
def test_import_joins_continuations_decodes_cp1252_and_reports_changes(
    cli: Cli, content_copy: Path, tmp_path: Path
) -> None:
    source = tmp_path / "HCPC2027_JAN_ANWEB_v2.txt"
    source.write_bytes(anweb_file())
    result = run_import(cli, source)
    assert result.returncode == 0, result.stderr
    assert "added: 1 [E9990]" in result.stdout
    assert "E0240" in result.stdout.split("changed:")[1].splitlines()[0]
    assert "terminated: 0" in result.stdout  # E2300 was already terminated
    table = read_table(content_copy)
    assert table["E9990"]["long_description"] == (
        "Knee walker with café tray attachment, new 2027 code for testing the importer, "
        "includes all parts"
    )
    assert table["E0118"]["long_description"].endswith("with or without wheels, each")
    original = read_table(REPO / "content")["E0118"]
    assert table["E0118"]["betos"] == original["betos"] != ""  # blank in this file: kept
    assert table["E0118"]["coverage_code"] == original["coverage_code"] != ""
    assert read_table(REPO / "content")["E0240"]["coverage_code"] == "M"
    assert table["E0240"]["coverage_code"] == "C"  # the file says otherwise: the file wins
    assert "G0008" not in table  # outside the DMEPOS ranges
    assert len(table) == 2606
    assert 'data_version: "2027-01"' in (content_copy / "codes" / "hcpcs.yaml").read_text()
    check = cli("content", "check")
    assert check.returncode == 0 and str(content_copy) in check.stdout, check.stderr


def test_import_reads_the_cms_zip_and_reports_new_terminations(
    cli: Cli, content_copy: Path, tmp_path: Path
) -> None:
    text = record("E0118", "3", "Crutch substitute, lower leg platform", "Crutch sub", "32",
                  "20010101", "20270101", "20261231", "D")  # fmt: skip
    archive = tmp_path / "2027-alpha-numeric-hcpcs-file.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("HCPC2027_APR_ANWEB.txt", text.encode("cp1252"))
        zipped.writestr("readme.pdf", b"%PDF")
    result = run_import(cli, archive)
    assert result.returncode == 0, result.stderr
    assert "terminated: 1 [E0118]" in result.stdout
    assert read_table(content_copy)["E0118"]["termination_date"] == "2026-12-31"


def test_dry_run_changes_nothing(cli: Cli, content_copy: Path, tmp_path: Path) -> None:
    source = tmp_path / "file.txt"
    source.write_bytes(anweb_file())
    before = (content_copy / "codes" / "hcpcs.csv").read_bytes()
    assert run_import(cli, source, "--dry-run").returncode == 0
    assert (content_copy / "codes" / "hcpcs.csv").read_bytes() == before


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([record("E0118", "3", "Crutch substitute")[:200]], "line 1: 200 characters wide"),
        ([record("E0118", "3", "Crutch"), record("E0118", "9", "x")], "line 2: unknown record id"),
        ([record("E0119", "4", "orphan text")], "line 1: continuation of E0119 without"),
        ([record("E0118", "3", "Crutch", add="2001XX01")], "line 1: add date '2001XX01'"),
        ([record("E0118", "3", "Crutch", coverage="7")], "line 1: coverage code '7'"),
    ],
)
def test_bad_files_exit_1_naming_the_line(
    cli: Cli, content_copy: Path, tmp_path: Path, lines: list[str], message: str
) -> None:
    source = tmp_path / "bad.txt"
    source.write_bytes("\n".join(lines).encode("cp1252"))
    before = (content_copy / "codes" / "hcpcs.csv").read_bytes()
    result = run_import(cli, source)
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr
    assert (content_copy / "codes" / "hcpcs.csv").read_bytes() == before


def test_a_csv_is_told_which_file_the_importer_takes(cli: Cli, content_copy: Path) -> None:
    """The bot's own code table is a CSV, as is a spreadsheet export of the CMS file."""
    result = run_import(cli, content_copy / "codes" / "hcpcs.csv", "--dry-run")
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert "looks like a CSV" in line and "CMS quarterly HCPCS zip" in line and "ANWEB" in line


def test_a_short_line_after_good_records_is_not_called_a_csv(
    cli: Cli, content_copy: Path, tmp_path: Path
) -> None:
    source = tmp_path / "cut.txt"
    lines = [record("E0118", "3", "Crutch"), record("E0119", "3", "Crutch, tray, other")[:200]]
    source.write_bytes("\n".join(lines).encode("cp1252"))
    result = run_import(cli, source)
    assert result.returncode == 1
    assert "line 2: 200 characters wide" in result.stderr and "CSV" not in result.stderr
