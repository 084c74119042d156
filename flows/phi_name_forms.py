"""Short forms billers name a patient by in everyday messages, for the PHI guard's name checks
(flows/phi_names.py): a surname alone before the case it stands for ("the Szymanski claim",
"the Ostranders want the bed moved"), initials before a surname ("J. Whitmire needs the
rollator", "Pfenning, R. - ABN signed"), and the words that end a name's phrase or name the
patient's item after it ("Lorraine Fitzhugh rollator", "JOHN SMITH CO-50")."""

from __future__ import annotations

import itertools
import re

from flows.models import ADJUSTMENT_GROUPS
from flows.phi_name_lists import NameRules
from flows.phi_name_roles import (
    clinician_near,
    is_brand,
    is_colleague,
    is_rep,
    names_code_item,
)
from flows.phi_name_words import (
    bare_word,
    case_of,
    is_first_name,
    is_name_word,
    name_parts,
    rare_surname,
    surname_like,
    surname_shaped,
    unlisted,
)
from flows.phi_word_patterns import find_words

# Endings of English verbs, adverbs and adjectives, never of the given name a lower-case pair
# starts with: "pt refused transfers", "pt ambulates independently" are no names.
WORD_ENDINGS = ("s", "ed", "ing", "ly", "tion", "ment", "able", "ible", "ive", "ous", "ful")
# After "is" or "was" the same endings but a plural's "s", which given names end in too ("pt is
# idris bello", "pt is yannis papadakis") while a description seldom does.
DESCRIBING_ENDINGS = WORD_ENDINGS[1:]


def english_form(rules: NameRules, words: list[str]) -> bool:
    """Whether a lower-case pair reads as English words by their endings: an adverb, participle
    or adjective where a given name would stand ("morbidly obese", "requsting a", "visually
    impaired"), unless the word is a census first name, or, second, a census surname."""
    first, second = (bare_word(w) for w in (words + [""])[:2])
    return (first.endswith(DESCRIBING_ENDINGS) and first not in rules.every_first_name) or (
        second.endswith(DESCRIBING_ENDINGS) and second not in rules.surnames
    )


# After a label's colon a name stands more often than a description, so only the clearest
# English forms count there: an adverb or a participle no census list holds as a name.
_PLAIN_ENGLISH_ENDINGS = ("ly", "ing", "ed")


def plainly_english(rules: NameRules, word: str) -> bool:
    """Whether a lower-case word opening a labelled pair is an adverb or a participle, not a
    name: "pt: morbidly obese", "pt: requesting lighter chair"; not "pt: kelly osei"."""
    bare = bare_word(word)
    return (
        bare.endswith(_PLAIN_ENGLISH_ENDINGS)
        and bare not in rules.every_first_name
        and bare not in rules.surnames
    )


SURNAME = r"[A-Z][^\W\d_A-Z]+(?:['-][A-Z]?[^\W\d_A-Z]+)?"  # "Oyarzún" too
# Han (Chinese, Japanese kanji) and Hangul letters.
_EAST_ASIAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")


def east_asian(word: str) -> bool:
    """Whether a word is written in Han or Hangul letters: "王秀英", "김영숙"."""
    return bool(_EAST_ASIAN.match(word))


def plain_surname(rules: NameRules, word: str, census: bool = True, rare: bool = True) -> bool:
    """A capitalised surname that is not one of the bot's words, a business's or a place's:
    "Szymanski", "Ostrander"; with `census`, from the census lists, with a surname's ending
    ("Vukovich", "Lindqvist") or, with `rare`, in no dictionary ("Iheanacho")."""
    bare = bare_word(word)
    return (
        len(bare) > 2
        and is_name_word(word, rules)
        and bare not in rules.ordinary
        and bare not in rules.businesses
        and bare not in rules.company_words
        and bare not in rules.place_words
        and bare not in rules.place_names
        and (
            any(part in rules.all_surnames for part in bare.split("-"))  # "Pacheco-Ruiz"
            or (unlisted(word, rules) and (not census or bare.endswith(rules.surname_endings)))
            or (rare and rare_surname(word, rules))
        )
    )


