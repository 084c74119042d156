"""E-mail addresses for the PHI guard (flows/phi_contact.py, flows/phi_name_roles.py): their
shapes, typed or spelled out, and whose one is: a workplace's mailbox names a colleague or a rep,
a mail provider's a person at home."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flows.phi_name_lists import NameRules

# Each alternative starts at the start of a word: without that, a long run of letters with no
# "@" is retried from every position (seconds for one pasted page of text).
EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    # Spelled out to dodge filters: "mjones (at) gmail (dot) com", "mjones at gmail dot com".
    r"|(?<![\w.+-])[\w.+-]+ ?(?:\(at\)|\[at\]|\{at\}) ?[\w-]+(?:\.[\w-]+)+"  # "jo[at]aol.com"
    r"|(?<![\w.+-])[\w.+-]+ ?(?:\(at\)|\[at\]|\{at\}| at ) ?[\w-]+"
    r"(?: ?(?:\(dot\)|\[dot\]|\{dot\}|\(\.\)|\[\.\]| dot ) ?[\w-]+)*?"  # "yahoo dot co dot uk"
    r" ?(?:\(dot\)|\[dot\]|\{dot\}|\(\.\)|\[\.\]| dot ) ?"
    r"(?:com|net|org|edu|uk|ca|de|fr|es|mx|me|io|us|info|biz)\b"  # "proton dot me"
    # "mjones @ aol . com", "mjones at gmail.com" (a mail provider: "list at cms.gov" is not one)
    r"|(?<![\w.+-])[\w.+-]+ ?@ ?[\w-]+ ?\. ?(?:com|net|org|edu|gov|us|info|biz)\b"
    r"|(?<![\w.+-])[\w.+-]+ at (?:gmail|yahoo|aol|hotmail|outlook|comcast|att|icloud|msn|live"
    r"|verizon|sbcglobal|bellsouth|charter|cox|earthlink|me|mac|protonmail|ymail|rocketmail)"
    r" ?\. ?(?:com|net)\b|(?<![\w.+-])[\w.+-]+ at proton ?\. ?me\b"
    r"|(?<![\w.+-])[\w.+-]+ at example ?\. ?(?:com|net|org)\b"  # the stand-in for them
    # No ".com" after an "@", or after a mailbox a digit or a dot marks: "hquist40 at gmail".
    # The mailbox is bounded (63 characters, a mailbox's most) so a long pasted token is not
    # tried at every split; a sentence's full stop may end it ("hquist40 at gmail.").
    r"|(?<![\w.+-])(?:[^\W\d_][\w+-]{0,63}[\d._][\w.+-]{0,63} ?(?:\(at\)|\[at\]| at ) ?"
    r"|[\w.+-]{1,64} ?@ ?)"
    r"(?:gmail|yahoo|aol|hotmail|outlook|icloud|comcast|msn|verizon|sbcglobal|bellsouth"
    r"|earthlink|protonmail|ymail|rocketmail)(?![\w@-]|\.\w)",
    re.IGNORECASE,
)
_ADDRESS = re.compile(r"([\w.+'-]+)@([\w-]+(?:\.[\w-]+)+)")


def _labels(domain: str) -> list[str]:
    """The domain's labels less its top-level one ("mail.example" gives "mail")."""
    labels = re.split(r" ?(?:\.|\(dot\)|\[dot\]|\{dot\}| dot ) ?", domain.strip().lower())
    return [label.strip() for label in labels if label.strip()][:-1]


def personal_domain(domain: str, providers: frozenset[str]) -> bool:
    """A mail provider's or an ISP's domain, or a stand-in for one ("gmail.com", "comcast.net",
    "example.com"): anyone's address, a patient's as often as not."""
    return bool(set(_labels(domain)) & providers)


