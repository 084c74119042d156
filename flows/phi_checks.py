"""One check per kind of patient identifier, each on a normalised text: Medicare numbers
(MBI, HICN and railroad numbers), Social Security numbers and names here; the other kinds' checks
are read from their own modules (flows/phi_dob.py, flows/phi_contact.py, flows/phi_ids.py,
flows/phi_address.py). flows/phi.py runs them all over a text and its variant readings."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.phi_address import has_address
from flows.phi_beside_names import name_right_before
from flows.phi_bracketed_names import has_cued_name_before_place
from flows.phi_contact import has_email, has_phone
from flows.phi_context import any_match as _any
from flows.phi_context import (
    billing_number,
    cue_before,
    cue_near,
    cued_digits,
    denied_cue,
    other_label,
    person_beside,
)
from flows.phi_dob import has_dob
from flows.phi_glued import cue_before_value
from flows.phi_ids import (
    has_cued_id,
    has_labelled_after,
    has_plan_number,
    has_record_number_shape,
    has_spelled_id,
)
from flows.phi_island_address import has_island_address
from flows.phi_label_names import has_label_name
from flows.phi_marked_names import has_marked_name
from flows.phi_misfit_ids import has_misfit_mbi
from flows.phi_names import has_name
from flows.phi_partial import (
    has_celled_mbi,
    has_cut_mbi,
    has_garbled_mbi,
    has_mbi_part,
    has_rrb_after_railroad_word,
    has_ssn_last_four,
    prior_auth,
)
from flows.phi_patient_ids import has_patient_handle, has_patient_mbi, has_patient_record_number
from flows.phi_placeholders import equipment_row, named_in_sentence, product_near
from flows.phi_record_names import has_record_name
from flows.phi_records import without_records
from flows.phi_relatives import has_relative_name
from flows.phi_rules import Rules
from flows.phi_shapes import HICN, MBI, RRB, SSN, SSN_PART
from flows.phi_spelled import SpelledRun
from flows.phi_spelled import spelled_values as _runs
from flows.phi_surname_first import (
    has_caps_surname_first,
    has_spelled_name,
    has_suffixed_name,
    has_surname_first,
)
from flows.phi_title_forms import has_title_form

_SSN_REACH = 9  # words an SSN's label may stand before its number ("SSN in the memo line: ...")
_SSN_FIRST_FIVE = re.compile(r"(?<![\w-])\d{3}-\d{2}(?![\w-]|-?\d)")
_FIRST_FIVE = re.compile(r"\bfirst (?:5|five)\b", re.IGNORECASE)
_SSN_SLASHED = re.compile(r"(?<![\w/])\d{3}/\d{2}/\d{4}(?![\w/])")
# An SSN typed in two groups, its area number then the rest ("708 302795"): no phone's shape.
_SSN_THREE_SIX = re.compile(r"(?<![\w/.,$-])(?!000|666|9\d\d)\d{3} (?!00)\d{6}(?![\w/-]|[.,]\d)")
_ASIDE_BEFORE = re.compile(r" ?\([^()]{1,50}\)[\s:#=-]*$")


# Where the number was read or what it is for, between its label and itself ("the MBI on the
# order, 6HH5...", "Medicare # for the cylinder order 1EG4..."): the order's word is no label.
_ON_DOCUMENT = re.compile(
    r"\s+(?:on|from|in|off|for)\s+(?:the|this|that|his|her|their|a|an)\s+(?:[\w-]+\s+){0,2}"
    r"[\w-]+(?:,|:|\s+(?:is|was|reads|says))?\s*$",
    re.IGNORECASE,
)


def _on_document(rules: Rules, text: str, start: int) -> bool:
    """Whether an MBI's label then the document it is on stand right before `start`."""
    before = text[max(0, start - 50) : start]
    cues = list(rules.cue["mbi"].finditer(before))
    return bool(cues) and _ON_DOCUMENT.match(before, cues[-1].end()) is not None


