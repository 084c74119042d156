"""Messages that name billing words but are no billing question are declined: the asker's own
family's affairs, laughter over an office mishap, thanks in a language written with accents, a
count of the team's own work and a hospital's own records. Billing questions beside them are
still answered."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "question",
    ["my mom got a Medicare Advantage bill for her own walker, does she have to pay",
     "my father in law's MA plan denied his wheelchair, what should he do",
     "my own mother turned 65 in Texas, which DME MAC handles her",
     "does my own husband need prior auth for his CPAP with Aetna",
     "lol the printer jammed halfway through the CMN stack",
     "ugh scanner ate the ABN again",
     "who borrowed my stapler again", "is the toner in the break room",
     "who took my stapler from the billing pod", "who took my N350 claim",
     "who trained the new hires on DMECS lookups, I want to ask her something",
     "dzięki za pomoc",
     "muchas gracias, súper útil",
     "how many NOC claims did our team send this week",
     "when does a hospital have to finish the discharge summary"],
)  # fmt: skip
def test_personal_and_office_chatter_is_declined(question: str) -> None:
    assert KB.ask(question).entry_id is None


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("lol ok so does E1399 need prior auth for Original Medicare?", "prior-auth-medicare"),
     # an accented word read as its plain letters
     ("¿necesito un ABN para E1399?", "abn-when-required"),
     # asked after a word about whoever took the asker's things, which is left out
     ("who took my N350 denial? what do I fix", "denial-co16-n350"),
     ("who took my N350 claim, and how do I fix N350?", "denial-co16-n350"),
     ("who moved my ABN folder? is an ABN needed for E1399", "abn-when-required")],
)  # fmt: skip
def test_billing_questions_beside_them_are_answered(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id


def test_a_rule_a_relative_swears_by_is_checked() -> None:
    question = "my brother in billing says the ABN has to be signed before delivery, true?"
    assert KB.ask(question).entry_id is not None


def test_the_askers_own_notes_are_no_family_matter() -> None:
    assert KB.ask("my own notes say the ABN was signed after delivery, GA or GZ?").answered
