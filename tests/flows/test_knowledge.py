"""Billers ask in their own words; the bot answers with sources or says it does not know."""

from __future__ import annotations

import shutil

import pytest

from flows.content import ContentError, default_content_dir
from flows.knowledge import KnowledgeBase, load_entries
from flows.messages import Messages
from flows.text import Tokenizer
from tests.conftest import Chat, repository_content

CONTENT = default_content_dir()
KB = repository_content().knowledge


def test_the_knowledge_base_covers_at_least_110_sourced_topics() -> None:
    entries = load_entries(CONTENT)
    assert len(entries) >= 110
    assert all(entry.sources and entry.last_reviewed for entry in entries)


def test_every_entry_is_reachable_by_one_of_its_phrasings() -> None:
    """One test for the whole knowledge base (a test per entry cost more in pytest's own work
    than its questions); it names every entry none of whose phrasings reaches it."""
    unreachable = [
        (entry.id, [KB.ask(phrasing).entry_id for phrasing in entry.phrasings])
        for entry in KB.entries
        if not any(KB.ask(phrasing).entry_id == entry.id for phrasing in entry.phrasings)
    ]
    assert KB.entries and not unreachable, "\n".join(
        f"{entry}: its phrasings reach {reached}" for entry, reached in unreachable
    )


@pytest.mark.parametrize(
    ("question", "must_say", "must_not_say"),
    [
        ("Is E1399 oxygen equipment, miscellaneous?", "Durable medical equipment, miscellaneous",
         None),
        ("what is the CPT code E1399 used for", "HCPCS Level II", None),
        ("do I have to send a letter of medical necessity for medicare to pay e1399",
         "not part of the medical record", None),
        ("does medicare require prior authorization for e1399", "E1399 is not on it", None),
    ],
)  # fmt: skip
def test_seed_article_errors_get_the_correct_facts(question, must_say, must_not_say) -> None:
    result = KB.ask(question)
    assert result.answered
    assert must_say in result.text


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
    ("question", "entry_id"),
    [("CO16 N350", "denial-co16-n350"), ("what's the dos for a shipped item", "date-of-service"),
     ("k0108 for a joystick mount?", "k0108-wheelchair-parts"),
     ("timely filling deadline", "timely-filing"),
     ("swo elements", "swo-elements"), ("nte 02", "nte02-narrative")],
)  # fmt: skip
def test_codes_abbreviations_and_typos_find_their_topic(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("what is e1399?", "e1399-descriptor"),
     ("when do I use E1399?", "when-to-use-e1399"),
     ("where does the narrative go on an 837P?", "nte02-narrative"),
     ("what documentation do I need for e1399", "documents-overview")],
)  # fmt: skip
def test_plain_questions_made_mostly_of_small_words_find_their_topic(
    question: str, entry_id: str
) -> None:
    """ "What is E1399?" is one code and stopwords: the wording, not the code count, decides."""
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id", "must_say"),
    [("which ABN form do we use now", "abn-form-version", "03/31/2029"),
     ("we forgot the abn, can the patient sign it after delivery", "abn-after-delivery", "GZ"),
     ("medicare advantage denied our claim, how do we appeal", "medicare-advantage-appeals",
      "never to a DME MAC"),
     ("how long does medicare pay for oxygen rental", "oxygen-rental-cap", "36 months"),
     ("exceptions to the timely filing limit", "timely-filing-exceptions", "retroactive"),
     ("ordering provider not in PECOS rejection, do I appeal", "ordering-practitioner-rejection",
      "new claim"),
     ("what does M114 N565 mean", "denial-m114-n565", "2026"),
     ("CO-97 M2", "denial-co97-m2", "inpatient")],
)  # fmt: skip
def test_corrected_and_added_topics_give_the_current_rule(question, entry_id, must_say) -> None:
    result = KB.ask(question)
    assert (result.entry_id, must_say in result.text) == (entry_id, True)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("who is the DME MAC for Texas", "dme-mac-jc"), ("dme mac for ohio", "dme-mac-jb"),
     ("which code for a lower limb prosthesis with no code", "noc-prosthetics"),
     ("knee brace with no specific code", "l2999-lower-extremity-orthosis"),
     ("dme mac for guam", "dme-mac-pacific-territories"),
     ("does nc medicaid need an invoice", "nc-medicaid-invoice"),
     ("how does medicaid price an e1399 item", "medicaid-pricing"),
     ("ma04 on the remit", "denial-ma04"),
     ("cgs co-183 n574", "denial-co183-n574"),
     ("bill k0740 for an oxygen repair", "oxygen-repair-labor")],
)  # fmt: skip
def test_a_specific_question_gets_the_specific_entry(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id


def test_uncertain_facts_say_so_in_the_answer() -> None:
    result = KB.ask("do I need to attach an invoice to an e1399 claim for medicare")
    assert result.entry_id == "invoice-requirement"
    assert "unconfirmed" in result.text.lower()


def test_a_disputed_rule_is_answered_as_unconfirmed() -> None:
    result = KB.ask("is there a 10th month purchase option")
    assert result.entry_id == "tenth-month-purchase-option"
    assert "unconfirmed" in result.text.lower()


def test_answers_in_chat_show_sources_and_review_date(chat: Chat) -> None:
    chat.say("what goes in the NTE02 narrative for e1399?")
    assert "Sources: https://" in chat.text and "Last reviewed 2026-" in chat.text


def test_unanswerable_question_in_chat_suggests_nearest_topics(chat: Chat) -> None:
    chat.say("what is the fee schedule for physical therapy evaluations")
    assert "rather not guess" in chat.text


def test_empty_and_huge_questions_get_a_clear_reply(chat: Chat) -> None:
    chat.say("   ")
    assert "Type a question" in chat.text
    chat.say("abn " * 1500)
    assert "very long" in chat.text


@pytest.mark.parametrize(
    "question",
    ["1", "42", "the", "what", "who on our team handles medicaid appeals",
     "is sarah the one who does the oxygen billing", "what is my manager's phone number",
     "how do I code anesthesia time units"],
)  # fmt: skip
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
     ("who pays for repairs on our rental oxygen concentrator", "repairs-not-paid")],
)  # fmt: skip
def test_a_who_question_saying_our_about_a_billing_rule_is_answered(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    "question",
    ["who here works the CO-50 denial queue", "who is covering the PA phone line",
     "who handles the NOC denials for the west coast accounts", "is priya in today",
     "who does appeals here", "who backs up dana on the oxygen rentals",
     "when is the next E1399 training session", "how many CO-50s is each biller expected to work",
     "what are our days in AR for oxygen"],
)  # fmt: skip
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
     "set the eligibility check to run every monday", "translate the ABN into spanish"],
)  # fmt: skip
def test_a_request_to_do_work_is_declined_even_when_it_names_a_code(question: str) -> None:
    assert not KB.ask(question).answered


