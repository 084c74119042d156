"""Phone numbers and e-mail addresses for the PHI guard (flows/phi.py): a person's, in any of the
shapes billers type or paste them, and not a payer's, supplier's or office's line or mailbox (the
business words, toll-free area codes and role mailboxes are content, in content/rules/phi.yaml)."""

from __future__ import annotations

import re

from flows.phi_acted_on import CALENDAR, acted_on_before, acts_on_someone
from flows.phi_beside_names import mailbox_of_name_before
from flows.phi_case_said import case_said
from flows.phi_context import any_match as _any
from flows.phi_context import (
    billing_number,
    business_after_opening,
    business_line,
    cue_near,
    own_contact_before,
    person_after,
    personal_word_in,
)
from flows.phi_last_first import has_last_first
from flows.phi_mail import EMAIL, business_domain, personal_domain, work_mailbox
from flows.phi_name_words import unlisted
from flows.phi_named_for import named_for_right_before
from flows.phi_named_kinds import is_pair_at
from flows.phi_names import has_full_name
from flows.phi_other_numbers import could_be_npi, x12_element
from flows.phi_partial import has_phone_area_code_after
from flows.phi_practice_lines import a_name, clinician_message
from flows.phi_rows import capital_name_before
from flows.phi_rules import Rules
from flows.phi_shapes import PHONE, PHONE_DIGITS, PHONE_INTERNATIONAL, digits_after
from flows.phi_spelled import SpelledRun
from flows.phi_spelled import spelled_values as _runs
from flows.phi_surname_first import has_surname_first

_ID_KINDS = ("member_id", "mrn", "ssn", "hicn", "mbi")  # "her Medicaid 4125550178" is no phone
# A signature's cell: a line (or quote) opened by a dash and a name, a bar before the number
# ("-- MAE DOE, grandmaw of 11 | 9855550189"); a staff job's cell makes it the team's first.
_SIGNATURE_CELL = re.compile(r"(?:^|\n|[:\"'(] ?)[ \t>*_]*-{1,2} ?[A-Z][^\n|]{2,60}\| ?$")
# A row's birth date or ZIP code right before ten bare digits: "Hodan Vo, April 19, 1941,
# 7855550157", "rosalia schmidtberger, 2357 elm st #12, russell, kansas 67665, 6205550174".
_AFTER_BIRTH_YEAR = re.compile(r"\b(?:19[0-7]\d|\d{5}),? $")
_EXTENSION = re.compile(r" ?,? ?(?:x|ext\.?|extension|ext #) ?\d{1,5}\b", re.IGNORECASE)


