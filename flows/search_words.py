"""content/codes/synonyms.yaml as the code search reads it: shorthand, words read in some
company only, and words that never name the item."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, Field, field_validator, model_validator

from flows.chair_options import ChairOptionWords
from flows.content import load_yaml_model
from flows.item_ages import AgeBands
from flows.models import CODE_RANGE_PATTERN


class ContextWord(BaseModel):
    """A typed word that means another one in some company: "bag" is an ostomy pouch beside
    "colostomy" or "wafer", a urinary bag elsewhere; "out of the box" says an orthosis is
    off-the-shelf, and nothing about a walker."""

    typed: str = Field(min_length=1)
    reads: str = Field(min_length=1)
    beside: list[str] = Field(min_length=1)
    not_beside: list[str] = []  # company that says the other item ("power wheelchair")
    elsewhere: str | None = None  # the reading away from them (None: the typed word stays)


class CountedWords(BaseModel):
    """Functions counted beside some words: one named reads as `one`, two or more as `many`."""

    functions: list[list[str]] = Field(min_length=2)  # each function's spellings
    beside: list[str] = Field(min_length=1)
    not_beside: list[str] = []  # the item is something else ("seating system added to ...")
    item_for: list[str] = []  # "power tilt for the group 3": a function named first is the item
    one: str = Field(min_length=1)
    many: str = Field(min_length=1)


class ReviewedLimit(BaseModel):
    """A number the reading relies on, with where it comes from and when a person checked it."""

    value: float = Field(gt=0)
    source: str = Field(min_length=1)
    last_reviewed: dt.date


class ShellCounts(BaseModel):
    """How a modular spinal orthosis's shells are counted: digits typed read as `counts` words,
    with any of `materials` between the count and one of `nouns`, beside one of `beside`."""

    counts: dict[str, str] = Field(min_length=1)  # "2" -> "two"
    materials: list[str] = []
    nouns: list[str] = Field(min_length=1)
    beside: list[str] = Field(min_length=1)
    source: str = Field(min_length=1)
    last_reviewed: dt.date


class PowerBaseWords(BaseModel):
    """How an order names a power base's details (flows/power_bases.py)."""

    group_words: dict[str, int] = {}  # "rehab": 3, beside one of group_word_beside
    group_word_beside: list[str] = []
    scooter_words: list[str] = []
    # A power wheelchair base, even beside a scooter word ("upgrading from her scooter").
    chair_words: list[str] = []
    # Weight classes as the descriptors name them, each with the ways billers say it.
    weight_classes: dict[str, list[str]] = {}
    captains_words: list[str] = []
    portable_words: list[str] = []
    functions: list[list[str]] = []  # each power seating function's spellings
    elevator_words: list[str] = []  # a seat elevator: group 2's own bases, else one function
    no_option_words: list[str] = []
    single_option_words: list[str] = []
    multiple_option_words: list[str] = []
    # An item for a base ("joystick for the group 3") or another item (a manual chair, a
    # seating system), not the base.
    for_words: list[str] = []
    other_item_words: list[str] = []


class CushionWords(BaseModel):
    """How an order names a wheelchair cushion's details (flows/seat_cushions.py)."""

    cushion_words: list[str] = []
    back_words: list[str] = []  # a back cushion
    uses: dict[str, list[str]] = {}  # each descriptor's use ("positioning") and its spellings
    adjustable_words: list[str] = []
    wide_words: list[str] = []  # a width over the line said without a number
    back_shapes: dict[str, list[str]] = {}  # a positioning back's shape: "planar", "laterals"
    source: str = ""
    last_reviewed: dt.date | None = None


class SeatFrameWords(BaseModel):
    """How an order names a nonstandard seat frame's chair (flows/seat_frames.py)."""

    seat_words: list[str] = []  # the frame's seat: "seat frame", "seat"
    chairs: dict[str, list[str]] = {}  # "manual" and "power": the words naming each chair
    other_item_words: list[str] = []  # a cushion or upholstery is no frame


class LabourWords(BaseModel):
    """How billers say an item is a technician's repair labour."""

    cues: list[str] = Field(min_length=1)  # "labor", "tech time", "per 15 min": labour itself
    by_whom: list[str] = []  # "tech", "technician": labour with a time said ("45 min")
    time_words: list[str] = []  # "min", "hours", "units": after a number, the time spent
    parts_only: list[str] = []  # "labor billed separately", "part only": the line is the part
    no_repair: list[str] = []  # "delivered", "set up": a technician's time is no repair
    not_for: list[str] = []  # orthoses, prostheses: their own labour codes (L4205, L7520)
    oxygen_words: list[str] = []  # the equipment is oxygen equipment
    reads: str = Field(min_length=1)  # the labour's words, put first
    oxygen_reads: str = Field(min_length=1)


class DeviceFamily(BaseModel):
    """A family of L-codes (the limb prostheses, the orthoses) and the words saying a
    description is about one of its items (flows/code_families.py)."""

    name: str = Field(min_length=1)
    ranges: list[Annotated[str, Field(pattern=CODE_RANGE_PATTERN)]] = Field(min_length=1)
    words: list[str] = Field(min_length=1)  # "amputee", "bk socket": the family's context
    # Phrases holding one of the words that say nothing of the family ("hook and loop" closure).
    not_words: list[str] = []
    # Its context lowers every code outside it, not only the other families' codes.
    over_every_code: bool = False