@pytest.mark.parametrize(
    "question",
    ["fax the signed order to the clinic today", "add two labor units to this repair ticket",
     "check medicare eligibility for this patient",
     "resubmit last week's rejected claims through the clearinghouse"],
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


@pytest.mark.parametrize(
    "question", ["which dme mac covers ohio and texas", "dme mac for georgia and oregon"]
)
def test_states_in_two_jurisdictions_get_the_entry_listing_every_jurisdiction(question) -> None:
    assert KB.ask(question).entry_id == "dme-mac-jurisdictions"


def test_one_contractors_entry_answers_only_a_question_naming_that_contractor() -> None:
    assert KB.ask("which modifiers can a telephone reopening change").entry_id != "reopening-cgs"
    assert KB.ask("telephone reopening at cgs").entry_id == "reopening-cgs"


def test_a_quoted_claim_to_check_gets_the_entry_on_its_topic() -> None:
    question = (
        "my cousin who works at an insurance agency swears "
        "'a redetermination is filed with the DME MAC'"
    )
    assert KB.ask(question).entry_id == "redetermination"


def test_a_request_quoting_a_message_is_still_declined() -> None:
    assert not KB.ask("email the patient: 'your redetermination was filed today'").answered


def test_a_medicaid_question_naming_a_state_gets_medicaid_pricing_not_the_states_mac() -> None:
    assert KB.ask("ohio medicaid pricing for e1399").entry_id == "medicaid-pricing"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("is aut needed for a medicaid e1399", "prior-auth-medicaid"),
     ("do we ned prior auth for e1399 wth medicaid", "prior-auth-medicaid")],
)  # fmt: skip
def test_a_short_word_with_a_letter_dropped_is_read_as_the_word_meant(question, entry_id):
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("difference between a claim that got rejected and one that was denied",
      "front-end-rejection"),
     ("ways to send ADR records other than fax", "adr-how-to-send"),
     ("mailed the paper claim to the wrong dme mac, do they forward it", "which-dme-mac")],
)  # fmt: skip
def test_a_close_call_the_best_entry_mostly_covers_is_offered_not_declined(question, entry_id):
    result = KB.ask(question)
    assert result.entry_id == entry_id and result.tentative


