"""A name after a patient's name label in another language, for the PHI guard's name checks
(flows/phi.py): the label's patient word inflected as its language declines it ("ime
pacijenta: Fikret Osmanović", "Имя пациента: Тамара Белова", "Όνομα ασθενούς: Δημήτριος
Παπανικολάου", "pacientas: Algirdas Petrauskas"), where content lists the word's plain form
(`name_cues`: pacijent, пациент, ασθενής, pacient)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from flows.phi_name_lists import NameRules
from flows.phi_name_words import bare_word, is_name_word
from flows.phi_normalise import normalise
from flows.phi_titles import words_after

# A label: up to three words, then a colon.
_LABEL = re.compile(r"((?:[^\W\d_]+ ){0,2}[^\W\d_]+) ?: ?")


def label_stems(cues: Iterable[str], english: frozenset[str]) -> re.Pattern[str]:
    """The stems of the cue words no English word is: a word less its last two letters, which
    a case or a number ending changes (ασθενής, ασθενούς; pacijent, pacijenta)."""
    words = {normalise(cue).lower() for cue in cues}
    words = {word for word in words if re.fullmatch(r"[^\W\d_]+", word)}
    stems = {
        word[: max(4, len(word) - 2)] if len(word) > 4 else word
        for word in words - english
        if len(word) >= 5 or not word.isascii()  # not "pt", "res"
    }
    # Not a stem that an English cue starts with ("patien" of French "patiente"): English
    # labels are read as they are, "Patient Name: ____ DOB: ____" being a blank form.
    stems = {stem for stem in stems if not any(w.startswith(stem) for w in words & english)}
    alternatives = "|".join(sorted(map(re.escape, stems), key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})[^\W\d_]{{0,5}}", re.IGNORECASE)


def has_label_name(rules: NameRules, stems: re.Pattern[str], text: str) -> bool:
    """A name of two words or more after a label (see the module's docstring); `stems` is
    `label_stems` of the name cues, built once with the rules."""
    if ":" not in text:
        return False
    for label in _LABEL.finditer(text):
        if not any(stems.fullmatch(word) for word in label.group(1).split()):
            continue
        words = [w.rstrip(".,") for w in words_after(text, label.end(), 3)]
        other_script = len(words) > 1 and not any(map(bare_word, words[:2]))  # "Тамара Белова"
        if len(words) < 2 or not (other_script or all(is_name_word(w, rules) for w in words[:2])):
            continue
        if other_script or all(word[:1].isupper() for word in words[:2]):
            return True
    return False
