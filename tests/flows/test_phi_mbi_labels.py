"""An MBI-shaped value with no Medicare word is a patient's Medicare number unless the word right
before it says whose number it is (a bin, a batch, a device, an order)."""

from __future__ import annotations

import shutil

import pytest

from flows.content import default_content_dir
from flows.phi import scan, use_rules


@pytest.mark.parametrize(
    "text",
    [
        "re: 7KD2WX4CM18 need the CMN before friday",
        "typed 2HN6TP8RA45 into the portal, not found",
        "reason 9FR3VU6GT27 keeps bouncing?",
        "link they sent: https://portal.example/look/5MW1AK9XC63/claims",
    ],
)
def test_a_bare_medicare_number_after_an_ordinary_word_is_refused(text: str) -> None:
    assert "mbi" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "bin 3EP7GK2NU51 is empty, reorder cushions",
        "batch 6TA4RW8HJ92 of gel pads came in",
        "ESN 8QC5YN3DK04 on the tablet",
        "order 4MK9VJ6EA37 shipped from the warehouse",
    ],
)
def test_a_number_labelled_as_another_business_s_passes(text: str) -> None:
    assert "mbi" not in scan(text).kinds


@pytest.mark.slow  # compiles the guard's rules twice (for the copy, then content/ again)
def test_a_broken_link_in_the_content_folder_does_not_stop_the_guard_loading(tmp_path) -> None:
    content = tmp_path / "content"
    shutil.copytree(default_content_dir(), content)
    (content / "notes.md").symlink_to(tmp_path / "gone.md")
    try:
        use_rules(content)
        assert "mbi" in scan("keyed 1CQ3N63CD20 in the portal").kinds
    finally:
        use_rules(default_content_dir())
