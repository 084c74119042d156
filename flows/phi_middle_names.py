"""Reads a Vietnamese name by its middle word: "Nguyen Thi Huong", "Trần Văn Minh" put "Thị"
(a woman's) or "Văn" (a man's) between a family name and a given name, so the three words are a
person's even when the given name is in no list. Read beside another identifier only."""

from __future__ import annotations

import re

from flows.phi_name_lists import NameRules
from flows.phi_name_roles import clinician_near
from flows.phi_name_words import bare_word

# A family name, the middle word, a given name, each capitalised or all in capitals; "Van" in
# plain letters is left out ("Lee Van Buren", "Ford Van Rental"), its accented form is not. The
# family name is a word with a capital in it, looked for ahead: matching the capital inside the
# word retried every place it could fall, seconds on a 20,000-letter paste.
_MIDDLE_NAME = re.compile(
    r"(?<![\w'-])((?=[^\W\d_]*[A-Z])[^\W\d_]+) (Th[iị]|TH[IỊ]|V[ăĂ]n|VĂN) "
    r"([A-Z][^\W\d_]+)(?![\w'-])"
)


def has_vietnamese_name(rules: NameRules, text: str) -> bool:
    """A family name of the census lists, "Thị" or "Văn", then a word the bot never uses: "Le
    Thi Hoa 1EG4-...", "NGO THI HUONG DOB ..."; not a clinician's ("Dr. Nguyen Thi Lan")."""
    for found in _MIDDLE_NAME.finditer(text):
        family, given = bare_word(found.group(1)), bare_word(found.group(3))
        if family not in rules.all_surnames or given in rules.ordinary:
            continue
        if not clinician_near(rules, text, found.start(), found.end()):
            return True
    return False
