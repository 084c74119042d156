"""The last reading of the PHI guard's findings: messages about the office's own running, not a
patient's case, whose names, phones and addresses are the team's or a business's. A message that
denies every patient word it holds ("Gail Runnels is not the patient, she's our new biller"); one
about the office itself with no patient word ("Mr. Hruska fixed the loading dock door", "Annika at
the Houghton store needs the credit memo for PO 799637"); a business's own phone or address named
by its trade ("Pelto Funeral Home ... (989) 555-0108"). The words are content's
(content/rules/phi.yaml, `office_talk`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from flows.phi_case_said import PERSON_PRONOUN
from flows.phi_context import denied_cue
from flows.phi_rules import Rules
from flows.phi_shapes import STREET_WORD
from flows.phi_team import AGE_OR_BIRTH
from flows.phi_ticket_holders import (
    holds_an_item,
    title_or_age_near,
    without_colleagues_at_work,
)

_CONTACT_VALUES = frozenset({"phone", "address"})
# A denial right before a patient word: "is not the patient", "isn't our pt", "no pt involved".
_DENIED = re.compile(r"\b(?:not|isn't|isnt|never|no)(?: (?:an?|the|our|your|his|her))? $", re.I)


@functools.lru_cache(maxsize=4)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    found = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{found})(?![\w-])", re.IGNORECASE)


def _about_patient(rules: Rules, text: str) -> bool:
    """A patient's word ("pt", "walker", "Medicare", "fitting") anywhere in the message."""
    names = rules.names
    return bool(names.patient_word.search(text) or names.context.about_patient.search(text))


def _every_patient_word_denied(rules: Rules, text: str) -> bool:
    """Every patient word is denied ("is not the patient", "(not a pt)"), and none says a
    former patient ("not a pt anymore" is still one)."""
    cues = [cue.start() for cue in rules.cue["name"].finditer(text)]
    if not cues or any(word in text.lower() for word in rules.file.former_patient_words):
        return False
    if denied_cue(rules, "name", text):
        return True  # "Brenda's mom Lorraine (not a pt) is recovering"
    if rules.cue["relative"].search(text):
        return False  # "ms Melancon's son Darnell is the one to call, NOT the pt": her family's
    return all(_DENIED.search(text, max(0, at - 16), at) for at in cues)


# A patient's word owning the value: "not the patient's home", "not the pt's cell".
_POSSESSED = re.compile(r"'s?\b|s'")


def _office_value_not_patient(rules: Rules, text: str) -> bool:
    """Every patient word denied, none owning anything, and the value said to be the office's or
    a payer's ("... that's our own billing address, not a patient"), with no title, person's
    pronoun, home or other person on the case in the message."""
    if not _every_patient_word_denied(rules, text) or rules.names.titles.search(text):
        return False
    if any(_POSSESSED.match(text, cue.end()) for cue in rules.cue["name"].finditer(text)):
        return False
    words = rules.file.office_talk
    if PERSON_PRONOUN.search(text) or _any_of(tuple(words.own_value_not_with)).search(text):
        return False  # "he is not a patient of ours, lives at 7 Cedar Ln"
    return bool(_any_of(tuple(words.own_value_words)).search(text))


def _business_named(rules: Rules, text: str) -> bool:
    """A business named by its trade: capitalised words, one of them a trade's ("Pelto Funeral
    Home", "Koski Plumbing & Heating", "LaFave's Garage"); not a street or a park's name."""
    trades = _any_of(tuple(rules.file.office_talk.business_trades))
    for run in re.finditer(r"(?:[A-Z][\w'-]* (?:& )?)+[A-Z][\w'-]*", text):
        words = run.group().split()
        if STREET_WORD.fullmatch(words[-1].rstrip(".")):
            continue  # "12 Old Church Rd": a street named for a trade
        if any(trades.fullmatch(word) for word in words[1:]):
            return True
    return False


def _at_business(rules: Rules, text: str) -> bool:
    """Someone placed at a business by its trade ("Mr. Ferrante at the bank", "Mrs. Yarrow at
    the corner grocery"): a contact of the office's, not a patient's case."""
    return bool(_at_trade(tuple(rules.file.office_talk.business_trades)).search(text))


@functools.lru_cache(maxsize=4)
def _at_trade(trades: tuple[str, ...]) -> re.Pattern[str]:
    found = "|".join(re.escape(w) for w in trades)
    return re.compile(rf"\bat (?:the |our |a )?(?:[\w'-]+ )?(?:{found})(?![\w-])", re.IGNORECASE)