class SearchWords(BaseModel):
    """content/codes/synonyms.yaml: biller shorthand, and words that never name the item."""

    version: int
    last_reviewed: str
    shorthand: dict[str, str]
    in_context: list[ContextWord] = []
    counted: list[CountedWords] = []  # "tilt and recline": a multiple power option base
    shell_counts: ShellCounts  # "2-shell TLSO": two shells
    generic_words: list[str] = Field(min_length=1)
    describing_words: list[str] = []
    story_words: list[str] = []  # "knee contracture", "wound clinic": never the item's main noun
    units: dict[str, list[str]]
    formula_kcal_per_ml_max: ReviewedLimit  # above it, "kcal" counts calories, no density
    naming_units: list[str] = []  # a typed "30-40 mmhg" names a compression garment
    variant_words: list[str] = []
    variant_asked_by: dict[str, list[str]] = {}  # a variant asked for in other words
    rival_words: list[list[str]] = []  # groups of words a descriptor says one of
    range_words: dict[str, list[str]] = {}  # "L5000-L7499" -> words its codes name unsaid
    # "K0006" -> "weight capacity greater than 250 pounds ...": a range the policy states unsaid
    range_quantities: dict[str, str] = {}
    # "small", "medium", "large" pad -> a pad area in square inches inside that size's tier
    size_word_areas: dict[str, float] = {}
    # "both", "either": how many or which, never the item itself (nor is a size word, "sm")
    amount_words: list[str] = []
    plain_words: list[str] = []  # typed words that are no abbreviation of the CMS file's
    payer_words: list[str] = []  # "for medicaid", "BCBS pt": who pays, never the item
    body_regions: list[str] = []
    place_words: list[str] = []  # a vehicle or part of a home an item is fitted to ("van")
    extent_words: list[str] = []  # where a garment ends besides body regions ("head to foot")
    # How an intake note names the item among the patient's story (flows/item_phrase.py).
    order_cues: list[str] = []  # "urology orders ...": the item follows
    weak_order_cues: list[str] = []  # "wound nurse uses ...": only when no order cue is typed
    replacing_cues: list[str] = []  # "replacing her breast form": the item, as a replacement
    switch_words: list[str] = []  # "switching from X to Y": Y is the item, X is not
    instead_words: list[str] = []  # "instead of E tanks": read as "other than"
    # "KAFO, limited-motion knee joint, add per joint": the clause with a part cue names the part
    # billed, not the whole orthosis or prosthesis (whole_nouns) named before it.
    part_cues: list[str] = []
    whole_nouns: list[str] = []
    part_nouns: list[str] = []  # "KAFO knee joint": the joint, added to the KAFO
    person_words: list[str] = []  # "female pt bedbound, ...": a clause about the patient
    clinician_words: list[str] = []  # "ortho wants lumbar brace": the item follows the cue
    note_heading_words: list[str] = []  # "Repair ticket: ...": a note's heading names no item
    # "table-mounted arm", "wheelchair mount tablet holder": the word before names where the
    # item attaches, so the reading moves it after the item ("arm mounted on table").
    mount_words: list[str] = []
    mount_positions: list[str] = []  # "center mount leg rest": how, not where, it is mounted
    mount_where: list[str] = []  # "tray mounted behind the seat": the place follows the mount
    power_bases: PowerBaseWords = PowerBaseWords()
    seat_cushions: CushionWords = CushionWords()
    seat_frames: SeatFrameWords = SeatFrameWords()
    device_families: list[DeviceFamily] = []  # a prosthesis's part or an orthosis's, by context
    labour: LabourWords | None = None  # "tech spent 45 min on her bed": the labour is the item
    heavy_duty_over_pounds: int = Field(gt=0)  # a typed weight above it: a heavy-duty item
    pediatric_under_years: int = Field(gt=0)  # a typed age below it: a pediatric item
    age_bands: AgeBands  # a child's age as the descriptors' size bands (infant, junior)
    chair_options: ChairOptionWords | None = None  # "arms must flip off": detachable arms

    @field_validator("shorthand")
    @classmethod
    def _lowercase(cls, shorthand: dict[str, str]) -> dict[str, str]:
        for typed in shorthand:
            if typed != typed.lower().strip():
                raise ValueError(f"shorthand '{typed}' must be lower case, without outer spaces")
        return shorthand

    @model_validator(mode="after")
    def _payers_read_as_nothing(self) -> SearchWords:
        """A payer reads as no word at all, like a shorthand for nothing ("medic aid" never)."""
        self.shorthand = {**self.shorthand, **dict.fromkeys(self.payer_words, "")}
        return self

    @classmethod
    def load(cls, content_dir: Path) -> SearchWords:
        return load_yaml_model(content_dir / "codes" / "synonyms.yaml", cls)


def whole_words(phrases: list[str]) -> re.Pattern[str]:
    """Any of the phrases, as whole words."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"(?<![a-z0-9])(?:" + alternatives + r")(?![a-z0-9])")


def spaced_words(phrases: list[str]) -> re.Pattern[str]:
    """Any of the phrases as whole words, however many spaces the shorthand left between
    their words ("manual w/c" reads "manual  wheelchair")."""
    return re.compile(whole_words(phrases).pattern.replace(r"\ ", r"\s+"))
