"""Identifiers in the forms a pasted note from a small island or rural supplier takes: an address
after its label with no street word, only a house, lot or building number, a village or island and
the state or territory with its ZIP code; a Medicaid presumptive eligibility number; an e-mail
address that spells the name right before it, whoever called; a name standing alone in one field
of a pasted list, named in the warning in any case. A single name opening a message before a
word for the whole team stays a name: a patient says the same."""

from __future__ import annotations

import pytest

from flows.phi import scan

STREETLESS_ADDRESSES = (
    "address 14 Umatac Village, Guam 96915",
    "addr: house 7, merizo, gu 96915",
    "deliver to Lot 212 Dededo, GU 96929-3301",
    "mailing addr Bldg 3 Apt 19, Garapan, Saipan MP 96950",
    "lives at c/o the deacon's house, Kaunakakai, HI 96748",
    "ship to Unit 4B, Frederiksted, St Croix VI 00840",
    "address Apt 12, Koror Heights, Tinian, Northern Mariana Islands",
    "home address: trailer 9, Bethel, AK 99559",
    "new address is Parcel 18, Kotzebue, Alaska 99752",
    "address Casa 22, Barrio Pueblo, Utuado PR 00641",
    "address 301 Sinajana Heights, Guam 96910 - can we ship tomorrow?",
    "mailing address: cabin 3 past the ferry landing, Vinalhaven, ME 04863",
    "address Rancho 9, Ganado, Arizona 86505, call before delivering",
    "lives at 88 Talofofo village, GU 96915; oxygen due monday",
    "deliver to house 19, Hāna, Maui HI 96713 when the van goes",
    "addr Lot 4 Kalaupapa, Molokai, Hawaii",
    "address Space 31, Quartzsite AZ 85346 is where the bed goes",
    "the order goes to PO 9, Yap, FM 96943 / address Lot 2 Colonia, Yap FM 96943",
    "address c/o her sister, Togiak, AK 99678",
    "ship to Room 4, Hopi Senior Center... no wait, address 12 Second Mesa, AZ 86043",
    "lives at Apt 3, Mangilao, Guam",
)

PLACES_AND_BUSINESS_ADDRESSES = (
    "our remit address is PO Box 6727, Fargo, ND 58108",
    "the address field on the 1500 wants the ZIP, like 96799",
    "ship to our warehouse, Tamuning, GU 96913",
    "address the denial letter to Noridian, Fargo, ND 58108",
    "mail to CGS Administrators, Nashville, TN 37202",
    "the supplier address for Jurisdiction D is Fargo, ND 58108",
    "the address line should read Suite 200, Honolulu, HI 96813 for our billing office",
    "send it to the Guam branch office, Hagatna, GU 96910",
    "can the address box take a ZIP+4 like 96799-1234?",
    "deliver to the clinic loading dock, Saipan, MP 96950",
    "address for appeals: DME MAC Jurisdiction A, Hingham, MA 02043",
    "our office moved to Bldg 5, Tamuning, Guam 96913",
    "does the address need the state spelled out, e.g. American Samoa?",
    "ship to the vendor, Pago Pago, AS 96799",
    "address: Region D DME MAC, Fargo, North Dakota",
    "the payer's address changed to Suite 300, Columbia, SC 29202",
    "deliver to Home Depot, Hilo, HI 96720 for the ramp parts",
    "address on the ABN is the supplier's, Anchorage, AK 99501",
    "mail to the manufacturer's repair depot, Ontario, CA 91761",
    "address check: 96799 is American Samoa's only ZIP, is that right?",
    "home office is in Tamuning, GU 96913",
)

PRESUMPTIVE_ELIGIBILITY_NUMBERS = (
    "Medicaid PE# 4410293385 for the walker",
    "she only has a Medi-Cal PE # 90817263 so far",
    "billing the rollator, Medicaid PE id 77810293",
    "AHCCCS PE number 5521098833 came through yesterday",
    "pt has Medicaid presumptive eligibility # 66120938 until the card comes",
    "Medicaid pe# 3310928871 on file for the hospital bed",
)

PRESUMPTIVE_ELIGIBILITY_TALK = (
    "does Medicaid PE cover E1399 rentals?",
    "Medicaid PE lasts until the end of the next month, right?",
    "is PE # required on the 1500 for Medicaid?",
    "Medicaid presumptive eligibility ended in March for that program",
    "the PA # 5446338526 came back approved",
)

