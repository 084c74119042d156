"""The claim narrative (NTE02 / Item 19) and the SV101-7 description, never over 80 characters."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import cache, partial

from flows.formats import money
from flows.models import Item
from flows.phi_shapes import PHONE, STREET_WORD
from flows.text import strip_marks

NARRATIVE_LIMIT = 80  # NTE02 and SV101-7 both hold 80 characters
# The X12 5010 separators (element *, segment ~, component :, repetition ^) and the pipe some
# clearinghouses use: inside NTE02 or SV101-7 they end the element or the segment early.
_X12_SEPARATORS = re.compile(r"[*~:^|]")


# Characters with an ASCII spelling that accent-stripping does not give: sizes ("16×18",
# "½ in", 12″), dashes and quotes pasted from documents, letters that are not accented ones;
# trademark signs are dropped ("Ottobock™" is Ottobock, not OttobockTM).
_ASCII_SPELLINGS = str.maketrans({
    "×": "x", "⁄": "/", "″": '"', "′": "'", "“": '"', "”": '"', "‘": "'", "’": "'",
    "–": "-", "—": "-", "‑": "-", "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O",
    "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "þ": "th", "ð": "d",
    "™": "", "®": "", "©": "",
})  # fmt: skip


def claim_safe(text: str) -> str:
    """Text an electronic claim can carry: accents dropped ("é" -> "e"), "×" and "½" spelled
    "x" and "1/2", separators, emoji and other characters outside printable ASCII gone, one
    space between words."""
    text = strip_marks(text.translate(_ASCII_SPELLINGS)).translate(_ASCII_SPELLINGS)
    text = _X12_SEPARATORS.sub(" ", text)
    text = "".join(c if 32 <= ord(c) < 127 else " " for c in text)
    return " ".join(text.split())


# Contact details never go to the payer, whoever's they are: a phone number, an e-mail address,
# a street address ("12 Oak St", "4400 N Main Street").
_CONTACT_VALUES = {
    "phone number": PHONE,
    "e-mail address": re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "street address": re.compile(
        rf"\b\d{{1,6}}[A-Za-z]? (?:[NSEW]\.? )?(?:[A-Z][\w'-]* ){{1,3}}{STREET_WORD.pattern}\b\.?"
    ),
}
# A part of a description: "..., 616-555-0144 is her cell" goes whole, not only the number.
_PARTS = re.compile(r"(?:[,;]| - )")


def contact_kinds(text: str | None) -> list[str]:
    """The kinds of contact detail in the text ("phone number", "street address")."""
    return [kind for kind, shape in _CONTACT_VALUES.items() if text and shape.search(text)]


def without_contacts(text: str) -> str:
    """The text less every part holding a phone number, e-mail or street address; in its first
    part, where the item is named, only the value goes."""
    if not contact_kinds(text):
        return text
    first, *rest = _PARTS.split(text)
    for shape in _CONTACT_VALUES.values():
        first = shape.sub(" ", first)
    kept = [part for part in rest if not contact_kinds(part)]
    return ", ".join(" ".join(part.split()) for part in (first, *kept) if part.strip())


def changed_by_claim_safe(text: str | None) -> bool:
    """Whether making the text claim-safe changes more than its spacing."""
    return bool(text) and claim_safe(text or "") != " ".join((text or "").split())


def _delivered(purchased: str | None) -> str:
    """The repaired item's purchase month as DME MACs show it: "del-06/19" for 2019-06."""
    if not purchased:
        return ""
    year, month = purchased.split("-")
    return f" del-{month}/{year[2:]}"


# A later sentence of a description: after a word of three letters or more ("18 in. x 16 in."
# is one sentence), of three words or more ("300 lbs. capacity" is one too).
_LATER_SENTENCE = re.compile(r"(?<=[A-Za-z]{3}[.!?])\s+(?=\S+\s+\S+\s+\S)")
_ABBREVIATED = frozenset("corp. inc. ltd. llc. co. approx. med. mfr. mfg. intl. qty. est.".split())


def item_and_note(description: str) -> tuple[str, str]:
    """The item a description names (its first sentence) and the note after it ("knee walker w
    basket. pt is NWB after ankle fx": what it is for), or the whole text and no note."""
    item, *note = _LATER_SENTENCE.split(description, maxsplit=1)
    if not note or len(item.split()) < 2 or item.split()[-1].lower() in _ABBREVIATED:
        return description, ""
    return item.rstrip(" .!?"), note[0].strip().rstrip(" .")


def short_description(description: str, abbreviations: dict[str, str]) -> str:
    """The SV101-7 description: the item as typed when it fits (not the note after it),
    abbreviated only where that buys room."""
    description = claim_safe(without_contacts(item_and_note(description)[0]))
    if len(description) <= NARRATIVE_LIMIT:
        return description
    return _shorten(_abbreviate(description, abbreviations), NARRATIVE_LIMIT)


def _capital_like(short: str, match: re.Match[str]) -> str:
    """The abbreviation, capitalised like the word it replaces ("Medical" -> "Med")."""
    return short[:1].upper() + short[1:] if match.group()[:1].isupper() else short


