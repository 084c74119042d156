"""The writer's own tag opening a message ("driver: ...", "CSR NOTE: ...", "AR desk - ...",
"[billing] ..."), for the PHI guard (flows/phi.py): a staff job or a team, maybe with a word of
`writer_tag_words` ("desk", "note", "here"), says who writes, not whom the message is about.
Checks that read a staff job near a name or a contact as the team's own would otherwise take the
patient named after it for a colleague. The words are content's (content/rules/phi.yaml,
`writer_tag_words`; the jobs and teams are `staff_roles`, `staff_before_name`,
`staff_departments`). A bare job or team right before a name ("provider relations: Sousa, Jordan
209-...") labels a directory's line, not a writer."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flows.phi_rules import Rules

# One to three words before a colon or a dash at the message's start, or in brackets there.
_TAG = re.compile(
    r"^[ \t]*(?:\[(?P<bracketed>[^\]\n]{1,25})\]"
    r"|(?P<said>[A-Za-z/&' -]{1,25}?)(?::| [-\u2013\u2014]))[ \t\n]"
)

# A capitalised name right after the tag: "Sousa, Jordan", "Ann Lee".
_NAME_FIRST = re.compile(r"[ \t]*[A-Z][a-z'-]+,? [A-Z][a-z'-]+\b")
# A name alone before a colon ending its line ("P. Lindqvist:", "Varga, Odell T.:"): the
# heading of the lines below it, whoever the tag before it is.
_NAME_HEADING = re.compile(
    r"[ \t]*(?:[A-Z]\.|[A-Z][A-Za-z'-]+,?) [A-Z][A-Za-z'-]+(?:,? [A-Z]\.?)?[ \t]*:[ \t]*\n"
)
# The name heading the lines below it, as a record's ("CSR: Radomir Tuss:\n  emails from ..."),
# not a directory's line.
_HEADING_END = re.compile(r"(?: [A-Z]\.?)?[ \t]*:[ \t]*\n")


def after_writers_tag(rules: Rules, text: str) -> str | None:
    """The message after the writer's tag it opens with, or None when it opens with none."""
    tag = _TAG.match(text)
    if tag is None:
        return None
    said = (tag["bracketed"] or tag["said"]).strip().lower()
    names = rules.names
    if not 1 <= len(said.split()) <= 3:
        return None
    if not (names.staff_role.search(said) or names.staff_department.search(said)):
        return None
    left = set(
        re.findall(r"[a-z/&']+", names.staff_department.sub(" ", names.staff_role.sub(" ", said)))
    )
    if left - set(rules.file.writer_tag_words):
        return None  # "the mco rep read back:": a source of the values, not the writer
    named = _NAME_FIRST.match(text, tag.end())
    if not left and named and not _HEADING_END.match(text, named.end()):
        return None  # "provider relations: Sousa, Jordan 209...": a directory's line, the team's
    return text[tag.end() :]


def after_tag_heading(text: str) -> str | None:
    """The message from the name heading the lines right after its opening tag, whatever the tag
    ("Laurel front desk - P. Lindqvist:\n  <street>", "on-call: Varga, Odell T.:\n ..."), or
    None when there is no such heading. Its values are the named person's only when the heading
    holds one (flows/phi.py): a team's list heads its lines so too ("Ann Lee:\n ext 214")."""
    tag = _TAG.match(text)
    if tag is None or not 1 <= len((tag["bracketed"] or tag["said"]).split()) <= 3:
        return None
    return text[tag.end() :] if _NAME_HEADING.match(text, tag.end()) else None
