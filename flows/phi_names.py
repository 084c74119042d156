"""Spots a patient's name in a biller's message, with or without a word such as "patient".

Three ways a name shows: after a cue ("patient Mary Jones", "Mrs. Jones"), as "Last, First"
("Jones, Mary", read in flows/phi_last_first.py), and as a plain first and last name ("walker
for John Smith"): a census first name and surname (the `names` package) that are not words the
bot itself uses (FAQ, messages, code descriptors: "Will Medicare pay", "grace period"). A name
beside a clinician's title ("Dr. John Smith", "Hill, Thomas MD"), in a company's name ("Grace
Medical Supply") or named as a company ("vendor: Delta Breeze") is left alone.
"""

from __future__ import annotations

import re

from flows.phi_bracketed_names import has_surname_before
from flows.phi_last_first import has_heading_last_first, has_last_first
from flows.phi_lower_full_names import is_lower_full_name, word_compound
from flows.phi_lower_surnames import lower_surname_alone, lower_surname_case
from flows.phi_name_forms import (
    WORD_ENDINGS,
    capitals_surname,
    east_asian,
    ends_phrase,
    english_form,
    has_initialed_name,
    has_surname_alone,
    is_initial_and_surname,
    is_shaped_name,
    is_unlisted_pair,
    names_an_item,
    plain_surname,
    plainly_english,
)
from flows.phi_name_lists import NameRules
from flows.phi_name_roles import (
    after_place_word,
    clinician_near,
    employer_after,
    is_brand,
    is_clinician,
    is_colleague,
    is_rep,
    named_as_company,
    place_after,
    rep_or_colleague,
    word_after_name,
)
from flows.phi_name_words import (
    PARTICLES,
    SUFFIXES,
    bare_word,
    case_of,
    dictionary_pair,
    is_first_name,
    is_name_word,
    name_parts,
    surname_like,
    surname_shaped,
    unlisted,
    without_suffixes,
)
from flows.phi_opening_names import has_opening_name
from flows.phi_place_heads import PLACE_BEFORE, named_place, public_place_after
from flows.phi_shapes import STATE_AFTER, STREET_WORD
from flows.phi_signed_names import credentialed_elsewhere
from flows.phi_thing_openers import person_words
from flows.phi_titles import bot_word_surname, has_name_said_patient, has_titled_name, words_after
from flows.phi_unlisted_names import BEFORE_UNLISTED, is_unlisted_name
from flows.phi_word_given_names import word_given_name
from flows.phi_word_patterns import find_words

# -- after a cue, after a title, "Last, First" -------------------------------------------------

# The labels of a patient's own identifiers, which may follow a surname after a cue.
_ID_LABELS = frozenset({"mbi", "dob", "ssn", "mrn", "hicn", "hic", "rrb"})


