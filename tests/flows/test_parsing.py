"""What billers type for dates, money, quantities, states, codes and choices, and what we make
of it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from flows.choices import parse_choice
from flows.labor_time import parse_minutes
from flows.parsing import (
    InvalidAnswer,
    parse_date,
    parse_denial_codes,
    parse_hcpcs,
    parse_money,
    parse_quantity,
    parse_state,
    strip_lead_in,
)
from tests.conftest import repository_content

TODAY = dt.date(2026, 6, 15)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("03/14/2026", dt.date(2026, 3, 14)),
        ("3/4/26", dt.date(2026, 3, 4)),
        ("2026-03-14", dt.date(2026, 3, 14)),
        ("Mar 14 2026", dt.date(2026, 3, 14)),
        ("March 14, 2026", dt.date(2026, 3, 14)),
        ("14 Mar 2026", dt.date(2026, 3, 14)),
        ("Mar 14th 2026", dt.date(2026, 3, 14)),
        ("02/29/2024", dt.date(2024, 2, 29)),
        ("today", TODAY),
    ],
)
@pytest.mark.sweep(n=3, by="expected")
def test_common_us_date_forms_are_understood(typed: str, expected: dt.date) -> None:
    assert parse_date(typed, TODAY) == expected


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("06/16/2026", "invalid_date_future"),
        ("02/30/2026", "invalid_date"),
        ("13/01/2026", "invalid_date"),
        ("sometime last month", "invalid_date"),
        ("tomorrow", "invalid_date_future"),
        ("01/01/1850", "invalid_date_too_old"),
    ],
)
@pytest.mark.sweep(n=3, by="reason")
def test_impossible_or_future_dates_are_refused_with_a_reason(typed: str, reason: str) -> None:
    with pytest.raises(InvalidAnswer) as refused:
        parse_date(typed, TODAY)
    assert refused.value.reason == reason


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("today", TODAY), ("yesterday", dt.date(2026, 6, 14)), ("last tuesday", dt.date(2026, 6, 9)),
     ("friday", dt.date(2026, 6, 12)), ("2 days ago", dt.date(2026, 6, 13)),
     ("a week ago", dt.date(2026, 6, 8)), ("6.13.26", dt.date(2026, 6, 13)),
     ("06/01/2026.", dt.date(2026, 6, 1)), ("5th nov", dt.date(2025, 11, 5))],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_days_named_from_today_and_loose_forms(typed: str, expected: dt.date) -> None:
    assert parse_date(typed, TODAY) == expected  # TODAY is Monday 06/15/2026


@pytest.mark.parametrize(
    ("typed", "today", "expected"),
    [("12/20", dt.date(2026, 11, 30), dt.date(2026, 12, 20)),  # a delivery planned this December
     ("1/5", dt.date(2026, 11, 30), dt.date(2027, 1, 5)),  # ... or next month, across the year
     ("11/25", dt.date(2026, 11, 30), dt.date(2026, 11, 25)),
     ("11/5", TODAY, dt.date(2025, 11, 5))],  # months ahead: the past date is meant
)  # fmt: skip
def test_a_date_of_service_without_a_year_may_be_a_planned_delivery(
    typed: str, today: dt.date, expected: dt.date
) -> None:
    assert parse_date(typed, today, allow_future=True) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("$1,234.50", "1234.50"), ("1234.5", "1234.50"), ("  $ 89 ", "89.00"), ("0.99", "0.99"),
     ("1249.00 each", "1249.00"), ("$89.50/ea", "89.50"), ("$75ea", "75.00"),
     ("$1249.00 per unit", "1249.00"), ("125 dollars", "125.00"),
     ("list price $1,249.00 per unit", "1249.00"), ("$1,249 each", "1249.00")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_money_accepts_dollar_signs_and_commas(typed: str, expected: str) -> None:
    assert parse_money(typed) == Decimal(expected)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [("-5", "invalid_money_positive"), ("0", "invalid_money_positive"),
     ("12.345", "invalid_money_cents"), ("abc", "invalid_money"), ("NaN", "invalid_money"),
     ("1e9", "invalid_money_too_big"), ("$1,25O", "invalid_money"), ("$125O", "invalid_money"),
     ("100000000000000000000000000", "invalid_money_too_big")],
)  # fmt: skip
@pytest.mark.sweep(n=3, by="reason")
def test_bad_money_is_refused(typed: str, reason: str) -> None:
    with pytest.raises(InvalidAnswer) as refused:
        parse_money(typed)
    assert refused.value.reason == reason


@pytest.mark.parametrize("typed", ["0", "1000", "1.5", "-1", "a few", "zero", ""])
@pytest.mark.sweep(n=3)
def test_quantity_must_be_a_whole_number_from_1_to_999(typed: str) -> None:
    with pytest.raises(InvalidAnswer):
        parse_quantity(typed)


@pytest.mark.parametrize("typed", ["45 min", "90 minutes", "30 mins"])
def test_minutes_at_the_units_question_are_asked_about_not_taken_as_units(typed: str) -> None:
    """ "45 min" is a labor time; the quantity is a count of units, so the step asks again."""
    with pytest.raises(InvalidAnswer) as raised:
        parse_quantity(typed)
    assert raised.value.reason == "invalid_quantity_minutes"


def test_quantity_bounds_are_accepted() -> None:
    assert parse_quantity("1") == 1 and parse_quantity("999") == 999


@pytest.mark.parametrize(
    ("typed", "number"),
    [("2 ea", 2), ("x2", 2), ("2ea", 2), ("qty: 3", 3), ("one", 1), ("2 units at $125 each", 2),
     ("2 @ 125", 2), ("3rd month", 3), ("month 1", 1), ("first", 1),
     ("just one", 1), ("#2", 2), ("2 cushions", 2)],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_counts_typed_with_units_ordinals_or_a_price_after_them(typed: str, number: int) -> None:
    assert parse_quantity(typed) == number


@pytest.mark.parametrize(
    ("typed", "lead_ins", "value"),
    [("model 790, qty 1", ["model"], "790"), ("MK6i ext, x2", ["model"], "MK6i ext"),
     ("auth 88-1290", ["auth"], "88-1290"), ("TAR 20611504", ["tar"], "20611504"),
     ("PA-55102", ["pa"], "PA-55102"), ("Plan 9 Health", ["plan"], "Plan 9 Health"),
     ("mfr - Drive", ["mfr"], "Drive"), ("sent 10/15", ["sent"], "10/15"),
     ("Drive Medical model 790", ["mfr"], "Drive Medical"),
     ("plan is Model Health", ["plan"], "Model Health"),
     ("seat cushion, 18 x 18 in", ["item"], "seat cushion, 18 x 18 in"),
     ("$1,249.00 each, qty 2", ["price"], "$1,249.00 each"),
     ("price is $1,249", ["price"], "$1,249"),
     ("model 790 qty 1", ["model"], "790")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_words_naming_the_field_are_dropped_but_a_value_is_kept_whole(
    typed: str, lead_ins: list[str], value: str
) -> None:
    assert strip_lead_in(typed, lead_ins) == value


@pytest.mark.parametrize(
    ("typed", "lead_ins", "value"),
    [("TB-200, qty 2, PA approved", ["model"], "TB-200"),
     ("Drive Medical, model 790, auth on file", ["mfr"], "Drive Medical")],
)  # fmt: skip
def test_a_run_on_answer_with_an_authorization_note_keeps_no_trailing_comma(
    typed: str, lead_ins: list[str], value: str
) -> None:
    # the rest speaks of prior authorization, so it is kept until the next field's name
    assert strip_lead_in(typed, lead_ins, lambda rest: "PA" in rest or "auth" in rest) == value


@pytest.mark.parametrize(("typed", "code"), [("oh", "OH"), ("Ohio", "OH"), ("new york", "NY")])
def test_states_by_code_or_name(typed: str, code: str) -> None:
    assert parse_state(typed) == code


def test_hcpcs_code_is_one_letter_four_digits() -> None:
    assert parse_hcpcs(" e0601 ") == "E0601" and parse_hcpcs("base is E0305") == "E0305"
    with pytest.raises(InvalidAnswer):
        parse_hcpcs("E0305 or E0310")
    with pytest.raises(InvalidAnswer):
        parse_hcpcs("99213")


def test_a_dotted_date_that_reads_both_ways_is_asked_about() -> None:
    with pytest.raises(InvalidAnswer) as asked:
        parse_date("1.12.2025", TODAY)
    assert asked.value.reason == "invalid_date_dotted"
    assert asked.value.fields["day_first"] == "12/01/2025"
    assert parse_date("11.30.2025", TODAY) == dt.date(2025, 11, 30)  # only one reading
    assert parse_date("5.5.2025", TODAY) == dt.date(2025, 5, 5)
    assert parse_date("7.6.26", TODAY) == dt.date(2026, 6, 7)  # July 6 is still to come


def test_a_point_that_may_group_thousands_is_asked_about_not_read_as_cents() -> None:
    with pytest.raises(InvalidAnswer) as asked:
        parse_money("$1.250")
    assert asked.value.reason == "invalid_money_point"
    assert asked.value.fields == {"grouped": "1,250.00", "small": "1.25"}
    assert parse_money("$1.25") == Decimal("1.25") and parse_money("1250.000") == Decimal("1250")


def test_denial_codes_are_normalised_and_deduplicated() -> None:
    assert parse_denial_codes("co16, N350 n350 MA130 oa-18") == ["CO-16", "N350", "MA130", "OA-18"]
    assert parse_denial_codes("co 16, n350, ma130") == ["CO-16", "N350", "MA130"]
    # Some CARCs start with a letter (B7: provider not certified on the date of service).
    assert parse_denial_codes("CO-B7 co a1, PR P12") == ["CO-B7", "CO-A1", "PR-P12"]
    with pytest.raises(InvalidAnswer):
        parse_denial_codes("denied because reasons")


MESSAGES = repository_content().messages  # as the run loaded it


@pytest.mark.parametrize(
    ("group", "typed", "value"),
    [("document_status", "yes", "have"), ("document_status", "no", "missing"),
     ("document_status", "don't have it yet", "missing"), ("document_status", "idk", "unknown"),
     ("document_status", "Not sure", "unknown"), ("document_status", "2", "missing"),
     ("acquisition", "buy new", "new_purchase"), ("acquisition", "bought used", "used_purchase"),
     ("acquisition", "rent", "rental"), ("payer_type", "traditional medicare", "medicare"),
     ("payer_type", "Humana Medicare Advantage", "medicare_advantage"),
     ("claim_status", "got denied", "denied"), ("item_category", "wheel", "wheelchair_part"),
     ("document_status", "approved", "have"), ("document_status", "not needed", "unknown"),
     ("code_check", "none fit", "none"), ("code_check", "nope", "none"),
     ("denial_reason", "not medically necessary", "not_reasonable_and_necessary"),
     ("drop", "nvm", "no"), ("drop", "oops, keep it", "no"),
     ("payer_type", "aetna", "commercial"), ("payer_type", "aetna medicare advantage",
     "medicare_advantage"), ("payer_type", "bcbs medicaid", "medicaid"),
     ("payer_type", "masshealth", "medicaid"), ("item_category", "wheelchair accessory",
     "wheelchair_part"), ("document_status", "not signed", "missing"),
     ("document_status", "unsigned", "missing"), ("claim_status", "not sent", "not_submitted"),
     ("claim_status", "haven't sent it yet", "not_submitted"),
     ("denial_reason", "not r&n", "not_reasonable_and_necessary"),
     ("denial_reason", "R & N", "not_reasonable_and_necessary"),
     ("denial_reason", "doesnt meet lcd", "not_reasonable_and_necessary"),
     ("denial_reason", "not covered", "statutory_exclusion"),
     ("document_status", "need invoice", "missing"),
     ("document_status", "will get it at delivery", "missing")],
)  # fmt: skip
@pytest.mark.sweep(n=3, by="group")
def test_choices_typed_in_billers_own_words(group: str, typed: str, value: str) -> None:
    assert parse_choice(typed, MESSAGES.options(group)) == value


@pytest.mark.parametrize(
    ("typed", "value"),
    [("pt has primary medicare and aetna secondary", "medicare"),
     ("medicare primary medicaid secondary", "medicare"),
     ("aetna primary, medicare secondary", "commercial"),
     ("bcbs primary w/ medicaid as secondary", "commercial"),
     ("mcr w/ aarp supplement", "medicare"),
     ("aetna medicare primary", "medicare_advantage"),
     ("humana medicare primary, medicaid secondary", "medicare_advantage"),
     ("Humana MA primary, Medicaid sec", "medicare_advantage"),
     ("Aetna Medicare supplement", "medicare"),
     ("dual eligible medicare and medicaid", "medicare")],
)  # fmt: skip
@pytest.mark.sweep(n=3, by="value")
def test_the_payer_billed_first_is_read_not_the_secondary(typed: str, value: str) -> None:
    said = MESSAGES.without_other_clauses("payer_type", typed)
    assert parse_choice(said, MESSAGES.options("payer_type")) == value


def test_a_typed_choice_that_fits_two_options_equally_is_asked_again() -> None:
    with pytest.raises(InvalidAnswer):
        parse_choice("yes and no", MESSAGES.options("document_status"))


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [("45", 45), ("90 min", 90), ("1 hr", 60), ("1.5 hours", 90), ("1 hr 30 min", 90),
     ("1:30", 90), ("an hour", 60), ("half an hour", 30), ("4 units", 60)],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_repair_labor_is_read_in_minutes_hours_or_15_minute_units(typed: str, minutes: int) -> None:
    assert parse_minutes(typed) == minutes


def test_labor_that_is_not_a_time_is_refused_with_a_labor_message() -> None:
    with pytest.raises(InvalidAnswer) as refused:
        parse_minutes("the motor")
    assert refused.value.reason == "invalid_labor_minutes"
