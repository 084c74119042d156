"""Pydantic models: the claim file of the public contract, and the replies every surface renders."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from flows.formats import without_thousands_commas
from flows.phi_normalise import normalise

PayerType = Literal["medicare", "medicare_advantage", "medicaid", "commercial", "other"]
ItemCategory = Literal[
    "equipment", "wheelchair_part", "supply_accessory", "orthotic", "prosthetic", "other"
]
Acquisition = Literal["new_purchase", "used_purchase", "rental", "repair", "replacement"]
ReplacementReason = Literal["loss", "theft", "irreparable_damage", "irreparable_wear"]
DenialReason = Literal["not_reasonable_and_necessary", "statutory_exclusion"]
DocumentStatus = Literal["have", "missing", "unknown"]
ClaimStatusName = Literal["not_submitted", "submitted", "denied", "paid", "rejected"]

DOCUMENT_IDS: tuple[str, ...] = (
    "order",
    "medical_records",
    "medical_necessity_letter",
    "manufacturer_spec",
    "price_documentation",
    "no_code_explanation",
    "prior_authorization",
    "abn",
    "proof_of_delivery",
)

# The states and territories a claim's payer may be in, with their names in lower case.
US_STATE_NAMES: dict[str, str] = {
    "AL": "alabama", "AK": "alaska", "AS": "american samoa", "AZ": "arizona", "AR": "arkansas",
    "CA": "california", "CO": "colorado", "CT": "connecticut", "DE": "delaware",
    "DC": "district of columbia", "FL": "florida", "GA": "georgia", "GU": "guam", "HI": "hawaii",
    "ID": "idaho", "IL": "illinois", "IN": "indiana", "IA": "iowa", "KS": "kansas",
    "KY": "kentucky", "LA": "louisiana", "ME": "maine", "MD": "maryland", "MA": "massachusetts",
    "MI": "michigan", "MN": "minnesota", "MS": "mississippi", "MO": "missouri", "MT": "montana",
    "NE": "nebraska", "NV": "nevada", "NH": "new hampshire", "NJ": "new jersey",
    "NM": "new mexico", "NY": "new york", "NC": "north carolina", "ND": "north dakota",
    "MP": "northern mariana islands", "OH": "ohio", "OK": "oklahoma", "OR": "oregon",
    "PA": "pennsylvania", "PR": "puerto rico", "RI": "rhode island", "SC": "south carolina",
    "SD": "south dakota", "TN": "tennessee", "TX": "texas", "UT": "utah", "VT": "vermont",
    "VI": "virgin islands", "VA": "virginia", "WA": "washington", "WV": "west virginia",
    "WI": "wisconsin", "WY": "wyoming",
}  # fmt: skip
US_STATES: frozenset[str] = frozenset(US_STATE_NAMES)
# The furthest ahead a planned date of service is believed: a later one is a typing slip.
PLANNED_LIMIT = dt.timedelta(days=365)
# A HCPCS Level II code as stored: one capital letter and four digits (E1399).
HCPCS_PATTERN = r"^[A-Z][0-9]{4}$"
# A range of codes as content writes it: "A6501-A6511", or one code.
CODE_RANGE_PATTERN = r"^[A-Z]\d{4}(?:-[A-Z]\d{4})?$"


def in_code_ranges(code: str, ranges: list[str]) -> bool:
    """Whether `code` is inside one of `ranges` (CODE_RANGE_PATTERN), its letter the range's."""
    for spelled in ranges:
        low, _, high = spelled.partition("-")
        if low[0] == code[0] and low[1:] <= code[1:] <= (high or low)[1:]:
            return True
    return False


