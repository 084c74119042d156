"""Questions that share billing words but ask what no entry holds (rules/knowledge.yaml
`outside`): a payer no entry covers billed as such (TRICARE, VA community care, an auto
carrier), a figure for a year or period after the one the entries' figures are for ("the 2027
ALJ amount in controversy", "the new codes next quarter"), a change predicted without a year
("when will E1399 be retired"), arithmetic ("convert 45 days to weeks"), whether a contractor
has done something with the team's own submission ("has the UPIC responded to our packet") or
one named patient's claim is paid ("did Mrs. Garcia's E1399 get paid"), how to reach a plan
(its phone line, fax number, address) or when a DME MAC's lines are open, the supplier's own
enrollment (revalidation, its PTAN, becoming a contract supplier), one doctor looked up in
PECOS, a code's payment in dollars, one item's LCD coverage criteria, the asker's own plan paying
for the asker's own item, and a message that only acknowledges ("noted")."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from pydantic import BaseModel

from flows.models import ANY_HCPCS_IN_TEXT
from flows.text import phrase_alternatives as _words


class OutsideRules(BaseModel):
    """`outside` in rules/knowledge.yaml."""

    # Payers no entry answers for as the payer billed. A question naming one is declined unless
    # it also names the Medicare claim around it (`medicare_side`: "auto insurance paid first,
    # MSP code for SBR05?" is Medicare Secondary Payer billing).
    other_payers: list[str] = []
    medicare_side: list[str] = []
    # The last year the entries' dollar figures are for: a later year (typed alone, not in a
    # date) beside one of `figures` asks for a figure nobody has published or the entries lack.
    figures_through: int | None = None
    figures: list[str] = []
    # A later period named without its year ("next quarter", "next year") beside one of
    # `figures` asks the same: "which new codes come out next quarter".
    later_periods: list[str] = []
    # A change someone other than the asker will make later ("is CMS going to delete E1399 in
    # the 2027 HCPCS update", "will the 2028 program add oxygen"): one of `future_asks` not
    # followed by the asker ("will we", "will I"), then one of `future_changes`, with a later
    # year or one of `later_periods`. Nobody has published it, so no entry can say.
    future_asks: list[str] = []
    future_askers: list[str] = []
    future_changes: list[str] = []
    # What a payer releases to the asker, no change of a rule ("will Noridian release payment on
    # my 2027 claims"): never the thing `future_changes` says will change.
    released_to_asker: list[str] = []
    # When a change comes, asked of a year after the file's ("when does the next ABN form come
    # out after the 2029 one"): as `future_asks`, but only with a later year ("when does the
    # next quarterly HCPCS file come out" asks the update's schedule).
    future_when_asks: list[str] = []
    # Heard as a rumour ("is CMS planning to retire GZ? heard a rumor"): the change is
    # unannounced even without a year.
    rumours: list[str] = []
    # A change asked of a rule or code without a year, which is a prediction all the same: one
    # of `future_asks` or "when will", then one of `future_passives` ("when will E1399 be
    # retired by CMS"), or one of `future_lengths` before a number of `length_units` ("will the
    # redetermination window change to 150 days"); "when" or "will" with one of `next_releases`
    # ("when is the next ABN form coming", "what will the next ABN form's expiration date be").
    future_passives: list[str] = []
    # The exact day a later year will bring something ("when will CMS announce the 2028 bid
    # winners, exact day"): with one of `future_asks` and a later year.
    exact_dates: list[str] = []
    # Ending a code or rule, read as one of `future_changes` when what ends follows ("end
    # E1399 in 2030"), not one of `ends_not_before` ("will the rental end in 2027").
    future_ends: list[str] = []
    ends_not_before: list[str] = []
    future_lengths: list[str] = []
    length_units: list[str] = []
    next_releases: list[str] = []
    # Arithmetic the asker can do anywhere: a number of one of `conversion_units` converted to
    # another ("convert 45 days to weeks", "how many weeks is 45 days"), or two numbers
    # multiplied or divided ("what is 13 times 12"). "how many days do I have" asks a rule.
    conversion_units: list[str] = []
    # A change heard as under way ("is it true medicare is dropping KX"): with a rumour, the same.
    changes_under_way: list[str] = []
    # "has|did|is our <someone or something> <done> ... <ours>": whether the contractor has
    # acted on the team's own submission, which only its portal or phone line can say.
    status_asks: list[str] = []
    # who, right after the ask, is no contractor ("did the pt get our ABN")
    status_not_by: list[str] = ["we", "i", "you"]
    status_done: list[str] = []
    # also "the status of our claim", "status of the ADR we sent"
    status_ours: list[str] = []
    # "status of our claim if ...": a status under a condition asks what a rule makes of it
    status_conditions: list[str] = []
    # "(can you) check if / confirm whether ...", opening the message or after an opener: asks
    # to look up one claim's status or an account when what follows names one of the team's or
    # a patient's things (`status_subjects`, or a record after "the" or a possessive:
    # `status_records`) and then a state it is in (`status_states`), or a state then "yet"; a
    # clause holding one of `status_rule_words` asks a rule ("confirm whether E1399 needs ...").
    status_checks: list[str] = []
    status_subjects: list[str] = []
    status_records: list[str] = []
    status_states: list[str] = []
    status_rule_words: list[str] = []
    # One named patient's claim looked up: a title and a name's ("did Mrs. Garcia's E1399 get
    # paid", "claim status for Mr. Lee's cushion"), asked with one of `status_asks` and ending
    # in one of `status_states`, or after "status of|for".
    status_titles: list[str] = []
    # The asker's own plan paying for the asker's own item ("does my Humana plan cover my
    # CPAP"); not one of `own_plan_not`'s ("my pt's plan", "cover my patient's walker").
    own_plan_covers: list[str] = []
    own_plan_not: list[str] = []
    # A message that only acknowledges ("noted", "sounds good"): it asks nothing.
    acknowledgements: list[str] = []
    # How to reach a plan (`plan_contacts`: its phone line, fax number, address), asked beside a
    # payer other than Original Medicare; when a DME MAC's lines are open (`contractor_hours`),
    # asked beside a contractor's name. The facts give neither; the PDAC's call centre, which an
    # entry answers, is neither a payer nor a DME MAC.
    plan_contacts: list[str] = []
    contractor_hours: list[str] = []
    # Words before "hours" that make it a length of time ("within 24 hours", "two hours of
    # labor"), not opening hours; a number does too.
    hour_counts: list[str] = []
    # The supplier's own enrollment with Medicare (revalidating, its PTAN, becoming a contract
    # supplier): the facts hold the ordering doctor's enrollment, not the supplier's.
    enrollment_tasks: list[str] = []
    # One doctor, named, looked up in a registry ("check PECOS for Dr. Abernathy's NPI"); "dr"
    # followed by one of `not_a_name` names nobody ("the dr's office").
    registries: list[str] = []
    not_a_name: list[str] = []
    # ... unless the registry's rule is asked ("Dr. Patel ordered it, is his PECOS enough")
    registry_rules: list[str] = []
    # A code's payment as a figure: one of `figure_asks` beside a HCPCS code ("how much is the
    # K0462 loaner payment in dollars"), or a payment word beside a code, asked with "= ?"
    # ("K0739 per unit = ?"). "how much will medicare pay on e1399" asks how a NOC line is priced.
    figure_asks: list[str] = []
    payment_words: list[str] = []
    # One item's LCD coverage criteria ("LCD requirements for a seat lift mechanism"): the
    # facts hold no LCD's clinical criteria. A NOC item (`criteria_kept`) has no LCD to read.
    criteria_asks: list[str] = []
    criteria_kept: list[str] = []


def _changes(rules: OutsideRules) -> str:
    """One of `future_changes`, or one of `future_ends` with what ends after it ("end E1399"),
    not a word of `ends_not_before` or the question's end ("will the rental end in 2027")."""
    changes = rf"{_words(rules.future_changes)}\b"
    if not rules.future_ends:
        return changes
    after = rf"\s+{_words(rules.ends_not_before)}\b|" if rules.ends_not_before else ""
    return rf"(?:{changes}|{_words(rules.future_ends)}\b(?!{after}\s*$))"


