"""A state named beside a question asking which DME MAC takes the claim gets that state's
jurisdiction, or the four jurisdictions when the states named span more than one; a claim sent to
the wrong contractor, a rental's move and another payer's or a Part B contractor do not."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    ("question", "entries"),
    [("beneficiary's SSA address is in Toledo Ohio, what contractor handles the E1399",
      {"dme-mac-jb", "which-dme-mac"}),
     ("moving pt from Lubbock to Amarillo, both Texas, does she stay w/ the same contractor",
      {"dme-mac-jc"}),
     ("shop in Tennessee, pt lives in Kansas. send to CGS like always?",
      {"dme-mac-jurisdictions"}),
     ("Omaha NE and Tulsa OK benes, which dme mac region for each", {"dme-mac-jurisdictions"}),
     ("new pt up in Duluth Minnesota, who processes her claims", {"dme-mac-jb"})],
)  # fmt: skip
def test_a_state_named_with_which_mac_gets_its_jurisdiction(
    question: str, entries: set[str]
) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id in entries


@pytest.mark.parametrize(
    "question",
    ["which contractor handles Part B office visit claims in Ohio",
     "Texas Medicaid, which contractor processes the misc code"],
)  # fmt: skip
def test_another_contractor_or_payer_gets_no_jurisdiction(question: str) -> None:
    result = KB.ask(question)
    assert result.entry_id not in {"dme-mac-jb", "dme-mac-jc", "dme-mac-jurisdictions"}


def test_a_rental_moved_between_states_keeps_the_rental_entry() -> None:
    result = KB.ask("rental bene moved Iowa to Georgia, which MAC for the rest of the months")
    assert result.entry_id not in {"dme-mac-jd", "dme-mac-jc", "dme-mac-jurisdictions"}


@pytest.mark.parametrize(
    "question",
    ["Ohio bene had a walker from another supplier, how do I look up same or similar in myCGS",
     "Texas pt, where do I see her equipment history before we ship the bed"],
)  # fmt: skip
def test_checking_equipment_history_in_a_state_is_the_check_not_the_jurisdiction(
    question: str,
) -> None:
    assert KB.ask(question).entry_id == "same-or-similar-check"
