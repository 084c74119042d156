"""Questions the knowledge base declines before ranking: bare numbers, a lone word heading many
topics, requests to do work, the team's people and processes, and billing outside DMEPOS
(rules/knowledge.yaml)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from pydantic import BaseModel

from flows.knowledge_acts import Acts
from flows.knowledge_asides import Asides
from flows.knowledge_live import Live
from flows.knowledge_outside import Outside
from flows.knowledge_payers import ORIGINAL_MEDICARE as ORIGINAL
from flows.knowledge_rates import PlansOwn
from flows.knowledge_requests import reference_pattern, request_pattern
from flows.knowledge_team_work import TeamWork
from flows.knowledge_unread import Unread, english_of
from flows.last_answer import LastAnswer
from flows.models import ANY_HCPCS_IN_TEXT
from flows.text import fold_accents, is_code, mostly_marked, phrase_pattern
from flows.text import phrase_alternatives as _alternatives

if TYPE_CHECKING:
    from flows.knowledge_rules import RankingRules

# Words that make a message a question, wherever they stand ("... ok?", "... right"); a verb
# asks only opening a clause ("..., is that ok", "... and can we"): "text the driver that the
# 2pm drop is cancelled" tells.
_ASKS = re.compile(
    r"\?|\b(?:what|whats|how|when|which|who|why|where|if|whether|ok|okay|right|true)\b"
    r"|(?:^|[,;:.!(\-]\s*|\b(?:and|or|but|so|then|also)\s+)"
    r"(?:is|are|can|do|does|did|should|could|would|will)\b",
    re.IGNORECASE,
)
# Asking how to do a thing ("access PECOS to check the ordering doctor, how?", "log into the
# portal to see the status - how do I do that"): a question about the way, not a job for the
# bot, whatever action opens it. "How long" or "how many" asks a figure, not the way.
_ASKS_HOW = re.compile(
    r"\bhow\b(?!\s+(?:long|many|much|soon|fast|often|come|are|is|was|were|did)\b)", re.IGNORECASE
)
# CPT modifiers are two digits ("modifier 73 vs 74", "the 25 modifier"); DMEPOS modifiers are
# letters (RR, KX): a numbered modifier is surgery or office billing.
_NUMBERED_MODIFIER = re.compile(r"\bmodifiers?\s+\d{2}\b|\b\d{2}\s+modifiers?\b")
# A message opening with a hyphenated word is read with it whole: "post-payment ADR was due
# ..." opens with no action ("post the payment ..."), "e-mail the SWO to the office" does.
_COMPOUND_OPENER = re.compile(r"\s*[A-Za-z]+-[A-Za-z]")
# What follows a command aimed at a new thing ("draft a letter", "draft the appeal"), not
# one naming a pasted text ("draft NTE: '...'"); nor does an article stand between the name and
# the text ("draft for a repair line: '...'" says what the draft is for).
_DETERMINERS = r"(?:a|an|the|my|our|me|us|it|up|this|that|these|those)"
# A quoted text opening ("... NTE: 'SIDE TRAY", "... check: \"GEL SEAT"), not an apostrophe.
_QUOTE_OPENS = r"(?:^|(?<=[\s:(\u2014\u2013-]))['\"\u2018\u201c]\w"
# A word in a script other than Latin ("спасибо", "谢谢"): the entries are written in English,
# so a message made mostly of such words is one no entry reads.
_OTHER_SCRIPT = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+")
# Words setting two figures side by side ("120 vs 180"), asking nothing about either.
_COMPARED = frozenset({"vs", "v", "versus", "or", "and"})
# An X12 segment pasted with only its qualifiers ("NTE*ADD*", "SBR*P*18~"): which segment, but
# no text in it and nothing asked. "NTE*ADD*HEADREST PAD ..." pastes a narrative to be read.
_SEGMENT_ALONE = re.compile(r"\s*([A-Za-z][A-Za-z0-9]{1,2})(?:\*[A-Za-z0-9]{0,3})+~?\s*")


class BusinessWords(BaseModel):
    """`business_words` in rules/knowledge.yaml: words of the business's own prices, buying and
    products that billing questions use too, declined only beside no billing topic."""

    cues: list[str] = []
    billing_topics: list[str] = []
    # A product chosen by its maker ("the best power wheelchair brand for someone 6'5"): one of
    # `choices`, then within `choice_gap` words one of `makers` (not "a brand new order").
    choices: list[str] = []
    makers: list[str] = []
    choice_gap: int = 3

    def choice_pattern(self) -> re.Pattern[str] | None:
        """The pattern of a product chosen by its maker, or None without the lists."""
        if not (self.choices and self.makers):
            return None
        between = rf"(?:\s+[\w']+){{0,{self.choice_gap}}}\s+"
        return re.compile(
            rf"\b{_alternatives(self.choices)}{between}{_alternatives(self.makers)}s?\b(?!\s+new\b)"
        )


class OffTopic:
    """The `requests`, `team_people_words`, `internal_phrases`, `other_domains`,
    `cost_sharing`, `contract_rates` and `business_words` of the ranking rules."""

    def __init__(
        self,
        rules: RankingRules,
        headed: Counter[str],
        known_codes: Collection[str],
        acronyms: Collection[str],
        places: Collection[str] = (),
        titles: Collection[str] = (),
        vocabulary: Collection[str] = (),
        horizon: int | None = None,
    ) -> None:
        """The scope rules of rules/knowledge.yaml, over the index's words (`headed`: how many
        entries each word heads; `known_codes`: every word the entries use; `places`: the
        tokens of the state names; `vocabulary`: the words of the topics' titles, tags and
        phrasings; `horizon`: the latest year the entries name)."""
        requests = rules.requests
        commercial = rules.payer_phrases.get("commercial", [])
        states = list(rules.state_names.values())
        self._plans_own = PlansOwn(
            rules.contract_rates, commercial, states, titles, rules.contractor_names
        )
        self._numbered_record = reference_pattern(requests)  # "claim 20260412"
        self._business = phrase_pattern(rules.business_words.cues, plurals=True)
        self._billing_topic = phrase_pattern(rules.business_words.billing_topics, plurals=True)
        self._maker_choice = rules.business_words.choice_pattern()
        self._team_people = phrase_pattern(rules.team_people_words, plurals=True)
        other_payers = [
            p for payer, ps in rules.payer_phrases.items() if payer != ORIGINAL for p in ps
        ]
        self._outside = Outside(
            rules.outside,
            other_payers,
            rules.contractor_names,
            openers=requests.openers + requests.weak_openers,
            words=(english_of(rules.content_dir), frozenset(known_codes)),  # kept pickled
        )
        self._asides = Asides(rules.asides)
        self._live = Live(rules.live, openers=requests.openers + requests.weak_openers)
        self._acts = Acts(rules.acts)
        self._team_work = TeamWork(rules.team_work)
        self._team_opener = re.compile(rf"{_alternatives(rules.team_people_openers)}\b")
        self._said = (  # "what did Marcus decide": a capitalised name, then what they said
            re.compile(
                r"\b(?:[Ww]hat|[Dd]id|[Hh]as|[Ww]hy|[Ww]here)\s+(?:(?:did|does|has)\s+)?([A-Z][a-z]+)\s+"
                rf"{_alternatives(rules.team_people_said)}\b"
            )
            if rules.team_people_said
            else None
        )
        self._team_life = phrase_pattern(rules.declined_whatever_code(), plurals=True)
        self._billing_sense = phrase_pattern(rules.billing_senses, plurals=True)
        self._contact = phrase_pattern(rules.contact_phrases, plurals=True)
        self._contact_given = phrase_pattern(rules.contacts_given)
        self._internal = phrase_pattern(rules.internal_phrases, plurals=True)
        self._patient_at_work = (
            re.compile(rf"\b{_alternatives(rules.patient_at_work)}\b(?:\s+\S+){{0,3}}?\s+at work\b")
            if rules.patient_at_work
            else None
        )
        self._chatter, self._family = rules.chatter_pattern(), rules.own_family_pattern()
        self._other_domain = phrase_pattern(rules.other_domains, plurals=True)
        self._cost_sharing = phrase_pattern(rules.cost_sharing, plurals=True)
        self._outside_subject = phrase_pattern(rules.outside_subjects, plurals=True)
        self._share_billed = phrase_pattern(rules.cost_sharing_billed, plurals=True)
        self._request = request_pattern(requests)
        # "sign the ABN on her behalf and fax it": an act nobody may do for someone opens one too
        told = requests.actions + requests.statement_actions + requests.improper_acts
        self._instruction = (
            re.compile(
                rf"^(?!.*\bor\b){_alternatives(told)}\b"
                rf".*\b{_alternatives(requests.particulars)}\b"
            )
            if requests.particulars
            else None
        )
        # "remind me what ..." reads as "what ...": asking to be told is a question.
        self._told = re.compile(
            rf"\b{_alternatives(requests.asks_to_be_told)}\s+"
            r"(?=(?:what|how|when|which|if|whether|why|where)\b)"
            if requests.asks_to_be_told
            else r"(?!)"  # matches nothing
        )
        # "can you confirm whether E1399 needs prior auth" reads as "whether ...": a question,
        # unless it asks to look up one claim's status or an account (`Outside`).
        self._asks_whether = re.compile(
            rf"\b{_alternatives(requests.asks_whether)}\s+(?=(?:if|whether)\b)"
            if requests.asks_whether
            else r"(?!)"
        )
        self._pasted_name = (
            re.compile(
                rf"\W*{_alternatives(requests.pasted_names)}\b(?!\s+{_DETERMINERS}\b)"
                rf"(?:(?!\ban?\b)[^'\"\u2018\u201c])*?{_QUOTE_OPENS}",
                re.IGNORECASE,
            )
            if requests.pasted_names
            else None
        )
        self._headed, self._acronyms = headed, acronyms
        self._unread = Unread(known_codes, acronyms, rules.content_dir)
        self._known_codes = frozenset(known_codes)  # a plain set: the content is kept pickled
        self._places = frozenset(places)
        self._vocabulary = frozenset(vocabulary) or self._known_codes
        self._horizon = horizon
        self._segments = frozenset(segment.lower() for segment in rules.claim_segments)
        self._last: LastAnswer[bool] = LastAnswer()

    def __call__(self, question: str, tokens: list[str]) -> bool:
        """`_judge`, kept for the last question: ranking asks it several times of one."""
        return self._last.get((question, tuple(tokens)), lambda: self._judge(question, tokens))

    def _judge(self, question: str, tokens: list[str]) -> bool:
        """Made only of numbers ("1"), or one word that heads many topics ("modifier"); a
        request to do something ("can you pull our denials", "fax the SWO to the office"); a
        "who" question about the team's people, or one about its schedule, training or
        workload; about the team's processes or the beneficiary's cost sharing unless it names
        a code the knowledge base knows ("CO-29, can we bill the deductible"); or about billing
        outside DMEPOS (therapy, office visits, ICD-10) unless it names a HCPCS code the
        knowledge base knows ("is E1399 a CPT code"). A remittance code or modifier does not
        keep other billing on topic: CO-50 and KX come back on office and therapy claims too."""
        if not any(not t.isdigit() for t in tokens):
            return True
        words = re.findall(r"[a-z0-9]+", question.lower())
        if _in_another_script(question, words):
            return True
        # "modifier" or "denial" alone could be any of a dozen topics; so could "45 days".
        named = [t for t in tokens if not t.isdigit()]
        if (
            len([w for w in words if not w.isdigit()]) == 1
            and len(named) == 1
            and self._headed[named[0]] > 2
        ):
            return not (is_code(named[0]) or named[0] in self._acronyms)
        if self._names_only(question, words):
            return True
        text = " ".join(words)
        if self._only_a_place(tokens) or self._past_horizon(question):
            return True
        asked = self._told.sub("", self._asks_whether.sub("", self._opened(question, text)))
        how = bool(_ASKS_HOW.search(question))
        if self._request and self._request.search(asked) and not how:
            return True
        if (
            self._instruction
            and not _ASKS.search(question)
            and self._instruction.search(self._opened(question, text))
        ):
            return True
        if self._team_people and self._team_opener.match(text) and self._team_people.search(text):
            return True
        if self._team_life_asked(text) or self._family.search(text):
            return True
        if self._chatter.match(text) and not _ASKS.search(question):  # "lmaooo ...", no ask
            return True
        if self._a_colleague_said(question, tokens):
            return True
        if (self._team_work.enters_system(asked) and not how) or self._team_work.colleague_made(
            question, self._known_codes, self._places
        ):
            return True
        known = {t for t in tokens if is_code(t) and len(t) > 2 and t in self._known_codes}
        if self._plans_own(text):
            return True
        # A claim named by its number asks a rule when it names a code an entry knows ("claim #
        # 2026112900417 got MA130, fix?"); alone ("ICN 2226001234 - paid yet?", "ticket #A7731
        # paid?", "where is claim 88231 at") the team's system holds the answer.
        if not known and self._record_alone(question, text):
            return True
        asks = bool(_ASKS.search(question))
        if self._outside(question, text) or self._live(question, asks):
            return True
        if self._acts.job_wanted(question, text, asks) or self._acts.about_itself(text):
            return True
        if self._unread(question, tokens, asks):  # thanks in a language the entries lack
            return True
        text = self._for_whom(question, text, known)
        business = (self._business and self._business.search(text)) or (
            self._maker_choice and self._maker_choice.search(text)
        )
        if business and not (self._billing_topic and self._billing_topic.search(text)):
            return True
        text = self._asides(text)  # "my supervisor says ...": who said it is no topic
        other_billing = bool(
            (self._other_domain and self._other_domain.search(text))
            or _NUMBERED_MODIFIER.search(text)
            or self._acts.clinical_coding(text)
        )
        if other_billing and not any(ANY_HCPCS_IN_TEXT.fullmatch(code) for code in known):
            return True
        if self._outside_subject and self._outside_subject.search(text) and not known:
            return True  # "my car loan got denied": a billing verb, no billing subject
        if known:
            return False
        if self._patient_at_work:
            text = self._patient_at_work.sub(" ", text)
        if self._internal and self._internal.search(text):
            return True
        billed = self._share_billed and self._share_billed.search(text)
        return bool(self._cost_sharing and self._cost_sharing.search(text) and not billed)

    def past_chatter(self, question: str) -> str:
        """The question without the words about the team's people opening it when a question
        follows ("who took my N350 denial? what do I fix": "N350 denial? what do I fix"); whole
        when nothing asked follows ("who took my N350 claim", "who trained the new hires on
        DMECS, I want to ask her something")."""
        end = _PART_END.search(question)
        if not (end and self._team_people and _ASKS.search(question[end.end() :])):
            return question
        first = question[: end.start()].lower()
        said = self._team_people.search(first) if self._team_opener.match(first.lstrip()) else None
        return question[said.end() :].lstrip(" ,") if said else question

    def _record_alone(self, question: str, text: str) -> bool:
        """One of the team's records named by its number, read with its "#" or in plain words
        ("claim no. 4471"). A claim segment's element after a colon ("liability case: SBR05 47
        or 14?") is a field, no record's number."""
        record = self._numbered_record
        if not record:
            return False
        found = [*record.finditer(question.lower()), *record.finditer(text)]
        return any(
            re.sub(r"\d+$", "", m.group(0).split()[-1].lstrip("#:")) not in self._segments
            for m in found
        )

    def _opened(self, question: str, text: str) -> str:
        """The words read for a request: a hyphenated word opening the message kept whole
        ("post-payment ADR ...", "mail-order supplies ...": no action opens it; "e-mail the
        ABN" still does), and a word naming the quoted text after it left out ("draft NTE:
        'SIDE TRAY ...' ok?" pastes a draft to be checked)."""
        if _COMPOUND_OPENER.match(question):
            return text.replace(" ", "", 1)
        if self._pasted_name and self._pasted_name.match(question):
            return text.partition(" ")[2]
        return text

    def _team_life_asked(self, text: str) -> bool:
        """The team's own life, office matters or a contact number or hours, unless all it asks
        is the contact or hours of a party an entry gives them for ("PDAC call center hours").
        Words in their billing sense (`billing_senses`: "ADR submission channels") are none."""
        if self._billing_sense:
            text = self._billing_sense.sub(" ", text)
        found = [m.group(0) for m in self._team_life.finditer(text)] if self._team_life else []
        if not found:
            return False
        contact = self._contact
        given = self._contact_given is not None and self._contact_given.search(text)
        return not (given and contact and all(contact.fullmatch(f) for f in found))

    def _for_whom(self, question: str, text: str, known: Collection[str]) -> str:
        """The question's words without whom or what the answer is for ("explain KX in one
        sentence for my manager", "is E1399 level II, for a spreadsheet column") when what is
        left names a code or a billing topic: the reader is no topic. "a formula for the
        spreadsheet?" keeps its words."""
        rest = self._asides.without_reader(question)
        billing = known or (self._billing_topic and self._billing_topic.search(rest))
        return rest if rest != text and billing else text

    def _names_only(self, question: str, words: list[str]) -> bool:
        """A claim segment's name alone ("NTE") or with only its qualifiers ("NTE*ADD*"), a
        loop and its segments alone ("loop 2320 AMT"), figures set side by side alone ("120 vs
        180"), or a number beside one word that is no code, acronym or segment, asking nothing
        ("80 chars", "afk 10"): a field or a figure, but no question. "OA 18?" asks about a
        remark, "nte 02" names an element."""
        if len(words) == 1:
            return words[0] in self._segments
        pasted = _SEGMENT_ALONE.fullmatch(question)
        if pasted and pasted.group(1).lower() in self._segments:
            return True
        if all(w.isdigit() or w in _COMPARED for w in words):  # "120 vs 180": which figure?
            return True
        # "loop 2320 AMT": where a field sits, but nothing asked about it
        if "loop" in words and "?" not in question:
            return all(w == "loop" or w.isdigit() or w in self._segments for w in words)
        if len(words) != 2 or "?" in question or [w.isdigit() for w in words].count(True) != 1:
            return False
        word = next(w for w in words if not w.isdigit())
        return not (is_code(word) or word in self._acronyms or word in self._segments)

    def _a_colleague_said(self, question: str, tokens: list[str]) -> bool:
        """A name no entry uses ("what did Marcus decide about the new intake form"): one of the
        team's people, whose say no entry holds. "why Noridian say ..." names a contractor."""
        said = self._said.search(question) if self._said else None
        name = said.group(1).lower() if said else ""
        if not name:
            return False
        # the name as read: its stem, or the name itself where the reading corrected it as a
        # typo ("Tomas" read as "thomas")
        stems = [t for t in tokens if name.startswith(t) and len(t) >= len(name) - 3] or [name]
        return not any(t in self._known_codes or t in self._places for t in stems)

    def _only_a_place(self, tokens: list[str]) -> bool:
        """A state named beside only words no topic is described with ("tallest mountain in
        Vermont?", "podcasts for the drive to Iowa"): the place carries no billing
        question. "vermont?" and "delaware pt" ask for its contractor."""
        places = [t for t in tokens if t in self._places]
        others = [t for t in tokens if t not in self._places and not t.isdigit()]
        return bool(places and others) and not any(t in self._vocabulary for t in others)

    def _past_horizon(self, question: str) -> bool:
        """A year later than any the entries name, naming a program's or a schedule's edition
        ("what will the 2033 fee schedule pay", "the 2032 bidding round"): a forecast no reviewed
        entry holds; so does what will happen next year ("which codes will CMS add next
        January"). A year that dates an event ("a rental starting in 2030", "jan 2030") is
        answered by the rules that apply then."""
        editions = (int(found[1]) for found in _EDITION_YEAR.finditer(question))
        past = self._horizon is not None and any(year > self._horizon for year in editions)
        return past or _FORECAST.search(question) is not None


# Where a message's first part ends: a question mark or a full stop, a comma (and the "and"
# after it), or "and"/"also" before a question word.
_PART_END = re.compile(
    r"[?!;.]+\s+|,\s+(?:(?:and|but|also|so)\s+)?"
    r"|\s+(?:and|also)\s+(?=(?:how|what|when|where|which|why|do|does|is|are|can|should)\b)",
    re.IGNORECASE,
)
# What will happen next year, in one sentence: "which codes will CMS add next January".
_FORECAST = re.compile(r"\bwill\b[^.?!;]*\bnext (?:year|january|quarter)\b", re.IGNORECASE)
# A year right after an article or "next"/"this": the edition of a program or a schedule.
_EDITION_YEAR = re.compile(r"\b(?:the|a|an|next|this|that|its)\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def _in_another_script(question: str, words: list[str]) -> bool:
    """Written mostly in a script the entries do not use ("спасибо bot, всё понятно") or in
    words with marks English does not use ("cảm ơn chị, mai gặp lại"), with no code: what the
    knowledge base reads of it is a stray word or two."""
    foreign = _OTHER_SCRIPT.findall(question)
    another = len(foreign) > len(words) or mostly_marked(question)
    # a code read in whole words: "dzięki" is no "dzi" beside the KI modifier
    whole = re.findall(r"[a-z0-9]+", fold_accents(question.lower()))
    return another and not any(is_code(word) for word in whole)


def latest_year(texts: Iterable[str]) -> int | None:
    """The latest year (1900-2099) the texts name: how far ahead the entries speak."""
    years = [int(y) for text in texts for y in re.findall(r"\b(?:19|20)\d\d\b", text)]
    return max(years, default=None)