PATIENTS_WHO_WANT_THINGS = (
    "Okonkwo-Ferreira wants a new cushion, MBI 4TY7-QW2-RT55",
    "Przybylski needs the walker swapped, DOB 3/4/1941",
    "Tuiasosopo wants everything in writing before he signs, cb 684-555-0133",
    "Ngata wants his chair back, MRN 448812",
    "Kealamakia needs the oxygen refilled, dob 2/14/1939",
    "Vainikolo asked for a loaner, MBI 2HJ4KL8MN35",
    "Faleolo wants everything picked up Tuesday, member id 88123345",
)

MAILBOXES_SPELLING_THE_NAME = (
    "the wound clinic called about TUPOU, MELE — mele.tupou@example.com",
    "the infusion center faxed about Kekoa Alapai - kekoa.alapai@example.net",
    "the rehab office emailed about HALAPUA, SIONE — shalapua@example.org",
    "the clinic sent over Nalesoni Fifita, nfifita@example.net",
    "the PT office asked about MAKOA, LEIALOHA | leialoha.makoa@example.com",
    "the pharmacy faxed about Ana Vake — anavake@example.org",
    "the nursing office called about Teuila Masoe - teuila.masoe@example.com",
    "our store got a note about Hinemoa Tawhiri — hinemoa.t@example.net",
    "the dialysis unit asked about Faleolo, Losana — losana.faleolo@example.com",
    "the Guam clinic wrote about CRUZ, JOAQUIN — jcruz@example.net",
    "the Saipan office called about Tenorio, Rosalia / rosalia.tenorio@example.org",
    "the Kona clinic called about Kawika Kahale — kawika.kahale@example.com",
    "the hospital office called about BORJA, ANTONIA — antonia.borja@example.net",
    "the sleep lab faxed about Ofa Tonga / ofatonga@example.com",
    "the Yap clinic called about Maria Fathal — maria.fathal@example.net",
    "the wound clinic called about Sefita Hufanga, sefita.hufanga@example.org",
    "the home health office asked about Talia Leota — talia.leota@example.com",
    "the VA clinic wrote about Quitugua, Jesus — jquitugua@example.net",
)

STAFF_MAILBOXES = (
    "the Humana rep is Kalena Mahoe, kalena.mahoe@example.net",
    "our new biller is Sione Tapueluelu — sione.t@example.com",
    "ask Ofa Tonga in billing, ofa.tonga@example.com",
    "the Medline rep, Rangi Parata — rangi.parata@medline.com",
    "Dr. Leota's office manager — office@example.org",
    "clinic billing contact: billing@tamuningclinic.example",
    "our compliance officer, Talia Leota — tleota@example.org",
    "the Noridian rep Maria Fathal — maria.fathal@noridian.example",
    "new hire Kawika Kahale starts monday — kkahale@example.com? (his work email)",
    "our driver Sefita Hufanga — sefita@example.com has the van keys",
    "the clinic's front desk: frontdesk@example.org",
    "invoices go to ap@example.net",
    "the wound clinic's scheduler is Teuila Masoe — teuila@example.org",
    "our office manager Hinemoa Tawhiri — hinemoa@example.net",
    "cc Antonia Borja (billing lead) — aborja@example.com",
)

SLASHED_NAMES = (
    "elig came back as NG/ANNA 04/12/1941",
    "271 shows HALVORSEN/INGRID, MBI 4TY7QW2RT55",
    "LY/MAI on the 271 with dob 3/9/1944",
)

NAMES_IN_PASTED_FIELDS = (
    "before this goes to CGS, Fonoti, Lealofi T\nHICN 412092817A\nmbi=4TY7QW2RT55",
    "the Yap boat leaves Monday, sort this out for LUKEN FALAWAG\n"
    "addr: Lot 9 Colonia, Yap FM 96943\nmbi 4ty7qw2rt55",
    "the Chuuk clinic radioed about eperiam sapwin\ndate of birth 2/14/44",
    "CHECK ON TAKIS NAPUTI  LAST 4 OF SSN 3709  E0601 RENTAL",
    "REDO THE CMN FOR AFAESE TUPUOLA  CELL (684) 555-0199  SS# 512 44 9031",
    "re the PA request for Sablan-Aldan, Josefina R  Brightree pt ID 40123  DOB 3/9/1941",
    "hospice took over for tavita lauofo  pa # 2210493381  hicn 412092817a",
    "trying to match the payment to lefaga soifua, encounter # E150093411, DOB 5/5/1937",
    "the son came in asking about iosua t. leavasa\n"
    "her email iosualeavasa@example.com\nborn 05.02.1948",
    "CSR ticket: Tuaolo, Meleane\nDOS 1/2/26\nsocial ends in 4471",
    "anyway, Faumui, Salote K | soc sec 512.44.9031 | mbi=4TY7QW2RT55",
    "the Saipan clinic called about CAMACHO-REYES, ANICETA\nHICN 412092817A",
    "need this sorted for Alofaituli, Pepe T\nher number (670) 555-0117\nHumana member H19546970",
    "before I send this to Noridian, Leiataua, Seumanu\nMBI 4TY7-QW2-RT55",
    "FYI the daughter handles everything for TUIASAU LEAPAI  MBI xxxxxxxRT55",
    "the Kosrae office radioed in about nena kilafwasru  DOB 11/23/1941",
    "POWER WAS OUT, CHECK ON ILIGANOA T. MAUSALI  SSN 512-44-9031",
    "the Palau clinic asked about Ngiraked, Yosko  DOB 6/6/1936  MRN 5512093",
    "can we write off the balance for Lauina-Seiuli, Filifili; DOB 1/1/1940",
    "hold the concentrator for kaleopa tuitele  mbi 4TY7QW2RT55  tracking 1Z9931",
)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", STREETLESS_ADDRESSES)
def test_a_labelled_address_ending_in_a_zip_or_territory_is_refused(text: str) -> None:
    assert "address" in scan(text).kinds


