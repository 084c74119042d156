"""The PHI guard's cue words and name lists (content/rules/phi.yaml), compiled for flows/phi.py."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from flows.content import default_content_dir, load_yaml_model
from flows.phi_label_names import label_stems
from flows.phi_name_lists import NameRules, make_name_rules
from flows.phi_normalise import normalise
from flows.phi_patient_context import make_patient_context
from flows.phi_rules_file import PhiRulesFile
from flows.phi_title_forms import TitleForms, make_title_forms
from flows.phi_title_words import make_title_words
from flows.phi_word_patterns import word_alternation
from flows.phi_word_sources import english_words, ordinary_words


# -- cue words from content -------------------------------------------------------------------
@dataclass(frozen=True)
class Rules:
    file: PhiRulesFile
    cue: dict[str, re.Pattern[str]]
    billing_words: frozenset[str]  # also the appeal words
    ssn_shape_words: frozenset[str]  # the billing words less the appeal words: "part 302-44-1187"
    product_words: frozenset[str]  # "serial", "lot": an MBI-shaped value after one is a product's
    serial_words: frozenset[str]  # "serial", "lot": a few words before or after it, too
    mbi_serial_words: frozenset[str]  # "loaner", "rma": the same, for an MBI's shape only
    mbi_other_labels: frozenset[str]  # "batch", "esn": the MBI-shaped value is their number
    business_words: frozenset[str]
    business_phrases: tuple[str, ...]  # "we moved", "our new address"
    phone_line_words: frozenset[str]  # "line", "hotline": a business's phone, never its mailbox
    personal_words: frozenset[str]
    role_mailboxes: frozenset[str]  # "billing", "claims": a business's e-mail, not a person's
    desk_mailboxes: frozenset[str]  # "desk", "alerts": the same, on no real provider's domain
    whole_desk_mailboxes: frozenset[str]  # "cs": the same, only as the whole mailbox
    real_mail_providers: frozenset[str]  # "gmail", "rogers": mail_providers less the stand-ins
    shared_account_cues: frozenset[str]  # "account", "acct": a business's numbers too
    other_date_words: frozenset[str]  # "dos", "delivered": a date after them is not a birth date
    old_date_not_birth: frozenset[str]  # "law", "ncd": an old date after them is no birth date
    celebration_words: frozenset[str]  # "lunch", "cake": a birthday of the team's
    chat_header_visit: re.Pattern[str]  # "Patient Maria Lopez  9:30 AM": a visit, no chat header
    chat_tool_opening: re.Pattern[str]  # "[Microsoft Teams] ", "Teams meeting chat (Billing): "
    meeting_people: re.Pattern[str]  # "attendees: ", "organizer: "
    staff_table_columns: frozenset[str]  # "ext", "role": a table of the team's
    birth_subjects: frozenset[str]  # "medicare": "Medicare was born July 30, 1965"
    toll_free: frozenset[str]  # "800", "888": payers', suppliers' and makers' lines
    dob_after_date: re.Pattern[str]  # "1943年3月7日生まれ": a date, then a birth word glued on
    # A pasted record's keys (flows/phi_structured.py): "birthdate" holds a date of birth.
    structured_keys: dict[str, frozenset[str]]
    structured_inner_keys: frozenset[str]  # "line", "value": their kind is the holder's
    structured_shared_keys: frozenset[str]  # "name", "phone": a company's record has them too
    structured_patient_words: frozenset[str]  # "patient", "subscriber": the record's a patient's
    structured_business_keys: frozenset[str]  # "organization", "practitioner"
    names: NameRules
    label_stems: re.Pattern[str]  # the name cues' stems no English word is (phi_label_names.py)
    title_forms: TitleForms  # "κ. Γεώργιος", "Kovács úr", "山本和子様"


def _alternatives(phrases: Iterable[str]) -> str:
    """Any of the phrases, any case, any spacing or hyphens (no word boundaries around), as a
    tree of shared beginnings ("medicaid", "medicaid id", "medical record" share "medica"): a
    list of hundreds of phrases is tried once per word, not once per phrase."""
    # Read like the text is (flows/phi_normalise.py): "जन्म तिथि" loses its virama there too.
    tree: dict[str, dict] = {}
    for phrase in {normalise(p).lower() for p in phrases}:
        node = tree
        for i, word in enumerate(phrase.split()):
            pieces = ([r"[ -]?"] if i else []) + [re.escape(ch) for ch in word]
            for piece in pieces + ([] if word.endswith(".") else [r"\.?"]):
                node = node.setdefault(piece, {})
        node[""] = {}  # a phrase ends here
    return _branches(tree)


def _branches(node: dict[str, dict]) -> str:
    """The regex of a phrase tree's node: its branches, optional where a phrase ends there. The
    longer phrase is tried first, as the list sorted longest first was: a letter before an
    optional dot or space ("son-in-law" before "son", "出生日期" before "出生")."""
    pieces = sorted((p for p in node if p), key=lambda p: (p.endswith("?"), p))
    if r"\." in pieces and r"\.?" in pieces:  # "soc." and "soc sec": "soc. sec." is the longer
        pieces.remove(r"\.?")
        pieces.insert(pieces.index(r"\."), r"\.?")
    branches = [piece + _branches(node[piece]) for piece in pieces]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# Chinese and Japanese put no space between words: a phrase may start right after one of their
# characters ("農曆生日", a lunar birthday, holds the birth word "生日").
# What parts a chat line's channel, time and speaker: spaces, or a dot, a bar or a dash between
# them ("#billing-anc · 9:14 AM · Colleen Shangin: ...").
_GAP = r"(?:[ \t]*[\u00b7|\u2013\u2014-][ \t]*|[ \t]+)"
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"


def _phrases(phrases: Iterable[str]) -> str:
    """A regex for any of the phrases, any case, any spacing or hyphens, whole words only."""
    return rf"(?:(?<![\w])|(?<=[{_CJK}]))(?:" + _alternatives(phrases) + r")(?![A-Za-z])"


def _from_department(departments: Iterable[str]) -> list[str]:
    """A colleague's team right after the name: "Colleen Shangin from collections", "Ms. Reyes in
    provider relations" ("in it" is no team's)."""
    return [f"{way} {team}" for team in departments for way in ("from", "in") if team != "it"]


