"""Spots a patient's name in a biller's message, with or without a word such as "patient".

Three ways a name shows: after a cue ("patient Mary Jones", "Mrs. Jones"), as "Last, First"
("Jones, Mary"), and as a plain first and last name ("walker for John Smith"). The plain form
is a first name and a surname from the US Census lists (the `names` package) that are not words
the bot itself uses (FAQ, messages, code descriptors: "Will Medicare pay", "grace period"); a
name beside a clinician's title ("Dr. John Smith", "Hill, Thomas MD") or in a company's name
("Grace Medical Supply") is left alone.
"""

from __future__ import annotations

import re
import unicodedata

from flows.phi_name_lists import NameRules, squeezed


# -- after a cue, after a title, "Last, First" -------------------------------------------------
def _bare(word: str) -> str:
    """The word as the name lists hold it: lower case, no accents, no "'s" ("Núñez's": nunez)."""
    word = word.rstrip(".,").lower().removesuffix("'s").replace("'", "")  # O'Brien: obrien
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if ch.isascii())


def _is_name_word(word: str, rules: NameRules) -> bool:
    bare = _bare(word)
    return len(bare) > 1 and bare not in rules.not_names and bare not in rules.clinicians


def _surname_like(word: str, rules: NameRules) -> bool:
    """A census surname, or a word the bot itself never uses ("Whitfield", not "Notices")."""
    bare = _bare(word)
    return bare in rules.surnames or bare not in rules.ordinary


def _parts(word: str) -> list[str]:
    """The halves of a hyphenated name, as the lists hold them ("Anna-Maria": anna, maria)."""
    return [part for part in _bare(word).split("-") if part]


def _is_first_name(word: str, rules: NameRules) -> bool:
    return any(part in rules.first_names for part in _parts(word))


def _unlisted(word: str, rules: NameRules) -> bool:
    """A name word the bot itself never uses ("Okonkwo", "Hideo", "ah-young")."""
    parts = _parts(word)
    return (
        _is_name_word(word, rules)
        and bool(parts)
        and not any(part in rules.ordinary for part in parts)
    )


def _is_unlisted_pair(rules: NameRules, last: str, first: str, census: bool) -> bool:
    """ "Nakamura, Hideo", "Okonkwo, Chidi": two words in the same case that the bot never
    uses; with `census`, one of them must also be in the census lists ("Okafor")."""
    if _case_of(last.rstrip(".,")) != _case_of(first.rstrip(".,")):
        return False

    def in_census(word: str) -> bool:
        return any(part in rules.census for part in _parts(word))

    pair = (last, first)
    if not all(_is_name_word(w, rules) and (_unlisted(w, rules) or in_census(w)) for w in pair):
        return False  # "Tran, Minh": a census surname the bot's code list also abbreviates
    return any(_unlisted(w, rules) for w in pair) and (not census or any(map(in_census, pair)))


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _without_suffixes(words: list[str]) -> list[str]:
    """ "JOHNSON JR., WILLIE" reads as "JOHNSON, WILLIE"."""
    kept: list[str] = []
    for word in words:
        if kept and _bare(word) in _SUFFIXES:
            if word.endswith(",") and not kept[-1].endswith(","):
                kept[-1] += ","
            continue
        kept.append(word)
    return kept


def _is_initial_and_surname(words: list[str], rules: NameRules) -> bool:
    """An initial for the first name, in the same case as a surname: "J. Doe", "Doe, J."."""
    initial = re.compile(r"[^\W\d_]\.,?")
    if initial.fullmatch(words[0]):
        surname = words[1]
    elif words[0].endswith(",") and initial.fullmatch(words[1]):
        surname = words[0]
    else:
        return False
    bare = surname.rstrip(".,")
    return (
        bare[:1].isupper()
        and _is_name_word(surname, rules)
        and _bare(surname) not in rules.businesses
        and (_bare(surname) in rules.surnames or _unlisted(surname, rules))
    )