def test_two_swapped_letters_are_read_as_the_word_meant() -> None:
    assert KB.ask("oxgyen cap").entry_id == "oxygen-rental-cap"


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
     "what liters per minute should the home concentrator be set to",
     "can the pt take a portable concentrator on a flight"],
)  # fmt: skip
def test_other_billing_and_office_life_are_declined_even_with_a_denial_code(question) -> None:
    assert not KB.ask(question).answered


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("walker delivered while the pt is in a SNF part A stay", "snf-consolidated-billing"),
     ("can a dentist order DME", "who-can-order")],
)  # fmt: skip
def test_dme_during_a_facility_stay_or_ordered_by_a_dentist_is_still_answered(question, entry_id):
    assert KB.ask(question).entry_id == entry_id


def test_a_remittance_code_keeps_a_cost_sharing_question_on_topic() -> None:
    assert KB.ask("CO-29, can we bill the deductible").entry_id == "denial-co29"


@pytest.mark.parametrize("question", ["modifier", "denial", "Modifier?"])
def test_a_single_word_that_heads_many_topics_is_declined(question: str) -> None:
    assert not KB.ask(question).answered


def test_a_single_acronym_is_answered() -> None:
    assert KB.ask("TPE").entry_id == "tpe-review"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("GZ", "ga-gz-modifiers"), ("N350", "denial-co16-n350"), ("co-50?", "denial-co50")],
)
def test_a_remit_or_modifier_code_typed_alone_asks_what_to_know_and_offers_its_entry(
    question: str, entry_id: str
) -> None:
    result = KB.ask(question)
    assert not result.answered
    assert "What would you like to know about" in result.text
    assert entry_id in [topic.entry_id for topic in result.related]


@pytest.mark.parametrize(
    ("code", "words", "entry_id"),
    [("E0260", "Hospital bed", "narrative-accessory-repair"),
     ("E1399", "miscellaneous", "e1399-descriptor")],
)  # fmt: skip
def test_a_hcpcs_code_typed_alone_is_described_from_the_code_table(code, words, entry_id) -> None:
    result = KB.ask(code)
    assert result.answered_from == "code_table" and words in result.text
    assert entry_id in [topic.entry_id for topic in result.related]


def test_a_remits_group_and_remark_codes_pasted_together_are_answered() -> None:
    assert KB.ask("co-4 n519").entry_id == "denial-co4"


def test_a_question_that_names_a_code_is_answered_even_when_it_mentions_the_team() -> None:
    assert KB.ask("someone on the team calls it CPT E1399, is that right").answered


@pytest.mark.parametrize(
    ("payer", "entry_id"),
    [("commercial", "prior-auth-commercial"), ("medicaid", "prior-auth-medicaid"),
     ("medicare_advantage", "prior-auth-medicare-advantage"), ("medicare", "prior-auth-medicare"),
     (None, "prior-auth-medicare")],
)  # fmt: skip
def test_the_claims_payer_picks_the_prior_authorization_answer(payer, entry_id) -> None:
    assert KB.ask("do I need prior auth?", context={"payer": payer}).entry_id == entry_id


def test_a_two_part_question_is_answered_part_by_part() -> None:
    result = KB.ask("what's the timely filing limit and are there any exceptions")
    assert {result.entry_id, *result.parts} == {"timely-filing", "timely-filing-exceptions"}
    assert "12 months" in result.text and "retroactive" in result.text


def test_in_a_commercial_intake_prior_auth_gets_the_commercial_answer(chat: Chat) -> None:
    chat.say("intake")
    chat.say("commercial")
    chat.say("do I need prior auth?")
    assert "*Prior authorization with commercial plans*" in chat.text


def test_a_close_call_says_i_think_you_mean_and_offers_the_other_topic_first() -> None:
    result = KB.ask("when do we need a brand new order")
    assert result.tentative and result.text.startswith("I think you mean")
    assert result.entry_id == "new-order-needed"
    ranked = KB.rank("when do we need a brand new order", limit=2)
    assert result.related[0].entry_id == ranked[1].entry.id != result.entry_id