def _looks_like_name(
    words: list[str],
    rules: NameRules,
    labelled: bool = False,
    ends: bool = False,
    said: bool = False,
) -> bool:
    """Words after a cue ("Mary Jones", "MARY A. JONES", "Jones, Mary", "Jones", "陈美玲"); after a
    label ("pt: ") or ending a phrase, also unlisted names in lower case ("li wei chen"). `said`:
    the label is only "is" or "was", after which a lower-case pair may describe ("pt is blind")."""
    if words and len(words[0].rstrip(".,")) > 1 and not bare_word(words[0]):
        # A name in another script: "patient 陈美玲", "пациент Людмила Петренко"; in Han or
        # Hangul letters only from a surname's first letter (not "pt 需要 walker": "needs").
        return not east_asian(words[0]) or words[0][0] in rules.east_asian_surname_starts
    if len(words) > 1 and bare_word(words[0]) in rules.leading_titles:
        words = words[1:]  # "pt: Dr. Ruth Ansah": the patient is a doctor
    if len(words) > 1 and is_initial_and_surname(words, rules):
        return True  # "Patient: J. Doe", "Pt. Name: Doe, J."
    words = [w for i, w in enumerate(words) if i == 0 or len(w.rstrip(".,")) > 1]  # initials
    words = without_suffixes(words)
    lower = len(words) > 1 and words[0].islower() and words[1].islower()
    if lower and (
        lower_surname_case(rules, words, said, ends) or lower_surname_alone(rules, words)
    ):
        return True  # "pt baker needs a bed", "patient young, walker", "pt is ray mann,"
    if (
        len(words) > 1
        and bot_word_surname(words[0], rules)
        and (
            bare_word(words[1]) in rules.verbs_after_name
            or (words[0].endswith(",") and is_first_name(words[1], rules))
        )
    ):
        return True  # "patient Walker needs", "pt: Walker, Hazel"; not "Patient Lift, hydraulic"
    second = words[1] if len(words) > 1 else ""
    last_first = bool(words) and words[0].endswith(",") and is_first_name(second, rules)
    if not words or not is_name_word(words[0], rules):
        return False
    if bare_word(words[0]) in rules.businesses and not last_first:
        return False  # "member Anthem Blue Cross", "subscriber Humana Gold Plus"
    if words[0].endswith(","):  # Last, First
        if last_first:
            return surname_like(words[0], rules)
        if said and english_form(rules, words):
            return False  # "pt is anxious, call ahead", "pt is emaciated, cachectic"
        labels = _ID_LABELS if words[0][:1].isupper() else frozenset()  # not '"pt": null, "mbi"'
        if not said and bare_word(second) in rules.item_nouns | labels:  # "pt Benally, walker"
            return plain_surname(rules, words[0], rare=False) and not is_first_name(words[0], rules)
        plain = words[0].islower() and dictionary_pair(rules, words)  # "pt deceased, estate"
        return bool(second) and not plain and is_unlisted_pair(rules, words[0], second, False)
    if is_first_name(words[0], rules) and second and is_name_word(second, rules):
        return True
    if words[0].istitle() and is_first_name(words[0], rules) and bot_word_surname(second, rules):
        return True  # "pt Nadia Beach needs", "patient Grace Walker": a surname that is a word
    second = re.sub(r"^(Ma?c)(?=[A-Z]{2})", lambda m: m.group(1).upper(), second)  # McCORQUODALE
    if words[0].rstrip(".,'s").isupper() and second.isupper():  # "PATIENT: SMITH JOHN"
        pair = [words[0], second]

        def named(word: str) -> bool:  # a census name the bot never uses: not "PAGE"
            return any(part in rules.census for part in name_parts(word)) and unlisted(word, rules)

        return (
            (
                all(is_name_word(word, rules) for word in pair)
                and all(unlisted(word, rules) or named(word) for word in pair)
                and (
                    labelled  # "PATIENT NAME: TALLULAH REDCLOUD": after a label, two such words
                    or any(named(w) or bare_word(w).endswith(rules.surname_endings) for w in pair)
                )
            )
            or (is_first_name(words[0], rules) and not is_name_word(second, rules))
            # a surname alone before the bot's words: "PT BENALLY ON LINE 2"
            or (bare_word(second) in rules.ordinary and capitals_surname(rules, words[:1]))
        )
    if words[0].islower() and second.islower():  # "pt: ah-young park", "client: li wei chen"
        if is_first_name(words[0], rules) and not is_name_word(second, rules):
            return True  # "pt gertrude needs a cushion"
        if (
            (said and english_form(rules, words))
            or plainly_english(rules, words[0])
            or dictionary_pair(rules, words)
        ):
            labelled = False  # "pt is morbidly obese", "pt: requesting lighter chair"
        first_ok = bare_word(words[0]) not in rules.ordinary and (  # "pt: new pushrims"
            unlisted(words[0], rules) or bare_word(words[0]) in rules.surnames
        )
        # "client bartholomew n'diaye", "pt rutger van houten": a surname's shape (a particle
        # before it too) stands in for a label's colon.
        shaped = bare_word(second) in PARTICLES and len(words) > 2 and words[2].islower()
        shaped = shaped and not bare_word(words[0]).endswith(WORD_ENDINGS)  # "pt rides van to"
        second = words[2] if shaped else second
        ending = bare_word(second).endswith(rules.surname_endings)
        shaped = shaped or surname_shaped(second, rules) or ending
        plain = (
            ends
            and not any(  # "pt tobias rheinhardt," is a name: a given name ends in "s"
                bare_word(w).endswith(WORD_ENDINGS) and bare_word(w) not in rules.every_first_name
                for w in words[:2]
            )
        )
        # two words in no dictionary, then a verb or a census surname: "jaroslav nguyen dob"
        verb = len(words) > 2 and bare_word(words[2]) in rules.verbs_after_name
        verb = verb or bare_word(second) in rules.surnames
        verb = verb and not any(bare_word(w) in rules.english for w in words[:2])
        return (labelled or shaped or plain or verb) and first_ok and unlisted(second, rules)
    if not words[0][0].isupper() or words[0].rstrip(".,'s").isupper():
        # lower case needs a known first name; "patient ABN" is not a name, "CLIENT HAN —" is
        return capitals_surname(rules, words) or lower_surname_alone(rules, words)
    if bare_word(second) in _ID_LABELS:  # "pt Haugen MBI is ...": a surname, then its ID's label
        return surname_like(words[0], rules)
    if second[:1].isupper():  # the surname may come third: "Pham Thi Bich", "Lê Thị Mai"
        later = [w for w in words[1:3] if w[:1].isupper() and is_name_word(w, rules)]
        return any(surname_like(w, rules) for w in later)
    return surname_like(words[0], rules)  # one surname: "patient Whitfield needs a walker"


