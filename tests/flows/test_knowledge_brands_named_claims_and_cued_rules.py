"""A Medicare Advantage brand asked about prior authorization gets the Medicare Advantage entry
(each plan sets its own rules), and asked about a claim's status the plan's billing entry, not the
DME MACs' portals; the asker's own health or drug plan, the asker's own plan covering the asker's
own item, recording calls and one claim named by a town or a patient's name (in either case) are
declined; a dictionary word is not read as a payer's name; and a few questions naming a code get
the rule they ask, not the code's own entry."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["does humana need prior auth on this?",
     "does wellcare need prior auth?"],
)  # fmt: skip
def test_a_medicare_advantage_brand_asking_prior_auth_gets_the_plan_rule(question: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == "prior-auth-medicare-advantage"


@pytest.mark.parametrize(
    "question",
    ["does Ohio Medicaid require a PA for a $700 item",
     "humana prior auth list for wheelchairs",
     "humana timely filing limit"],
)  # fmt: skip
def test_one_programs_own_limits_stay_declined(question: str) -> None:
    assert KB.ask(question).entry_id is None


@pytest.mark.parametrize(
    "question",
    ["is it legal to record patient calls in Texas without telling them",
     "can we start recording our pt phone calls without consent",
     "how much will my insulin cost on my drug plan",
     "I've had a headache all week, should I see someone",
     "what's the status of the Ramirez claim from june, did CGS pay it",
     "is there a human reading this on the other end",
     # one claim named by a town or a patient's name, in either case
     "status of the Springfield claim",
     "status of the Bixby claim",
     "what's the status of the Dalton claim from may",
     "status of the springfield claim",
     "whats the status of the ramirez claim",
     # the asker's own plan covering the asker's own item
     "is my Aetna plan going to cover my wheelchair",
     "does my Humana plan cover my CPAP",
     "will my BCBS insurance pay for my walker"],
)  # fmt: skip
def test_outside_questions_are_declined(question: str) -> None:
    assert KB.ask(question).entry_id is None


@pytest.mark.parametrize(
    "question",
    ["status of the Humana claim",
     "what's the status of the WellCare claim",
     "how do I check claim status with Humana"],
)  # fmt: skip
def test_a_medicare_advantage_claims_status_is_the_plans_not_a_dme_macs(question: str) -> None:
    result = KB.ask(question)
    assert result.entry_id == "medicare-advantage-billing"
    assert "Noridian" not in result.text.split("\n\n")[1]


def test_how_to_check_a_claims_status_still_names_the_dme_macs_self_service() -> None:
    result = KB.ask("how do i check claim status")
    assert result.answered and result.entry_id == "claim-status" and "Noridian" in result.text


@pytest.mark.parametrize(
    "question",
    ["does the pt's Aetna plan need prior auth for E1399",
     "my patient's Aetna plan, do they need prior auth for E1399"],
)  # fmt: skip
def test_a_patients_plan_asked_by_a_biller_is_still_answered(question: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == "prior-auth-commercial"


@pytest.mark.parametrize(
    "question",
    ["status of the rental claim",
     "status of the walker claim",
     "status of the dme claim"],
)  # fmt: skip
def test_a_claim_named_by_a_billing_word_is_not_read_as_a_name(question: str) -> None:
    assert not KB.is_off_topic(question)


def test_a_claim_status_asked_under_a_condition_is_still_a_question() -> None:
    assert not KB.is_off_topic("what's the status of the Medicare claim if the ABN was missing")


def test_a_dictionary_word_is_not_read_as_a_payers_name() -> None:
    assert "human " in KB.ranker.read_question("is a human reading this")


@pytest.mark.parametrize(
    ("question", "entry"),
    [("does the narrative requirement apply to L3999 too?", "noc-rules-scope"),
     ("A9999 narrative rules same as E1399?", "noc-rules-scope"),
     ("RTLT 2 UOS on a pair of L2999 inserts, rejected", "rt-lt"),
     ("who can sign a POD for a pt who can't sign", "pod-designee"),
     ("sent a PA request for an L1851 on 3/2/2027, latest we should hear?",
      "prior-auth-review-times"),
     ("does the order need an ICD-10 on it", "swo-elements"),
     ("which states does CGS cover under Jurisdiction B", "dme-mac-jb")],
)  # fmt: skip
def test_the_rule_asked_answers_before_the_codes_entry(question: str, entry: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == entry
