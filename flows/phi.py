"""Spots patient identifiers however they are typed or pasted, so the bot can refuse to keep them.

One guard for every surface: `scan(text)` normalises the text first (Unicode NFKC, every dash
and space variant made plain, invisible and bidi control characters dropped), then looks for
each kind of identifier. The shapes live here; the cue words, the first names and the words that
mark an ordinary billing number live in content/rules/phi.yaml, where a lead can review them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, HttpUrl

from flows.content import default_content_dir, load_yaml_model
from flows.messages import Messages

KINDS = ("mbi", "hicn", "ssn", "dob", "name", "phone", "email", "member_id", "mrn", "address")


@dataclass(frozen=True)
class PhiFindings:
    """The kinds of patient identifier found in a text, in KINDS order (empty when none)."""

    kinds: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.kinds)


class PhiRulesFile(BaseModel):
    version: int
    last_reviewed: dt.date
    sources: list[HttpUrl]
    name_cues: list[str]
    name_titles: list[str]
    not_names: list[str]
    dob_cues: list[str]
    ssn_cues: list[str]
    hicn_cues: list[str]
    mbi_cues: list[str]
    mrn_cues: list[str]
    member_id_cues: list[str]
    phone_cues: list[str]
    address_cues: list[str]
    billing_number_words: list[str]
    business_area_codes: list[str]
    first_names: list[str]


# -- normalising --------------------------------------------------------------------------------
_INVISIBLE = {"Cf", "Cc", "Co", "Cn", "Cs"}  # format (zero-width, bidi, soft hyphen), controls
_SPACES = {"Zs", "Zl", "Zp"}


def _plain(char: str) -> str:
    category = unicodedata.category(char)
    if category == "Pd" or char == "\u2212":  # every dash, and the minus sign Word inserts
        return "-"
    if category in _SPACES or char in "\t\n\r\v\f":
        return " "
    return "" if category in _INVISIBLE else char


def normalise(text: str) -> str:
    """The text as the checks see it: NFKC, plain dashes and single spaces, nothing invisible."""
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"[^\x20-\x7e]", lambda m: _plain(m.group()), text)
    return re.sub(r" {2,}", " ", text).strip()


# -- shapes -------------------------------------------------------------------------------------
_L = "[AC-HJKMNP-RT-Y]"  # MBI letters: no S, L, O, I, B, Z
_AN = "[0-9AC-HJKMNP-RT-Y]"
_GAP = "[-./ ]{0,3}"  # pasted MBIs keep Word's dashes, spaces, dots or line breaks
_MBI = re.compile(
    r"(?<![A-Za-z0-9])"
    + _GAP.join(["[1-9]", _L, _AN, "[0-9]", _L, _AN, "[0-9]", _L, _L, "[0-9]", "[0-9]"])
    + r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_HICN = re.compile(r"(?<![\w-])\d{3}-?\d{2}-?\d{4}(?:-?| ?)([A-Za-z]{1,2}\d?)(?![\w])")
_RRB = re.compile(
    r"(?<![\w-])(?:A|MA|WA|WD|CA|PA|H|MH|WH|JA|PD|MD|CD|WCA|WCD|WCH)\d{6}(?:\d{3})?\b", re.I
)
_SSN = re.compile(
    r"(?<![\w-])(?!000|666|9\d\d)\d{3}([- .]?)(?!00)\d{2}\1(?!0000)\d{4}(?!-?\d)(?![A-Za-z0-9])"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = re.compile(
    r"(?:\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?(?:\d{4}|\d{2})(?!\d)"
    r"|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(?!\d)"
    r"|\d{8}(?!\d)|\d{6}(?!\d)"
    rf"|{_MONTH} ?\d{{1,2}}(?:st|nd|rd|th)?,? ?(?:\d{{4}}|'?\d{{2}})(?!\d)"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?: of)?[ -]?{_MONTH}[ ,-]{{0,2}}(?:\d{{4}}|\d{{2}})(?!\d))",
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"(?<![\w-])(?:\+?1[ .-]?)?(?:\( ?([2-9]\d\d) ?\) ?|([2-9]\d\d)[ .-])([2-9]\d\d)[ .-]\d{4}"
    r"(?![\w-])"
)
_PHONE_DIGITS = re.compile(r"(?<![\w-])(?:\+?1)?([2-9]\d\d)[2-9]\d{6}(?![\w-])")
# Each alternative starts at the start of a word: without that, a long run of letters with no
# "@" is retried from every position (seconds for one pasted page of text).
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    # Spelled out to dodge filters: "mjones (at) gmail (dot) com", "mjones at gmail dot com".
    r"|(?<![\w.+-])[\w.+-]+ ?(?:\(at\)|\[at\]| at ) ?[\w-]+"
    r" ?(?:\(dot\)|\[dot\]| dot ) ?(?:com|net|org|edu)\b",
    re.IGNORECASE,
)
_STREET = (
    r"(?:Street|St|Avenue|Ave|Av|Road|Rd|Drive|Dr(?!\.? [A-Z][a-z])|Lane|Ln|Boulevard|Blvd"
    r"|Court|Ct|Place|Pl|Way|Parkway|Pkwy|Circle|Cir|Terrace|Ter|Highway|Hwy|Trail|Trl"
    r"|Square|Sq|Pike|Plaza|Route|Rte)\b\.?"
)
_ADDRESS = re.compile(
    r"(?<![\w#$.,-])\d{1,6}[A-Za-z]? (?:[NSEW]\.? |(?:North|South|East|West) )?"
    rf"(?:(?:[A-Z][\w'.-]*|\d+(?:st|nd|rd|th)) ){{1,3}}{_STREET}"
)
_ADDRESS_ANY_CASE = re.compile(_ADDRESS.pattern, re.IGNORECASE)
_PO_BOX = re.compile(r"\bp\.? ?o\.? ?box ?#? ?\d+", re.IGNORECASE)
_ID_VALUE = re.compile(r"[A-Za-z]{0,4}-?\d[\dA-Za-z]*(?:[- ]\d[\dA-Za-z]*)*")
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*\.?")


# -- cue words from content -------------------------------------------------------------------
@dataclass(frozen=True)
class _Rules:
    file: PhiRulesFile
    cue: dict[str, re.Pattern[str]]
    billing_words: frozenset[str]
    first_names: frozenset[str]
    not_names: frozenset[str]
    titles: re.Pattern[str]


def _phrases(phrases: Iterable[str]) -> str:
    """A regex for any of the phrases, any case, any spacing, whole words only."""
    ordered = sorted({p.strip().lower() for p in phrases}, key=len, reverse=True)
    parts = [r" ?".join(re.escape(word) for word in phrase.split()) for phrase in ordered]
    return r"(?<![\w])(?:" + "|".join(parts) + r")(?![A-Za-z])"


def _compile(file: PhiRulesFile) -> _Rules:
    kinds = ("name", "dob", "ssn", "hicn", "mbi", "mrn", "member_id", "phone", "address")
    cue = {k: re.compile(_phrases(getattr(file, f"{k}_cues")), re.IGNORECASE) for k in kinds}
    titles = "|".join(re.escape(t) for t in sorted(file.name_titles, key=len, reverse=True))
    return _Rules(
        file=file,
        cue=cue,
        billing_words=frozenset(w.lower() for w in file.billing_number_words),
        first_names=frozenset(n.lower() for n in file.first_names),
        not_names=frozenset(w.lower() for w in file.not_names),
        titles=re.compile(rf"(?<![\w])({titles})\b(\.?) ?(?=\S)", re.IGNORECASE),
    )


_active: dict[str, _Rules] = {}


def use_rules(content_dir: Path) -> None:
    """Reads content_dir/rules/phi.yaml (at start-up, checked like every content file)."""
    path = content_dir / "rules" / "phi.yaml"
    _active["rules"] = _compile(load_yaml_model(path, PhiRulesFile))


def _rules() -> _Rules:
    if "rules" not in _active:
        use_rules(default_content_dir())
    return _active["rules"]


# -- context helpers ----------------------------------------------------------------------------
_FILLER = re.compile(
    r"(?:[\s#:=()\[\],.-]|\b(?:is|was|no|num|number|of|the|on|her|his|are)\b)*$", re.I
)


def _cue_before(rules: _Rules, kind: str, text: str, start: int, reach: int = 30) -> bool:
    """Whether a `kind` cue ends just before `start` (only filler words in between)."""
    before = text[max(0, start - reach) : start]
    for found in rules.cue[kind].finditer(before):
        if _FILLER.fullmatch(before[found.end() :]):
            return True
    return False


def _billing_number(rules: _Rules, text: str, start: int) -> bool:
    """Whether the number at `start` follows a word like "part", "model", "NPI" or "claim"."""
    before = _FILLER.sub("", text[max(0, start - 40) : start]).lower()
    last = re.search(r"(?:([a-z/]+) )?([a-z/]+)$", before)
    if last is None:
        return False
    two = f"{last.group(1)} {last.group(2)}" if last.group(1) else ""
    return last.group(2) in rules.billing_words or two in rules.billing_words


def _any(pattern: re.Pattern[str], text: str, keep: Callable[[re.Match[str]], bool]) -> bool:
    return any(keep(match) for match in pattern.finditer(text))


# -- one check per kind -------------------------------------------------------------------------
def _has_mbi(rules: _Rules, text: str) -> bool:
    def keep(match: re.Match[str]) -> bool:
        # Spelled out in lower case with spaces ("2 ea 4 wk ...") only counts after "MBI".
        spaced = " " in match.group() and not match.group().isupper()
        return not spaced or _cue_before(rules, "mbi", text, match.start())

    return _any(_MBI, text, keep)


def _has_hicn(rules: _Rules, text: str) -> bool:
    def keep(match: re.Match[str]) -> bool:
        suffix, cued = match.group(1), _cue_before(rules, "hicn", text, match.start())
        if not re.fullmatch(r"[ABCDEFJKMTW][A-Z]?\d?", suffix.upper()):
            return False
        if cued:
            return True
        plain = suffix.isupper() and " " not in match.group()
        return plain and not _billing_number(rules, text, match.start())

    rrb = _any(_RRB, text, lambda m: _cue_before(rules, "hicn", text, m.start()))
    return rrb or _any(_HICN, text, keep)


def _has_ssn(rules: _Rules, text: str) -> bool:
    def keep(match: re.Match[str]) -> bool:
        if _cue_before(rules, "ssn", text, match.start()):
            return True
        return bool(match.group(1)) and not _billing_number(rules, text, match.start())

    return _any(_SSN, text, keep)


def _has_dob(rules: _Rules, text: str) -> bool:
    def keep(match: re.Match[str]) -> bool:
        if _cue_before(rules, "dob", text, match.start(), reach=40):
            return True
        before = text[max(0, match.start() - 40) : match.start()]  # "Doe, Jane 03/14/1950"
        return bool(re.search(r"[^\W\d_], ?[^\W\d_]+ ?$", before)) and _has_last_first(
            rules, before
        )

    return _any(_DATE, text, keep)


def _has_phone(rules: _Rules, text: str) -> bool:
    business = set(rules.file.business_area_codes)

    def keep(match: re.Match[str]) -> bool:
        area = match.group(1) or match.group(2)
        return area not in business and not _billing_number(rules, text, match.start())

    def keep_digits(match: re.Match[str]) -> bool:
        return match.group(1) not in business and _cue_before(rules, "phone", text, match.start())

    return _any(_PHONE, text, keep) or _any(_PHONE_DIGITS, text, keep_digits)


def _has_cued_id(rules: _Rules, kind: str, text: str) -> bool:
    """A cue ("MRN", "member ID") then a value with at least four digits."""
    for cue in rules.cue[kind].finditer(text):
        rest = text[cue.end() :]
        gap = re.match(r"(?:[\s#:=.-]|\b(?:is|no|num|number)\b)*", rest, re.I)
        value = _ID_VALUE.match(rest, gap.end() if gap else 0)
        if value and sum(ch.isdigit() for ch in value.group()) >= 4:
            if kind == "member_id" and _billing_number(rules, text, cue.start()):
                continue  # "tax ID: 12-3456789", "provider ID #..."
            return True
    return False


def _has_address(rules: _Rules, text: str) -> bool:
    if _PO_BOX.search(text) or _ADDRESS.search(text):
        return True
    return _any(_ADDRESS_ANY_CASE, text, lambda m: _cue_before(rules, "address", text, m.start()))


def _is_name_word(word: str, rules: _Rules) -> bool:
    bare = word.rstrip(".").removesuffix("'s").lower()
    return len(bare) > 1 and bare not in rules.not_names


def _looks_like_name(words: list[str], rules: _Rules) -> bool:
    """Words after a cue: "Mary Jones", "mary jones", "MARY A. JONES", "Jones, Mary", "Jones"."""
    words = [w for i, w in enumerate(words) if i == 0 or len(w.rstrip(".,")) > 1]  # initials
    if not words or not _is_name_word(words[0], rules):
        return False
    first = words[0].rstrip(".,").lower()
    second = words[1] if len(words) > 1 else ""
    if words[0].endswith(","):  # Last, First
        return second.rstrip(".,").lower() in rules.first_names
    if first in rules.first_names and second and _is_name_word(second, rules):
        return True
    if not words[0][0].isupper() or words[0].rstrip(".,'s").isupper():
        return False  # lower case needs a known first name; "patient ABN" is not a name
    if second[:1].isupper():
        return _is_name_word(second, rules)
    return True  # one capitalised surname: "patient Whitfield needs a walker"


def _words_after(text: str, start: int, count: int = 3) -> list[str]:
    """The next few words, keeping a trailing comma ("Jones, Mary") and skipping ":" or "is"."""
    rest = re.sub(
        r"^(?:[\s:=-]|\bis\b|\bname\b|\bwas\b)*", "", text[start : start + 80], flags=re.I
    )
    words = re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*\.?,?", rest)
    return words[:count] if rest[:1].isalpha() else []


def _has_name(rules: _Rules, text: str) -> bool:
    for cue in rules.cue["name"].finditer(text):
        if _looks_like_name(_words_after(text, cue.end()), rules):
            return True
    for title in rules.titles.finditer(text):
        word, dotted = title.group(1), bool(title.group(2))
        if word.isupper() and len(word) == 2 and not dotted:
            continue  # "MR on file" is medical records, "MS walker" multiple sclerosis
        words = _words_after(text, title.end(), 1)
        if not words:
            continue
        unambiguous = dotted or word.lower() == "mrs"
        if (unambiguous or words[0][0].isupper()) and _is_name_word(words[0], rules):
            return True
    return _has_last_first(rules, text)


def _has_last_first(rules: _Rules, text: str) -> bool:
    """ "Jones, Mary" or "JONES, MARY": a surname, a comma and a common first name, same case."""
    for match in re.finditer(r"(?<![\w'-])([^\W\d_][\w'-]+), ?([^\W\d_]+)\b", text):
        last, first = match.groups()
        same_case = (last.isupper() and first.isupper()) or (last.istitle() and first.istitle())
        if same_case and first.lower() in rules.first_names and _is_name_word(last, rules):
            return True
    return False


_CHECKS: dict[str, Callable[[_Rules, str], bool]] = {
    "mbi": _has_mbi,
    "hicn": _has_hicn,
    "ssn": _has_ssn,
    "dob": _has_dob,
    "name": _has_name,
    "phone": _has_phone,
    "email": lambda _rules, text: bool(_EMAIL.search(text)),
    "member_id": lambda rules, text: _has_cued_id(rules, "member_id", text),
    "mrn": lambda rules, text: _has_cued_id(rules, "mrn", text),
    "address": _has_address,
}


def scan(text: str) -> PhiFindings:
    """The kinds of patient identifier in `text`, however it was typed or pasted."""
    plain = normalise(text)
    if not plain:
        return PhiFindings()
    rules = _rules()
    return PhiFindings(tuple(kind for kind in KINDS if _CHECKS[kind](rules, plain)))


def find_phi(text: str) -> list[str]:
    """The kinds found in `text` as a list (the shape the team knowledge base reads)."""
    return list(scan(text).kinds)


def describe(findings: PhiFindings, messages: Messages) -> str:
    """What was found, in words, never the text itself: "a Medicare ID and a date of birth"."""
    names = [messages.text(f"phi_kind_{kind}") for kind in findings.kinds]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def scan_all(texts: Iterable[str | None]) -> PhiFindings:
    """One finding for several fields (a claim file's free text, a form's values)."""
    found = {kind for text in texts if text for kind in scan(text).kinds}
    return PhiFindings(tuple(kind for kind in KINDS if kind in found))
