"""A content file with a mistake names the file, the line and the reason (what `content check`
prints), so a reviewer can fix it without reading code."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from flows.content import ContentError, load_yaml_model


class Entry(BaseModel):
    id: str
    days: int


class EntriesFile(BaseModel):
    version: int
    entries: list[Entry]


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("version: 1\nentries:\n  - id: a\n    days: 3\n  - id: b\n    days: soon\n", 6,
         "entries.1.days"),
        ("version: 1\nentries:\n  - id: a\n    days: [3\n", 5, "not valid YAML"),
        ("# header\nversion: 2\nentries: []\n", 2, "version: 1"),
        ("- just a list\n", 1, "expected a mapping"),
    ],
)  # fmt: skip
def test_a_mistake_names_its_line_and_reason(
    tmp_path: Path, text: str, line: int, reason: str
) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    with pytest.raises(ContentError) as raised:
        load_yaml_model(path, EntriesFile)
    assert raised.value.line == line and reason in str(raised.value)
    assert str(raised.value).startswith(f"{path}:{line}: ")


def test_a_valid_file_is_read_as_typed_data(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("version: 1\nentries:\n  - id: a\n    days: 3\n")
    assert load_yaml_model(path, EntriesFile).entries == [Entry(id="a", days=3)]
