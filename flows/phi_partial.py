"""Identifiers given in part or in an odd order, for the PHI guard (flows/phi.py): the last four
digits of an SSN ("soc sec last 4 = 2204", "last four of her social: 6618"), an MBI's last or
first four characters ("MBI ending QE17", "first four of her medicare # are 7ET4") or the MBI
with some places masked ("XXXXXXXPJ01"), a phone number with its area code said after it
("555-0163, area code 412", "five five five, oh one nine one, area code 505"), and a railroad
number a few words after the railroad word or right before it ("railroad retirement bene, card
says WA 731 55 0284", "H 440921 - old RRB number"). The words (an SSN's cues, "last 4", "first
four", "area code", "railroad", the joining words allowed before the four digits) are content,
in content/rules/phi.yaml."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from flows.phi_context import billing_number, business_line, cue_before, cue_near
from flows.phi_ids import label_places
from flows.phi_rules import Rules
from flows.phi_shapes import MBI, RRB, digits_after
from flows.phi_spelled import spelled_runs

# The four digits themselves: "6618", "66-18", "6 6 1 8"; not part of a longer number.
_FOUR = re.compile(r"(\d(?:[- ]?\d){3})(?![\d-])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")


def _four_after(
    rules: Rules, text: str, start: int, shape: re.Pattern[str] = _FOUR, free: int = 3
) -> str | None:
    """The four characters (`shape`) a few words after `start`: "= 2204", "(4182)", "): 6618",
    "- she said 6618", "on file: 6618", "son 8821"; joining words (content) are free, up to
    `free` others are allowed, never a billing word ("last 4 of the SSN don't match claim
    1234")."""
    value = shape.search(text, start, start + 45)
    if value is None or (value.start() > start and text[value.start() - 1].isalnum()):
        return None
    if _DIGIT.search(text, start, value.start()):
        return None  # another number comes first
    between = text[start : value.start()]
    if text.count("(", 0, start) > text.count(")", 0, start):
        between = re.sub(r"^[^()]*\)", " ", between)  # "MBI (first five, rest cut off): 8DD0T"
    between = rules.cue["ssn_last_four_joiner"].sub(" ", between)
    words = re.findall(r"[A-Za-z']+", between)
    if len(words) > free or {word.lower() for word in words} & rules.billing_words:
        return None
    return value.group(1)


def _four_spelled_after(text: str, start: int) -> str | None:
    """Four digits read out in words right after `start`, with only a colon, "is" or "was"
    between: "last 4 of social: seven eight three four"."""
    for run in spelled_runs(text[start : start + 60]):
        gap = text[start : start + run.start]
        if (
            len(run.chars) == 4
            and run.chars.isdigit()
            and re.fullmatch(r"[\s:=#-]*(?:(?:is|was|are)\s*)?[\s:=#-]*", gap, re.I)
        ):
            return run.chars
        break
    return None


def _cue_beside_last_four(
    rules: Rules, cues: str, text: str, part_words: str = "ssn_last_four"
) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Each cue of `cues` with a "last 4" word (or another of `part_words`) within a few words
    of it, in either order, and no billing word between ("last 4 of the ICN ... her social" is
    another number's)."""
    for cue in label_places(rules.cue[cues], text):  # read for each part's words
        for part in rules.cue[part_words].finditer(text, max(0, cue.start() - 30)):
            if part.start() > cue.end() + 12:
                break
            between = text[min(part.end(), cue.end()) : max(part.start(), cue.start())]
            words = re.findall(r"[A-Za-z']+", between)
            if len(words) <= 3 and not {word.lower() for word in words} & rules.billing_words:
                yield cue, part


def has_ssn_last_four(rules: Rules, text: str) -> bool:
    """The last four digits of an SSN: an SSN's cue and a "last 4" word within a few words of
    each other, in either order, then the four digits ("SSN last 4 is 3301", "last 4 of soc sec
    0927", "social ends with 4412", "SSN (last 4): 6618"); not a claim's or a check's last four,
    nor a benefit's end year ("her social security ends in 2027")."""
    for cue, part in _cue_beside_last_four(rules, "ssn_beside_last_four", text):
        plain_ssn = rules.cue["ssn"].fullmatch(cue.group()) is not None
        start = max(part.end(), cue.end())
        four = _four_after(rules, text, start) or _four_spelled_after(text, start)
        if four is None or not (plain_ssn or part.start() < cue.start()):
            continue  # "soc" counts only after the "last 4" word: "last four soc 6618"
        if (
            _YEAR.fullmatch(four)
            and rules.cue["ssn_last_four_date"].fullmatch(part.group())
            and not rules.cue["ssn_number"].fullmatch(cue.group())
        ):
            continue  # "social security disability ending 2025": a benefit's end year
        return True
    return any(  # "ssn4 8085", "SSN-4: 3180": the cue and the "last 4" in one label
        _four_after(rules, text, label.end(), free=0)
        for label in rules.cue["ssn_last_four_label"].finditer(text)
    )


# An MBI's last four or five characters, the card's positions 8 (or 7) to 11: (a digit,) two
# letters (never S, L, O, I, B or Z) then two digits.
_MBI_LAST_FOUR = re.compile(r"(?<!\w)-?(\d?[AC-HJKMNP-RT-Y]{2}\d{2})(?![\w-])", re.IGNORECASE)


# Its first four or five, positions 1 to 4 (or 5): a digit (not 0), a letter, a letter or a
# digit, a digit (, a letter).
_MBI_FIRST_FOUR = re.compile(
    r"(?<!\w)([1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d[AC-HJKMNP-RT-Y]?)(?![\w-])", re.IGNORECASE
)
# What each of an MBI's eleven places holds (CMS's MBI format), for a value with some masked.
_L, _AN = "[AC-HJKMNP-RT-Y]", "[AC-HJKMNP-RT-Y0-9]"
_MBI_PLACES = [
    re.compile(shape, re.IGNORECASE)
    for shape in ("[1-9]", _L, _AN, r"\d", _L, _AN, r"\d", _L, _L, r"\d", r"\d")
]
_DIGIT_PLACES = frozenset({0, 3, 6, 9, 10})
# A value with masked characters ("3CD5*****47", "XXXXXXXPJ01", "1EG4-***-**73", "4C97•••EQ61":
# a redacted PDF's bullets, made dots by normalising; "2EW6R57????": the unread places asked).
_MASKED = re.compile(r"(?<![\w*#.?])[\w*#.?-]{11,15}(?![\w*#?])")
_MASK = frozenset("*#xX.?")
# The same in the card's three groups spaced ("2WQ9 GH4 RT??").
_MASKED_SPACED = re.compile(r"(?<![\w*#.?])[\w*#?]{4} [\w*#?]{3} [\w*#.?]{4}(?![\w*#?])")


def _masked_mbi(value: str) -> bool:
    """Eleven places, three or more masked in one run, four or more shown, each shown one
    fitting its place: "3CD5*****47" (the middle masked), "XXXXXXXPJ01" (all but the last
    four); or nearly whole, one or two places masked ("1EG4-TE5-MK**")."""
    chars = value.replace("-", "").replace(" ", "")
    if len(chars) == 12 and chars.endswith("."):  # the sentence's full stop
        chars = chars[:-1]
    if len(chars) != 11:
        return False
    if _nearly_whole(chars):
        return True
    shown = [(place, ch) for place, ch in enumerate(chars) if ch not in _MASK]
    # A mask hides the middle and shows the start or the end; X's with only 0s and 1s between
    # them are a template of the card's layout ("1XXX-XX0-XX00"), nobody's number. Any other
    # mark, or another digit, is a real number masked ("1**4-**5-**73", "6XXX-XX1-XX23"), and
    # an X may be the card's own letter ("8XT8-***-**09", "2JP2XY6????").
    head = next((place for place, ch in enumerate(chars) if ch in _MASK), 11)
    tail = max((place for place, ch in enumerate(chars) if ch in _MASK), default=-1)
    template = (
        all(ch in "01" for _, ch in shown)
        and all(ch in "xX" for ch in chars if ch in _MASK)
        and any(head < place < tail for place, _ in shown)
    )
    return (
        len(shown) >= 4
        and len(chars) - len(shown) >= 3
        and all(_MBI_PLACES[place].fullmatch(ch) for place, ch in shown)
        and not template
    )


def _nearly_whole(chars: str) -> bool:
    """One or two of the eleven places masked with a mark no card prints, the others each
    fitting its place ("1EG4TE5MK**", "1EG4TE5MK7?", "3CV7XP2AE6#"): an X fits as the card's
    own letter, never as a mask, so "6W42D08RX95" is a whole number or none."""
    marks = [place for place, ch in enumerate(chars) if ch in "*#?."]
    return 0 < len(marks) <= 2 and all(
        _MBI_PLACES[place].fullmatch(ch) for place, ch in enumerate(chars) if place not in marks
    )


def has_mbi_part(rules: Rules, text: str) -> bool:
    """Part of an MBI, read to a caller, from half a fax or a masked eligibility response: the
    last four ("MBI ending -QE17", "last four of the MBI: GC64"; only joining words before them,
    not "medicare last 4 quarters CY24"), the first four ("first four of her medicare # are
    7ET4"), or the MBI with some places masked after its cue ("Medicare Number: XXXXXXXPJ01")
    or before it ("ID *******EV40, the MBI's tail")."""
    ends = (
        ("ssn_last_four", _MBI_LAST_FOUR),
        ("mbi_last_five", _MBI_LAST_FOUR),
        ("mbi_first_four", _MBI_FIRST_FOUR),
    )
    if any(
        _four_after(rules, text, max(part.end(), cue.end()), shape, free=0) is not None
        for words, shape in ends
        for cue, part in _cue_beside_last_four(rules, "mbi", text, words)
    ) or _uncued_mbi_tail(rules, text):
        return True

    def cued(value: re.Match[str]) -> bool:
        return (
            cue_near(rules, "mbi", text, value.start(), words=4)
            # named just after it: "member ID *******EV40 - the plan prints the MBI tail"
            or rules.cue["mbi"].search(text, value.end(), value.end() + 40) is not None
        )

    return (
        any(
            _masked_mbi(value.group())
            and (
                cued(value)
                or (
                    _masked_head(value.group())
                    and not _other_plan_number(rules, text, value.start())
                )
            )
            for value in chain(_MASKED.finditer(text), _MASKED_SPACED.finditer(text))
            if any(ch in _MASK for ch in value.group())
        )
        or any(
            _masked_tail(value)
            and (not _other_plan_number(rules, text, value.start()) or cued(value))
            for value in _MASKED_TAIL.finditer(text)
        )
        or any(
            cue_before(rules, "mbi", text, value.start())
            for value in _SHORT_MASKED_TAIL.finditer(text)
        )
    )


# An MBI's last four typed as the card prints them, two capitals then two digits ("JY85"): no
# SSN, phone, card or account number ends that way, so right after "last four" or "ends in" they
# are an MBI's even with no Medicare word ("last four JY85 - the MSN doesn't show the rest").
_MBI_TAIL = re.compile(r"(?<![\w-])([AC-HJKMNP-RT-Y]{2}\d\d)(?![\w-])")
# Its first four in capitals, a digit, a letter, a letter or a digit, a digit ("6QN2"), or its
# first five with a letter after them ("9EU3E"), right after a "first 4" or "first 5" word: with
# a letter among digits, no phone, SSN or NPI starts that way.
_MBI_HEAD = re.compile(
    r"(?<![\w-])([1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d[AC-HJKMNP-RT-Y]?)(?![\w-])"
)


def _uncued_mbi_tail(rules: Rules, text: str) -> bool:
    """An MBI's last four in capitals right after a "last 4" word, or its first four after a
    "first 4" word ("first 4 are 6QN2, the rest is smudged"), in a message that names no
    product's number ("last 4 of the serial: MD72", "the part number ends in KX12") and not
    after a claim's or another business number's word."""
    ends = (("ssn_last_four", _MBI_TAIL), ("mbi_first_four", _MBI_HEAD))
    parts = [(part, shape) for cue, shape in ends for part in rules.cue[cue].finditer(text)]
    if not parts:
        return False  # most messages have no "last 4" word: their words are not read
    words = set(re.findall(r"[a-z/]+", text.lower()))
    if words & (rules.product_words | rules.mbi_serial_words):
        return False
    return any(
        _four_after(rules, text, part.end(), shape, free=0) is not None
        and not billing_number(rules, text, part.start())  # "claim ending KT42"
        for part, shape in parts
    )


def _other_plan_number(rules: Rules, text: str, start: int) -> bool:
    """Whether the value at `start` is labelled as a plan's or another business's number ("plan ID
    *******KP27", "member ID ...", "claim # ..."): a Medicare Advantage card's own number."""
    return (
        cue_near(rules, "member_id", text, start, words=3)
        or rules.cue["plan"].search(text, max(0, start - 25), start) is not None
        or billing_number(rules, text, start)
    )


def _masked_head(value: str) -> bool:
    """An MBI's first seven places shown in capitals, the last four masked ("7GV2DK0????",
    "4WG7G22****") or one or two of them ("7GV2DK0MK7*"): only an MBI has a letter, a digit and
    two letters that way, so no cue is needed."""
    chars = value.rstrip(".").replace("-", "").replace(" ", "")
    return (
        len(chars) == 11
        and chars[:7].isupper()
        and all(_MBI_PLACES[place].fullmatch(ch) for place, ch in enumerate(chars[:7]))
        and (
            all(ch in _MASK for ch in chars[7:])
            or (chars[7:] == chars[7:].upper() and _nearly_whole(chars))
        )
    )


# An MBI's last four shown after its other seven places masked, in one run or in the card's
# groups ("*******ET89", "•••• ••• CP15", "XXXX-XXX-GK27", or three and three as some remits
# print it: "***-***-GA74"): only an MBI has two letters and two digits there after its hidden
# places, so no cue is needed unless a plan's or a business's label names it ("plan ID
# *******KP27") and the MBI is not named after it; masked card and account numbers end in digits.
_MASKED_TAIL = re.compile(
    rf"(?<![\w*#.])(?:[*#.xX]{{7}}|[*#.xX]{{3,4}}[ -][*#.xX]{{3}}[ -]?)({_L}{{2}}\d\d)(?![\w-])"
)


# A portal's shorter mask over the first places, right after the MBI's cue ("MBI ****UH62",
# "mbi: ***ah34"): the cue says whose number it is, the tail's two letters and two digits that
# it is a Medicare number's.
_SHORT_MASKED_TAIL = re.compile(rf"(?<![\w*])[*xX]{{3,6}}((?i:{_L}{{2}})\d\d)(?![\w-])")


def _masked_tail(value: re.Match[str]) -> bool:
    tail = value.group(1)
    return tail.isupper() and tail[:2] != "XX"


# An MBI cut off where a copy or a fax ends, its cut shown by an ellipsis: its first five
# ("first 5 on the ABN copy: 9HF6P..."), or its last five ("the back half: ...9TP83").
_CUT_START = re.compile(rf"(?<![\w*#.-])([1-9]{_L}{_AN}\d{_L})\.{{3}}")
_CUT_END = re.compile(rf"\.{{3}} ?(\d{_L}{{2}}\d\d)(?![\w-])")


def has_cut_mbi(rules: Rules, text: str) -> bool:
    """An MBI's first or last five, in capitals, cut by an ellipsis (see `_CUT_START`), in a
    message about a person or a card: "pt only had the first 5 on the ABN copy: 9HF6P..."."""
    if not (_CUT_START.search(text) or _CUT_END.search(text)):
        return False
    words = set(re.findall(r"[a-z']+", text.lower()))
    return bool(
        rules.cue["mbi"].search(text) or words & rules.personal_words or words & {"card", "abn"}
    )


# An MBI's three groups in an export's cells, a separator on each side as a row of cells has them
# ("mbi|5YY3|QM6|HR34|", "medicare|1YY6|X51|WW77|").
_CELLED = re.compile(r"(\|)([0-9A-Za-z]{4})\1([0-9A-Za-z]{3})\1([0-9A-Za-z]{4})(?=\1|\s|$)")


def has_celled_mbi(rules: Rules, text: str) -> bool:
    """An MBI split into its groups' cells (see `_CELLED`) right after an MBI's word."""
    return any(
        MBI.fullmatch("".join(cells.group(2, 3, 4)).upper()) is not None
        and cue_near(rules, "mbi", text, cells.start() + 1, words=2)
        for cells in _CELLED.finditer(text)
    )


# What OCR reads for a digit on a blurry card: the letters CMS left out of the MBI for looking like
# digits, and a few more ("7W87FH6WW1G": the last 6 read as G).
_OCR_DIGITS = str.maketrans("OQDILZSGTB", "0001125678")
_ELEVEN = re.compile(r"(?<![\w-])[A-Za-z0-9]{11}(?![\w-])")


def has_garbled_mbi(rules: Rules, text: str) -> bool:
    """An MBI that OCR or a misread garbled in a place or two, right after an MBI's cue: a letter
    where the card has a digit ("MEDICARE NUMBER 7W87FH6WW1G", "the MBI into 3TU0U28FQ1B")."""
    for value in _ELEVEN.finditer(text):
        chars = value.group().upper()
        fixed = "".join(
            ch.translate(_OCR_DIGITS) if place in _DIGIT_PLACES else ch
            for place, ch in enumerate(chars)
        )
        misfits = [
            place
            for place, (shape, ch) in enumerate(zip(_MBI_PLACES, fixed, strict=True))
            if not shape.fullmatch(ch)
        ]
        # A smudged first or last character may read as any letter ("EX54D20HG37",
        # "8DT4T94PY2A"): the nine between still fit the MBI's places.
        edge = misfits in ([0], [10])
        if (
            (fixed != chars or edge)
            and sum(a != b for a, b in zip(fixed, chars, strict=True)) + len(misfits) <= 2
            and (not misfits or edge)
            and cue_near(rules, "mbi", text, value.start(), words=3)
        ):
            return True
    return False


def has_rrb_after_railroad_word(rules: Rules, text: str) -> bool:
    """A railroad retirement number a few words after the railroad word: "Railroad Medicare
    claim # A 605127", "railroad retiree, claim no. MA 602 71 8854", "the RRB card he mailed in
    reads A 236915"; not when a payer is named
    in between ("railroad claims go to Palmetto, PA 441022": a prior authorisation), nor after
    an approval's word ("railroad retirement board approved PA 123456")."""
    cues = list(rules.cue["rrb"].finditer(text))
    for number in RRB.finditer(text):
        if prior_auth(rules, text, number.start()):
            continue
        after = rules.cue["rrb"].search(text, number.end(), number.end() + 30)
        if (
            after
            and not re.match(r"(?:PA|MD)\b", number.group(), re.IGNORECASE)
            and len(re.findall(r"[A-Za-z]+", text[number.end() : after.start()])) <= 2
        ):
            return True  # the railroad word after it: "H 440921 - old RRB number"
        for cue in cues:
            words = re.findall(r"[A-Za-z]+", text[cue.end() : number.start()])
            near = 0 <= number.start() - cue.end() <= 40 and len(words) <= 6
            if near and not {word.lower() for word in words} & rules.business_words:
                return True
    return False


def prior_auth(rules: Rules, text: str, start: int) -> bool:
    """Whether an approval's word comes in the few words right before a railroad-shaped number:
    "railroad retirement board approved PA 123456" (a prior authorisation)."""
    words = list(rules.cue["rrb_prior_auth"].finditer(text, max(0, start - 25), start))
    return bool(words) and re.fullmatch(r"[\s:#-]*", text[words[-1].end() : start]) is not None


# A local number typed in digits: "555-0163", "555 0148", "5550148".
_LOCAL = re.compile(r"(?<![\d-])(\d{3})[-. ]?(\d{4})(?![\d-])")


def has_phone_area_code_after(rules: Rules, text: str) -> bool:
    """A seven-digit number with its area code said after it: "her cell is 555-0163, area code
    412", "five five five, oh one nine one, area code 505", or before it ("area code 614,
    555-0100"); not a payer's or an office's line
    ("Noridian's fax is 555-0190, area code 701")."""
    business = set(rules.file.business_area_codes)
    for said in rules.cue["area_code"].finditer(text):
        area = digits_after(text, said.end()).removeprefix("1")
        if (
            len(area) == 10
            and area[0] not in "01"
            and area[:3] not in business
            and not business_line(rules, text, said.start())
        ):
            return True  # said first: "area code 614 555 0100", "area code 614, 555-0100"
        if len(area) != 3 or area[0] in "01" or area in business:
            continue
        before = text[max(0, said.start() - 70) : said.start()]
        typed = [m.start() for m in _LOCAL.finditer(before)]
        spoken = [run.start for run in spelled_runs(before) if len(run.chars) == 7]
        starts = typed + spoken
        if starts and not business_line(rules, text, max(0, said.start() - 70) + starts[-1]):
            return True
    return False