# -- a plain first and last name ----------------------------------------------------------------
_TOKEN = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*\.?")


def _is_full_name(rules: NameRules, first: str, last: str, after_cue_word: bool = False) -> bool:
    """Whether two words read as a person's first and last name (case already checked); in
    capitals, any surname the bot never uses after "for" or "re" ("FOR LORRAINE BIDDLE'S") or
    before a verb (`after_cue_word`: "HORTENSE BIDDLECOMBE NEEDS NEW BATTERIES")."""
    bare_first, bare_last = bare_word(first), bare_word(last)
    if len(bare_last) < 2 or bare_last in rules.not_names or bare_last in rules.clinicians:
        return False
    census = any(part in rules.surnames for part in bare_last.split("-"))  # Mendoza-Ruiz
    if not set(bare_first.split("-")) & rules.first_names:
        # A rarer census first name, capitalised, before a census surname, neither a bot's word.
        return (
            case_of(first) == "title"
            and case_of(last) == "title"
            and bare_first in rules.every_first_name
            and len(bare_first) > 2
            and bare_first not in rules.ordinary
            and census
            and bare_last not in rules.ordinary
        )
    if case_of(first) == "title" and case_of(last) in ("title", "mixed"):
        # Capitalised: a census surname, or any surname-shaped word the bot itself never uses.
        return census or bare_last not in rules.ordinary
    if case_of(first) == "upper":  # "JAMES WASHINGTON": a census surname
        return census or (after_cue_word and bare_last not in rules.ordinary)
    # Lower case: a census surname that is not also one of the bot's own words, nor a compound
    return census and bare_last not in rules.ordinary and not word_compound(rules, bare_last)


# A house number right before a name makes it a street ("1 Mercy Way"); a date or an ID does not.
_HOUSE_NUMBER = re.compile(r"(?<![\w/.,-])(?<!\d:)\d{1,6} ?$")


# A capital after four or more small letters: a brand's coined word ("AbilityLab", "PowerChart");
# a surname's inner capital comes after a short prefix ("McDonald", "DeLuca", "FitzGerald").
_CAMEL_CASE = re.compile(r"[A-Z][a-z]{4,}[A-Z]")

# A phone's label right after a name: the name's own line ("Achol S. Malual mobile +1 701-...").
_PHONE_WORD = re.compile(r" (?i:mobile|cell|phone|ph|tel|home phone|landline)\b")

_STREET_SHORT = frozenset("blvd ave rd ln hwy pkwy st dr ct expy fwy".split())


