"""A chat tool's own lines around a colleague's name, for the PHI guard (flows/phi.py): the header
Slack puts above each message when messages are copied ("Renata Solberg (she/her)  9:42 AM",
"Kofi Ampah  replied to a thread:"), a speaker's name after a chat tool's opening ("[Microsoft
Teams] Marit Lindqvist 8:12 AM", "Google Chat - Dale Pekkala: ..."), Teams' and Zoom's own sender
lines ("[8:12 AM] Marit Lindqvist", "From Dale Pekkala to Everyone"), a meeting invite's attendees
and organiser, and the pronouns a display name carries ("Delphine Arkwright (she/her) · Intake
Coordinator"). These name the team, never a patient."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from flows.phi_mail import without_correspondents

if TYPE_CHECKING:
    from flows.phi_rules import Rules

# A display name's pronouns in brackets, as Slack, Teams and e-mail signatures show them.
PRONOUNS = re.compile(
    r" ?\((?:she|he|they|xe|ze|any)/(?:her|hers|him|his|they|them|theirs|xem|zir|all)\)",
    re.IGNORECASE,
)
_NAME = r"[^\W\d_][\w.'-]*(?:[ \t][^\W\d_][\w.'-]*){0,3}"
_TIME = r"\[?\d{1,2}:\d\d(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?"
# The header line of a copied message: a display name (maybe with pronouns), two spaces, then
# the time alone on the line, or "replied to a thread:". Slack's copy puts two spaces there; one
# space and a time is as often a schedule's line ("Mary Jones 9:30 AM").
_HEADER = re.compile(
    rf"^[ \t>*_]*{_NAME}(?:{PRONOUNS.pattern})?[ \t]{{2,}}"
    rf"(?:{_TIME}[ \t]*(?=\n[ \t]*\S)|(?=replied to a thread:))",
    re.MULTILINE | re.IGNORECASE,
)
_AFTER_COLON = re.compile(r":[ \t]*\n[ \t]*\Z")
_TIMED_LINE = re.compile(rf"[ \t>*_]*{_NAME}(?:{PRONOUNS.pattern})?[ \t]+{_TIME}", re.IGNORECASE)


# A speaker's display name after a chat tool's opening ("[Microsoft Teams] Marit Lindqvist 8:12
# AM", "Teams meeting chat (Billing sync): Dale Pekkala: ..."): the name, then a colon or the
# time ending the line.
_SPEAKER = re.compile(
    rf"{_NAME}(?:{PRONOUNS.pattern})?(?:[ \t]*\([^()\n]{{1,20}}\))?"
    rf"(?::[ \t]|[ \t]+{_TIME}[ \t]*(?=\n))",
    re.IGNORECASE,
)
# A chat export's or a call transcript's line: a time stamp in brackets (maybe with its date),
# then the speaker and a colon ("[9:14 AM] Amber Fugate: ...", "[11/04/26, 8:03:11 AM] Hector
# Ixcoy: ...", with the channel before the time in Slack's copy: "[#billing-tul 10:42] LaDonna
# Fixico: ..."), or the speaker, the time into the call and a colon ("Darlene Combs 0:04: okay"),
# in a transcript that starts in the call's first minutes (a schedule's "Mary Jones 9:30: walker"
# is a patient's visit).
_STAMP = r"\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_STAMPED_SPEAKER = re.compile(
    r"(?:^|(?<=: ))[ \t>*_]*\[(?:#[\w-]+[ \t]+)?"
    rf"(?:\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}},?[ \t]*)?{_STAMP}\]"
    rf"[ \t]*({_NAME})(?:[ \t]*\([^()\n]{{1,20}}\))?(?=:[ \t])"
    rf"|^[ \t>*_]*({_NAME})[ \t]+{_STAMP}(?=:[ \t])",
    re.MULTILINE,
)
_CALL_START = re.compile(r"^[ \t>*_]*[^\n]{1,60}?[ \t]0?0:\d\d:[ \t]", re.MULTILINE)
# A meeting invite's people after their label ("attendees: Shawna Gunderson; Anneliese Brandt"):
# names alone, split by semicolons or commas.
_PERSON_LIST = re.compile(rf"{_NAME}(?=[ \t]*(?:[;,]|$| [\u00b7|-] |\n))", re.MULTILINE)
_SEPARATOR = re.compile(r"[ \t]*[;,][ \t]*")
# Teams' copy of a message: the time in brackets, then the sender's name alone on the line
# ("[8:12 AM] Marit Lindqvist"); and Zoom's chat: "From Dale Pekkala to Everyone".
_BRACKETED_TIME_HEADER = re.compile(
    rf"^[ \t>*_]*\[\d{{1,2}}:\d\d(?:[ \t]?[AaPp]\.?[Mm]\.?)?\][ \t]*({_NAME})"
    rf"(?:{PRONOUNS.pattern})?[ \t]*(?=\n[ \t]*[^\s\[])",
    re.MULTILINE | re.IGNORECASE,
)
# A colleague's note opened with the sender's name, a job in brackets and maybe a verb of
# sending, then a colon ("Siaosi (driver) texted: ...", "Mai Xiong (CSR): ...").
_ROLE_SENDER = re.compile(
    rf"[ \t>*_]*{_NAME}[ \t]\(([^()\n]{{1,25}})\)"
    r"(?:[ \t](?:texted|wrote|said|says|messaged|emailed|noted|posted|asked))?:[ \t]"
)
_ZOOM_SENDER = re.compile(rf"\b[Ff]rom ({_NAME}) to (?:[Ee]veryone|[Aa]ll|[Mm]e)\b")


def without_team_names(text: str, rules: Rules) -> str:
    """`text` without the names a chat tool or a calendar shows of the team: the headers of
    copied chat messages (`without_chat_headers`), a speaker's name after a chat tool's
    opening, and the names listed after a meeting invite's "attendees:" or "organizer:"; the
    speaker and the attendees stay in a message about a patient's case (`about_patient`): a
    telehealth fitting's patient is its speaker or an attendee."""
    text = without_chat_headers(text, rules.chat_header_visit)
    text = without_correspondents(rules.names, text)  # "From: Kyle Napier\nTo: ..."
    # "Teams call with pt: Harold Jenkins: ...", "attendees: Harold Jenkins\nAFO, Medicaid"
    about_patient = rules.names.context.about_patient
    patient = about_patient.search(text)
    opening = rules.chat_tool_opening.match(text)
    speaker = opening and _SPEAKER.match(text, opening.end())
    # the frame decides whose line it is: a claim or a walker in what the colleague wrote is
    # the case they write about, read below like any message; a person's verb right after the
    # colon makes the name its subject ("Harold Jenkins: needs a new walker")
    if (
        speaker
        and not about_patient.search(text, 0, speaker.end())
        and not _names_a_visit(rules, speaker.group())
        and not _subject_of_verb(rules, text, speaker.end())
    ):
        # the tool's frame goes with its speaker, a plain label left in its place: a channel's
        # or a store's name ("#billing-anc", "Teams (Wasilla store)") is no word of the message
        text = "Chat: " + text[speaker.end() :]
    if ":" in text:
        speakers = [*_STAMPED_SPEAKER.finditer(text)]
        if not _CALL_START.search(text):
            speakers = [found for found in speakers if found.group(1)]
        for found in reversed(speakers):
            group = 1 if found.group(1) else 2
            if not _names_a_visit(rules, found.group(group)):
                text = text[: found.start(group)] + text[found.end(group) :]
    if "[" in text or "rom " in text:
        senders = [*_BRACKETED_TIME_HEADER.finditer(text), *_ZOOM_SENDER.finditer(text)]
        for sender in sorted(senders, key=lambda found: found.start(1), reverse=True):
            if not _names_a_visit(rules, sender.group(1)):
                text = text[: sender.start(1)] + text[sender.end(1) :]
    if " " in text:
        text = _without_app_authors(rules, text)
    noted = _ROLE_SENDER.match(text)  # "Siaosi (driver) texted: ...": a colleague's own note
    if noted and rules.names.staff_role.fullmatch(noted.group(1).strip()):
        text = "Chat: " + text[noted.end() :]
    for label in [] if patient else reversed(list(rules.meeting_people.finditer(text))):
        end = label.end()
        while (person := _PERSON_LIST.match(text, end)) and not rules.chat_header_visit.match(
            text, person.start()
        ):
            text = text[: person.start()] + text[person.end() :]
            separator = _SEPARATOR.match(text, person.start())
            end = separator.end() if separator else person.start()
    return text