def has_phone(rules: Rules, text: str) -> bool:
    business = set(rules.file.business_area_codes)

    def keep(match: re.Match[str]) -> bool:
        area = match.group(1) or match.group(2)
        extension = _EXTENSION.match(text, match.end())
        if extension and not _personal_before(match.start()):
            # "p. 207-555-0190 x214": an office's line has extensions, unless a patient's
            return person_after(rules, text, extension.end())  # "... x12 (pt's daughter)"
        if area in business or own_contact_before(rules, text, match.start()):
            return False  # a toll-free line, "call us at 719-555-0136": the office's
        if _owner_right_before(rules, text, match.start()) or acted_on(match.start()):
            return True  # "Dr. Lee from Mercy Health Center says call Harold at 317-...": his
        owned = person_after(rules, text, match.end())  # "... - pt's home line": not "line"
        owned = owned or _name_labels(rules, text, match.start())  # "Pacheco, Ercole ph ..."
        if not owned and _clinician_right_before(rules, text, match.start()):
            return False  # "Dr. Harriet Osei 856-555-...", "Wren Castillo PT (732) ...": a practice
        if not owned and clinician_message(rules, text, match.start()):
            return False  # "Dr. Ada Quist refers from Elm Clinic. her fax: 765-...": the practice's
        named = _name_right_before(rules, text, match.start())  # "Hi team, DOE, MAE 504-..."
        if named and not owned and _staff_heading(rules, text, match.start()):
            named = False  # "SCAN provider relations: Jordan Sousa, (209) 555-0114": its staff
        if not (owned or named) and _staff_pronoun_line(rules, text, match.start()):
            return False  # "the vendor rep Delacruz wants a meeting. his phone 670 555 0184"
        if owned or named or capital_name_before(rules, text, match.start()):
            # "... cover sheet: call 318-... not the home #", "Teams - Al: MAE DOE 504-555-0153"
            start = match.start()
            seen = _GREETING.sub(lambda hi: " " * len(hi.group()), text) if named else text
            return not business_after_opening(rules, seen, start, phone=not owned, contact=True)
        return not business_line(rules, text, match.start(), contact=True)

    def _personal_before(start: int, words: int = 6) -> bool:  # "her number is 614-555-0100 x2"
        near = re.findall(r"[a-z']+", text[max(0, start - 40) : start].lower())[-words:]
        return bool({word.removesuffix("'s") for word in near} & rules.personal_words)

    def _typed_personal_before(start: int) -> bool:  # "home 2085550105"; not "Harbor Home ..."
        near = re.findall(r"[A-Za-z']+", text[max(0, start - 30) : start])[-3:]
        typed = {word.removesuffix("'s") for word in near if word.islower()}
        return bool(typed & rules.personal_words)

    def keep_digits(match: re.Match[str]) -> bool:
        start = match.start()  # "fax: Kearney, Faduma 4025550101": a name's, past the heading
        named = _name_right_before(rules, text, start) and not _staff_heading(rules, text, start)
        if named and not could_be_npi(match.group()[-10:]):
            return not business_after_opening(rules, text, start, phone=True, contact=True)
        if match.group(1) in business:
            return False
        if text[max(0, match.start() - 3) : match.start()].upper() == "XX*":
            return False  # an X12 NM1's NPI, after its qualifier: "NM1*DK*1*...****XX*2533720159~"
        if x12_element(rules, text, match.start(), match.end()):
            return False  # an X12 element no phone's qualifier heads: "CLP*5313327385*4*..."
        if could_be_npi(match.group()[-10:]) and billing_number(rules, text, match.start()):
            return False  # "(she is on the phone): ordering NPI 2064128434": labelled an NPI
        if staffs(match.start()):
            return False  # "our dispatcher Kowalski is sick. his cell: 6085550170"
        if acted_on(match.start()):
            return True  # "Dr. Hale referred Okonkwo 6145550101": the patient's
        if business_line(rules, text, match.start(), contact=True):
            return False
        after = text[match.end() : match.end() + 30]  # "6145550199 is the daughter's cell"
        if cue_near(rules, "phone", text, match.start()) or rules.cue["phone"].search(after):
            return True
        # "home 2085550105", "- MAE DOE, grandmaw of 11 | 9855550189"
        if could_be_npi(match.group()[-10:]) or rules.cue["plan"].search(
            text, max(0, start - 25), start
        ):
            return False  # an NPI, or "her Medicaid 4125550178": a plan's member number
        person = _typed_personal_before(start) or capital_name_before(rules, text, start)
        person = person or _AFTER_BIRTH_YEAR.search(text, max(0, start - 12), start) is not None
        signed = _SIGNATURE_CELL.search(text, max(0, start - 80), start) is not None
        return (person or signed) and not any(cue_near(rules, k, text, start) for k in _ID_KINDS)

    def acted_on(start: int) -> bool:  # "the tech Brandt visited Szymanski, cell 217-..."
        return acted_on_before(rules, text, start, lambda word: _person_word(rules, word))

    def staffs(start: int) -> bool:  # no one's line but a staff member's named before
        owned = _owner_right_before(rules, text, start) or _name_right_before(rules, text, start)
        return not owned and _staff_pronoun_line(rules, text, start)

    def international(match: re.Match[str]) -> bool:  # "his UK mobile: +44 7700 900318"
        digits = sum(ch.isdigit() for ch in match.group())
        return 9 <= digits <= 15 and not business_line(rules, text, match.start(), contact=True)

    def spelled(cue: re.Match[str]) -> bool:  # "cell six one four five five five ..."
        digits = digits_after(text, cue.end()).removeprefix("1")
        return (
            len(digits) == 10
            and digits[:3] not in business
            and not business_line(rules, text, cue.start(), contact=True)
            and not staffs(cue.start())
        )

    def one_by_one(run: SpelledRun) -> bool:  # "son's number: 5 0 9 - 5 5 5 - 0 1 2 0"
        digits = run.chars.removeprefix("1") if len(run.chars) == 11 else run.chars
        if len(digits) != 10 or digits[0] in "01" or digits[:3] in business:
            return False
        typed_singly = sum(len(group) == 1 for group in run.groups) >= 10
        cued = typed_singly or cue_near(rules, "phone", text, run.start, words=6)
        return cued and not business_line(rules, text, run.start, contact=True)

    return (
        _any(rules.cue["phone"], text, spelled)
        or _any(PHONE, text, keep)
        or _any(PHONE_DIGITS, text, keep_digits)
        or _any(PHONE_INTERNATIONAL, text, international)
        or any(map(one_by_one, _runs(text)))
        or has_phone_area_code_after(rules, text)
    )


