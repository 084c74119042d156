"""The words around a name that make it someone other than a patient, for the PHI guard's name
checks: a clinician's title or credential ("Dr.", "NP", "John Smith, MD"), a colleague's team or
sign-off ("ask Maria Lopez in billing", "cc Tom Becker"), a rep's company ("Janet Price at
Noridian"), a brand's or a company's name ("Graham-Field", "Bruno Elan"). The words are
content's, read into NameRules (flows/phi_name_lists.py)."""

from __future__ import annotations

import re

from flows.phi_chat import PRONOUNS
from flows.phi_mail import business_domain, work_mailbox
from flows.phi_name_lists import NameRules, squeezed
from flows.phi_name_words import PARTICLES, bare_word, case_of
from flows.phi_patient_context import facing_department_of_business
from flows.phi_shapes import STATE_AFTER
from flows.phi_team import (
    AGE,
    celebrates_undated,
    does_deliveries,
    handed_to_colleague,
    said_to_be_staff,
    signature_below,
    staff_aside,
)
from flows.phi_word_patterns import at_end, word_around
from flows.phi_workplace_opening import workplace_opening


# -- the words around a name that make it a clinician's, a colleague's, a rep's or a brand -----
def is_brand(rules: NameRules, text: str, start: int) -> bool:
    """Whether a product or company name that reads like a person's starts at `start`."""
    ahead = squeezed(text[start : start + 30])
    if any(ahead.startswith(brand) for brand in rules.brands):
        return True
    words = ahead.split()  # "Bruno Elan", "Jay Fusion": a model name, not a census surname
    return len(words) > 1 and words[0] in rules.first_name_brands and words[1] not in rules.surnames


def names_code_item(rules: NameRules, text: str, start: int) -> bool:
    """Whether the word at `start`, ending a question about codes, begins the name of an item
    named for a person: "is there a code for Hubbard?" (the Hubbard tank), "which modifier on
    Jewett?" (the Jewett brace); not "any update on Hubbard?"."""
    word = bare_word(re.split(r"[^\w'-]", text[start:], maxsplit=1)[0])
    asked = {bare_word(w) for w in re.findall(r"[\w-]+", text[max(0, start - 50) : start])}
    eponym = any(brand.startswith(word + " ") for brand in rules.brands)
    return eponym and bool(asked & rules.code_question_words)


REP = re.compile(
    r"(?: (?:calling|here|again|over))?"  # "this is Dana calling from Permobil"
    r" (from|at|with|\() ?(?:(the|our) )?([^\W\d_][\w&'-]*)"  # "Kelly Burns (Medline)"
    r"|,? (?:the|our|a|an) (?:[\w&'-]+ ){0,2}(?:rep|reps|representative|account manager)\b"
    r"(?! payee)",
    re.IGNORECASE,
)


def is_rep(rules: NameRules, text: str, end: int, titled: bool = False) -> bool:
    """A supplier's or a payer's rep named just before `end`: "Mr. Smith from Medline", "Mrs.
    Clark from the PDAC", "Janet Price at Noridian", "Mr. Jones the Invacare rep". A titled
    name "from" a word no list holds is a rep only with no state after it and no patient's case
    in the message: "Mrs. Holloway from Ocala FL called", "Mr. Baker from Paducah called about
    his CPAP" are patients from their towns."""
    found = REP.match(text, end)
    if found is None or not found.group(1):
        return found is not None
    word = found.group(3)
    if found.group(1).lower() == "at" and word.lower() in ("dr", "doctor"):
        return True  # "Ashley Brown at Dr. Patel's office faxed it"
    if titled and found.group(1).lower() == "at" and _residence(rules, text, found.start(3)):
        return bool(rules.residence_staff.search(text, found.end()))  # "... is the DON"
    known = (
        bare_word(word) in rules.businesses
        or bare_word(word) in rules.company_words
        or bare_word(word) in rules.brands
        or _company_named(rules, text, found.end())  # "from Eklutna Mobility Parts"
    )
    if found.group(1) == "(":
        return known
    if found.group(1).lower() == "from":  # "from Medline", "from medline", "from the PDAC"
        if not known and _town(rules, text, word, found.end(), titled):
            return False  # "Mrs. Temple from Temple TX, the patient", "from Ocala FL 34470"
        if not known and titled and not found.group(2) and item_or_family_said(rules, text):
            return False  # "Mrs. Holloway from Ocala called about her walker"
        return word[0].isupper() or bool(found.group(2)) or known
    return known


