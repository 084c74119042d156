"""Spots a patient's name in a biller's message, with or without a word such as "patient".

Three ways a name shows: after a cue ("patient Mary Jones", "Mrs. Jones"), as "Last, First"
("Jones, Mary"), and as a plain first and last name ("walker for John Smith", "john smith's
rollator"). The plain form is recognised by a first name and a surname from the US Census
name lists (the `names` package), checked against the words the bot itself uses (its FAQ,
messages and code descriptors), so "Will Medicare pay" or "grace period" is not a name; and a
name next to a clinician's title or credential ("Dr. John Smith", "Hill, Thomas MD") or inside
a company's name ("Grace Medical Supply") is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

# Census files list names by frequency; past these ranks they hold rare spellings and words.
_FIRST_NAME_RANKS = {"dist.female.first": 2500, "dist.male.first": 1000}
_SURNAME_RANK = 30000


@dataclass(frozen=True)
class NameRules:
    """Word lists for recognising names, read once from content and the census lists."""

    cue: re.Pattern[str]  # "patient", "pt", "resident", "name:"
    titles: re.Pattern[str]  # Mr., Mrs., Ms., Miss
    first_names: frozenset[str]  # content's list and the census's, less ordinary words
    surnames: frozenset[str]  # census surnames
    ordinary: frozenset[str]  # words the bot itself uses
    not_names: frozenset[str]  # content: capitalised words that are never a name
    company_words: frozenset[str]  # content: "Medical", "Supply", "Healthcare"
    clinicians: frozenset[str]  # content: titles and credentials of prescribers and staff
    brands: tuple[str, ...]  # content: product and company names that read like a person's


def _census(file: str, ranks: int) -> list[str]:
    text = resources.files("names").joinpath(file).read_text(encoding="ascii")
    return [line.split()[0].lower() for line in text.splitlines()[:ranks] if line.strip()]


def ordinary_words(content_dir: Path) -> frozenset[str]:
    """Every lower-case word in the bot's FAQ, messages and code descriptors."""
    paths = [*sorted((content_dir / "faq").glob("*.yaml")), content_dir / "messages.yaml"]
    paths += sorted((content_dir / "codes").glob("*.csv"))
    words: set[str] = set()
    for path in paths:
        if path.exists():
            words.update(re.findall(r"[a-z]+", path.read_text(encoding="utf-8").lower()))
    return frozenset(words)


def make_name_rules(
    cue: re.Pattern[str],
    titles: re.Pattern[str],
    content_first_names: Iterable[str],
    not_names: Iterable[str],
    company_words: Iterable[str],
    clinicians: Iterable[str],
    brands: Iterable[str],
    content_dir: Path,
) -> NameRules:
    ordinary = ordinary_words(content_dir)
    census_first = {n for f, r in _FIRST_NAME_RANKS.items() for n in _census(f, r)}
    first = {n.lower() for n in content_first_names}
    first |= {n for n in census_first if len(n) > 2 and n not in ordinary}
    surnames = set(_census("dist.all.last", _SURNAME_RANK))
    return NameRules(
        cue=cue,
        titles=titles,
        first_names=frozenset(first),
        surnames=frozenset(surnames),
        ordinary=ordinary,
        not_names=frozenset(w.lower() for w in [*not_names, *company_words]),
        company_words=frozenset(w.lower() for w in company_words),
        clinicians=frozenset(w.lower() for w in clinicians),
        brands=tuple(b.lower() for b in brands),
    )


# -- after a cue, after a title, "Last, First" -------------------------------------------------
def _bare(word: str) -> str:
    """The word as the name lists hold it: lower case, no accents, no "'s" ("Núñez's": nunez)."""
    word = word.rstrip(".,").removesuffix("'s").lower()
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if ch.isascii())


def _is_name_word(word: str, rules: NameRules) -> bool:
    bare = _bare(word)
    return len(bare) > 1 and bare not in rules.not_names and bare not in rules.clinicians


def _surname_like(word: str, rules: NameRules) -> bool:
    """A census surname, or a word the bot itself never uses ("Whitfield", not "Notices")."""
    bare = _bare(word)
    return bare in rules.surnames or bare not in rules.ordinary


def _looks_like_name(words: list[str], rules: NameRules) -> bool:
    """Words after a cue: "Mary Jones", "mary jones", "MARY A. JONES", "Jones, Mary", "Jones"."""
    words = [w for i, w in enumerate(words) if i == 0 or len(w.rstrip(".,")) > 1]  # initials
    if not words or not _is_name_word(words[0], rules):
        return False
    first = words[0].rstrip(".,").lower()
    second = words[1] if len(words) > 1 else ""
    if words[0].endswith(","):  # Last, First
        return second.rstrip(".,").lower() in rules.first_names and _surname_like(words[0], rules)
    if first in rules.first_names and second and _is_name_word(second, rules):
        return True
    if not words[0][0].isupper() or words[0].rstrip(".,'s").isupper():
        return False  # lower case needs a known first name; "patient ABN" is not a name
    if second[:1].isupper():
        return _is_name_word(second, rules) and _surname_like(second, rules)
    return _surname_like(words[0], rules)  # one surname: "patient Whitfield needs a walker"


def _words_after(text: str, start: int, count: int = 3) -> list[str]:
    """The next few words, keeping a trailing comma ("Jones, Mary") and skipping ":" or "is"."""
    rest = re.sub(
        r"^(?:[\s:=-]|\bis\b|\bname\b|\bwas\b)*", "", text[start : start + 80], flags=re.I
    )
    words = re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*\.?,?", rest)
    return words[:count] if rest[:1].isalpha() else []