# A name, then the number's label right before it: "Pacheco, Ercole ph (401) 555-0123",
# "Hoelzeman, Reinhold G — cell 1-479-...".
_NAME_THEN_LABEL = re.compile(
    r"(?<![\w'.-])([^\W\d_][\w'.-]*,? [^\W\d_][\w'.-]*)(?: [A-Z]\.?)?(?:,| -| —| –)? "
    r"(?i:ph|phone|cell|tel|mobile|cb)\.?:? ?$"
)


def _name_labels(rules: Rules, text: str, start: int) -> bool:
    """Whether the phone at `start` is labelled right after a person's name, whatever the words
    after it ("Batista Gisèle ph (774) 555-0114 Noridian JA or RI Medicaid portal?": the payer is
    the question's, not the line's)."""
    found = _NAME_THEN_LABEL.search(text, max(0, start - 50), start)
    if found is None:
        return False
    pair = found.group(1)
    return (
        has_last_first(rules.names, pair, loose=True)
        or has_full_name(rules.names, pair, beside=True)
        or has_surname_first(rules.names, pair)
    )


# A person's name right before a phone, maybe with a town or "at" between ("spoke w/ Adhikari,
# Bhim at 603.555.0108", "BATCHELDER, GÉRARD from Colebrook, 603 555 0117"); a greeting that
# opens the message ("Hi team, ") is no business's word.
_NAME_THEN_PHONE = re.compile(
    r"(?<![\w'.-])([^\W\d_][\w'.-]*,? [^\W\d_][\w'.-]*)"
    r"(?: from [A-Z][\w'-]*(?: [A-Z][\w'-]*)?)?(?:,| at| -| —)? ?$"
)
_GREETING = re.compile(
    r"^\W*(?:hi|hey|hello|morning|good morning) (?:team|all|everyone|folks),? ", re.I
)


def _name_right_before(rules: Rules, text: str, start: int) -> bool:
    """Whether a person's full name or "Last, First" stands right before the phone at `start`
    (then only the words after the message's opening heading can make it a business's)."""
    found = _NAME_THEN_PHONE.search(text, max(0, start - 60), start)
    if found is None:
        return False
    return is_pair_at(rules.names, text, found.start(1), found.end(1))


# The words right before a phone that give it to a person, whatever business was named before:
# "call Harold at", "re: Ortiz", "the family's cell:", "Gunnar's number is"; in any case
# ("CALL HAROLD AT": a name in capitals is still read against the name lists).
_CALL_NAME_AT = re.compile(
    r"\b(?i:call)(?: (?i:back))? (?!(?i:back|at|us|me|them)\b)"  # "CALL BACK AT" names no one
    r"([A-Z][\w'-]+)(?: [A-Z][\w'-]+)? (?i:at):? ?$"
)
_ABOUT_NAME = re.compile(
    r"\b(?i:re|regarding)\b:? (?:(?i:mrs?|ms|miss)\.? )?([A-Z][\w'-]+)(?:,? [A-Z][\w'-]+)?[,:-]? ?$"
)
_OWNERS_LINE = re.compile(
    r"\b(?:(?i:mrs?|ms|miss)\.? )?([\w-]+)('s|s'|')? (?:home |cell |mobile |contact |phone )?"
    r"(?i:cell|phone|number|mobile|#|cb|contact)(?: (?:is|=))?[: ]{0,2}$"
)


def _owner_right_before(rules: Rules, text: str, start: int) -> bool:
    """Whether the words right before the phone at `start` give it to a patient or a relative
    (`_CALL_NAME_AT`, `_ABOUT_NAME`, `_OWNERS_LINE`): a person's line even after a doctor and a
    practice are named ("Dr. Okoye at Lakeview Rehab Center, the family's cell: 614-..."); not
    a doctor's, a business's or a staff job's ("Dr. Lee's number", "Lincare's number")."""
    window = text[max(0, start - 50) : start]
    names = rules.names
    called = _CALL_NAME_AT.search(window) or _ABOUT_NAME.search(window)
    if called is not None:
        return _person_word(rules, called.group(1)) and not _business_word(rules, called.group())
    if named_for_right_before(rules, text, start):
        return True  # "the remit for Ruth, 616-555-0144": hers, whatever books come before
    owner = _OWNERS_LINE.search(window)
    if owner is None:
        return False
    word = owner.group(1)
    if word.lower() in names.family_words | {"family", "families"}:
        return True  # "the family's cell:", "son's number is", "family cell"
    titled = re.search(r"\b(?i:dr|doctor|nurse)\.? ?$", window[: owner.start(1)])
    person = owner.group(2) is not None and _person_word(rules, word)
    return person and not titled and not _business_word(rules, word)


