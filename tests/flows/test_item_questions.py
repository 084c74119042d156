"""Billers ask whether one item is E1399, NOC or which code it takes: the code search answers,
and questions about a rule that only mention an item stay with the knowledge base."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge
ITEMS = KB.code_facts.items if KB.code_facts else None


@pytest.mark.parametrize(
    ("question", "item"),
    [("400 lb pt needs a free standing trapeze, rep says no code so E1399?",
      "400 lb free standing trapeze"),
     ("can we bill a bariatric commode as E1399", "bariatric commode"),
     ("lift chair mechanism, can it go under e1399", "lift chair mechanism"),
     ("hoyer sling billed as e1399 ok?", "hoyer sling"),
     ("breast milk storage bags, K1005 termed, e1399 or a9999?", "breast milk storage bags"),
     ("walk-in tub. K1003 got termed 12/31/2023 so we put it on e1399 now", "walk-in tub"),
     ("skin protection w/c cushion - e1399 or is there a code", "skin protection w/c cushion"),
     ("would a shower chair fall under e1399", "shower chair"),
     ("pretty sure the hoyer sling is NOC?", "hoyer sling"),
     ("E1399 for a bariatric commode?", "bariatric commode"),
     ("does a bed exit alarm have its own code or is it e1399", "bed exit alarm"),
     ("heel loops for the footrests, k0108?", "heel loops for the footrests"),
     # the link word the code stood after is no part of the item
     ("can I bill a bariatric shower chair under E1399?", "bariatric shower chair"),
     ("a hand-held shower wand by E1399?", "hand-held shower wand"),
     ("stair glide via e1399?", "stair glide")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_the_item_is_read_out_of_the_question(question: str, item: str) -> None:
    assert ITEMS is not None and ITEMS.item_of(question) == item


def test_the_item_read_stops_at_a_second_question_and_leaves_the_request_out() -> None:
    # The code search echoes the item: "can u help me an wheelchair cushion and also" is no item.
    question = "can u help me bill an e1399 wheelchair cushion and also what's timely filing"
    assert ITEMS is not None and ITEMS.asks.items_unasked(question) == ["wheelchair cushion"]
    # "also" alone describes the item ("a vent that also does cough assist")
    vent = "home vent that also does cough assist, only 2 functions. which code?"
    assert ITEMS.items_of(vent) == ["home vent that also does cough assist"]


@pytest.mark.parametrize(
    "question",
    ["what do I put in the narrative for a bariatric commode billed e1399",
     "knee scooter claim denied CO-16 N350, what now",
     "do I need an ABN for a shower chair",
     "GY or GA on an overbed table",
     "bed exit alarm billed e1399, do we need an invoice for pricing",
     "how do I appeal an e1399 denial for a lift chair",
     "wheelchair accessory with no code, e1399 or k0108?",
     "E1390 vs E1399 our system keeps flipping them. which one is the concentrator",
     "did cms ever replace e1399 with new codes?",
     "what is K0108",
     "which loop does the narrative go in for e1399",
     "which contractor for e1399 in Montana?",
     "which carrier for e1399 in Ohio?"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_rule_or_code_question_naming_an_item_stays_with_the_knowledge_base(
    question: str,
) -> None:
    assert ITEMS is not None and ITEMS.item_of(question) is None
    assert KB.ask(question).code_search is None


def test_an_item_with_a_specific_code_gets_that_code_and_the_denial_rule() -> None:
    answer = KB.ask("400 lb pt needs a free standing trapeze, rep says no code so E1399?")
    assert answer.answered and answer.answered_from == "code_table" and answer.entry_id is None
    assert answer.text.startswith('A specific HCPCS code likely fits "400 lb free standing')
    assert "*E0912*" in answer.text and "will not recode it" in answer.text
    assert "877-735-1326" in answer.text and "DMECS" in answer.text
    assert answer.code_search is not None and answer.code_search["likely"] == "E0912"
    assert answer.related[0].entry_id == "denial-valid-code-exists"
    assert all(source.startswith("https://") for source in answer.sources)


def test_an_item_medicare_never_covers_says_so_with_the_gy_advice() -> None:
    answer = KB.ask("automatic blood pressure monitor for home use - e1399?")
    assert "*A4670*" in answer.text and "Medicare never covers this item" in answer.text
    assert "GY" in answer.text and "do not bill it as E1399" in answer.text
    assert answer.related[0].entry_id == "gy-modifier"
    assert any("modifiers/gy" in source for source in answer.sources)


def test_an_item_with_no_specific_code_gets_its_noc_family() -> None:
    answer = KB.ask("bed exit alarm, NOC so E1399?")
    assert answer.answered_from == "code_table" and "*A9280*" in answer.text
    assert 'I found no specific HCPCS code for "bed exit alarm"' in answer.text
    assert "the law excludes it" in answer.text  # A9280 is not covered by statute: GY
    assert answer.code_search is not None and answer.code_search["candidates"] == []


def test_a_terminated_code_named_beside_the_item_is_described_after_the_answer() -> None:
    answer = KB.ask("breast milk storage bags, K1005 termed, e1399 or a9999?")
    assert answer.text.index("*A4287*") < answer.text.index("terminated 12/31/2023")


@pytest.mark.parametrize("message", ["door code", "area code", "check the remark code", "bar code"])
def test_a_code_that_is_no_items_names_no_hcpcs_code(message: str) -> None:
    """A door's, a phone's or a remittance's code is no item's: no HCPCS code is offered."""
    assert KB.ask(message).code_search is None


def test_when_the_search_finds_nothing_it_says_so_and_names_no_code() -> None:
    answer = KB.ask("stair lift, E1399?")
    assert 'I found no specific HCPCS code for "stair lift", and I won\'t guess one' in answer.text
    assert "Medicare may never cover this kind of item" in answer.text
    assert answer.code_search == {"query": "stair lift", "likely": None, "candidates": [],
                                  "noc": None}  # fmt: skip
    assert "*E" not in answer.text.split("\n\n")[0]  # no code named in the code search's line


def test_a_specific_code_named_beside_e1399_is_weighed_with_the_item() -> None:
    answer = KB.ask("knee scooter, e1399 or e0118?")
    assert answer.code_search is not None and answer.code_search["likely"] == "E0118"
    assert "Crutch substitute" in answer.text


def test_a_question_naming_a_noc_family_keeps_the_familys_entry_after_the_code() -> None:
    answer = KB.ask("k0108 for a joystick mount?")
    assert answer.entry_id == "k0108-wheelchair-parts" and answer.code_search is not None


@pytest.mark.parametrize(
    ("question", "code"),
    [("bedside commode, code?", "E0163"),
     ("seat lift mechanism for the pts recliner, no code for that i bet", "E0627"),
     ("nebulizer compressor for home, have codes or misc?", "E0570"),
     ("heel protector boot type thing for a bedbound pt, what code", "E0191"),
     ("over the toilet safety frame, its an accessory so A9900?", "E0243")],
)  # fmt: skip
def test_other_ways_of_asking_an_items_code_get_the_code_first(question: str, code: str) -> None:
    answer = KB.ask(question)
    assert answer.answered and answer.code_search is not None
    candidates = answer.code_search["candidates"]
    assert isinstance(candidates, list)
    first = answer.code_search["likely"] or candidates[0]["code"]
    assert first == code and f"*{code}*" in answer.text.split("\n\n")[0]  # before any entry


@pytest.mark.parametrize(
    ("question", "items"),
    [("fingertip pulse oximeter for home, what hcpcs, pt has humana MA",
      ["fingertip pulse oximeter for home"]),
     ("CPM for a shoulder after rotator cuff repair. E0935 says knee only so we go misc?",
      ["cpm for a shoulder after rotator cuff repair"]),
     ("paraffin bath for arthritic hands + the wax. codes?",
      ["paraffin bath for arthritic hands", "the wax"]),
     ("quad cane w/ small base - code pls", ["quad cane w/ small base"])],
)  # fmt: skip
def test_the_item_is_the_clause_the_search_knows(question: str, items: list[str]) -> None:
    assert ITEMS is not None and ITEMS.items_of(question) == items


def test_two_items_each_get_their_code() -> None:
    answer = KB.ask("paraffin bath for arthritic hands + the wax. codes?")
    assert "*E0235*" in answer.text and "*A4265*" in answer.text
    assert answer.code_search is not None
    items = answer.code_search["items"]
    assert isinstance(items, list) and len(items) == 2


def test_each_part_of_a_lettered_question_is_read() -> None:
    question = "a) hospital grade pediatric crib, code? b) what about the fully enclosed peds bed"
    assert ITEMS is not None and len(ITEMS.items_of(question)) == 2


def test_an_outright_ask_for_the_code_beside_a_rule_word_gets_the_code_then_the_entry() -> None:
    answer = KB.ask(
        "raised toilet seat - medicare won't cover it anyway, what's the code so we can GY it"
    )
    assert answer.code_search is not None and answer.text.index("*E0244*") < 200


@pytest.mark.parametrize(
    "question",
    ["is E1399 ok for a replacement part of a capped rental?",
     "priority health - do they take A9999 or only e1399 for unlisted stuff",
     "pediatric power chair, nothing fits. e1399?"],
)  # fmt: skip
def test_a_question_about_a_rule_or_with_no_item_gets_no_item_answer(question: str) -> None:
    assert KB.ask(question).code_search is None


def test_the_patient_described_before_pt_is_not_part_of_the_item() -> None:
    answer = KB.ask("oncology pt needs a wig, which hcpcs")
    assert answer.code_search is not None and answer.code_search["likely"] == "A9282"


@pytest.mark.parametrize(
    "question",
    ["private insurance and e1399, any tips", "whats e1399 stand for"],
)  # fmt: skip
def test_a_clause_after_the_noc_code_is_no_item_without_an_ask_for_the_code(question: str) -> None:
    assert KB.ask(question).code_search is None


def test_an_item_named_before_e1399_beside_a_rule_word_gets_its_code_then_the_entry() -> None:
    answer = KB.ask("raised toilet seat, medicare doesnt cover it, bill e1399 with gy?")
    assert answer.code_search is not None and answer.code_search["likely"] == "E0244"
    assert answer.entry_id == "gy-modifier" and answer.text.index("*E0244*") < 200
    assert KB.ask("raised toilet seat billed e1399, what goes in the narrative").code_search is None


@pytest.mark.parametrize(
    ("message", "code"),
    [("paraffin bath unit for the hands", "E0235"),
     ("raised toilet seat", "E0244"),
     ("alternating pressure pad for a mattress", "E0181")],
)  # fmt: skip
def test_a_message_naming_only_an_item_gets_its_code(message: str, code: str) -> None:
    answer = KB.ask(message)
    assert answer.answered and answer.answered_from == "code_table"
    assert answer.code_search is not None and answer.code_search["likely"] == code


@pytest.mark.parametrize(
    "message",
    ["which contractor", "test", "what is your name", "RB", "our new receptionist Donna",
     "timely filing limit for medicare", "power wheelchair purchase option",
     "E/M level for a new patient visit"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_short_message_that_names_no_item_gets_no_item_answer(message: str) -> None:
    assert KB.ask(message).code_search is None


def test_an_item_the_search_is_unsure_of_names_no_code_as_the_answer() -> None:
    answer = KB.ask("padded bed rail bumpers, e1399?")
    assert answer.code_search is not None and answer.code_search["likely"] is None
    assert answer.title is not None and answer.title.startswith("Not sure which code fits")
    assert "the HCPCS code for" not in answer.title
    assert answer.text.startswith("I am not sure which code fits")


def test_codes_tied_for_an_item_are_offered_as_candidates_not_as_its_code() -> None:
    # The search alone would name a ventilator battery for a wheelchair battery: several
    # batteries cover the description equally, so none is named as the item's code.
    assert ITEMS is not None
    item = "battery for a power wheelchair the patient owns"
    assert ITEMS.asks.likely(item) is not None
    block = ITEMS.block(item)
    assert block.likely is None and len(block.shown) >= 2
    assert block.lines[0].startswith("I am not sure which code fits")


@pytest.mark.parametrize(
    "message",
    ["either one, thx", "thank you sm for the help earlier",
     "pt has both - medicare and tricare. misc item, who first"],
)  # fmt: skip
def test_a_word_saying_how_many_or_a_size_names_no_item(message: str) -> None:
    # "both", "either" or "sm" alone is no item the code table could hold: no code is offered
    answer = KB.ask(message)
    assert answer.code_search is None and answer.answered_from != "code_table"
    assert "the HCPCS code for" not in (answer.title or "")


def test_an_item_beside_an_amount_word_still_gets_its_code() -> None:
    answer = KB.ask("full length side rails for a hospital bed, both sides - code?")
    assert answer.title is not None and answer.title.startswith("E0310")


def test_the_items_of_a_question_asked_again_are_read_the_same() -> None:
    """Judging one question reads its items several times: a reader changing the list it got
    changes nothing the next reading sees."""
    question = "does a bed exit alarm have its own code or is it e1399"
    assert ITEMS is not None
    first = ITEMS.items_of(question)
    first.append("overbed table")
    assert ITEMS.items_of(question) == ["bed exit alarm"]


def test_a_contracture_device_is_still_an_item_where_the_contractor_is_not() -> None:
    assert KB.ask("which contractor for E1399 in Idaho?").entry_id == "dme-mac-jd"
    answer = KB.ask("penile contracture device, what code")
    assert answer.code_search is not None and "*E0201*" in answer.text


@pytest.mark.parametrize(
    ("question", "codes"),
    [("doc wrote 'heated humidifier for the cpap' e1399, is that a problem?", {"E0561", "E0562"}),
     ('rx says "E1399 cpap humidifier", fine to bill that way?', {"E0561", "E0562"}),
     ("dme is 'heavy duty trapeze bar' e1399?", {"E0911", "E0912"})],
)  # fmt: skip
def test_an_item_pasted_in_quote_marks_gets_its_specific_codes(
    question: str, codes: set[str]
) -> None:
    answer = KB.ask(question)
    assert answer.answered and answer.code_search is not None
    candidates = answer.code_search["candidates"]
    assert isinstance(candidates, list)
    first = answer.code_search["likely"] or candidates[0]["code"]
    assert first in codes


def test_an_apostrophe_inside_a_word_stays_part_of_the_item() -> None:
    assert ITEMS is not None and ITEMS.item_of("pt's 6'7 so tall walker, e1399?") is not None