def test_a_close_call_that_plain_bm25_reads_as_another_topic_is_declined_with_both_offered():
    question = "the RAC sent an ADR, can I just upload the records to noridian instead"
    ranked = [match.entry.id for match in KB.rank(question, limit=2)]
    result = KB.ask(question)
    assert not result.answered
    assert [topic.entry_id for topic in result.related[:2]] == ranked


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("got co-16 ma130 m51 on the claim, is that a narrative problem?", "denial-ma130"),
     ("co16 n350 on the e1399 line", "denial-co16-n350"),
     # A code the biller says is absent names no topic.
     ("CO-16 M51 on the line, no N350 though. is it the narrative?", "denial-ma130"),
     ("what does remark N102 mean", "denial-late-adr"),
     ("which dme mac handles a patient living in texas", "dme-mac-jc")],
)  # fmt: skip
def test_the_codes_and_states_a_question_names_pick_the_entry_about_them(question, entry_id):
    assert KB.ask(question).entry_id == entry_id


def test_asking_whether_a_gz_line_gets_paid_learns_gz_lines_are_denied() -> None:
    result = KB.ask("can i bill e1399 with GZ and still get paid")
    assert result.entry_id == "ga-gz-modifiers" and "denied automatically" in result.text


def test_an_abn_cannot_be_signed_after_a_delivery_last_week() -> None:
    result = KB.ask("forgot the ABN, delivered last week, can we get one signed now and bill GA?")
    assert result.entry_id == "abn-after-delivery"


def test_each_part_of_a_two_part_question_gets_its_own_entry_first_part_first() -> None:
    result = KB.ask("whats the redetermination deadline and what is the ALJ amount in controversy")
    assert (result.entry_id, result.parts) == ("redetermination", ["amount-in-controversy"])
    assert "120 days" in result.text and "$200" in result.text


def test_a_question_lettered_a_b_is_answered_part_by_part() -> None:
    result = KB.ask(
        "a) which errors count as clerical for a reopening b) can a wrong modifier be one"
    )
    assert (result.entry_id, result.parts) == ("reopening", ["modifier-corrections"])


@pytest.mark.parametrize(
    "question",
    ["2026 part b deductible", "what's the part a deductible this year", "is maria out today",
     "how do i reset my clearinghouse password"],
)  # fmt: skip
def test_cost_sharing_figures_and_questions_about_coworkers_are_declined(question: str) -> None:
    assert not KB.ask(question).answered


@pytest.mark.parametrize(
    ("question", "payer", "entry_id"),
    [("how do I appeal this denial", "medicare_advantage", "medicare-advantage-appeals"),
     ("how do I appeal this denial", "commercial", "other-payer-appeals"),
     ("how many days do I have to appeal", "medicaid", "other-payer-appeals"),
     ("do they price it from the invoice", "medicaid", "medicaid-pricing"),
     ("is prior authorization needed for this item", "medicaid", "prior-auth-medicaid"),
     ("what is the timely filing limit", "medicaid", "medicaid-timely-filing"),
     ("what is the timely filing limit", "commercial", "commercial-timely-filing"),
     ("what is the timely filing limit", "medicare", "timely-filing"),
     ("is an lmn enough", "commercial", "lmn-medicaid-commercial"),
     ("do they need the invoice", "commercial", "commercial-invoice"),
     ("do i need an abn here", "commercial", "abn-medicare-advantage")],
)  # fmt: skip
def test_the_claims_payer_picks_that_payers_answer(question, payer, entry_id) -> None:
    assert KB.ask(question, context={"payer": payer}).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("MA plan denied as not medically necessary, what's next", "medicare-advantage-appeals"),
     ("commercial plan denied for medical necessity, how to appeal", "other-payer-appeals"),
     ("is the 120 day redetermination deadline the same for MA", "medicare-advantage-appeals")],
)  # fmt: skip
def test_another_payers_medical_necessity_denial_is_appealed_to_that_payer(question, entry_id):
    assert KB.ask(question).entry_id == entry_id


def test_on_a_commercial_claim_what_is_different_about_this_payer_gets_the_plans_entry():
    result = KB.ask("is billing e1399 any different for this payer", {"payer": "commercial"})
    assert result.entry_id == "commercial-billing"


