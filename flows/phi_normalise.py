"""The text as the PHI guard's checks see it (flows/phi.py), however it was typed or pasted:
Unicode NFKC, every dash and space variant made plain, invisible characters and combining marks
dropped, digits of every script made ASCII, curly quotes, middle dots and odd colons made
ASCII, underscores read as spaces, HTML entities and URL escapes decoded, and Cyrillic or Greek
letters that look like Latin ones read as Latin inside a Latin word or number ("1ЕG4-ТЕ5",
"DΟb")."""

from __future__ import annotations

import html
import quopri
import re
import unicodedata
from urllib.parse import unquote

_INVISIBLE = {"Cf", "Cc", "Co", "Cn", "Cs"}  # format (zero-width, bidi, soft hyphen), controls
_SPACES = {"Zs", "Zl", "Zp"}
# Combining marks left after NFKC sit on a letter or a digit with no precomposed form: an
# underline, a strike-through, a keycap ("1\u0332", "5\u0336", "6\u20e3"). Dropping them leaves the
# letter or digit; accented letters with a precomposed form ("é") are composed by NFKC first.
# The vowel signs of Indic and Thai scripts go too ("सुनीता" reads "सनत"): the cue words are
# read the same way (flows/phi_rules.py), and a name stays one word.
_MARKS = {"Mn", "Me", "Mc"}


def _plain(char: str) -> str:
    category = unicodedata.category(char)
    if category == "Nd":  # Arabic-Indic, Persian, Devanagari digits: "\u0667KM\u0662" is "7KM2"
        return str(unicodedata.digit(char))
    if category == "Pd" or char in "\u2212\u2043":  # every dash, the minus sign, the hyphen bullet
        return "-"
    if char in "\u2044\u2215\u29f8":  # fraction and division slashes: "09\u204412\u20441944"
        return "/"
    if category in _SPACES or char in "\t\n\r\v\f":
        return " "
    small_capital = unicodedata.name(char, "").removeprefix("LATIN LETTER SMALL CAPITAL ")
    if len(small_capital) == 1:  # a font's small capitals, which NFKC keeps: "1500 ᴇ 2ɴᴅ ꜱᴛ"
        return small_capital
    return "" if category in _INVISIBLE | _MARKS else char


# Cyrillic and Greek letters drawn like Latin ones (Unicode's confusables for these scripts).
_LOOKALIKE_LETTERS = str.maketrans(
    "АВЕЅІЈКМНОРСТХУаеѕіјорсхуԁԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧονϲϳ",
    "ABESIJKMHOPCTXYaesijopcxydqwABEZHIKMNOPTYXovcj",
)
# Numbers in brackets or with a full stop, each one character ("\u247d" is "(10)", "\u2488" is
# "1."), that NFKC would spell with their brackets and dots: read as the number itself, so a date
# typed with them ("DOB \u247d/\u2475/\u2474\u247c\u2476\u247c") reads "10/2/1939".
_ENCLOSED_NUMBERS = str.maketrans(
    {0x2474 + i: str(i + 1) for i in range(20)} | {0x2488 + i: str(i + 1) for i in range(20)}
)
_FOREIGN_LETTER = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]")
_WORD = re.compile(r"[^\W_]+")


def _latin_lookalikes(word: re.Match[str]) -> str:
    """A word that mixes Cyrillic or Greek letters with Latin letters or digits, or is made only
    of look-alike letters ("МВІ"), read as Latin; a Russian or Greek word is left as it is."""
    text = word.group()
    if not _FOREIGN_LETTER.search(text):
        return text
    folded = text.translate(_LOOKALIKE_LETTERS)
    mixed = bool(re.search(r"[A-Za-z0-9]", text))
    return folded if mixed or not _FOREIGN_LETTER.search(folded) else text