# Any HCPCS Level II code in running text, whatever its letter or case: "J1100", "e1399".
ANY_HCPCS_IN_TEXT = re.compile(r"\b[A-Za-z]\d{4}\b")
# A code of the DMEPOS ranges (A, B, E, K, L) typed in running text: "E1399", "k0108".
_DMEPOS_LETTER, _CODE_DIGITS = "[abekl]", r"\d{4}"
HCPCS_IN_TEXT = re.compile(rf"\b({_DMEPOS_LETTER}{_CODE_DIGITS})\b", re.IGNORECASE)
# The same, also typed with a space or hyphen ("e 1399", "e-1399"); the letter and the digits are
# its two groups. It reads "a 2026" as A2026 too: only for a question read for an item's code.
HCPCS_SPACED_IN_TEXT = re.compile(rf"\b({_DMEPOS_LETTER})\s?-?({_CODE_DIGITS})\b", re.IGNORECASE)
# The claim adjustment group codes printed before a CARC (CO-16, PR-1, OA-23, PI-97, CR-18) and
# the letters a remark code (RARC) starts with (N350, MA130, M51).
ADJUSTMENT_GROUPS, RARC_LETTERS = "co|pr|oa|pi|cr", "ma|n|m"
# Remittance codes as printed: group + CARC (CO-16, co16, "CO 16", CO-B7: some CARCs start
# with a letter) and RARCs (N350, MA130, M51; "N-350" as some remits print them).
_REMITTANCE_CODE = re.compile(
    rf"({ADJUSTMENT_GROUPS.upper()})[-\s]?([A-Z]?\d{{1,3}})|([A-Z]{{1,2}})[-\s]?(\d{{1,4}})|(\d{{1,3}})"
)

# A claim status code from a front-end rejection (the 277CA), category:status as the rejection
# prints it ("A7:507", "a3 : 21", "A7:507:85" with its entity code), or the word "277CA" itself.
CLAIM_STATUS_CATEGORY = r"[ADEFPR]\d{1,2}"  # the 277CA's category codes (A7, A3, ...)
_CLAIM_STATUS_CODE = re.compile(
    rf"({CLAIM_STATUS_CATEGORY}) ?: ?(\d{{1,4}})(?: ?: ?[A-Z0-9]{{1,3}})?"
)
# The report's own name as typed: "277CA", "277 CA", "277-CA".
REJECTION_REPORT = r"277\s*-?\s*CA"
_REJECTION_REPORT = re.compile(REJECTION_REPORT)
FRONT_END_REPORT = "277CA"

# A claim adjustment reason code in running text ("CO-50 on the remit", "oa18"): group, then
# the CARC's digits, never "co2" (carbon dioxide) or "co-57" read as anything else by the search.
CARC_IN_TEXT = re.compile(rf"\b(?:{ADJUSTMENT_GROUPS})(?:-|\s?(?=\d{{2}}))\d{{1,3}}\b", re.I)
# A remark code (RARC) in running text: N350, MA130, M51.
RARC_IN_TEXT = re.compile(rf"\b(?:{RARC_LETTERS})\d{{1,3}}\b", re.I)


def is_hcpcs_code(text: str) -> bool:
    """One letter and four digits (E1399), upper case."""
    return re.fullmatch(HCPCS_PATTERN, text) is not None


def remittance_code(text: str) -> str | None:
    """A remittance code in its printed form (co16 -> CO-16), or None if it is not one."""
    found = _REMITTANCE_CODE.fullmatch(" ".join(text.upper().split()))
    if found is None:
        return None
    group, carc, letters, digits, bare = found.groups()
    return f"{group}-{carc}" if group else f"{letters}{digits}" if letters else bare


def claim_status_code(text: str) -> str | None:
    """A front-end rejection's claim status code as printed (a7 : 507 -> A7:507), "277CA" for
    the report's own name, or None if it is neither."""
    typed = " ".join(text.upper().split())
    if _REJECTION_REPORT.fullmatch(typed):
        return FRONT_END_REPORT
    found = _CLAIM_STATUS_CODE.fullmatch(typed)
    return f"{found.group(1)}:{found.group(2)}" if found else None


def denial_code(text: str) -> str | None:
    """A remittance code (CO-16, N350) or a front-end rejection's code (A7:507, 277CA) in its
    printed form, or None if it is neither."""
    return claim_status_code(text) or remittance_code(text)