def rep_or_colleague(rules: NameRules, cue: re.Match[str], text: str, end: int) -> bool:
    """Whether the name after `cue`, ending at `end`, is a rep's (`is_rep`) or a colleague's
    (`is_colleague`); never after a patient's word ("the pt Ann Lee from Sunrise Assisted Living",
    "pt Simone Pettifer | home # ...", "pt Glendon Mercado - tech did the setup"; "PT" in
    capitals is a therapist)."""
    word = cue.group().split()[-1]  # "the pt", "our patient": the patient's word ends the cue
    patient = word != "PT" and rules.patient_word.fullmatch(word)
    return not patient and (is_rep(rules, text, end) or is_colleague(rules, text, cue.end(), end))


def named_as_company(rules: NameRules, text: str, name: str) -> bool:
    """Whether a capitalised name is a company's somewhere in the message: after "vendor" or
    "manufacturer" ("return to vendor: Delta Breeze RMA") or before a company's team ("Mr. Park
    from Delta Breeze QA", "from Delta Breeze accounting")."""
    if not all(w[:1].isupper() and not w.isupper() for w in name.split()):
        return False
    if _maker_in_goods_talk(rules, text, name):
        return True  # "serial 5TJ3X64QF69 (Delta Breeze tilt kit)"
    return word_around(
        rules.company_before, rules.company_before_reach, rules.company_team_after, text, name
    )


def _maker_in_goods_talk(rules: NameRules, text: str, name: str) -> bool:
    """Two dictionary words, the second no common surname, in a message about a maker's goods
    (content's company_talk_words) that names no patient: "Delta Breeze shipped the seat pan"."""
    words = [bare_word(word) for word in name.split()]
    if len(words) != 2 or not all(word in rules.english for word in words):
        return False
    if words[1] in rules.common_surnames or rules.patient_word.search(text):
        return False
    lowered = text.lower()
    talk = set(re.findall(r"[a-z]+", lowered))
    return any(word in talk or (" " in word and word in lowered) for word in rules.company_talk)


def _company_named(rules: NameRules, text: str, end: int) -> bool:
    """Whether one to three more capitalised words after `end` hold a company's word, as a
    company's name does ("Eklutna| Mobility Parts", "Kincaid| Point Home Medical")."""
    run = re.match(r"(?: [A-Z][\w&'-]*){1,3}", text[end : end + 50])
    return run is not None and any(bare_word(w) in rules.company_words for w in run.group().split())


def _residence(rules: NameRules, text: str, start: int) -> bool:
    """Whether the place named from `start` is one where patients live ("Maple Grove Manor",
    "the manor", "Sunrise Senior Living"): a residence word and no other company word in it
    ("Kincaid Home Medical" is a supplier). A titled person there is a resident unless the
    message then gives a staff role ("Mrs. Jones at Maple Grove Manor needs the walker"; "Ms.
    Bishop at the SNF is the DON")."""
    run = re.match(r"[\w&'-]+(?: [A-Z][\w&'-]*){0,3}", text[start : start + 60])
    words = {bare_word(w) for w in run.group().split()} if run else set()
    return bool(words & rules.residences) and not words & (rules.company_words - rules.residences)


def _town(rules: NameRules, text: str, word: str, end: int, titled: bool) -> bool:
    """Whether "from <word> <state>" names the person's town, not a company with its state
    ("Sandra Kim from Carecentrix FL called back"): after a title, a listed place, a ZIP after
    the state, or a message about the patient or a patient's case ("Dana Ruiz from Fresno CA
    needs the POD signed")."""
    place = bare_word(word) in rules.place_names | rules.place_words
    first_of_two = bare_word(word) in rules.place_words
    second = re.match(r" [A-Z][\w'-]+", text[end:]) if first_of_two else None
    state = STATE_AFTER.match(text, end + (second.end() if second else 0))  # "Fort Myers FL"
    if state is None:
        return False
    zip_code = re.match(r",? \d{5}\b", text[state.end() :])
    patient = bool(_PATIENT_SAID.match(text, state.end())) or item_or_family_said(rules, text)
    return titled or place or bool(zip_code) or patient


def item_or_family_said(rules: NameRules, text: str) -> bool:
    """Whether the message speaks of a patient's case: an item, its paperwork or outcome, or a
    relative ("called about her walker", "needs the POD signed", "her daughter called")."""
    words = {bare_word(w) for w in re.findall(r"[^\W\d_][\w'-]*", text)}
    return bool(words & (rules.item_nouns | rules.item_case_words | rules.family_words))


