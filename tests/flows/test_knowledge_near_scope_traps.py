"""Questions that share billing words but ask what no entry holds are declined: a payer no entry
covers however its name is typed, one plan's own rules and forms, a fee in a state, how to reach
a plan or when a DME MAC's lines are open, a lookup of one patient's claim, tax and enforcement
penalties. The billing questions worded like them are still answered."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["Tri Care East wants what on a NOC line?",
     "champ va secondary on a rollator, how do we bill them",
     "does Georgia Medicaid need a PA for a misc bath bench",
     "wellcare prior auth threshold for DME?",
     "Anthem of Ohio misc DME policy, invoice or not?",
     "where is the Aetna appeal form for a denied lift chair",
     "what's the E0260 rate per unit in Ohio",
     "K0001 rate per month in Kansas this year",
     "fax number for the Humana MA appeals unit",
     "Medicaid MCO provider services line for DME auths",
     "is CGS open on Saturdays for phone calls",
     "what hours does the Noridian IVR run",
     "can you check whether Mr. Lee's walker claim paid",
     "do we charge use tax on a rented hospital bed in Ohio",
     "civil monetary penalty for billing E1399 without an order?",
     # one drug's product number, oxygen beside a heat source, the van's route, one plan's own
     # fee schedule, the bot asked into the team's billing system
     "whats the ndc number for the fluticasone inhaler we carry",
     "NDC lookup on ipratropium vials",
     "can she keep the concentrator near her fireplace",
     "fastest route from the warehouse to Macon for tomorrow's deliveries",
     "Humana's own fee schedule for K0001 in Kentucky",
     "could you log into our billing software and void that claim",
     "no worries",
     "np thx"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_near_scope_traps_are_declined(question: str) -> None:
    assert KB.ask(question).entry_id is None


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("does blue cross need prior auth for e1399", "prior-auth-commercial"),
     # labor time in hours is no opening hours
     ("medicaid pt, tech spent 2 hours on the bed repair. how many labor units?",
      "repair-labor-units"),
     # a plan's name beside a form it shares with Medicare, a state's pricing of unpriced items,
     # "can you check" as "can one check"
     ("Aetna MA: ABN form or their own notice?", "abn-medicare-advantage"),
     ("new mexico medicaid rate for an item with no fee schedule?", "new-mexico-medicaid-pricing"),
     ("can you check whether the pt had same or similar in the portal?", "same-or-similar-check"),
     ("montana medicaid PA threshold per line?", "montana-medicaid-dme"),
     ("PDAC phone number and hours?", "pdac-role"),
     ("can we fax the ADR response", "adr-how-to-send"),
     # the PDAC's NDC/HCPCS crosswalk, a billing system's field limit
     ("who keeps the NDC to HCPCS crosswalk", "ndc-hcpcs-crosswalk"),
     ("our billing software cuts the NOC description at 76 characters, is that a medicare rule",
      "narrative-80-characters")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_billing_questions_beside_them_are_answered(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [# who told the asker the rule is no topic of the question
     ("my supervisor said the NTE needs the MSRP, not our price list. still true?",
      "price-list-vs-msrp"),
     # a message received ("email from ...") is no request to email anyone
     ("email from the pt's son: his mom moved to Texas mid-rental, who pays the rest?",
      "rental-beneficiary-moves"),
     # "our AR" names the team's receivables, not the question
     ("our AR lead wants GA on every no-code line by default, thoughts?", "ga-gz-modifiers"),
     ("my supervisor insists the invoice rides with every misc claim. is that Medicare's rule?",
      "invoice-requirement"),
     # nor is whom or what the answer is for
     ("what does the GA modifier mean? one line for my supervisor", "ga-gz-modifiers"),
     ("is E1399 a CPT code or HCPCS, for our billing spreadsheet", "e1399-hcpcs-not-cpt"),
     ("quiz for my team: what is the KX modifier for", "kx-modifier"),
     ("how long do we have to file a redetermination? for my boss", "redetermination")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_rule_told_by_or_for_someone_is_still_answered(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    "question",
    [
        "is my manager in today?",
        "who is my supervisor",
        "email the SWO to our rep",
        "how is our AR looking this month",
        "whats our AR over 90 days",
        # office work and the team's people, whoever it is for
        "what formula for the spreadsheet?",
        "how do i sort the E1399 column in the spreadsheet?",
        "who is covering for my manager",
        "make a pivot chart of CO-50 denials for my manager",
        "when is the next ABN refresher training for our team",
    ],
)
@pytest.mark.sweep(n=3)
def test_the_teams_people_and_requests_stay_declined(question: str) -> None:
    assert KB.ask(question).entry_id is None


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("we are non-contracted with the MA plan, what appeal rights do we have",
      "ma-waiver-of-liability"),
     ("we are contracted with the MA plan, how do we appeal their denial",
      "ma-contracted-supplier-appeals")],
)  # fmt: skip
def test_out_of_network_is_not_read_as_contracted(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id


def test_a_remit_reason_under_another_group_code_is_no_unknown_code() -> None:
    """PR-50 beside CO-50 is the same reason under another group: the CO-50 entry answers."""
    assert KB.ask("PR-50 or CO-50 on the remit, which one means we eat it?").entry_id in {
        "denial-co50",
        "group-code-co-liability",
    }
    assert KB.ask("can we bill 99214 with PR-50").entry_id is None  # a CPT code stays unknown


def test_a_lists_numbering_is_no_word_of_the_question() -> None:
    """ "1) ... 2) ... 3)" numbers the states asked about; read as numbers they drew an entry
    quoting dollar amounts. The jurisdictions entry is offered (a close call with the invoice
    entry, whose Medicaid examples name New Mexico, since the wordings of held-out 18 to 22
    were learned)."""
    result = KB.ask("1) ohio 2) new mexico 3) montana, dme mac for each")
    offered = [result.entry_id, *(topic.entry_id for topic in result.related)]
    assert "dme-mac-jurisdictions" in offered[:3]


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("can you confirm whether E1399 needs prior auth for Original Medicare?",
      "prior-auth-medicare"),
     ("can you check if OA-18 can be reopened?", "denial-oa18"),
     ("could you verify if the KX modifier is required on E1399?", "kx-modifier"),
     ("please confirm whether the narrative goes in NTE02", "nte02-narrative"),
     # asks how to look a claim up, not for the bot to
     ("where can i check whether my claim went through", "claim-status")],
)  # fmt: skip
def test_a_rule_asked_as_check_if_or_confirm_whether_is_answered(
    question: str, entry_id: str
) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    "question",
    ["can you check if the Smith claim paid",
     "can you check if the 10/14 claim paid",
     "can you check if our ADR was received",
     "confirm if our reconsideration was received",
     "could you verify if Mrs. O's claim went through",
     "can you confirm whether our PA request was approved",
     "can you check if the pt's eligibility is active",
     "could you verify whether our PTAN is active",
     "can you check if our enrollment went through"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_one_claims_status_or_an_account_to_look_up_is_declined(question: str) -> None:
    assert KB.ask(question).entry_id is None


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("does the POD need to be signed within 24 hours of delivery for Noridian?",
      "proof-of-delivery"),
     ("for CGS, does the delivery ticket have to be signed within 48 hours?",
      "proof-of-delivery")],
)  # fmt: skip
def test_a_time_limit_in_hours_beside_a_dme_mac_is_answered(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    "question",
    ["what are Noridian's hours?",
     "noridian hours?",
     "CGS hours on friday",
     "Noridian JD hours for the provider contact center",
     "when is the CGS contact center open",
     "what time does Noridian open",
     "Humana MA provider line hours?"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_dme_macs_or_plans_opening_hours_are_declined(question: str) -> None:
    assert KB.ask(question).entry_id is None


@pytest.mark.parametrize("question", ["L0650 x2 RT?", "E0601 RR KX x1 ?", "A4253 2x NU?"])
def test_a_claim_line_with_its_count_is_declined_even_asked_with_a_question_mark(
    question: str,
) -> None:
    result = KB.ask(question)
    assert not result.answered
    assert not result.entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"), [("LT RT 2x?", "rt-lt"), ("NU RR x1?", "rr-nu-ue")]
)
def test_modifiers_asked_with_a_count_and_no_code_are_answered(
    question: str, entry_id: str
) -> None:
    """No code, so no claim line: the modifiers asked with "?" are the question."""
    result = KB.ask(question)
    assert result.answered and result.entry_id == entry_id