def _rep_at_firm(rules: Rules, text: str) -> bool:
    """The one titled person in a message with no patient's cue is a firm's representative
    acting for it ("Mr. Svoboda at Prairie Wind approved the warranty claim", "Ms. Reyes at
    Premera provider relations says ...", "Mrs. Lam at the Greeneville clinic front desk says");
    not someone at a place where people live ("Mrs. Lund at Sunrise Manor says ..."), nor one
    speaking of her own things ("her chair squeaks")."""
    titled = list(rules.names.titles.finditer(text))
    if len(titled) != 1 or rules.cue["name"].search(text):
        return False
    own = rules.names.case_pronouns - {"their"}  # "their site" is the firm's
    if any(word in own for word in re.findall(r"[a-z']+", text.lower())):
        return False  # "Mrs. Lund at Prairie Wind says her chair squeaks": her own case
    words = rules.file.office_talk
    found = _rep_pattern(tuple(words.rep_verbs)).match(text, titled[0].end())
    return found is not None and not _any_of(tuple(words.residence_words)).search(found.group(1))


@functools.lru_cache(maxsize=4)
def _rep_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    acts = "|".join(re.escape(v) for v in verbs)
    return re.compile(
        r"[A-Z][\w'-]+ (?:at|from|with) (?:the |our )?((?:[A-Z][\w&'.-]* ?){1,4}(?:[a-z]+ ){0,3}?)"
        rf"(?:{acts})\b"
    )


_MAIL_HEADER = re.compile(r"^[> ]*(?:from|to|cc|sent):", re.IGNORECASE | re.MULTILINE)
_SUBJECT = re.compile(r"\bsubj(?:ect)?: ?([^\n]*)", re.IGNORECASE)
# Who writes as themself or to the reader: a patient's or a family's mail ("my bill").
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|me|my|your|y'all)\b", re.IGNORECASE)


def _team_mail(rules: Rules, text: str) -> bool:
    """A mail's header whose subject is the team's work ("Subject: JB NOC denials - Q1
    summary", "Subject: RMA for the cracked armrest"), with no one writing about themself, no
    relative and no titled name in it: the people in its header are colleagues and reps."""
    subject = _SUBJECT.search(text)
    if subject is None or not _MAIL_HEADER.search(text):
        return False
    work = _any_of(tuple(rules.file.office_talk.mail_subject_words)).search(subject.group(1))
    return bool(work) and not (
        _FIRST_PERSON.search(text)
        or rules.cue["relative"].search(text)
        or rules.names.titles.search(text)
    )


# A date right after a name reads as the patient's date of service ("Harold Kim, 11/02/2025"):
# a colleague's name beside a date stays refused (tests/flows/test_phi_dated_notes_and_npis.py).
_DATED = re.compile(
    r"(?:\b[A-Z][a-z'-]+,? ?|[^\W\d_], )(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d\d-\d\d|\d{8}\b"
    r"|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[A-Za-z]*\.? \d)"
)


