"""Street addresses for the PHI guard (flows/phi.py): a house number and a street (Wisconsin's
grid and Hawaii's hyphened numbers too: "W2150 County Rd K", "91-1127 Kaimalie St"), a house
number before a city, state and ZIP, a Puerto Rico urbanization, a PO box or drawer or a rural
route, a street named after a label ("lives on Oakwood Drive"), a map point (what3words, GPS);
a patient's unless the words around make it a business's ("our billing office moved to", "the
old remit address", "Noridian, PO Box 6727"). The shapes are in flows/phi_shapes.py, the words in
content/rules/phi.yaml."""

from __future__ import annotations

import re

from flows.models import is_hcpcs_code
from flows.phi_context import any_match as _any
from flows.phi_context import (
    business_after_opening,
    business_line,
    cue_before,
    own_contact_before,
)
from flows.phi_estate_address import ESTATE_ADDRESS, ESTATE_LOT, ESTATE_NEEDS
from flows.phi_named_for import named_for_right_before
from flows.phi_names import has_full_name
from flows.phi_place_zip import LABELLED_PLACE, PLACE_NEEDS, STATE_WORDS
from flows.phi_rules import Rules
from flows.phi_shapes import (
    ADDRESS,
    ADDRESS_ANY_CASE,
    ADDRESS_CITY_ZIP,
    ADDRESS_END,
    BOX_OR_ROUTE,
    DATE_BEFORE_YEAR,
    MAP_POINT,
    MEASURES,
    SPELLED_ADDRESS,
    STREET_FIRST,
    STREET_FIRST_ANY_CASE,
    STREET_NAMED,
    STREET_WORDS_WITH_OTHER_USES,
    STREETLESS,
)


def _business_label(rules: Rules, before: str) -> bool:
    """Whether a business word is one of the two words right before the word "address" that
    ends `before`: "the old remit address", "Humana claims address", "our billing address"; not
    "her billing address"."""
    cues = [cue for cue in rules.cue["address"].finditer(before) if "addr" in cue.group().lower()]
    if not cues:
        return False  # "the supplier delivered to 42 Elm Street": a verb cue, the patient's
    words = re.findall(r"[A-Za-z&'/]+", before[: cues[-1].start()])[-2:]
    bare = {word.lower().removesuffix("'s") for word in words}
    # a company's name in capitals: "Mesa Mobility's address is ...", "Sunrise Medical address"
    named = {w.lower().removesuffix("'s") for w in words if w[:1].isupper()}
    business = bare & rules.business_words or named & rules.names.company_words
    return bool(business) and not bare & rules.personal_words


# What an address is said to be right after it: "404 Main Street is our new warehouse".
_SAID_TO_BE = re.compile(r",? (?:is|was) (?:our|the) (?:new |old |main )?([a-z]+)\b")
_YEAR = re.compile(r"(?:19|20)\d\d ")  # a house number that may be a date's year
_IN_N3 = re.compile(r"(?:^|[~\n])\s*N3\*[^~\n]*$")
# What any STREET_FIRST match holds, in an ASCII text in lower case (this module
# searches the long pattern only where one of these stands: a case-blind pattern of many
# alternatives is tried at every letter, a list of lower-case words is skipped by its first).
_STREET_FIRST_NEEDS = re.compile(
    r" (?:calle|avenida|camino|paseo|carretera|circulo|via|rue|rua|avenue of)"
    r"|(?:strasse|str\.|weg|gasse|allee|platz|damm|straat|laan|gracht|vej|gade|gatan|veien) \d"
    r"|ul\. |urb|calle|chalan |biradan |\d,? (?:rue|avenue|boulevard|bd|chemin|impasse|quai|place) "
    r"|\d (?:road|rd|avenue|ave|county|cr|highway|hwy)"
    r"|(?:avenida|av\.|carrera|camino|rua|travessa|via) "
)
# What any BOX_OR_ROUTE match holds, in an ASCII text in lower case, as _STREET_FIRST_NEEDS.
_BOX_OR_ROUTE_NEEDS = re.compile(
    r"box|drawer|pob|[\dnsew] (?:route|rte|highway|hwy|state|county|farm|sr|cr|us|fm|sh|cth|sth|rm)"
    r"|(?:#|lot |unit |apt |trlr |house |space |sp )\d|\d [a-z][a-z]-\d|\d [nsew]\.? \d"
    r"|mile|mp \d|km|k\.m|lot #?\d|general delivery"
)
# The only shapes of an address with no digit: "General Delivery, Ely NV", "Urb. Villa Carolina".
_DIGIT = re.compile(r"\d")
_GENERAL_DELIVERY = re.compile(r"\bgeneral delivery", re.I)
_URBANIZATION = re.compile(r"\burb", re.I)