def _as_choice(value: object) -> object:
    """Reads a choice spelled loosely ("Medicare Advantage", "used-purchase", "HAVE")."""
    if isinstance(value, str):
        return re.sub(r"[\s-]+", "_", value.strip().lower())
    return value


# A whole value that is one HCPCS code typed loosely: "e1399", "E 1399", "e-1399 ".
_LOOSE_CODE = re.compile(r"([A-Za-z])\s*-?\s*(\d{4})")


def joined_code(text: str) -> str:
    """A code typed as "e 1399", "E-1399", "E–1399" or " k0108 " in its stored form (E1399, K0108);
    any other text stripped and upper-cased, for the caller to refuse."""
    # pasted from a word processor or a PDF: "K–0108", full-width letters, a zero-width space
    text = normalise(text)
    loose = _LOOSE_CODE.fullmatch(text)
    return f"{loose.group(1)}{loose.group(2)}".upper() if loose else text.upper()


def _as_date(value: object) -> object:
    """Reads a date written as billers and remits write it: 2026-11-01 with spaces around it,
    2026/11/01, 2026-1-5, 11/01/2026 (month first, as on US claims) or 20261101 (X12's D8)."""
    if isinstance(value, int) and not isinstance(value, bool) and len(str(value)) == 8:
        value = str(value)  # 20261101 written as a JSON number, not seconds since 1970
    if not isinstance(value, str):
        return value
    text = value.strip()
    if found := re.fullmatch(r"(\d{4})(\d{2})(\d{2})|(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", text):
        year, month, day = [part for part in found.groups() if part is not None]
    elif found := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text):
        month, day, year = found.groups()
    else:
        return text
    return f"{year}-{int(month):02d}-{int(day):02d}"


# Years a claim's dates can fall in: a typo such as 9999 or 0202 is refused up front rather than
# carried into deadline arithmetic that runs past the calendar's end.
PLAUSIBLE_YEARS = range(1900, 2100)


def _plausible_date(value: dt.date | None) -> dt.date | None:
    """Refuses a date whose year is outside 1900-2099, naming the date."""
    if value is not None and value.year not in PLAUSIBLE_YEARS:
        raise ValueError(f"{value.isoformat()} is not a plausible date (a year from 1900 to 2099)")
    return value


def _as_code(value: object) -> object:
    """Reads a HCPCS code typed in lower case or with a space ("e1399", "E 1399")."""
    return joined_code(value) if isinstance(value, str) else value