# Punctuation word processors and phones type in place of ASCII: curly apostrophes and quotes
# ("O\u2019Malley"), middle dots and bullets between digit groups ("523\u00b718\u00b74096"),
# ideographic full stops in an address typed on a CJK keyboard ("mariko\u3002tanabe@..."),
# ratio and modifier-letter colons after a label ("DOB\u2236").
_ASCII_PUNCTUATION = str.maketrans(
    dict.fromkeys("\u2019\u2018\u02bc\u02bb\u2032\u201b\u00b4", "'")
    | dict.fromkeys("\u201c\u201d\u201e\u2033\u00ab\u00bb", '"')
    | dict.fromkeys("\u00b7\u2022\u2219\u2027\u30fb\uff65\u22c5\u3002\uff61", ".")
    | dict.fromkeys("\u2236\ua789\u02f8\ufe13", ":")
)


# Slack's markup around a value: a link's label ("<tel:+16145550100|614-555-0100>", "<mailto:
# a@b.com|a@b.com>") and bold or strike marks on a word ("*Hargreaves, Dulcie*", "~Jones~"); not
# the stars of an X12 segment ("NM1*IL*1*DOE") nor of a masked number ("***-**-4417"), nor the
# tilde ending a segment before the next one ("NM1*QC*1*DOE*JANE~ REF*SY*...").
_SLACK_LINK = re.compile(r"<(?:tel|mailto|https?):[^|<>\s]*\|([^<>]*)>")
_SLACK_MARK = re.compile(
    r"(?<![\w*~])[*~](?=[^\W\d_])|(?<=[^\W\d_])(?:\*|~(?! ?[A-Z][A-Z0-9]{1,2}\*))(?![\w*~])"
)
_ZERO_WIDTH_SPACE = re.compile(r"(?<=[^\W\d_])[\u200b\u2060]+(?=[A-Z])")
# A form's dot leader between a label and its value: "PATIENT NAME ........ DOE, JANE".
_QUERY = re.compile(r"(?<=[?&])[\w.-]+=[^\s&#]*\+[^\s&#]*")  # a link's "key=words+with+pluses"
_DOT_LEADER = re.compile(r" ?\.{4,} ?")
# A value with some places masked by a redacted PDF's bullets (dots by now): "2G.....QA82",
# "1EG4.......", not a leader; its dots stay for the masked-MBI check.
_MASKED_DOTS = re.compile(r"(?<![\w.])[A-Za-z0-9]{0,9}\.{4,9}[A-Za-z0-9]{0,9}(?![\w.])")
# ... or in the card's groups, the last four shown: "•••• ••• CP15".
_MASKED_GROUPS = re.compile(r"\.{3}[ -]?[A-Z]{2}\d\d(?![\w-])")


def _leader(dots: re.Match[str]) -> str:
    """A dot leader read as a colon, unless the dots mask places of one value (`_MASKED_DOTS`)."""
    text, start, end = dots.string, dots.start(), dots.end()
    if dots.group().strip() == "...." and _MASKED_GROUPS.match(text, end):
        return dots.group()
    value = _MASKED_DOTS.search(text, max(0, start - 10), min(len(text), end + 10))
    if value is None or not value.start() <= start < end <= value.end():
        return ": "
    return dots.group() if len(value.group()) in (11, 12, 13) else ": "


# One separator repeated between the short groups of one value: "7HW2:UK5:GA08", "627~18~0449",
# "07|30|1954", "330|555|0107"; an HL7 field ("|1|O|") has separators on both sides and stays.
_SEPARATED = re.compile(
    r"(?<![\w|~:^¦'])[^\W_]{1,5}( ?[|~:¦] ?|')[^\W_]{1,5}(?:\1[^\W_]{1,5}){1,3}(?![\w|~:^¦'])"
    # the separator said in words, as a value read out is typed: "202 dash 555 dash 0163"
    r"|(?<![\w-])[^\W_]{1,5}( (?i:dash|hyphen) )[^\W_]{1,5}(?:\2[^\W_]{1,5}){1,3}(?![\w-])"
)


# Each group of one value in its own brackets, as a form's boxes or a portal's cells print it:
# "[4UY5][F77][EY28]", "[609] [48] [2215]".
# Boxes are read as one value only in a message naming a person or a patient's number:
# "Lorna Dorn [4UY5][F77][EY28]", "MBI [3EK3][PT3][FK35]", "pt's [609] [48] [2215]".
_BOX_OWNER = re.compile(
    r"\b(?i:mrs?|ms|miss|pt|patient|member|beneficiary|mbi|medicare|ssn|social)\b"
    r"|\b[A-Z][a-z'-]+,? [A-Z][a-z'-]+\b"
)
_BOXED = re.compile(r"(?<![\w\]])\[[^\W_]{1,5}\](?: ?\[[^\W_]{1,5}\]){1,3}(?![\w\[])")