# -- the checks -------------------------------------------------------------------------
def has_mbi(rules: Rules, text: str) -> bool:
    def keep(match: re.Match[str]) -> bool:
        # In lower case with spaces, only after "MBI" or in the card's 4-3-4 ("1eg4 te5 mk73").
        spaced = " " in match.group() and not match.group().isupper()
        grouped = bool(re.fullmatch(r"\w{4}[-. ]{1,3}\w{3}[-. ]{1,3}\w{4}", match.group()))
        after = text[match.end() : match.end() + 20]  # "6 M X 8 ... 9 1 is her mbi"
        cued_before = cue_before_value(rules, "mbi", text, match.start()) or _on_document(
            rules, text, match.start()
        )
        cued = cued_before or rules.cue["mbi"].search(after)
        if not cued_before and labelled_product(match):
            return False  # "serial 8PG9CP2AD12 - NOT a Medicare number": its label comes first
        named = name_right_before(rules.names, text, match.start())
        if not cued and (product(match) or (not (medicare or named) and any(map(product, shaped)))):
            # "serial no. 5KT8HJ2WN41", "4TR8... is the serial": a product's; so is another with no
            # Medicare word or name before it ("item 1RG1VC8UQ46 out of stock, sub 5M64RH7GM31")
            return False
        if not medicare and other_label(rules, text, match.start()):
            return False  # "batch 7HJ0NY5MM90", "ESN ... on the tablet": what the number is
        return not spaced or grouped or bool(cued)

    def labelled_product(match: re.Match[str]) -> bool:
        """Labelled as a product's number, also past an aside ("serial (OCR'd): 3HV6V20DX84")."""
        aside = _ASIDE_BEFORE.search(text, max(0, match.start() - 60), match.start())
        start = aside.start() if aside else match.start()
        return billing_number(rules, text, start, rules.product_words)

    def product(match: re.Match[str]) -> bool:
        """Labelled as a product's number, or with a serial's word a few words around."""
        if labelled_product(match) or named_in_sentence(rules, text, match.start(), match.end()):
            return True  # "Wi-Fi password in the store is 3X60GK7NG12"
        if not medicare and equipment_row(text, match.start()):
            return True  # "GCR-9921-B 04-14-2025 5JD0FA3CC87": a model, a date, its serial
        return product_near(rules, text, match.start(), match.end(), mbi=True)  # "<SerialNo>"

    if denied_cue(rules, "mbi", text, likened=True):
        return False  # "order ID 6FN4C12NK17 - vendor's own, not an MBI": the text says so
    medicare = rules.cue["mbi"].search(text) is not None
    shaped = list(MBI.finditer(text))

    def spelled(run: SpelledRun) -> bool:  # "mbi nine c r six t p seven u h one five"
        chars = run.chars
        windows = (chars[i : i + 11] for i in range(len(chars) - 10))
        after = text[run.end : run.end + 20]
        cued = cue_near(rules, "mbi", text, run.start, words=4) or rules.cue["mbi"].search(after)
        label = re.findall(r"[a-z/]+", text[max(0, run.start - 12) : run.start].lower())[-1:]
        words = set(re.findall(r"[a-z/]+", text.lower())) & rules.mbi_serial_words
        singly = 11 <= len(chars) <= 13 and len(run.groups) == len(chars)  # "four, E, R, ..."
        singly = singly and not words and not set(label) & rules.product_words  # "part three ..."
        return bool(cued or singly) and any(MBI.fullmatch(window) for window in windows)

    return (
        any(map(keep, shaped))
        or any(map(spelled, _runs(text, letters=True)))
        or has_mbi_part(rules, text)
        or has_garbled_mbi(rules, text)
        or has_misfit_mbi(rules, text)
        or has_patient_mbi(rules, text)  # "for pt 9XK2-AB3-CD45": a typo is still hers
        or ("|" in text and has_celled_mbi(rules, text))
        or ("..." in text and has_cut_mbi(rules, text))
    )


# A claim number's label right before a value: Medicare's old number is the "Health Insurance
# Claim Number", and SSA letters and old remits label it "claim #" or "claim number".
_CLAIM_LABEL = re.compile(r"\bclaim(?: ?(?:#|no\.?|number|num\.?))?:? ?$", re.IGNORECASE)