def _person_word(rules: Rules, word: str) -> bool:
    """A given name or surname, or a capitalised word the bot never uses ("Gunnar", not
    "Medicare")."""
    plain = re.fullmatch(r"[A-Z][a-z'-]+", word) is not None  # not "E1399"
    english = word.lower() in rules.names.english  # "Radiology", "Triage", "Faxes"
    return a_name(rules, word) or (plain and not english and unlisted(word, rules.names))


def _business_word(rules: Rules, words: str) -> bool:
    """Whether a company's or business's word or a payer is among `words` ("Mercy Health")."""
    found = {w.lower().removesuffix("'s") for w in re.findall(r"[\w'-]+", words)}
    return bool(
        found & (rules.names.company_words | rules.business_words | rules.names.businesses)
        or rules.cue["plan"].search(words)
    )


# A clinician's name right before a phone: after "Dr." ("Dr. Harriet Osei 856-555-0147"), or
# with a credential in capitals after it ("Wren Castillo PT (732) ...", "Lionel Baptiste APN,").
_CLINICIAN_THEN_PHONE = re.compile(
    r"(?:\b(?i:dr)\.? ([^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*){0,2})(?:,? ([A-Z]{2,5}))?"
    r"|\b[^\W\d_][\w'-]* [^\W\d_][\w'-]*,? ([A-Z]{2,5}))[ ,:(-]{0,3}$"
)


def _clinician_right_before(rules: Rules, text: str, start: int) -> bool:
    """Whether the phone at `start` comes right after a clinician's name (`_CLINICIAN_THEN_PHONE`)
    with no patient's word just before it, nor a patient's or a relative's word, an age or a birth
    word anywhere in the message: the practice's line, not a patient's ("pt Dr. Jane Roe 973-...",
    "Dr. Jane Roe 973-... wants his walker back" stay a patient's)."""
    found = _CLINICIAN_THEN_PHONE.search(text, max(0, start - 60), start)
    if found is None:
        return False
    credential = found.group(3)
    if credential is not None and credential.lower() not in rules.names.clinicians:
        return False
    if found.group(1) and any(_said_word(rules, word) for word in found.group(1).split()[1:]):
        return False  # "Dr. Patel referred Ortiz, 317-...": a verb, then the patient's name
    rest = text[: found.start(3)] + text[found.end(3) :] if credential is not None else text
    if case_said(rules, rest):
        return False  # "Maria Lopez PT 973-... needs a walker", "Dr. Anil Patel 973-... - his
        # wife says the oxygen is out": maybe the patient's own line
    before = text[max(0, found.start() - 25) : found.start()]
    return not (rules.cue["name"].search(before) or rules.cue["relative"].search(before))


# A capitalised word that may be a staff member's name, after the staff job that names them.
_CAPITALISED = re.compile(r"(?<![\w'.-])[A-Z][a-z'-]+")


_IS_THE = re.compile(r" (?:is|was) (?:the|our|their) (?:new |old |main )?")


def _staff_pronoun_line(rules: Rules, text: str, start: int) -> bool:
    """Whether the phone at `start` is given to a staff member named earlier after their job ("the
    repair tech Salvatore flies in Thursday. his number is ...", `staff_before`), in a message with
    no patient's or relative's word, age or birth word (`case_said`), and with only pronouns and
    no other name or title, name-like word or verb done to a patient between the name and the
    phone ("... spoke to Mrs. Ortiz, her cell", "... measured Abdirahman, his phone", "... fitted
    the man today. his phone" are the patient's)."""
    if case_said(rules, text):
        return False
    names = rules.names
    for word in _CAPITALISED.finditer(text, max(0, start - 160), start):
        job = _IS_THE.match(text, word.end())  # "Brent is the new account manager from ..."
        job = job and names.staff_role.match(text, job.end())
        if not job and not names.staff_before.search(text, max(0, word.start() - 50), word.start()):
            continue
        between = re.findall(r"[^\W\d_][\w'-]*", text[word.end() : start])
        people = [w for w in between if w.lower() in rules.personal_words]
        pronouns = names.context.one_person_pronouns  # "their cell": maybe a family's
        others = [
            w
            for w in between
            if (a_name(rules, w) or _person_word(rules, w) and not _business_word(rules, w))
            and not CALENDAR.fullmatch(w)
        ]
        return (
            _person_word(rules, word.group())
            and not others
            and not acts_on_someone(rules, text[word.end() : start])
            and all(w.lower() in pronouns for w in people)
        )
    return False


