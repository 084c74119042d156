"""The word lists the PHI guard's name checks read (flows/phi_names.py): first names and
surnames from the US Census lists (the `names` package), the words the bot itself uses (its
FAQ, messages and code descriptors), and content's cue words, titles, credentials and brands;
and the tests of one word against them ("a census surname", "a word the bot never uses"). The
words around a name that make it a clinician's, a colleague's, a rep's or a brand's are read in
flows/phi_name_roles.py."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from flows.phi_patient_context import PatientContext
from flows.phi_team import CHAT_MEMBER_LINE
from flows.phi_title_words import TitleWords
from flows.phi_word_patterns import word_alternation
from flows.phi_word_sources import census as _census
from flows.phi_word_sources import english_words, ordinary_words

# Census files list names by frequency; past these ranks they hold rare spellings and words.
_FIRST_NAME_RANKS = {"dist.female.first": 2500, "dist.male.first": 1000}
_SURNAME_RANK = 30000


@dataclass(frozen=True)
class NameRules:
    """Word lists for recognising names, read once from content and the census lists."""

    cue: re.Pattern[str]  # "patient", "pt", "resident", "name:"
    labels: re.Pattern[str]  # the cues that are a label, as a colon would be: "card says"
    titles: re.Pattern[str]  # Mr., Mrs., Ms., Miss
    title_words: TitleWords  # content: titled products ("Mr. Coffee"), "Shri" before a full name
    first_names: frozenset[str]  # content's list and the census's, less ordinary words
    surnames: frozenset[str]  # census surnames
    all_surnames: frozenset[str]  # every census surname, also the rarest ("Trzeciak" is not one)
    common_surnames: frozenset[str]  # the 10,000 commonest, often given names too ("Archibald")
    census: frozenset[str]  # first names and surnames together
    every_first_name: frozenset[str]  # every census first name, also rare ones and words ("thi")
    ordinary: frozenset[str]  # words the bot itself uses
    not_names: frozenset[str]  # content: capitalised words that are never a name
    body_parts: frozenset[str]  # content: "hands", "hips": in lower case after "for", not a name
    company_words: frozenset[str]  # content: "Medical", "Supply", "Healthcare"
    clinicians: frozenset[str]  # content: titles and credentials of prescribers and staff
    brands: tuple[str, ...]  # content: product and company names that read like a person's
    first_name_brands: frozenset[str]  # content: "Bruno", "Jay" before a model name
    surname_endings: tuple[str, ...]  # content: "ski", "wicz", "enko": a surname by its ending
    place_words: frozenset[str]  # content: "San", "Fort", "Port": the first word of a place
    place_names: frozenset[str]  # content: "Dayton", "Baylor": cities and health systems
    place_ends: frozenset[str]  # content: "Lake", "Valley": the last word of a place
    public_places: frozenset[str]  # content: "airport": after a name and "at", a place's
    businesses: frozenset[str]  # content: payers, manufacturers ("Humana", "Medline", "PDAC")
    residences: frozenset[str]  # content: "manor", "assisted": a place where patients live
    residence_staff: re.Pattern[str]  # content: "DON", "front desk": someone working at one
    colleague_before: re.Pattern[str]  # content: "ask", "cc", "thanks" right before a name
    colleague_after: re.Pattern[str]  # content: "in billing", "is out" right after a name
    team_greeting: re.Pattern[str]  # content: "Hi team," right before a name
    greeted_colleague: re.Pattern[str]  # content: "will run", "here" after a greeted name
    staff_notice: re.Pattern[str]  # content: "Out of office:", "on-call rotation:" opening
    praise_before: re.Pattern[str]  # content: "great catch," right before a titled name
    mail_domain_words: tuple[str, ...]  # content: "dme", "medline": a company's mail domain
    mail_providers: frozenset[str]  # content: "gmail", "comcast": anyone's mail domain
    mail_domain_endings: tuple[str, ...]  # content: "hm", "pt": a supplier's or clinic's domain
    leading_titles: frozenset[str]  # "dr", "mr", "prof": a title before a patient's name
    verbs_after_name: frozenset[str]  # content: "called", "needs": a name ends before them
    surname_alone_verbs: frozenset[str]  # content: "Ogundipe called": a surname opening a message
    surname_verb_helpers: frozenset[str]  # content: "still", "hasn't": "Zielinski still hasn't"
    surname_question: re.Pattern[str]  # content: "any news on Mrozek?": group 1 the surname
    surname_work: re.Pattern[str]  # content: "who's working Tshabalala?": group 1 the surname
    surname_work_joined: re.Pattern[str]  # "bump Achterhof-Mensah to the top": two joined
    person_words: frozenset[str]  # content: "pt", "dob": said after a worked-on name, a person's
    case_pronouns: frozenset[str]  # content: "his", "her": a person's before an item ("her CMN")
    person_nouns: frozenset[str]  # content: "lady", "gentleman": "the Huynh lady called"
    item_case_words: frozenset[str]  # content: "pickup", "denied": "Okeke hospital bed pickup"
    said_patient_next: frozenset[str]  # content: "here", "this": "X is our patient here"
    condition_eponyms: frozenset[str]  # content: "the Parkinson pt" names a condition
    product_nouns: frozenset[str]  # content: "collar", "brace": after a name, a product's
    item_nouns: frozenset[str]  # content: "walker": after a name, capitalised, a product's
    owned_case_nouns: frozenset[str]  # content: "balance": "Benedikt Quist's balance"
    clinician_roles: frozenset[str]  # content: "ordering", "provider": a few words before a name
    staff: re.Pattern[str]  # content: ", our CFO" right after a name: a colleague's
    staff_before: re.Pattern[str]  # content: "our owner" right before a name
    staff_role: re.Pattern[str]  # content: any staff job: "biller", "driver"
    staff_job_before: re.Pattern[str]  # content: "tech", "our driver" right before a full name
    staff_head_before: re.Pattern[str]  # content: "Director of intake is" right before a name
    patient_title: re.Pattern[str]  # content: " access manager" after "is our patient": a job
    code_question_words: frozenset[str]  # content: "code", "modifier": a question about codes
    street_place_after: frozenset[str]  # content: "branch", "office": "Young Street branch"
    place_heads: frozenset[str]  # content: "Bay", "Isle": "the Coral Bay route" is a place
    staff_workplace: re.Pattern[str]  # content: "store": "Lorena Chavez (Taos store)"
    workplace_opening: re.Pattern[str]  # content: "Cherry Hill store:" opening a line: a town
    company_before: str  # content, a regex: "vendor: " right before a company's name
    company_before_reach: int  # the most characters company_before matches
    company_team_after: str  # content, a regex: " QA", " accounting" right after one
    company_talk: frozenset[str]  # content: "serial", "RMA": a maker's name two words may be
    celebration_words: frozenset[str]  # content: "lunch", "cake": a message of team talk
    clinical_work: frozenset[str]  # content: "eval", "measured"
    case_after_surname: re.Pattern[str]  # content: "the <Surname> claim", "the <Surname> file"
    desk_tray: re.Pattern[str]  # content: " intake tray" after a town: a desk's, no patient's
    east_asian_surname_starts: frozenset[str]  # content: "王", "佐", "김"
    family_words: frozenset[str]  # content's relative words: "Mom's chair" is no surname's
    english: frozenset[str]  # content/rules/english_words.txt: "chart", "new", "rental"
    patient_word: re.Pattern[str]  # content: "pt", "walker", "denied": no team talk with one
    staff_department: re.Pattern[str]  # content: "billing", "compliance": a team of the supplier
    context: PatientContext  # content: a patient where the team usually stands


def _as_typed(word: str) -> str:
    """A word in capitals ("QA") matches only so; any other in any case."""
    return re.escape(word) if word.isupper() else rf"(?i:{re.escape(word)})\b"


def make_name_rules(
    cue: re.Pattern[str],
    labels: re.Pattern[str],
    titles: re.Pattern[str],
    title_words: TitleWords,
    content_first_names: Iterable[str],
    not_names: Iterable[str],
    everyday_words: Iterable[str],  # words the bot's texts lack, ordinary in lower case
    body_parts: Iterable[str],
    company_words: Iterable[str],
    clinicians: Iterable[str],
    brands: Iterable[str],
    first_name_brands: Iterable[str],
    surname_endings: Iterable[str],
    place_words: Iterable[str],
    place_names: Iterable[str],
    place_ends: Iterable[str],
    public_places: Iterable[str],
    businesses: Iterable[str],
    residence: tuple[Iterable[str], Iterable[str]],  # where patients live; staff roles there
    # regexes of the words before and after a colleague's name, of the praise before a titled
    # one and of a staff notice's opening words
    # and of the greeting words with the acts that keep a greeted name a colleague's
    colleague: tuple[str, str, str, str, tuple[tuple[str, ...], str]],
    mail_domain_words: Iterable[str],
    mail_providers: Iterable[str],
    mail_domain_endings: Iterable[str],
    verbs_after_name: Iterable[str],
    # the verbs after a surname opening a message ("called"), the words that may come between
    # ("still", "hasn't"), the words before a surname ending a question ("on", "for"), the
    # case's words after a surname and its item ("pickup"), the verbs of a case worked on
    # ("take", "chase") and the person's words after one ("she")
    surname_alone_verbs: tuple[Iterable[str], ...],
    said_patient_next: Iterable[str],  # "here", "this": "X is our patient here", not "advocate"
    condition_eponyms: Iterable[str],
    product_nouns: Iterable[str],
    item_nouns: Iterable[str],
    owned_case_nouns: Iterable[str],
    clinician_roles: Iterable[str],
    staff_roles: str,  # a regex of the roles: "cfo", "compliance officer"
    staff_before_name: tuple[str, str],  # regexes of jobs: "driver"; only before: "interpreter"
    staff_heads_of: str,  # a regex of the heads of a team: "director of", "chair of"
    patient_title_words: Iterable[str],  # "access": "patient access manager" is a job
    code_question_words: Iterable[str],  # "code", "modifier"
    street_place_after: Iterable[str],  # "branch", "office"
    place_heads: Iterable[str],  # "bay", "isle"
    staff_workplace_words: Iterable[str],  # "store", "warehouse"
    company_words_around: tuple[Iterable[str], ...],  # "vendor"; "QA", "returns"; "serial"
    celebration_words: Iterable[str],  # "lunch", "cake": team talk around a name
    clinical_work_words: Iterable[str],  # "eval": what a therapist named after "PT" does
    # "claim", "file": "the Szymanski claim"; "account", "order", which vendors stand before as
    # often: "the Haverkamp account"; "loaner": "the Hays loaner chair" is a store's
    surname_case_nouns: tuple[Iterable[str], ...],
    east_asian_surname_starts: str,  # the first letters of common Han and Hangul surnames
    content_dir: Path,
    family_words: Iterable[str],  # content's relative words
    patient_words: Iterable[str],  # "pt", "walker": a message with one is about a patient
    staff_departments: str,  # a regex of the supplier's teams: "billing", "compliance"
    context: PatientContext,
) -> NameRules:
    ordinary = ordinary_words(content_dir) | {w.lower() for w in everyday_words}
    clinician_set = {w.lower() for w in clinicians}
    census_first = {n for f, r in _FIRST_NAME_RANKS.items() for n in _census(f, r)}
    every_first = {n for f in _FIRST_NAME_RANKS for n in _census(f, 10**6)}
    first = {n.lower() for n in content_first_names}
    greetings = colleague[4][0]
    greeting = "|".join(re.escape(word) for word in greetings)
    never = ordinary | {w.lower() for w in [*not_names, *company_words, *clinicians]}
    first |= {n for n in census_first if len(n) > 2 and n not in never}
    surnames = set(_census("dist.all.last", _SURNAME_RANK))
    places = "|".join(map(re.escape, staff_workplace_words))
    workplace = rf"(?:our |the )?(?:[^\W\d_][\w.'-]* ){{0,3}}(?:{places})"
    return NameRules(
        cue=cue,
        labels=labels,
        titles=titles,
        title_words=title_words,
        first_names=frozenset(first),
        surnames=frozenset(surnames),
        all_surnames=frozenset(_census("dist.all.last", 10**6)),
        common_surnames=frozenset(_census("dist.all.last", 10000)),
        census=frozenset(first | surnames),
        every_first_name=frozenset(every_first | first),
        ordinary=ordinary,
        not_names=frozenset(w.lower() for w in [*not_names, *company_words]),
        body_parts=frozenset(w.lower() for w in body_parts),
        company_words=frozenset(w.lower() for w in company_words),
        clinicians=frozenset(clinician_set),
        brands=tuple(squeezed(b) for b in brands),
        first_name_brands=frozenset(w.lower() for w in first_name_brands),
        surname_endings=tuple(w.lower() for w in surname_endings),
        place_words=frozenset(w.lower() for w in place_words),
        place_names=frozenset(w.lower() for w in place_names),
        place_ends=frozenset(w.lower() for w in place_ends),
        public_places=frozenset(w.lower() for w in public_places),
        businesses=frozenset(w.lower() for w in businesses),
        residences=frozenset(w.lower() for w in residence[0]),
        residence_staff=re.compile(rf"\b(?:{word_alternation(residence[1])})\b", re.I),
        # "Hi team, Edna Pruitt called": a greeting's "team" is whom the message is to, not
        # the name's; "thanks team, Angela" and "team: Angela" still are the team's.
        colleague_before=re.compile(
            "".join(rf"(?<!\b{re.escape(word)} )" for word in greetings)
            + rf"(?:{colleague[0]})[\s,:]*$",
            re.IGNORECASE,
        ),
        team_greeting=re.compile(rf"\b(?:{greeting}) team[\s,:!\u2013\u2014-]*$", re.IGNORECASE),
        greeted_colleague=re.compile(rf"[\s,]*(?:{colleague[4][1]})", re.IGNORECASE),
        praise_before=re.compile(rf"{colleague[2]}[\s,:!]*$", re.IGNORECASE),
        colleague_after=re.compile(  # "Ann Lee | Billing", "Ann Lee has joined #billing"
            rf"[\s,|]*(?:{colleague[1]}|{CHAT_MEMBER_LINE})", re.IGNORECASE
        ),
        # possessive: a run of hyphens is both a word's and a gap's, tried every way otherwise
        staff_notice=re.compile(
            rf"^[\W_]*+(?:[\w'-]++[\W_]++){{0,2}}?{colleague[3]}", re.IGNORECASE
        ),
        # A maker's, a payer's or a contractor's name in a mail domain is a business's mailbox
        # ("smalloy@permobil.example"); the short business words ("line", "our") are no names.
        mail_domain_words=tuple(mail_domain_words)
        + tuple(w.lower() for w in businesses if len(w) >= 6 and w.isalpha()),
        mail_providers=frozenset(w.lower() for w in mail_providers),
        mail_domain_endings=tuple(w.lower() for w in mail_domain_endings),
        leading_titles=frozenset({"dr", "doctor", "prof", "mr", "mrs", "ms", "sr", "sra", "judge"}),
        verbs_after_name=frozenset(w.lower() for w in verbs_after_name),
        surname_alone_verbs=frozenset(w.lower() for w in surname_alone_verbs[0]),
        surname_verb_helpers=frozenset(w.lower() for w in surname_alone_verbs[1]),
        item_case_words=frozenset(w.lower() for w in surname_alone_verbs[3]),
        said_patient_next=frozenset(w.lower() for w in said_patient_next),
        person_words=frozenset(w.lower() for w in surname_alone_verbs[5]),
        case_pronouns=frozenset(w.lower() for w in surname_alone_verbs[6]),
        person_nouns=frozenset(w.lower() for w in surname_alone_verbs[7]),
        surname_work=re.compile(
            rf"\b(?i:{word_alternation(surname_alone_verbs[4])}) "
            r"([A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?)(?:'s)?"
            r"(?= ?(?:[?,.;!]|$| and | or | today| tomorrow| now| first| next| again))"
        ),
        # Two surnames joined are a person's whatever follows ("taking Kristiansen-Abara off my
        # list"); one alone only ending the phrase.
        surname_work_joined=re.compile(
            rf"\b(?i:{word_alternation(surname_alone_verbs[4])}) "
            r"([A-Z][^\W\d_A-Z]+-[A-Z][^\W\d_A-Z]+)(?![\w-])"
        ),
        surname_question=re.compile(
            rf"\b(?i:{word_alternation(surname_alone_verbs[2])}) (?:the )?"
            r"([A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?)(?:'s)? ?(?:\?|$)"
        ),
        condition_eponyms=frozenset(w.lower() for w in condition_eponyms),
        product_nouns=frozenset(w.lower() for w in product_nouns),
        item_nouns=frozenset(w.lower() for w in item_nouns),
        owned_case_nouns=frozenset(w.lower() for w in owned_case_nouns),
        clinician_roles=frozenset(w.lower() for w in clinician_roles),
        # ", our new CFO", " (Noridian ombudsman)", " is the DON", " from the MCO's UM department"
        staff=re.compile(
            rf",? \(?(?:is )?(?:our |my |the |{_FIRM})(?:[\w-]+ ){{0,2}}"
            rf"(?:{staff_roles}|{staff_before_name[0]})(?! payee)"  # a rep payee is family's
            r"|,? from (?:the |our )?(?:[\w'&-]+ ){0,3}(?:department|dept|office|team)\b",
            re.IGNORECASE,
        ),
        staff_role=re.compile(rf"{staff_roles}|{staff_before_name[0]}", re.IGNORECASE),
        staff_before=re.compile(
            rf"\b(?:our |my |the |{_FIRM})(?:[\w-]+ ){{0,4}}(?:{staff_roles})"
            r"(?:,? ?|,? (?:is|was) )$",
            re.I,
        ),
        patient_title=re.compile(
            rf" (?:(?:{'|'.join(map(re.escape, patient_title_words))}) ){{0,2}}"
            rf"(?:{staff_roles}|{staff_before_name[0]})\b",
            re.IGNORECASE,
        ),
        code_question_words=frozenset(w.lower() for w in code_question_words),
        street_place_after=frozenset(w.lower() for w in street_place_after),
        place_heads=frozenset(w.lower() for w in place_heads),
        # "Lorena Chavez (Taos store)", "(our Española office)": the supplier's own place in
        # brackets right after a name, at most three words before its word; or said to be run
        # by the name ("Lorena Naranjo runs the Taos store now")
        staff_workplace=re.compile(
            rf" ?(?:\({workplace}\)|(?:runs|manages|is running|is managing) {workplace}\b)",
            re.IGNORECASE,
        ),
        # not "office", a person's own line's label too ("Maria Lopez office: 973-...")
        workplace_opening=re.compile(
            rf"(?:[^\W\d_][\w'-]* ){{1,3}}(?!office)(?:{places})s? ?:", re.IGNORECASE
        ),
        company_before=rf"\b(?i:{word_alternation(company_words_around[0])})(?:'s)?:? ",
        company_before_reach=max(map(len, company_words_around[0]), default=0) + len("'s: "),
        company_team_after=" (?:" + "|".join(_as_typed(w) for w in company_words_around[1]) + ")",
        company_talk=frozenset(w.lower() for w in company_words_around[2]),
        east_asian_surname_starts=frozenset(east_asian_surname_starts),
        family_words=frozenset(w.lower() for w in family_words),
        english=english_words(content_dir),
        staff_department=re.compile(staff_departments, re.IGNORECASE),
        context=context,
        patient_word=re.compile(rf"\b(?:{word_alternation(patient_words)})s?\b", re.I),
        celebration_words=frozenset(w.lower() for w in celebration_words),
        clinical_work=frozenset(w.lower() for w in clinical_work_words),
        # "the Zeledón file", "Lindqvist appeal went out" opening a message; "the Kowalczyk
        # (power) chair", "the Castellano (oxygen) rental": group 2 is the case's word, group 3
        # a vendor's too, group 4 the item's.
        desk_tray=re.compile(rf" (?:{'|'.join(map(re.escape, surname_case_nouns[3]))}) trays?\b"),
        case_after_surname=re.compile(
            r"(?:\b[Tt]he (?:(?:two|both|three|other|old|new) )?|\b[Bb]oth |^[\s>*_]*)"
            r"([A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?(?:'s)?"
            r"|[A-Z][^\W\d_A-Z]+(?:['-][A-Z]?[^\W\d_A-Z]+)?)"
            rf" (?:(?!(?:{'|'.join(map(re.escape, surname_case_nouns[2]))}) )[a-z]+ )??(?:("
            + "|".join(sorted(map(re.escape, surname_case_nouns[0]), key=len, reverse=True))
            + ")|("
            + "|".join(sorted(map(re.escape, surname_case_nouns[1]), key=len, reverse=True))
            + r")|("
            + "|".join(sorted(map(re.escape, item_nouns), key=len, reverse=True))
            + r"))(?:s|es)?\b(?! rooms?\b)"  # "the two Ruckelshaus charts"; a file room is a place
        ),
        # "Chair of the compliance committee is Dana Whitcombe", "Head of billing: Ann Lee".
        staff_head_before=re.compile(
            rf"{staff_heads_of}(?: (?:the |our )?(?:[\w&'/-]+ ){{0,3}}?[\w&'/-]+)?"
            r"(?: is| was|[:=,]| -) ?$",
            re.IGNORECASE,
        ),
        staff_job_before=re.compile(
            rf"(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!'s )(?<!pt )(?:(?:(?<![\w'-])(?!(?:her|his"
            rf"|their)\b)[\w-]+ )?(?:{'|'.join(staff_before_name)})|dr\.? \w+'s ma),? ?$",
            re.IGNORECASE,
        ),
    )


_FIRM = (
    r"(?-i:[A-Z])[\w&-]+ "  # a company before a job: "Noridian ombudsman", ", Aetna case manager"
)


def squeezed(name: str) -> str:
    """Lower case, dots and hyphens as spaces: "Graham-Field" and "graham field" are one."""
    return re.sub(r"[.\s-]+", " ", name.lower()).strip()