# A beneficiary identification code: A, B, C1, D, E, F1, HA (a disabled worker), HB, HC, J1, K1,
# M, T, W and the letters and digits after them (SSA's BIC table); a unit typed on a number is none.
_BIC = re.compile(r"(?:[ABCDEFGJKMTW][A-Z]?|H[ABC])\d?")
_UNITS = frozenset({"ms", "mb", "gb", "kb", "kg", "km"})


def has_hicn(rules: Rules, text: str) -> bool:
    def keep(match: re.Match[str]) -> bool:
        suffix, cued = match.group(1), cue_before(rules, "hicn", text, match.start())
        cued = cued or cue_near(rules, "hicn", text, match.start(), words=4)  # "HICN w/ BIC:"
        if not _BIC.fullmatch(suffix.upper()) or suffix.lower() in _UNITS:
            return False
        # "Meilin Schnell, 191993413e", "318-44-7065c1" grouped as an SSN, in a message about a
        # patient or with a birth date: typed on the number, the suffix is no word; elsewhere a
        # bare run with a letter on it is as often a part's or a deposit's ("battery 112093847b")
        grouped = re.search(r"[- ]\d", match.group()) is not None
        patient = rules.names.context.about_patient.search(text) is not None
        patient = patient or name_right_before(rules.names, text, match.start())
        patient = patient or has_dob(rules, text)  # "cornelius radovich, 512691771a" and a dob
        glued = text[match.start(1) - 1] != " " and (grouped or patient)
        glued = glued and not cue_before(rules, "member_id", text, match.start())  # "member id"
        # "896 49 4042 D": spaced too, unless the suffix reads as a word ("... 4042 A walker")
        word = re.match(r" A [a-z]", text[match.start(1) - 1 : match.end() + 2])
        billing = billing_number(rules, text, match.start(), rules.ssn_shape_words)
        if _CLAIM_LABEL.search(text, max(0, match.start() - 20), match.start()):
            # "claim # 169262811T": a claim number with a BIC is the HICN; not "... 2 b/c"
            return not word and (suffix.isupper() or text[match.start(1) - 1] != " ")
        return cued or ((suffix.isupper() or glued) and not word and not billing)

    rrb = _any(
        RRB,
        text,
        lambda m: (
            cue_before(rules, "hicn", text, m.start()) and not prior_auth(rules, text, m.start())
        ),
    )
    rrb = rrb or has_rrb_after_railroad_word(rules, text)
    nine = any(len(digits) == 9 for digits in cued_digits(rules, "hicn", text))
    return rrb or nine or _any(HICN, text, keep)


# "soc" or "s.s." right before a number of an SSN's whole shape (flows/phi_partial.py reads them
# before a last four).
_SHORT_SSN_CUE = re.compile(r"\b(?:soc|s\.s)\.?[ :#]{0,3}$", re.IGNORECASE)