def test_plain_bm25_picking_another_payers_entry_on_the_topic_does_not_sink_the_claims_answer():
    # Plain BM25 cannot see the claim: "the 12 month rule" reads as Medicare's filing limit.
    result = KB.ask("is the 12 month filing rule the same for this claim", {"payer": "commercial"})
    assert result.answered and result.entry_id == "commercial-timely-filing"


def test_a_payer_named_in_the_question_beats_original_medicare() -> None:
    result = KB.ask("ma plan patient, is there prior auth on dme even though medicare has none")
    assert result.entry_id == "prior-auth-medicare-advantage"


def test_a_payer_topic_naming_an_unknown_entry_is_a_content_error(tmp_path) -> None:
    shutil.copytree(CONTENT, tmp_path / "content")
    rules = tmp_path / "content" / "rules" / "knowledge.yaml"
    rules.write_text(rules.read_text().replace("[prior-auth-commercial]", "[prior-auth-comercial]"))
    with pytest.raises(ContentError, match="unknown entry 'prior-auth-comercial'"):
        KnowledgeBase.load(tmp_path / "content", Messages.load(CONTENT), Tokenizer.load(CONTENT))


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("we lent them a chair while theirs gets fixed, can we bill it", "loaner-k0462"),
     ("how long do I have to ask for a recon", "reconsideration"),
     ("monthly rent on a capped item, how many months", "capped-rental"),
     ("CERT letter, what is it", "cert-review"),
     ("our supplier was picked for TPE, now what", "tpe-review"),
     ("what is the aic for 2026", "amount-in-controversy"),
     ("medicare clawback on a rental during a hospital stay", "inpatient-dme-recoupment"),
     ("o2 conc repair labor, which code", "oxygen-repair-labor"),
     ("billing a used wheelchair, which modifier", "rr-nu-ue")],
)  # fmt: skip
def test_billers_shorthand_and_program_acronyms_find_their_topic(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "right_entry"),
    [("ordering doc isn't in pecos at all. how do they enroll just to order",
      "ordering-certifying-file")],
)  # fmt: skip
def test_an_unsure_answer_says_i_think_you_mean_with_the_other_reading_one_click_away(
    question: str, right_entry: str
) -> None:
    result = KB.ask(question)
    assert result.tentative and result.text.startswith("I think you mean")
    assert right_entry in (result.entry_id, result.related[0].entry_id)


@pytest.mark.parametrize(
    ("question", "right_entry"),
    [("can we use the MSRP to support a gap fill price", "gap-filling"),
     ("do MA plans have to follow medicare LCDs for dme", "prior-auth-medicare-advantage")],
)  # fmt: skip
def test_a_close_call_no_learned_wording_names_is_declined_with_both_readings_offered(
    question: str, right_entry: str
) -> None:
    result = KB.ask(question)
    assert not result.answered and result.score < 0.5
    assert right_entry in [topic.entry_id for topic in result.related[:2]]
    # Without the learned wordings the same question is a close call.
    assert KB.without_learning().ask(question).tentative


@pytest.mark.parametrize(
    "question",
    ["what's your name", "which biller is covering the medicaid queue this week",
     "make me a spreadsheet of every payer's timely filing limit",
     "what's our write-off threshold for small GZ denials",
     "which gel cushion is best for a pt with a pressure sore"],
)  # fmt: skip
def test_chit_chat_team_policy_work_requests_and_product_choices_are_declined(question) -> None:
    assert not KB.ask(question).answered


def test_a_knowledge_base_leaving_out_a_question_set_learns_nothing_from_it() -> None:
    source = "knowledge_heldout3.yaml"
    learned = [p for p in KB.learned if p.source == source]
    assert learned
    kept = KB.leaving_out(source)
    assert kept.learned == KB.learned  # the file's wordings stay listed ...
    question = learned[0].q  # ... but the set's own are not among the neighbours
    tokens = kept.ranker.query_tokens(kept.ranker.correct_typos(question))
    assert kept.neighbours.votes(tokens)["_top"] < KB.neighbours.votes(tokens)["_top"]