# "..., the patient", "... is the pt": the person named before is the patient.
_PATIENT_SAID = re.compile(
    r"[\s,;:(-]*(?:(?:is|was) )?(?:the|our|a|my) (?:pt|patient|resident|beneficiary|member)\b",
    re.IGNORECASE,
)


def staff_notice(rules: NameRules, text: str) -> bool:
    """A message about the team's own hours, with no patient's word: an out-of-office reply, an
    on-call rotation ("Out of office: Nwosu, Priscilla (AR) returns 4/7")."""
    return rules.staff_notice.match(text) is not None and not rules.patient_word.search(text)


# An office's phone extension a few words after a name on its line: a staff directory's entry
# ("Napier, Kyle - Intake - x107", "Dana Ruiz (billing) ext. 214").
_EXTENSION_AFTER = re.compile(r"[^\n\d]{0,12}?(?<![\w])(?:x|ext\.?|extension) ?\d{2,5}\b", re.I)
# The mailbox after a display name in a mail header: "<ann@...>", "[mailto:ann@...]".
_MAILBOX_AFTER = re.compile(r"\"?(?: [A-Z]{2,5})? ?(?:<|\[mailto:)([^<>@\s]+)@([^<>\s\]]+)[>\]]")


# A job set off by commas right after a name, as an apposition: "Gary Lindahl, owner, approved
# ...", "Dana Ruiz, our billing lead, says ..."; the job alone between the commas.
_APPOSITION = re.compile(r", (?:(?:our|the|my) )?(?:new )?([^\W\d_][^,.;:!?()\n]{1,40}?)(?:,| -|$)")


def role_apposition(rules: NameRules, text: str, end: int) -> bool:
    """A staff job between commas right after a name (`_APPOSITION`), in a message with no
    patient's word."""
    found = _APPOSITION.match(text, end)
    words = found.group(1).split() if found else []
    # The job is the last words, after up to three of its team's ("the tribal health benefits
    # coordinator"): try each tail, as a regex's lazy repeat would stop at the first.
    job = any(rules.staff_role.fullmatch(" ".join(words[n:])) for n in range(min(4, len(words))))
    # "Ms. Thao, the county Hmong interpreter,": a job named only before a name, after "the"
    if not job and found is not None and found.group().startswith((", the ", ", our ")):
        job = bool(rules.staff_job_before.search(found.group(1)))
    return job and not rules.patient_word.search(text)


