"""Billers ask in their own words; the bot answers with sources or says it does not know."""

from __future__ import annotations

import pytest

from flows.content import default_content_dir
from flows.knowledge import load_entries
from tests.conftest import Chat, repository_content

CONTENT = default_content_dir()
KB = repository_content().knowledge


def test_the_knowledge_base_covers_at_least_110_sourced_topics() -> None:
    entries = load_entries(CONTENT)
    assert len(entries) >= 110
    assert all(entry.sources and entry.last_reviewed for entry in entries)


@pytest.mark.slow  # asks every FAQ entry
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
    ("question", "entry_id"),
    [("CO16 N350", "denial-co16-n350"), ("what's the dos for a shipped item", "date-of-service"),
     ("k0108 for a joystick mount?", "k0108-wheelchair-parts"),
     ("timely filling deadline", "timely-filing"),
     ("swo elements", "swo-elements"), ("nte 02", "nte02-narrative")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
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
@pytest.mark.sweep(n=3)
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
@pytest.mark.sweep(n=3)
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
    assert "too long to read as one question" in chat.text


def test_a_quoted_claim_to_check_gets_the_entry_on_its_topic() -> None:
    question = (
        "my cousin who works at an insurance agency swears "
        "'a redetermination is filed with the DME MAC'"
    )
    assert KB.ask(question).entry_id == "redetermination"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("is aut needed for a medicaid e1399", "prior-auth-medicaid"),
     ("do we ned prior auth for e1399 wth medicaid", "prior-auth-medicaid")],
)  # fmt: skip
def test_a_short_word_with_a_letter_dropped_is_read_as_the_word_meant(question, entry_id):
    assert KB.ask(question).entry_id == entry_id


def test_two_swapped_letters_are_read_as_the_word_meant() -> None:
    assert KB.ask("oxgyen cap").entry_id == "oxygen-rental-cap"


def test_a_remittance_code_keeps_a_cost_sharing_question_on_topic() -> None:
    assert KB.ask("CO-29, can we bill the deductible").entry_id == "denial-co29"


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
def test_a_hcpcs_code_typed_alone_is_declined_and_described_from_the_code_table(
    code, words, entry_id
) -> None:
    result = KB.ask(code)
    assert not result.answered and f"What would you like to know about {code}" in result.text
    assert words in result.text and result.codes[0]["code"] == code
    assert entry_id in [topic.entry_id for topic in result.related]


def test_a_remits_group_and_remark_codes_pasted_together_are_answered() -> None:
    assert KB.ask("co-4 n519").entry_id == "denial-co4"


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
     ("billing a used wheelchair, which modifier", "rr-nu-ue"),
     ("how long is TF on a dme claim", "timely-filing")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_billers_shorthand_and_program_acronyms_find_their_topic(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id


def test_a_denial_code_entry_does_not_answer_a_question_naming_no_code_or_denial() -> None:
    result = KB.ask("when would the new comp bid contracts actually start")
    assert result.entry_id == "competitive-bidding-2026"


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
