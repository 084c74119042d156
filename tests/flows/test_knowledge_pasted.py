"""Claim text pasted into a question (flows/knowledge_pasted.py): a quoted all-capitals draft or
an 837 line's description is read as the description or narrative it is, not as the item's
words, so "is this too long" finds the length rule whatever the item is; a beneficiary's town
is read as their state."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge
ABOUT_THE_TEXT = {"narrative-80-characters", "sv101-7-description", "narrative-contents"}


@pytest.mark.parametrize(
    "question",
    [
        "is this too long? 'PADDED TRANSFER BOARD WITH HAND SLOTS, MFR ZETA MDL TB-9, PL $145.00'",
        "does this fit 'ELECTRIC BATH LIFT SEAT RECLINING, SUNCO MODEL BL2 PL $610'",
        "too many characters? 'BARIATRIC SHOWER CHAIR EXTRA WIDE SEAT WITH BACK, MFR KORA'",
    ],
)
def test_a_quoted_draft_is_asked_about_as_a_narrative_whatever_the_item(question) -> None:
    plain = question.split("'")[0] + "'the narrative'"
    assert KB.ask(question).entry_id in ABOUT_THE_TEXT
    assert KB.rank(question)[0].entry.id == KB.rank(plain)[0].entry.id


def test_an_837_line_is_read_by_its_fields_not_by_the_items_words() -> None:
    with_item = KB.rank("SV1*HC:E1399:::::TILT SHOWER COMMODE ACME*412*UN*1***1~ enough?")
    other_item = KB.rank("SV1*HC:E1399:::::KNEE WALKER FOLDING BLUE*95*UN*1***1~ enough?")
    assert with_item[0].entry.id == other_item[0].entry.id


def test_a_quoted_remittance_line_is_still_read_by_its_codes() -> None:
    result = KB.ask("remit says 'SVC E1399 NU BILLED 980.00 ALLOWED 0 CO-16 N350 MA130'. now what")
    assert result.entry_id == "denial-co16-n350"


def test_a_modifier_on_a_pasted_line_still_counts() -> None:
    result = KB.ask("SV1*HC:E1399:RB*88*UN*1***1~ repair part on the pt's own bed. right modifier?")
    assert result.entry_id in {"repair-parts-rb", "narrative-accessory-repair"}


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Tucson bene, which DME MAC gets the claim?", "dme-mac-jd"),
        ("Wichita patient - which contractor processes it", "dme-mac-jd"),
        ("Shreveport and Tulsa patients, which jurisdiction", "dme-mac-jc"),
    ],
)
def test_a_beneficiarys_town_names_their_state(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("delivery address is Wichita, KS. which DME MAC processes it", "dme-mac-jd"),
        ("Knoxville TN address on the order - which jurisdiction?", "dme-mac-jc"),
        ("Little Rock AR and Tulsa OK benes, same DME MAC?", "dme-mac-jc"),
    ],
)
def test_a_town_with_its_postal_code_is_an_address_in_that_state(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    "question",
    ["is it going to rain in Tucson tomorrow", "is it going to rain in Tucson AZ tomorrow"],
)
def test_a_town_alone_is_not_the_beneficiarys_state(question: str) -> None:
    assert not KB.ask(question).answered


@pytest.mark.parametrize(
    ("question", "unmodified"),
    [("837 snip SV1*HC:E1399:NU:::::TUB TRANSFER BENCH W/ CUTOUT*310*UN*1 - is that where "
      "SV101-7 goes?", "NU:"),
     ("SV1*HC:E1399:NU:KX:::::SHOWER COMMODE TILT*640*UN*1***1~ is the description in the right "
      "place", "NU:KX:")],
)  # fmt: skip
def test_the_modifiers_of_a_pasted_837_line_are_not_what_is_asked(
    question: str, unmodified: str
) -> None:
    best = KB.rank(question)[0].entry.id
    assert best in ABOUT_THE_TEXT
    assert best == KB.rank(question.replace(unmodified, ""))[0].entry.id


def test_a_modifier_asked_about_beside_a_pasted_line_is_still_read() -> None:
    question = "SV1*HC:E1399:RR*80*UN*1~ should this be NU instead since we sold it?"
    assert KB.ask(question).entry_id == "rr-nu-ue"