_PLURAL_VERBS = frozenset({"are", "were", "have", "had"})  # "the Zielinskis are disputing"
_OPENING_SURNAME = re.compile(rf"^[\s>*_]*({SURNAME}) ((?:[a-z']+ ){{0,2}}[a-z]+)\b")
_SURNAME_PATIENT = re.compile(rf"\b[Tt]he ({SURNAME}) (?:pt|patient)\b")
_SURNAME_PERSON = re.compile(rf"\b[Tt]he ({SURNAME}(?: {SURNAME})?) ((?:old )?[a-z]+)\b")


def has_surname_alone(rules: NameRules, text: str) -> bool:
    """ "the Szymanski claim came back denied", "Lindqvist appeal went out", "the Kowalczyk
    chair came back", "the Ostranders want the bed moved": a surname standing for the patient's
    case, item or family; before an item, not a maker's name ("the Pride scooter"). A surname
    from the whole census list counts ("the Nwachukwu SWO"), as does one with a surname's ending;
    before a refill or a setup, which a drug or a maker has too, only a census surname ("the
    Haverkamp recert", not "the Dexcom refill")."""
    for found in rules.case_after_surname.finditer(text):
        word, bare = found.group(1), bare_word(found.group(1))
        opening = not found.group().lower().startswith(("the", "both"))
        if is_brand(rules, text, found.start(1)) or bare in rules.title_words.office_titles:
            continue  # "the Pride scooter", "Captain's chair in van 2"
        named = bare in rules.every_first_name or bare in rules.all_surnames
        if rules.desk_tray.match(text, found.end(1)) and (bare in rules.place_names or not named):
            continue  # "from the Pawtucket intake tray:" is a desk's; not "the Okafor intake tray"
        double = "-" in word and all(p in rules.all_surnames for p in bare.split("-"))
        owner = word.endswith("'s") and bare not in rules.every_first_name
        owner = owner and bare not in rules.family_words
        if found.group(4) and owner and plain_surname(rules, word):
            return True  # "Lindqvist's walker came back": a maker's name is no surname
        rare = rare_surname(word, rules)
        if found.group(4) and (bare in rules.every_first_name or opening) and not double:
            case = opening and _case_after(rules, text, found.end())
            if case and lone_surname(rules, text, found, rare=False):
                return True  # "Okeke hospital bed pickup", "Przybyszewska rollator - CO-16"
            continue  # "the Golden lift chair", "Gendron bariatric chair": a maker's, more often
            # (two surnames joined are a person's: "Holloway-Nunez rollator approved")
        if opening and (bare in rules.every_first_name or bare in rules.place_names):
            continue  # "Dayton claim denied", "Baylor appeal": places as often as people
        if re.search(r"-[^\W\d_A-Z]", word):
            continue  # "Post-payment ADRs", "Co-pay balance": joined surnames have two capitals
        if found.group(3):  # "the Haverkamp account"
            if opening or bare in rules.every_first_name or not plain_surname(rules, word):
                continue
            if rare or any(part in rules.all_surnames for part in bare.split("-")):
                return True  # "the Haverkamp account", "the Oyenuga account"
            continue
        # Opening a message, a word in no list may be a product's adjective ("Vibrotactile balance
        # feedback belt"), unless a denial's code follows ("Oyekunle denial: CO-50 again").
        coded = opening and _DENIAL_CODE.search(text, found.end(), found.end() + 30) is not None
        # Or before the case's paperwork in capitals ("Quarshie ADR due Monday", "Oyelaran SWO
        # expired"), which no product's adjective stands before; not a prescriber's papers
        # ("Venugopal's SWOs never have a date").
        paper = bool(found.group(2) and found.group(2).rstrip("s").isupper())
        coded = coded or (paper and not word.endswith("'s"))
        if plain_surname(rules, word, rare=not opening or coded):
            return True
    leading = _OPENING_SURNAME.match(text)  # "Ogundipe called", "Zielinski still hasn't signed"
    if leading and acts_after_name(rules, leading.group(2).split()):
        if lone_surname(rules, text, leading):
            return True
    # "Oyarzún denied again", "Haverkamp delivered": a census surname, or one with an accent,
    # which a drug's or a maker's name has not ("Stelara denied again")
    elif (
        leading
        and _case_outcome(rules, leading.group(2).split()[0])
        and lone_surname(rules, text, leading, rare=not leading.group(1).isascii())
    ):
        return True
    works = [*rules.surname_work.finditer(text), *rules.surname_work_joined.finditer(text)]
    worked = [(m, True) for m in works if _worked_person(rules, text, m)]
    for asked, rare in [*worked, *((m, False) for m in rules.surname_question.finditer(text))]:
        # "any news on Mrozek?"; "who's working Tshabalala?", "I'll take Mbeki-Hollis and ..."
        if lone_surname(rules, text, asked, rare=rare) and not (
            is_colleague(rules, text, asked.start(1), asked.end(1))
            or names_code_item(rules, text, asked.start(1))
        ):
            return True
    for found in _SURNAME_PATIENT.finditer(text):  # "dob for the Adeyemi pt is 6/14/1948"
        word = found.group(1)
        if bare_word(word) not in rules.condition_eponyms and plain_surname(rules, word):
            return True
    for found in _SURNAME_PERSON.finditer(text):  # "the Huynh lady (born May 5) wants a call"
        if found.group(2).lower() in rules.person_nouns and lone_surname(rules, text, found):
            return True
    for found in re.finditer(rf"\b[Tt]he ({SURNAME}?)(?:es|s) ([a-z]+)\b", text):
        stem, verb = found.groups()
        verb_after = verb in rules.verbs_after_name or verb in _PLURAL_VERBS
        if verb_after and plain_surname(rules, stem):
            return True  # "the Ostranders want", "the Joneses called"
    return False