def is_colleague(rules: NameRules, text: str, start: int, end: int) -> bool:
    """A colleague named in team talk: "ask Maria Lopez in billing", "cc Tom Becker", "@Luis
    Ortega", "Karen Whitfield is out today"; not "ask Maria Lopez's daughter"."""
    party = _PARTY.sub("", text.lower())  # "responsible party" is no celebration
    if (
        celebrates_undated(rules.celebration_words, party)
        and not rules.patient_word.search(text)
        and not AGE.search(party)  # "card going around for her family, a customer 22 yrs"
    ):
        return True  # "lunch with Kevin Lee today", "Amanda Clark's birthday is Friday, cake at 3"
    if re.match(r"'s\b", text[end : end + 2], re.IGNORECASE) or text[:end].lower().endswith("'s"):
        # "landlord Joe Avila's office": a job right before, whatever is his; else a colleague's
        # word owns nothing ("ask Maria Lopez's daughter" is about the daughter)
        return bool(rules.staff_job_before.search(text, max(0, start - 30), start))
    owned = re.match(r" (?:his|her|their) ([\w-]+)", text[end : end + 30])
    if owned and bare_word(owned.group(1)) in rules.item_nouns | rules.item_case_words:
        return False  # "tell Cyprian Wojtaszek his chair is ready": the item's owner
    before = text[max(0, start - 30) : start]
    if rules.team_greeting.search(before) and rules.greeted_colleague.match(text, end):
        return True  # "Hi team, Kendra Osei will run the 10am huddle"; not "... called about"
    if _GREETING.search(before) and re.match(r"\s*(?:[,!?:]|$)", text[end:]):
        return True  # "Hey Maria Santos, got a sec?", "Good morning Jessica Park!"
    # "From: Ann Lee <ann@...>", 'From: "Dana Kearsley" <dkearsley@...>'
    mailbox = _MAILBOX_AFTER.match(text[end : end + 60])
    return (
        before.endswith("@")
        or staff_notice(rules, text)
        # "Delphine Arkwright (she/her) · Intake Coordinator": a display name's pronouns, then
        # a separator or the line's end ("Sam Ortega (he/him) wants ..." may be a patient)
        or bool(_DISPLAY_NAME_END.match(text, end) and not rules.patient_word.search(text))
        or _vendor_contact(rules, text, before)
        or bool(mailbox and business_domain(mailbox.group(2), rules.mail_domain_words))
        or bool(mailbox and work_mailbox(rules, mailbox.group(1), mailbox.group(2), text))
        or _colleague_before(rules, text, before, start)
        or bool(rules.colleague_after.match(text, end))
        # "Lorena Chavez (Taos store) says ...", not "pt Lorena Chavez (Taos store)"
        or bool(rules.staff_workplace.match(text, end) and not rules.patient_word.search(before))
        or role_apposition(rules, text, end)  # "Gary Lindahl, owner, approved the write-off"
        # A signature: "--\nRenata Holloway | Billing | Tri-County Home Medical"
        or bool(re.search(r"(?:^|\s)(?:--|\u2014|__)\s*$", before))
        or _signature_line(rules, text[end : end + 65])
        or job_after(rules, text[end : end + 60])  # "Tou Vue-Lor · interpreter (staff) · Mon"
        # "our driver Luis Alvarado", "tech Marco Vitale"; "Denise Walsh, our compliance officer"
        or bool(rules.staff_before.search(before) or rules.staff_job_before.search(before))
        or bool(rules.staff_head_before.search(text, max(0, start - 60), start))
        or bool(rules.staff.match(text, end))
        or staff_aside(
            rules.staff_role, rules.patient_word, text, end
        )  # "Nacho Quintana (driver) delivered the order"
        or _rep_of_company(rules, text[max(0, start - 50) : start])  # "rep from Pride, Lucius"
        # "Dana Reyes, Nebraska Total Care": a company after her name; not after a patient's
        # word ("pt Alvina Ortega, Nebraska Total Care member # ...": her plan)
        or (
            signature_below(rules.staff_role, rules.company_words, text[end : end + 65])
            and not rules.patient_word.search(before)
        )
        or said_to_be_staff(rules.staff_role, text[end : end + 70])
        or (does_deliveries(text, end) and not rules.patient_word.search(before))
        or (
            not rules.patient_word.search(text)
            and handed_to_colleague(rules.colleague_after, text, start)
        )
    )


def _colleague_before(rules: NameRules, text: str, before: str, start: int) -> bool:
    """A colleague's word right before the name ("ask", "cc", "my wife"); the writer's "my" does
    not count inside a quotation, where it is the quoted customer's ('"my mother Goldie ...')."""
    found = rules.colleague_before.search(before)
    if found is None:
        return False
    quoted = text.count('"', 0, start) % 2 == 1
    return not (quoted and found.group().lower().startswith(("my ", "our ")))


# A form's or a log's contact field, in a record about a vendor: "Vendor: Clearwater Mobility
# Parts / Contact: Rufus Ojukwu", "Workflow: Vendor callback / Caller: Dana Kearsley".
_CONTACT_LABEL = re.compile(r"\b(?:contact|caller|rep|sales rep|account rep) ?: ?$", re.IGNORECASE)
_VENDOR_RECORD = re.compile(r"\b(?:vendors?|suppliers?|manufacturers?|distributors?)\b", re.I)


def _vendor_contact(rules: NameRules, text: str, before: str) -> bool:
    """A name in a vendor's record's contact field, with no patient's word in the record."""
    return bool(
        _CONTACT_LABEL.search(before)
        and _VENDOR_RECORD.search(text)
        and not rules.patient_word.search(text)
    )


_FROM_COMPANY = re.compile(r"\b(?i:from|at|with) (?:the )?[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2}, ?$")


def _rep_of_company(rules: NameRules, before: str) -> bool:
    found = _FROM_COMPANY.search(before)  # a job's word, then "from Pride, " before a name
    return bool(found and at_end(rules.staff_role.pattern).search(before[: found.start()]))