# Said to be ours right after it: "..., HI 96813 for our office" (not "..., 96799, our driver
# has it" nor "... for the patient we saw": the word after "our" must be a business's).
_OURS_AFTER = re.compile(r"[\s,.;:-]*(?:for|at|is|=)?\s*(?:our|we)\s+([a-z'-]+)", re.I)
# "our NPI, PTAN and address are on the letterhead, 8800 ...": the writer's business names its
# own address earlier in the sentence.
_OUR_ADDRESS = re.compile(
    r"\b(?:our|we|we're)\b((?:[ ,&/]+[a-z']+){0,5}?)[ ,&/]+address(?:es)?\b", re.I
)


def _ours(rules: Rules, text: str, match: re.Match[str]) -> bool:
    """Whether the sentence before the address calls it "our" address, with no person's word."""
    before = re.split(r"[.!?\n]", text[max(0, match.start() - 100) : match.start()])[-1]
    said = _OUR_ADDRESS.search(before)
    between = set(re.findall(r"[a-z']+", said.group(1).lower())) if said else set()
    return bool(said) and not between & rules.personal_words


# A printed address's town, state and ZIP code after the street in capitals: "17768 N CINCINNATI
# AVE APT 108 OKMULGEE OK 74447" in a typed message is an address, not a setting's letters.
_ZIP_AFTER = re.compile(r"(?:[ ,]+(?:APT|UNIT|STE|#) ?\w+)?[ ,]+(?:[A-Z]+ ){1,3}[A-Z]{2},? \d{5}\b")


_ZIP_NEAR = re.compile(r"(?<!\d)\d{5}(?!\d)")
# A word joining a count to what it is for ("6 for the Coral Bay route"): no street's name.
_JOINING_WORDS = frozenset({"for", "per", "each"})

# A home's lot or tract before its street ("Lot 9632, Chalan Magas", "Tract 12, 4 Elm St"), not a
# product's lot number: a comma after the number, or a Chamorro street word.
_LOT_BEFORE = re.compile(r"\b(?:lot|tract) ?#? ?$", re.I)
_LOT_STREET = re.compile(r"\d+[A-Za-z]?,|\S+ (?i:chalan|biradan)\b")

_UNIT = re.compile(r"[\s,]*(?:apt|apartment|unit|lot|trlr|trailer|space|rm|room|#)\b", re.I)


def business_street(rules: Rules, text: str, match: re.Match[str]) -> bool:
    """A street of a business park or a hospital campus (`business_street_words`), with no
    home's unit after it and no patient's word in the message."""
    street = match.group().lower()
    words = rules.file.business_street_words
    if not any(re.search(rf"\b{re.escape(word)}\b", street) for word in words):
        return False
    return not _UNIT.match(text, match.end()) and not rules.names.patient_word.search(text)


# A person's full name right before an address, after its comma or "at".
_NAME_BEFORE = re.compile(r"([^\W\d_][\w'-]*(?: [^\W\d_]\.?)? [^\W\d_][\w'-]*)(?:,| at) $")


