"""Three kinds of message no entry answers, recognised by their shape in words no list holds: a
job in the world told to be done for the team (sign, fax, resubmit, look up one claim), the bot
asked about its own health, workload, limits or makers, and how to code a diagnosis or a
procedure. Billing questions worded like each (the rule on the same act, asked of the bot, a
diagnosis on a DME order) are still answered."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge

DECLINED = {
    "a job told to be done": [
        "sign the ABN on the patient's behalf and fax it to the office",
        "need the CMN faxed to Dr. Lee's office today",
        "get this claim resubmitted by Friday",
        "Mrs. Ortiz's walker claim - resubmit it",
        "the corrected SWO for the hospital bed, fax it over to the doctor please",
        "initial the changed date on the delivery ticket for the patient",
        "we need the denial letter for the Jones rental mailed out this afternoon",
        "the appeal for the power chair, file it today",
        "please have the redetermination submitted before Friday",
        "I need the oxygen invoice emailed to the family by noon",
        "the Hendricks POD - scan it and upload it to the portal",
        "want the ADR packet sent over to CGS first thing tomorrow",
        "what's the status of claim number ending 4471 from last week",
        "ICN ending in 0923 - where is it at",
        "status on claim no. 55120 pls",
        "the unsigned delivery ticket for room 4, sign it for her",
        "what's the status of my claim",
        "has our claim been processed yet? it went in last week",
    ],
    "the bot about itself": [
        "how many questions can you answer per day before you break",
        "do you ever crash when lots of people ask at once",
        "how many messages can u take in an hour",
        "what are your limits",
        "who keeps you running",
        "will you go down over the weekend",
        "which company built this bot",
        "does this bot have a daily limit",
        "do you need a break after a busy morning",
        "what happens to your memory when the server restarts",
        "who pays for this bot",
        "how many requests can you handle at the same time",
        "do you sleep at night",
        "does the bot get overwhelmed at month end",
        "what's your capacity",
        "is there a rate limit on how often we can ping you",
    ],
    "clinical coding": [
        "how do I code a sepsis diagnosis",
        "how should we code a hip fracture admission",
        "coding a CHF encounter",
        "how to code pneumonia with respiratory failure",
        "how would you code a diabetic foot ulcer",
        "how do you code an overdose in the ER",
        "what's the best way to code a stroke with weakness",
        "how should I code a complication of surgery",
        "coding for a pressure injury found at admission",
        "how do I code a secondary diagnosis",
        "how do we code a wound infection after a procedure",
        "how to code hypertension with heart failure",
        "how should one code a burn on the hand",
        "can I code the symptom along with the confirmed disease",
        "how do I code sepsis due to a urinary infection",
        "what dx code do I use for a power wheelchair",
        "which diagnosis code for a hospital bed",
    ],
}

ANSWERED = {
    "the rule on the same act": [
        "can the representative sign the ABN on the patient's behalf?",
        "how do I check claim status",
        "who can sign the ABN if the patient cannot write",
        "can we fax the SWO to the supplier or does it need to be mailed",
        "the SWO expired, can we fax it back to the doctor",
        "is a faxed signature ok on the written order",
        "what happens when a claim gets resubmitted with the same ICN",
        "how long do we have to file a redetermination",
        "where do I send an ADR response",
        "can a family member sign the delivery ticket",
        "how do I resubmit a claim that was rejected",
        "what's the claim status line for Noridian",
        "is an emailed SWO acceptable",
        "does the ABN need the patient's signature before delivery",
        "when is a claim number reused",
    ],
    "asked of the bot": [
        "can you break down the RR modifier rule",
        "do you break out the labor on a repair claim",
        "can you explain what the KX modifier means",
        "would you use the GA modifier here",
        "how do you bill a replacement battery for a power chair",
        "what happens if you bill the rental past 13 months",
        "can you tell me the narrative limit for the NTE",
        "how many units can you bill for K0739",
        "do you need a KX on a walker claim",
        "what would you put in the E1399 narrative",
        "can you list what goes on an SWO",
        "how do you handle a missing information denial",
        "do you know when the ABN is required",
        "what are the limits on rental months for a capped item",
        "how many days do you have to appeal a denial",
    ],
    "a diagnosis on DME billing": [
        "does the SWO need an ICD-10 code",
        "how do I code the diagnosis on the SWO",
        "how do I code a custom cushion with no HCPCS",
        "how to code a wheelchair accessory that has no code",
        "does the E1399 claim need a diagnosis code",
        "where does the diagnosis go on the written order",
        "is a diagnosis required on the detailed written order",
        "how do I code a repair on a patient owned wheelchair",
        "how should I code a miscellaneous item that has no code",
        "what HCPCS code do I use for an item with no code",
        "how do I code an upgrade the patient pays for",
        "how to code a replacement part for a power chair",
        "how do we code oxygen contents",
        "does the oxygen CMN need a diagnosis code",
        "how do I code the labor for a wheelchair repair",
    ],
}


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("question", [q for questions in DECLINED.values() for q in questions])
def test_no_entry_answers_them(question: str) -> None:
    assert KB.ask(question).entry_id is None


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("question", [q for questions in ANSWERED.values() for q in questions])
def test_billing_questions_worded_like_them_are_answered(question: str) -> None:
    assert KB.ask(question).entry_id is not None