def _worked_person(rules: NameRules, text: str, found: re.Match[str]) -> bool:
    """Whether the word a biller takes or works on is a person, not a payer, a benefit manager
    or a vendor shared out the same way ("I'll take Healthfirst", "can you chase Linde?"): a
    surname's ending, letters outside ASCII or two names joined ("I'm handling Vakhitova",
    "I'll take Mbeki-Hollis"), or the patient's case said just after ("who's chasing Onyekachi?
    the SWO expired", "can you chase Okwuosa, her CMN is late"); not a pronoun alone, which is
    as often a coworker's or a rep's ("who's handling Carelon now? she's on PTO")."""
    word = found.group(1)
    bare = bare_word(word)
    if bare.endswith(rules.surname_endings) or not word.isascii() or "-" in bare:
        return True
    words = [bare_word(w) for w in re.findall(r"[^\W\d_][\w'-]*", text[found.end() :])[:7]]
    case = rules.item_case_words | rules.item_nouns
    owned = any(  # a pronoun a few words before the case: "his CMN", "she wants a loaner"
        w in rules.case_pronouns and set(words[i + 1 : i + 4]) & case for i, w in enumerate(words)
    )
    return owned or bool(set(words[:6]) & (case | rules.family_words | rules.person_words))


def _case_outcome(rules: NameRules, word: str) -> bool:
    """What became of a patient's case, said right after the surname: "denied", "delivered",
    "returned"; not a noun, which a word before it may qualify ("Pre-payment claim review")."""
    return word in rules.item_case_words and word.endswith("ed")


def acts_after_name(rules: NameRules, words: list[str]) -> bool:
    """Whether `words` start with a person's verb, maybe after words such as "still" or "hasn't"
    ("still hasn't signed", "won't sign", "never returned"); the plain verb only after those;
    its ongoing form after "is", "was" or "keeps" ("is asking", "keeps calling")."""
    helpers = list(itertools.takewhile(rules.surname_verb_helpers.__contains__, words[:2]))
    if len(helpers) == len(words):
        return False
    verb = words[len(helpers)]
    forms = {verb, verb + "s", verb + "ed", verb + "d"} if helpers else {verb}
    ongoing = _ONGOING.match(" ".join(words[len(helpers) :]))
    if ongoing:  # "is asking", "was calling", "is still refusing": the same verbs, ongoing
        stem = ongoing.group(1)
        forms |= {stem + "ed", stem + "s", stem + "es", stem + "d"}
    return bool(forms & rules.surname_alone_verbs)


# "is asking", "was disputing": a verb's ongoing form, its stem kept ("ask", "disput").
_ONGOING = re.compile(r"(?:is|was|keeps)(?: still| now| just)? ([a-z]{2,})ing\b")


_DENIAL_CODE = re.compile(rf"\b(?:{ADJUSTMENT_GROUPS.upper()})[- ]?\d{{1,3}}\b")