@lru_cache(maxsize=4)
def _app_author(labels: tuple[str, ...], bracket_labels: tuple[str, ...]) -> re.Pattern[str]:
    """An app's author label and the name after it, up to a colon, a dash or the line's end; or
    a remark's word and its author in brackets before a colon ("comment (Brett Haugland):")."""
    phrases = "|".join(re.escape(label).replace(r"\ ", "[ \t]+") for label in labels)
    remarks = "|".join(map(re.escape, bracket_labels))
    return re.compile(
        rf"\b(?:{phrases})[ \t]+({_NAME})(?=[ \t]*(?::|$|[ \t][-–—|][ \t]|'))"
        rf"|\b(?:{remarks})[ \t]*\(({_NAME})\)(?=:)",
        re.IGNORECASE | re.MULTILINE,
    )


def _without_app_authors(rules: Rules, text: str) -> str:
    """`text` without the colleagues an app names as a line's author ("Google Sheets comment by
    Monique Guidry: ...": `app_author_labels`; "Google Sheet comment (Brett Haugland): ..."),
    unless a patient's case is named before the author ("pt portal upload by Mary Jones")."""
    file = rules.file
    authors = _app_author(tuple(file.app_author_labels), tuple(file.app_author_bracket_labels))
    about_patient = rules.names.context.about_patient
    for author in reversed(list(authors.finditer(text))):
        group = 1 if author.group(1) else 2
        if not about_patient.search(text, 0, author.end(group)) and not _names_a_visit(
            rules, author.group(group)
        ):
            text = text[: author.start(group)] + text[author.end(group) :]
    return text


