"""A lower-case name alone on its line above the e-mail address whose mailbox spells it ("vernon
whitehorse" then "emailed from vwhitehorse81@example.com"), for the PHI guard (flows/phi.py):
read as the same name typed with capitals would be. The mailbox spelling both words is what
makes two lower-case words a name here: alone they are as often a note's words."""

from __future__ import annotations

import re

from flows.phi_beside_names import is_strict_name_word
from flows.phi_mail import EMAIL
from flows.phi_rules import Rules

# Two lower-case words alone on a line, maybe after the writer's tag and before a colon ("CSR:
# odell varga:"), then the next line.
_NAME_LINE = re.compile(
    r"^[ \t]*(?:[A-Za-z/&' ]{1,25}:[ \t]+)?([a-z][a-z'-]+) ([a-z][a-z'-]+)[ \t]*:?[ \t]*\n([^\n]*)",
    re.MULTILINE,
)


def _spells(local: str, words: list[str]) -> bool:
    """One word whole in the mailbox, the other at least by its initial ("vwhitehorse81")."""
    return any(len(w) > 3 and w in local for w in words) and all(w[0] in local for w in words)


def with_mailbox_names_capitalised(rules: Rules, text: str) -> str:
    """`text` with each such name line capitalised ("Vernon Whitehorse"), when both words may
    be a name's: no dictionary, business or place word."""
    if "@" not in text:
        return text
    for line in reversed(list(_NAME_LINE.finditer(text))):
        words = [line.group(1), line.group(2)]
        mailboxes = [found.group().lower().partition("@")[0] for found in EMAIL.finditer(line[3])]
        if not any(_spells(local, words) for local in mailboxes):
            continue
        if not all(is_strict_name_word(rules.names, word.title()) for word in words):
            continue
        titled = f"{words[0].title()} {words[1].title()}"
        text = text[: line.start(1)] + titled + text[line.end(2) :]
    return text