def test_a_business_address_or_zip_talk_passes() -> None:
    assert [text for text in PLACES_AND_BUSINESS_ADDRESSES if scan(text)] == []


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", PRESUMPTIVE_ELIGIBILITY_NUMBERS)
def test_a_medicaid_presumptive_eligibility_number_is_a_member_id(text: str) -> None:
    assert "member_id" in scan(text).kinds


def test_talk_about_presumptive_eligibility_passes() -> None:
    assert [text for text in PRESUMPTIVE_ELIGIBILITY_TALK if scan(text)] == []


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", PATIENTS_WHO_WANT_THINGS)
def test_a_patient_who_wants_something_is_still_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", MAILBOXES_SPELLING_THE_NAME)
def test_a_mailbox_spelling_the_name_before_it_is_the_patients(text: str) -> None:
    assert {"name", "email"} <= set(scan(text).kinds)


def test_a_colleagues_or_reps_mailbox_passes() -> None:
    assert [text for text in STAFF_MAILBOXES if scan(text)] == []


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", NAMES_IN_PASTED_FIELDS)
def test_the_warning_names_a_name_alone_in_a_pasted_field(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize("text", SLASHED_NAMES)
def test_an_eligibility_reply_last_slash_first_is_a_name(text: str) -> None:
    assert "name" in scan(text).kinds


# One name opening a message before a word for the whole team: a patient as often as a colleague
# ("Faleolo wants everyone to know her concentrator is beeping"), so the guard refuses it.
NAME_BEFORE_THE_TEAM = [
    "Faleolo wants everyone to know her concentrator is beeping again",
    "Sione needs the team to redo his CMN before Friday",
    "Mapusaga wants everybody to stop sending her bills",
    "Vaifale wants the staff to pick up her hospital bed",
    "Amituanai needs all drivers to use the back door at his house, he is on hospice",
    "VU/HA concentrator swap tomorrow",
]


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", NAME_BEFORE_THE_TEAM)
def test_a_name_before_the_whole_team_or_slashed_short_names_are_refused(text: str) -> None:
    assert "name" in scan(text).kinds


# "our" or "we" after a patient's address makes it ours only with a business's word next: "our
# office", not "our driver has it" nor "the patient we saw".
@pytest.mark.parametrize(
    "text",
    ["pt address is lot 9 Vaitogi, Tutuila 96799, our driver knows the way",
     "she lives at house 31 Afono Village, Tutuila 96799 and we deliver Tuesdays",
     "deliver to 4 Mangilao Heights, Mangilao, GU 96913 for the man we saw Monday",
     "home address: c/o the chapel, Ofu, AS 96799, our records agree"],
)  # fmt: skip
def test_our_words_after_a_patients_address_leave_it_refused(text: str) -> None:
    assert "address" in scan(text).kinds


def test_an_address_said_to_be_our_business_passes() -> None:
    assert not scan("remit address: Suite 4, Tamuning, GU 96913 for our billing office").kinds


@pytest.mark.parametrize("model", ["Carrot 3 CR3", "Convaid Carrot 3 CR3, pediatric car seat",
                                   "Trekker 2 SR2 stroller base"])  # fmt: skip
def test_a_model_with_a_road_code_glued_to_its_number_is_not_an_address(model: str) -> None:
    assert "address" not in scan(model).kinds


@pytest.mark.parametrize("address", ["she lives at 3961 CR 8", "ship to 3301 SR 664 S",
                                     "delivered to 958 route16", "3 CR 3 Smithville"])  # fmt: skip
def test_a_house_number_on_a_county_or_state_road_is_still_an_address(address: str) -> None:
    assert "address" in scan(address).kinds