def _looks_like_name(words: list[str], rules: NameRules, labelled: bool = False) -> bool:
    """Words after a cue: "Mary Jones", "mary jones", "MARY A. JONES", "Jones, Mary", "Jones";
    after a label ("pt: ", "name - "), also unlisted names in lower case ("li wei chen")."""
    if len(words) > 1 and _is_initial_and_surname(words, rules):
        return True  # "Patient: J. Doe", "Pt. Name: Doe, J."
    words = [w for i, w in enumerate(words) if i == 0 or len(w.rstrip(".,")) > 1]  # initials
    words = _without_suffixes(words)
    if not words or not _is_name_word(words[0], rules) or _bare(words[0]) in rules.businesses:
        return False  # "member Anthem Blue Cross", "subscriber Humana Gold Plus"
    second = words[1] if len(words) > 1 else ""
    if words[0].endswith(","):  # Last, First
        if _is_first_name(second, rules):
            return _surname_like(words[0], rules)
        return bool(second) and _is_unlisted_pair(rules, words[0], second, census=False)
    if _is_first_name(words[0], rules) and second and _is_name_word(second, rules):
        return True
    if words[0].rstrip(".,'s").isupper() and second.isupper():  # "PATIENT: SMITH JOHN"
        pair = [words[0], second]

        def named(word: str) -> bool:  # a census name the bot never uses: not "PAGE"
            return any(part in rules.census for part in _parts(word)) and _unlisted(word, rules)

        return (
            all(_is_name_word(word, rules) for word in pair)
            and all(_unlisted(word, rules) or named(word) for word in pair)
            and any(map(named, pair))
        ) or (_is_first_name(words[0], rules) and not _is_name_word(second, rules))
    if words[0].islower() and second.islower():  # "pt: ah-young park", "client: li wei chen"
        if _is_first_name(words[0], rules) and not _is_name_word(second, rules):
            return True  # "pt gertrude needs a cushion"
        first_ok = _unlisted(words[0], rules) or _bare(words[0]) in rules.surnames
        # "client bartholomew n'diaye": a surname's shape stands in for a label's colon.
        shaped = _surname_shaped(second, rules)
        return (labelled or shaped) and first_ok and _unlisted(second, rules)
    if not words[0][0].isupper() or words[0].rstrip(".,'s").isupper():
        return False  # lower case needs a known first name; "patient ABN" is not a name
    if second[:1].isupper():
        return _is_name_word(second, rules) and _surname_like(second, rules)
    return _surname_like(words[0], rules)  # one surname: "patient Whitfield needs a walker"


def _words_after(text: str, start: int, count: int = 3) -> list[str]:
    """The next few words, keeping a trailing comma ("Jones, Mary") and skipping ":" or "is"."""
    rest = re.sub(
        r"^(?:[\s:=(-]|\bis\b|\bname\b|\bwas\b)*", "", text[start : start + 80], flags=re.I
    )
    words = re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*\.?,?", rest)
    return words[:count] if rest[:1].isalpha() else []


def _is_brand(rules: NameRules, text: str, start: int) -> bool:
    """Whether a product or company name that reads like a person's starts at `start`."""
    ahead = squeezed(text[start : start + 30])
    if any(ahead.startswith(brand) for brand in rules.brands):
        return True
    words = ahead.split()  # "Bruno Elan", "Jay Fusion": a model name, not a census surname
    return len(words) > 1 and words[0] in rules.first_name_brands and words[1] not in rules.surnames


_REP = re.compile(
    r" (from|at|with) (?:(the|our) )?([^\W\d_][\w&'-]*)"
    r"|,? (?:the|our|a|an) (?:[\w&'-]+ ){0,2}(?:rep|reps|representative|account manager)\b"
    r"(?! payee)",
    re.IGNORECASE,
)


def _is_rep(rules: NameRules, text: str, end: int) -> bool:
    """A supplier's or a payer's rep named just before `end`: "Mr. Smith from Medline", "Mrs.
    Clark from the PDAC", "Janet Price at Noridian", "Mr. Jones the Invacare rep"."""
    found = _REP.match(text, end)
    if found is None or not found.group(1):
        return found is not None
    word = found.group(3)
    if found.group(1).lower() == "from":
        return word[0].isupper() or bool(found.group(2))
    return _bare(word) in rules.businesses or _bare(word) in rules.company_words