def _payer_names(names: Sequence[str]) -> str:
    """`_words` of the payers' names, a one-word name also typed in two ("Champ VA", "Tri-Care")."""
    split = [r"\s?".join(name) for name in names if re.fullmatch(r"[a-z]{6,}", name)]
    return "(?:" + "|".join([_words(names), *split]) + ")"


def _beside(these: Sequence[str], those: Sequence[str]) -> re.Pattern[str] | None:
    """One of `these` and one of `those`, in either order."""
    if not (these and those):
        return None
    one, other = _words(these), _words(those)
    return re.compile(rf"\b{one}\b.*\b{other}\b|\b{other}\b.*\b{one}\b")


def _status_check(rules: OutsideRules, openers: Sequence[str]) -> re.Pattern[str] | None:
    """`status_checks` opening the message or after an opener, then, in a clause asking no
    rule, one of the team's or a patient's things and a state it is in ("can you check if the
    Smith claim paid", "confirm if our reconsideration was received", "verify whether our PTAN
    is active"), or a state then "yet"."""
    if not (rules.status_checks and rules.status_states):
        return None
    start = rf"(?:^|\b{_words(openers)}\s+(?:(?:just|please|quickly|go)\s+)?)" if openers else "^"
    rule = rf"(?!.*\b{_words(rules.status_rule_words)}\b)" if rules.status_rule_words else ""
    state = _words(rules.status_states)
    subjects = [rf"\b{_words(rules.status_subjects)}\b"] if rules.status_subjects else []
    if rules.status_records:
        # "the Smith claim", "Mrs. O's walker claim", "the 10/14 claim"
        record = _words(rules.status_records)
        subjects.append(rf"\b(?:the|\S+\s+s)\s+(?:\S+\s+){{0,2}}?{record}\b")
    particular = rf"(?=.*(?:{'|'.join(subjects)}))(?=.*\b{state}\b)|" if subjects else ""
    return re.compile(
        rf"{start}(?:double\s+)?{_words(rules.status_checks)}\s+{rule}"
        rf"(?:{particular}(?=.*\b{state}\s+yet\b))"
    )