# The end of a message's opening ("from the fax: ", "saw this in the queue - "): the words before
# it say who sent the note, the two or three words after it whose the address is.
_OPENING_BEFORE = re.compile(r"(?::|\s[–—-]) $")
# A label naming whom a business's address is for: "Mobility Parts, attn: Guadalupe Soto, 19297".
_ADDRESSEE = re.compile(r"\b(?:attn|attention|c/o|care of|contact|rep)\W{0,2}$", re.IGNORECASE)


def _name_words(rules: Rules, words: list[str]) -> bool:
    """Two or three words that make a person's name and no business's, place's or ordinary words
    ("Zdenka Khudeda", "Merlyn R. Sheikho"); in lower case, a census given name then surname
    ("jericho tran"), so "front desk" or "the warehouse" stays no one's."""
    names = rules.names
    bare = [w.lower().strip(".") for w in words if len(w.strip(".")) > 1]
    lists = [names.ordinary, names.english, names.businesses, names.company_words]
    lists += [names.place_names, rules.business_words]  # each read apart: no union of big lists
    if len(bare) < 2 or any(not listed.isdisjoint(bare) for listed in lists):
        return False
    if all(w[:1].isupper() for w in words):
        return True
    return bare[0] in names.every_first_name and bare[-1] in names.surnames


# What follows a quantity's unit in a dose or a rate: "2 g per run", "5 ml/day", "3 mg daily".
_DOSE_RATE = re.compile(r" ?(?:/|per\b|each\b|daily\b|a (?:day|week|run)\b)", re.IGNORECASE)


def person_before(rules: Rules, text: str, start: int) -> bool:
    """Whether a person's full name stands right before the address at `start`: the address is
    that person's, whatever business an opening names ("from the fax: Ana Ruiz at 4 Elm St")."""
    name = _NAME_BEFORE.search(text, max(0, start - 50), start)
    if name is None:
        return False
    opening = _OPENING_BEFORE.search(text, max(0, name.start() - 3), name.start())
    if opening and not _ADDRESSEE.search(text, max(0, name.start() - 16), opening.start() + 1):
        return _name_words(rules, name.group(1).split())  # "from the fax: Ana Ruiz at 4 ..."
    # With the words before it, so a colleague's stays one ("attn: Guadalupe Soto, 19297 ...").
    window = text[max(0, name.start() - 30) : start]
    return all(has_full_name(rules.names, part, beside=True) for part in (name.group(1), window))


