"""The PHI guard on names and record numbers in forms the older rules missed: "Last; First" and
"LAST , FIRST", honorifics of more languages before a patient's name, a name said to be the
patient after a dash or a comma, the patient called a customer by older billing software, record
labels with "n°" or an adjective. And the colleagues, officials, brands and placeholders such
forms must leave alone: out-of-office replies and rotas, a titled name with its role after it,
a judge, a franchise's name with a title, a test record's "John Doe"."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Lamontagne; Réjean", "name"),
        ("ONYEKACHI-HALVERSON , BENEDICT", "name"),
        ("Hajji Mansour Qasemi called about his walker", "name"),
        ("Alhaji Musa Danjuma, pt, prefers calls after 4", "name"),
        ("Khun Somchai Wongsakul called", "name"),
        ("Begum Rukhsana Qureshi, pt", "name"),
        ("W/ro Almaz Haile-Mariam, pt", "name"),
        ("Seu Raimundo Pestana, paciente, pediu a segunda via do boleto", "name"),
        ("Dr. Margit Halvorsen - the patient, a retired dentist, not a prescriber", "name"),
        ("Judge Harriet Pennington (ret.), pt", "name"),
        ("our cust # for her is C-0093718", "mrn"),
        ("customer no. 61-8830 in the old system", "mrn"),
        ("dossier patient n° 2210-4471", "mrn"),
        ("número de expediente clínico 80331927", "mrn"),
        ("encntr 5501287331 from the discharge packet", "mrn"),
        ("MN PMI 01884427", "member_id"),
        ("health ins claim no 290-33-7815 J1", "hicn"),
        ("the MBI starts 6X93, ends CW21", "mbi"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_a_name_or_number_in_a_less_common_form_is_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "on-call rotation: Reyes, Conchita / Nwosu, Priscilla / Faleolo, Tevita",
        "Out of office: Nwosu, Priscilla (AR) returns 4/7",
        "Automatic reply: Reyes, Conchita is out until Monday",
        "RT on call tonight: Dmitri Kasparian",
        "Mr. Gunnar Thorvaldsen, our new CFO, starts Monday",
        "Ms. Pearline Odom (Noridian ombudsman) returned my call",
        "Mrs. Hortensia Valdivieso from the MCO's UM department approved it",
        "ALJ Judge Marisol Ybarra-Quintanilla held the hearing",
        "Sister Mary Agnes is the DON at St. Brigid's, she signs the SNF orders",
        "Mr. Rooter is fixing the warehouse drain",
        "Mr. Handyman installed the grab bars, not us",
        "John Doe test patient in the sandbox, claim 999",
        "Hans Rudolph mask, vendor backordered",
        "Tamara Reyes, PT, did the eval",
        "our customer # at Medline is 4471829",
    ],
)
@pytest.mark.sweep(n=3)
def test_colleagues_officials_brands_and_placeholders_pass(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "on call tonight: pt Jones, Mary needs her O2 refilled",
        "Mr. Bed wants a new remote for the lift chair",
        "Mr. Baker called about his walker",
    ],
)
def test_a_patients_name_in_a_notice_or_after_a_title_still_counts(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("she spelled it for me: four, E, R, two, Q, eight, eight, V, H, three, six", "mbi"),
        ("taking Kristiansen-Abara off my list, she went to hospice", "name"),
        ("bump Achterhof-Mensah to the top, her son is furious", "name"),
        ("mr lindqvist's chair", "name"),
        ("account holder Cosimo Albanese wants paperless statements", "name"),
        ("pt's house: what3words ///lantern.mossy.ribbon, no street number out there", "address"),
        ("GPS pin for the pt's cabin (driver needs it): 61.5829, -149.4411", "address"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_a_case_worked_by_surname_a_spelled_mbi_or_a_map_point_is_refused(
    text: str, kind: str
) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Pastor Gideon at the church wants to rent a ramp for the event - not a pt",
        "Ms. Rachel videos for the kids at the peds clinic",
        "accreditation ID (ACHC) 44188",
        "the battery box says 3E78P43MW26 - is that a serial or a lot?",
        "our warehouse pin 39.9612, -82.9988",
        "pt takes 0.1250, 0.2500 mg",
        "bump Graham-Field to the top of the vendor list",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_said_non_patient_a_show_a_supplier_number_or_a_dose_pass(text: str) -> None:
    assert not scan(text)