_PARTY = re.compile(r"\b(?:responsible|third|3rd|other|any|liable)[ -]party\b")
_GREETING = re.compile(
    r"\b(?:hi|hey|hello|morning|good (?:morning|afternoon)|welcome|congrats|yo)[\s,!]*$",
    re.IGNORECASE,
)
_DISPLAY_NAME_END = re.compile(PRONOUNS.pattern + r"[ \t]*(?:[.\u00b7|\u2022]|\n|$|[ \t]{2})")


def _signature_line(rules: NameRules, after: str) -> bool:
    """A job or a company between the bars after a name: " | Billing | Tri-County Home ..."."""
    cell = re.match(r" ?\| ?([^|\n\d]{2,60})(?=\||$|\d)", after)
    words = set(re.findall(r"[a-z&]+", cell.group(1).lower())) if cell else set()
    if cell and rules.staff_role.search(cell.group(1)):
        return True  # "Amanda Clark | Senior Biller"
    # A clinician's word labelling a number is another field's: "Juan Ortiz | ordering NPI 14..."
    labelled = cell is not None and after[cell.end() : cell.end() + 1].isdigit()
    clinicians = frozenset() if labelled else rules.clinicians
    return bool(words & (rules.company_words | rules.businesses | clinicians))


# A job between dashes, bars or dots right after a name, maybe past a credential, as a signature
# or a directory line has it: "QUINTERO, MARISOL - Billing Lead - ext 4410", "Gunderson, Shawna
# · Intake · Hibbing office" (a middle dot is read as " . "), "Brandt, Anneliese, CHC —
# Compliance".
_JOB_CELL = re.compile(
    r"(?:,? [A-Z]{2,5}(?:-[A-Z]{1,3})?)? *(?:[|\u2014\u2013\u00b7\u2022]|--?|(?<= )\.(?= )) *"
    r"([^|\u2014\u2013\u00b7\u2022\n\d.-]{2,40}?) *(?:[|\u2014\u2013\u00b7\u2022-]| \.|$)"
)


def job_after(rules: NameRules, after: str) -> bool:
    """A staff job or a department in the cell right after a name (see `_JOB_CELL`), or any cell
    then an office phone's extension (`_EXTENSION_AFTER`), with no patient's word; a department
    that serves patients ("intake") only with a business's word on the line ("Gunderson, Shawna
    · Intake · Hibbing office")."""
    cell = _JOB_CELL.match(after)
    if cell and _EXTENSION_AFTER.match(after, cell.end()) and not rules.patient_word.search(after):
        return True  # "Napier, Kyle - Intake - x107": a desk's extension, a directory's entry
    job = cell and (
        rules.staff_role.search(cell.group(1))
        or rules.staff_department.fullmatch(cell.group(1))
        or facing_department_of_business(
            rules.context, cell.group(1), after, rules.businesses, rules.company_words
        )
        or rules.context.staff_cell.search(cell.group(1))  # "interpreter (staff)"
    )
    return bool(job) and not rules.patient_word.search(after)


def employer_after(rules: NameRules, after: str) -> bool:
    """A company's name right after a full name, as an e-mail signature's next line has it
    ("Nathaniel Brooks / Buckeye Mobility"): capitalised words ending in a company word, also
    past the team's name ("Rosa Ybarra, Intake, Smoky Hill Home Medical, ...")."""
    run = re.match(
        r",? (?:((?:[A-Z][\w&'/-]* ?){1,3}), )?((?:[A-Z][\w&'-]* ){0,3}[A-Z][\w&'-]*)", after
    )
    team = run.group(1) if run else None
    if run is None or (team and rules.context.about_patient.search(team)):
        return False  # not "Mary Jones, Medicare, ...": a patient's word is no team's
    return bare_word(run.group(2).split()[-1]) in rules.company_words


def is_clinician(rules: NameRules, word: str) -> bool:
    """ "MD", "NP", "PA-C", "FNP-BC", "physician", "Dr."."""
    bare = word.strip("().,:").lower()
    return bare in rules.clinicians or bare.split("-")[0] in rules.clinicians