def _case_after(rules: NameRules, text: str, end: int) -> bool:
    """Whether the few words after an item name the patient's case: a pickup, a denial, its
    paperwork ("Okeke hospital bed pickup", "... rollator - CO-16"), not an order or a quote."""
    rest = text[end : end + 40]
    words = {bare_word(w) for w in re.findall(r"[^\W\d_][\w-]*", rest)[:4]}
    return bool(words & rules.item_case_words) or _DENIAL_CODE.search(rest) is not None


def lone_surname(
    rules: NameRules, text: str, found: re.Match[str], rare: bool = True, group: int | str = 1
) -> bool:
    """Whether group 1 of `found`, a capitalised word standing alone for a person, is a surname:
    from the census, with a surname's ending or (`rare`) in no list or dictionary; no first
    name, English word or brand."""
    word, bare = found.group(group), bare_word(found.group(group))
    return (
        plain_surname(rules, word, rare=rare)
        and bare not in rules.every_first_name
        and not all(part in rules.english for part in name_parts(word))
        and not is_brand(rules, text, found.start(group))
    )


# Initials then a surname, or a surname, a comma and an initial, opening a message or a line.
_INITIALS_FIRST = re.compile(rf"(?m)^[ \t>*_]*((?:[A-Z]\. ?){{1,2}})({SURNAME})\b")
_INITIAL_AFTER = re.compile(rf"(?m)^[ \t>*_]*({SURNAME}), ?([A-Z])\.")
# What follows a patient's short name: a dash or a comma and the case, or a verb.
_CASE_AFTER = re.compile(r" ?(?:[-\u2013\u2014:,]|'s\b)| ([a-z]+)\b")


def has_initialed_name(rules: NameRules, text: str) -> bool:
    """ "J. Whitmire needs the rollator reshipped", "M.A. Kerrigan - walker denied", "Pfenning,
    R. - ABN signed": not a clinician's ("J. Smith, MD"), a colleague's or a rep's."""
    for found in [*_INITIALS_FIRST.finditer(text), *_INITIAL_AFTER.finditer(text)]:
        surname = found.group(2) if found.re is _INITIALS_FIRST else found.group(1)
        if not plain_surname(rules, surname, census=False) or is_brand(rules, text, found.start()):
            continue  # not "B. Braun needs a new quote"
        after = _CASE_AFTER.match(text, found.end())
        if after is None or (after.group(1) and after.group(1) not in rules.verbs_after_name):
            continue
        if (
            clinician_near(rules, text, found.start(1), found.end())
            or is_colleague(rules, text, found.start(1), found.end())
            or is_rep(rules, text, found.end())
        ):
            continue
        return True
    return False


def is_initial_and_surname(words: list[str], rules: NameRules) -> bool:
    """An initial for the first name, in the same case as a surname: "J. Doe", "Doe, J."."""
    initial = re.compile(r"[^\W\d_]\.,?")
    initials = len(list(itertools.takewhile(initial.fullmatch, words[:-1])))
    if initials:
        surname = words[initials]
    elif words[0].endswith(",") and initial.fullmatch(words[1]):
        surname = words[0]
    else:
        return False
    bare = surname.rstrip(".,")
    return (
        bare[:1].isupper()
        and is_name_word(surname, rules)
        and bare_word(surname) not in rules.businesses
        and (bare_word(surname) in rules.surnames or unlisted(surname, rules))
    )


def names_an_item(rules: NameRules, text: str, first: str, word: re.Match[str]) -> bool:
    """Whether the word after a name is the patient's item or a code, not part of a product's
    or a company's name: "Lorraine Fitzhugh rollator", "Theodora Mavros hospital bed", "JOHN
    SMITH CO-50"; a company's name is capitalised ("Grace Hill Medical"), and a product named
    for a person ends in a word such as "bar" or "collar" ("Denis Browne bar")."""
    if re.match(r"-\d", text[word.end() : word.end() + 2]):
        return True  # a denial code: "CO-50", "PR-204"
    bare = bare_word(word.group())
    if case_of(first) in ("upper", "lower") and case_of(word.group()) == case_of(first):
        return bare in rules.item_nouns  # "DOROTHY KESSLER WHEELCHAIR", "jerome talbot cane"
    if case_of(first) == "title" and word.group().isupper() and len(bare) <= 4:
        return bare in rules.item_nouns  # the case's paperwork: "Eustace Pomeroy ABN on file?"
    return case_of(first) == "title" and word.group().islower() and bare not in rules.product_nouns


