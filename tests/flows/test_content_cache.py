"""The checked content is kept between starts, and any edit to a content file is read again."""

from __future__ import annotations

import dataclasses
import datetime
import os
import pickle
import re
import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from flows import content_cache, phi_rules
from flows.all_content import Content
from flows.content import ContentError
from flows.content_cache import KEPT_COPIES, cached_content, keep, kept_path, use_kept_phi_rules
from flows.kept_patterns import dumps
from flows.phi import scan
from flows.phi_rules import Rules, rules
from flows.phi_rules_file import PhiRulesFile


@pytest.mark.slow  # reads the whole content folder twice
def test_a_start_uses_the_kept_copy_and_an_edited_file_is_read_and_checked_again(
    content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "content"
    shutil.copytree(content.directory, folder)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    older = [kept_path(folder).with_name(f"content-{n}.pickle") for n in range(KEPT_COPIES)]
    for age, path in enumerate(older):  # copies of earlier versions: the oldest one goes
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
        os.utime(path, (time.time() - 3600 * (age + 1),) * 2)
    keep(kept_path(folder), dataclasses.replace(content, directory=folder))  # as a start leaves it
    kept_copies = sorted(kept_path(folder).parent.iterdir())  # (all of content can be pickled)
    assert kept_copies == sorted([kept_path(folder), *older[:-1]])

    def read_again(directory: Path | None = None) -> Content:
        raise AssertionError("the folder was read again although nothing changed")

    with monkeypatch.context() as patched:
        patched.setattr(content_cache, "read_content", read_again)
        kept = cached_content(folder)
    assert kept.directory == folder
    assert kept.messages.text("welcome") == content.messages.text("welcome")
    assert len(kept.knowledge.entries) == len(content.knowledge.entries)

    # A process that finds no copy while another is reading the folder waits for that one's copy
    # instead of reading the folder too (the fast lane's processes start together).
    kept_path(folder).unlink()
    looked = threading.Event()
    look = content_cache.kept_copy

    def look_and_tell(path: Path) -> tuple[Content, Rules | None] | None:
        found = look(path)
        looked.set()
        return found

    with monkeypatch.context() as patched:
        patched.setattr(content_cache, "read_content", read_again)
        patched.setattr(content_cache, "kept_copy", look_and_tell)
        with ThreadPoolExecutor(1) as pool, content_cache.one_reader(kept_path(folder)):
            waiting = pool.submit(cached_content, folder)
            assert looked.wait(60)  # it found no copy, and waits for this reader
            keep(kept_path(folder), dataclasses.replace(content, directory=folder))
        assert waiting.result().directory == folder

    # An edited FAQ file is read and served; the code book, whose files nothing changed, is the
    # one the process has already built (a `content check` after `kb export`).
    faq = folder / "faq" / "abn.yaml"
    title = "When an ABN is needed for a miscellaneous DME item"
    faq.write_text(faq.read_text().replace("When an ABN is needed for an E1399 item", title, 1))
    content.lend_parts()
    edited = cached_content(folder)
    assert edited.knowledge.by_id["abn-when-required"].title == title
    assert edited.knowledge.ask("when is an abn required").entry_id == "abn-when-required"
    assert edited.codes is content.codes and edited.knowledge is not content.knowledge

    messages = folder / "messages.yaml"  # a reviewer's mistake is reported, not hidden
    messages.write_text(messages.read_text().replace("version: 1", "version: 2", 1))
    with pytest.raises(ContentError, match="messages.yaml"):
        cached_content(folder)


def test_kept_patterns_are_the_ones_compiling_their_source_gives(content: Content) -> None:
    """The kept copy holds each pattern's compiled program (a start compiles none of them
    again): loaded, each is the pattern `re.compile` gives (equal patterns have equal programs),
    the PHI guard's rules among them, and they find what they found before."""
    patterns = [
        re.compile(r"(?P<word>\w+)(?<![\d])\s*(?:é|ß|-)+\b", re.IGNORECASE | re.MULTILINE),
        re.compile(r"a.b(c)?", re.DOTALL | re.ASCII),
        rules().cue["name"],
        rules().label_stems,
    ]
    for pattern in [*patterns, *pickle.loads(dumps(patterns))]:
        again = re.compile(pattern.pattern, pattern.flags)
        assert pattern == again and pattern.groupindex == again.groupindex
    loaded = pickle.loads(dumps(patterns))
    found = loaded[0].fullmatch("Café-ß")
    assert found and found.groupdict() == {"word": "Café"}
    assert loaded[2].search("patient name: ") and not loaded[2].search("the tub bench")


@pytest.mark.slow  # every pattern of the PHI guard's rules, some of them thousands of words long
def test_the_phi_guards_rules_come_back_from_the_kept_copy_as_they_were() -> None:
    assert pickle.loads(dumps(rules())) == rules()


@pytest.mark.slow  # keeps and loads a copy of the whole content
def test_a_command_that_scans_first_takes_the_guards_rules_from_the_kept_copy(
    content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`ask` and `codes` scan their text before they load content: with a copy kept, the PHI
    guard's rules come from it (none compiled), and the content then loaded is that same read."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = content.directory.resolve()
    keep(kept_path(folder), content, rules())
    monkeypatch.setattr(phi_rules, "_active", {})  # as in a new process: no rules in use yet
    monkeypatch.setattr(phi_rules, "_by_content", {})

    def compile_again(*args: object) -> Rules:
        raise AssertionError("the rules were compiled although a copy is kept")

    reads: list[Path] = []
    look = content_cache.kept_copy
    monkeypatch.setattr(phi_rules, "_compile", compile_again)

    def counted(path: Path) -> tuple[Content, Rules | None] | None:
        reads.append(path)
        return look(path)

    monkeypatch.setattr(content_cache, "kept_copy", counted)
    use_kept_phi_rules(folder)
    assert scan("DOB 01/02/1950, John Smith") and not scan("power seat elevation for E2300")
    loaded = cached_content(folder)
    assert reads == [kept_path(folder)]
    assert loaded.messages.text("welcome") == content.messages.text("welcome")


def test_a_process_keeps_its_copy_under_the_code_it_runs_not_the_files_changed_since(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An upgrade can replace flows/ under a running process; the copy that process keeps holds
    # objects of its older classes, so it must not land under the new code's key.
    folder = tmp_path / "content"
    (folder / "faq").mkdir(parents=True)
    (folder / "faq" / "entry.yaml").write_text("id: one\n")
    before = content_cache.version_key(folder)
    upgraded = tmp_path / "flows"
    shutil.copytree(content_cache.FLOWS, upgraded, ignore=shutil.ignore_patterns("__pycache__"))
    (upgraded / "new_module.py").write_text("NEW = True\n")
    monkeypatch.setattr(content_cache, "FLOWS", upgraded)
    assert content_cache.version_key(folder) == before
    assert content_cache.folder_digest(upgraded) != content_cache.CODE_DIGEST  # (they did change)
    (folder / "faq" / "entry.yaml").write_text("id: two\n")
    assert content_cache.version_key(folder) != before  # an edited content file is still read again


def test_a_copy_kept_yesterday_is_not_used_the_next_day(monkeypatch: pytest.MonkeyPatch) -> None:
    # The content's parts check dates against today (a code's termination, a deadline's holidays):
    # the first start after midnight reads the folder again instead of yesterday's copy.
    folder = Path("content").resolve()
    today = kept_path(folder)
    tomorrow = datetime.date.today().toordinal() + 1

    class NextDay(datetime.date):
        @classmethod
        def today(cls) -> NextDay:
            return cls.fromordinal(tomorrow)

    monkeypatch.setattr(content_cache.dt, "date", NextDay)
    assert kept_path(folder) != today


@pytest.mark.slow  # compiles the PHI guard's rules once
def test_the_phi_guards_rules_are_compiled_again_only_when_the_words_they_read_change(
    content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A word the FAQ uses is no name ("Lee" once a reviewer's name is exported): an edit in
    # words the content already holds keeps the rules, a new word compiles them again.
    kept = rules()
    folder = tmp_path / "content"
    shutil.copytree(content.directory, folder)
    compiled: list[Path] = []
    compile_rules = phi_rules._compile

    def counted(file: PhiRulesFile, content_dir: Path) -> Rules:
        compiled.append(content_dir)
        return compile_rules(file, content_dir)

    monkeypatch.setattr(phi_rules, "_compile", counted)
    for state in ("_active", "_by_content"):
        monkeypatch.setattr(phi_rules, state, {})
    monkeypatch.setattr(phi_rules, "_given", [])
    phi_rules.use_rules(content.directory.resolve(), kept)  # as a start from the kept copy
    faq = folder / "faq" / "abn.yaml"
    title = "When an ABN is needed for a miscellaneous DME item"
    faq.write_text(faq.read_text().replace("When an ABN is needed for an E1399 item", title, 1))
    phi_rules.use_rules(folder)
    assert compiled == [] and rules() is kept
    assert "zyxwvut" not in kept.names.ordinary
    faq.write_text(faq.read_text().replace(title, "When an ABN is needed for a zyxwvut item", 1))
    phi_rules.use_rules(folder)
    assert compiled == [folder] and "zyxwvut" in rules().names.ordinary
