"""The PHI guard on names the earlier forms missed: a household member's given name ("her
partner Leocadio"), a courtesy title of another language ("Mevrouw", "Ông"), a representative
payee, a surname with accents opening a message before the claim's outcome, a name split by
several zero-width spaces; and the look-alikes beside them: products and characters named with a
title, staff named with their job."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "her partner Leocadio picks up the rollator friday",
        "goddaughter Oluwaseun signed the delivery ticket",
        "the roommate Thandiwe has the key for the delivery",
        "his sister Rosalba is the rep payee now",
        "Ông Nguyễn Văn Bảy hỏi về hóa đơn",
        "Meneer Hendrik Oosterhuis belde over de rolstoel",
        "Signora Carmela Bonfiglio needs the commode",
        "Iñárritu denied for same or similar",
        "Mr. Haverford from Ocala FL is the patient",
        "patient\u200b\u200b\u200bWinifred\u200bAshcombe",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_household_member_or_a_patient_named_in_these_forms_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Peanut costume for the halloween potluck",
        "Miss Piggy mug on the front desk is mine",
        "Mrs. Doubtfire movie night friday",
        "our partner Medline ships the parts",
        "Mr. Smith from Medline called about the quote",
        "Medline denied the return",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_titled_product_or_a_company_in_these_forms_passes(text: str) -> None:
    assert "name" not in scan(text).kinds
