"""A capitalised word between "the" and a case's word in the plural names a batch (a town's, a
payer's, a site's claims), not one patient's case, so the message passes; one patient's case in
the singular, several of one patient's counted, or two surnames joined are still refused."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "timely filing for Tribal Care is 12 months? the Bethel claims are old",
        "can someone work the Kotzebue denials before month end",
    ],
)
def test_a_batch_of_claims_passes(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "the Przybylski claim is stuck at the clearinghouse",
        "merge the two Oyelowo charts, same woman",
        "the Castellanos-Whitby appeals were both upheld",
    ],
)
def test_one_patients_case_is_still_refused(text: str) -> None:
    assert "name" in scan(text).kinds
