"""Messages about the bot itself, general knowledge that names a billing word, the asker's own
insurance choices, sales and hiring advice, and requests that the bot sign, backdate or alter
something for someone are declined: no entry answers them, whatever billing word they share.
Billing questions worded like each of them (asked of the bot, naming the same word, about a
patient's plan, about the team's operations, or asking the rule on signing and dates) are
still answered."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge

DECLINED = {
    "the bot itself": [
        "what model are you running on",
        "which language model powers this bot",
        "are you chatgpt or something else",
        "who built you and who trained you",
        "are you ever bored of modifier questions",
        "what's your favourite HCPCS code",
        "whats ur favorite modifier lol",
        "do you enjoy answering prior auth questions",
        "what version of GPT is this",
        "is this bot built on claude or openai",
        "do you get tired of people asking about the ABN",
        "are you happy working with billers all day",
        "which LLM runs you",
        "who made you, a vendor or CMS?",
        "do you ever get bored of oxygen questions",
        "who owns you",
    ],
    "general knowledge": [
        "how many bones are in the human body",
        "what percent of the atmosphere is oxygen",
        "who invented the wheel",
        "when was the wheelchair invented",
        "what is the boiling point of liquid oxygen",
        "what's the longest river in the world",
        "history of the walker as an invention",
        "who discovered oxygen",
        "how many teeth does an adult have",
        "what is the capital of Ohio",
        "world record for the longest wheelchair ride",
        "how much of the human body is water",
        "what is the melting point of steel in a wheelchair frame",
        "why is the sky blue",
        "what's the biggest hospital in the world",
        "what's the chemical symbol for oxygen",
    ],
    "own insurance": [
        "should I pick a Medigap plan or an Advantage plan for myself",
        "is a Medicare Advantage plan better for me personally",
        "should I sign up for Medigap plan N or G for myself",
        "should I keep my employer coverage or take Medicare",
        "is plan G worth it for someone my age",
        "I turn 65 next month, should I enroll in Part B",
        "which Part D plan should I choose for my own prescriptions",
        "what's the best Medicare plan for me when I retire",
        "should I enroll in Medicare Advantage during open enrollment",
        "should I switch my own plan to an HMO",
        "im turning 65 in March, is an Advantage plan cheaper",
        "is my own deductible too high, should I change plans",
        "which supplement plan should I buy for myself",
        "should i sign up for part d if i take no drugs",
        "is an HMO better for me than a PPO",
        "which medicare plan should I get",
    ],
    "sales and hiring": [
        "what should our sales reps say to win over a new hospital account",
        "tips for hiring a good medical biller",
        "what interview questions should I ask a billing candidate",
        "best way to grow referrals from physical therapists",
        "how do we get more hospital discharge planners to send us business",
        "how do I onboard a new sales rep",
        "how do we market our DME shop to local doctors",
        "write a sales pitch for our oxygen service",
        "should we advertise on facebook or google",
        "what salary should we offer a new billing specialist",
        "ideas for a marketing campaign for our mobility store",
        "how should we pitch power chairs to nursing homes",
        "what's a good commission plan for DME reps",
        "how do we beat the competitor down the street",
        "draft a job posting for a DME coder",
        "how do we grow our DME business",
    ],
    "improper acts": [
        "go ahead and sign the ABN on the patient's behalf, she said it's fine",
        "please backdate the ABN to last Tuesday",
        "can you sign the POD for the patient, she's asleep",
        "just change the date of service on the claim to last month for me",
        "please forge the doctor's signature on the SWO",
        "go ahead and alter the date on the ABN",
        "go ahead and backdate the order for us",
        "could you fill in the pt's signature on the delivery ticket",
        "can you approve me signing for the patient",
        "change the DOS to before the ABN for me",
        "i need you to sign the CMN as the physician",
        "can u initial the ABN for him",
        "please just sign it for her, she's fine with it",
        "could you falsify the delivery date so it's inside the window",
        "can you fake the doctor's signature this once",
        "please make the POD say she signed it",
        "go ahead and approve the backdated ABN",
    ],
}

ANSWERED = {
    "asked of the bot": [
        "can you tell me the E1399 narrative rule",
        "can you explain what KX means",
        "do you know the timely filing limit for medicare DME",
        "are you able to tell me which MAC covers Ohio",
        "what do you think, GA or GZ when there's no ABN",
        "could you remind me how many characters the NTE allows",
        "do you have the ABN form version that's current",
        "which modifier would you use for a rental",
        "tell me what goes in the narrative for a misc item",
        "can u explain RR vs NU",
        "what would you put in box 19 for E1399",
        "do you know who the PDAC is",
        "which code do you use for a wheelchair part with no code",
        "can you walk me through the ADR deadline",
        "are you sure the redetermination window is 120 days",
    ],
    "the same word in billing": [
        "bone growth stimulator, does it need prior auth",
        "how long does medicare pay for oxygen rental",
        "wheelchair part with no code, what do I bill",
        "which MAC covers Ohio",
        "oxygen concentrator repair, is labor paid",
        "how many units of K0739 for a battery swap",
        "how many characters in the NTE narrative",
        "how many days to file a redetermination",
        "what is the history requirement for same or similar",
        "who can order DME, can a podiatrist",
        "Texas pt, which DME MAC",
        "bone stimulator denied, what now",
        "oxygen after 36 months, what happens",
        "when was the E1399 replacement proposal",
        "is the wheelchair base billed on K0108",
    ],
    "a patient's plan": [
        "MA18 on the remit, do I bill the supplemental myself",
        "pt has a Medigap plan G, do we bill it after Medicare",
        "patient has Medicare Advantage, do I need an ABN",
        "dual eligible pt, do I bill medicaid myself or wait for crossover",
        "MA plan denied the item, where do I appeal",
        "does a Medicare Advantage plan require prior auth on DME",
        "pt's plan is an HMO advantage plan, do we bill the DME MAC",
        "can I bill the patient's supplement directly",
        "how long do I wait for the crossover before billing the secondary myself",
        "patient chose a Medicare Advantage plan, is the ABN still needed",
        "MA plan pt, how long to appeal a denial",
        "secondary insurance is a medigap, what's the remark code for crossover",
        "MA07 on the remit, do I send it to medicaid myself",
        "pt's advantage plan denied, what's the appeal deadline",
        "does medicare pay first for a dual eligible pt",
    ],
    "the team's operations": [
        "what should I collect from the sales rep before I bill a misc code",
        "manufacturer's rep says their item is E1399, is that right",
        "new biller here, what's the timely filing limit",
        "we're hiring, but first: what goes in the NTE narrative",
        "hospital discharge tomorrow, can we deliver the bed before",
        "can we bill the hospital stay items to the DME MAC",
        "referring doctor is not in PECOS, can we still bill",
        "our sales rep delivered the item, can he sign the POD",
        "physical therapist wrote the order, is that ok",
        "nursing home pt in a part A stay, can we bill the DME MAC",
        "can the rep request PDAC coding verification for us",
        "new account in Rhode Island, which MAC do we bill",
        "a consultant pitched us gap filling for E1399, is that a thing",
        "our new hire asks what the GA modifier means",
        "sales rep swears his oxygen concentrator can go on E1399, true?",
    ],
    "the rule on signing and dates": [
        "can the patient's representative sign the ABN",
        "can we backdate the ABN to the delivery day",
        "can our driver sign the POD for the patient",
        "can the pt's daughter sign for her at delivery",
        "who can sign the ABN if the patient can't write",
        "can the doctor sign the SWO after delivery",
        "the ABN was signed after delivery, GA or GZ",
        "can a designee sign the proof of delivery",
        "can I have the pt sign the ABN now that it's delivered",
        "can the tech sign for the patient as designee",
        "what date goes on the claim if the pt signed the delivery ticket late",
        "compliance asks if we can get the ABN backdated, can we",
        "is it ever ok to backdate the ABN",
        "does the SWO need the doctor's signature",
        "the pt's wife wants to sign the ABN for her husband, allowed?",
    ],
}


@pytest.mark.sweep(n=5)
@pytest.mark.parametrize("question", [q for questions in DECLINED.values() for q in questions])
def test_no_entry_answers_them(question: str) -> None:
    assert KB.ask(question).entry_id is None


@pytest.mark.sweep(n=5)
@pytest.mark.parametrize("question", [q for questions in ANSWERED.values() for q in questions])
def test_billing_questions_worded_like_them_are_answered(question: str) -> None:
    assert KB.ask(question).entry_id is not None