def clinician_near(rules: NameRules, text: str, start: int, end: int) -> bool:
    """A title or credential right before `start` or right after `end`: "Dr. Smith, John",
    "Physician: Smith, John", "Hill, Thomas MD", "Sarah Lee (NP)", "John Smith, ordering"."""
    window = max(0, start - 30)
    words_before = list(re.finditer(r"[^\W\d_][\w-]*", text[window:start]))
    before = [word.group() for word in words_before]
    gap = text[window + words_before[-1].end() : start] if words_before else ""
    if "|" in gap or ";" in gap or ("\n" in gap and ":" not in gap):
        before = []  # another field's word: "Lionel Baptiste RN | Marta Quill 609-..." (a patient)
    if before and before[-1].lower() in PARTICLES:
        # "DR. DE LA VEGA, RAFAEL": a title with its dot before the surname's particles ("PT: DE
        # LA ROSA" is the patient)
        while before and before[-1].lower() in PARTICLES:
            before.pop()
        dotted = before and re.search(re.escape(before[-1]) + r"\. [^.]*$", text[:start])
        before = before[-1:] if dotted else []
    # not a number's label: "pt Dale Brandt PA# 9335708196" is a prior authorization's
    after = re.match(r"[\s,(]{1,3}([^\W\d_][\w-]*)(?! ?#)", text[end : end + 25])
    # Or a credential in capitals past a third name word in the name's case: "Beth Ann Lowe FNP",
    # "mary jo hale, np"; not a payer in brackets ("Juanita Cuzco Guamán (Medica)").
    third = re.match(r" ([^\W\d_][\w'-]*),? ([^\W\d_][\w-]*)", text[end : end + 40])
    name_case = case_of(text[start:end].split()[0])
    if third and (case_of(third.group(1)) != name_case or not third.group(2).isupper()):
        third = None if name_case != "lower" or not third.group(2).islower() else third
    # "what do I do, Linda Williams got CO-50", "re: Agnes Pemberton, do we have the POD?":
    # "do" in lower case is the verb, not a D.O.
    # Or two words before, past a middle name: "bác sĩ Trần Văn Phúc", "Dr. Mary Ann Smith".
    # Not past a label's colon: "From: Lakewood Family Med Re: YBARRA, CARMEN" is a subject's.
    titled = before[-2:-1] if len(before) > 1 and before[-1].istitle() and ":" not in gap else []
    near = titled + before[-1:] + ([after.group(1)] if after else [])
    near += [third.group(2)] if third else []
    words = [w for w in near if w not in ("do", "Do")]
    # A role a few words before ("ordering provider on the claim is Yang, Lillian") or an NPI
    # just after ("Yang, Lillian, NPI 1457382910"), not past another field's bar or semicolon
    # ("for Juan Ortiz | ordering NPI 1497758544": the doctor's NPI beside the patient's name).
    roles = re.findall(r"[a-z]+", text[max(0, start - 45) : start].lower())[-6:]
    npi = re.match(r"[^|;\n]*\bnpi\b", text[end : end + 15], re.IGNORECASE)
    return (
        any(is_clinician(rules, word) for word in words)
        or bool(set(roles) & rules.clinician_roles)
        or bool(npi)
    )


def place_after(rules: NameRules, tokens: list[re.Match[str]]) -> bool:
    """Whether a place's word follows a name ending in a street's word: "Young Street branch",
    "Elm Street office"; not "Della Street called" nor "Jordan Lane account is past due"."""
    return bool(tokens) and bare_word(tokens[0].group()) in rules.street_place_after


def after_place_word(rules: NameRules, tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the capitalised words before token `i` start with a place's word ("Mount Carmel
    East", "St. Joseph Mercy Chelsea"), or the next one is a place's last word ("Moses Lake")."""
    if workplace_opening(rules, tokens[i]):
        return True
    after = tokens[i + 1].group() if i + 1 < len(tokens) else ""
    capitals = after.isupper() and tokens[i].group().isupper()  # "THE LAUREL RIDGE DELIVERY"
    if (after.istitle() or capitals) and after.lower() in rules.place_ends:
        return True
    while (
        i > 0
        and tokens[i - 1].group()[:1].isupper()
        and tokens[i - 1].end() + 2 > tokens[i].start()
    ):
        i -= 1
        if tokens[i].group().rstrip(".").lower() in rules.place_words:
            return True
    return False


def word_after_name(rules: NameRules, tokens: list[re.Match[str]], k: int) -> str:
    """The word after a name, or past an institution's acronym its company word: "Ronald Reagan
    UCLA Medical Center" is a place named for a person, as "Robert J. Dole VAMC" is."""
    word, following = bare_word(tokens[k].group()), tokens[k + 1 : k + 2]
    if tokens[k].group().isupper() and 2 <= len(word) <= 6 and following:
        joined = following[0].start() == tokens[k].end() + 1 and following[0].group().istitle()
        if joined and bare_word(following[0].group()) in rules.company_words:
            return bare_word(following[0].group())
    return word
