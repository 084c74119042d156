"""The PHI guard's reading of a name's cue and of team talk, each with wordings no corpus holds:
a surname that is also one of the bot's words after a title or a patient word, a census surname
standing for the case before its account, order or statement, names in lower case or capitals
after a cue, a name in an X12 patient segment, an MBI after a name in capitals; and the
look-alikes the same rules must leave alone (the item after a patient word, vendors before the
same words, staff named by their team, their job, the team they head or their signature,
coworkers' birthdays, a Creole date of service, household brands with a title)."""

from __future__ import annotations

import pytest

from flows.phi import PhiFindings, scan
from tests.conftest import phi_corpus_rates


@pytest.mark.slow  # a whole corpus part
def test_the_fifteenth_dev_part_is_caught_and_left_alone() -> None:
    """Tuned on after its first run (70.8% caught, 10.5% false alarms): a dev set."""
    missed, tripped, missed_texts, tripped_texts = phi_corpus_rates("dev15")
    assert missed <= 0.07, missed_texts
    assert tripped <= 0.01, tripped_texts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mrs. Walker phoned about the loaner", "name"),
        ("MS. CANE'S ABN IS SIGNED", "name"),
        ("pt: Cane, Harriet - walker denied", "name"),
        ("patient Walker says the brakes stick", "name"),
        ("the Haverkamp statement came back undeliverable", "name"),
        ("can you check the Nowicki order status", "name"),
        ("the Kowalski invoice is 60 days out", "name"),
        ("miss rosalind featherstone is home now", "name"),
        ("mrs. page called about the deposit", "name"),
        ("resident ezekiel thornbury, needs new brakes", "name"),
        ("PATIENT NAME: OSWIN QUARTERMAINE", "name"),
        ("name on the card: Pemberton, Alaric", "name"),
        ("N1*QC*FAIRCHILD DELPHINE~", "name"),
        ("pt\u200b: Rosamund\u200bKettleby", "name"),
        ("RES # 40912 for the new admit", "mrn"),
        ("BARTHOLOMEW HALVORSEN 6AY4G89XV44", "mbi"),
        ("run elig pls 8J43NC0YA60", "mbi"),
        ("MRS WALKER CALLED ABOUT THE BILL", "name"),
        ("Cane, Mildred 6CH7A89UJ16", "name"),
        ("Hazel Walker MRN 5530921", "name"),
        ("Eulalia B. 7MP4Y97EU73", "mbi"),
        ("krawczyk zofia 1A60D17TJ88", "mbi"),
        ("Krankenakte 88120934", "mrn"),
        # A colleague named by their team does not make the patient a colleague too.
        ("Shay in AR says Doreen Fairbanks phoned about her statement", "name"),
        ("Mrs. Albrecht? she's a retired bus driver, wants a scooter", "name"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_names_after_a_cue_and_beside_a_record_are_caught(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Patient Lift with scale, is it E0630?",
        "walker and cane tips are on the same PO",
        "Mr. or Ms. goes in the NM1 segment?",
        "the Haverkamp Medical Supply account is past due",
        "Deja in billing is out, send the CMNs to Brianna Holt",
        "who is Mrs. Kettleborough? she's the new office manager",
        "attn: Mr. Pemberton, Accounts Receivable",
        "Dr. and Mrs. Okafor run the clinic on Main",
        "the new billing specialist is Marisol Ybarra",
        "Harriet Quill\nReimbursement Manager\nSummit Home Medical",
        "Tanya's granddaughter was born 6/2, she's out Friday",
        "lavaj la fèt 3 mas 2026",
        "coworker birthdays: Ana 2/14, Raj 8/30",
        "Mr. Clean wipes are in the supply closet",
        "the Staples order came in short",
        "happy bday to our own Rosa Lindqvist!",
        "Mateo from intake turns 60 on 8/8, cake at 2",
        "we'll miss april billing if the ERA is late",
        "Director of scheduling is Paulette Nakamura, ask her for the route",
        "the board chair, Rosalind Okafor, signed the privacy policy",
        "VP of operations: Gloria Kowalski",
        "Chair of the ethics committee is Dana Jenkins",
    ],
)
@pytest.mark.sweep(n=3)
def test_items_vendors_and_team_talk_are_left_alone(text: str) -> None:
    assert scan(text) == PhiFindings()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("pt Harold Jenkins owns the power chair, needs a new battery", "name"),
        ("patient Owens needs a walker", "name"),  # a vendor's name is a common surname too
        ("Bard, Margaret needs a refill", "name"),
        ("the boy was born 5/6/2016, Tamika from intake has the CMN", "dob"),
        ("he turns 80 on 1/15, Rosa from billing says the recert is due", "dob"),
        ("Marcus in AR mailed the statement to Harold Jenkins", "name"),
        ("Mrs. Whitfield? she's the lady our intake coordinator called", "name"),
        ("the director of nursing says patient Harold Jenkins fell again", "name"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_a_colleague_or_a_vendor_named_nearby_does_not_hide_the_patient(
    text: str, kind: str
) -> None:
    assert kind in scan(text).kinds
