"""A patient named at the start of a message with an age or a birth year after the name ("Wilfred
Ashdown (born in 1937) phoned about the lift"), with a middle name of another culture ("Mosese
Kaufusi Latu wants a pickup"), owning an item a word or two on ("Tevita Fifita's power chair"),
doing what a patient does in its ongoing form ("Marchetti is asking for a payment plan"), named
as whose relative is talking ("the widow of Casimir Wendt called"), and a "LAST, FIRST" in
capitals heading a remittance's or a worklist's row ("MWANGI, WANJIRU  E0601  CO-16") are
refused, even when no list holds the given name; a birth year alone, a maker's model with its
year, a payer or a maker doing the same, a company's row and staff lines still pass."""

from __future__ import annotations

import pytest

from flows.phi import scan

REFUSED = (
    # an age or a birth year right after a name opening the message
    "Wilfred Ashdown (born in 1937) phoned about the lift",
    "Ignatius Fairclough b 1939 still owes the copay",
    "Eudora Penwarden DOB 1942 - denied again, same reason",
    "Thelonius Abernethy YOB: 1936",
    "Cordula Whitcombe, 86, born 1938, wants the bed picked up",
    "Augustin Pellerin age 81 yob 1943 needs a new cushion",
    "Hyacinth Bromley, b.1940, age 84, called twice",
    "Lavinia Treloar (b. 1935) refused the delivery",
    "Bathsheba Kimmel year of birth 1944",
    "Ottilie Branscombe birth year 1941 needs a recert",
    "Seraphine Oyelowo born 1947",
    # a middle name between the given name and the surname
    "Mosese Kaufusi Latu wants the commode picked up",
    "Siaosi Tevaga Fonoti needs his oxygen tanks swapped",
    "Kojo Boakye Agyeman called about the rental",
    "Efua Serwaa Appiah asked for an itemised bill",
    "Aleksandr Ivanovich Petrenko refused the loaner",
    # a person's verb in its ongoing form after the name
    "Ambrose Penhallow is asking about the lift chair",
    "Leocadia Brunswick was disputing the copay",
    "Ogundipe is asking whether the bed shipped",
    "Przybylski keeps calling about the statement",
    "Hilarion Vasko was complaining about the noise",
    "Radegund Ellery keeps calling the Minot office",
    "Osric Thistlewood is moving to assisted living",
    "Marchetti is asking for a payment plan",
    "Bellweather is calling about the denial",
    "Fenwick-Obi is still declining the loaner",
    # an item owned by the name, a word or two after it
    "Tevita Fifita's power chair eval is scheduled for tuesday",
    "is Ysolde Haverty's old power chair still here",
    "can we pick up Ottoline Frayne's rented hospital bed",
    "Benedikt Quist's new lift chair came back damaged",
    "did Perpetua Hollins's spare oxygen tank get swapped",
    "Leocadia Brunswick's seat cushion cover ripped",
    "please reorder Hilarion Vasko's nebulizer mask kit",
    "Radegund Ellery's folding walker is squeaking",
    "Osric Thistlewood's pressure mattress pump is loud",
    "Eulalie Brannock's portable concentrator battery died",
    # whose relative is talking: "the widow of", "the family of" and a name
    "the son of Ptolemy Grayson wants the chair picked up",
    "the widow of Casimir Wendt called about the refund",
    "the daughter of Eulalie Brannock says the bed is squeaking",
    "the wife of Leopold Hartigan signed for the walker",
    "the guardian of Zebulon Pickett faxed the court papers",
    "the family of Radomir Kovach wants the oxygen removed",
    "the granddaughter of Ignatius Pemberton disputes the bill",
    "the sister of Anselm Whitlock picked up the cushion",
    "the mother of Isidore Blackwood called twice today",
    "the nephew of Chinedu Okparaeke picked up the walker",
    "the wife of Tavita Leaupepe wants the bed moved upstairs",
    "the guardian of Yusuf Karadeniz sent the court order",
    # "LAST, FIRST" in capitals heading a pasted row, a given name in no list
    "MWANGI, WANJIRU  E0601  DOS 02/11/2025  CO-16",
    "denied: TAUFAHEMA, MELE  K0001 CO-50",
    "aging -> OGUNLEYE, TEMITOPE  E1399  91-120 days  $318.40",
    "ALAPATI, SRAVYA\tA7030\t$92.15",
    "worklist row KOWALEWSKA-NOWAK, JADWIGA  E0143  pending",
    "remit: FALEOLO, SINA E0260 paid 0.00 PR-204",
    "ADEYEMI-COLE, TOLU  L3000  rejected",
)

PASSING = (
    # a birth year alone, with no name before it
    "patients born 1940 or earlier rarely use this model",
    "the DOB 1939 field on the old intake form is a year box only",
    # a maker's model with its year, a product line with a middle word
    "Invacare Platinum (2019) needs a new filter",
    "Pride Jazzy Select needs new batteries",
    "Drive Medical Nitro needs a recall check",
    # a payer, a maker or an office doing the same; "of" before a company or a phrase
    "Invacare is calling back about the recall",
    "Medicare is paying 80% now",
    "Drive Medical keeps calling about the recall",
    "Humana is requesting records for the audit",
    "Noridian was asking for the CMN again",
    "the clinic is calling about the referral",
    "Tilite Aero is shipping next week",
    "the family of Invacare products",
    "the father of Medicare Advantage",
    "the mother of all denials came back",
    "the family of Permobil Corpus chairs",
    "the daughter of Dr. Smith",
    "the son of the owner runs the Minot store",
    # a company's, a payer's or an item's row in capitals
    "INVACARE, DRIVE  E0260  quote",
    "NORIDIAN, JURISDICTION D  denied",
    "PRAIRIE DME, LLC  E0260  $412.00",
    "BLUE CROSS, BLUE SHIELD  CO-45",
    "OXYGEN, PORTABLE  E0431  rental",
    "WALKER, FOLDING  E0143  purchase",
    "CUSHION, SKIN PROTECTION  E2603  paid",
    # a maker and its product, or a health system and its town, heading a row
    "ROHO, QUADTRO  E2622  paid",
    "SUNRISE, QUICKIE  K0005  pending",
    "MAYO, ROCHESTER  E0601  rental",
    "DRIVE, NIMBO  E0143  delivered",
    "ESSENTIA, FARGO  E0431  $120.00",
    # staff and clinicians
    "Dr. Harriet Okonjo signed the order",
    "billing supervisor Marcus J. Renfro approved the write-off",
    "Dr. Marchetti is asking for the DWO",
    "our Pride rep is asking about the demo",
)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", REFUSED)
def test_patient_named_by_life_note_middle_name_ongoing_verb_relative_or_remit_row_is_refused(
    text: str,
) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", PASSING)
def test_birth_years_models_payers_company_rows_and_staff_pass(text: str) -> None:
    assert not scan(text).kinds
