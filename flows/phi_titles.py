"""A patient's name after a title, for the PHI guard's name checks (flows/phi_names.py): "Mrs.
Jones", "MR. JAMES WHITAKER", "mrs jones", "Sra. Villanueva"; not a title talked about ("Mr./Mrs.
prefixes"), a rep "from" a company ("Mr. Smith from Medline"), nor a colleague or a payer's or a
maker's staff named with the company ("Mr. Haldane, our compliance officer", "Noridian's Ms.
Pettibone")."""

from __future__ import annotations

import itertools
import re

from flows.phi_name_lists import NameRules
from flows.phi_name_roles import (
    is_brand,
    is_clinician,
    is_rep,
    item_or_family_said,
    role_apposition,
)
from flows.phi_name_words import PARTICLES, bare_word, is_first_name, is_name_word, unlisted
from flows.phi_team import said_to_be_staff, signature_below, staff_aside
from flows.phi_title_words import title_words
from flows.phi_word_patterns import find_words

# What ends a name's words: a dash or a bar between spaces, a semicolon.
_SEPARATOR = re.compile(r"\s[-\u2013\u2014|]\s|;")


def words_after(text: str, start: int, count: int = 3) -> list[str]:
    """The next few words, keeping a trailing comma ("Jones, Mary") and skipping ":" or "is", a
    quote mark ('pt "Kiki Gbollie"') and a separator ("pt ~ Marjatta Ylitalo", "pt · ...")."""
    rest = re.sub(
        r"^(?:[\s:=(,\"~|\u00b7-]|\bis\b|\bname\b|\bon (?:the )?card\b|\bas printed\b|\bwas\b)*",
        "",
        text[start : start + 80],
        flags=re.I,
    )
    if re.match(r"[^\W\d_]+[\d_]", rest):
        return []  # a code or a file's name: "file name: GS40_5AG2UX0RR53_spec.pdf"
    rest = _SEPARATOR.split(rest, maxsplit=1)[0]  # "CLIENT HAN — Denali Care waiver"
    words = re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*\.?,?", rest)
    return words[:count] if rest[:1].isalpha() else []


def bot_word_surname(word: str, rules: NameRules) -> bool:
    """A capitalised census surname that is also one of the bot's own words ("Walker", "Cane",
    "Page", "Price"): after a title or a patient word it names a person, as an item word
    without one does not ("walker with seat")."""
    bare = bare_word(word)
    return (
        (word[:1].isupper() and len(bare) > 2)
        and bare in rules.surnames
        and (bare in rules.ordinary or bare in rules.not_names)
        and bare not in rules.businesses
        and bare not in rules.clinicians
    )


def _clinician_surname(rules: NameRules, words: list[str]) -> bool:
    """A capitalised clinician's title as a surname: a census one ("Nurse", "Doctor"), or any
    before a comma or a person's verb ("Mrs. Surgeon called back")."""
    bare = bare_word(words[0])
    if not words[0][:1].isupper() or len(bare) < 3 or bare not in rules.clinicians:
        return False
    acts = len(words) > 1 and bare_word(words[1]) in _PERSON_VERBS
    return bare in rules.surnames or words[0].endswith(",") or acts


def _capitalised_name(word: str, rules: NameRules) -> bool:
    """A capitalised word that is a first name or a word the bot never uses ("Evaristo")."""
    return word[:1].isupper() and (is_first_name(word, rules) or unlisted(word, rules))


def _lower_case_name(rules: NameRules, words: list[str], dotted: bool) -> bool:
    """A name in lower case after a title: a given name and a word the bot never uses ("miss
    ophelia barnstable"), or after a dotted title a census surname before a verb ("mrs. bench
    wants"); not "miss the deadline", "miss april deadline"."""
    if len(words) < 2 or not (words[0].islower() and words[1].islower()):
        return False
    first, second = bare_word(words[0]), bare_word(words[1])
    if first in rules.every_first_name and first not in rules.ordinary:
        return unlisted(words[1], rules) and second not in rules.every_first_name
    return dotted and first in rules.surnames and second in rules.verbs_after_name