_NEXT_WORD = re.compile(r" ?([a-z']+)")
_PHRASE_END = re.compile(r" ?(?:[,;(]|- |$)")


def ends_phrase(rules: NameRules, text: str, start: int, words: list[str]) -> bool:
    """Whether the first two of `words` (read from `start`) end a phrase or come before a verb
    that follows a person's name: "the pt, hannelore fischbach, refused", "pt leontyne marbury
    called"."""
    if len(words) < 2:
        return False
    if words[1].endswith(","):
        return True  # "pt. oyelaran adebayo, E1399 bath bench"
    found = find_words(words[:2], text[start : start + 80])
    rest = text[start + found.end() :] if found else ""
    after = _NEXT_WORD.match(rest)
    return bool(_PHRASE_END.match(rest)) or bool(after and after.group(1) in rules.verbs_after_name)


def is_unlisted_pair(rules: NameRules, last: str, first: str, census: bool) -> bool:
    """ "Nakamura, Hideo", "Okonkwo, Chidi": two words in the same case that the bot never
    uses; with `census`, one of them must also be in the census lists ("Okafor")."""
    if case_of(last.rstrip(".,")) != case_of(first.rstrip(".,")):
        return False

    def in_census(word: str) -> bool:
        return any(part in rules.census for part in name_parts(word))

    pair = (last, first)
    if not all(is_name_word(w, rules) and (unlisted(w, rules) or in_census(w)) for w in pair):
        return False  # "Tran, Minh": a census surname the bot's code list also abbreviates
    return any(unlisted(w, rules) for w in pair) and (not census or any(map(in_census, pair)))


# -- a name heading a pasted record or an e-mail ----------------------------------------------
_HEADING = re.compile(
    # at the start, maybe past a team's tag or a quote's marks ("billing: ", "RT note: ", ">> ",
    # "[intake] "), or after a mail's header word
    r"(?:^(?:[>*]+ ?|\[[A-Za-z ]{2,20}\] ?|[A-Za-z]{2,12}(?: [a-z]{2,8})?: )?"
    r"|\b(?:[Ff]rom|FROM|[Tt]o|TO|[Rr]e|RE): ?)"
    r"([^\W\d_]{2,}(?:[-'][^\W\d_]+)*) ([^\W\d_]{2,}(?:[-'][^\W\d_]+)*)\b"
)


def has_heading_name(rules: NameRules, text: str) -> bool:
    """A name heading a pasted record or an e-mail ("Keoni Makoa MBI 4RK8-...", "From: Leopold
    Marchbanks <...>"): two capitalised words the bot never uses, for a text that holds another
    identifier."""
    for found in _HEADING.finditer(text):
        first, last = found.groups()
        words = [bare_word(first), bare_word(last)]
        if case_of(first) not in ("title", "upper") or case_of(last) not in ("title", "upper"):
            continue
        if any(w in rules.businesses or w in rules.place_words for w in words):
            continue
        after = re.match(r" ([^\W\d_][\w'-]*)", text[found.end() : found.end() + 40])
        if after and bare_word(after.group(1)) in rules.company_words:
            continue  # "Oak Grove Post-Acute, 4248 N California St": a facility's heading
        if not all(is_name_word(w, rules) for w in (first, last)) or is_brand(
            rules, text, found.start(1)
        ):
            continue
        if (is_first_name(first, rules) or unlisted(first, rules)) and (
            surname_like(last, rules) and unlisted(last, rules)
        ):
            return not clinician_near(rules, text, found.start(1), found.end())
    return False


def capitals_surname(rules: NameRules, words: list[str]) -> bool:
    """A census surname in capitals, alone after a patient word, that is no English word and none
    of the bot's: "CLIENT HAN — Denali Care waiver"."""
    bare = bare_word(words[0])
    return (
        len(words) == 1
        and words[0].isupper()
        and len(bare) > 2
        and bare in rules.surnames
        and bare not in rules.english
        and unlisted(words[0], rules)
    )


def is_shaped_name(rules: NameRules, first: str, last: str) -> bool:
    """A capitalised first name the bot never uses and a surname by its shape: "Clarabel
    Moreno-Lutz's claim", "Ignatius D'Souza's cushion"."""
    if case_of(first) not in ("title", "upper") or len(first) < 3:
        return False
    if bare_word(first) in rules.businesses or not unlisted(first, rules) or "-" in first:
        return False
    return surname_shaped(last, rules)
