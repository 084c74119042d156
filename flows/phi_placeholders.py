"""Values that identify nobody, and words that say what a number is, for the PHI guard
(flows/phi.py).

A placeholder is taken out of the text before the guard reads it: an all-zero Social Security
number or date ("000-00-0000", "00/00/0000": the Social Security Administration issues no
number with a zero group, and no day is numbered zero), a number of zeros alone (a record
system's stand-in for an unknown ID: "Medicaid ID: 0000000000"), a system's default date where the
message says it is one (`placeholder_dates` with a `placeholder_words` word: "DOB 01/01/1900 is
the old system's default"), a UPS tracking number ("1Z 44R 810 03 4471 2264"), and a test
record's name (`test_name_prefixes`: "ZZTEST, ZZPATIENT"). Any other identifier in the same
message is still read.

A value shaped like a Medicare number is a product's when a serial's word is a few words around
it, also inside a field name ("serialNumber", "<SerialNo>", "lot_number"), or a phrase that
names another business's number (`product_number_phrases`: "the service order", "PDAC
verification #"), or when it ends an equipment record's row: a model number, a date from 2000
on, then the value ("GCR-9921-B 04-14-2025 5JD0FA3CC87", "TMP 4410X 2026-02-25 ..."), the way a
warehouse log, a CMN's equipment line or a repair ticket lists a unit. A patient's row has a
name or a HCPCS code there ("E1399 2026-03-12 <MBI>" stays a Medicare number)."""

from __future__ import annotations

import re
from functools import lru_cache

from flows.models import ADJUSTMENT_GROUPS
from flows.phi_rules import Rules
from flows.phi_shapes import DATE, MBI

_ZERO_SSN = re.compile(r"(?<![\w-])000([- .]?)00\1?0000(?![\w-])")
_ZERO_DATE = re.compile(r"(?<![\w/.-])00?([/.-])00?\1(?:0000|00)(?![\w/.-])")
_ZERO_ID = re.compile(r"(?<![\w-])0{6,}(?![\w-])")  # "Medicaid ID: 0000000000", unknown
# A UPS tracking number, "1Z" and sixteen letters and digits, however spaced: a parcel's, whose
# groups can look like an SSN ("UPS 1Z 44R 810 03 4471 2264").
_PARCEL = re.compile(r"(?<![\w-])1Z(?: ?[0-9A-Z]){16}(?![\w-])", re.IGNORECASE)
_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[^\W\d_]+")
_WORD = re.compile(r"[^\W\d_][\w/]*")


@lru_cache(maxsize=16)  # built once per word list, not on every message the guard reads
def _phrase(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"[\s_-]?") for w in words)
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)


def without_placeholders(rules: Rules, text: str) -> str:
    """`text` without the values in it that identify nobody (see the module's docstring)."""
    file = rules.file
    text = _ZERO_ID.sub(" ", _ZERO_DATE.sub(" ", _ZERO_SSN.sub(" ", text)))
    if "1z" in text.lower():
        text = _PARCEL.sub(" ", text)
    if _phrase(tuple(file.placeholder_words)).search(text):
        text = _phrase(tuple(file.placeholder_dates)).sub(" ", text)
        text = _phrase(tuple(file.placeholder_names)).sub(" ", text)  # "DOE, JOHN" in demo data
    prefixes = "|".join(map(re.escape, file.test_name_prefixes))
    return re.sub(rf"(?<![\w-])(?:{prefixes})[^\W\d_]*(?![\w-])", " ", text, flags=re.I)


def label_words(words: list[str]) -> set[str]:
    """The words, in lower case, each also without a plural's "s" and cut at its capitals and
    underscores: "serials", "serialNumber", "SerialNo", "lot_number" each give "serial"/"lot"."""
    found: set[str] = set()
    for word in words:
        for part in [word, *_PARTS.findall(word.replace("_", " "))]:
            found |= {part.lower(), part.lower().removesuffix("s")}
    return found


_VALUE_END = re.compile(r"\w*\d[\w-]*$")


