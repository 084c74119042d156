"""A rental or purchase rule answered for a question naming E1399 or another NOC code first says
that the code's payment category is unpublished, so the rule is unconfirmed for it; KX, that only
the item's own policy can call for it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from flows.all_content import read_content
from flows.content import ContentError
from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    ("question", "code"),
    [("rental e1399 - do i use KH KI KJ?", "E1399"),
     ("wat modifer for a rentel on e1399", "E1399"),
     ("kh modifier on a k0108 rental", "K0108")],
)  # fmt: skip
def test_a_rental_modifier_for_a_noc_code_is_said_unconfirmed_first(question, code) -> None:
    result = KB.ask(question)
    assert result.answered
    shown = {result.entry_id, result.runner_up}
    assert shown & {"kh-ki-kj", "rr-nu-ue"}
    opening = result.text.split("\n\n")[0]
    assert opening.startswith(f"Unconfirmed for {code}: its payment category is not published")
    assert "Ask your DME MAC" in opening
    # the general rule still follows, after the caveat
    rule = " ".join(KB.by_id[str(result.entry_id)].short.split())
    assert rule in " ".join(result.text.split()[len(opening.split()) :])


@pytest.mark.parametrize(
    "question", ["RR one unit a month on rentals?", "kh modifier on a K0001 rental"]
)
def test_a_rental_question_naming_no_noc_code_has_no_caveat(question) -> None:
    result = KB.ask(question)
    assert result.answered
    assert "Unconfirmed for" not in result.text


@pytest.mark.parametrize(
    ("question", "code"),
    [("does E1399 need KX", "E1399"), ("E1399 KX?", "E1399"), ("kx on a k0108 line?", "K0108")],
)
def test_kx_for_a_noc_code_says_the_items_own_policy_decides(question, code) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == "kx-modifier"
    opening = result.text.split("\n\n")[0]
    assert opening.startswith(f"Unconfirmed for {code}: no LCD or policy article")
    assert "policy for the item" in opening and "payment category" not in opening
    assert " ".join(KB.by_id["kx-modifier"].short.split()) in " ".join(result.text.split())


def test_kx_for_a_specific_code_has_no_caveat() -> None:
    result = KB.ask("does K0001 need KX")
    assert "Unconfirmed for" not in result.text


def test_an_entry_with_no_payment_category_rule_has_no_caveat() -> None:
    result = KB.ask("e1399 redetermination deadline")
    assert result.answered and result.entry_id == "redetermination"
    assert "payment category" not in result.text


def test_a_caveat_naming_an_unknown_entry_is_a_content_error(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(Path(__file__).resolve().parents[2] / "content", content)
    caveats = content / "rules" / "noc_caveats.yaml"
    caveats.write_text(
        caveats.read_text(encoding="utf-8").replace("entry: kh-ki-kj", "entry: kh-ki-kx"),
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match="noc_caveats.yaml.*unknown entry 'kh-ki-kx'"):
        read_content(content)