def has_address(rules: Rules, text: str) -> bool:
    def keep(match: re.Match[str]) -> bool:
        if _IN_N3.search(text, max(0, match.start() - 80), match.start()):
            return False  # an 837's N3 segment: flows/phi_records.py reads whose it is
        if _YEAR.match(match.group()) and DATE_BEFORE_YEAR.search(
            text[max(0, match.start() - 16) : match.start()]
        ):
            return False  # "Nov 14 2026 CO-45": a date's year, then a denial code
        unit = rules.cue["quantity_unit"].match(text, match.start() + len(match.group().split()[0]))
        if unit and _DOSE_RATE.match(text, unit.end()):
            return False  # a dose, "uses ~2 g per run": no house number and street
        if own_contact_before(rules, text, match.start()):
            return False  # "ship from 2217 Lake Ave, Pueblo": the office's dock
        said = _SAID_TO_BE.match(text, match.end())
        if said and said.group(1).lower() in rules.business_words:
            return False  # "four oh four Main Street is our warehouse": the business says whose
        if cue_before(rules, "address", text, match.start()):
            # A cue ("deliver to") makes it the patient's unless the business says it is its own
            # ("we moved to") or names whose address it is ("the old remit address, PO Box").
            before = text[max(0, match.start() - 60) : match.start()].lower()
            if any(phrase in before for phrase in rules.business_phrases):
                return False
            whose = re.search(r"\b(?:our|we|we're|we've)\b|\b(?:moved|relocated) to\s*$", before)
            if whose and business_after_opening(rules, text, match.start(), phone=False):
                return False  # "our billing office moved to ...", "Dr. Haddox's office moved to"
            return not _business_label(rules, text[max(0, match.start() - 60) : match.start()])
        first = match.group().split()[0].upper()
        if is_hcpcs_code(first) and first[0] not in "NW":
            # "E0988 lever drive": a code, not a grid address like "W156N11570"; HCPCS has no N
            # or W codes, so "W2150 County Rd K" is one
            return False
        if match.re is STREET_FIRST_ANY_CASE:
            return False  # in lower case only after a cue
        if match.group()[:3].lower() == "urb" and not re.search(r"\d", text[match.end() :][:40]):
            # An urbanization with no house or street after it is a neighbourhood, a patient's
            # only with a person's word before ("pt lives in Urb. Villa Carolina"); not "the
            # Urb. Villa Carolina office is closed today".
            earlier = set(re.findall(r"[a-z']+", text[: match.start()].lower()))
            return bool(earlier & rules.personal_words)
        if person_before(rules, text, match.start()):
            return True  # "Kearney office: Ana Ruiz, 12 Elm St": hers, not the office's
        if named_for_right_before(rules, text, match.start()):
            return True  # "the remit for Ruth, 12 Oak St": hers, whatever books come before
        home_lot = _LOT_BEFORE.search(text, max(0, match.start() - 8), match.start()) and (
            _LOT_STREET.match(match.group())
        )
        if _ours(rules, text, match) or (
            not home_lot and business_line(rules, text, match.start(), phone=False)
        ):
            return False  # "mail redeterminations to PO Box 6727", "our office moved to 12 ..."
        if business_street(rules, text, match):
            return False  # "1200 Industrial Pkwy", "100 Medical Center Dr": no one's home
        if match.re is not ADDRESS_ANY_CASE:
            return True
        # In lower case with no cue: only where an address ends ("42 elm st apt 3", "... rd,"
        # or the end of the message) and with no measure in it ("4 inch square gauze").
        words = match.group().split()
        if words[1] in _JOINING_WORDS and not _ZIP_NEAR.search(text, match.end(), match.end() + 40):
            return False  # "6 for the Coral Bay route, 4 for town": a count, no house number
        if (
            words[-1].isupper()
            and any(ch.islower() for ch in text)
            and not _ZIP_AFTER.match(text, match.end())
        ):
            return False  # "VPAP ST," in a typed sentence is spontaneous/timed, not a street
        measures = {word.lower() for word in words[1:-1]} & MEASURES
        end = ADDRESS_END.match(text, match.end())
        if end and not end.group().strip() and words[-1].lower() in STREET_WORDS_WITH_OTHER_USES:
            return False  # "conv 1 arm drive" ends a message, but is not an address
        return bool(end) and not measures

    def streetless(label: re.Match[str]) -> bool:  # "lives at 88 Windermere, Dublin OH"
        if STREET_NAMED.match(text, label.end()):
            return True  # "she lives on Oakwood Drive": a street with no house number
        found = STREETLESS.match(text, label.end())
        word = found.group(1).split()[0] if found else ""
        if not found or word.lower() in MEASURES | rules.billing_words:
            return False
        if not word.istitle() and word.lower() in rules.names.ordinary:
            return False  # "address: 2 lines max": the bot's own word, not a street's name
        before = text[max(0, label.start() - 60) : label.end()].lower()  # "our office address is"
        return not any(p in before for p in rules.business_phrases) and not _business_label(
            rules, text[max(0, label.start() - 60) : label.end()]
        )

    def labelled_place(label: re.Match[str]) -> bool:  # "address Lot 8 Leone, Tutuila 96799"
        if label.group().lower() == "home":
            return False  # "Ridge Home Medical, 6109 ...": a business's name as often as a label
        found = LABELLED_PLACE.match(text, label.end())
        if found is None:
            return False
        before = text[max(0, label.start() - 60) : label.end()]
        moved = re.search(r"\b(?:moved|relocated) to$", before, re.IGNORECASE)
        if moved and business_after_opening(rules, text, label.end(), phone=False):
            return False  # "Cimarron Orthotic Lab moved to ..., Hays KS 67601"
        value = {w.removesuffix("'s") for w in re.findall(r"[a-z']+", found.group().lower())}
        place = found.group("place")
        if (
            place
            and not STATE_WORDS.issuperset(place.lower().split())
            and (place.split()[0] in rules.names.ordinary)
        ):
            return False  # "the address field wants the ZIP, like 96799": no place's name
        if any(p in before.lower() for p in rules.business_phrases) or _business_label(
            rules, before
        ):
            return False  # "our remit address: ..., Fargo, ND 58108"
        if value & (rules.business_words | {"our", "we"}) or _OUR_ADDRESS.search(before):
            return False  # "ship to our warehouse, Hagatna, GU 96910"
        # A business's value names it: "mail to CGS Administrators, Nashville, TN 37202"
        after = _OURS_AFTER.match(text, found.end())  # "..., HI 96813 for our office"
        ours = after is not None and after[1].lower() in rules.business_words
        return not (value & rules.names.businesses or ours)

    def map_point(match: re.Match[str]) -> bool:
        """A what3words address or a latitude and longitude where a person's word or an address's
        cue says whose place it is ("GPS pin for the pt's cabin: 61.5829, -149.4411"); not a
        business's ("the warehouse's pin") nor a dose ("0.1250, 0.2500 mg")."""
        if match.group(1) and not (
            abs(float(match.group(1))) <= 90 and abs(float(match.group(2))) <= 180
        ):
            return False
        if rules.cue["quantity_unit"].match(text, match.end()):
            return False
        words = {w.removesuffix("'s") for w in re.findall(r"[a-z']+", text.lower())}
        whose = words & rules.personal_words or cue_before(rules, "address", text, match.start())
        return bool(whose or not match.group(1)) and not business_line(
            rules, text, match.start(), phone=False
        )

    def spelled(match: re.Match[str]) -> bool:
        """A house number in words: two or more ("six twelve Pelican Bay Drive"), or one after
        an address's cue ("lives at nine Elm Street"; not "One Medical Center Drive" alone)."""
        several = bool(match.group(1))
        return (several or cue_before(rules, "address", text, match.start())) and keep(match)

    shapes: tuple[re.Pattern[str], ...]
    if _DIGIT.search(text):
        # The long PO box and street-first patterns only where a word they need stands.
        lower = text.lower() if text.isascii() else None
        boxed = lower is None or _BOX_OR_ROUTE_NEEDS.search(lower) is not None
        street_first = lower is None or _STREET_FIRST_NEEDS.search(lower) is not None
        shapes = (
            *(BOX_OR_ROUTE,) * boxed,
            ADDRESS,
            ADDRESS_CITY_ZIP,
            *(STREET_FIRST, STREET_FIRST_ANY_CASE) * street_first,
            ADDRESS_ANY_CASE,
            *(ESTATE_ADDRESS, ESTATE_LOT) * bool(ESTATE_NEEDS.search(text.lower())),
        )
    else:  # every other shape has a digit: most messages have none and skip their long patterns
        shapes = (BOX_OR_ROUTE,) * bool(_GENERAL_DELIVERY.search(text))
        shapes += (STREET_FIRST, STREET_FIRST_ANY_CASE) * bool(_URBANIZATION.search(text))
    return (
        any(_any(shape, text, keep) for shape in shapes)
        or _any(rules.cue["address_label"], text, streetless)
        or (
            PLACE_NEEDS.search(text) is not None
            and _any(rules.cue["address"], text, labelled_place)
        )
        or _any(SPELLED_ADDRESS, text, spelled)
        or ("." in text and _any(MAP_POINT, text, map_point))
    )
