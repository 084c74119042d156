"""Questions the facts sheet cannot answer (one plan's own filing limit, one item's fee in one
state, legal or tax advice, what CMS or Congress may do, clinical care, writing work for the
team, a payer no entry covers, a later year's figure, the status of the team's own submission,
a contractor's address, hours or rate) are declined, while the billing questions worded like
them are still answered."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["BCBS Illinois timely filing limit for DME", "humana medicare advantage filing limit?",
     "what is anthem's filing deadline for rentals",
     "should we sue the MA plan over the underpayments",
     "do we need a lawyer for the CO-50 appeal", "how do I file my own taxes as a contractor",
     "will congress bring back competitive bidding for oxygen in 2030",
     "will CMS raise the oxygen fee schedule next year",
     "what's the average days to pay for DME claims from noridian",
     "how often should a foley catheter be changed at home",
     "how often should a pressure ulcer dressing be changed",
     "will Congress pass the bill next year",
     "is the legislation going to pass before the next bidding round",
     "average days Aetna takes to pay",
     "can you write me a SQL query for all E1399 claims last month",
     "write the redetermination for the CO-50 and send it to noridian",
     "how high should our retail price list be compared to our cost",
     "which manufacturer should we buy hospital beds from",
     "florida medicaid fee for a standard walker",
     "what will the fee schedule amount be for E0601 in Texas",
     "what's the ohio medicaid timely filing limit for rentals",
     "how many days does Georgia Medicaid give us to file",
     "where is claim 88231 at? sent it last week",
     "ICN 2226001234 paid yet",
     "how do I say 'proof of delivery' in Spanish for the driver",
     "translate the ABN instructions into vietnamese",
     "do we screen vendors against the OIG exclusion database",
     "when do I sign up for the 401k",
     "is the office closed on christmas eve",
     "best hiking trail in Colorado?",
     "NTE02", "SBR05?",
     # a payer no entry covers, a later year's figure, the team's own submission, a
     # contractor's address, hours or rate, clinical care, privacy law, an LCD's criteria
     "does TRICARE require prior auth for a power wheelchair",
     "CHAMPVA claim for a shower chair, where do I send it",
     "workers comp carrier wants an invoice for the wheelchair, what do we send them",
     "no-fault auto claim for a walker, how do we bill it",
     "Florida Medicaid markup on invoice for manually priced items",
     "what will the 2028 amount in controversy be for ALJ",
     "what will the 2027 competitive bidding prices be for walkers",
     "did the QIC get our reconsideration packet",
     "has CGS processed the redetermination we mailed on 3/2",
     "what's the status of the ADR we sent on 11/14",
     "what PO box and suite number go on envelopes to the DME MAC",
     "what time does the noridian phone line open",
     "what does noridian pay per K0739 unit",
     "how much does JC pay for 15 minutes of repair labor",
     "can the patient shower with the knee brace on",
     "should my patient sleep with the wrist splint on",
     "can we get sued if we bill without an ABN",
     "is it a hipaa breach if I fax a claim to the wrong office",
     "what are the LCD coverage criteria for a hospital bed",
     "look up the MBI for Mrs Jones",
     "who do you think covers the spread tonight",
     "how long does DMEPOS accreditation take for a new branch",
     "what's the surety bond amount for a new branch",
     "do we need a BAA with our EHR vendor",
     "how many hours a day should the pt wear the back brace",
     "is our prior auth for the Jones bed approved yet",
     # a message asking nothing: an acknowledgement, a code beside one modifier
     "noted, thanks", "K0001 RR",
     "how do I appeal a workers comp denial",
     "have we heard back from the QIC on the Smith case"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_questions_the_facts_sheet_cannot_answer_are_declined(question) -> None:
    result = KB.ask(question)
    assert not result.answered
    assert not result.entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("commercial timely filing limit for DME", "commercial-timely-filing"),
     ("what's the medicare timely filing limit", "timely-filing"),
     ("is there a national fee schedule amount for E1399", "medicare-pricing-e1399"),
     ("co-29 + n211, write an appeal?", "denial-co29"),
     ("new mexico medicaid item with no fee schedule, how is it priced",
      "new-mexico-medicaid-pricing"),
     ("rent or buy on an E1399 - how do I know which the DME MAC wants", "rr-nu-ue"),
     ("medicaid filing deadline for dme", "medicaid-timely-filing"),
     ("colorado?", "dme-mac-jc"),
     ("what is SV101-7", "sv101-7-description"),
     ("auto insurance paid first on the walker, what MSP type code goes in SBR05", "msp-billing"),
     ("workers comp is primary, what goes in SBR05 on the medicare claim", "msp-billing"),
     ("DOS 1/4/2027, when is the timely filing deadline", "timely-filing"),
     ("how long does a standard medicare prior auth take to come back",
      "prior-auth-review-times"),
     ("what is the amount in controversy for an ALJ hearing", "amount-in-controversy"),
     # "RA" beside a date is the remittance advice, not the replacement modifier
     ("RA dated 4/2/2026 shows the line denied, when is the redetermination due",
      "redetermination"),
     # the rule's number, where an entry states the rule
     ("which CFR section says we have to keep proof of delivery", "proof-of-delivery"),
     ("what manual section covers voluntary ABNs", "abn-when-required"),
     # one plan's policy (Premera's units) only when the question names the plan
     ("RR one unit a month on rentals?", "rr-nu-ue"),
     ("noted the designee relationship on the POD, ok?", "pod-designee"),
     ("E1399 KX?", "kx-modifier")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_billing_questions_worded_like_them_are_still_answered(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("after a CO-16 N350 what should be changed before the claim goes back out",
      "denial-co16-n350"),
     ("congress delayed competitive bidding - when does the next bidding round begin",
      "competitive-bidding-2026"),
     ("did congress pass a law to extend the competitive bidding gap period",
      "competitive-bidding-2026"),
     ("what legislation requires the ABN for a GA line", "ga-gz-modifiers"),
     ("rule of thumb for how long to wait before filing a redetermination", "redetermination"),
     ("rule of thumb for describing an E1399 item in box 19", "nte02-narrative"),
     ("average days for medicare to decide a redetermination", "redetermination")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_billing_questions_with_the_clinical_legal_and_statistics_words_are_answered(
    question, entry_id
) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_ids"),
    [("our EMR's description box cuts off at 60 characters. is 60 medicare's limit?",
      {"narrative-80-characters"}),
     ("our policy binder says the ABN can be signed after delivery. right?",
      {"abn-after-delivery", "abn-delivery"}),
     ("does a standard written order need the icd-10 code", {"swo-elements"}),
     ("post-payment ADR due date, office was closed all week", {"adr-deadlines"}),
     ("can a home health aide sign the proof of delivery",
      {"pod-designee", "proof-of-delivery"})],
)  # fmt: skip
def test_a_word_other_domains_use_does_not_make_a_billing_question_off_topic(
    question, entry_ids
) -> None:
    assert KB.ask(question).entry_id in entry_ids


@pytest.mark.parametrize(
    "question",
    ["which EHR should a small DME company buy", "what's our policy on vendor lunches",
     "what icd goes with a hip fracture", "post the payments from the remit to our system",
     "write a cover letter for my job application"],
)  # fmt: skip
def test_software_own_policy_writing_jobs_and_diagnosis_codes_stay_declined(question) -> None:
    assert not KB.ask(question).answered