def fold_separators(text: str) -> str:
    """The text with a value's odd group separators (colons, pipes, broken bars, tildes, also
    with a space each side: a form's boxes, "07 ¦ 21 ¦ 1949"; Swiss apostrophes, "7'704'219";
    the word "dash", "555 dash 0163"; groups in brackets, "[4UY5][F77][EY28]") read as
    hyphens."""

    def fold(value: re.Match[str]) -> str:
        digits = sum(ch.isdigit() for ch in value.group())
        separator = value.group(1) or value.group(2)
        return value.group().replace(separator, "-") if digits >= 3 else value.group()

    def unbox(value: re.Match[str]) -> str:
        groups = re.findall(r"[^\W_]+", value.group())
        digits = sum(ch.isdigit() for ch in value.group())
        return "-".join(groups) if digits >= 3 else value.group()

    boxed = "[" in text and _BOX_OWNER.search(text)  # "cells [3EK3][PT3] in the template"
    return _SEPARATED.sub(fold, _BOXED.sub(unbox, text) if boxed else text)


# Quoted-printable, as a raw e-mail's source has it: a space, "@", "=", a line break or a
# UTF-8 lead byte written as "=XX" ("=20", "=40", "=3D", "=0D=0A", "=E2=80=93").
_QUOTED_PRINTABLE = re.compile(
    # not "DOS=2026-04-02", nor a log's "http=404"
    r"=(?:20|40(?!\d)|3D|0D|0A|09)(?!\d\d[/.-])|=[CDE][0-9A-F]=[89AB][0-9A-F]"
)


def _quoted_printable(text: str) -> str:
    """`text` with its quoted-printable escapes and soft line breaks decoded."""
    decoded = quopri.decodestring(text.encode("utf-8"))
    return decoded.decode("utf-8", "replace")


_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_QUOTED_AT = re.compile(r"[\w.]=40[A-Za-z]")  # not a log's "http=404"
_NOT_PLAIN = re.compile(r"[^\x20-\x7e]")
_SPACE_RUN = re.compile(r" {2,}")


def normalise(text: str) -> str:
    """The text as the checks see it: NFKC, plain dashes and single spaces, nothing invisible."""
    text = text or ""
    if "&" in text:  # "DOB&nbsp;03/14/1950", "1EG4&#8209;TE5" from a web page's source
        text = html.unescape(text)
    if "?" in text and "+" in text:  # a link's query: "?q=2718+Sandpiper+Ln+Apt+4,+Kenosha"
        text = _QUERY.sub(lambda query: query.group().replace("+", " "), text)
    if _PERCENT_ESCAPE.search(text):  # "?dob=03%2F14%2F1950", "ssn%20523-18-4096"
        text = unquote(text)
    # A raw e-mail's "Medicare=20number:=207Y46-E37-GA05", "amaia.arriola=40example.net"
    if len(_QUOTED_PRINTABLE.findall(text)) > 1 or _QUOTED_AT.search(text):
        text = _quoted_printable(text)
    # A zero-width space between a word and a capitalised one stood for a space ("Ulrich\u200b
    # Haverkamp" as pasted from an EHR); elsewhere it is dropped ("1EG4\u200bTE5").
    text = _ZERO_WIDTH_SPACE.sub(" ", text)
    text = text.translate(_ASCII_PUNCTUATION).translate(_ENCLOSED_NUMBERS)
    text = unicodedata.normalize("NFKC", text)
    text = _NOT_PLAIN.sub(lambda m: _plain(m.group()), text)
    text = _SLACK_MARK.sub("", _SLACK_LINK.sub(r"\1", text))
    text = _DOT_LEADER.sub(_leader, text)
    text = text.replace("_", " ")  # file names: "Kowalczyk_Tomasz_DOB_03141950_POD.pdf"
    if _FOREIGN_LETTER.search(text):
        text = _WORD.sub(_latin_lookalikes, text)
    return _SPACE_RUN.sub(" ", text).strip()
