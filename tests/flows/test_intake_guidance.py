"""What a biller sees while the intake guides them: an honest step count, answers that are not
what was asked, and prior authorization for a specific code on Medicare's list."""

from __future__ import annotations

import re

from tests.conftest import MEDICARE_ANSWERS, Chat

STEP_LINE = re.compile(r"Step (\d+) of (\d+)(?: \(([^)]*)\))?")


def walk(chat: Chat, answers: dict[str, str]) -> list[tuple[int, int, str]]:
    """Answers every question; returns each (position, total, note) the bot showed."""
    chat.say("intake")
    shown = []
    for _ in range(60):
        if chat.step is None:
            break
        found = STEP_LINE.search(chat.text)
        assert found, chat.text
        shown.append((int(found[1]), int(found[2]), found[3] or ""))
        chat.answer(answers[chat.step])
    return shown


def test_a_medicare_intake_counts_one_to_n_of_the_same_n(chat: Chat) -> None:
    shown = walk(chat, MEDICARE_ANSWERS)
    positions, totals = [p for p, _, _ in shown], {t for _, t, _ in shown}
    assert positions == list(range(1, len(shown) + 1))
    assert totals == {len(shown)}, totals  # no jump from "of 20" to "of 21" at the second step
    assert chat.state == "reviewing"


def test_an_answer_that_adds_questions_says_so_once(chat: Chat) -> None:
    repair = {
        **MEDICARE_ANSWERS,
        "acquisition": "repair",
        "repair_of_code": "K0001",
        "repair_of_purchased": "06/2021",
        "labor_minutes": "30",
    }
    shown = walk(chat, repair)
    changes = [
        (t, note)
        for (_, t, note), (_, before, _) in zip(shown[1:], shown[:-1], strict=True)
        if t != before
    ]
    # Three repair questions come in; "item role" and the order (none for a repair) go out.
    assert changes == [(shown[0][1] + 1, "your last answer added a question")], str(shown)
    assert [p for p, _, _ in shown] == list(range(1, len(shown) + 1))
    assert shown[-1][:2] == (len(shown), len(shown))