def _relative_word(rules: NameRules, word: str) -> bool:
    """A relative's word (content's `relative_words`) or "family", as before "of" and a name:
    "the widow of", "the family of"."""
    return word == "family" or word in rules.family_words


def has_full_name(rules: NameRules, text: str, beside: bool = False) -> bool:
    """ "walker for John Smith", "john smith's rollator", "ROLLATOR FOR JOHN SMITH". `beside`
    another identifier, any two capitalised words the bot never uses after "for" or "re" ("for
    Ptolemy Achebe (MRN ...)")."""
    tokens = list(_TOKEN.finditer(text))
    words = [token.group() for token in tokens]
    lowered = [word.lower() for word in words]
    for i, token in enumerate(tokens[:-1]):
        first = words[i]
        if lowered[i].endswith("'s") or first.endswith("."):
            continue
        before = lowered[i - 1] if i else ""
        # "the daughter of Abdoulaye Diallo": a person's name, whose relative it is, as a label's
        relative_of = before == "of" and i > 1 and _relative_word(rules, lowered[i - 2])
        before = "for" if relative_of else before
        listed = (
            lowered[i] in rules.first_names
            or "-" in first
            or not first.isascii()
            or (first.istitle() and lowered[i] in rules.every_first_name)
        )
        # All in lower case where a person is talked about: "can ines vukovic get a rollator"
        lower_named = first.islower() and is_lower_full_name(rules, text, tokens, i, before)
        if (
            not listed
            and not lower_named
            and before not in BEFORE_UNLISTED
            and not surname_shaped(words[i + 1], rules)
            and not re.fullmatch(r"[A-Z]\.", words[i + 1])  # "Musu D. Tarpeh"
        ):
            continue  # the quick way past most words of a long message
        j = i + 1  # skip a middle initial: "betty k. harper", "Mary A. Jones"
        initialled = len(tokens[j].group().rstrip(".")) == 1 and j + 1 < len(tokens)
        j += initialled
        gap = text[token.end() : tokens[j].start()]
        if not re.fullmatch(r" (?:[^\W\d_]\.? )?", gap):
            continue
        last = tokens[j].group()
        if _CAMEL_CASE.search(first) or _CAMEL_CASE.search(last):
            continue  # a brand's or a system's word: "Shirley Ryan AbilityLab", "Epic MyChart"
        if case_of(first) != case_of(re.sub(r"'[sS]$", "", last)) and not (
            case_of(first) == "title" and case_of(last) == "mixed"  # DeLuca, McDonald
        ):
            continue
        labelled = beside or relative_of
        labelled = labelled or (i > 0 and text[tokens[i - 1].end() : token.start()].strip() == ":")
        ends_phrase = last.lower().endswith("'s") or bool(
            re.match(r" ?(?:[,;(\n]|- |$)", text[tokens[j].end() :])
            or (initialled and _PHONE_WORD.match(text, tokens[j].end()))  # "... S. Malual mobile"
        )
        # In capitals, a verb after the pair: "HORTENSE BIDDLECOMBE NEEDS NEW BATTERIES".
        verb = re.match(r" ([A-Z]+)\b", text[tokens[j].end() :]) if first.isupper() else None
        verb_after = bool(verb and verb.group(1).lower() in rules.verbs_after_name)
        # "for Quantum Edge, the power base": a model that an appositive names, not a person.
        named_after = re.match(r",? (?:the|a|an) ", text[tokens[j].end() :], re.IGNORECASE)
        if not (
            lower_named
            or _is_full_name(rules, first, last, before in BEFORE_UNLISTED or verb_after)
            or word_given_name(rules, first, re.sub(r"'[sS]$", "", last), text, tokens[j].end())
            or (beside and is_first_name(first, rules) and bot_word_surname(last, rules))
            or (
                not named_after
                and (
                    is_unlisted_name(
                        rules, before, (first, last), (labelled, ends_phrase), initialled
                    )
                    or is_shaped_name(rules, first, last)
                )
            )
        ) or is_brand(rules, text, token.start()):
            continue
        if before in PLACE_BEFORE and public_place_after(rules, tokens, j + 1):
            continue  # "lands at Antonio B. Won Pat airport", "the Ricardo J. Bordallo complex"
        after, gap_after = "", ""
        k = j + 1  # past "Jr.": "Martin Luther King Jr. Day", "... King Jr Blvd"
        while k < len(tokens) and bare_word(tokens[k].group()) in SUFFIXES:
            k += 1
        if k + 1 < len(tokens) and tokens[k].group()[0].isupper():  # "Martin Luther King Jr. Day"
            third = bare_word(tokens[k + 1].group())
            k += third in SUFFIXES or third in rules.product_nouns | rules.item_nouns
            k += k + 1 < len(tokens) and bare_word(tokens[k].group()) in SUFFIXES
        if k < len(tokens) and not names_an_item(rules, text, first, tokens[k]):
            after = word_after_name(rules, tokens, k)  # past an acronym: "UCLA Medical"
            gap_after = text[tokens[k - 1].end() : tokens[k].start()]
            product = rules.product_nouns | rules.item_nouns
            if STREET_WORD.fullmatch(tokens[k].group()) or after in product:
                after = "company"  # a street or a product named for a person: "Denis Browne bar"
        unlisted_lower = first.islower() and first not in rules.first_names and not lower_named
        if unlisted_lower and after in rules.not_names:
            continue  # modifiers of a clinical word: "filler for shallow crater wound"
        if first.islower() and first.endswith("ing") and not is_first_name(first, rules):
            continue  # what the item is for: "scissors for cutting wafer openings"
        if clinician_near(rules, text, token.start(), tokens[j].end()):
            continue  # "Dr. John Smith", "NP Anne Kelly", "John Smith, MD", "Sarah Lee (NP)"
        if credentialed_elsewhere(rules, text, tokens, j):
            continue  # "signed 'Bob Tran PA-C' but PECOS has Robert Tran": the same clinician
        if is_colleague(rules, text, token.start(), tokens[j].end()):
            continue  # "ask Maria Lopez in billing", "cc Tom Becker"
        if employer_after(rules, text[tokens[j].end() : tokens[j].end() + 60]):
            continue  # a signature: "Nathaniel Brooks / Buckeye Mobility"
        if _HOUSE_NUMBER.search(text, max(0, token.start() - 10), token.start()):
            continue  # a street: "1 Mercy Way", "12 Grace Lane"
        if STREET_WORD.fullmatch(last) and (
            (i and bare_word(tokens[i - 1].group()) in PARTICLES)
            or place_after(rules, tokens[j + 1 :])
            or bare_word(last) in _STREET_SHORT  # "Harrison Blvd": no surname is abbreviated
        ):
            continue  # a street named for a person: "De la Cruz Street", "Young Street branch"
        if named_place(rules, text, tokens, i, j):
            continue  # a bay's or an island's: "the Coral Bay route", "the Sunny Isle store"
        in_place = before in ("in", "at", "near") and i > 1  # "Beaumont Hospital in Royal Oak"
        if in_place and bare_word(tokens[i - 2].group()) not in rules.company_words:
            in_place = False
        if (
            in_place
            or first.lower() in rules.place_words
            or after_place_word(rules, tokens, i)  # "Mount Carmel East", "St. Joseph Mercy"
            or STATE_AFTER.match(text, tokens[j].end())
        ):
            continue  # a place: "for Fort Wayne", "San Diego, CA", "Sierra Vista, AZ"
        if after in rules.company_words and gap_after == " " and not last.lower().endswith("'s"):
            continue  # "Grace Hill Medical Supply"
        name = text[token.start() : tokens[j].end()]
        if is_rep(rules, text, tokens[j].end()) or named_as_company(rules, text, name):
            continue  # a rep or a company: "John Smith from Invacare", "from Delta Breeze QA"
        return True
    return False


