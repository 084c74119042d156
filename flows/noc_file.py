"""content/codes/noc.yaml as the NOC routing reads it: reviewed rules, defaults per category,
the words naming each NOC family, the scopes of code groups, and the advice given."""

from __future__ import annotations

import functools
import re

from pydantic import BaseModel, Field

from flows.models import ANY_HCPCS_IN_TEXT, HCPCS_PATTERN, ItemCategory
from flows.noc_scopes import NocScope


class NocRule(BaseModel):
    code: str = Field(pattern=HCPCS_PATTERN)
    categories: list[ItemCategory]
    words: list[str] = Field(min_length=1)
    unless: list[str] = []  # words that keep the rule off ("motorized" for a daily-living aid)
    # words one of which the item must also say ("custom" takes K0013 only with a power base)
    also: list[str] = []
    first: bool = False  # tried before the NOC families (an orthotist's visit is a service)
    # taken by a whole item only: never by a part of another item or a repaired piece of a chair
    whole: bool = False
    why: str


class NocDefault(BaseModel):
    code: str = Field(pattern=HCPCS_PATTERN)
    why: str


class TypedBase(BaseModel):
    """A code typed in the description names the base of the piece billed, when the words naming
    the item are apart from that code's clause (content/codes/noc.yaml explains the rule)."""

    clause_marks: str = Field(min_length=1)  # what ends a clause: the code's own, the piece's
    billing_verbs: list[str] = []  # "billed on A4265": where it was billed, not a piece's base
    note: str
    sources: list[str] = Field(min_length=1)
    last_reviewed: str


class NeverCovered(BaseModel):
    """Items Medicare may never cover (not DME, or excluded by law): the NOC advice says so."""

    words: list[str] = Field(min_length=1)
    why: str
    sources: list[str] = Field(min_length=1)
    last_reviewed: str


class NonDmeBases(BaseModel):
    """Things that are not DME (a toilet, a bathtub, the house, a car): an item fixed to one is
    a part of no DME item, so it is a whole item, never a component of another code (A9900)."""

    words: list[str] = Field(min_length=1)
    dme_words: list[str] = []  # bases named like a DME item ("raised toilet seat") stay DME
    sources: list[str] = Field(min_length=1)
    last_reviewed: str


class SmallParts(BaseModel):
    """Small parts (nuts, bolts, screws) are paid within the item they belong to: the NOC advice
    for them says a line of their own is denied."""

    words: list[str] = Field(min_length=1)
    why: str
    sources: list[str] = Field(min_length=1)
    last_reviewed: str


class ReplacementReasons(BaseModel):
    """Why a whole item is replaced (wear, loss, theft, a fire): the claim's story, never the
    item, so neither the code search nor the NOC routing reads it (noc.yaml explains)."""

    phrases: list[str] = Field(min_length=1)  # a reason wherever typed ("worn out", "fire")
    after_leads: list[str] = []  # a reason only after a lead ("due to wear", not "extended wear")
    leads: list[str] = []  # "after", "due to": dropped with the reason they introduce
    sources: list[str] = Field(min_length=1)
    last_reviewed: str


class BilledForDenial(BaseModel):
    """Phrases by which a biller says an item is billed to be denied or is not covered: an item
    no family or rule claims then goes to the non-covered code (A9270), not E1399."""

    code: str = Field(pattern=HCPCS_PATTERN)
    phrases: list[str] = Field(min_length=1)
    # "not covered by any L code" says no code fits, not that the item is never paid: a phrase
    # followed by a link word ("by", "under") and one of `not_before` (or a typed code) within
    # the next four words does not count
    links: list[str] = []
    not_before: list[str] = []
    # phrases asking for the non-covered line itself ("bill it as non-covered"): only these move
    # a supply no family claims (A9999) there; a wish for a denial alone keeps A9999 with GY
    as_noncovered: list[str] = []
    why: str
    sources: list[str] = Field(min_length=1)
    last_reviewed: str

    def said_in(self, description: str) -> bool:
        """True when the description says one of the phrases, not followed by a `not_before`."""
        pattern = _phrase_pattern(tuple(self.phrases), tuple(self.links), tuple(self.not_before))
        return bool(pattern.search(_plain(description)))

    def asked_in(self, description: str) -> bool:
        """True when the biller asks to bill the item as the non-covered line."""
        return bool(self.as_noncovered) and bool(
            _phrase_pattern(tuple(self.as_noncovered), (), ()).search(_plain(description))
        )