def _item_word_surname(rules: NameRules, words: list[str]) -> bool:
    """One of the bot's own item words as a surname after a title, then a verb or a possessive:
    "Mr. Bed wants to know", "Mr Lift asked", "mrs chair's daughter called"; not "Mr. Bed"
    alone in a list nor "Ms. Word is fine" (no verb of a person's after it)."""
    if not words or not re.fullmatch(r"[^\W\d_]{3,}(?:'s)?", words[0]):
        return False
    bare = bare_word(words[0])
    if bare not in rules.ordinary and bare not in rules.not_names or bare in rules.businesses:
        return False
    after = bare_word(words[1]) if len(words) > 1 else ""
    return words[0].endswith("'s") or (after in rules.verbs_after_name and after in _PERSON_VERBS)


def _unknown_word_acts(rules: NameRules, words: list[str]) -> bool:
    """A word in no name list, no dictionary and none of the bot's, then a verb only a person
    does: "mr hovhannisyan called", "ms oyelaran-bello wants"."""
    if len(words) < 2 or bare_word(words[1]) not in _PERSON_VERBS:
        return False
    parts = bare_word(words[0]).split("-")
    return len(words[0]) > 3 and unlisted(words[0], rules) and not set(parts) & rules.english


# The verbs after a name that only a person does ("Mr. Bed wants"), not "is", "and", "with".
_PERSON_VERBS = frozenset(
    "called calls needs wants said says asked asks came refused lives moved died passed fell "
    "signed paid owes requested declined".split()
)


_TITLE_VS = re.compile(r"\b(?:mr|mrs|ms|miss|mx)\.? ?(?:vs\.?|or|/) ?$", re.IGNORECASE)
_COMPANY_BEFORE = re.compile(r"\b([A-Z][\w&-]*)'s $")


def _trade_name(rules: NameRules, words: list[str]) -> bool:
    """A title before one capitalised dictionary word that no census lists as a surname or a given
    name, with no name nor a person's verb after it: a franchise's or a brand's name ("Mr. Rooter",
    "Mr. Handyman"), not a person's ("Mr. Baker", "Mrs. Page", "Mr. Bed wants ...")."""
    word = words[0].rstrip(".,")
    if not word.istitle() or "'" in word:
        return False
    bare = bare_word(word)
    if bare not in rules.english or bare in rules.all_surnames or bare in rules.every_first_name:
        return False
    return len(words) == 1 or not (words[1][:1].isupper() or words[1].lower() in _PERSON_VERBS)