def _is_colleague(rules: NameRules, text: str, start: int, end: int) -> bool:
    """A colleague named in team talk: "ask Maria Lopez in billing", "cc Tom Becker", "@Luis
    Ortega", "Karen Whitfield is out today"; not "ask Maria Lopez's daughter"."""
    if re.match(r"'s\b", text[end : end + 2], re.IGNORECASE) or text[:end].lower().endswith("'s"):
        return False
    before = text[max(0, start - 30) : start]
    return (
        before.endswith("@")
        or bool(rules.colleague_before.search(before))
        or bool(rules.colleague_after.match(text, end))
    )


def _has_titled_name(rules: NameRules, text: str) -> bool:
    """ "Mrs. Jones", "MR. JAMES WHITAKER", "mrs jones"; not "MR on file" nor a rep "from" a
    company ("Mr. Smith from Medline")."""
    for title in rules.titles.finditer(text):
        word, dotted = title.group(1), bool(title.group(2))
        words = _words_after(text, title.end(), 3)
        if not words or _is_brand(rules, text, title.start()):
            continue
        if len(word) == 2 and not dotted and not word.istitle():
            # "MR on file" is medical records, "MS walker" multiple sclerosis; "ms abernathy",
            # "MR ISIDORE FENWICK" are people: a surname the bot never uses.
            if any(_bare(w) in rules.surnames and _unlisted(w, rules) for w in words[:2]):
                return True
            continue
        if _is_rep(rules, text, title.end() + len(" ".join(words[:1]))):
            continue  # a supplier's or a payer's rep: "Mr. Smith from Medline"
        if words[0].islower() and not _unlisted(words[0], rules):
            continue  # a title talked about: "Ms. is fine", "Mr. vs Mrs.", "the Mrs. field"
        unambiguous = dotted or word.lower() == "mrs"
        if (unambiguous or words[0][0].isupper()) and _is_name_word(words[0], rules):
            return True
    return False


def _is_clinician(rules: NameRules, word: str) -> bool:
    """ "MD", "NP", "PA-C", "FNP-BC", "physician", "Dr."."""
    bare = word.strip("().,:").lower()
    return bare in rules.clinicians or bare.split("-")[0] in rules.clinicians


def _clinician_near(rules: NameRules, text: str, start: int, end: int) -> bool:
    """A title or credential right before `start` or right after `end`: "Dr. Smith, John",
    "Physician: Smith, John", "Hill, Thomas MD", "Sarah Lee (NP)", "John Smith, ordering"."""
    before = re.findall(r"[^\W\d_][\w-]*", text[max(0, start - 20) : start])[-1:]
    after = re.match(r"[\s,(]{1,3}([^\W\d_][\w-]*)", text[end : end + 25])
    words = before + ([after.group(1)] if after else [])
    return any(_is_clinician(rules, word) for word in words)


def has_last_first(rules: NameRules, text: str, loose: bool = False) -> bool:
    """ "Jones, Mary", "JONES, MARY", "McDonald, Ann", "smith, john": a surname, a comma and a
    first name in the same case, not a clinician's ("Hill, Thomas MD"). `loose` also takes a
    first name missing from the lists ("Okafor, Ngozi"), for a name beside another identifier."""
    pattern = r"(?<![\w'-])([^\W\d_][\w'-]+), ?([^\W\d_]+)\b"
    for match in re.finditer(pattern, text):
        last, first = match.groups()
        cases = (_case_of(last), _case_of(first))
        if cases not in (
            ("upper", "upper"),
            ("title", "title"),
            ("mixed", "title"),
            ("lower", "lower"),
        ):
            continue
        # Beside another identifier, any census first name ("NGUYEN, THI LAN  MRN ...").
        beside = loose and cases[0] != "lower"
        if _bare(first) not in rules.first_names and not (
            beside
            and (
                _is_unlisted_pair(rules, last, first, census=True)
                or (_bare(first) in rules.every_first_name and _bare(last) in rules.surnames)
            )
        ):
            continue
        if cases[0] == "lower" and (
            _bare(last) not in rules.surnames or _bare(last) in rules.ordinary
        ):
            continue  # "smith, john" in lower case: a census surname that is no ordinary word
        if not _surname_like(last, rules):
            continue  # "Hi team, Angela": an ordinary word, not a surname
        if _is_name_word(last, rules) and not _clinician_near(
            rules, text, match.start(), match.end()
        ):
            return True
    return False


