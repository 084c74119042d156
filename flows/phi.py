"""Spots text that looks like a patient identifier, so the bot can refuse to keep it."""

from __future__ import annotations

import re

# MBI layout (CMS): C A AN N A AN N A A N N, letters exclude S L O I B Z; dashes optional.
_L = "[AC-HJKMNP-RT-Y]"
_MBI = re.compile(
    rf"\b[1-9]{_L}[0-9AC-HJKMNP-RT-Y][0-9]-?{_L}[0-9AC-HJKMNP-RT-Y][0-9]-?{_L}{_L}[0-9]{{2}}\b",
    re.IGNORECASE,
)
_SSN = re.compile(r"\b(?!000|666|9\d\d)\d{3}[- ](?!00)\d{2}[- ](?!0000)\d{4}\b")
_SSN_LABELLED = re.compile(r"\b(?:ssn|social security(?: number| no\.?)?)\W{0,3}\d{9}\b", re.I)
_DOB = re.compile(
    r"\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on)?)\W{0,3}"
    r"(?:\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\d{4}-\d{2}-\d{2}|[a-z]{3,9}\.? \d{1,2},? \d{4})",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?<![\w-])(?:\+?1[ .-]?)?\(?[2-9]\d{2}\)?[ .-]\d{3}[ .-]\d{4}(?![\w-])")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_PATIENT_NAME = re.compile(
    r"\b(?:patient|pt|beneficiary|member|bene)(?: name)?(?: is|:)?\s+"
    r"(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?[A-Z][a-z'-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'-]+"
)
_TITLE_NAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?"
    # Typed in lower case too, where the title cannot mean anything else ("MR" alone can be
    # medical records, "miss" a verb).
    r"|(?i:\b(?:mrs\.?|mr\.)\s+[a-z][a-z'-]+)"
)
# The pre-MBI Medicare number: nine digits and a letter (plus an optional digit).
_HICN = re.compile(r"\b\d{9}[A-Z]\d?\b")
_MEMBER_ID = re.compile(
    r"\b(?:member|subscriber|policy|medicaid|insurance|ins|hicn|hic|mbi|medicare)\s*"
    r"(?:id|#|number|no\.?|num)\W{0,3}(?=[a-z-]*\d)[a-z0-9-]{6,}",
    re.IGNORECASE,
)

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Medicare Beneficiary Identifier", _MBI),
    ("Social Security number", _SSN),
    ("Social Security number", _SSN_LABELLED),
    ("date of birth", _DOB),
    ("phone number", _PHONE),
    ("email address", _EMAIL),
    ("patient name", _PATIENT_NAME),
    ("patient name", _TITLE_NAME),
    ("Medicare number (HICN)", _HICN),
    ("member or policy ID", _MEMBER_ID),
)

# Phone-shaped toll-free numbers billers quote from the facts (PDAC, IVR lines) are not PHI.
_PUBLIC_NUMBERS = ("877-735-1326", "877-299-7900", "866-238-9650")


def find_phi(text: str) -> list[str]:
    """Names the kinds of patient identifier the text seems to contain (empty when none)."""
    if not text:
        return []
    scrubbed = text
    for number in _PUBLIC_NUMBERS:
        scrubbed = scrubbed.replace(number, " ")
    found: list[str] = []
    for kind, pattern in _PATTERNS:
        if kind not in found and pattern.search(scrubbed):
            found.append(kind)
    return found
