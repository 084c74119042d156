"""Names with the titles of other scripts and the titles that follow a name, for the PHI guard
(flows/phi.py): "κ. Γεώργιος Παπαδόπουλος", "السيدة فاطمة", "คุณสมศรี ใจดี", "Kovács úr", "Yılmaz
Bey", "Tanaka-san", "山本和子様", "박정호 님". Latin-script titles that come before a name ("Sig.",
"Pán", "Bapak") are read with Mr. and Mrs. (flows/phi_titles.py); the lists are content's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from flows.phi_name_forms import east_asian
from flows.phi_name_lists import NameRules
from flows.phi_name_words import bare_word, is_name_word


@dataclass(frozen=True)
class TitleForms:
    """Content's titles of other scripts and titles after a name, compiled."""

    other_scripts: re.Pattern[str]  # "господин", "السيدة", "श्रीमती", then a word of that script
    glued: re.Pattern[str]  # "คุณ", "นาง": Thai titles written joined to the given name
    after_name: re.Pattern[str]  # "úr", "bey", "san": after a capitalised name
    after_east_asian: re.Pattern[str]  # "様", "先生", "님": after a Han or Hangul name
    not_names: frozenset[str]  # "선생" (teacher), "고객" (customer): nouns that take "님"
    clinician_titles: frozenset[str]  # "先生", "선생님": also a doctor's, after a doctor's word
    clinician_before: re.Pattern[str]  # "医は", "의사: ": a doctor's word right before the name


def make_title_forms(
    other_scripts: str,
    glued: str,
    after_name: str,
    after_east_asian: list[str],
    not_names: list[str],
    clinician_titles: list[str],
    clinician_words: list[str],
) -> TitleForms:
    """The patterns, from content's lists as regex alternatives (flows/phi_rules.py)."""
    joined = "|".join(map(re.escape, sorted(after_east_asian, key=len, reverse=True)))
    doctors = "|".join(map(re.escape, sorted(clinician_words, key=len, reverse=True)))
    return TitleForms(
        other_scripts=re.compile(rf"(?<![\w])(?:{other_scripts})(?:\. ?| )(?=[^\W\d_])", re.I),
        glued=re.compile(rf"(?<![\w])(?:{glued})(?=[^\W\d_]+ [^\W\d_])"),
        after_name=re.compile(
            rf"(?<![\w'-])([^\W\d_][^\W\d_'-]+)(?: |-)(?i:{after_name})(?![\w-])(?! [A-Z])"
        ),
        after_east_asian=re.compile(rf"([\u3400-\u9fff\uac00-\ud7af]{{2,5}}) ?({joined})"),
        not_names=frozenset(not_names),
        clinician_titles=frozenset(clinician_titles),
        clinician_before=re.compile(rf"(?:{doctors})[\sはがの:：、]{{1,3}}$"),
    )


def has_title_form(forms: TitleForms, rules: NameRules, text: str) -> bool:
    """A name after a title of another script, or before a title that follows a name."""
    for title in [*forms.other_scripts.finditer(text), *forms.glued.finditer(text)]:
        after = re.match(r"[^\W\d_]+", text[title.end() :])
        first = after.group() if after else ""
        if len(first) < 2 or bare_word(first):
            continue  # a Latin word after it: read with Mr. and Mrs.
        if not east_asian(first) or first[0] in rules.east_asian_surname_starts:
            return True  # "пані Оксана Шевчук", "κ. Γεώργιος", "คุณสมศรี ใจดี"
    for named in forms.after_name.finditer(text):
        word = named.group(1)
        bare = bare_word(word)
        lists = (rules.ordinary, rules.businesses, rules.company_words, rules.not_names)
        plain = bare and not any(bare in words for words in lists)
        if word[0].isupper() and plain and is_name_word(word, rules):
            return True  # "Kovács úr hívott", "Ayşe Hanım", "Tanaka-san"
    for named in forms.after_east_asian.finditer(text):
        run, start = named.group(1), named.start(1)
        if named.group(2) in forms.clinician_titles and forms.clinician_before.search(
            text, max(0, start - 8), start
        ):
            continue  # "オーダー医は田中先生", "처방 의사: 김민준 선생님": the prescriber
        for size in range(2, min(len(run), 4) + 1):
            name = run[-size:]
            if name[0] in rules.east_asian_surname_starts and name not in forms.not_names:
                return True  # "山本和子様", "李建国先生", "박정호 님"
    return False