def _subject_of_verb(rules: Rules, text: str, start: int) -> bool:
    """Whether the words at `start` open with a person's verb ("needs a new walker")."""
    first = re.match(r"[ \t]*([a-z]+)", text[start : start + 20])
    return first is not None and first.group(1) in rules.names.surname_alone_verbs


def _names_a_visit(rules: Rules, name: str) -> bool:
    """A patient's word or a title in what reads as a sender's name ("new pt Yusuf Abdikadir")."""
    words = set(re.findall(r"[a-z]+", name.lower()))
    return bool(words & set(rules.file.chat_header_visit_words))


def without_chat_headers(text: str, visit: re.Pattern[str]) -> str:
    """`text` without the headers of copied chat messages (see `_HEADER`); a run of such lines
    with nothing between is a list of names and times, as a delivery schedule has, and stays; so
    does a line that `visit` matches at its start, a patient's word or a title before the time
    ("Patient Maria Lopez  9:30 AM", "Mr. Delgado  10:15 AM"), and one under "deliveries:"."""
    if "  " not in text:
        return text  # the quick way past every message that is no copied thread
    headers = list(_HEADER.finditer(text))
    if not headers:
        return text
    for header in headers:
        next_line = text.find("\n", header.end()) + 1
        if next_line and _TIMED_LINE.match(text, next_line):
            return text  # "Mary Jones  9:30 AM\nJohn Smith  10:15 AM": a schedule
    for header in reversed(headers):
        if not visit.match(text, header.start()) and not _AFTER_COLON.search(
            text, 0, header.start()
        ):
            text = text[: header.start()] + text[header.end() :]
    return text
