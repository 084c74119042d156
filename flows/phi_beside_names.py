"""Spots a name standing right beside another identifier with no patient word: "Lasiter
6EM7AG1YC39", "Credeur 7/8/60 5RR8D03HW47", "Ngo Thi Bich, MBI 7C92EX2JT88", "5PD5-NM5-DG25 /
BEAULIEU / E1399", "acct 11883293 Lovato, Emerson". Read only once another identifier is found,
so it names a kind in the warning and never refuses a text by itself."""

from __future__ import annotations

import re

from flows.phi_name_lists import NameRules
from flows.phi_name_words import bare_word, is_name_word
from flows.phi_rules import Rules
from flows.phi_shapes import DATE, STREET_WORD

# A value an identifier is made of: four digits or more in one run of letters, digits and
# separators ("6EM7AG1YC39", "4/9/49", "K5452803"), or a date however written.
_VALUE = re.compile(r"(?<![\w/.-])[\w/.-]{5,}(?![\w/-])")  # with four digits or more
_WORD = r"[A-Z][^\W\d_]*(?:['-][A-Za-z][^\W\d_]*)?"
# The words a name is made of, next to each other: "Ngo Thi Bich", "BEGLEY ROSCOE", "Lovato,
# Emerson"; between the name and its value at most a comma, a dash, a slash, a bar or a colon,
# or a bracket round the value or the name: "Aganetha Mendoza Rios (1944-06-06)", "MEDICARE
# 3AN6XY6MW50 (ELPIDIA REIMER)".
_NAME_BEFORE = re.compile(rf"((?:(?:{_WORD}|[A-Z]\.),? ){{1,4}})(?:[-\u2013\u2014/|:(] ?)?$")
_NAME_AFTER = re.compile(
    rf"^ ?(?:([-\u2013\u2014/|:,(]) ?)?((?:{_WORD},? ?){{1,3}})(?=[\s,;/|)]|$)"
)
# A single word after a value only between two such marks, a table's cell: "... / BEAULIEU /".
_CELL_END = re.compile(r" ?[-\u2013\u2014/|]")
# The identifier labels a name may stand before: "Vu Thi Nga, MBI 7N51UY8AA81".
_LABEL_KINDS = ("mbi", "dob", "hicn", "ssn", "mrn", "member_id")


def _name_word(rules: NameRules, word: str, strict: bool = True) -> bool:
    """A word a name may be made of: none of the bot's, a business's, a place's, a maker's or a
    clinician's, and no acronym ("DOB", "MRN", "DOS"); `strict`, no dictionary word either
    unless a census name ("Thi" of "Vu Thi Nga" is one)."""
    bare = bare_word(word)
    if (word.isupper() and len(word) < 4) or not is_name_word(word, rules):
        return False
    if bare in rules.ordinary or bare in rules.businesses or bare in rules.company_words:
        return False
    if bare in rules.place_names or bare in rules.place_words or bare in rules.brands:
        return False
    return not strict or bare not in rules.english or bare in rules.census


def _is_name(rules: NameRules, words: list[str]) -> bool:
    """Two or three such words, one of them no dictionary word, or one that is a census surname
    or has a surname's ending and is no first name ("Lasiter", "Begnaud"; not "Celestine", nor
    "Revalidation", a word in no list)."""
    if not words or not all(_name_word(rules, w, strict=False) for w in words):
        return False
    if len(words) > 1:
        return any(_name_word(rules, w) for w in words)
    bare = bare_word(words[0])
    if bare in rules.every_first_name or not _name_word(rules, words[0]):
        return False
    return bare in rules.all_surnames or bare.endswith(rules.surname_endings)


# Two lower-case words right after a patient's word or a courtesy title: "pt nesrin redwing",
# "resident tuyet gouge", "mr sarun chheng"; read only beside another identifier.
_LOWER_PAIR = re.compile(r" ?[:=-]? ?([a-z][a-z'-]+),? ([a-z][a-z'-]+)(?![\w'-])")
# What a sentence may say between a person and the place she went: "Raywood Delcambre moved to
# 15636 E MAIN ST", "Epifanio Yazzie lives out at CR 95", "Pang Villanueva is deceased, family at".
_GONE_TO = re.compile(
    r" (?:(?:has |just |now )?(?:moved|relocated|lives|living|staying|is)(?: out| now| back)?"
    r" (?:to|at|in)|is deceased, family at|at) $"
)
# Where a contact value begins, for a name right before it: "Hawre Treadway, vlaws76@...",
# "Anselm Dao, 3688 Olive St", "Mr. Moo (402) 555-0192".
_CONTACT_START = {
    "email": re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+"),
    "address": re.compile(r"(?<![\w/.,-])\d{1,6}[A-Za-z]? (?=[A-Za-z])"),
    "phone": re.compile(r"(?<![\w/.-])(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}(?![\w/-])"),
}