def with_typos(cues: Iterable[str], english: frozenset[str], shortest: int = 7) -> list[str]:
    """The cue words and each long one's typos that are no English word: two letters typed in the
    wrong order ("paitent", "pateint"), one left out ("ptient", "patint"; "patent" is a word) or
    one typed twice ("equuip"); short words' typos are too often words."""
    long = [word for word in cues if word.isalpha() and len(word) >= shortest]
    typos = {  # a first letter typed wrong is rarely a slip
        typo
        for word in long
        for i in range(1, len(word) - 1)
        for typo in (
            word[:i] + word[i + 1] + word[i] + word[i + 2 :],
            word[:i] + word[i + 1 :],
            word[: i + 1] + word[i:],
        )
    }
    return [*cues, *sorted(typos - english - set(cues))]


def _record_labels(file: PhiRulesFile) -> str:
    """An EHR's or a billing system's label for its patient number, as the screen names it: a
    patient's word and a number's word ("person nbr", "patient key", "ptnt no."), or a system's
    name before its own word for the patient ("Meditech unit #", "NikoHealth patient")."""
    person = _alternatives(file.record_person_words)
    number = _alternatives(file.record_number_words)
    system, own = _alternatives(file.record_systems), _alternatives(file.record_system_words)
    return (
        rf"(?<![\w])(?:(?:{person})[ -]?(?:{number})"
        rf"|(?:{system}) (?:{own})(?: ?(?:{number}))?)(?![A-Za-z])"
    )