class ContractModel(BaseModel):
    """Strict about unknown values, tolerant of extra keys (the contract welcomes them)."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _null_is_unknown(cls, data: Any) -> Any:
        """A null where the contract has a default reads as the key left out ("unknown")."""
        if not isinstance(data, dict):
            return data
        fields = cls.model_fields
        return {k: v for k, v in data.items() if v is not None or k not in fields
                or fields[k].is_required() or fields[k].default is None}  # fmt: skip


class Payer(ContractModel):
    type: PayerType
    name: str | None = Field(default=None, max_length=120)
    state: str | None = None

    _type_choice = field_validator("type", mode="before")(_as_choice)

    @field_validator("state")
    @classmethod
    def _known_state(cls, value: str | None) -> str | None:
        if value is None:
            return None
        by_name = {name: code for code, name in US_STATE_NAMES.items()}  # "California" too
        value = by_name.get(" ".join(value.lower().split()), value.upper())
        if value not in US_STATES:
            raise ValueError(f"'{value}' is not a 2-letter US state or territory code")
        return value


class Item(ContractModel):
    # Room for the notes billers paste with the item; the narrative keeps 80 characters anyway.
    description: str = Field(min_length=1, max_length=2000)
    category: ItemCategory = "equipment"
    manufacturer: str | None = Field(default=None, max_length=120)
    model: str | None = Field(default=None, max_length=120)
    quantity: int = Field(default=1, ge=1, le=999)
    unit_price: Decimal | None = Field(default=None, ge=0, max_digits=12, decimal_places=2)
    acquisition: Acquisition | None = None
    base_item_code: str | None = Field(default=None, pattern=HCPCS_PATTERN)
    repair_of_code: str | None = Field(default=None, pattern=HCPCS_PATTERN)
    repair_of_purchased: str | None = Field(default=None, pattern=r"^(19|20)\d\d-(0[1-9]|1[0-2])$")
    labor_minutes: int | None = Field(default=None, ge=0, le=24 * 60)
    replacement_reason: ReplacementReason | None = None
    rental_month: int | None = Field(default=None, ge=1, le=120)

    _choices = field_validator("category", "acquisition", "replacement_reason", mode="before")(
        _as_choice
    )

    _codes = field_validator("base_item_code", "repair_of_code", mode="before")(_as_code)

    @field_validator("quantity", "labor_minutes", "rental_month", mode="before")
    @classmethod
    def _a_count_not_a_yes_no(cls, value: object) -> object:
        """`true` is not a count (pydantic would read it as 1 unit, 1 minute, month 1)."""
        if isinstance(value, bool):
            raise ValueError("write a whole number, not true or false")
        return value

    @field_validator("unit_price", mode="before")
    @classmethod
    def _price_as_written(cls, value: object) -> object:
        """Reads "$1,234.50" as billers write it; "12,50" is refused, not read as 1250."""
        if isinstance(value, str):
            return without_thousands_commas(value.replace("$", "").strip())
        return value


class CodeCheck(ContractModel):
    searched: bool = False
    chosen_code: str = Field(default="E1399", pattern=HCPCS_PATTERN)
    candidates_reviewed: list[str] = Field(default_factory=list)

    _code = field_validator("chosen_code", mode="before")(_as_code)

    @field_validator("candidates_reviewed", mode="before")
    @classmethod
    def _reviewed_as_codes(cls, value: object) -> object:
        """Keeps the codes of each entry ("e 0143", "E0143 (walker)" -> E0143), once each; text
        with no code in it is dropped, since it is repeated in the outcome and may hold a name."""
        if not isinstance(value, list):
            return value
        codes: list[str] = []
        for entry in value:
            if not isinstance(entry, str):
                return value  # refused below, naming the field
            whole = joined_code(entry)
            named = [whole] if is_hcpcs_code(whole) else ANY_HCPCS_IN_TEXT.findall(entry)
            codes += [code.upper() for code in named if code.upper() not in codes]
        return codes


class Documents(ContractModel):
    order: DocumentStatus = "unknown"
    medical_records: DocumentStatus = "unknown"
    medical_necessity_letter: DocumentStatus = "unknown"
    manufacturer_spec: DocumentStatus = "unknown"
    price_documentation: DocumentStatus = "unknown"
    no_code_explanation: DocumentStatus = "unknown"
    prior_authorization: DocumentStatus = "unknown"
    abn: DocumentStatus = "unknown"
    proof_of_delivery: DocumentStatus = "unknown"

    _choices = field_validator("*", mode="before")(_as_choice)


class ClaimStatus(ContractModel):
    status: ClaimStatusName = "not_submitted"
    submitted_on: dt.date | None = None
    determination_date: dt.date | None = None
    denial_codes: list[str] = Field(default_factory=list)
    # The redetermination decision's date: it starts the reconsideration clock.
    redetermination_date: dt.date | None = None

    _status_choice = field_validator("status", mode="before")(_as_choice)
    _dates = field_validator(
        "submitted_on", "determination_date", "redetermination_date", mode="before"
    )(_as_date)
    _dates_plausible = field_validator(
        "submitted_on", "determination_date", "redetermination_date"
    )(_plausible_date)

    @field_validator("denial_codes", mode="before")
    @classmethod
    def _codes_as_pasted(cls, value: object) -> object:
        """ "CO-16, N350" pasted as one string from a remit reads as its codes."""
        from flows.parsing import read_denial_codes  # parsing reads this module

        if not isinstance(value, str) or not value.strip():
            return [] if isinstance(value, str) else value
        codes: list[str] = []
        for part in re.split(r"[,;]", value):  # words that are no code are kept as typed
            read, unread = read_denial_codes(part)
            codes += read + ([" ".join(unread)] if unread else [])
        return codes

    @field_validator("denial_codes")
    @classmethod
    def _codes_as_printed(cls, codes: list[str]) -> list[str]:
        """Normalises CO16 / co-16 to CO-16 and a7 : 507 to A7:507 so rules match however the
        file spells them; an entry that is neither is kept as typed, for the outcome to name
        (the rest of the claim is still read)."""
        out = []
        for typed in codes:
            code = denial_code(typed) or " ".join(typed.split())[:40]
            if code and code not in out:
                out.append(code)
        return out

    @model_validator(mode="after")
    def _front_end_rejection(self) -> ClaimStatus:
        """A claim keyed "denied" or still "submitted" with a front-end rejection's codes (A7:507,
        277CA) was rejected: it never reached the payer's adjudication, so it has no appeal
        rights. A remittance code beside them (CO-50) is the later, adjudicated claim's, so the
        denial stands."""
        read = [c for c in self.denial_codes if denial_code(c) is not None]
        keyed = self.status in ("denied", "submitted")
        if keyed and read and all(claim_status_code(c) for c in read):
            self.status = "rejected"
        return self


class Claim(ContractModel):
    """The claim file (docs/claim-file.md): input of `checklist`, output of an intake."""

    payer: Payer
    item: Item
    code_check: CodeCheck = Field(default_factory=CodeCheck)
    date_of_service: dt.date | None = None
    documents: Documents = Field(default_factory=Documents)
    prior_authorization_number: str | None = Field(default=None, max_length=50)
    expect_medicare_denial: bool = False
    # Read when a denial is expected: a statutory exclusion takes GY, not GA/GZ.
    denial_reason: DenialReason | None = None
    claim: ClaimStatus = Field(default_factory=ClaimStatus)

    _denial_reason = field_validator("denial_reason", mode="before")(_as_choice)
    _date = field_validator("date_of_service", mode="before")(_as_date)
    _date_plausible = field_validator("date_of_service")(_plausible_date)


class Option(BaseModel):
    """One choice offered to the user; `value` is what comes back when it is picked."""

    value: str
    label: str
    description: str | None = None
    # Other ways billers type this choice ("yes" for "I have it", "rent" for "Rental").
    words: list[str] = Field(default_factory=list)
    # Names that point to this choice only when no listed word does: "aetna" is a commercial
    # plan, but "aetna medicare advantage" is Medicare Advantage.
    fallback_words: list[str] = Field(default_factory=list)
    # Those of `words` that say yes or no: they count only where they open the answer ("no,
    # still waiting"), never inside a sentence ("the rep said no prior auth needed").
    opening_words: list[str] = Field(default_factory=list)


class Reply(BaseModel):
    """One message from the bot, neutral of any surface.

    `text` uses a small Markdown subset (``*bold*``, fenced code blocks, bullets) that both the
    terminal and Slack render; `payload` carries structured data (answers, outcomes) for surfaces
    that want more than text.
    """

    kind: Literal["say", "ask", "answer", "warning", "error", "outcome", "export"] = "say"
    text: str
    options: list[Option] = Field(default_factory=list)
    payload: dict[str, Any] | None = None
    private: bool = False  # surfaces that can (Slack) show it only to the user


MAX_KEY_CHARS = 200  # the longest conversation key a turn may name


class Turn(BaseModel):
    """One thing a user did: typed text, or picked an option."""

    conversation_key: str = Field(min_length=1, max_length=MAX_KEY_CHARS)
    user_id: str = Field(min_length=1, max_length=100)
    text: str = ""
    choice: str | None = None
    # The question a clicked button belonged to: a click on an old message must not answer
    # whatever question happens to be current now.
    for_step: str | None = None