def product_aside(rules: Rules, text: str, aside: re.Match[str]) -> bool:
    """Whether an aside in brackets right after a value says it is a product's or the business's
    own number: "1GQ3-UW4-WJ20 (our asset tag)", "(lot #)"; not a label's ("birth date (Excel
    serial) 15811")."""
    after_value = _VALUE_END.search(text, max(0, aside.start() - 20), aside.start()) is not None
    return after_value and bool(label_words(_WORD.findall(aside.group())) & rules.serial_words)


# A label with its own number right after it ("lot 42341776", "S/N: 88-1203"): the label is that
# number's, not the word of another value beside it ("... 5VQ6YW5VM17; lot 42341776"); a
# number shaped like an MBI is kept, as a list of serials is ("serials 4TR8..., 5VQ6...").
_OWN_VALUE = re.compile(
    r"(?<![^\W\d_])[^\W\d_][\w/]*(?:\s*#|\s*no\.?)?:?\s*((?=[\w-]{4})[\w-]*\d[\w-]*)"
)


def _own_values(part: str) -> str:
    """`part` without each label that has its own number (see _OWN_VALUE), nor that number."""
    return _OWN_VALUE.sub(lambda m: m.group() if MBI.fullmatch(m.group(1)) else " ", part)


def product_near(rules: Rules, text: str, start: int, end: int, mbi: bool = False) -> bool:
    """Whether the MBI-shaped value at `start`-`end` has a serial's word a few words around it
    (also a loaner's or a return's for an `mbi`'s shape, unless the message is about a patient's
    case: "loaner for Medicare pt 1EG4TE5MK73"), or heading it in its sentence
    (`serial_heads_value`), or a phrase naming another business's number within 40 characters
    (also a maker's label's, "box label", unless the message is about a patient's case)."""
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    near = _WORD.findall(_own_values(before))[-5:] + _WORD.findall(_own_values(after))[:6]
    loaner = mbi and not rules.names.context.about_patient.search(text)
    if label_words(near) & (rules.mbi_serial_words if loaner else rules.serial_words):
        return True
    if mbi and (serial_heads_value(rules, text, start, end) or said_serial(rules, text, end)):
        return True
    phrases = _phrase(tuple(rules.file.product_number_phrases))
    if loaner and _phrase(tuple(rules.file.mbi_label_phrases)).search(f"{before} {after}"):
        return True  # "the box label says 8GW0NK9MF28"
    return bool(phrases.search(before) or phrases.search(after))


# A model number: capitals and digits joined by hyphens ("GCR-9921-B", "CYP-AFO-22L", "QX-318"),
# or a short code and a number ("TMP 4410X"), with a letter and a digit; never a HCPCS code with
# its modifiers ("E1399-RR"), which a patient's claim row starts with.
_MODEL = re.compile(
    r"(?<![\w-])(?:[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+|[A-Z]{2,5} \d{2,}[A-Z]{0,2})[,;]?[ \t]+$"
)
_HCPCS_WITH_MODIFIERS = re.compile(r"[A-V]\d{4}(?:-[A-Z0-9]{2})*")
_YEAR = re.compile(r"(?:19|20)(\d\d)(?!\d)|(?<=[/.-])(\d\d)$")


def equipment_row(text: str, start: int) -> bool:
    """Whether the value at `start` follows a model number and a date from 2000 on, as a unit's
    serial number does in an equipment record (see the module's docstring)."""
    before = text[max(0, start - 50) : start]
    dates = list(DATE.finditer(before))
    date = dates[-1] if dates else None
    if date is None or not re.fullmatch(r",?[ \t]+", before[date.end() :]):
        return False
    year = _YEAR.search(date.group())
    if year is None or (len(year.group()) == 4 and year.group().startswith("19")):
        return False
    model = _MODEL.search(before, 0, date.start())
    if model is None:
        return False
    code = model.group().rstrip(",; \t")
    return (
        any(ch.isdigit() for ch in code)
        and any(ch.isalpha() for ch in code)
        and _HCPCS_WITH_MODIFIERS.fullmatch(code) is None
    )


