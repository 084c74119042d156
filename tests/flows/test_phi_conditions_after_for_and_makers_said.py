"""The PHI guard on what an item is for and what a maker is: a lower-case description after
"for" (an adverb or a participle no one is named, then a condition: "for legally blind
diabetic") is no name, and a service date beside it is no birth date; one capitalised
word after "it's" that is no given name and no surname ("it's EZ-Access") is a maker's or a
model's. A person's name after the same words is still refused, and so is a surname alone, one
owning the item or one before a caller's words ("it's Okafor calling back")."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        # a claims benchmark text: no patient in it, and DOS 3/15/32 is a service date
        "talking glucose meter (voice synthesizer) for legally blind diabetic. DOS 3/15/32 -- "
        "is TODAY the last day to file?? billed under E0607 on our draft",
        "for legally blind",
        "magnifier for totally blind member, DOS 04/02/31",
        "bariatric cushion for morbidly obese pt",
        "lift chair for severely disabled vet",
        "voice output scale for partially sighted diabetic",
        "cushion for visually impaired diabetic",
    ],
)
def test_a_condition_after_for_is_not_a_name(text: str) -> None:
    assert not scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "it's EZ-Access",
        "It's EZ-Access",
        "it's Invacare",
        "maker? it's Harmar",
        "it is AmeriGlide brand, the ramp kit",
        "that's EZ-Access",
        "wheelchair desk? it's Harjit's line, ext 214",  # a co-worker's extension
    ],
)
def test_a_maker_after_its_is_not_a_name(text: str) -> None:
    assert not scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "it's for Mary Jones",
        "it's Mary Jones",
        "hi it's Dorothea returning your call",
        "it's Okafor, Ngozi",
        "whose claim is it? it's Okafor",
        "it's Okafor's knee walker, what code?",
        "it's Okafor calling back about the N350 denial",
        "which claim? it's Washington's rollator",
        "walker for mateusz wrzesniewski",
        "rollator for juniper holloway",  # a given name that is also a word
        "walker quote re JUNIPER HOLLOWAY",
        "walker for john smith, DOS 3/15/24",
    ],
)
def test_a_person_after_the_same_words_is_still_refused(text: str) -> None:
    assert "name" in scan(text).kinds