def has_titled_name(rules: NameRules, text: str) -> bool:
    """ "Mrs. Jones", "MR. JAMES WHITAKER", "mrs jones"; not "MR on file" nor a rep "from" a
    company ("Mr. Smith from Medline")."""
    for title in rules.titles.finditer(text):
        word, dotted = title.group(1), bool(title.group(2))
        words = words_after(text, title.end(), 3)
        if not words or is_brand(rules, text, title.start()) or titled_product(rules, text, title):
            continue
        if re.match(r"\.[a-z0-9-]+\.[a-z]", text[title.start() + len(word) :], re.IGNORECASE):
            continue  # a host's name: "Received: from mx.lochsaseating.example"
        before = re.search(r"([^\W\d_]+)\.? $", text[max(0, title.start() - 12) : title.start()])
        if before and bare_word(before.group(1)) in rules.clinicians:
            continue  # a given name that is also a title, after a clinician's: "Dr. Thiru ..."
        if _trade_name(rules, words):
            continue  # "Mr. Rooter is fixing the drain", "Sir Speedy printed the forms"
        guarded = word.lower() in rules.title_words.full_name_titles
        one_name = guarded and not full_name_after(rules, words)
        if one_name and (
            len(word) == 1 or not _one_name_patient(rules, text, title.start(), words)
        ):
            continue  # "Shri Ram Medical Supply", "ask Madan Rao", an initial: "M. Kowalczyk"
        if word.lower() in rules.title_words.public_titles and not _patient_said(rules, text):
            continue  # "Judge Morrow ruled on the appeal", "Mayor Pelletier cut the ribbon"
        office = word.lower() in rules.title_words.office_titles
        if office and (
            bare_word(words[0]) in rules.title_words.office_jobs
            or signature_below(rules.staff_role, (), text[title.end() :])
        ):
            continue  # a job: "our Chief Compliance Officer wants ...", "Chief Executive"
        if office and not _one_name_patient(rules, text, title.start(), words, patient_word=True):
            continue  # "Prof. Emeka Obi's article", "Colonel Sanders bucket"
        if re.match(r" ?(?:is|was|or|and|vs)\b|/", text[title.end() - 1 :], re.IGNORECASE):
            continue  # the title talked about: "Frau is German for Mrs.", "Mr./Mrs. prefixes"
        if (
            title.start()
            and text[title.start() - 1] == "/"
            or _TITLE_VS.search(text, max(0, title.start() - 12), title.start())
        ):
            continue  # "Mr./Mrs. prefixes", "Mr. vs Ms. prefix"
        particles = len(list(itertools.takewhile(lambda w: bare_word(w) in PARTICLES, words)))
        named = find_words(words[: particles + 1], text[title.end() :])
        end = title.end() + named.end() if named else title.end()
        # Only the words after: "ask Mr. O'Malley" asks about a patient, "Sra. Benítez de la
        # oficina" is a colleague.
        praised = rules.praise_before.search(text[max(0, title.start() - 30) : title.start()])
        full = re.match(r" [A-Z][\w'-]+", text[end:]) if named else None  # "Mr. Gunnar Thorvaldsen"
        if (
            rules.staff.match(text, end)
            or (full and rules.staff.match(text, end + full.end()))
            or rules.colleague_after.match(text, end)
            or praised
            or said_to_be_staff(rules.staff_role, text[end : end + 70])
            or staff_aside(rules.staff_role, rules.patient_word, text, end)
            # "Ms. Tulee, the tribal benefits coordinator, ...": the comma read with the name
            or role_apposition(rules, text, end - (text[end - 1 : end] == ","))
        ):
            continue  # a colleague: "Mr. Haldane, our compliance officer", "great catch, Ms. Lee"
        if rules.staff_before.search(text[max(0, title.start() - 40) : title.start()]):
            continue  # "our owner Mrs. Pritchard", "my supervisor Ms. Reyes"
        company = _COMPANY_BEFORE.search(text[max(0, title.start() - 40) : title.start()])
        if company and bare_word(company.group(1)) in rules.businesses | rules.company_words:
            continue  # a payer's or a maker's staff: "Noridian's Ms. Pettibone read us the LCD"
        rest = list(itertools.dropwhile(lambda w: bare_word(w) in PARTICLES, words))
        if rest and rest != words and _capitalised_name(rest[0], rules):
            return True  # "Mr. de la Fuente", "Mrs. van Houten's bed"
        if word.lower() == "sr":  # also "senior": "Sr. Billing Specialist" is a job
            if len(words) > 1 and all(_capitalised_name(w, rules) for w in words[:2]):
                return True
            continue
        if len(word) == 2 and not dotted and not word.istitle():
            # "MR on file" is medical records, "MS walker" multiple sclerosis; "ms abernathy",
            # "MR ISIDORE FENWICK" are people: a surname the bot never uses.
            if any(bare_word(w) in rules.surnames and unlisted(w, rules) for w in words[:2]):
                return True
            ending = bare_word(words[0]).endswith(rules.surname_endings)
            if ending and unlisted(words[0], rules) and bare_word(words[0]) not in rules.english:
                return True  # "mr lindqvist's chair": a surname by its ending
            if _unknown_word_acts(rules, words):
                return True  # "mr hovhannisyan called again": in no list, then a person's verb
            continue
        if is_rep(rules, text, title.end() + len(" ".join(words[:1])), titled=True):
            continue  # a supplier's or a payer's rep: "Mr. Smith from Medline"
        if (dotted or word.istitle() or word.lower() == "mrs") and bot_word_surname(
            words[0], rules
        ):
            return True  # "Mr. Walker left a voicemail", "MR. CANE SAYS", "Mrs. Page's POD"
        if dotted and _clinician_surname(rules, words):
            return True  # "Mrs. Nurse, yes that's her name": no nurse is called "Mrs. Nurse"
        if word != "miss" and _item_word_surname(rules, words):  # "don't miss walker's window"
            return True  # "Mr Lift asked for the invoice", "mrs chair's daughter is on line 2"
        if _lower_case_name(rules, words, dotted):
            return True  # "miss ophelia barnstable is back", "mrs. bench wants the tub bench"
        if not words[0].istitle() and not unlisted(words[0], rules):
            continue  # a title talked about: "Ms. is fine", "Mr. vs Mrs.", "the Mrs. field"
        unambiguous = dotted or word.lower() in ("mrs", "mister")
        if (unambiguous or words[0][0].isupper()) and is_name_word(words[0], rules):
            return True
    return False