def _said_word(rules: Rules, word: str) -> bool:
    """Whether `word` is an English word and no name ("referred", "saw"), so not part of the
    doctor's name it follows."""
    return word.lower() in rules.names.english and not a_name(rules, word)


def _staff_heading(rules: Rules, text: str, start: int) -> bool:
    """Whether the heading before the last colon ahead of `start` names a team or a job
    ("provider relations:", "the Tufts rep read back:")."""
    head = text[: text.rfind(": ", 0, start) + 1]
    names = rules.names
    return bool(head and (names.staff_role.search(head) or names.staff_department.search(head)))


# What every form of an address has ("@", "(at)", " at "): most messages skip EMAIL's long pattern.
_AT = re.compile(r"@|\(at\)|\[at\]|\{at\}| at ", re.I)
_VENDORS_OWN = frozenset({"they", "them", "their"})  # "repairs@..., they answer by noon"
_MESSAGE_ID = re.compile(r"\b(?:message-id|in-reply-to|references|content-id): ?<?$", re.I)


def _desks_own(
    rules: Rules, text: str, address: re.Match[str], parts: set[str], domain: str
) -> bool:
    """Whether a desk's or a system's mailbox ("cranston.desk@", "alerts@") is the office's: on
    no real mail provider's domain ("alerts@rogers.com" is anyone's), no given name beside the
    desk's word ("carla.desk@") and no patient's or family word right before it ("her son uses
    alerts.smith@...") or after it in its sentence, past a semicolon, or in the next sentence
    when the address ends one ("repairs@... - he checks it daily", "repairs@...; he checks it";
    a vendor's "they" is no person's)."""
    if personal_domain(domain, rules.real_mail_providers):
        return False
    if (parts - rules.desk_mailboxes) & rules.names.first_names:
        return False
    start, end = address.span()
    near = re.findall(r"[a-z']+", text[max(0, start - 40) : start].lower())[-6:]
    sentences = re.split(r"[.?!]\s", text[end : end + 60])
    clause = " ".join(sentences[:2] if not re.search(r"\w", sentences[0]) else sentences[:1])
    after = [w for w in re.findall(r"[a-z']+", clause.lower())[:6] if w not in _VENDORS_OWN]
    return not personal_word_in(rules, " ".join(near + after))


def has_email(rules: Rules, text: str) -> bool:
    """An e-mail address no business's: not a role's mailbox ("billing@...") nor a rep's."""

    def keep(address: re.Match[str]) -> bool:
        local, _, domain = re.split(
            r" ?(@|\(at\)|\[at\]|\{at\}| at )", address.group().lower(), maxsplit=1
        )
        if _MESSAGE_ID.search(text, max(0, address.start() - 20), address.start()):
            return False  # "Message-ID: <20260612.4471@mail.example>": a message's, no one's
        parts = set(re.split(r"[._+-]|\d+", local.strip())) - {""}
        whole = re.sub(r"\d+", "", local.strip())  # "no-reply@", "customer.service@"
        parts |= {whole, re.sub(r"[._-]", "", whole)}
        if parts & rules.role_mailboxes:
            return False  # "billing@", "abn-intake@", "claims2@"
        desk = parts & rules.desk_mailboxes or local.strip() in rules.whole_desk_mailboxes
        if desk and _desks_own(rules, text, address, parts, domain):
            return False  # "cranston.desk@pawtuxetfalls.example.org", "alerts@", "cs@example.com"
        if business_domain(domain, rules.names.mail_domain_words) or work_mailbox(
            rules.names, local.strip(), domain.strip(), text
        ):
            # A colleague's or rep's ("kelly.burns@medline.com"), unless a person's word is first
            near = re.findall(r"[a-z']+", text[max(0, address.start() - 40) : address.start()])
            return bool({w.removesuffix("'s") for w in near[-6:]} & rules.personal_words)
        if _staff_pronoun_line(rules, text, address.start()):
            return False  # "Brent is the new account manager ... his email is ...": the staff's
        if person_after(rules, text, address.end()):  # "jdoe@... emailed about her bill"
            return not business_after_opening(
                rules, text, address.start(), phone=False, contact=True
            )
        if mailbox_of_name_before(rules.names, text, address.start(), local.strip()):
            return True  # "LIUFAU, PASENE — pasene.liufau@example.com": hers, whoever called
        return not business_line(rules, text, address.start(), phone=False, contact=True)

    return _AT.search(text) is not None and _any(EMAIL, text, keep)