# A value asked for with an equals sign ("K0739 per unit = ?").
_EQUALS_ASKED = re.compile(r"=\s*\?*\s*$")


def _optional(pattern: str, phrases: Sequence[str]) -> re.Pattern[str] | None:
    """`pattern` with `{}` filled by `_words(phrases)`, or None when there are no phrases."""
    return re.compile(pattern.format(_words(phrases))) if phrases else None


def _arithmetic(units: Sequence[str]) -> re.Pattern[str]:
    """A unit conversion of `units` ("convert 45 days to weeks", "45 days in weeks", "how many
    weeks is 45 days") or two numbers multiplied or divided ("13 times 12")."""
    product = r"\b\d+\s+(?:times|x|multiplied\s+by|divided\s+by|over)\s+\d+\s*(?:$|equals|is|=)"
    if not units:
        return re.compile(product)
    unit = _words(units)
    return re.compile(
        rf"\bconvert\s+\d+\s+{unit}\b|\b\d+\s+{unit}\s+(?:to|into|in)\s+{unit}$|"
        rf"\bhow\s+many\s+{unit}\s+(?:is|are|in|make)\s+\d+\s+{unit}\b|{product}"
    )


# A year typed alone, or a calendar or fiscal year ("CY2027", "FY2028"): not the end of a date
# ("1/1/2027", "3-14-2027").
_YEAR = re.compile(r"(?<![/\-\d])(?:\b|(?<=\b[CcFf][Yy]))(20\d\d)\b(?![/\-]\d)")