# -- a plain first and last name ----------------------------------------------------------------
_TOKEN = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*\.?")


def _case_of(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "upper"
    if word.islower():
        return "lower"
    return "title" if word[0].isupper() else "mixed"


def _is_full_name(rules: NameRules, first: str, last: str, after_cue_word: bool = False) -> bool:
    """Whether two words read as a person's first and last name (case already checked); in
    capitals, any surname the bot never uses after "for" or "re" ("FOR LORRAINE BIDDLE'S")."""
    bare_first = _bare(first)
    if not set(bare_first.split("-")) & rules.first_names:
        return False
    bare_last = _bare(last)
    if len(bare_last) < 2:
        return False
    if bare_last in rules.not_names or bare_last in rules.clinicians:
        return False
    census = any(part in rules.surnames for part in bare_last.split("-"))  # Mendoza-Ruiz
    if _case_of(first) == "title" and _case_of(last) in ("title", "mixed"):
        # Capitalised: a census surname, or any surname-shaped word the bot itself never uses.
        return census or bare_last not in rules.ordinary
    if _case_of(first) == "upper":  # "JAMES WASHINGTON": a census surname
        return census or (after_cue_word and bare_last not in rules.ordinary)
    # Lower case: a census surname that is not also one of the bot's own words.
    return census and bare_last not in rules.ordinary


_BEFORE_UNLISTED = ("for", "to", "re", "regarding", "about")
_SHAPED_SURNAME = re.compile(
    r"([^\W\d_]{2,})-([^\W\d_]{2,})|[^\W\d_]'([^\W\d_]{2,})|[Mm][Cc]([^\W\d_]{3,})"
)


def _surname_shaped(word: str, rules: NameRules) -> bool:
    """A surname by its shape, whichever lists hold it: two names joined by a hyphen
    ("Moreno-Lutz"), a particle and an apostrophe ("D'Souza", "n'diaye"), "Mc" ("McGillicuddy");
    not two of the bot's own words ("Follow-Up", "co-pay")."""
    shape = _SHAPED_SURNAME.fullmatch(re.sub(r"'[sS]$", "", word.rstrip(".,")))
    if shape is None:
        return False
    parts = [part for part in shape.groups() if part]
    if len({_case_of(part) for part in parts}) > 1:
        return False
    return any(_bare(part) not in rules.ordinary for part in parts)


def _is_shaped_name(rules: NameRules, first: str, last: str) -> bool:
    """A capitalised first name the bot never uses and a surname by its shape: "Clarabel
    Moreno-Lutz's claim", "Ignatius D'Souza's cushion"."""
    if _case_of(first) not in ("title", "upper") or len(first) < 3:
        return False
    if _bare(first) in rules.businesses or not _unlisted(first, rules) or "-" in first:
        return False
    return _surname_shaped(last, rules)


# A house number right before a name makes it a street ("1 Mercy Way"); a date or an ID does not.
_HOUSE_NUMBER = re.compile(r"(?<![\w/.,-])(?<!\d:)\d{1,6} ?$")


def _is_unlisted_name(
    rules: NameRules, before: str, first: str, last: str, labelled: bool = False
) -> bool:
    """A first name missing from the lists, after "for", "to", "re", "regarding" or "about", when
    the last name is a census surname and neither is one of the bot's words: "walker for Tomasz
    Kowalczyk"; after a subject line's "Re:" or "For:", or where the name ends a phrase ("for
    Archibald Pennywhistle, need the narrative"), any last name (`labelled`)."""
    if before not in _BEFORE_UNLISTED or _case_of(first) != _case_of(last):
        return False
    if _case_of(first) != "title":
        if before == "to":
            return False  # "to straighten hammer toes": in lower case, a verb follows "to"
        labelled = False  # in one case throughout, the last name must be a census surname
    bare_first, bare_last = _bare(first), _bare(last)
    words = (bare_first, bare_last)
    if any(w in rules.ordinary or w in rules.not_names or w in rules.clinicians for w in words):
        return False
    return (bare_last in rules.surnames or labelled) and len(bare_first) > 2


def has_full_name(rules: NameRules, text: str) -> bool:
    """ "walker for John Smith", "john smith's rollator", "ROLLATOR FOR JOHN SMITH"."""
    tokens = list(_TOKEN.finditer(text))
    for i, token in enumerate(tokens[:-1]):
        first = token.group()
        if first.lower().endswith("'s") or first.endswith("."):
            continue
        before = tokens[i - 1].group().lower() if i else ""
        listed = first.lower() in rules.first_names or "-" in first or not first.isascii()
        if (
            not listed
            and before not in _BEFORE_UNLISTED
            and not _surname_shaped(tokens[i + 1].group(), rules)
        ):
            continue  # the quick way past most words of a long message
        j = i + 1  # skip a middle initial: "betty k. harper", "Mary A. Jones"
        if len(tokens[j].group().rstrip(".")) == 1 and j + 1 < len(tokens):
            j += 1
        gap = text[token.end() : tokens[j].start()]
        if not re.fullmatch(r" (?:[^\W\d_]\.? )?", gap):
            continue
        last = tokens[j].group()
        if _case_of(first) != _case_of(re.sub(r"'[sS]$", "", last)) and not (
            _case_of(first) == "title" and _case_of(last) == "mixed"  # DeLuca, McDonald
        ):
            continue
        labelled = i > 0 and text[tokens[i - 1].end() : token.start()].strip() == ":"
        ends_phrase = last.lower().endswith("'s") or bool(
            re.match(r" ?(?:[,;(]|$)", text[tokens[j].end() :])
        )
        if not (
            _is_full_name(rules, first, last, before in _BEFORE_UNLISTED)
            or _is_unlisted_name(rules, before, first, last, labelled or ends_phrase)
            or _is_shaped_name(rules, first, last)
        ) or _is_brand(rules, text, token.start()):
            continue
        after, gap_after = "", ""
        if j + 1 < len(tokens):
            after = tokens[j + 1].group().rstrip(".").lower()
            gap_after = text[tokens[j].end() : tokens[j + 1].start()]
        if _clinician_near(rules, text, token.start(), tokens[j].end()):
            continue  # "Dr. John Smith", "NP Anne Kelly", "John Smith, MD", "Sarah Lee (NP)"
        if _is_colleague(rules, text, token.start(), tokens[j].end()):
            continue  # "ask Maria Lopez in billing", "cc Tom Becker"
        if _HOUSE_NUMBER.search(text, max(0, token.start() - 10), token.start()):
            continue  # a street: "1 Mercy Way", "12 Grace Lane"
        if after in rules.company_words and gap_after == " " and not last.lower().endswith("'s"):
            continue  # "Grace Hill Medical Supply"
        if _is_rep(rules, text, tokens[j].end()):
            continue  # a rep: "John Smith from Invacare called", "Janet Price at Noridian"
        return True
    return False


def has_name(rules: NameRules, text: str) -> bool:
    """A patient's name in any of the three forms."""
    for cue in rules.cue.finditer(text):
        labelled = bool(re.match(r" ?(?:[:=(-]|is\b|name\b)", text[cue.end() :], re.IGNORECASE))
        if _looks_like_name(_words_after(text, cue.end()), rules, labelled):
            return True
    return (
        _has_titled_name(rules, text) or has_last_first(rules, text) or has_full_name(rules, text)
    )