def _cued_lower_name(rules: NameRules, text: str) -> bool:
    """Two lower-case name words after a patient's cue or a courtesy title, one of them in no
    dictionary or a census name."""
    cues = [*rules.cue.finditer(text), *rules.titles.finditer(text.lower())]
    for cue in cues:
        pair = _LOWER_PAIR.match(text, cue.end())
        words = [pair.group(1), pair.group(2)] if pair else []
        # each a name's word in no dictionary unless a census name, one in none at all
        if words and all(len(w) > 2 and _name_word(rules, w) for w in words):
            # one a listed given name or surname, or an English cue and no English word after
            # it: not "paciente pide que", "Patientin ist der", "pt e-mail loretta"
            listed = any(
                len(w) > 3
                and (bare_word(w) in rules.every_first_name or bare_word(w) in rules.all_surnames)
                for w in words
            )
            unread = bare_word(cue.group()) in rules.english
            unread = unread and not any(bare_word(w) in rules.english for w in words)
            parts = all(len(part) > 1 for w in words for part in w.split("-"))
            unlisted = any(bare_word(w) not in rules.english for w in words)
            if (listed or unread) and parts and unlisted:
                return True
    return False


def _run(words: str) -> list[str]:
    return [w.rstrip(",") for w in words.split()]


def _anchors(rules: Rules, text: str, found: set[str] | None) -> list[tuple[int, int, bool, int]]:
    """Where each value or label a name may stand beside starts and ends, whether it is a
    contact value, and where a name before it must end: before "moved to" and the street."""
    values = (m for m in _VALUE.finditer(text) if sum(map(str.isdigit, m.group())) >= 4)
    anchors = [(m.start(), m.end(), False) for m in values]
    anchors += [(m.start(), m.end(), False) for m in DATE.finditer(text)]
    labels = (m for k in _LABEL_KINDS for m in rules.cue[k].finditer(text))
    anchors += [(m.start(), m.start(), False) for m in labels]
    for kind in sorted((found or set()) & _CONTACT_START.keys()):
        anchors += [(m.start(), m.start(), True) for m in _CONTACT_START[kind].finditer(text)]
    cuts = []
    for start, end, contact in anchors:
        gone = _GONE_TO.search(text, max(0, start - 40), start) if contact else None
        cuts.append((start, end, contact, gone.start() + 1 if gone else start))
    return cuts


def has_name_beside_value(rules: Rules, text: str, found: set[str] | None = None) -> bool:
    """Whether a name stands right before an identifier's value or its label, or right after
    its value, with nothing but a separator between; or, lower case, right after a patient's
    word. `found`: the kinds already found, whose contact values (e-mail, phone, a house
    number) a name may also stand before."""
    names = rules.names
    if _cued_lower_name(names, text):
        return True
    for start, end, contact, cut in _anchors(rules, text, found):
        if name_right_before(names, text, cut, contact):
            return True
        if not contact and _place_surname_before(names, text, cut):
            return True
        if end > start:
            after = _NAME_AFTER.match(text[end : end + 60])
            words = _run(after.group(2)) if after else []
            framed = bool(after and after.group(1) and _CELL_END.match(text, end + after.end()))
            if (len(words) > 1 or framed) and _is_name(names, words):
                return True
    return False


def _place_surname_before(names: NameRules, text: str, start: int) -> bool:
    """A listed given name, then a place's last word that is also a census surname, right
    before a value's place at `start` ("Carmen Springs MBI ...", "LORNA VALLEY 3/2/44"): a
    place has no Medicare number or birth date beside it, a person does."""
    before = _NAME_BEFORE.search(text, max(0, start - 60), start)
    if before is None or _after_clinician(names, text, before.start(1)):
        return False
    run = _run(before.group(1))
    if len(run) < 2:
        return False
    given, last = bare_word(run[-2]), bare_word(run[-1])
    return (
        given in names.every_first_name
        and _name_word(names, run[-2], strict=False)
        and last in names.place_ends
        and last in names.all_surnames
    )


def _after_clinician(names: NameRules, text: str, start: int) -> bool:
    """Whether a clinician's title or word ends right before a name that begins at `start`
    ("Dr. Anil Kowalczyk", "call dr anil kowalczyk 412-..."): a prescriber's name, not a
    patient's."""
    prior = text[max(0, start - 6) : start]
    return bare_word(prior.strip().split(" ")[-1]) in names.clinicians if prior else False