def _plain(text: str) -> str:
    """Lower-case words, one space apart: "Non-covered" reads as "non covered"."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


@functools.lru_cache(maxsize=16)
def _phrase_pattern(
    phrases: tuple[str, ...], links: tuple[str, ...], not_before: tuple[str, ...]
) -> re.Pattern[str]:
    """One of the phrases as whole words, unless a link word and a code word follow it."""
    said = "|".join(re.escape(_plain(p)) for p in sorted(phrases, key=len, reverse=True))
    if not links:
        return re.compile(rf"\b(?:{said})\b")
    link = "|".join(re.escape(_plain(w)) for w in links)
    # a code typed within the next few words ("not covered by L3600-L3640") is one of them
    after = "|".join([*(re.escape(_plain(w)) for w in not_before), ANY_HCPCS_IN_TEXT.pattern])
    guard = rf"(?! (?:{link})(?: [a-z0-9]+){{0,3}} (?:{after})\b)"
    return re.compile(rf"\b(?:{said})\b{guard}")


class PdacCoded(BaseModel):
    """Phrases by which a biller says the DME PDAC coded the item: a NOC code typed beside one is
    the code to bill (content/codes/noc.yaml explains the rule)."""

    phrases: list[str] = Field(min_length=1)
    # NOC codes by the names of their CMS descriptors a PDAC letter quotes ("power wheelchair NOC")
    names: dict[str, list[str]] = {}
    not_coded: list[str] = []  # phrases saying the PDAC coded nothing: no name is read then
    why: str
    sources: list[str] = Field(min_length=1)
    last_reviewed: str


class NocFile(BaseModel):
    version: int
    rules: list[NocRule]
    defaults: dict[ItemCategory, NocDefault]
    category_words: dict[ItemCategory, list[str]]
    whole_chair_words: list[str] = []  # a whole item named so is equipment, never K0108
    replacement_part_words: list[str] = []  # "replacement": a supply only when a part is named
    chair_piece_words: list[str] = []  # pieces only a wheelchair or scooter has
    family_words: dict[str, list[str]] = {}  # NOC code -> more names billers use for its family
    # NOC code -> nouns that alone name an item of the family ("door alarm": A9280)
    family_nouns: dict[str, list[str]] = {}
    # NOC code -> words anywhere in a whole item's description that place it in the family
    # when its name does not ("insoles that track foot pressure": a monitoring device)
    family_cues: dict[str, list[str]] = {}
    # NOC code -> words one of which the item must say ("For diabetics only": A5507)
    family_requires: dict[str, list[str]] = {}
    # NOC code -> words of a domain with its own NOC code: an item saying one is not the family's
    family_yields: dict[str, list[str]] = {}
    carried_words: list[str] = []  # part nouns of accessories carried, not built in (a case)
    carried_code: str | None = Field(default=None, pattern=HCPCS_PATTERN)
    family_why: str
    how_made_words: list[str] = []
    changing_words: list[str] = []  # verbs of a change made to an item ("add", "stretch")
    reworking_words: list[str] = []  # work that places a change too ("sew"), warning kept
    never_covered: NeverCovered | None = None
    small_parts: SmallParts | None = None
    non_dme_bases: NonDmeBases | None = None  # None: every base a part names may be DME
    replacement_reasons: ReplacementReasons | None = None  # None: a reason is read as item words
    no_code_kinds: list[str] = []  # kinds no specific code comes near: the search offers none
    billed_for_denial: BilledForDenial | None = None
    scopes_last_reviewed: str
    scopes_sources: list[str] = Field(min_length=1)
    scopes: list[NocScope] = Field(min_length=1)
    scope_why: str
    scope_parts_why: str
    part_words: list[str] = Field(min_length=1)
    night_words: list[str] = Field(min_length=1)
    no_code_phrases: list[str] = []
    code_context_words: list[str] = []  # "no dx code on the order": not the item's code
    outside_nouns: list[str] = []  # "not part of the daily kit": the item is outside a listing
    no_base_phrases: list[str] = []
    whole_phrases: list[str] = []  # "the whole device": no part of the item it is used with
    chair_carrier_words: list[str] = []  # "ramp for the wheelchair": no part of the chair
    person_words: list[str] = []  # "table for a pt who must stand": for a person, no item
    typed_base: TypedBase | None = None  # None: a typed code never names a piece's base
    pdac_coded: PdacCoded | None = None  # None: a typed NOC code is read like any other words
    # words by which a biller says only a piece of an item is billed (it broke, went missing)
    part_cues: list[str] = []
    broke_words: list[str] = []  # what happened to a piece: ends its name and cues a part
    stopped_words: list[str] = []  # end an item's name only ("remote quit working")
    # names of a wheelchair or scooter and words saying a piece of one is repaired: such a piece
    # is a wheelchair part (K0108) whatever else its words name
    chair_names: list[str] = []
    repair_words: list[str] = []
    run_by_words: list[str] = []  # "battery-powered": how an item is run, no part of it
    mount_places: list[str] = []  # "rail-mounted": where an item is mounted, no part of it
    # phrases by which a biller says the item lacks PDAC coding verification or meets no code's
    # criteria: families whose descriptor names that condition (K0899, K0669) take it
    unverified_phrases: list[str] = []
    body_part_groups: dict[str, list[str]] = {}
    powered_words: list[str] = []
    power_descriptor_words: list[str] = []
    # an item of this kind no powered word names is of the unpowered kind (wheelchair: manual)
    unpowered_kinds: dict[str, str] = {}
    powered_phrases: list[str] = []  # "group 2": a power wheelchair's group
    owned_words: list[str] = []  # "pt owned": a piece of an item the patient has
    # "after", "following": what follows is the patient's history (a surgery), which does not
    # make the item a prosthesis
    history_words: list[str] = []


class NocAdvice(BaseModel):
    code: str
    description: str
    why: str