def _compile(file: PhiRulesFile, content_dir: Path) -> Rules:
    kinds = ("name", "dob", "ssn", "hicn", "mbi", "mrn", "member_id", "phone", "address")
    cue = {k: re.compile(_phrases(getattr(file, f"{k}_cues")), re.IGNORECASE) for k in kinds}
    english = english_words(content_dir)
    name_cues = with_typos(file.name_cues, english)
    cue["name"] = re.compile(_phrases(name_cues), re.IGNORECASE)
    # Record and member labels typed with two letters swapped or one left out ("chrat", "memebr").
    mrn_cues = with_typos(file.mrn_cues, english, 5)
    cue["mrn"] = re.compile(_phrases(mrn_cues) + "|" + _record_labels(file), re.IGNORECASE)
    plan_names = [*file.plan_names, *file.public_programs.values]
    cue["plan"] = re.compile(_phrases(plan_names), re.IGNORECASE)
    # Labels and values that are also billing's (flows/phi_ids.py): "client #", "VA ICN", "2400"
    for key, words in (
        ("record_also_business", file.record_person_words_also_business),
        ("icn_also_claim", file.mrn_cues_also_claim),
        ("veteran", file.veteran_words),
        ("claim_context", file.claim_context_words),
        ("x12_word", file.x12_words),
        ("contact_person_after", file.contact_person_after),
    ):
        cue[key] = re.compile(_phrases(words), re.IGNORECASE)
    units = _alternatives(file.quantity_units)
    cue["quantity_unit"] = re.compile(rf" ?(?:{units})(?![A-Za-z])", re.IGNORECASE)
    loops = "|".join(map(re.escape, file.x12_loop_numbers))
    cue["x12_loop"] = re.compile(rf"(?:[A-Za-z]{{1,4}} )?(?:{loops})([A-Ha-h]{{1,2}})?")
    labelled_plans = [*plan_names, *file.public_programs_with_number_word.values]
    plans, numbers = _alternatives(labelled_plans), _alternatives(file.plan_number_words)
    plan_ids = rf"(?:{plans})(?![A-Za-z])[ -]?(?:{numbers})"  # "OHP Prime # ZK88401A"
    member_cues = with_typos(file.member_id_cues, english, 6)
    member = _phrases(member_cues) + rf"|(?<![\w]){plan_ids}(?![A-Za-z])"
    cue["member_id"] = re.compile(member, re.IGNORECASE)
    cue["relative"] = re.compile(_phrases(file.relative_words), re.IGNORECASE)
    # A kind's label compared to, not given: "same shape as a Medicare number" (count passed over)
    cue["likened"] = re.compile(_phrases(file.likeness_words) + r" an? $", re.IGNORECASE)
    cue["shown_value"] = re.compile(_phrases(file.shown_value_words), re.IGNORECASE)
    cue["dob_also_billing"] = re.compile(_phrases(file.dob_cues_also_billing), re.IGNORECASE)
    cue["address_label"] = re.compile(_phrases(file.address_labels), re.IGNORECASE)
    cue["ssn_last_four"] = re.compile(_phrases(file.ssn_last_four_words), re.IGNORECASE)
    beside = [*file.ssn_cues, *file.ssn_cues_beside_last_four]
    cue["ssn_beside_last_four"] = re.compile(_phrases(beside), re.IGNORECASE)
    cue["ssn_last_four_label"] = re.compile(_phrases(file.ssn_last_four_labels), re.IGNORECASE)
    cue["ssn_number"] = re.compile(_phrases(file.ssn_number_cues), re.IGNORECASE)
    cue["ssn_last_four_date"] = re.compile(
        _phrases(file.ssn_last_four_words_also_dates), re.IGNORECASE
    )
    cue["ssn_last_four_joiner"] = re.compile(_phrases(file.ssn_last_four_joiners), re.IGNORECASE)
    cue["rrb"] = re.compile(_phrases(file.rrb_cues), re.IGNORECASE)
    cue["rrb_prior_auth"] = re.compile(_phrases(file.rrb_prior_auth_words), re.IGNORECASE)
    cue["area_code"] = re.compile(_phrases(file.area_code_words), re.IGNORECASE)
    cue["mbi_first_four"] = re.compile(_phrases(file.mbi_first_four_words), re.IGNORECASE)
    cue["mbi_last_five"] = re.compile(_phrases(file.mbi_last_five_words), re.IGNORECASE)
    all_titles = [
        *file.name_titles,
        *file.name_titles_before_full_name,
        *file.name_titles_of_office,
        *file.name_titles_of_public_office,
    ]
    titles = word_alternation(sorted(all_titles, key=len, reverse=True))
    names = make_name_rules(
        cue=cue["name"],
        labels=re.compile(_phrases(file.name_labels), re.IGNORECASE),
        titles=re.compile(rf"(?<![\w])({titles})\b(\.?) ?(?=\S)", re.IGNORECASE),
        title_words=make_title_words(
            file.name_titles_before_full_name,
            file.name_titles_of_office,
            file.name_titles_of_public_office,
            file.office_title_jobs,
            file.titled_products,
            file.titled_product_nouns,
            file.titled_character_nouns,
            file.titled_product_places,
            file.titled_patient_words,
        ),
        content_first_names=file.first_names,
        not_names=file.not_names,
        everyday_words=file.everyday_words,
        body_parts=file.body_parts,
        company_words=file.company_words,
        residence=(file.office_talk.residence_words, file.office_talk.residence_staff_words),
        clinicians=file.clinician_words,
        brands=file.brand_names,
        first_name_brands=file.first_name_brands,
        surname_endings=file.surname_endings,
        place_words=file.place_words,
        place_names=file.place_names,
        place_ends=file.place_name_ends,
        public_places=file.public_place_words,
        businesses=file.business_words,
        colleague=(
            _phrases(file.colleague_before + file.colleague_before_title),
            _phrases(file.colleague_after + _from_department(file.staff_departments)),
            _phrases(file.colleague_before_title),
            _phrases(file.staff_notice_words),
            (tuple(file.greeting_words), _phrases(file.greeted_colleague_acts)),
        ),
        verbs_after_name=file.verbs_after_name,
        surname_alone_verbs=(
            file.surname_alone_verbs,
            file.surname_verb_helpers,
            file.surname_question_words,
            file.surname_item_case_words,
            file.surname_work_verbs,
            file.surname_work_person_words,
            file.surname_work_pronouns,
            file.surname_person_nouns,
        ),
        said_patient_next=file.said_patient_next_words,
        condition_eponyms=file.condition_eponyms,
        product_nouns=file.product_nouns,
        item_nouns=file.item_nouns,
        owned_case_nouns=file.owned_case_nouns,
        clinician_roles=file.clinician_roles,
        staff_roles=_phrases(file.staff_roles),
        staff_before_name=(_phrases(file.staff_before_name), _phrases(file.staff_named_before)),
        staff_heads_of=_phrases(file.staff_heads_of),
        patient_title_words=file.patient_title_words,
        code_question_words=file.code_question_words,
        street_place_after=file.street_place_after,
        place_heads=file.place_heads,
        staff_workplace_words=file.staff_workplace_words,
        company_words_around=(
            file.company_label_words,
            file.company_team_words,
            file.company_talk_words,
        ),
        celebration_words=file.celebration_words,
        clinical_work_words=file.clinical_work_words,
        surname_case_nouns=(
            file.surname_case_nouns,
            file.surname_vendor_nouns,
            file.store_stock_words,
            file.office_tray_words,
        ),
        east_asian_surname_starts="".join(file.east_asian_surname_starts),
        family_words=file.relative_words,
        patient_words=file.team_talk_patient_words,
        staff_departments=_phrases(file.staff_departments),
        context=make_patient_context(file.patient_context, file.team_talk_patient_words),
        mail_providers=file.mail_providers + file.mail_stand_ins,
        mail_domain_endings=file.mail_domain_endings,
        mail_domain_words=sorted(
            {w.lower() for w in file.mail_domain_words}
            | {w.lower() for w in file.business_words if w.isalpha() and len(w) > 4}
        ),
        content_dir=content_dir,
    )
    # The billing words and their typos, expanded once: both sets below start from them.
    billing_with_typos = frozenset(
        w.lower() for w in with_typos(file.billing_number_words, english)
    )
    # A serial's words and their typos from five letters ("asest", "seiral"): beside an MBI's shape.
    serial_with_typos = frozenset(w.lower() for w in with_typos(file.serial_words, english, 5))
    return Rules(
        file=file,
        cue=cue,
        billing_words=frozenset(
            billing_with_typos | {w.lower() for w in with_typos(file.appeal_number_words, english)}
        ),
        ssn_shape_words=billing_with_typos,
        # A product number's labels and their typos from five letters: "qutoe 8V71ED0EE95-Q"
        product_words=frozenset(
            w.lower() for w in with_typos(file.product_number_words, english, 5)
        ),
        serial_words=serial_with_typos,
        mbi_serial_words=serial_with_typos | {w.lower() for w in file.mbi_serial_words},
        mbi_other_labels=frozenset(w.lower() for w in file.mbi_other_labels),
        business_words=frozenset(w.lower() for w in file.business_words if " " not in w),
        business_phrases=tuple(w.lower() for w in file.business_words if " " in w),
        phone_line_words=frozenset(w.lower() for w in file.phone_line_words),
        personal_words=frozenset(w.lower() for w in file.personal_words),
        role_mailboxes=frozenset(w.lower() for w in with_typos(file.role_mailboxes, english)),
        desk_mailboxes=frozenset(w.lower() for w in file.desk_mailboxes),
        whole_desk_mailboxes=frozenset(w.lower() for w in file.whole_desk_mailboxes),
        real_mail_providers=frozenset(w.lower() for w in file.mail_providers),
        shared_account_cues=frozenset(w.lower() for w in file.shared_account_cues),
        other_date_words=frozenset(w.lower() for w in file.other_date_words),
        old_date_not_birth=frozenset(w.lower() for w in file.old_date_not_birth_words),
        celebration_words=frozenset(w.lower() for w in file.celebration_words),
        chat_header_visit=re.compile(
            rf"[ \t>*_]*(?:{'|'.join(map(re.escape, file.chat_header_visit_words))})\b", re.I
        ),
        chat_tool_opening=re.compile(
            rf"[ \t>*_]*(?:\[(?:{_alternatives(file.chat_tools)})\b[^:\n\]]{{0,40}}\]"
            rf"|\[?(?:{_alternatives(file.chat_tools)})\b[^:\n\]]{{0,40}}?"
            r"(?:[\]:]|[ \t][-\u2013\u2014|\u00b7][ \t]|[ \t]from(?=[ \t]))"
            rf"|#[A-Za-z][\w-]{{0,30}}{_GAP}"
            rf"(?:\d{{1,2}}:\d\d(?:[ \t]?[AaPp]\.?[Mm]\.?)?{_GAP})?)[ \t]*",
            re.I,
        ),
        meeting_people=re.compile(_phrases(file.meeting_people_labels) + r" ?: ?", re.I),
        staff_table_columns=frozenset(w.lower() for w in file.staff_table_columns),
        birth_subjects=frozenset(w.lower() for w in file.birth_subjects_not_people),
        toll_free=frozenset(file.business_area_codes),
        title_forms=make_title_forms(
            _alternatives(file.name_titles_other_scripts),
            _alternatives(file.name_titles_glued),
            _alternatives(file.name_titles_after),
            [normalise(t) for t in file.name_titles_after_east_asian],
            [normalise(t) for t in file.east_asian_title_nouns],
            [normalise(t) for t in file.east_asian_clinician_titles],
            [normalise(t) for t in file.east_asian_clinician_words],
        ),
        dob_after_date=re.compile(
            r"(?:\d{1,4}|元) ?[年년] ?\d{1,2} ?[月월] ?\d{1,2} ?[日일]? ?(?:"
            + "|".join(map(re.escape, file.dob_words_after_date))
            + ")"
        ),
        structured_keys={kind: frozenset(keys) for kind, keys in file.structured_keys.items()},
        structured_inner_keys=frozenset(file.structured_inner_keys),
        structured_shared_keys=frozenset(file.structured_shared_keys),
        structured_patient_words=frozenset(file.structured_patient_words),
        structured_business_keys=frozenset(file.structured_business_keys),
        names=names,
        label_stems=label_stems(file.name_cues, names.english),
    )