def work_mailbox(rules: NameRules, local: str, domain: str, text: str) -> bool:
    """A mailbox the message shows to be a workplace's, on a domain no mail provider's: one of
    two mailboxes or more on that domain in the message ("rsolberg@..., kampah@..."), or a
    domain named for a supplier's or a clinic's trade (`mail_domain_endings`:
    "dcombs@redbudhollowhm.example", "jprofitt@hazardpt.example"). The mailbox's shape says
    nothing: "dcombs@mchsi.com" is a patient's at a small ISP as often as not."""
    if personal_domain(domain, rules.mail_providers):
        return False
    labels = _labels(domain)
    if labels and labels[-1].endswith(rules.mail_domain_endings):
        return True
    domain = domain.lower()
    mailboxes = {
        found.group(1).lower()
        for found in _ADDRESS.finditer(text)
        if found.group(2).lower() == domain
    }
    return len(mailboxes) > 1


# An e-mail's header lines, as a forwarded or quoted mail shows them: "From: ...", "> To: ...".
_HEADER_LINE = re.compile(
    r"^[ \t>*]*(from|to|cc|bcc|sent|date|subject|reply-to)[ \t]*:", re.I | re.M
)
# A correspondent's line: the label, then a display name with no digits, and maybe its address.
_PERSON_LINE = re.compile(
    r"^([ \t>*]*(?i:from|to|cc|bcc|reply-to)[ \t]*:[ \t]*)\"?"
    r"((?:[A-Z][a-z'-]+ (?:[A-Z]\.? )?){1,2}[A-Z][a-z'-]+(?: [A-Z]{2,5})?)\"?"
    r"[ \t]*(?=(?:<|\[mailto:)[^\n]*$|$)",
    re.M,
)
_DATE_LINE = re.compile(r"^[ \t>*]*(?i:sent|date)[ \t]*:([^\n]*)", re.M)
# A quoted reply's attribution: "On Tue, Kyle Napier wrote:", "> On Nov 4, Brenda Sizemore wrote:".
_WROTE = re.compile(
    r"\bOn [^\n]{1,40}?, ((?:[A-Z][\w'-]*\.? ){1,3}[A-Z][\w'-]*)[ \t]*(?:<[^<>\n]*>)?[ \t]*wrote:"
)


def without_correspondents(rules: NameRules, text: str) -> str:
    """`text` without the names of a mail's writer and readers: on the header lines of a mail
    (two labels or more: "From:", "To:", "Sent:", "Subject:"), a name alone or with an address
    on an organisation's domain, and a quoted reply's writer ("On Tue, Kyle Napier wrote:");
    not one with a mail provider's address ("From: Ozzie Maggard <ozziemaggard@example.org>":
    anyone's) nor one on a line with a patient's word ("To: pt Mary Jones")."""
    if ":" not in text:
        return text
    labels = {found.group(1).lower() for found in _HEADER_LINE.finditer(text)}
    spans = []
    if len(labels) > 1:
        for line in _PERSON_LINE.finditer(text):
            rest = text[line.end(2) : text.find("\n", line.end(2)) % (len(text) + 1)]
            address = _ADDRESS.search(rest)
            if address and personal_domain(address.group(2), rules.mail_providers):
                continue
            if rules.patient_word.search(line.group(2)):
                continue
            if not address and rules.context.about_patient.search(text):
                continue  # "From: Misty Ritchie ... his medicare card got washed": family's mail
            spans.append(line.span(2))
        # the mail's own date ("Date: Thu", "Sent: Monday 9:02 AM"): "Thu" is no given name
        spans += [line.span(1) for line in _DATE_LINE.finditer(text)]
    for wrote in _WROTE.finditer(text):
        address = _ADDRESS.search(wrote.group())
        if not (address and personal_domain(address.group(2), rules.mail_providers)):
            spans.append(wrote.span(1))
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    return text


def business_domain(domain: str, words: Iterable[str]) -> bool:
    """A company's or an agency's mail domain ("ourdme.com", "medline.com", "cms.hhs.gov"), not
    a mail provider's ("gmail.com", "web.de", "hawaii.rr.com")."""
    parts = re.split(r" ?(?:\.|\(dot\)|\[dot\]|\{dot\}| dot ) ?", domain.strip().lower())
    name = "".join(parts[:-1])
    return parts[-1] == "gov" or any(word in name for word in words)
