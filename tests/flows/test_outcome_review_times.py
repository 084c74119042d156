"""A planned delivery that needs a prior authorization is told how long a review takes only
where that time is the payer's own: Original Medicare's 7 calendar days (facts F9.2) is never
quoted to a Medicaid, Medicare Advantage or commercial claim, whose plan sets its own (F9.3,
F9.4)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.flows.test_outcome_situations import outcome

PLANNED: dict[str, Any] = {
    "date_of_service": "2026-12-20",  # after TODAY: a planned delivery
    "documents": {"order": "have", "prior_authorization": "unknown"},
    "claim": {"status": "not_submitted"},
}


@pytest.mark.parametrize("payer", ["medicaid", "medicare_advantage"])
def test_a_plans_planned_delivery_is_not_told_medicares_review_time(payer: str) -> None:
    found = outcome("adaptive stroller, pediatric", payer={"type": payer, "state": "NC"},
                    **PLANNED)  # fmt: skip
    before = next(f.action for f in found.follow_up if f.id == "before_delivery")
    assert "Request the prior authorization now" in before
    assert "the plan sets its own review time" in before
    assert "Medicare" not in before and "7 calendar days" not in before


def test_a_commercial_planned_delivery_is_sent_to_the_plans_list_not_medicares_time() -> None:
    found = outcome("adaptive stroller, pediatric", payer={"type": "commercial", "state": "NC"},
                    **PLANNED)  # fmt: skip
    steps = {f.id: f.action for f in found.follow_up}
    assert "check the plan's list" in steps["prior_authorization"]
    assert not any("7 calendar days" in action for action in steps.values())