def has_ssn(rules: Rules, text: str) -> bool:
    def keep(match: re.Match[str]) -> bool:
        # "SSN on the Medicaid app: 095-36-4412": a few words between the label and the number.
        if cue_near(rules, "ssn", text, match.start(), words=_SSN_REACH):
            return True
        if rules.cue["ssn"].search(text, match.end(), match.end() + 25):
            return True  # "Recipient's TIN 609-52-0184 (that's her SSN)": named after it
        if _SHORT_SSN_CUE.search(text, max(0, match.start() - 8), match.start()):
            return True  # "soc 787029800": a start of care is a date, never nine digits
        if product_near(rules, text, match.start(), match.end()):
            return False  # "Payette stamps bed serials like 518-44-0912": a product's
        # "redetermination 123-45-6789": no appeal number has an SSN's shape
        return bool(match.group(1)) and not billing_number(
            rules, text, match.start(), rules.ssn_shape_words
        )

    def spelled(run: SpelledRun) -> bool:  # "social per the intake sheet: 2 1 9 - 0 4 - ..."
        # Nine digits read out one by one in words ("Mrs. Dorn, six nine eight ...") are only an
        # SSN's way; a ZIP+4 or a record number is read in groups ("four four two, oh one, ...")
        said = text[run.start : run.end]
        worded = len(run.groups) == 9 and said[0].isalpha() and not re.search(r"[,-]", said)
        return len(run.chars) == 9 and (
            cue_near(rules, "ssn", text, run.start, words=_SSN_REACH)
            or (worded and run.chars.isdigit() and unlabelled(run.start, run.end))
        )

    def unlabelled(start: int, end: int) -> bool:  # "Mrs. Dorn, 708 302795": no product's
        return person_beside(rules, text, start, end) and not product_near(rules, text, start, end)

    def first_five(match: re.Match[str]) -> bool:  # "first five of the SSN 528-41 (torn)"
        before = text[max(0, match.start() - 40) : match.start()]
        first = _FIRST_FIVE.search(before) is not None
        return first and cue_near(rules, "ssn", text, match.start())

    def slashed(match: re.Match[str]) -> bool:  # "US SSN of the pt: 609/48/2215": no date's shape
        before = text[max(0, match.start() - 20) : match.start()]  # "soc 469/55/2107"
        return (
            cue_near(rules, "ssn", text, match.start(), words=_SSN_REACH)
            or bool(rules.cue["ssn_beside_last_four"].search(before))
            or unlabelled(*match.span())  # "Mr. Dorn, 418/50/7837": no date's shape
        )

    if any(len(digits) == 9 for digits in cued_digits(rules, "ssn", text)):
        return True  # "ssn is one two three ...", "social is 4 3 2 - 7 1 - 0 9 8 8"
    return (
        bool(SSN_PART.search(text))
        or has_ssn_last_four(rules, text)
        or _any(SSN, text, keep)
        or any(map(spelled, _runs(text)))
        or ("/" in text and _any(_SSN_SLASHED, text, slashed))
        or _any(_SSN_THREE_SIX, text, lambda match: unlabelled(*match.span()))
        or _any(_SSN_FIRST_FIVE, text, first_five)
    )


def has_name_form(rules: Rules, prose: str) -> bool:
    """A name in the text less its records' clinician segments (read once for every form)."""
    return (
        has_name(rules.names, prose)
        or has_relative_name(rules.names, rules.cue["relative"], prose)
        or has_title_form(rules.title_forms, rules.names, prose)
        or has_record_name(rules.names, prose)
        or has_marked_name(rules.names, prose)
        or has_cued_name_before_place(rules.names, prose)  # "Resident Sather (... Center)"
        or has_label_name(rules.names, rules.label_stems, prose)
        or has_surname_first(rules.names, prose)  # "Refund request - FELTNER MAVIS - $41.80"
        or has_caps_surname_first(rules.names, prose)  # "pt WIŚNIEWSKI Wilfredo, 15499379801"
        or has_suffixed_name(rules.names, prose)  # "Whitaker Ozell Jr - M51"
        or has_spelled_name(rules.names, rules.file.spelled_name_labels, prose)
        or has_patient_handle(rules, prose)  # "rollator for pt j.smith"
    )


CHECKS: dict[str, Callable[[Rules, str], bool]] = {
    "mbi": has_mbi,
    "hicn": has_hicn,
    "ssn": has_ssn,
    "dob": has_dob,
    "name": lambda rules, text: has_name_form(rules, without_records(text)),
    "phone": has_phone,
    "email": has_email,
    "member_id": lambda rules, text: (
        has_cued_id(rules, "member_id", text)
        or has_spelled_id(rules, "member_id", text)
        or has_plan_number(rules, text)
        or has_labelled_after(rules, "member_id", text)
    ),
    "mrn": lambda rules, text: (
        has_record_number_shape(text)
        or has_cued_id(rules, "mrn", text)
        or has_spelled_id(rules, "mrn", text)
        or has_labelled_after(rules, "mrn", text)
        or has_patient_record_number(rules, text)  # "rollator for patient #A77341"
    ),
    "address": lambda rules, text: (
        has_address(rules, text) or has_island_address(rules, text)  # "pt at Lot 4025, Yigo"
    ),
}