@pytest.mark.parametrize(
    "question",
    ["vendor says its a class II FDA device without a code yet so E1399 is automatic",
     "billed 900 on an e1399 line that already paid, should have been 90, typo. how do we fix it",
     "tech re-riveted a strap and swapped a buckle on the pts own KAFO. do we bill it like our "
     "DME repairs, K0739 + RB?"],
)  # fmt: skip
def test_an_answer_covering_less_than_half_the_question_is_not_stated_outright(question):
    result = KB.ask(question)
    assert result.score < 0.5 and (not result.answered or result.tentative)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("what is the timely filing limit for medicare dme claims", "timely-filing"),
     ("co16 n350 on the e1399 line", "denial-co16-n350"),
     ("what does the GY modifier mean", "gy-modifier"),
     ("what is e1399?", "e1399-descriptor"),
     ("What is L3999", "l3999-upper-limb-orthosis")],
)  # fmt: skip
def test_a_clear_question_is_answered_outright(question: str, entry_id: str) -> None:
    result = KB.ask(question)
    assert (result.entry_id, result.tentative) == (entry_id, False)


def test_a_denial_code_entry_does_not_answer_a_question_naming_no_code_or_denial() -> None:
    result = KB.ask("when would the new comp bid contracts actually start")
    assert result.entry_id == "competitive-bidding-2026"


@pytest.mark.parametrize(
    ("state", "entry_id"), [("MT", "montana-medicaid-dme"), ("NM", "new-mexico-medicaid-pricing")]
)
def test_a_medicaid_claims_state_picks_that_states_entry_not_another_states(state, entry_id):
    context = {"payer": "medicaid", "state": state}
    assert KB.ask("how will they price a no-fee-schedule item", context).entry_id == entry_id


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
    ("question", "entry_id"),
    [("what is a DME MAC?", "which-dme-mac"), ("jurisdiction b states", "dme-mac-jb")],
)  # fmt: skip
def test_a_question_naming_no_state_gets_one_jurisdiction_only_by_its_name(question, entry_id):
    assert KB.ask(question).entry_id == entry_id


def test_a_close_call_with_only_one_candidate_is_still_a_hedged_answer() -> None:
    result = KB.ask("DX")  # one weak match, no rival to offer
    assert not result.answered or result.tentative


def test_an_answer_no_narrower_reading_confirms_is_declined_when_it_covers_little() -> None:
    # The date-of-service entry shares only "billed" and "after" with the question; plain BM25,
    # the topics' own words and the nearest example phrasing each pick another entry.
    result = KB.ask(
        "we billed 275 but the narrative says PL $250 because shipping got added after, "
        "does that matter"
    )
    assert not result.answered
    assert result.related


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("e1399 pricing = cost + x%?", "medicare-pricing-e1399"),
     ("humana denied it, do i send the redetermination to the dme mac",
      "medicare-advantage-appeals")],
)  # fmt: skip
def test_a_question_naming_no_payer_gets_medicare_and_a_carrier_names_its_plan_type(
    question, entry_id
) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("k0823 power chair - prior auth required?", "prior-auth-list-codes"),
     ("L5856 PA?", "prior-auth-list-codes")],
)  # fmt: skip
def test_a_code_inside_a_range_an_answer_lists_finds_that_answer(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id


def test_a_pa_who_signs_is_a_practitioner_not_a_prior_authorization() -> None:
    assert KB.ask("is a PA allowed to sign the dme order").entry_id == "np-pa-cns-orders"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("do we still need a DIF for an enteral pump", "cmn-dif-discontinued"),
     ("is the DIF still required for oxygen", "cmn-dif-discontinued")],
)  # fmt: skip
def test_the_dme_information_form_by_its_short_name_finds_its_topic(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id


def test_learned_wordings_vote_for_the_entries_and_out_of_scope_they_were_labelled_with() -> None:
    from flows.knowledge_learned import OUT_OF_SCOPE, LearnedNeighbours, LearnedPhrasing

    wordings = [
        LearnedPhrasing(
            q="is the misc dme code a cpt code", entry="e1399-hcpcs-not-cpt", source="a"
        ),
        LearnedPhrasing(q="whats the office wifi password", entry=OUT_OF_SCOPE, source="a"),
    ]
    neighbours = LearnedNeighbours(wordings, KB.tokenizer)
    assert neighbours.named == {"e1399-hcpcs-not-cpt"}
    votes = neighbours.votes(KB.tokenizer.tokens("wifi password for the office?"))
    assert votes[OUT_OF_SCOPE] == 1.0
    assert LearnedNeighbours([], KB.tokenizer).votes(["cpt"]) == {}