def _found(text: str, start: int, words: list[str]) -> re.Match[str] | None:
    return find_words(words, text[start:]) if words else None


def has_name(rules: NameRules, text: str) -> bool:
    """A patient's name in any of the three forms."""
    for cue in rules.cue.finditer(text):
        aside = re.search(r" \((?:the |our )?$", text[max(0, cue.start() - 7) : cue.start()])
        if aside and re.match(r"\)|,| (?:in|at|from|who)\b", text[cue.end() : cue.end() + 8]):
            if _is_name_before(rules, text, cue.start()):
                return True  # "received by: Edwina Grosvenor (pt)", "Hoa Nguyen (the pt in ...)"
            if text[cue.end() : cue.end() + 1] == ")":
                continue
        if rules.patient_title.match(text, cue.end()):
            continue  # a job's title: "our patient financial counselor", "patient access rep"
        owner = text[max(0, cue.start() - 200) : cue.start()].split()[-1:]  # "Supplier Name: ..."
        whose = bare_word(owner[0]) if owner else ""  # "doc's name is Katherine": a clinician's
        if cue.group().lower() == "name" and whose in rules.businesses | rules.clinicians | {"doc"}:
            continue
        after = text[cue.end() : cue.end() + 40]
        label = rules.labels.fullmatch(cue.group()) is not None  # "card says", "printed name"
        labelled = label or bool(re.match(r" ?(?:[:=(\"~|\u00b7-]|is\b|name\b)", after, re.I))
        said = not label and bool(re.match(r" ?(?:is|was)\b", after, re.I))
        words = person_words(rules, cue.group(), words_after(text, cue.end()))  # "it's EZ-Access"
        if words and label and is_clinician(rules, words[0]):
            continue  # "the letter is addressed to Dr. Haverkamp": a label, then a clinician
        phrase_end = ends_phrase(rules, text, cue.end(), words)
        if not _looks_like_name(words, rules, labelled, phrase_end, said):
            continue
        ends = [
            cue.end() + found.end() for n in (1, 2) if (found := _found(text, cue.end(), words[:n]))
        ]
        credential = re.match(r"[\s,(]{1,3}([^\W\d_][\w-]*)(?! ?#)", text[ends[-1] : ends[-1] + 25])
        if credential and is_clinician(rules, credential.group(1)):
            continue  # "the PT, Lindiwe Ngcobo, DPT": the cue was a therapist's title
        work = set(re.findall(r"[a-z]+", text[ends[-1] : ends[-1] + 40].lower())[:5])
        if cue.group() in ("PT", "OT", "RN") and (
            work & rules.clinical_work
            or re.search(r"(?:\band|'s|&) $", text[max(0, cue.start() - 8) : cue.start()])
        ):
            continue  # "PT Marguerite Solano did the mobility eval", "Dr. Lee and PT Ana Cruz"
        if not any(rep_or_colleague(rules, cue, text, end) for end in ends):
            return True  # not "this is Dana with Permobil", "hi it's Jenna Lee in billing"
    return (
        has_titled_name(rules, text)
        or has_last_first(rules, text)
        or has_heading_last_first(rules, text)
        or has_full_name(rules, text)
        or has_surname_alone(rules, text)
        or has_initialed_name(rules, text)
        or has_name_said_patient(rules, text)
        or has_opening_name(rules, text)
    )


def _is_name_before(rules: NameRules, text: str, start: int) -> bool:
    """A name right before the patient word in brackets at `start`: "Edwina Grosvenor (pt)"."""
    words = re.findall(r"[^\W\d_][\w'-]*\.?", text[max(0, start - 60) : start])
    words = [w for w in words if w.lower() not in PARTICLES] or words  # "Gwenllian ap Rhys-Bowen"
    pair = words[-2:]  # "Hope Walker (pt)": a given name and a surname, whatever else they are
    given = len(pair) == 2 and pair[0].istitle() and is_first_name(pair[0], rules)
    surname = given and bare_word(pair[1]) in rules.surnames
    if len(words) >= 2 and (surname or _looks_like_name(pair, rules, labelled=True)):
        return True
    return has_surname_before(rules, text, start)  # "TIGER (PT) ON LINE 2"