@cache  # the content's few dozen words, each compiled once (re's own cache is shared)
def _word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)  # "part #" too


_SPACES = re.compile(r"\s+")


def _abbreviate(text: str, abbreviations: dict[str, str]) -> str:
    for word, short in abbreviations.items():
        text = _word(word).sub(partial(_capital_like, short), text)
    return _SPACES.sub(" ", text.replace(" ,", ",")).strip(" ,;")


# Where an item's name ends and its details begin: "shower commode chair, 700 lb capacity";
# on a repair, "caster wheel replaced on the pt-owned K0001": the part is the name.
_DETAILS = re.compile(
    r",|;|\(|\s(?:with|w/|for|-|on|replaced|repaired|installed|swapped)\s", re.IGNORECASE
)


def _shorten(text: str, limit: int) -> str:
    """At most `limit` characters, keeping what the item is: the details after its name go
    first, then the adjectives before the name's last words ("bari HD shower commode chair")."""
    if len(text) <= limit:
        return text
    name = _name_before_details(text)
    if name != text and len(name) <= limit:
        return _cut(text, limit) if len(_cut(text, limit)) >= len(name) else name
    words = name.split()
    while len(words) > 2 and len(" ".join(words)) > limit:
        words.pop(0)  # a leading adjective, never the item's last two words
    return _cut(" ".join(words), limit)


def _name_before_details(text: str) -> str:
    """The item's name: the text before its details ("shower commode chair" of "shower commode
    chair, 700 lb capacity"), or the whole text when it has none."""
    split = _DETAILS.search(text)
    return text[: split.start()].strip() if split else text


def _item_name(text: str) -> str:
    """The least of a description a narrative keeps: the last two words of its item's name
    ("gear motor" in "repl gear motor for patient-owned hospital bed"), as `_shorten` keeps."""
    return " ".join(_name_before_details(text).split()[-2:])


# A cut description must not end on a joining word ("hand control for").
_JOINING_END = re.compile(r"(\s+(for|of|with|w/|and|&|to|on|the|a))+$", re.IGNORECASE)


def _cut(text: str, limit: int) -> str:
    """Cuts at a word boundary to at most `limit` characters."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return _JOINING_END.sub("", cut.rstrip(" ,;-/&")).rstrip(" ,;-/&")


def without_filler(text: str, filler: Sequence[str]) -> str:
    """The text less the content's filler phrases ("pt owned", "(*)", "the * one"; "*" is one
    to four words), tidied where a phrase went."""
    for phrase in filler:
        text = _filler(phrase).sub(" ", text)
    text = re.sub(r"\s+([,;])", r"\1", _SPACES.sub(" ", text))
    return re.sub(r"([,;])(?:\s*[,;])+", r"\1", text).strip(" ,;-")


@cache  # the content's few phrases, each compiled once
def _filler(phrase: str) -> re.Pattern[str]:
    words = r"[^\s,;()]+(?:\s+[^\s,;()]+){0,3}"
    body = r"\s+".join(re.escape(word) for word in phrase.split()).replace(r"\*", words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def _without_words_of(model: str, name: str) -> str:
    """The model less the words of the item's name it repeats ("5410IVC head motor, part #
    1039165" beside "head motor" -> "5410IVC, part # 1039165"); words with digits stay."""
    said = {word.casefold() for word in name.split()}
    kept = [w for w in model.split() if w.strip(",;").casefold() not in said or _DIGIT.search(w)]
    return without_filler(" ".join(kept), ())


def without_maker(description: str, maker: str) -> str:
    """The description less the maker's name opening it, so the narrative names the maker once:
    "NOVA Medical Products 4216 cane holder" or "Medical Products 4216 cane holder" (the rest of
    a name cut short) beside NOVA Medical Products is "4216 cane holder". Two words of the name
    or more, or its first word as typed ("Drive" of Drive Medical, never "drive belt"); never
    the whole description."""
    names = [word.casefold() for word in maker.split()]
    words = description.split()
    run = 0
    while run < len(words) - 1 and words[run].strip(",.;:-").casefold() in names:
        run += 1
    if run >= 2 or (run == 1 and words[0].strip(",.;:-") == maker.split()[0]):
        return " ".join(words[run:]).lstrip(",;:- ")
    return description


_DIGIT = re.compile(r"\d")
# A word that names a product rather than tells of it: a digit, a capital inside it ("HomeFill",
# "XL") or a capital letter before a hyphen ("G-series").
_IDENTIFYING = re.compile(r"\d|\w[A-Z]|^[A-Z]-")


def _identifying_words(model: str) -> str:
    """The model's words that identify the product, in their order ("G-series" of "not sure,
    it's the pendant for their G-series bed"); empty when none does."""
    words = (w.strip(",;.()") for w in model.split())
    return " ".join(w for w in words if _IDENTIFYING.search(w))


# "# 1039165" (a part number after "part #" was abbreviated) reads as one value: "#1039165".
_NUMBER_SIGN = re.compile(r"#\s+(?=\w)")


