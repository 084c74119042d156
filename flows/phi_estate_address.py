"""Addresses with no street, by a lot in a named estate (the U.S. Virgin Islands' form, also a
plantation or subdivision named as an estate elsewhere): "Plot 83 Estate Solberg", "Parcel 317B
Estate Dorothea", "Rem. 201 Estate Hull", "No. 49-E Estate Carolina", "52-25 Estate Elizabeth",
"Bldg 10 Apt 351, Estate Dorothea", "278 Estate Upper Love, Apt 2C", each with the town or island
and a ZIP code after it; a plot, a parcel or a remainder names a lot even with no ZIP code
("pt at Plot 83 Estate Solberg", "deliver to Rem. 12 Estate Hull, St Croix"). A lot's
designator also starts an address line with no estate word in an X12 N3 segment ("N3*REM. 201
SAVAN~"), read by flows/phi_records.py."""

from __future__ import annotations

import re

# A lot's number: "83", "281A", "49-E", "#12".
_LOT_NUMBER = r" ?#?\d{1,5}[a-z]?(?:-[a-z0-9]{1,3})?"
# The words of a lot or a remainder of one, which name a lot with no ZIP code after them.
_LOT_WORDS = r"plot|parcel|rem\.?|remainder"
# The designator of a lot, a remainder of a lot, a house or a building: "Plot", "Parcel", "Rem.",
# "No.", "Lot", "Bldg", each before its number ("No. 49-E", "Parcel 281A", "Bldg 7 Apt 382").
LOT_DESIGNATOR = (
    rf"(?:{_LOT_WORDS}|no\.|lot|bldg\.?|building){_LOT_NUMBER}"
    r"(?:,? (?:apt\.?|unit|#) ?[a-z0-9-]{1,5})?"
)
# A lot in a named estate, then within a line the ZIP code that makes it a mailing address.
ESTATE_ADDRESS = re.compile(
    rf"(?<![\w.#$/-])(?:{LOT_DESIGNATOR}|\d{{1,5}}(?:-\d{{1,4}})?(?:-?[a-z])?),? estate"
    r" [a-z][\w'’-]*(?: (?:and |of )?[a-z][\w'’-]*){0,3}"
    r"(?=[^\n]{0,60}?(?<![\w-])\d{5}(?:-\d{4})?(?![\w-]))",
    re.IGNORECASE,
)
# A plot, a parcel or a remainder of a lot in a named estate: a lot's own words, an address with
# no ZIP code after it ("Plot 83 Estate Solberg"; not "No. 5 estate" nor "lot 12 estate jewelry").
ESTATE_LOT = re.compile(
    rf"(?<![\w.#$/-])(?:{_LOT_WORDS}){_LOT_NUMBER},? estate [a-z][\w'’-]*", re.IGNORECASE
)
# An address line that opens with a lot's designator (an X12 N3 element).
LOT_LINE = re.compile(rf"\s*{LOT_DESIGNATOR}\b", re.IGNORECASE)
# What any ESTATE_ADDRESS or ESTATE_LOT match holds, in a text in lower case.
ESTATE_NEEDS = re.compile(r"\d(?:-?[a-z0-9]{1,3})?,? estate ")