# A capitalised full name right before a colleague's question ("Rochelle Abney asked whether"),
# not another asker ("the collections agency wants to know if Hubert Mensah's balance ...").
_FULL_NAME_BEFORE = re.compile(r"(?<![\w'-])[A-Z][\w'-]+ [A-Z][\w'-]+$")
# The asker's own case in their question ("asked: can I pay in installments?", "asked whether
# they can get a loaner", "asked whether the concentrator is theirs to keep").
_ASKERS_OWN = re.compile(r"\b(?:i|me|my|mine|they|them|their|theirs)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _acts_after_word(acts: tuple[str, ...]) -> re.Pattern[str]:
    found = "|".join(re.escape(a) for a in sorted(acts, key=len, reverse=True))
    return re.compile(rf"(?<=[^\W\d_])(?: |(?='))(?:{found})(?![\w-])", re.IGNORECASE)


# No one's work but an open question's: "I'll take it if no one else has it", "is anyone on it?"
_NO_ONE = re.compile(
    r"\b(?:no[ -]?one|nobody|any(?:one|body)|some(?:one|body)|every(?:one|body))(?: else)?$",
    re.IGNORECASE,
)


# Whose a case is, asked of the team: "Harlan Feuerstein ... who has this one?" (not "who is the
# contact? Desmond Fairweather?", a colleague asked for).
_WHO = re.compile(r"\bwho(?:ever)?$", re.IGNORECASE)


# Where a colleague's question ends: "... from Dr. Hale; hospice since May", "... - deceased".
_QUESTION_END = re.compile(r"[;—–]|\s-\s|[.?!]\s")


def _status_after(rules: Rules, text: str, start: int) -> bool:
    """Whether a patient's status ("hospice since", "deceased") is said after the colleague's
    question from `start` ends; inside it ("asked whether hospice as of the election date
    needs GW") it is the question's subject."""
    end = _QUESTION_END.search(text, start)
    words = _any_of(tuple(rules.file.office_talk.case_status_words))
    return end is not None and bool(words.search(text, end.start()))


def _colleague_at_work(rules: Rules, text: str) -> bool:
    """A colleague's work said right after their name ("Dana Whitcomb has it", "Luz Ocasio is
    out Thursday", "Sabitra Khadka needs access to the portal"), in a message with no title, no
    family word and no age or birth word (the message's patient words are checked before)."""
    words = rules.file.office_talk
    acts = _acts_after_word(tuple(words.colleague_acts))
    said = [
        act
        for act in acts.finditer(text)
        if not holds_an_item(rules, text, act.end())
        and not _NO_ONE.search(text, 0, act.start())
        and not (_WHO.search(text, 0, act.start()) and act.group().lower().startswith(" has"))
    ]
    asks = _acts_after_word(tuple(words.colleague_questions))
    said += [
        ask
        for ask in asks.finditer(text)
        if _FULL_NAME_BEFORE.search(text, max(0, ask.start() - 60), ask.start())
        and not PERSON_PRONOUN.search(text, ask.end())
        and not _ASKERS_OWN.search(text, ask.end())
        and not AGE_OR_BIRTH.search(text)  # "... asked whether we accept Aetna; 82 yo"
        and not _status_after(rules, text, ask.end())  # "; hospice since May"
    ]
    return (
        bool(said)
        and not rules.cue["relative"].search(text)
        and not any(title_or_age_near(rules, text, act.start()) for act in said)
        and not _DATED.search(text)
    )


# A name opening a message (a surname or a full name), then a telling verb and what it was about:
# "Larson was asking about the remit", "Ngata mentioned the clearinghouse batch".
_TOLD_ABOUT = re.compile(
    r"^[ \t>*_]*[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)? (?:was |is |has been )?"
    r"(?:asking|asked|mentioned|mentioning|said|says|wondering|wondered|working|reworking"
    r"|wants to know|wanted to know|emailed|texted)"
    r"(?: (?:about|on|re|if|whether|why))?(?: (?:the|our|this|that|last week's|today's))?"
    r"((?: [\w-]+){1,3})"
)


def _asks_about_books(rules: Rules, text: str) -> bool:
    """A name opening the message asks or tells about the office's own books ("Larson was asking
    about the remit"), with no title, person's pronoun, relative, age or birth word in it."""
    told = _TOLD_ABOUT.match(text)
    if told is None or rules.names.titles.search(text) or PERSON_PRONOUN.search(text):
        return False
    if rules.cue["relative"].search(text) or AGE_OR_BIRTH.search(text):
        return False
    return bool(_any_of(tuple(rules.file.office_talk.books_words)).search(told.group(1)))


def office_findings(
    rules: Rules, found: set[str], text: str, names: Callable[[str], bool]
) -> set[str]:
    """`found` less what the message shows is the office's or a business's, not a patient's;
    `names` tells whether a message names a person."""
    if found == {"name"} and _every_patient_word_denied(rules, text):
        return set()  # "Gail Runnels is not the patient, she is our new biller"
    if found and found <= _CONTACT_VALUES | {"name"} and _office_value_not_patient(rules, text):
        return set()  # "N3*275 INDUSTRIAL PKWY~N4*...~ that's our own billing address, not a pt"
    if found == {"name"} and _rep_at_firm(rules, text):
        return set()  # "Mr. Svoboda at Prairie Wind approved the warranty claim"
    if not found or not found <= {"name", "email"} | _CONTACT_VALUES or _about_patient(rules, text):
        return found
    words = rules.file.office_talk
    if found == {"name"} and _any_of(tuple(words.office_words)).search(text):
        return set()  # "Mr. Cadotte (Lyle) needs the van keys back"
    if found == {"name"} and _asks_about_books(rules, text):
        return set()  # "Larson was asking about the remit from last week"
    if found == {"name"} and _at_business(rules, text):
        return set()  # "Mr. Ferrante at the bank approved the line of credit"
    away = _any_of(tuple(words.staff_away_words)).search(text)
    if found <= {"name", "email", "phone"} and away and not rules.names.titles.search(text):
        return set()  # "Brenda's out - reach her at brenda.k@example.net if truly urgent"
    if found <= {"name", "email", "phone"} and _colleague_at_work(rules, text):
        rest = without_colleagues_at_work(rules, text)  # each time one name fewer
        if rest == text or not names(rest):  # not "Luz is covering; Ostrowski, Gunnhild 603-..."
            return set()  # "Owen Halloran out sick, Marcy Lindquist covering eligibility"
    if found <= {"name", "email"} and _team_mail(rules, text):
        return set()  # "From: Kaisa Heikkinen <kaisa.h@...>  Subject: JB NOC denials - Q1 summary"
    if found <= _CONTACT_VALUES and _any_of(tuple(words.business_site_words)).search(text):
        return set()  # "Oak Grove Post-Acute, 4248 N California St - deliveries at the back dock"
    if found <= _CONTACT_VALUES and _business_named(rules, text):
        return set()  # "Pelto Funeral Home called - business number (989) 555-0108"
    return found
