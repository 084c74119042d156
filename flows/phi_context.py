"""Reads the words around a possible identifier for the PHI guard (flows/phi.py): a cue word
just before it ("DOB", "MRN", "cell"), a billing word that makes a number a business's ("part",
"NPI", "claim"), or a business that owns a phone number or an address ("supplier phone:",
"Noridian, PO Box 6727"), or a word that says what an MBI-shaped number is ("batch
7HJ0NY5MM90")."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterator

from flows.phi_patient_context import facing_department_of_business
from flows.phi_rules import Rules
from flows.phi_shapes import digits_after

FILLER = re.compile(
    r"(?:[\s#:=()\[\],./*_`~\"'>-]|\b(?:is|was|no|num|number|of|the|on|her|his|are|mm|dd|yy|yyyy"
    r"|age|month|year|yr|only|and"
    # the words between a label and a date in other languages: "nació el", "nasceu em", "geboren
    # am", "ipinanganak noong ika-3 ng", "li fèt nan dat"
    r"|el|le|em|am|noong|ika|ng|li|il|en|den|dia|dnia|nan|dat|mo"
    # "is" and "was" in Spanish and Portuguese, in lower case ("ERA" is a remittance): "(HICN) era"
    r"|(?-i:era|es|fue|é|foi)"
    r"|(?<=\bon )file)\b)*$",  # "addr on file: 1190 Tanglewood Trl"
    re.I,
)


def any_match(pattern: re.Pattern[str], text: str, keep: Callable[[re.Match[str]], bool]) -> bool:
    """Whether any match of `pattern` in `text` passes `keep`."""
    return any(keep(match) for match in pattern.finditer(text))


def cue_before(rules: Rules, kind: str, text: str, start: int, reach: int = 40) -> bool:
    """Whether a `kind` cue ends just before `start` (only filler words in between)."""
    before = text[max(0, start - reach) : start]
    return any(
        FILLER.fullmatch(before[found.end() :]) for found in rules.cue[kind].finditer(before)
    )


def cue_near(rules: Rules, kind: str, text: str, start: int, words: int = 3) -> bool:
    """Whether a `kind` cue ends at most `words` words before `start`: "reach the son at"."""
    before = text[max(0, start - 50) : start]
    return any(
        len(re.findall(r"[A-Za-z]+", before[cue.end() :])) <= words
        for cue in rules.cue[kind].finditer(before)
    )


_ID_LABELS = frozenset({"id", "no", "nbr", "num", "number"})


def billing_number(
    rules: Rules, text: str, start: int, words: frozenset[str] | None = None
) -> bool:
    """Whether the number at `start` follows a word like "part", "model", "NPI" or "claim"
    (or one of `words`: "serial", "lot" before a product's number)."""
    words = rules.billing_words if words is None else words
    before = FILLER.sub("", text[max(0, start - 40) : start]).lower()
    word = r"/?[^\W\d_]+(?:/[^\W\d_]*)*"  # "s/n", "p/n", "réf", "código"
    last = re.search(rf"(?:({word}) )?({word})$", before)
    if last is None:
        return False
    two = f"{last.group(1)} {last.group(2)}" if last.group(1) else ""
    # "control id 79629615": the phrase the ID's label ends, or starts before the label
    owner = f"{last.group(2)} id" if re.match(r"id\b", text[start : start + 3], re.I) else ""
    # "KMAP provider ID 667571541A", "supplier # 4471": the billing word before the ID's label
    labelled = last.group(2) in _ID_LABELS and last.group(1) in words
    return last.group(2) in words or two in words or owner in words or labelled


def cued_digits(rules: Rules, kind: str, text: str) -> Iterator[str]:
    """The digits after each `kind` cue (see phi_shapes.digits_after)."""
    for cue in rules.cue[kind].finditer(text):
        yield digits_after(text, cue.end())


# A capitalised name and a comma right before an address: "Premera, 6898 196th St SW".
_PAYER_ENDS = re.compile(r"(?:^|[:;(\n] ?)[A-Z][\w&'-]*, ?$")


# A message's source heading ("from the Rolla fax tray: ", "from our office inbox: "): its words
# say where the message came from, not whose the plan number after it is.
_SOURCE_HEADING = re.compile(r"\b(?i:from) (?:the |our |my )?[^\W\d_][^:,;\d]{0,30}: ")


def _unless_personal(heading: re.Match[str], personal: Collection[str]) -> str:
    """The heading gone, unless it names a person ("from the pt:", "from her daughter:")."""
    said = set(re.findall(r"[a-z]+", heading.group().lower()))
    return heading.group() if said & set(personal) else ": "


# A line's or a list item's start, as a typed list or normalising leaves it ("... * the office at").
_LINE_OR_ITEM = re.compile(r"\n|\s[*\u2022]\s")


_MAILBOX = re.compile(r"[\w.+-]+@\S*")


def business_line(
    rules: Rules, text: str, start: int, phone: bool = True, contact: bool = False
) -> bool:
    """A payer's, supplier's or office's number or address: "supplier phone: 614-...", "fax the
    CMN to", "Noridian, PO Box 6727", "Castellanos Home Medical, 330-..."; not when a person comes
    first ("her daughter's", "home phone"). A `contact` (a phone or an e-mail) on a line naming a
    staff job or a team is the team's: a signature's or a directory's line."""
    # Only the words after the last other ID-like value: in "Humana ID H59837104, 808-555-0153" the
    # payer's name belongs to the member ID, not to the phone number after it; a ZIP code is the
    # address's ("Redbud Hollow Home Medical, 1180 N Main St, Hazard KY 41701, (606) 555-0100").
    window = re.split(
        r"(?<!\S)(?!\d{5}(?:-\d{4})?[,;]?(?:\s|$))(?=\S*\d{4})\S{6,}",
        text[max(0, start - 60) : start],
    )[-1]
    # A business's word in an earlier sentence is not the value of a person named after it:
    # "the NOC line needs a narrative; Pruett, Odalys 757-..." is a patient's phone.
    said = re.split(r"[;?!]\s", window)[-1]
    window = said if re.search(r"[A-Z][a-z]+,? [A-Z][a-z]+", said) else window
    # A line or a list's item of its own naming a business's place is the business's, whatever
    # the one before says of the patient: "* pt is 71 yo\n* the office at 2206 Riverside Dr".
    own_line = _LINE_OR_ITEM.split(window)[-1]
    words_of_line = set(re.findall(r"[a-z']+", own_line.lower()))
    if words_of_line & rules.business_words and not words_of_line & rules.personal_words:
        window = own_line
    if not phone:  # "from the Sedalia fax tray: MO HealthNet 47295597"; not "from the pt:"
        personal = rules.personal_words | rules.names.family_words
        window = _SOURCE_HEADING.sub(lambda m: _unless_personal(m, personal), window)
    listed = re.search(
        r"\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}[\s,;/|.-]*(?:\(?([A-Za-z]{1,12})\)?[.:]?[\s:]*)?$",
        text[max(0, start - 40) : start],
    )
    # "phone,fax 614-555-0110,614-555-0100", "p 740-555-0118 | f 740-555-0120", "billing (971)
    # 555-0148, intake 971-...", "(Yakima) (833) 555-0101, (Wenatchee) 971-...", "Cranston office:
    # 401-555-0176. Woonsocket: 401 555 0121": a list, unless
    # its label is a person's ("office 614-..., daughter 614-...")
    label = (listed.group(1) or "").lower() if listed else ""
    # An address after a number with a space alone between is no list's ("PA# 4662732094 339
    # Chalan Ayuyu, ..."): an office's list puts a comma, a bar or a label between its values.
    spaced = (
        listed is not None
        and not phone
        and not label
        and not listed.group()[-8:].strip("0123456789 \t")
    )
    if (
        listed
        and not spaced
        and label not in rules.personal_words | rules.names.family_words
        and (
            re.fullmatch(r"[\s,;/|-]*(?:\(?[A-Za-z]{1,12}\)?[.:]?)?[\s:]*", window)
            or window.endswith(listed.group())  # "... 401 555 0121. Middletown: "
        )
        and _office_label(rules, text, start, listed)
    ):
        return business_line(rules, text, start - len(listed.group()), phone, contact)
    before = re.findall(r"(?:[^\W\d_]|[&'/])+", window)[-8:]  # "almacén", "Humana's"
    # A mailbox after the number is another value, not its label: "cell ... send to billing@..."
    said_after = _MAILBOX.sub(" ", text[start + 10 : start + 40].lower())
    after = re.findall(r"[a-z&'/]+", said_after)[:4] if phone else []
    # "316.555.0122 - hospital bed pickup": a business's word naming an item is no business's
    items = rules.names.item_nouns
    after = [w for w, nxt in itertools.pairwise([*after, ""]) if nxt not in items][:3]
    company = {  # "Castellanos Home Medical"; "home" alone is a person's ("HOME PH")
        w.lower()
        for w in before
        if w[0].isupper()
        and w.lower().removesuffix("'s") in rules.names.company_words
        and w.lower() not in rules.personal_words
    }
    for i, word in enumerate(before):  # "Riverbend Home Medical", "Acme Home Medical Direct"
        if word.lower() in company:  # not "... Hollister Ave Home:", a label
            while i and before[i - 1][0].isupper():
                i -= 1
                company.add(before[i].lower())
    # "patient financial services", "client services": a department, not a person's word
    desks = rules.file.patient_title_words
    words = {w.lower().removesuffix("'s") for w in before} - company
    words -= _named_places(window) & rules.personal_words  # "Mountain Home VA office"
    desk_of = {w.lower() for w, desk in itertools.pairwise(before) if desk.lower() in desks}
    words -= desk_of & rules.personal_words
    joined = " ".join(before).lower()
    # "MASHAPAUG POND NURSING HOME FAX", "... Nursing Home ph": the home of a business's name
    phrases = [phrase for phrase in rules.business_phrases if phrase in joined]
    rest = set(functools.reduce(lambda kept, p: kept.replace(p, " "), phrases, joined).split())
    words -= {word for phrase in phrases for word in phrase.split()} - rest
    kin = {w.lower().removesuffix("'s") for w in before} & rules.names.family_words
    if re.search(r"\bbusiness (?:line|number|phone)\b", joined) and not kin:
        return True  # "Bethany Home business line (316) ...": the home's own, not "her son's"
    if {w.strip("'") for w in words} & rules.personal_words and not _pronoun_before_business(
        rules, before
    ):
        return False  # also a quoted label's: "'Patient phone' reads ..."
    line = window[window.rfind("\n") + 1 :]
    cells = (cell.strip() for cell in re.split(r" [.|-] |\|", line))
    whole_line = line + text[start:].partition("\n")[0]  # "Intake · 218-555-0144 · Lakeview HME"
    staff_line = rules.names.staff_role.search(line) or any(
        rules.names.staff_department.fullmatch(cell)
        or facing_department_of_business(
            rules.names.context, cell, whole_line, rules.business_words, rules.names.company_words
        )
        for cell in cells
    )
    if contact and staff_line:
        return True  # a signature's line: "AR Specialist · Northshore HM · 218-555-0126"
    # A mailbox is no help line's: "line 4: ..., aruiz51@gmail.com" is a pasted row's
    businesses = rules.business_words - (rules.phone_line_words if contact and not phone else set())
    return bool(
        company
        or (not phone and _PAYER_ENDS.search(window) and rules.cue["plan"].search(window))
        or words & businesses
        or set(after) & rules.business_words
        or any(phrase in joined for phrase in rules.business_phrases)
    ) or billing_number(rules, text, start)


def _office_label(rules: Rules, text: str, start: int, listed: re.Match[str]) -> bool:
    """Whether the label between two numbers of a list is an office's ("... 401 555 0121.
    Middletown: "): no given name or surname ("Gladys: 401 555 0121") and no person's word just
    after the number ("... re her walker rental")."""
    label = (listed.group(1) or "").lower()
    names = rules.names
    if label in names.first_names:
        return False
    if label in names.all_surnames:  # "Norwood:" only after a town's label no name's ("Dedham:")
        earlier = re.findall(
            r"\b([A-Z][a-z]+):", text[max(0, start - 90) : start - len(listed.group())]
        )
        if not {word.lower() for word in earlier} - names.first_names - names.all_surnames:
            return False
    return not personal_word_in(rules, text[start : start + 50])


def personal_word_in(rules: Rules, window: str, extra: Collection[str] = ()) -> bool:
    """Whether a patient's or a relative's word (or one of `extra`) is in `window`: "re her walker
    rental", "her son uses ..."."""
    words = {word.removesuffix("'s") for word in re.findall(r"[a-z']+", window.lower())}
    return bool(words & (rules.personal_words | rules.names.family_words | set(extra)))


def _named_places(window: str) -> set[str]:
    """Words that end a place's name and so are no one's: "Mountain Home VA office", "Harbor
    Home" (a title-cased word after another, not "HOME PH" nor "Hollister Ave Home:")."""
    return {
        m.group(1).lower() for m in re.finditer(r"(?<=[a-z] )([A-Z][a-z]+)(?=\s[^\s:])", window)
    }


def _pronoun_before_business(rules: Rules, before: list[str]) -> bool:
    """The only person's words are pronouns, and a business's word follows the last one: "their
    auth line is", "his clinic's fax"; not "her daughter's cell", and not one person's own line
    or place ("her office", "his fax"), which names no business. Or "our" and a line's word
    end it, whoever came before ("the pt called our main line")."""
    context = rules.names.context
    lower = [w.lower().removesuffix("'s").strip("'") for w in before]
    personal = [i for i, word in enumerate(lower) if word in rules.personal_words]
    rest = lower[personal[-1] + 1 :]
    lines = rules.business_words | rules.phone_line_words
    if "our" in rest[-3:] and rest and rest[-1] in lines:
        return True  # "pt is 67 years old + our main line 671-...", not "our billing lead"
    business = set(rest) & rules.business_words
    if lower[personal[-1]] in context.one_person_pronouns:
        business -= context.own_line_words
    return all(lower[i] in context.pronouns for i in personal) and bool(business)


@functools.lru_cache(maxsize=2)
def _own_contact_label(labels: tuple[str, ...]) -> re.Pattern[str]:
    said = "|".join(re.escape(label).replace(r"\ ", " +") for label in labels)
    return re.compile(rf"(?<![\w'-])(?:{said})(?: +at)?[ \t]*[:-]?[ \t]*$", re.IGNORECASE)


def own_contact_before(rules: Rules, text: str, start: int) -> bool:
    """Whether the office's own words for its line or its dock stand right before the phone or
    the address at `start` (`own_contact_labels`: "call us at 719-...", "ship from 2217 ...")."""
    label = _own_contact_label(tuple(rules.file.own_contact_labels))
    return label.search(text, max(0, start - 30), start) is not None


_LABEL_BEFORE = re.compile(
    r"([^\W\d_][\w/']*)(?:[\s#:=.*_`~\"'>(\[-]|\b(?:no|num|number|nr|id)\b)*$", re.IGNORECASE
)


def other_label(rules: Rules, text: str, start: int) -> bool:
    """Whether the word labelling an MBI-shaped value in a message with no Medicare cue says it
    is another business's number (`mbi_other_labels`: "batch 7HJ0NY5MM90", "ESN ...")."""
    label = _LABEL_BEFORE.search(text, max(0, start - 40), start)
    if label is None or label.end() != start:
        return False
    return label.group(1).lower().removesuffix("'s").strip("/") in rules.mbi_other_labels


# Where a message's opening ends ("msg from the store:", "fax queue - cover sheet:", "text from
# Dwayne (driver):"): the words before it say who wrote or sent the note, not whose a value is.
_OPENING_END = re.compile(r":\s|\s[–—-]\s")
_WE = re.compile(r"\b(?:our|we|we're|we've|us)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;?!]\s")


def business_after_opening(
    rules: Rules, text: str, start: int, phone: bool = True, contact: bool = False
) -> bool:
    """business_line read from the end of the message's opening only, where the value's own
    words say it is a person's ("... : call 318-555-0142 not the home #", "... store: Ezora
    Leger moved to 18412 Hwy 90"); "we" or "our" in that part still makes it the business's."""
    cut = max((found.end() for found in _OPENING_END.finditer(text, 0, start)), default=0)
    # "we" in an earlier sentence is no one's line: "we bill the tray; Pruett, Odalys 757-..."
    said = max((found.end() for found in _SENTENCE_END.finditer(text, cut, start)), default=cut)
    if _WE.search(text, said, start):
        return True
    return business_line(rules, text[cut:], start - cut, phone, contact)


_PATIENTS_BEFORE_RELATIVE = re.compile(r" ?\((?:the )?(?:pt|patient|member|resident)'s ", re.I)


def person_after(rules: Rules, text: str, end: int) -> bool:
    """Whether a person's words follow a phone number or an e-mail address (`contact_person_after`:
    "... not the home #", "... emailed about her bill")."""
    gap = len(text[end:]) - len(text[end:].lstrip(" \t\n,)(>\"'-"))
    if rules.cue["contact_person_after"].match(text, end + gap) is not None:
        return True
    # A patient's relative as the line's owner, in brackets: "(patient's daughter)", "(pt's son)".
    owner = _PATIENTS_BEFORE_RELATIVE.match(text, end)
    return owner is not None and rules.cue["relative"].match(text, owner.end()) is not None


# "not an MBI", "isn't a Medicare number": the writer says the value is not one.
_COUNT = re.compile(r"\b\d+ (?=characters? )", re.IGNORECASE)
_NOT_AN = re.compile(r"\b(?:not|isn't|isnt|never) (?:an?|the) $", re.IGNORECASE)


def denied_cue(rules: Rules, kind: str, text: str, likened: bool = False) -> bool:
    """Whether the text names `kind` only to deny it: "vendor's own, not an MBI"; `likened`, or
    to compare a value to it: "frame IDs like 1YH1-Q04-RD18, same shape as a Medicare number"."""
    cues = [cue.start() for cue in rules.cue[kind].finditer(text)]
    return bool(cues) and all(
        _NOT_AN.search(text, max(0, at - 12), at) or (likened and _likened(rules, text, at))
        for at in cues
    )


def _likened(rules: Rules, text: str, at: int) -> bool:
    before = _COUNT.sub("", text[max(0, at - 40) : at])  # "same 11 characters as a"
    return rules.cue["likened"].search(before) is not None


# A person beside a number with no label: a title or a patient's word before it, or a
# capitalised full name or "Surname, Given" a few words either side ("Mrs. Dorn, 418/50/7837",
# "pt 708 302795", "708 302795 - Lorna Dorn").
_PERSON = (
    r"(?:\b(?i:mrs?|ms|miss|mx|pt|patient|member|beneficiary|resident)\b\.?"
    r"|\b[A-Z][a-z'-]+,? [A-Z][a-z'-]+\b)"
)
_PERSON_BEFORE = re.compile(_PERSON + r"[^.;\n$]{0,30}$")
_PERSON_AFTER = re.compile(r"^[^.;\n]{0,30}?" + _PERSON)
# An amount or a count right before it ("$418/50/7837", "paid 418 302795", "qty 100 200300").
_AMOUNT_BEFORE = re.compile(r"(?:\$|\d[.,]?|\b(?i:qty|x|paid|total|amount|units?|ratio))\s*$")


def person_beside(rules: Rules, text: str, start: int, end: int) -> bool:
    """Whether a person is named beside the unlabelled number at `start`-`end`, and no amount,
    count or number's label comes right before it: an SSN typed with no label ("Mr Dorn, 708
    302795") is only read as one with its owner beside it."""
    before = text[max(0, start - 60) : start]
    if _AMOUNT_BEFORE.search(before) or billing_number(rules, text, start, rules.ssn_shape_words):
        return False
    return bool(_PERSON_BEFORE.search(before) or _PERSON_AFTER.search(text[end : end + 60]))