def titled_product(rules: NameRules, text: str, title: re.Match[str]) -> bool:
    """Whether a title and the words after it read as a product, a character or a show, not a
    person: "Mrs. Meyer's hand soap", "Mr. Coffee in the break room is broken", "Mr. Pickles
    costume"; not "Mrs. Paul's walker was denied" nor "Mrs. Claus called about her walker"."""
    listing, words = rules.title_words, title_words(text[title.start() : title.start() + 80])
    listed = next((p for p in listing.products if tuple(words[: len(p)]) == p), None)
    if listed is None:
        return False  # "Mr. Jones doll arrived", "Mrs. Nguyen's film from the ER": a patient
    if set(words[len(listed) :][:2]) & (listing.product_nouns | listing.character_nouns):
        return True  # "Mr. Coffee carafe broke again", "Miss Piggy mug", "Mrs. Claus costume"
    # Where the office keeps it, with no word of a patient's case in the message: "Mr. Coffee
    # in the break room is broken"; not "Mrs. Fields called about her oxygen", "Mrs. Paul broke
    # her hip".
    case = rules.item_nouns | rules.item_case_words | rules.family_words | rules.person_words
    case |= _PERSON_VERBS | listing.patient_words
    said = set(title_words(text)) - set(listed)  # "uncle" is a relative's word but its own here
    if said & case:
        return False
    # With no case said, a character is the character wherever it is ("Miss Congeniality is on
    # tonight", "Uncle Sam takes 22%"); one a courtesy title and a census surname name ("Mr.
    # Rogers", "Mrs. Fields") only where an office keeps a product.
    person_like = rules.titles.match(" ".join(listed)) and listed[-1] in rules.census
    return bool(listing.product_places.search(text)) or not person_like


def full_name_after(rules: NameRules, words: list[str]) -> bool:
    """After a title that is also a given name or a business's first word ("Shri", "Madan"): a
    given name and a surname, with no business word ("Shri Venkatesh Iyer needs the CMN"); not
    one name ("ask Madan Rao") nor a company ("Shri Ram Medical Supply")."""
    if len(words) < 2 or not all(w[:1].isupper() and is_name_word(w, rules) for w in words[:2]):
        return False
    business = rules.company_words | rules.businesses | rules.place_names
    if any(bare_word(w) in business for w in words[:3]):
        return False
    given = is_first_name(words[0], rules) or unlisted(words[0], rules)
    if bare_word(words[0]) in rules.surnames and bare_word(words[1]) in rules.every_first_name:
        return True  # the surname first: "Cô Lê Thị Hoa", "Ông Trần Văn Minh"
    return given and (bare_word(words[1]) in rules.surnames or unlisted(words[1], rules))


_NOT_PATIENT = re.compile(
    r"\bnot (?:about |for |re |on )?(?:a|the|our|my|any) (?:pt|patient|client|resident)\b", re.I
)


def _patient_said(rules: NameRules, text: str) -> bool:
    """Whether the message calls someone in it a patient ("Judge Leopold Amankwah (ret.) - pt"),
    and does not say someone is not one."""
    said = {bare_word(w) for w in re.findall(r"[^\W\d_][\w'-]*", text)}
    return bool(said & rules.person_words) and not _NOT_PATIENT.search(text)


def _one_name_patient(
    rules: NameRules, text: str, start: int, words: list[str], patient_word: bool = False
) -> bool:
    """After a title that is also a given name or a business's first word, one name: a patient's
    when the message has a patient's case or a person's verb ("Madan Joseph needs the walker",
    "Madan Pierre from Miami FL called", "Shri Gupta's walker was denied"); not a business's
    name ("Madan Lal Hospital", "Shri Ram Medical Supply") nor a colleague asked for ("ask Madan
    Rao, he runs the appeals desk")."""
    business = rules.company_words | rules.businesses
    run = list(itertools.takewhile(lambda w: w[:1].isupper() and "'" not in w, words))
    if any(bare_word(w) in business for w in run[1:]):
        return False
    if rules.colleague_before.search(text[max(0, start - 30) : start]):
        return False
    if _NOT_PATIENT.search(text):
        return False  # "Pastor Gideon wants to rent a ramp - not a pt": the message says so
    said = {bare_word(w) for w in re.findall(r"[^\W\d_][\w'-]*", text)}
    person = said & rules.person_words if patient_word else set()  # "Rabbi ... Feinstein, pt"
    return item_or_family_said(rules, text) or bool(said & _PERSON_VERBS) or bool(person)