def _is_brand(rules: NameRules, text: str, start: int) -> bool:
    """Whether a product or company name that reads like a person's starts at `start`."""
    ahead = re.sub(r"[.\s]+", " ", text[start : start + 30].lower())
    return any(ahead.startswith(brand.replace(".", "")) for brand in rules.brands)


def _has_titled_name(rules: NameRules, text: str) -> bool:
    """ "Mrs. Jones", "MR. JAMES WHITAKER", "mrs jones"; not "MR on file" nor a rep "from" a
    company ("Mr. Smith from Medline")."""
    for title in rules.titles.finditer(text):
        word, dotted = title.group(1), bool(title.group(2))
        if word.isupper() and len(word) == 2 and not dotted:
            continue  # "MR on file" is medical records, "MS walker" multiple sclerosis
        words = _words_after(text, title.end(), 3)
        if not words or _is_brand(rules, text, title.start()):
            continue
        rep = len(words) > 2 and words[1].lower() in ("from", "at", "with")
        if rep and words[2][:1].isupper():
            continue  # a supplier's or a payer's rep: "Mr. Smith from Medline"
        unambiguous = dotted or word.lower() == "mrs"
        if (unambiguous or words[0][0].isupper()) and _is_name_word(words[0], rules):
            return True
    return False


def has_last_first(rules: NameRules, text: str) -> bool:
    """ "Jones, Mary" or "JONES, MARY": a surname, a comma and a first name in the same case, not
    followed by a credential ("Hill, Thomas MD")."""
    pattern = r"(?<![\w'-])([^\W\d_][\w'-]+), ?([^\W\d_]+)\b\.?,?(?: ([^\W\d_.]+))?"
    for match in re.finditer(pattern, text):
        last, first, after = match.groups()
        same_case = (last.isupper() and first.isupper()) or (last.istitle() and first.istitle())
        if not same_case or first.lower() not in rules.first_names:
            continue
        if after and after.lower().rstrip(".") in rules.clinicians:
            continue
        if _is_name_word(last, rules):
            return True
    return False


# -- a plain first and last name ----------------------------------------------------------------
_TOKEN = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*\.?")


def _case_of(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "upper"
    if word.islower():
        return "lower"
    return "title" if word[0].isupper() else "mixed"


def _is_full_name(rules: NameRules, first: str, last: str) -> bool:
    """Whether two words read as a person's first and last name (case already checked)."""
    bare_first, bare_last = _bare(first), _bare(last)
    if not set(bare_first.split("-")) & rules.first_names or len(bare_last) < 2:
        return False
    if bare_last in rules.not_names or bare_last in rules.clinicians:
        return False
    if _case_of(first) == "title" and _case_of(last) in ("title", "mixed"):
        # Capitalised: a census surname, or any surname-shaped word the bot itself never uses.
        return bare_last in rules.surnames or bare_last not in rules.ordinary
    # Lower case or capitals: a census surname that is not also one of the bot's own words.
    return bare_last in rules.surnames and bare_last not in rules.ordinary


def has_full_name(rules: NameRules, text: str) -> bool:
    """ "walker for John Smith", "john smith's rollator", "ROLLATOR FOR JOHN SMITH"."""
    tokens = list(_TOKEN.finditer(text))
    for i, token in enumerate(tokens[:-1]):
        first = token.group()
        if first.lower().endswith("'s") or first.endswith("."):
            continue
        j = i + 1  # skip a middle initial: "betty k. harper", "Mary A. Jones"
        if len(tokens[j].group().rstrip(".")) == 1 and j + 1 < len(tokens):
            j += 1
        gap = text[token.end() : tokens[j].start()]
        if not re.fullmatch(r" (?:[^\W\d_]\.? )?", gap):
            continue
        last = tokens[j].group()
        if _case_of(first) != _case_of(last.removesuffix("'s")) and not (
            _case_of(first) == "title" and _case_of(last) == "mixed"  # DeLuca, McDonald
        ):
            continue
        if not _is_full_name(rules, first, last) or _is_brand(rules, text, token.start()):
            continue
        before = tokens[i - 1].group().rstrip(".").lower() if i else ""
        after, gap_after = "", ""
        if j + 1 < len(tokens):
            after = tokens[j + 1].group().rstrip(".").lower()
            gap_after = text[tokens[j].end() : tokens[j + 1].start()]
        if before in rules.clinicians or (after in rules.clinicians and gap_after in (" ", ", ")):
            continue  # "Dr. John Smith", "NP Anne Kelly", "John Smith, MD"
        if after in rules.company_words and gap_after == " " and not last.endswith("'s"):
            continue  # "Grace Hill Medical Supply"
        rep = after == "from" and j + 2 < len(tokens) and tokens[j + 2].group()[0].isupper()
        if rep and text[tokens[j].end() : tokens[j + 1].start()] == " ":
            continue  # a rep: "John Smith from Invacare called"
        return True
    return False


def has_name(rules: NameRules, text: str) -> bool:
    """A patient's name in any of the three forms."""
    for cue in rules.cue.finditer(text):
        if _looks_like_name(_words_after(text, cue.end()), rules):
            return True
    return (
        _has_titled_name(rules, text) or has_last_first(rules, text) or has_full_name(rules, text)
    )
