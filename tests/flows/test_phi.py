"""The PHI guard: identifiers are caught however they are typed or pasted, billing talk is not."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from flows.content import default_content_dir
from flows.messages import Messages
from flows.phi import KINDS, PhiFindings, describe, normalise, scan, scan_all

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "phi"
DEV = yaml.safe_load((CORPUS / "dev.yaml").read_text(encoding="utf-8"))

# Every variant reported in issue 13 that got through the first guard.
REPORTED = [
    ("MBI 1EG4\u2013TE5\u2013MK73", "mbi"),  # en dashes from Word
    ("MBI 1EG4 TE5 MK73", "mbi"),
    ("MBI 1EG4\u00a0TE5\u00a0MK73", "mbi"),  # non-breaking spaces
    ("MBI 1EG4\u00adTE5\u00adMK73", "mbi"),  # soft hyphens
    ("MBI 1EG4\u200bTE5\u200bMK73", "mbi"),  # zero-width spaces
    ("\uff11\uff25\uff27\uff14-\uff34\uff25\uff15-\uff2d\uff2b\uff17\uff13", "mbi"),  # full width
    ("\U0001d7cfEG4-TE5-MK73", "mbi"),  # mathematical bold digit
    ("ssn is 123456789", "ssn"),
    ("date of birth is 03/14/1950", "dob"),
    ("born March 14th, 1950", "dob"),
    ("DOB 03.14.1950", "dob"),
    ("patient mary jones", "name"),
    ("PATIENT MARY JONES", "name"),
    ("Jones, Mary", "name"),
    ("client/resident Mary Jones", "name"),
    ("MRN 00482913", "mrn"),
    ("lives at 4410 Oak Ridge Drive", "address"),
    ("/e1399 codes walker for Mrs. Jones 1EG4-TE5-MK73", "name"),
]


@pytest.mark.parametrize(("text", "kind"), REPORTED)
def test_every_reported_variant_is_caught_with_its_kind(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "case", DEV["identifiers"], ids=[c["text"][:40] for c in DEV["identifiers"]]
)
def test_each_dev_identifier_is_caught_and_named(case: dict[str, object]) -> None:
    assert set(case["kinds"]) <= set(scan(str(case["text"])).kinds)  # type: ignore[arg-type]


def test_billing_look_alikes_rarely_trip_the_guard() -> None:
    tripped = [text for text in DEV["lookalikes"] if scan(text)]
    assert len(tripped) / len(DEV["lookalikes"]) <= 0.02, tripped


@pytest.mark.parametrize(
    "text",
    ["date of service 03/14/2026", "ICN 0221234567890123456789", "NPI 1234567893",
     "model XPO2-100", "price $1,234.50", "HCPCS E1399, E0143", "Dr. Smith signed the order",
     "Jones Medical Supply", "call the PDAC at 877-735-1326", "tax ID 12-3456789",
     "lot number 123456789A", "the patient needs a walker", "MR on file, ms walker"],
)  # fmt: skip
def test_the_billing_talk_named_in_the_brief_is_left_alone(text: str) -> None:
    assert scan(text) == PhiFindings()


def test_normalising_makes_every_dash_and_space_plain_and_drops_invisible_characters() -> None:
    pasted = "\ufeff1EG4\u2014TE5\u2212MK73\u200e\tand\u00a0\u3000more\u202e"
    assert normalise(pasted) == "1EG4-TE5-MK73 and more"


def test_the_warning_names_what_was_found_without_repeating_it() -> None:
    messages = Messages.load(default_content_dir())
    findings = scan("MBI 1EG4-TE5-MK73, DOB 03/14/1950")
    assert describe(findings, messages) == "a Medicare ID (MBI) and a date of birth"
    three = scan("Jones, Mary DOB 03/14/1950 MBI 1EG4-TE5-MK73")
    assert describe(three, messages) == (
        "a Medicare ID (MBI), a date of birth and a patient's name"
    )
    assert "1EG4" not in messages.text("phi_warning", found=describe(findings, messages))


def test_every_kind_has_wording() -> None:
    messages = Messages.load(default_content_dir())
    assert all(messages.has(f"phi_kind_{kind}") for kind in KINDS)


def test_several_fields_are_scanned_as_one() -> None:
    assert scan_all(["walker", None, "DOB 3/14/1950", "call 614-555-0199"]).kinds == (
        "dob",
        "phone",
    )
    assert not scan_all(["walker", None, ""])


def test_a_very_long_message_is_scanned_whole() -> None:
    text = "what goes in the narrative for a knee scooter? " * 200 + "MBI 1EG4-TE5-MK73"
    assert scan(text).kinds == ("mbi",)
