"""The PHI guard on public places named for a person (a lake, a memorial, a statue, a historical
marker, a VA medical center, a hospital), a supplier's delivery mailbox and the office's own
address on a list's line after a patient's age; the patients' names, mailboxes and addresses
beside the same words, which stay caught; West Virginia's plans before a member's number and an
MBI's tail behind a portal's short mask. The texts are new wordings, not the corpus's."""

from __future__ import annotations

import pytest

from flows.phi import scan
from tests.conftest import phi_corpus_rates


@pytest.mark.slow  # a whole corpus part
def test_the_forty_sixth_held_out_part_is_caught_and_left_alone() -> None:
    """Tuned on after its first run (99.8% caught, 4.4% false alarms): a dev set now."""
    missed, tripped, missed_texts, tripped_texts = phi_corpus_rates("holdout46")
    assert missed <= 0.01, missed_texts
    assert tripped <= 0.01, tripped_texts


@pytest.mark.parametrize(
    "text",
    [
        "pickup moved to the Robert C. Byrd courthouse lot, 2 pm",
        "cecil underwood lake cleanup sat, do we send a table?",
        "chuck yeager airport gate 3 at noon, bring the banner",
        "drop-off near the Walter Reuther historical marker on the way",
        "claim from the Louis Johnson va medical center came back, E0601",
        "meeting at the Mary Lou Retton park pavilion friday",
        "left the loaner by the Hershel “Woody” Williams statue",
        "(inbox deliveries@example.net, x410)",
        "meeting at the Robert Byrd hospital lobby",
        "* pt is 84 years\n* the office at 310 Kanawha Blvd, Charleston, WV 25301",
    ],
)
@pytest.mark.sweep(n=3)
def test_places_named_for_people_and_the_offices_own_mail_and_address_are_not_refused(
    text: str,
) -> None:
    assert not scan(text), scan(text).kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("walker for Mary Jones hospital bed rental", "name"),
        ("pt Opal Hatfield lives by Summersville Lake, MBI 4TK2-HN7-QA19", "name"),
        ("patient Okey Adkins near the Mother Jones marker", "name"),
        ("his email is okey.adkins57@example.com, delivery tomorrow", "email"),
        ("* pt is 84 years\n* lives at 310 Laurel Fork Rd, Clay, WV 25043", "address"),
    ],
)
@pytest.mark.sweep(n=3)
def test_a_patient_beside_a_place_word_is_still_caught(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("reprocess for Delmer Arbogast, UniCare WV: UWV118204471?", "member_id"),
        ("WV CHIP: CHP40917735 for the grandson", "member_id"),
        ("mbi ****kq51 per the portal", "mbi"),
        ("MBI#****TR47 only, no full number", "mbi"),
    ],
)
def test_a_west_virginia_plans_number_and_a_short_masked_mbi_are_named(
    text: str, kind: str
) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text", ["PEIA rates for 2026 are out", "the health plan # is on the back of the card"]
)
def test_the_plans_names_alone_are_not_refused(text: str) -> None:
    assert not scan(text)