def build_narrative(
    item: Item,
    abbreviations: dict[str, str],
    leave_out: AbstractSet[str] = frozenset(),
    filler: Sequence[str] = (),
    labor_minutes: int | None = None,
    reason: str = "",
) -> tuple[str, list[str]]:
    """The NTE02 / Item 19 narrative: what it is, who makes it, model, the note after the item
    (what it is for), price-list amount, and the base or repaired item's code (with its purchase
    month, "del-06/19"). Never over 80 characters, never a phone number, e-mail or street
    address; returns the parts dropped. On a labor line, `labor_minutes` is the time itemized
    ("labor 45 min") beside the repaired item's code (F16.8, F17.24); on a replacement after an
    incident, `reason` ("repl stolen") says why (F16.9).

    Price, related codes and the reason are never dropped (the DME MAC needs them to price the
    line); the content's filler goes first from every part ("pt owned", "(Homecare Products
    Inc)", "the 6 foot one"), then the note is abbreviated, then goes; then the description is
    abbreviated, the model loses the words of the item's name it repeats, and the description
    is shortened to its item name; then a model typed as a sentence keeps only its identifying
    words; only when that name does not fit beside them do the manufacturer and the model go,
    in that order.
    """

    def typed(field: str, value: str | None) -> str:
        return "" if field in leave_out else claim_safe(without_contacts(value or ""))

    description, note = item_and_note(typed("description", item.description))
    manufacturer, model = typed("manufacturer", item.manufacturer), typed("model", item.model)
    description = without_maker(description, manufacturer) if manufacturer else description
    fixed = []
    if item.unit_price is not None:
        fixed.append(f"PL {money(item.unit_price)}")
    if item.base_item_code:
        fixed.append(f"for {item.base_item_code}")
    if labor_minutes:
        fixed.append(f"labor {labor_minutes} min")
    if item.repair_of_code:
        fixed.append(f"repair of {item.repair_of_code}{_delivered(item.repair_of_purchased)}")
    if reason:
        fixed.append(reason)

    def compose(desc: str, maker: str, mdl: str) -> str:
        product = " ".join(part for part in (maker, mdl) if part)
        return ", ".join(part for part in (desc, product, note, *fixed) if part)

    narrative = compose(description, manufacturer, model)
    if len(narrative) <= NARRATIVE_LIMIT:
        return narrative, []
    # Filler goes first (a part made only of filler stays as typed), then abbreviations apply.
    description, manufacturer, model, note = (
        without_filler(part, filler) or part for part in (description, manufacturer, model, note)
    )
    narrative = compose(description, manufacturer, model)
    if len(narrative) <= NARRATIVE_LIMIT:
        return narrative, []
    full_description = _abbreviate(description, abbreviations)
    manufacturer, note = _abbreviate(manufacturer, abbreviations), _abbreviate(note, abbreviations)
    model = _NUMBER_SIGN.sub("#", _abbreviate(model, abbreviations))
    if len(compose(full_description, manufacturer, model)) > NARRATIVE_LIMIT:
        # The fixed parts say the same in fewer letters ("rpr E0260 del-06/19") before any
        # part of the item's own is shortened or dropped (F2.4, F16.8).
        fixed = [_abbreviate(part, abbreviations) for part in fixed]
    dropped: list[str] = []
    if note and len(compose(full_description, manufacturer, model)) > NARRATIVE_LIMIT:
        note, dropped = "", ["note after the item"]  # before any part of the item's own
    # A model repeating the item's name ("5410IVC head motor") says it once when the name
    # would not fit beside it otherwise.
    name = _item_name(full_description)
    if len(compose(name, manufacturer, model)) > NARRATIVE_LIMIT:
        model = _without_words_of(model, name) or model
    # The manufacturer and the model are required elements (F2.4, F16.8): the description is
    # shortened to its item's name first, then a model typed as a sentence keeps only its
    # identifying words ("not sure, it's the pendant for their G-series bed": "G-series"); only
    # when not even that fits beside them does the manufacturer, then the model, go; after each
    # drop the description gets the room back.
    for drop in ("", "model words", "manufacturer", "model"):
        if drop == "model words":
            core = _identifying_words(model)
            if not core or core == model:
                continue
            model, dropped = core, [*dropped, "part of the model"]
        elif drop == "manufacturer" and manufacturer:
            manufacturer, dropped = "", [*dropped, "manufacturer"]
        elif drop == "model" and model:
            model, dropped = "", [*dropped, "model"]
        room = NARRATIVE_LIMIT - len(compose("x", manufacturer, model)) + 1
        if len(_item_name(full_description)) <= room or drop == "model":
            break
    description = _shorten(full_description, max(8, room))
    narrative = compose(description, manufacturer, model)
    if len(narrative) > NARRATIVE_LIMIT:  # only with absurd inputs: never go over the limit
        narrative, dropped = narrative[:NARRATIVE_LIMIT], [*dropped, "end of the text"]
    if description != full_description:
        dropped.insert(0, "end of the description")
    return narrative, dropped