def name_right_before(names: NameRules, text: str, start: int, contact: bool = False) -> bool:
    """Whether a name ends right before `start`, a value's place, with at most a separator
    between ("Leona Mehmedovic 5WD7-R99-VA28", "Buschjost, Clarence, 5GK3DR4FC18"); before a
    `contact` value (a phone, an e-mail, a house number), only two name words or more."""
    before = _NAME_BEFORE.search(text, max(0, start - 60), start)
    if not before:
        return False
    words: list[str] = []  # the words right before the value, as read as a name's
    for word in reversed(_run(before.group(1))):
        if re.fullmatch(r"[A-Z]\.", word) and words:
            continue  # a middle initial: "Ragnhild C. Bautista moved to ..."
        if not _name_word(names, word, strict=False):
            break
        words.insert(0, word)
    titled = _after_clinician(names, text, before.start(1))
    # before a contact value, every word a name's ("Desert Rose Mobile Home Park, 3300") and two
    # or more, no street's word ("Oak Alley Ln Trlr 7")
    strict = contact and (
        len(words) < 2
        or not all(_name_word(names, w) for w in words[-3:])
        or any(STREET_WORD.fullmatch(w) for w in words)
    )
    return not titled and not strict and _is_name(names, words)


# Two lower-case words right before a value, past a comma or a separator: "alfons schaefer
# 1y91-pc5-ck52", "burl blevins 6/19/39", "kveta svoboda, 1374 e capital ave". A colon after
# them makes them a label ("simu ya binti yake: ..."), unless a known label follows it: the
# pair then heads a note about the person ("ramona chargualaf: dob ...").
_LOWER_BEFORE = re.compile(
    r"(?<![\w'-])([a-z][a-z'-]+) ([a-z][a-z'-]+)(?!:),? ?(?:[-\u2013\u2014/|(] ?)?$"
)
_LOWER_BEFORE_LABEL = re.compile(
    r"(?<![\w'-])([a-z][a-z'-]+),? ([a-z][a-z'-]+) ?(?::|--?|[\u2013\u2014]) ?$"
)
# The labels a lower-case pair may be, in any language ("tanggal lahir", "daty nahaterahana").
_LABEL_CUES = ("dob", "mbi", "hicn", "ssn", "mrn", "member_id", "phone", "address", "relative")


def _lower_name_before(rules: Rules, text: str, start: int, label: bool = False) -> bool:
    """Two lower-case name words right before a value's place at `start`, no label's ("simu ya
    binti yake:", "daty nahaterahana"): each a name's word (in no dictionary unless a census
    name), the first a given name or no dictionary word, the second a census surname of four
    letters or more that is no given name and no dictionary word ("eufemia kowalczyk", "noy
    monteiro"; not "her e-mail", "ist der", "e-mail rosalind_t1942@..."). Before a `label`
    ("dob", "mbi"), also past a colon or a double dash ("leilani quitugua: mbi ..."), and the
    surname may be in no list ("carlina atoigue -- mbi ...")."""
    pair = _LOWER_BEFORE.search(text, max(0, start - 50), start)
    if pair is None and label:
        pair = _LOWER_BEFORE_LABEL.search(text, max(0, start - 50), start)
    if not pair or _after_clinician(rules.names, text, pair.start(1)):
        return False
    names, words = rules.names, [pair.group(1), pair.group(2)]
    if not all(len(w) > 2 and _name_word(names, w) for w in words):
        return False
    if any(
        m.start() < pair.end(2) and m.end() > pair.start(1)
        for kind in _LABEL_CUES
        for m in rules.cue[kind].finditer(text, max(0, pair.start() - 40), pair.end() + 40)
    ):
        return False
    first, last = map(bare_word, words)
    given = first in names.every_first_name or first not in names.english
    # before a label, a surname in no list too: "vicenta manibusan: ssn", "carlina atoigue --"
    surname = (label or last in names.all_surnames) and last not in names.every_first_name
    return given and surname and len(last) > 3 and last not in names.english


def with_lower_name(rules: Rules, text: str, found: set[str], pasted: str = "") -> set[str]:
    """`found` with a name added when two lower-case name words stand right before one of its
    values ("alfons schaefer 1y91-pc5-ck52") or a field of the `pasted` text, as typed, is a
    name (`_FIELD_NAME`); read only in a text already refused on its other kinds, after the
    office's and businesses' values are cleared, so it never refuses one."""
    if not found or "name" in found:
        return found
    # a label's place has no length ("dob", "mbi"), and it is no contact value's
    anchors = _anchors(rules, text, found)
    labelled = (_lower_name_before(rules, text, cut, start == end and not contact)
                for start, end, contact, cut in anchors)  # fmt: skip
    if any(labelled) or _has_field_name(rules.names, pasted) or _has_detailed_name(rules, pasted):
        return found | {"name"}
    return found