_SENTENCE_END = re.compile(r"[.!?\n](?:\s|$)")
# What may stand between a label word and its value: nothing, or a few words ending in a colon,
# a "#", "no." or "is" ("Wi-Fi password in the store is ...", "tracking # on the box: ..."), with
# no comma or sentence break; "tracking down 1EG4TE5MK73" is no label.
_LABEL_GAP = re.compile(
    r"[^\S\n]*(?:(?:[^\W\d_][\w'-]*[^\S\n]*|#[^\S\n]*){0,6}"
    r"(?:[:=#]|\bno\.|\bnumber|\bis|\bwas|\bare)[^\S\n]*)?"
)
# A claim adjustment or remark code ("CO-16", "N350", "MA130"): a claim's sentence.
_CLAIM_CODE = re.compile(
    rf"(?<![\w-])(?:(?:{ADJUSTMENT_GROUPS.upper()})[- ]?\d{{1,3}}|MA\d{{2,3}}|N\d{{1,3}})(?![\w-])"
)


def named_in_sentence(rules: Rules, text: str, start: int, end: int) -> bool:
    """Whether the MBI-shaped value at `start`-`end` is labelled as a credential, a shipment's or
    a stock's number or a document's name (`mbi_sentence_words`) right beside it: the label a
    few words before it ("Wi-Fi password in the store is ...", "tracking # on the box: ...") or
    joined after it ("..._spec_sheet.pdf"); in a message that is not about a patient's case and
    a sentence with no claim's words (`mbi_claim_words`, a CARC or RARC): "tracking down the
    denial for ..." tracks a claim, and the value is a Medicare number."""
    if rules.names.context.about_patient.search(text):
        return False
    ends = [found.end() for found in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    sentence = text[ends[-1] if ends else 0 : after.start() if after else len(text)]
    file = rules.file
    if _CLAIM_CODE.search(sentence) or _phrase(tuple(file.mbi_claim_words)).search(sentence):
        return False
    labels = _phrase(tuple(file.mbi_sentence_words))
    if _heads_value(labels, text, ends[-1] if ends else 0, end):
        return True
    return labels.match(text, end + 1) is not None or labels.match(text, end) is not None


def serial_heads_value(rules: Rules, text: str, start: int, end: int) -> bool:
    """Whether a serial's word (`serial_words`) heads the MBI-shaped value at `start`-`end` in its
    sentence, a few words before its colon or "is": "serial numbers for the three trays: ...,
    ...", "the serial on the replacement armrest is ..."."""
    ends = [found.end() for found in _SENTENCE_END.finditer(text, 0, start)]
    words = rules.file.serial_words
    labels = _phrase((*words, *(f"{word}s" for word in words if word.isalpha())))  # "serials"
    return _heads_value(labels, text, ends[-1] if ends else 0, end)


def said_serial(rules: Rules, text: str, end: int) -> bool:
    """Whether the sentence goes on to say the value ending at `end` is a serial's (`serial_words`):
    "5CM4 P24 GF64 - that's the seat elevator's serial", "... off the box, it's the tray's tag"."""
    after = _SENTENCE_END.search(text, end)
    said = _said_serial(tuple(rules.file.serial_words))
    return said.search(text, end, after.start() if after else len(text)) is not None


@lru_cache(maxsize=4)
def _said_serial(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"\b(?:it's|that's|it is|that is|those are|is|are) (?:the|our|its|a|an) "
        rf"(?:[\w-]+(?:'s)? ){{0,3}}(?:{'|'.join(map(re.escape, words))})s?\b",
        re.IGNORECASE,
    )


def _heads_value(labels: re.Pattern[str], text: str, sentence: int, end: int) -> bool:
    """Whether a label of `labels` after `sentence` heads the value ending at `end`: the label's
    first value, this one or one of a list the label heads ("inventory scan: 5D92X45NF51 ✅
    4R77JE7TV65 ✅ ...")."""
    for label in labels.finditer(text, sentence, end):
        first = MBI.search(text, label.end(), end)
        if first and _LABEL_GAP.fullmatch(text, label.end(), first.start()) is not None:
            return True
    return False
