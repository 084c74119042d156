"""Claim dates that cannot all be right (a determination dated before the item was delivered)
are named as a likely typo, and the deadlines and steps counted from them say they rest on it
instead of stating a date as settled."""

from __future__ import annotations

import datetime as dt

from tests.flows.test_outcome_due_dates import claim
from tests.flows.test_outcome_situations import BUILDER

TODAY = dt.date(2026, 12, 6)
DOUBT = "This date is counted from 10/01/2026, which is out of order"


def _denied(submitted_on: str | None, determination_date: str) -> dict:
    return {"status": "denied", "submitted_on": submitted_on,
            "determination_date": determination_date, "denial_codes": ["CO-50"]}  # fmt: skip


def test_a_determination_before_the_date_of_service_is_flagged_with_both_dates() -> None:
    denied = claim("Rollator cane holder", date_of_service="2026-11-01",
                   claim=_denied("2026-11-05", "2026-10-01"))  # fmt: skip
    found = BUILDER.build(denied, TODAY)
    flagged = [w for w in found.warnings if "before the date of service" in w]
    assert len(flagged) == 1 and "(10/01/2026)" in flagged[0] and "(11/01/2026)" in flagged[0]
    assert "likely a typo" in flagged[0]
    assert not any("before the submission date" in w for w in found.warnings)  # said once
    (window,) = found.deadlines
    assert window.id == "redetermination" and window.why.startswith(DOUBT)
    step = next(f for f in found.follow_up if f.id == "redetermination")
    assert step.when == window.date and step.action.startswith(DOUBT)
    assert DOUBT in BUILDER.markdown(denied, TODAY)


def test_a_determination_before_the_submission_only_keeps_its_own_warning() -> None:
    denied = claim("Rollator cane holder", date_of_service="2026-09-01",
                   claim=_denied("2026-10-15", "2026-10-01"))  # fmt: skip
    found = BUILDER.build(denied, TODAY)
    assert any("before the submission date" in w for w in found.warnings)
    assert not any("before the date of service" in w for w in found.warnings)
    assert found.deadlines[0].why.startswith(DOUBT)


def test_dates_in_order_are_stated_without_a_doubt() -> None:
    denied = claim("Rollator cane holder", date_of_service="2026-09-01",
                   claim=_denied("2026-09-10", "2026-10-01"))  # fmt: skip
    found = BUILDER.build(denied, TODAY)
    assert not any("typo" in w or "check the dates" in w for w in found.warnings)
    assert found.deadlines[0].why.startswith("Safe date: 120 days")
    assert "out of order" not in BUILDER.markdown(denied, TODAY)
