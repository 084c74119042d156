"""content/rules/knowledge.yaml: the words that steer how the knowledge base ranks and declines."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, PrivateAttr

from flows.content import default_content_dir, load_yaml_model
from flows.knowledge_acts import ActsRules
from flows.knowledge_asides import AsideRules
from flows.knowledge_cues import CuedTopic
from flows.knowledge_dates import DatedDeadline, HolidayNames
from flows.knowledge_live import LiveRules
from flows.knowledge_mac_states import MacStateAsks
from flows.knowledge_noc_caveats import FILE as NOC_CAVEATS
from flows.knowledge_noc_caveats import NocCaveats
from flows.knowledge_outside import OutsideRules
from flows.knowledge_pasted import PastedText
from flows.knowledge_rates import ContractRates
from flows.knowledge_requests import Requests
from flows.knowledge_scope import BusinessWords
from flows.knowledge_steps import AppealSteps
from flows.knowledge_team_work import TeamWorkRules
from flows.knowledge_typos import TextSpeak
from flows.models import US_STATE_NAMES, PayerType
from flows.outcome.deadlines import DeadlinesFile
from flows.text import phrase_alternatives

# What an intake knows about the claim so far: {"payer": "commercial", "state": "TX", ...}.
ClaimContext = Mapping[str, str | None]


class BilledPayer(BaseModel):
    """`billed_payer` in rules/knowledge.yaml: the words that say which payer a question bills
    ("can we bill original medicare now"), with the facts they come from."""

    cues: list[str] = []
    # words saying the patient's own payer took its payment back or refused it; without one,
    # the payer the patient has decides
    after: list[str] = []
    # words saying a payer named beside them is primary, so billed first ("medicare primary")
    primary: list[str] = []
    # words saying a payer named right after them is not the one the question is about
    # ("BCBS, not medicare", "this isn't an MA plan", "a non-medicare payer")
    negated: list[str] = []
    source: str = ""
    last_reviewed: dt.date | None = None


class PlanTopics(BaseModel):
    """One entry of `plan_topics` in rules/knowledge.yaml: an entry written for one plan, the
    words naming the plan, its payer type and the `payer_topics` it answers for that plan."""

    plan: list[str]
    payer: PayerType
    topics: list[str]


class RankingRules(BaseModel):
    """content/rules/knowledge.yaml: words that steer ranking and declining."""

    version: int
    internal_phrases: list[str]
    # What happened or is done at work ("injured at work", "uses it at work"): the
    # beneficiary's workplace, not the team's.
    patient_at_work: list[str] = []
    # A team-life or office word in its billing sense ("ADR submission channels", "CBP contract
    # prices"): read as billing, not as the team's own life.
    billing_senses: list[str] = []
    other_domains: list[str]
    team_people_words: list[str] = []
    # How a question about the team's people starts ("who ...", "which biller ...").
    team_people_openers: list[str] = ["who", "whos"]
    # What a named colleague decided or said ("what did Marcus decide ..."): the team's people.
    team_people_said: list[str] = []
    team_life: list[str] = []
    # Chit-chat with the bot itself ("what's your name"): declined like the team's own life.
    small_talk: list[str] = []
    # The asker's own family, after "my" or "my own" ("my dad got a bill"): declined like the
    # team's own life.
    own_family: list[str] = []
    family_tells: list[str] = []  # "my cousin swears ...": a rule reported, asked about
    # Laughter opening a message that asks nothing ("lmaooo the fax machine ate the ADR").
    chatter_openers: list[str] = []
    # A claim segment's name typed alone ("NTE"): declined like a code typed alone.
    claim_segments: list[str] = []
    # The business's own buying and office software: declined like the team's own life,
    # whatever code the question names.
    not_billing_rules: list[str] = []
    # A contact number or opening hours asked of a party whose line and hours an entry states
    # (`contacts_given`: the PDAC's contact center) is that entry's question, not one of
    # `not_billing_rules`; asked of anyone else, it stays declined.
    contact_phrases: list[str] = []
    contacts_given: list[str] = []
    business_words: BusinessWords = BusinessWords()
    requests: Requests = Requests()
    # The bot asked into the team's systems, a named colleague's files (flows/knowledge_team_work)
    team_work: TeamWorkRules = TeamWorkRules()
    # Subjects plainly outside DME billing (a loan, a streaming service, a pizza delivered).
    outside_subjects: list[str] = []
    cost_sharing: list[str] = []
    cost_sharing_billed: list[str] = []  # who may be billed the share: a billing rule, answered
    contract_rates: ContractRates = ContractRates()
    # Other payers, later years' figures, the status of the team's own submissions.
    outside: OutsideRules = OutsideRules()
    # Thanks sharing news, a contractor's system looked up, a forecast (flows/knowledge_live).
    live: LiveRules = LiveRules()
    # A job wanted done, the bot asked about itself, clinical coding (flows/knowledge_acts).
    acts: ActsRules = ActsRules()
    # What a message says about the asker or a rule's teller, left out of the scope checks.
    asides: AsideRules = AsideRules()
    context_words: dict[str, dict[str, str]]
    state_names: dict[str, str] = US_STATE_NAMES  # the claim's state, in the entries' words
    # Codes that say only "something is missing" (MA130, M51): beside a specific code (N350)
    # they count like any word, so the specific code decides.
    generic_codes: list[str] = []
    # Columns of the CMS HCPCS file ("pricing indicator", "coverage code"): a question about one
    # names codes as examples of its values, so the codes weigh like any word.
    code_file_fields: list[str] = []
    # The DME MACs and their jurisdictions: an entry whose title names one is that contractor's
    # version of a topic, answered when the question or claim names it or a state.
    contractor_names: list[str] = []
    payer_phrases: dict[str, list[str]] = {}
    billed_payer: BilledPayer = BilledPayer()
    appeal_steps: AppealSteps = AppealSteps()
    cued_topics: list[CuedTopic] = []
    mac_state_asks: MacStateAsks | None = None  # a state named with "which DME MAC"
    # topic -> payer type -> the entries answering that topic for that payer
    payer_topics: dict[str, dict[str, list[str]]] = {}
    # entry id -> the plan it is written for and the topics it answers for that plan
    plan_topics: dict[str, PlanTopics] = {}
    dated_deadlines: list[DatedDeadline] = []
    # Holidays typed by name with a year as a date: name -> "mm-dd", or its holiday-list name
    named_days: HolidayNames | None = None
    # Claim text pasted into a question (837 segments, quoted drafts) and the words it stands for.
    pasted_text: PastedText = PastedText()
    # Words typed as in a text message ("hw", "wat", "2", "4") -> the word meant (typo reading)
    text_speak: TextSpeak = TextSpeak()
    # rules/deadlines.yaml, which counts the dated deadlines (read with this file)
    _deadlines: DeadlinesFile | None = PrivateAttr(default=None)
    _noc_caveats: NocCaveats | None = PrivateAttr(default=None)
    # The content folder this file was read from (rules built in code read the default one)
    _content_dir: Path | None = PrivateAttr(default=None)

    @classmethod
    def load(cls, content_dir: Path) -> RankingRules:
        rules = load_yaml_model(content_dir / "rules" / "knowledge.yaml", cls)
        rules._content_dir = content_dir
        if rules.dated_deadlines:
            deadlines = content_dir / "rules" / "deadlines.yaml"
            rules._deadlines = load_yaml_model(deadlines, DeadlinesFile)
        if (content_dir / NOC_CAVEATS).exists():
            rules._noc_caveats = load_yaml_model(content_dir / NOC_CAVEATS, NocCaveats)
        return rules

    @property
    def deadlines(self) -> DeadlinesFile | None:
        return self._deadlines

    @property
    def noc_caveats(self) -> NocCaveats | None:
        return self._noc_caveats

    @property
    def content_dir(self) -> Path:
        return self._content_dir or default_content_dir()

    def context_text(self, context: ClaimContext | None) -> str:
        """The words the claim so far adds to a question ("commercial plan", "texas")."""
        if not context:
            return ""
        words = [
            self.context_words.get(field, {}).get(str(value), "")
            for field, value in context.items()
            if value
        ]
        state = context.get("state")
        if state:
            words.append(self.state_names.get(state.upper(), ""))
        return " ".join(words)

    def declined_whatever_code(self) -> list[str]:
        """The team's own life, chat with the bot and office matters: declined whatever code
        the question names."""
        return self.team_life + self.small_talk + self.not_billing_rules + self.contact_phrases

    def chatter_pattern(self) -> re.Pattern[str]:
        """Laughter opening a message, its last letter repeated or not ("lmaooo")."""
        laughs = "|".join(re.escape(word) + "+" for word in self.chatter_openers) or "(?!)"
        return re.compile(rf"(?:{laughs})\b")

    def own_family_pattern(self) -> re.Pattern[str]:
        """The asker's own family ("my dad got a bill", "my own mom"), unless the message reports
        what one of them says of a rule ("my cousin swears a redetermination goes to the DME
        MAC")."""
        if not self.own_family:
            return re.compile("(?!)")
        tells = rf"(?!.*\b{phrase_alternatives(self.family_tells)}\b)" if self.family_tells else ""
        family = phrase_alternatives(self.own_family)
        return re.compile(rf"^{tells}.*\bmy\s+(?:own\s+)?{family}s?\b")