# A bracket whose first words hold a value (four digits or a mailbox), right after two or three
# words, an initial allowed among them: the person it details ("fyi virgil r. uhalde (ssn:
# 360385803; addr ...)", "sorry to bug somchai thacker (addr 8221 ...").
_DETAILS = re.compile(r"(?<=[^\W\d_]) ?\((?=[^()\n]{0,40}?(?:\d{4}|@))")
_WORDS_BEFORE = re.compile(
    r"(?:(?<=\s)|^)((?:[^\W\d_][\w'-]* ){1,2}(?:[^\W\d_]\. )?[^\W\d_][\w'-]*)$"
)


def _has_detailed_name(rules: Rules, text: str) -> bool:
    names = rules.names
    for details in _DETAILS.finditer(text):
        before = text[max(0, details.start() - 50) : details.start()]
        for start in (m.start() for m in re.finditer(r"(?<!\S)\S", before)):
            run = _WORDS_BEFORE.match(before, start)
            if run is None:
                continue
            words = [w for w in run.group(1).split() if not w.endswith(".")]
            at = details.start() - len(before) + start
            said = text[max(0, at - 40) : at]
            if _after_clinician(names, text, at) or names.staff_before.search(said):
                break  # a prescriber's or a colleague's details: "our driver Jaime Ortiz (cell"
            if all(_name_word(names, w, strict=False) for w in words) and any(
                _name_word(names, w) for w in words
            ):
                return True
    return False


# A pasted list's field that is a name, in any case: opened by "for", "on", "about", "re", "w/"
# or an arrow, a colon, a comma or a line's start, closed by the list's separator, a question
# mark or "re" ("hold the walker for tala moengangongo - MBI ...", "RE: HALAPUA, SIONE T | dob
# ...", "tell Ana Vake;", "... belongs to ainhoa pappas?", "spoke w/ koldo kamakana re ...").
_FIELD_NAME = re.compile(
    r"(?:(?i:\b(?:for|on|about|re|regarding|tell|from|with|to|check|over|so)\b):?|(?i:\bw/)"
    r"|[:,]|-+>|=>|^)[ \t]*(?=("
    r"(?:[^\W\d_][\w'’-]*)(?:,? ?(?:[^\W\d_][\w'’-]*|[A-Za-z]\.)){1,3})"
    r"[ \t]*(?:[;|\n?]|[-\u2013\u2014/](?:\s|$)|,\s|  |(?i: re )|$))",
    re.MULTILINE,
)


def _has_field_name(rules: NameRules, text: str) -> bool:
    """Whether a pasted list's field is a name (`_FIELD_NAME`): two name words or more besides
    initials, none of the bot's, a business's or a place's, one in no dictionary or a census
    name's; not after a clinician's or a colleague's label ("ordering physician: ...")."""
    for field in _FIELD_NAME.finditer(text):
        words = [w for w in re.split(r"[, ]+", field.group(1)) if len(w.rstrip(".")) > 1]
        if len(words) < 2 or len(words) > 3 or _after_clinician(rules, text, field.start(1)):
            continue
        said = text[max(0, field.start(1) - 40) : field.start(1)]  # "ordering physician: ..."
        label = {bare_word(w) for w in re.findall(r"[^\W\d_]+", said)[-3:]}
        if label & rules.clinicians or rules.staff_before.search(said):
            continue  # a clinician's or a colleague's field, not the patient's
        if all(_name_word(rules, w, strict=False) for w in words) and any(
            _name_word(rules, w) for w in words
        ):
            return True
    return False


def mailbox_of_name_before(rules: NameRules, text: str, start: int, local: str) -> bool:
    """Whether the e-mail address at `start` spells the name right before it, each of its words
    in the mailbox ("LIUFAU, PASENE — pasene.liufau@...", "Rua Tane, rtane@..."): that person's
    own, whatever business the message names before ("the clinic radioed in about ...")."""
    before = _NAME_BEFORE.search(text, max(0, start - 60), start)
    if before is None or _after_clinician(rules, text, before.start(1)):
        return False
    said = text[max(0, before.start(1) - 60) : before.start(1)]  # "the Humana rep is ..."
    if rules.staff_before.search(said) or rules.colleague_before.search(said):
        return False
    words = [bare_word(w) for w in _run(before.group(1))][-3:]
    if len(words) < 2 or not name_right_before(rules, text, start, contact=True):
        return False
    # one word whole in the mailbox, the others whole or by their initial ("hinemoa.t@")
    return any(len(w) > 3 and w in local for w in words) and all(w[0] in local for w in words)


def is_strict_name_word(rules: NameRules, word: str) -> bool:
    """A word a name may be made of and no dictionary word unless a census name ("Zancanella")."""
    return _name_word(rules, word)
