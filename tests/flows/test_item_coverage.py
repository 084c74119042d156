"""Billers ask whether Medicare covers one item: the answer names the item's likely code and what
its CMS coverage code means; a rule, another payer, an amount or a claim stays with the knowledge
base."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("question", "code", "must_say"),
    [("is a knee scooter covered", "E0118", "the DME MAC decides case by case"),
     ("does medicare cover a shower chair?", "E0240", "bill E0240 with GY"),
     ("raised toilet seat covered by mcr?", "E0244", "Medicare never covers this item"),
     ("does medicare cover a reacher", "A9281", "the law excludes it"),
     ("is a hospital bed covered", "E0250", "Special Medicare coverage instructions apply"),
     ("Bedside commode, is it covered under Medicare?", "E0163", "(CMS coverage code D)"),
     ("pt needs a folding walker with front wheels, does medicare cover it", "E0143",
      "read the DME MAC's LCD"),
     ("portable oxygen concentrator (POC) covered by medicare?", "E1392", "E1392"),
     ("will medicare pay for a bed rail", "E0310", "E0310"),
     ("knee walker - medicare?", "E0118", "E0118"),
     ("shower chair - medicare ok?", "E0240", "bill E0240 with GY"),
     ("folding walker, adult, with front wheels - covered?", "E0143", "E0143"),
     ("diabetic pt - glucose monitor, is it covered", "E0607", "E0607"),
     ("spacer for his inhaler, covered? he is 80", "A4627", "Medicare never covers"),
     ("is a replacement water chamber for a cpap humidifier covered", "A7046", "A7046"),
     ("after her stroke, pt needs a folding walker with front wheels. does medicare cover that one",
      "E0143", "E0143"),
     ("she wants a shower chair - would that be a covered item", "E0240", "bill E0240 with GY"),
     ("stationary liquid oxygen system, rental - covered by medicare?", "E0439", "E0439"),
     # a detail left open that the code's descriptor covers ("with or without coating")
     ("coude intermittent catheter, coated or not - does medicare cover it", "A4352", "A4352"),
     ("iv pole - covered item under medicare?", "E0776", "E0776"),
     ("bedside commode, covered mcr?", "E0163", "E0163"),
     ("shower chair, prescribed - covered by medicare?", "E0240", "bill E0240 with GY"),
     ("folding walker - covered by mcr or no", "E0135", "E0135"),
     ("nebulizer with compressor for use at home - covered by medicare?", "E0570", "E0570"),
     # names billers use (aliases.yaml)
     ("hybrid mask for bipap, covered by medicare", "A7027", "A7027"),
     ("ng feeding tube without stylet - covered?", "B4082", "B4082"),
     # a greeting clause names no item; more names of Original Medicare and ways to ask
     ("hey - quick q. bedside commode: covered or not?", "E0163", "E0163"),
     ("shower chair - original mcr ok?", "E0240", "bill E0240 with GY"),
     ("iv pole - is this a covered supply under medicare ffs", "E0776", "E0776"),
     ("raised toilet seat. covered or nah", "E0244", "Medicare never covers"),
     ("knee scooter - is that even a covered item", "E0118", "E0118"),
     ("bed rail - mcr covered yes or no", "E0310", "E0310"),
     ("is a hospital bed something medicare pays for", "E0250", "E0250"),
     # the asking words first, the item in the clause after them
     ("something medicare pays for? a bedside commode", "E0163", "E0163"),
     ("mcr ok? shower chair", "E0240", "bill E0240 with GY"),
     ("does medicare cover it - a bed rail. pt is 80", "E0310", "E0310"),
     ("straight mcr ok for a shower chair?", "E0240", "bill E0240 with GY"),
     # a greeting to the team, and "either way" or "yes or no" said apart, ask nothing more
     ("hey team, is a shower chair covered by mcr? yes or no", "E0240", "bill E0240 with GY"),
     ("is a bed rail covered by medicare, either way", "E0310", "E0310")],
)  # fmt: skip
def test_a_coverage_question_gets_the_items_code_and_its_coverage(
    question: str, code: str, must_say: str
) -> None:
    answer = KB.ask(question)
    assert answer.answered and answer.answered_from == "code_table"
    assert answer.code_search is not None and answer.code_search["likely"] == code
    assert must_say in answer.text
    assert "coverage code is Original Medicare's" in answer.text  # other payers differ


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "question",
    ["does medicare cover repairs",
     "is a wheelchair covered in a SNF",
     "does medicaid cover a knee scooter",
     "is a lift chair covered by humana MA",
     "how much does medicare pay for a hospital bed",
     "was the walker claim covered",
     "is E0118 covered",
     "replacement for wear at 3 years — covered?",
     "3 yr old commode worn out, no accident. covered?",
     "does medicare cover DME used only outside the home",
     "title passed to the pt on their capped rental and now it needs servicing. does medicare pay",
     "commode worn out, no accident - is a commode covered",
     "walker, covered? she wants it for 3 months",
     "replacement cpap mask after 3 months - covered?",
     "is E1399 covered for a repair part",
     "does medicare cover E1399 items",
     "E1399 for a stair lift for the porch - covered?",
     "bathroom lift E0625 - is that covered",
     "once the title passes, will medicare pay for servicing a wheelchair?",
     "shower chair, code? covered?",
     "pt in snf and needs a folding walker with front wheels - would that be covered",
     "walker, rental - covered?",
     "thigh high surgical stockings (above knee length) - covered?",
     "misc item, nothing fits - covered by medicare?",
     "walker, not sure if he qualifies or not - covered by medicare?",
     "hospital bed - not sure if the notes support it or not, covered?",
     # the detail left open picks between two codes: naming either is a guess
     "lithium ion battery for a cochlear processor - covered? not sure if ear level or body worn",
     "bedside commode, heavy duty or not - covered?",
     "amputee wheelchair, not sure if the arms are fixed or detachable - covered by medicare?",
     "pt wants a walker just for use at school, not at home - covered?",
     "hi, quick one: walker rental - covered by mcr or nah",
     "hello - is a wheelchair covered in a SNF either way",
     # the clause after the asking words names a rule or a situation, not an item
     "does medicare cover it? the repair on his power chair",
     "covered? pt has had the walker 3 years",
     "mcr ok for repairs on a pt owned power chair",
     "hey team, is a wheelchair covered in a SNF? yes or no"],
)  # fmt: skip
def test_other_coverage_questions_stay_with_the_knowledge_base(question: str) -> None:
    coverage = KB.code_facts.coverage if KB.code_facts else None
    assert coverage is not None and coverage.item_of(question) is None
    assert "coverage code is Original Medicare's" not in KB.ask(question).text


def test_an_item_billed_with_a_noc_code_is_covered_claim_by_claim() -> None:
    question = "arm sling that fits no L code (L3999) - does medicare cover it"
    coverage = KB.code_facts.coverage if KB.code_facts else None
    assert coverage is not None
    answer = coverage.answer(question, KB)
    assert answer is not None and answer.code_search is not None
    assert answer.code_search["likely"] == "L3999" and answer.code_search["noc"] == "L3999"
    assert "reviews each claim" in answer.text and "no specific code describes" in answer.text


@pytest.mark.parametrize(
    ("question", "code"),
    [("power wheelchair that fits none of the group codes - is it covered", "K0898"),
     ("ostomy supply with no code of its own - covered by medicare?", "A4421"),
     ("wheelchair cushion with no pdac verification, is it covered", "K0669")],
)  # fmt: skip
def test_an_item_no_code_fits_described_by_its_noc_codes_words_is_covered_claim_by_claim(
    question: str, code: str
) -> None:
    answer = KB.ask(question)
    assert answer.answered_from == "code_table" and answer.code_search is not None
    assert answer.code_search["likely"] == code and answer.code_search["noc"] == code
    assert "reviews each claim" in answer.text


@pytest.mark.parametrize(
    "question",
    ["bath chair E0240 for a patient who wants a denial for her supplemental - which modifier",
     "E0625 lift, pt wants the denial for her medigap, what modifier"],
)  # fmt: skip
def test_a_never_covered_items_code_with_a_secondary_denial_asked_gets_gy_and_no_abn(
    question: str,
) -> None:
    answer = KB.ask(question)
    assert answer.answered
    assert "GY" in answer.text and "no ABN is needed" in answer.text


@pytest.mark.parametrize(
    "question", ["is E1399 covered by medicare", "does medicare cover E1399", "e1399 coverage?"]
)
def test_e1399s_coverage_is_coverage_code_c_decided_line_by_line(question: str) -> None:
    answer = KB.ask(question)
    assert answer.answered and not answer.tentative
    assert "coverage code C" in answer.text
    assert "reviews each E1399 claim on its own" in " ".join(answer.text.split())
    assert "prices it" in answer.text
