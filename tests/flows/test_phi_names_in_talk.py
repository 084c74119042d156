"""The PHI guard on names with no cue word in the shapes held-out 10's first run (and dev15's
and dev17's) missed, each in new wordings: a surname alone before a MAC's record request or an
appeal, or after a few words such as "still hasn't"; a surname ending a question ("any news on
Mrozek?"); a lower-case title before a name in no list; a name with a doctor's title said to be
the patient; two surnames before "First"; a relative's given name after "'s name is"; a full
name owning the relative the message is about; a surname opening a message before an item and
the case's word ("Okeke hospital bed pickup"); a full name opening a message before a person's
verb. And the look-alikes those rules must leave alone:
a MAC, a maker or a payer in the same places, a street's branch, the writer's own records
department, a word joined to a lower-case one ("Co-pay balance")."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "Kowalczyk redetermination went out today",
        "the Vanderhoek ADR came back",
        "anything back on Szymanski?",
        "did we hear anything about Lindqvist?",
        "Wojcik still hasn't paid the copay",
        "Hargreave never returned the rental",
        "Ostrowski won't sign the ABN",
        "ms oyelaran called about the bill",
        "Prof. Elspeth Grunewald is our patient, retired chemist",
        "Herrera Montoya, Guadalupe",
        "the husband's name is Radomir, he'll sign",
        "Philippa Hargreave's son picked up the walker",
        "Wisniewska rollator - CO-50 again",
        "Guðmundsdóttir walker denied, needs the ABN",
        "Benedetta Quagliarello still owes the copay",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_patient_named_in_everyday_talk_is_refused_as_a_name(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Noridian ADR is due the 12th",
        "the Palmetto redetermination is due",
        "Complex ADR is due the 12th",
        "any update on Novitas?",
        "any update on Bledsoe?",
        "is anyone covering for Olsen today?",
        "Medline still hasn't shipped the order",
        "Ki Mobility never called back",
        "MR dept called about the records",
        "Dr. Haverkamp is the ordering physician for this patient",
        "Humana Gold Plus is the patient's plan",
        "Sarah Kim is our patient liaison",
        "Ms. Green is our patient access manager",
        "Young Street branch closes at noon",
        "the Elm Street office moved",
        "Cheers, Tamsin",
        "Co-pay balance is still open on the rental",
        "Pre-payment claim review letters go to the MAC",
        "Moen shower chair is backordered",
        "Kohler bath seat quote came in",
        "Bariatric bed pickup Thursday",
        "Tilite Aero needs new casters",
        "Drive Medical still owes us a credit",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_mac_a_maker_a_doctor_or_a_street_in_the_same_places_passes(text: str) -> None:
    assert not scan(text)
