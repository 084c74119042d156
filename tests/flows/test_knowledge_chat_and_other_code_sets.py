"""A chat line about the team's day names no item, so no HCPCS code is read into it; a CPT code
asked for a procedure and a maker chosen for a patient are outside DME billing and declined,
while an item named alone still gets its code and a question naming CPT or a maker in passing
is still answered."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge
ITEMS = KB.code_facts.items if KB.code_facts else None


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "message",
    ["stepping out for tacos, back in 30", "off for sushi with the girls", "grabbing burritos",
     "walking the dog at noon", "bbq at my place saturday", "snow day tomorrow maybe",
     "the eagles won again", "flat tire, running a few minutes late", "taking my break now",
     "bathroom break", "picking up my kids from school, back at 3"],
)  # fmt: skip
def test_a_chat_line_about_the_day_is_declined_without_a_code(message: str) -> None:
    result = KB.ask(message)
    assert not result.answered
    assert result.answered_from is None and result.code_search is None


@pytest.mark.parametrize("message", ["stepping out for tacos", "out for tacos, back soon"])
def test_a_verb_sharing_a_stem_with_a_descriptor_names_no_item(message: str) -> None:
    # "stepping" reads as the "step-up hinges" of an elbow socket; "tacos" as no code's word
    assert ITEMS is not None and ITEMS.items_of(message) == []


@pytest.mark.parametrize(
    ("message", "code"),
    [("knee walker with a basket", "E0118"),
     ("cervical traction collar with air bladders", "E0856"),
     ("leg extensions for a walker (tall pt, 6'7)", "E0158"), ("heel protector boots", "E0191")],
)  # fmt: skip
def test_an_item_named_alone_still_gets_its_code(message: str, code: str) -> None:
    result = KB.ask(message)
    assert result.answered_from == "code_table"
    assert result.code_search is not None and result.code_search["likely"] == code


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "question",
    ["which CPT for a hip arthroscopy with labral repair", "cpt code for a colonoscopy w biopsy",
     "what cpt does the surgeon bill for a spinal fusion", "whats the cpt for an allergy shot",
     "which CPT for a three-level cervical fusion with plates",
     "best power wheelchair brand for a tall client",
     "top power wheelchair manufacturer for heavy users",
     "which is the best hoyer lift brand for a small home",
     "most recommended rollator manufacturer for seniors",
     "top rated cpap maker for a side sleeper"],
)  # fmt: skip
def test_a_procedure_code_or_a_makers_product_is_declined(question: str) -> None:
    assert not KB.ask(question).answered


@pytest.mark.parametrize(
    ("question", "entry"),
    [("is E1399 a CPT code", "e1399-hcpcs-not-cpt"),
     ("is it a cpt or hcpcs code", "e1399-hcpcs-not-cpt"),
     ("do I need manufacturer and model in the note", "narrative-contents"),
     ("when do we need a brand new order", "new-order-needed"),
     ("is a good manufacturer warranty enough to skip billing repairs", "repair-under-warranty")],
)  # fmt: skip
def test_cpt_or_a_maker_named_in_passing_keeps_its_answer(question: str, entry: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == entry
