"""The checked content is kept between starts, and any edit to a content file is read again."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from flows import content_cache
from flows.all_content import Content
from flows.content import ContentError
from flows.content_cache import cached_content, keep, kept_path


def test_a_start_uses_the_kept_copy_and_an_edited_file_is_read_and_checked_again(
    content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "content"
    shutil.copytree(content.directory, folder)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    keep(kept_path(folder), dataclasses.replace(content, directory=folder))  # as a start leaves it

    def read_again(directory: Path | None = None) -> Content:
        raise AssertionError("the folder was read again although nothing changed")

    with monkeypatch.context() as patched:
        patched.setattr(content_cache, "read_content", read_again)
        kept = cached_content(folder)
    assert kept.directory == folder
    assert kept.messages.text("welcome") == content.messages.text("welcome")
    assert len(kept.knowledge.entries) == len(content.knowledge.entries)

    messages = folder / "messages.yaml"  # a reviewer's mistake is reported, not hidden
    messages.write_text(messages.read_text().replace("version: 1", "version: 2", 1))
    with pytest.raises(ContentError, match="messages.yaml"):
        cached_content(folder)
