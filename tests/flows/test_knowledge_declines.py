"""Questions that are not about DME billing (the team, other kinds of billing, requests to do
work, chit-chat) are declined; DME questions worded like them are still answered."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["what's the ICD-10 code for hypertension", "how do i request PTO", "tell me a joke",
     "asdf qwer zxcv", "how do I bill CPT 99214"],
)  # fmt: skip
def test_out_of_scope_questions_abstain_and_offer_no_made_up_answer(question: str) -> None:
    result = KB.ask(question)
    assert not result.answered and result.entry_id is None
    assert "rather not guess" in result.text


@pytest.mark.parametrize(
    "question",
    ["1", "42", "the", "what", "who on our team handles medicaid appeals",
     "is sarah the one who does the oxygen billing", "what is my manager's phone number",
     "how do I code anesthesia time units"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_numbers_small_words_and_questions_about_the_team_are_declined(question: str) -> None:
    assert not KB.ask(question).answered


@pytest.mark.parametrize(
    "question",
    ["who here works the CO-50 denial queue", "who on our team handles CO-16 N350 denials",
     "who trains the new billers on e1399", "who handles the oxygen patients",
     "what time is the billing huddle"],
)  # fmt: skip
def test_who_on_the_team_does_something_is_declined_even_when_it_names_a_code(question) -> None:
    assert not KB.ask(question).answered


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("who is our DME MAC for Ohio", "dme-mac-jb"),
     ("who do we send our redetermination to", "redetermination"),
     # both answer it: oxygen repairs are never paid separately
     ("who pays for repairs on our rental oxygen concentrator",
      {"repairs-not-paid", "oxygen-rental-cap"})],
)  # fmt: skip
def test_a_who_question_saying_our_about_a_billing_rule_is_answered(question, entry_id) -> None:
    answers = entry_id if isinstance(entry_id, set) else {entry_id}
    assert KB.ask(question).entry_id in answers


@pytest.mark.parametrize(
    "question",
    ["who here works the CO-50 denial queue", "who is covering the PA phone line",
     "who handles the NOC denials for the west coast accounts", "is priya in today",
     "who does appeals here", "who backs up dana on the oxygen rentals",
     "when is the next E1399 training session", "how many CO-50s is each biller expected to work",
     "what are our days in AR for oxygen"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_question_about_who_on_the_team_does_a_job_is_declined(question: str) -> None:
    assert not KB.ask(question).answered


@pytest.mark.parametrize(
    "question",
    ["whats the KX threshold dollar amount for outpatient PT this year",
     "physical therapy KX threshold for 2026", "aetna timely filing limit for office visits"],
)  # fmt: skip
def test_other_kinds_of_billing_are_declined_even_with_a_dme_modifier_or_payer(question) -> None:
    assert not KB.ask(question).answered


@pytest.mark.parametrize(
    "question",
    ["can you pull a list of our open CO-50 denials", "please fax these records to noridian for me",
     "submit this claim for me", "could you call the MA plan and ask about the auth",
     "count how many E1399 claims we sent in october", "can you submit this claim",
     "can u run a report of our E1399 rentals", "how many E1399 rentals did we bill in march",
     "can you call the dme mac and check on the claims we sent friday",
     "can you look up the status of claim 123456",
     "set a reminder to follow up on the redetermination friday",
     "text the pt the delivery window for tomorrow", "log in to the portal and check eligibility",
     "look up this patient's eligibility in HETS", "mail the denial letter to the patient",
     "can you send the redetermination on the oxygen denial over for me",
     "email me the narrative template", "send us the updated ABN form",
     "need you to draft an appeal letter for the co-50", "write an appeal letter for this denial",
     "which of our claims are past timely filing",
     "build a list of every rental hitting month 13 next week",
     "set the eligibility check to run every monday", "translate the ABN into spanish",
     "can someone chart our E1399 denials by month for the staff meeting",
     "can you resubmit the three denied K0108 lines from last week's batch for me"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_request_to_do_work_is_declined_even_when_it_names_a_code(question: str) -> None:
    assert not KB.ask(question).answered


@pytest.mark.parametrize(
    "question",
    ["fax the signed order to the clinic today", "add two labor units to this repair ticket",
     "check medicare eligibility for this patient",
     "resubmit last week's rejected claims through the clearinghouse",
     "text the delivery driver that the 2pm drop is cancelled"],
)  # fmt: skip
def test_an_instruction_that_asks_nothing_is_declined(question: str) -> None:
    assert not KB.ask(question).answered


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("check claim status at cgs", "claim-status"),
     ("find a specific hcpcs code before using e1399", "check-for-specific-code")],
)  # fmt: skip
def test_a_terse_question_starting_with_a_verb_is_still_answered(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id


def test_an_instruction_asking_is_that_ok_is_a_question() -> None:
    assert KB.is_off_topic("fax the SWO to the office, is that ok") is False


def test_asking_someone_to_summarize_how_a_rule_works_is_a_question() -> None:
    question = "Can someone summarize how a repair line and the labor line should look for Medicare"
    assert KB.ask(question).answered


def test_a_request_quoting_a_message_is_still_declined() -> None:
    assert not KB.ask("email the patient: 'your redetermination was filed today'").answered


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("should I call the PDAC or email them about a coding question", "pdac-role"),
     ("can we fax the ADR response or does it have to go through esmd", "adr-how-to-send"),
     ("can you explain the KX modifier for me", "kx-modifier"),
     ("can you submit the invoice with the claim or does it go in the narrative",
      "invoice-requirement"),
     ("can you call the PDAC to ask about a code", "pdac-role"),
     ("can you remind me how many characters fit in the NTE narrative", "narrative-80-characters"),
     ("fax or mail the ADR response?", "adr-how-to-send"),
     ("file this as a reopening or a redetermination", "reopen-redetermine-or-new-claim")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_question_that_mentions_calling_or_faxing_is_still_answered(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    "question",
    ["CO-50 on an office visit what do i do", "8 minute rule for 97110",
     "POA indicator on an inpatient claim", "drug prior auth for ozempic with caremark",
     "when's the holiday party", "does cigna need prior auth for a brand name drug",
     "how do i code a level 3 ER visit", "what goes in a hospice notice of election",
     "PDGM LUPA thresholds", "which HIPPS code for a SNF stay",
     "ASC billing for a bilateral procedure", "modifier 52 for reduced services",
     "the 25 modifier on a visit where the doctor also ordered a walker",
     "how many units for 90 minutes of PT", "how long does a home health certification last",
     "is presidents day a paid holiday", "what brand of walker is the lightest",
     "whose hospital bed is the most reliable for a 400 lb pt",
     "what liters per minute should the home concentrator be set to",
     "can the pt take a portable concentrator on a flight"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_other_billing_and_office_life_are_declined_even_with_a_denial_code(question) -> None:
    assert not KB.ask(question).answered


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("walker delivered while the pt is in a SNF part A stay", "snf-consolidated-billing"),
     ("can a dentist order DME", "who-can-order")],
)  # fmt: skip
def test_dme_during_a_facility_stay_or_ordered_by_a_dentist_is_still_answered(question, entry_id):
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize("question", ["modifier", "denial", "Modifier?"])
def test_a_single_word_that_heads_many_topics_is_declined(question: str) -> None:
    assert not KB.ask(question).answered


def test_a_question_that_names_a_code_is_answered_even_when_it_mentions_the_team() -> None:
    assert KB.ask("someone on the team calls it CPT E1399, is that right").answered


@pytest.mark.parametrize(
    "question",
    ["2026 part b deductible", "what's the part a deductible this year", "is maria out today",
     "how do i reset my clearinghouse password"],
)  # fmt: skip
def test_cost_sharing_figures_and_questions_about_coworkers_are_declined(question: str) -> None:
    assert not KB.ask(question).answered


@pytest.mark.parametrize(
    "question",
    ["what's your name", "which biller is covering the medicaid queue this week",
     "make me a spreadsheet of every payer's timely filing limit",
     "what's our write-off threshold for small GZ denials",
     "which gel cushion is best for a pt with a pressure sore"],
)  # fmt: skip
def test_chit_chat_team_policy_work_requests_and_product_choices_are_declined(question) -> None:
    assert not KB.ask(question).answered


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("who actually runs the PDAC", "pdac-role"),
     ("our billing software caps the NOC description at 76 characters, is that the medicare limit",
      "narrative-80-characters")],
)  # fmt: skip
def test_chatty_words_around_a_named_topic_do_not_make_it_declined(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("Hello everyone! Hope your week is going well. We are a small supply company in Ohio "
      "sending our very first E1399 claim, which DME MAC do we send it to?", "dme-mac-jb"),
     ("Good morning all, sorry this is a long one and thanks in advance. Our patient was in a car "
      "accident and the auto insurer pays first, Medicare second. What has to go on the Medicare "
      "claim?", "msp-billing")],
)  # fmt: skip
def test_a_long_polite_message_is_answered_despite_its_greetings(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    "question",
    ["what price should we set on a K0108 part to keep a 25% margin",
     "where can i buy E1399 shower chairs in bulk", "how do I build a pivot table of CO-16 denials",
     "please add me to the noc-denials slack channel", "which shared drive has the ABN scans",
     "how much does Cigna pay for K0108 in Texas", "what does the BCBS PPO allow for E1399",
     "is a rollator or a cane better for someone after a stroke",
     "what should we charge for an E1399 item to make a 30% margin",
     "which vendor has the cheapest gel cushions", "what markup on our cost should we use",
     "can I do a vlookup on the E1399 spreadsheet", "how much will UHC reimburse for K0108",
     "what does Aetna commercial pay for E1399 in Ohio",
     "any side effects from the E0730 TENS unit", "put the K0108 price sheet on google drive"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_own_prices_office_software_and_a_plans_contract_rate_are_declined(question) -> None:
    assert not KB.ask(question).answered


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("can the company charge the patient if medicare denies without an ABN",
      "bill-patient-without-abn"),
     ("does medicare allow a markup on cost for E1399 items", "medicare-pricing-e1399"),
     ("do I bill the cheapest code that fits or E1399", "when-to-use-e1399"),
     ("can I attach a spreadsheet as the invoice for E1399", "invoice-requirement"),
     ("which vendor invoice do I attach for an E1399 claim", "invoice-requirement"),
     ("is GA or GZ better for a patient who refuses the ABN", "ga-gz-modifiers"),
     ("can we send a spreadsheet of the components with the ADR response", "adr-how-to-send"),
     ("is there a margin of error on timely filing", "timely-filing-exceptions"),
     ("what do BCBS plans pay E1399 claims from, the invoice?", "commercial-invoice"),
     ("what do commercial plans pay for E1399", "commercial-invoice"),
     ("what will commercial insurance pay if we don't get prior auth", "prior-auth-commercial"),
     ("what does BCBS allow as documentation for E1399", "commercial-billing"),
     ("what does Aetna need to pay an E1399 claim", "prior-auth-commercial")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_billing_questions_with_words_of_prices_or_what_plans_pay_are_answered(
    question, entry_id
) -> None:
    """The business's words ("company charge", "cheapest", "spreadsheet") and what plans in
    general pay from or need are billing questions beside a billing topic."""
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("how does medicare price an E1399 claim", "medicare-pricing-e1399"),
     ("do commercial plans want an invoice with the NOC line", "commercial-invoice")],
)  # fmt: skip
def test_how_a_payer_prices_the_code_is_still_answered(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    "question",
    ["SV1", "76 chars", "which dx covers a seat lift",
     "texas workers comp fee schedule for walkers", "is the noridian portal down right now",
     "fax number for the DME MAC appeals unit"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_field_or_figure_alone_a_diagnosis_pick_or_a_live_status_is_declined(question) -> None:
    # A segment's name or a number with one word asks nothing; the prescriber's diagnosis, a
    # workers' comp program's fees, contact numbers and outages are in no entry.
    assert not KB.ask(question).answered


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("SBR05 when workers comp is primary", "msp-billing"),
     ("does the SWO need a dx code on it", "swo-elements"),
     ("phone number to ask the PDAC which code fits", "pdac-role")],
)  # fmt: skip
def test_dme_questions_using_those_words_are_still_answered(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    "question",
    ["save the appeal letter into a pdf how", "how do i unzip the remit download",
     "what's the asset limit for a medicare savings program", "mailing address for CGS appeals",
     "how do we enroll our second warehouse with the NSC", "humana prior auth list for wheelchairs",
     "ballpark what CGS would pay on this E1399 lift", "what folder do we save the POD scans in"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_office_files_a_programs_limits_addresses_and_one_plans_lists_are_declined(question):
    assert not KB.ask(question).answered


@pytest.mark.parametrize("question", ["you rock, thanks", "pull the 835 for monday's JC batch"])
def test_small_talk_or_a_request_is_not_read_as_an_item_to_code(question: str) -> None:
    result = KB.ask(question)
    assert not result.answered and result.answered_from is None and not result.code_search


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("max pdf size for an ADR upload to the portal", "adr-how-to-send"),
     ("is medicare's prior auth list the same as the WOPD list", "wopd-list-vs-prior-auth-list"),
     ("pt's mailing address is a PO box in another state, which MAC gets the claim",
      "which-dme-mac")],
)  # fmt: skip
def test_pdfs_medicares_lists_and_a_patients_address_are_still_answered(question, entry_id):
    assert KB.ask(question).entry_id == entry_id