class Outside:
    """Whether a question asks what no entry holds, by the shapes of `OutsideRules`."""

    def __init__(
        self,
        rules: OutsideRules,
        plans: Sequence[str] = (),
        contractors: Sequence[str] = (),
        openers: Sequence[str] = (),
        words: Sequence[Collection[str]] = (),
    ) -> None:
        """`plans`: how questions name payers other than Original Medicare; `contractors`: the
        DME MACs' names; `openers`: how a request starts ("can you", "please"; rules/knowledge.yaml
        `payer_phrases`, `contractor_names`, `requests`); `words`: word lists (English, the
        entries') whose words, typed in lower case, name no claim ("the rental claim")."""
        self.rules = rules
        self._words = words
        self._payer = (
            re.compile(rf"\b{_payer_names(rules.other_payers)}\b") if rules.other_payers else None
        )
        self._medicare = (
            re.compile(rf"\b{_words(rules.medicare_side)}\b") if rules.medicare_side else None
        )
        self._figure = re.compile(rf"\b{_words(rules.figures)}\b") if rules.figures else None
        self._later = _optional(r"\b{}\b", rules.later_periods)
        self._exact_date = _optional(r"\b{}\b", rules.exact_dates)
        self._future_ask = _optional(r"\b{}\b", rules.future_asks)
        self._rumour = _optional(r"\b{}\b", rules.rumours)
        self._under_way = _optional(r"\b{}\b", rules.changes_under_way)
        changes = _changes(rules)
        self._change_word = re.compile(rf"\b{changes}") if rules.future_changes else None
        self._future_change = (
            re.compile(
                # "CMS was going to split E1399" tells of a past plan, not a coming change
                rf"(?<!\bwas )(?<!\bwere )\b{_words(rules.future_asks)}\s+"
                + (rf"(?!{_words(rules.future_askers)}\b)" if rules.future_askers else "")
                + rf"(?:\S+\s+){{0,8}}?{changes}"
                + (rf"(?!\s+{_words(released)}\b)" if (released := rules.released_to_asker) else "")
            )
            if rules.future_asks and rules.future_changes
            else None
        )
        passive = rf"\b(?:when\s+will|{_words(rules.future_asks or ['will'])})\s+"
        if rules.future_askers:
            passive += rf"(?!{_words(rules.future_askers)}\b)"
        self._predicted = _optional(passive + r"(?:\S+\s+){{0,8}}?{}\b", rules.future_passives)
        self._predicted_length = (
            re.compile(
                passive + rf"(?:\S+\s+){{0,8}}?{_words(rules.future_lengths)}\s+\d+\s+"
                rf"{_words(rules.length_units)}\b"
            )
            if rules.future_lengths and rules.length_units
            else None
        )
        self._arithmetic = _arithmetic(rules.conversion_units)
        # "will" only of a release, not of the asker's own next ABN ("will the next ABN I give
        # her need a new signature" asks the asker's step, not what CMS will publish)
        self._next_release = _optional(
            r"\bwhen\b.*\b{0}\b"
            r"|\bwill\b.*\b{0}\b(?!\s+(?:form\s+)?(?:i|we|you|u|she|he|they)\b)",
            rules.next_releases,
        )
        self._future_when = (
            re.compile(rf"\b{_words(rules.future_when_asks)}\s+(?:\S+\s+){{0,8}}?{changes}")
            if rules.future_when_asks and rules.future_changes
            else None
        )
        # the team's mark after the state ("has the UPIC responded to our packet") or, with the
        # state ending the question, before it ("has the claim for the pt we delivered to paid")
        self._status = (
            re.compile(
                rf"^{_words(rules.status_asks)}\s+(?!{_words(rules.status_not_by)}\b)"
                rf"(?:(?:\S+\s+){{1,6}}?"
                rf"{_words(rules.status_done)}\b.*\b{_words(rules.status_ours)}\b|"
                rf"(?:\S+\s+){{1,6}}?{_words(rules.status_ours)}\s+(?:\S+\s+){{0,6}}?"
                rf"{_words(rules.status_done)}$)"
            )
            if rules.status_asks and rules.status_done and rules.status_ours
            else None
        )
        self._acknowledged = (
            re.compile(rf"^(?:{_words(rules.acknowledgements)}\s*)+$")
            if rules.acknowledgements
            else None
        )
        self._status_of = (
            re.compile(
                rf"\bstatus\s+of\s+(?:\S+\s+){{0,4}}?{_words(rules.status_ours)}\b"
                + (
                    rf"(?!.*\b{_words(rules.status_conditions)}\b)"
                    if rules.status_conditions
                    else ""
                )
            )
            if rules.status_ours
            else None
        )
        self._status_check = _status_check(rules, openers)
        mine = rf"\bmy\s+(?!{_words(rules.own_plan_not or ['pt'])}\b)"
        self._own_plan = _optional(
            mine + r"(?:\S+\s+){{0,2}}?(?:plan|insurance)\b.*\b{}\s+" + mine + r"\S",
            rules.own_plan_covers,
        )
        # "what's the status of the Bixby claim": one claim named by a capitalised word, or one
        # in no word list (a patient's or a town's name), not a payer or contractor ("the
        # Medicare claim")
        self._named_record = (
            re.compile(
                rf"\bstatus\s+(?:for|of|on)\s+the\s+([A-Za-z][a-z]+)(?:'s)?\s+(?:\S+\s+){{0,2}}?"
                rf"(?i:{_words(rules.status_records)})\b"
            )
            if rules.status_records
            else None
        )
        self._not_names = {
            word for name in [*plans, *contractors, *rules.medicare_side] for word in name.split()
        }
        self._named_patient = (
            re.compile(
                rf"^{_words(rules.status_asks)}\s+{_words(rules.status_titles)}\s+[a-z]+\s+s\b"
                rf".*\b{_words(rules.status_states)}\b|"
                rf"\bstatus\s+(?:for|of|on)\s+{_words(rules.status_titles)}\s+[a-z]+\s+s\b"
            )
            if rules.status_titles and rules.status_asks and rules.status_states
            else None
        )
        self._duration = re.compile(
            rf"\b(?:\d+|{_words(rules.hour_counts or ['a'])})\s+(?:business\s+)?(?:hours?|hrs?)\b"
        )
        self._enrollment = _optional(r"\b{}\b", rules.enrollment_tasks)
        names = rf"(?!{_words(rules.not_a_name)}\b)" if rules.not_a_name else ""
        unless = rf"(?!.*\b{_words(rules.registry_rules)}\b)" if rules.registry_rules else ""
        # Anchored: both look-aheads see the whole one-line text from its start, so trying them
        # again at every later position (each scanning to the end) could find nothing new.
        self._doctor_looked_up = (
            re.compile(
                rf"^{unless}(?=.*\b{_words(rules.registries)}\b)"
                rf"(?=.*\b(?:dr|doctor)\s+{names}[a-z]{{2,}})"
            )
            if rules.registries
            else None
        )
        self._figure_ask = _optional(r"\b{}\b", rules.figure_asks)
        self._payment_word = _optional(r"\b{}\b", rules.payment_words)
        self._criteria = _optional(r"\b{}\b", rules.criteria_asks)
        self._criteria_kept = _optional(r"\b{}\b", rules.criteria_kept)
        self._plan_contact = _beside(plans, rules.plan_contacts)
        self._contractor_hours = _beside(contractors, rules.contractor_hours)

    def __call__(self, question: str, text: str) -> bool:
        """`question` as typed, `text` its lower-case words joined by spaces."""
        medicare_named = bool(self._medicare and self._medicare.search(text))
        if self._payer and self._payer.search(text) and not medicare_named:
            return True
        # a year after the one the content's figures run through ("the 2029 fee schedule")
        limit = self.rules.figures_through or 0
        later_year = any(int(year) > limit for year in _YEAR.findall(question))
        asked_figure = self._figure and self.rules.figures_through and self._figure.search(text)
        changing = self._future_change and self._future_change.search(text)
        said_later = later_year or (self._later and self._later.search(text))  # "someday"
        if (asked_figure or changing) and said_later:
            return True  # "the 2029 fee schedule", "when will CMS finally create a code"
        heard = self._rumour and self._rumour.search(text)
        if changing and heard:
            return True
        if self._future_when and self._future_when.search(text) and later_year:
            return True
        exact = self._exact_date and self._exact_date.search(text)
        if exact and later_year and self._future_ask and self._future_ask.search(text):
            return True  # "when will CMS announce the 2028 bid winners, exact day"
        predicted = (self._predicted, self._predicted_length, self._next_release, self._arithmetic)
        if any(p is not None and p.search(text) for p in predicted):
            return True  # "when will E1399 be retired", "will the window change to 150 days"
        if heard and self._under_way and self._under_way.search(text):
            return True
        # heard of a change in a later year ("rumor: CMS putting misc DME under PA in 2027")
        changed = bool(self._change_word and self._change_word.search(text))
        if heard and changed and later_year:
            return True
        shapes = (
            self._status,
            self._status_of,
            self._status_check,
            self._named_patient,
            self._acknowledged,
            self._own_plan,
            self._enrollment,
            self._doctor_looked_up,
        )
        if any(p is not None and p.search(text) for p in shapes):
            return True
        if self._names_record(question, text):
            return True
        if self._figure_of_code(question, text) or self._item_criteria(text):
            return True
        # "signed within 24 hours" is a length of time, not a contractor's opening hours
        untimed = self._duration.sub(" ", text)
        return any(
            p is not None and p.search(untimed)
            for p in (self._plan_contact, self._contractor_hours)
        )

    def _names_record(self, question: str, text: str) -> bool:
        """The status of one claim named by a name ("status of the Bixby claim from august"),
        not under a condition ("... of the Medicaid claim if it was rejected")."""
        named = self._named_record and self._named_record.search(question)
        if not named or (name := named.group(1)).lower() in self._not_names:
            return False
        # in lower case, a word no list holds ("the springfield claim", not "the rental claim")
        if name.islower() and (not self._words or any(name in known for known in self._words)):
            return False
        conditions = self.rules.status_conditions
        return not (conditions and re.search(rf"\b{_words(conditions)}\b", text))

    def _figure_of_code(self, question: str, text: str) -> bool:
        """A code's payment asked as a figure: "how much is the K0462 loaner payment in
        dollars", "K0739 per unit = ?"."""
        if not ANY_HCPCS_IN_TEXT.search(text):
            return False
        if self._figure_ask and self._figure_ask.search(text):
            return True
        return bool(
            self._payment_word
            and _EQUALS_ASKED.search(question)
            and self._payment_word.search(text)
        )

    def _item_criteria(self, text: str) -> bool:
        """One item's LCD coverage criteria ("LCD requirements for a seat lift mechanism"),
        unless a NOC item, which has no LCD, is named."""
        return bool(
            self._criteria
            and self._criteria.search(text)
            and not (self._criteria_kept and self._criteria_kept.search(text))
        )