_active: dict[str, Rules] = {}
_compiled_from: dict[str, object] = {}  # the content files the active rules were read from


def _files(content_dir: Path) -> list[tuple[str, int, int]]:
    """Each content file's path, size and change time (a folder or a broken link is none)."""
    files = (path for path in content_dir.resolve().rglob("*") if path.is_file())
    found = ((str(path), path.stat()) for path in files)
    return sorted((name, stat.st_size, stat.st_mtime_ns) for name, stat in found)


# Rules compiled in this process, by what they are compiled from (the newest few): phi.yaml, the
# English words and the words of the FAQ, messages and code descriptors. A folder giving the same
# (a copy of content/, an FAQ entry or code added in words used already) gets those rules instead
# of compiling them again (about half a second).
_by_content: dict[str, Rules] = {}
_given: list[tuple[Path, list[tuple[str, int, int]], Rules]] = []  # the last rules given


def _content_digest(content_dir: Path) -> str:
    digest = hashlib.blake2b()
    for path in (content_dir / "rules" / "phi.yaml", content_dir / "rules" / "english_words.txt"):
        digest.update(path.read_bytes() + b"\0" if path.is_file() else b"none\0")
    digest.update("\n".join(sorted(ordinary_words(content_dir))).encode())
    return digest.hexdigest()


