"""A word typed with one slip (a letter changed, dropped, added or two swapped) is read as the
word the biller meant, even when it is short enough that the slip changes much of it ("rentel"):
unless the word is English, typed with a capital (a town, a name), or another ending of a word."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.sweep(n=3, by="meant")
@pytest.mark.parametrize(
    ("question", "meant"),
    [("how many months is a rentel paid", "rental"),
     ("rentul modifier for month 2?", "rental"),
     ("where does our prise go on the 837", "price"),
     ("do we need a new ordor after 12 months", "order"),
     ("can we send the ordar by fax", "order"),
     ("which payar gets the claim first", "payer"),
     ("what happens in manth 13 of a capped item", "month"),
     ("what is the filing lymit for a misc line", "limit"),
     ("got a denoal for no narrative, now what", "denial"),
     ("does the docter have to sign the order", "doctor"),
     ("oxygan concentrator cap after 36 months?", "oxygen"),
     ("who handles the deniel of a misc item", "denial"),
     ("is the ABN needed for a rentel bed", "rental"),
     ("what prise do we put on a misc line", "price"),
     ("how long after the ordor can we deliver", "order")],
)  # fmt: skip
def test_a_word_with_one_slip_is_read_as_the_word_meant(question: str, meant: str) -> None:
    assert meant in KB.ranker.read_question(question).split()


@pytest.mark.parametrize(
    ("question", "kept"),
    [("the sport model of the chair, misc code?", "sport"),
     ("pt from Minot ND, which MAC", "Minot"),
     ("Searcy AR delivery, which jurisdiction", "Searcy"),
     ("our coder put E1399 on it", "coder"),
     ("I ponder whether the ABN is needed", "ponder")],
)  # fmt: skip
def test_english_words_names_and_other_endings_are_not_slips(question: str, kept: str) -> None:
    assert kept in KB.ranker.read_question(question).split()


@pytest.mark.parametrize(
    ("question", "entries"),
    [("wat modifer for a rentel on e1399", {"rr-nu-ue", "kh-ki-kj", "capped-rental"}),
     ("where does the prise go on the claim", {"lower-of-fee-or-charge", "price-list-vs-msrp",
                                                "medicare-pricing-e1399", "sv101-7-description"})],
)  # fmt: skip
def test_a_short_question_with_slips_is_answered_not_declined(
    question: str, entries: set[str]
) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id in entries


@pytest.mark.parametrize(
    ("question", "meant", "kept"),
    [("hw long 2 apeal a denial", ["how", "to"], []),
     ("wat modifer 4 rentl on a misc item", ["what", "for"], []),
     ("wen do we need 2 units on the line", ["when"], ["2"]),
     ("bill 4 months of rental at once?", [], ["4"]),
     ("got a CO 4 denial on the misc line", [], ["4"])],
)  # fmt: skip
def test_words_typed_as_in_a_text_message_are_read_as_meant(
    question: str, meant: list[str], kept: list[str]
) -> None:
    words = KB.ranker.read_question(question).split()
    assert all(word in words for word in meant + kept)


@pytest.mark.parametrize(
    ("question", "entries"),
    [("hw long 2 apeal", {"redetermination", "appeal-levels"}),
     ("wat modifer 4 rentl", {"rr-nu-ue", "kh-ki-kj", "capped-rental"})],
)  # fmt: skip
def test_a_short_line_in_text_speak_with_slips_is_answered(
    question: str, entries: set[str]
) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id in entries


@pytest.mark.parametrize("question", ["what does CO 4 mean", "got a CO 4 denial on E1399 what now"])
def test_a_group_code_and_a_reason_number_typed_apart_name_the_denial(question: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == "denial-co4"
