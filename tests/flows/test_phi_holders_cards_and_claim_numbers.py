"""The colleague a message names as holding a case ("Ines Valcourt has it") is left out of the
PHI guard's reading, whatever else the message holds, while a patient named anywhere else in it
is still refused; a colleague said to be out or covering no longer lets a patient's name and phone
in the same message through; and a colleague's birthday card or the office's birthday list is
team talk, while a patient's birth date beside the same words is still refused; a claim number
with a beneficiary code after it is an old Medicare number (HICN), a payer's claim number is not."""

from __future__ import annotations

from flows.phi import scan

HOLDERS = (
    "Ines Valcourt has it; the E1399 quote from Granite Mobility is $2,310",
    "Torsten Ekberg has this one - Noridian or Medicaid first for the tilt chair?",
    "RMA 55120 | MARGIT HOLLENBECK IS ON IT | backorder till Friday",
    "ICN 2245190873412, Desmond Achterberg is working it, allowed $418.60",
    "claim for the K0108 came back CO-16, Ravi Subramaniam is handling it",
    "priya venkataraman has it, is the medicaid narrative long enough?",
)

STILL_REFUSED = (
    # the patient named beside the holder
    ("Ines Valcourt has it; Dumont, Yvette, Medicaid ID 48812093371", {"name", "member_id"}),
    ("Torsten Ekberg has this one\nHOLLIS QUARTERMAINE DOB 02/11/1937", {"name", "dob"}),
    ("Desmond Achterberg is on it, Gunnhild Ostrowski 603-555-0144 wants a call", {"phone"}),
    ("Kyle Brannock has it. Ostrowski, Gunnhild (413) 555-0187 re the commode", {"name"}),
    # the holder's words after a patient's word, a title, a relative or an age
    ("pt Orla Fenwick has it at home, the K0001 rental", {"name"}),
    ("Mrs. Orla Fenwick has it, the loaner chair", {"name"}),
    ("the daughter Bettina Kronos has it and will call back", {"name"}),
    ("Dorothy Kessling, 91, has it since March", {"name"}),
    # the words go on to say where it is held: not a ticket
    ("Anselm Grieve has it on file as 07/19/1940", {"name", "dob"}),
    # what is held is the patient's item
    ("Harriet Lindgren has it, the rollator from May, 413-555-0148", {"name", "phone"}),
    ("Augustin Pelletier is on it nightly, the CPAP, 413-555-0136", {"name", "phone"}),
)

BESIDE_A_COLLEAGUE_AT_WORK = (
    (
        "Tovah Brinkerhoff is covering; Quiñones, Adelaida 413-555-0162 wants a callback",
        "phone",
    ),
    (
        "Emeric Vantongeren out sick. Adelaida Quiñones (413) 555-0119 asked about rent",
        "phone",
    ),
    ("Wilhelmina Strand handles the refunds: Dabrowski, Teodor teo.dab@gmail.com", "email"),
    ("Jonas Pettersen is out Friday - Halvorsen, Birgit 413.555.0175 left a voicemail", "phone"),
)

COLLEAGUES_ALONE_AT_WORK = (
    "Tovah Brinkerhoff is covering today, Emeric Vantongeren out sick",
    "Jonas Pettersen is out Friday; his desk line 413-555-0101 forwards to the front",
)

TEAM_CARDS = (
    "Marisol Ybarra's birthday is Nov 9 - sign the card at the front desk",
    "office bday list: Tamsin 2/8, Gideon 5/30, Ruth 10/12",
    "Ferdinand Oyelaran (AR) turns 50 on 8/14, card going around",
    "Lucinda's daughter was born Feb 3, baby shower Thursday in the break area",
    "send a card: Halvard Nygaard's birthday was Sunday",
)

PATIENT_BIRTHDAYS = (
    "Marisol Ybarra DOB 11/09/1941 - send a card from the store?",
    "pt Halvard Nygaard bday 5/30, sign the card we mail patients",
    "birthday card for the patient Ruth Okafor, born 10/12/1936",
)


def test_a_colleague_holding_a_case_passes() -> None:
    assert [text for text in HOLDERS if scan(text)] == []


def test_a_patient_beside_a_holder_or_after_a_patients_word_is_refused() -> None:
    missing = [(text, kinds - set(scan(text).kinds)) for text, kinds in STILL_REFUSED]
    assert [(text, kinds) for text, kinds in missing if kinds] == []


def test_a_patient_beside_a_colleague_at_work_is_refused() -> None:
    found = [(text, scan(text).kinds) for text, _ in BESIDE_A_COLLEAGUE_AT_WORK]
    wanted = [kind for _, kind in BESIDE_A_COLLEAGUE_AT_WORK]
    assert [
        text for (text, kinds), kind in zip(found, wanted, strict=True) if kind not in kinds
    ] == []
    assert [text for text, kinds in found if "name" not in kinds] == []


def test_colleagues_at_work_alone_pass() -> None:
    assert [text for text in COLLEAGUES_ALONE_AT_WORK if scan(text)] == []


def test_a_colleagues_birthday_card_or_list_passes() -> None:
    assert [text for text in TEAM_CARDS if scan(text)] == []


def test_a_patients_birth_date_beside_a_card_is_refused() -> None:
    assert [text for text in PATIENT_BIRTHDAYS if "dob" not in scan(text).kinds] == []


CLAIM_NUMBERED_HICNS = (
    "claim # 508113274K on the 2016 remit she kept",
    "the widow's claim number 622 90 4417 W1 from the SSA letter",
    "old paper MSN, claim no. 417-58-2290-B2, can we still appeal?",
)

CLAIM_NUMBERS = (
    "claim # 508113274 denied CO-16, resubmit?",
    "claim #508113274 b/c the DWO was unsigned",
    "claim 508113274 A walker line was denied",
)


def test_a_claim_number_with_a_beneficiary_code_is_an_old_medicare_number() -> None:
    assert [text for text in CLAIM_NUMBERED_HICNS if "hicn" not in scan(text).kinds] == []


def test_a_payers_claim_number_passes() -> None:
    assert [text for text in CLAIM_NUMBERS if scan(text)] == []


# "X has it" may be the patient having something: with a family word, a title, an age, a patient's
# word or the patient's item anywhere in the message, no name is left out.
HOLDERS_WHO_MAY_BE_PATIENTS = (
    "Wendell Oakhurst has it, his niece says the claim for the bed was denied",
    "Philippa Szymanski is on it, 88 y/o, the family wants an appeal",
    "Thaddeus Morrow has it per Dr. Lindqvist, ALS, waiting on the chair",
    "WENDELL OAKHURST HAS THIS ONE - HOSPICE, WIFE IS POA",
    "margaret szymanski has it, the member's sister keeps calling",
    "Thaddeus Morrow has it — the denial came back on his oxygen last week",
    "Wendell Oakhurst has it via his daughter's plan, BCBS",
)

# A birthday list or a shower beside a date written with its year is about someone's birth, not
# the team's: the names in it are refused.
DATED_BIRTHDAYS = (
    "birthday list for the peds clinic: Jonah Whitt 4/11/18 and Lila Baer 9/3/2015, both standers",
    "baby shower for Kenna Ruiz Saturday, she asked if Medicaid covers a pump, born 6/7/2002",
)


def test_a_holders_words_beside_a_patients_cues_keep_the_name() -> None:
    assert [text for text in HOLDERS_WHO_MAY_BE_PATIENTS if "name" not in scan(text).kinds] == []


def test_a_birthday_list_with_years_is_refused() -> None:
    assert [text for text in DATED_BIRTHDAYS if "name" not in scan(text).kinds] == []