def use_rules(content_dir: Path, compiled: Rules | None = None) -> None:
    """Reads content_dir/rules/phi.yaml (checked like every content file) unless no content file
    changed since the rules in use were read: a command compiles them once, not twice.
    `compiled`: the rules compiled from content_dir's files as they are now (the kept content's)."""
    files = _files(content_dir)
    if "rules" in _active and _compiled_from.get("files") == files:
        return
    if compiled is not None:
        _active["rules"], _compiled_from["files"] = compiled, files
        _given[:] = [(content_dir, files, compiled)]
        return
    digest = _content_digest(content_dir)
    if digest not in _by_content and _given:  # rules given (kept) for files still as they were
        folder, then, given = _given.pop()
        if _files(folder) == then:
            _by_content[_content_digest(folder)] = given
    compiled = _by_content.get(digest)
    if compiled is None:
        path = content_dir / "rules" / "phi.yaml"
        compiled = _compile(load_yaml_model(path, PhiRulesFile), content_dir)
        while len(_by_content) >= 4:
            del _by_content[next(iter(_by_content))]
        _by_content[digest] = compiled
    _active["rules"] = compiled
    _compiled_from["files"] = files


def in_use() -> bool:
    """Rules were put in use or read in this process already."""
    return "rules" in _active


def rules() -> Rules:
    """The rules in use: the default content's, read on first use unless use_rules came first."""
    if "rules" not in _active:
        use_rules(default_content_dir())
    return _active["rules"]
