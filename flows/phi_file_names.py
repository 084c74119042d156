"""A patient's name inside a file's name, for the PHI guard (flows/phi.py): scanners, fax servers
and billers name a scan after its patient ("Cornwallis_Edith_CMN.tif", "SWO_HalvorsenBirgit_signed
.pdf", "POD - Okonjo Ifeoma - 06.11.pdf"), and a folder or a sheet the same way ("/scans/Stelly_
Dolores/", "ELIG_RERUN_Ansel_Whitfield": words joined by underscores). The file's name is cut at
its underscores, hyphens, spaces and inner capitals, and two capitalised parts side by side read
as a first and a last name in either order: a census first name beside a census surname or a
word in no dictionary, or two words in no name list, dictionary or list of the bot's, makers' or
places' words."""

from __future__ import annotations

import re

from flows.phi_name_lists import NameRules
from flows.phi_name_words import bare_word, case_of, rare_surname

# A file's name and extension: what a scanner, a fax server or an e-mail attachment shows; with
# spaces only inside quotes ("attachment 'POD - Okonjo Ifeoma - 06.11.pdf'"), as a sentence's
# words before a file's name are no part of it.
_EXTENSION = r"\.(?:pdf|tiff?|jpe?g|png|heic|gif|bmp|docx?|xlsx?|csv|txt|rtf|msg|eml)\b"
_FILE = re.compile(
    rf"['\"]([^'\"\n]{{1,80}}{_EXTENSION})['\"]"
    # only from where a run of such characters starts: a long run is read once, not per letter
    rf"|(?<![^\s'\"/\\:<>|])([^\s'\"/\\:<>|]+{_EXTENSION})",
    re.IGNORECASE,
)
_EXTENSION_ANYWHERE = re.compile(_EXTENSION, re.IGNORECASE)
_JOINED = re.compile(r"(?<![\w.])[^\W\d_]+(?:_[^\W\d_]+)+(?![\w.])")
_PART = re.compile(r"[A-Z][a-z]+(?:'[A-Z][a-z]+)?|[A-Za-z]+")


def _given(rules: NameRules, word: str) -> bool:
    bare = bare_word(word)
    return bare in rules.every_first_name and bare not in rules.ordinary and len(bare) > 2


def _family(rules: NameRules, word: str) -> bool:
    bare = bare_word(word)
    if bare in rules.ordinary or bare in rules.english or bare in rules.not_names:
        return False
    return bare in rules.surnames or rare_surname(word, rules)


def _pair(rules: NameRules, first: str, second: str) -> bool:
    """Two capitalised parts read as a person's name, given name first or last; in one case
    ("begley_roscoe_pod.jpg", "FELTNER_MAVIS.pdf") only a census surname and first name that are
    no English words."""
    if not (first.istitle() and second.istitle()):
        bare = [bare_word(w) for w in (first, second)]
        listed = all(
            w in rules.census and w not in rules.english and w not in rules.ordinary for w in bare
        )
        same_case = case_of(first) == case_of(second) != "title"
        return listed and same_case and _pair(rules, first.title(), second.title())
    if any(bare_word(w) in rules.businesses for w in (first, second)):
        return False  # a payer's or a maker's: "Medline_Invacare_compare.pdf"
    return (
        (_given(rules, first) and _family(rules, second))
        or (_family(rules, first) and _given(rules, second))
        or (rare_surname(first, rules) and rare_surname(second, rules))
    )


def _stems(text: str) -> list[str]:
    """The names of the files in `text` less their extensions, and words joined by underscores
    as a folder's or a sheet's name is ("/scans/Stelly_Dolores/", "ELIG_RERUN_Ansel_Whitfield")."""
    stems = [
        (file.group(1) or file.group(2)).rsplit(".", 1)[0]
        for file in (_FILE.finditer(text) if _EXTENSION_ANYWHERE.search(text) else ())
    ]
    return stems + (_JOINED.findall(text) if "_" in text else [])


def has_file_name_name(rules: NameRules, text: str) -> bool:
    """A first and a last name side by side in a file's name (see the module's docstring)."""
    for stem in _stems(text):
        parts = [p for chunk in re.split(r"[\s_.-]+", stem) for p in _PART.findall(chunk)]
        if any(_pair(rules, a, b) for a, b in zip(parts, parts[1:], strict=False)):
            return True
    return False
