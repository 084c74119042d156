"""Messages the knowledge base declines however many billing words they share, beside
look-alikes it still reads: thanks or a sign-off in a language the entries are not written in,
the bot asked to do work in an outside system, and software or vendors to buy; and a question
typed with caps lock on, answered as the same words in lower case."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.content import default_content_dir
from flows.knowledge_unread import Unread
from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "message",
    [
     'tusind tak, vi ses i morgen',
     'dank je wel, de uitleg over de PDAC was top',
     'mange tak for hjælpen med narrativen',
     'kiitos paljon, homma selvisi',
     'muito obrigada, você salvou minha tarde',
     'grazie mille, spiegazione chiarissima',
     'vielen lieben Dank, das hat mir sehr geholfen',
     'moltes gràcies, fins demà',
     'hvala lijepa, sve je jasno sada',
     'děkuji moc, hezký víkend',
     'köszönöm szépen a segítséget',
     'salamat po sa tulong, ingat kayo',
     'terima kasih banyak, sampai jumpa besok',
     'asante sana rafiki, tutaonana kesho',
     'teşekkürler, çok yardımcı oldun',
     'go raibh maith agat, slán go fóill',
    ],
)  # fmt: skip
def test_thanks_in_another_language_is_declined(message: str) -> None:
    assert not KB.ask(message).answered


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "question",
    [
     'gracias! does E1399 need a narrative in NTE02?',
     'merci, what goes in the NTE02 narrative for E1399',
     'thanks, and how long do we have to file a redetermination',
     'danke, is an ABN needed when medicare may deny the item',
     'cheers, is KX needed on E1399?',
     "obrigado, which modifier goes on a capped rental's first month",
     'grazie, what is the PDAC',
     'quad cane',
     'shower chair with back',
     'wheelchar cushon',
     'ABN signed after delivery',
     'narrative for a custom seat cover',
     'CO-16 denial on E1399',
     'kiitos, mikä on E1399?',
     'Renée asked whether an ABN is needed for E1399',
    ],
)  # fmt: skip
def test_thanks_beside_a_question_or_an_item_is_still_read(question: str) -> None:
    assert not KB.is_off_topic(question)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "message",
    [
     'go into PECOS and fix our correspondence address',
     "please log into PECOS and update the ordering doctor's enrollment",
     'can you hop on NMP and resubmit the Garcia claim',
     'go into the IVR and check eligibility for our pt',
     "jump on the clearinghouse and resend yesterday's batch",
     'could you call the DME MAC and ask about our redetermination',
     'please resubmit the claim for me',
     'can you update the portal with our new fax number',
     "fax the SWO to Dr. Patel's office",
     'log in to myCGS and pull our remits',
     'pls call noridian and check on the batch',
     'can u get into our billing software and void that line',
     "please email the ABN to the patient's daughter",
     'need you to file the reopening for us today',
     'sign into PECOS and verify our PTAN',
    ],
)  # fmt: skip
def test_asking_the_bot_to_work_in_an_outside_system_is_declined(message: str) -> None:
    assert KB.is_off_topic(message)
    assert not KB.ask(message).answered


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "question",
    [
     'how do I update our correspondence address in PECOS',
     'how do I resubmit a rejected claim',
     "what's the phone number for the PDAC",
     'how do I check if the ordering doctor is in PECOS',
     'can we resubmit a claim that was denied for a missing narrative',
     'how do I file a reopening for a clerical error',
     'should we call the MAC or send a written redetermination',
     'how do I get into the portal to check claim status',
     'do I fix a CO-16 by resubmitting or by reopening',
     'how do we correct the narrative on a paid E1399 line',
     'what address goes on the ADR response',
     'when should we resubmit vs appeal',
     'is a claim rejected by CEDI resubmitted or appealed',
     'how do I send ADR records through esMD',
     'what does PECOS have to show for the ordering doctor',
    ],
)  # fmt: skip
def test_how_to_do_it_in_an_outside_system_is_answered(question: str) -> None:
    assert not KB.is_off_topic(question)
    assert KB.ask(question).answered


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "message",
    [
     "what's a good CRM for a small DME supplier",
     'best billing software for a three-person DME shop',
     'which clearinghouse is cheapest for 200 claims a month',
     'recommend a clearinghouse for a small oxygen supplier',
     'top rated EHR for a DME company',
     'which software should we buy for tracking rentals',
     'best app for scanning delivery tickets',
     'what CRM do other DME suppliers use',
     'cheapest billing software with an 837 export',
     'most reliable clearinghouse for DME claims',
     'best EMR for a small orthotics shop',
     'which billing system is better for a small supplier, ours or a new one',
     'recommend a CRM that talks to our billing software',
     'top rated billing platform for home medical equipment',
     'which CRM is cheapest for a DME startup',
    ],
)  # fmt: skip
def test_a_software_or_vendor_recommendation_is_declined(message: str) -> None:
    assert not KB.ask(message).answered


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "question",
    [
     'do we have to use a clearinghouse to send claims to CEDI',
     'what is an 837P',
     'how do I read a 277CA rejection from the clearinghouse',
     'does the clearinghouse put the narrative in NTE02',
     'what EDI format does the DME MAC accept',
     "what's the best way to write an E1399 narrative",
     'best practice for the NTE02 narrative on E1399',
     'which modifier is best for a rental',
     'what is CEDI',
     'can we send paper claims instead of EDI',
     'how do claims get from our software to CEDI',
     'what does a 999 acknowledgment mean',
     'is the manufacturer and model required in the narrative',
     'recommended narrative format for a misc item',
     'what is the PDAC',
    ],
)  # fmt: skip
def test_what_the_rules_say_about_claims_software_is_still_read(question: str) -> None:
    assert not KB.is_off_topic(question)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "question",
    [
     'where does the PL amount go',
     'new hire says E1399 is the oxygen misc code. settle it',
     'does E1399 need a narrative in NTE02',
     'how long do we have to file a redetermination',
     'is an ABN needed when medicare may deny the item',
     'which modifier goes on the first month of a capped rental',
     'what is the PDAC',
     'CO-16 denial on E1399, what now',
     'who is the DME MAC for Texas',
     'timely filing limit for medicare DME',
     'do I need prior auth for a power wheelchair',
     'what does KX mean',
     'can we bill the patient without an ABN',
     'what did Marcus decide about the new intake form',
     "did Mrs. Garcia's E1399 get paid",
     'what goes in box 19',
     'is E1399 a CPT code',
     'how do I file a reopening for a clerical error',
     'what is an 837P',
     'thanks',
     "what's a good CRM for a small DME supplier",
     'go into PECOS and fix our correspondence address',
     'RR vs NU for a hospital bed',
     'same or similar denial, what do I do',
     'what is the useful lifetime of a wheelchair',
     'how many days do we have to answer an ADR',
     'does medicare advantage follow the DME MAC rules',
     'difference between GA and GZ',
     'where does the manufacturer name go on the claim',
     'what is CEDI',
     'Luis made a template for PA requests, where is it',
    ],
)  # fmt: skip
def test_a_question_in_capitals_gets_the_lower_case_answer(question: str) -> None:
    upper, lower = KB.ask(question.upper()), KB.ask(question.lower())
    assert (upper.answered, upper.entry_id) == (lower.answered, lower.entry_id)


def test_the_content_folder_in_use_decides_which_words_are_english(tmp_path: Path) -> None:
    """A team running a reviewed copy of content/ reads messages with that copy's word list."""
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "english_words.txt").write_text("tusind\ntak\nvi\nses\ni\nmorgen\n")
    message = "tusind tak, vi ses i morgen"
    words = message.replace(",", "").split()
    assert Unread([], [], default_content_dir())(message, words, asks=False)
    assert not Unread([], [], tmp_path)(message, words, asks=False)