# A name then "is our patient": "Dr. Evangeline Marchbank-Oyo is our patient this time"; or the
# same said after a dash or a comma: "Dr. Margit Halvorsen - the patient, a retired dentist",
# "Judge Harriet Pennington (ret.), pt".
_NAME_WORD = r"[A-Z][^\W\d_]*(?:['-][^\W\d_]+)*\.?"
_WHOSE = r"(?:our|the|a|my|this|your|their) (?:own )?"
# It starts only where a word starts: tried from every letter, a 4,000-letter word took a second.
_SAID_PATIENT = re.compile(
    r"(?<![^\W\d_])(?<![^\W\d_]['-])"
    rf"((?:{_NAME_WORD} ){{0,3}}{_NAME_WORD})(?: \([^()]{{1,15}}\))?"  # "Pennington (ret.)"
    r"(?:, [A-Z][A-Za-z]{1,4}\.?(?=,| -))?"  # a degree: "Octavia Rhinehart, PhD, pt", "Esq."
    rf"(?: (?:is|was) {_WHOSE}| - {_WHOSE}|, {_WHOSE}|, (?!PT\b))"  # ", PT": a therapist's
    r"(?i:patient|pt|resident|beneficiary)(?!['\w])(?: ?([^\W\d_]+))?"
)
# A name with no comma before "the patient", "the pt" or a lower-case "pt", which then opens the
# sentence's verb or is the owner of what follows ("Ignatius Marchetti the patient called",
# "Evander Pryce pt called twice", "Cosimo Albertelli the pt's daughter called").
_NAME_THEN_PATIENT = re.compile(
    r"(?<![^\W\d_])(?<![^\W\d_]['-])"
    rf"((?:{_NAME_WORD} ){{1,2}}{_NAME_WORD}) (?:the (?i:patient|pt)|pt)(?:'s)?(?!['\w])"
)


def _place(rules: NameRules, words: list[str]) -> bool:
    """Whether `words` read as a town rather than a person's name: a state's letters or another
    word in capitals ("Idabel OK"), a place's first or last word ("Fort", "Lake", "Valley"), a
    listed city or a doubled word ("Pago Pago")."""
    bare = [bare_word(word) for word in words]
    return (
        any(word.isupper() for word in words)
        or bool(set(bare) & (rules.place_words | rules.place_names | rules.place_ends))
        or bare[0] == bare[-1]  # "Pago Pago", "Walla Walla"
    )


def has_name_said_patient(rules: NameRules, text: str) -> bool:
    """A name that the message says is the patient's, whatever title it has: "Dr. Ramona
    Fitzwilliam is the PATIENT here, not the prescriber", "Evangeline Marchbank-Oyo is our
    patient"; a given name (or a title) and a surname-like word, no business, with "patient"
    ending the phrase or before a word such as "here" (not "our patient liaison")."""
    said_so = [(found, True) for found in _SAID_PATIENT.finditer(text)]
    name_then = [(found, False) for found in _NAME_THEN_PATIENT.finditer(text)]
    for found, said in said_so + name_then:
        words = found.group(1).split()
        titled = bare_word(words[0]) in rules.leading_titles
        names = words[1:] if titled else words
        after = found.group(2) if said else None
        if after and after.lower() not in rules.said_patient_next:
            continue  # "Sarah Kim is our patient liaison": a job
        if not said and (
            rules.patient_title.match(text, found.end())
            or is_clinician(rules, words[0])
            or _place(rules, words)
        ):
            continue  # "... the patient access desk", "Dr. Lee the patient's doctor", "Fort
            # Collins pt", "Monroe LA pt": a doctor, a department or the patient's town
        if (
            not names
            or any(bare_word(w) in rules.businesses | rules.company_words for w in names)
            or is_brand(rules, text, found.start(1))
        ):
            continue  # "Acme Medical is our patient's supplier", "Mary Kay is the ..."
        given = len(names) > 1 and (is_first_name(names[0], rules) or unlisted(names[0], rules))
        surname = bare_word(names[-1]) in rules.surnames  # "Ernest Cash, pt, wants to pay"
        named = is_name_word(names[-1], rules) and unlisted(names[-1], rules)
        if (given or titled) and (named or (given and surname)):
            return True
    return False
