"""Billers' own words for topics an entry answers: a claim reported without quote marks ("our
cheat sheet says ..., is that right?") is checked against the entry on it; CMNs, GA or GY for an
item Medicare never covers, new against used, what goes in the narrative, a Medicare Advantage
plan's authorization beside whether it follows Medicare's rules, and a repair's order on a
Medicaid claim are answered from their entries; call taping, hospital revenue codes, a visit's
place of service, asking the bot to ring a contractor and one's own swelling are declined; a
labor code asked with its units gets the units."""

from __future__ import annotations

import io

import pytest

from bot.terminal import run_chat
from tests.conftest import memory_engine, repository_content

CONTENT = repository_content()
KB = CONTENT.knowledge


@pytest.mark.parametrize(
    ("question", "entry"),
    [("our old cheat sheet says e1399 is oxygen misc, is that right??", "e1399-not-oxygen"),
     ("a blog says e1399 means oxygen equipment misc. true?", "e1399-not-oxygen"),
     ("do we still need a CMN for e1399 items", "cmn-dif-discontinued"),
     ("the billing software says CMNs are required for e1399, is that right?",
      "cmn-dif-discontinued"),
     ("pt wants a denial for their secondary on something medicare never covers - which "
      "modifier, GA or GY? do i need an abn", "gy-modifier"),
     ("GY or GA for a hearing aid the patient wants billed so the supplemental pays",
      "gy-modifier"),
     ("new or used - which modifier?", "rr-nu-ue"),
     ("ma plan: do they need auth for the misc item, and do they have to follow medicare's "
      "rules", "prior-auth-medicare-advantage")],
)  # fmt: skip
def test_the_topic_named_in_billers_words_is_answered(question: str, entry: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == entry


def test_a_price_in_the_narrative_keeps_the_price_entry() -> None:
    assert KB.ask("what price do i put in the narrative").entry_id == "price-list-vs-msrp"
    assert KB.ask("what should go in the NTE for this item").entry_id == "narrative-contents"


def test_a_repair_order_on_medicaid_is_not_answered_with_medicares_rule() -> None:
    assert KB.ask("do repairs need a new order").entry_id == "repair-no-swo"
    result = KB.ask("not sure - does medicaid even need an order for a repair?")
    assert result.answered and result.entry_id != "repair-no-swo"
    assert "state" in result.text.lower()


@pytest.mark.parametrize(
    "question",
    ["do we need both parties' consent to tape phone calls with patients in Oregon",
     "is it legal to tape calls with patients in Ohio",
     "which rev code does the hospital put on implant supplies",
     "place of service code for a video counseling session at home?",
     "ring CGS on my behalf and ask why the claim is pended",
     "my ankle has been swelling for days, what should i do"],
)  # fmt: skip
def test_questions_outside_dme_billing_are_declined(question: str) -> None:
    assert not KB.ask(question).answered


def _reply(lines: list[str], question: str) -> str:
    """What the terminal chat says to `question` typed after `lines`."""

    def shown(typed: list[str]) -> str:
        out = io.StringIO()
        run_chat(memory_engine(CONTENT), stdin=io.StringIO("\n".join(typed) + "\n"),
                 stdout=out, user="biller")  # fmt: skip
        return out.getvalue()

    return shown([*lines, question])[len(shown(lines)) :]


def test_mid_intake_questions_get_their_own_topics() -> None:
    item = ["intake", "medicare", "OH", "tub transfer bench"]
    plan = _reply(
        ["intake", "2"],
        "Does the plan need prior auth for an E1399 rental, and does the plan follow medicare's "
        "rules?",
    )
    assert "must cover what Original Medicare covers" in plan
    assert "I think you mean Does Original Medicare" not in plan
    assert "manufacturer" in _reply(item, "what do i put in the narrative for this")
    assert "UE" in _reply(item, "whats the difference between used and new here")


def test_a_labor_code_asked_with_the_units_gets_the_units() -> None:
    reply = _reply([], "labor code for repairing a pt owned hosp bed, how many units for a pendant")
    assert "K0739" in reply and "pendant or head/footboard 2" in reply
    assert "A9900" not in reply  # labor is not an accessory
    assert "K0739" in _reply([], "labor code for a hospital bed repair")  # the code search's
