"""Named entities that say what a knowledge entry is about: the codes and billing acronyms in
its title (N350, GZ, CERT) and the states in its tags (jurisdictions, a state's Medicaid)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np

from flows.knowledge_payers import ORIGINAL_MEDICARE, PayerTopics
from flows.models import ADJUSTMENT_GROUPS, RARC_LETTERS
from flows.text import Tokenizer, is_code, phrase_pattern

if TYPE_CHECKING:
    from flows.knowledge import Entry
    from flows.knowledge_rules import RankingRules

# An entry gets up to ENTITY_WEIGHT of the best score, by the idf-weighted share of its title's
# entities the question names (so "CO-16 MA130 M51" finds the MA130 entry, not the N350 one), or
# STATE_SHARE of it when its tags name a state the question names.
ENTITY_WEIGHT = 0.2
STATE_SHARE = 1.0
# An entry written for other states (another jurisdiction, another state's Medicaid) keeps only
# this share of its score when the question or the claim names a state; with no state named, so
# does one whose jurisdiction, contractor or program the question does not name.
OTHER_STATE_SHARE = 0.5
# An entry about remittance codes loses this share of its score when the question names none of
# its codes and no denial: "when do the new comp bid contracts start" is not the M114 remark.
REMIT_PENALTY = 0.15
# A range of codes an answer writes out ("K0820-K0829", "E0371 through E0373"): a question
# naming a code inside it (K0823) is read as naming the range's first code.
_CODE_RANGE = re.compile(r"\b([a-z])(\d{4})\s*(?:-|–|to|through)\s*\1(\d{4})\b", re.IGNORECASE)
MAX_RANGE = 100
# A remittance code as one token: group + CARC (co16) or a RARC (n350, ma130).
_REMITTANCE_CODE = re.compile(rf"(?:{ADJUSTMENT_GROUPS})\d{{1,3}}|(?:{RARC_LETTERS})\d{{1,3}}")


class Entities:
    """The entities of every entry, read once at start-up."""

    def __init__(
        self,
        entries: list[Entry],
        tokenizer: Tokenizer,
        idf: Mapping[str, float],
        rules: RankingRules,
        payers: PayerTopics,
    ) -> None:
        state_names, generic_codes = rules.state_names, rules.generic_codes
        self.tokenizer, self._state_names, self._payers = tokenizer, state_names, payers
        # Codes that title many entries (E1399, the product's own code) say nothing specific.
        title_codes = [
            {t: idf[t] for t in tokenizer.tokens(e.title) if self.is_entity(t)} for e in entries
        ]
        titled = Counter(code for codes in title_codes for code in codes)
        self._title_codes = [
            {c: value for c, value in codes.items() if titled[c] <= 2} for codes in title_codes
        ]
        self._remit_codes = {
            index: {c for c in codes if _REMITTANCE_CODE.fullmatch(c)}
            for index, codes in enumerate(self._title_codes)
            if any(_REMITTANCE_CODE.fullmatch(c) for c in codes)
        }
        self._denial_words = set(tokenizer.tokens("denial denied deny remit remark carc rarc"))
        self._states = phrase_pattern(list(state_names.values()))
        self._tag_states = [
            {t.lower() for t in e.tags} & set(state_names.values()) for e in entries
        ]
        # The states an answer lists by postal code ("JC (CGS): AL, AR, ..."): a question naming
        # several states is answered by an entry listing them all.
        postal = re.compile(rf"\b(?:{'|'.join(map(re.escape, state_names))})\b")
        listed = [set(postal.findall(f"{e.short} {e.detail or ''}")) for e in entries]
        self._listed_states = [
            {name for code, name in state_names.items() if code in codes} for codes in listed
        ]
        # A listed state's name counts as the entry's own words when it covers a question.
        self.listed_state_tokens = [
            set(tokenizer.tokens(" ".join(sorted(states)))) for states in self._listed_states
        ]
        # What else names a state-bound entry (its jurisdiction, contractor or program). An
        # entry whose title names one contractor (reopenings at CGS) is that contractor's
        # version of a topic, named by its contractor and jurisdiction tags; one titled by a
        # code too (a CGS remark pairing) is named by its code.
        contractors = {name.lower() for name in rules.contractor_names}
        self._own_names = [
            phrase_pattern([t for t in e.tags if t.lower() not in states])
            if states
            else phrase_pattern([t for t in e.tags if t.lower() in contractors])
            if contractors & set(re.findall(r"[a-z]+", e.title.lower())) and not codes
            else None
            for e, states, codes in zip(entries, self._tag_states, title_codes, strict=True)
        ]
        # The payer an entry is written for, by its title and tags: a state names the Medicaid
        # entry for a Medicaid question and the jurisdiction entry otherwise.
        # A title naming its payer decides over tags naming others ("medicare primary").
        self._entry_payer = [
            payers.payer_of(e.title, None) or payers.payer_of(" ".join([e.title, *e.tags]), None)
            for e in entries
        ]
        # Every payer an entry's title names: one for several payers ("LMNs for Medicaid and
        # commercial plans") is for none of the others; one naming none, for every payer.
        self._entry_payers = [payers.payers_named(e.title) for e in entries]
        self._generic_codes = {code.lower().replace("-", "") for code in generic_codes}
        # Which entries a named code or state can concern (`_share` reads only those).
        self._titled_by: dict[str, list[int]] = {}
        for index, codes in enumerate(self._title_codes):
            for code in codes:
                self._titled_by.setdefault(code, []).append(index)
        # An entry titled by one plan ("Premera's DME units and modifiers"): that plan's policy,
        # which yields to the general entry unless the question names the plan.
        one_plan = [
            plan
            for plan in rules.payer_phrases.get("commercial", [])
            if plan not in rules.contract_rates.not_one_plan
        ]
        self._plan_names = [
            phrase_pattern(_named(one_plan, " ".join([e.title, *e.tags])))
            if _named(one_plan, e.title)
            else None
            for e in entries
        ]
        self._state_bound = [
            index
            for index, (tagged, listed) in enumerate(
                zip(self._tag_states, self._listed_states, strict=True)
            )
            if tagged or listed
        ]

    def is_entity(self, token: str) -> bool:
        """A code, or a billing acronym the vocabulary names (CERT, TPE, PECOS)."""
        return is_code(token) or token in self.tokenizer.acronyms

    def specific_codes(self, tokens: list[str]) -> set[str]:
        """The codes a question names, without the generic ones when a specific one is there."""
        codes = {t for t in tokens if is_code(t)}
        return codes - self._generic_codes if codes - self._generic_codes else codes

    def weigh(
        self,
        combined: np.ndarray,
        best_bm25: float,
        tokens: list[str],
        corrected: str,
        payer: str | None,
        context: Mapping[str, str | None] | None,
    ) -> None:
        """Adds each matching entry's entity share of the best BM25 score; with a state named
        (by the question or the claim), entries written only for other states lose half, as
        does a state's entry for a payer the question does not name, and with none, so do
        entries for one state whose jurisdiction or program it does not name;
        so does an entry titled by one plan (Premera) whose plan the question does not name."""
        text = " ".join(re.findall(r"[a-z0-9]+", corrected.lower()))
        states = self._states_named(text, context)
        combined += ENTITY_WEIGHT * best_bm25 * self._share(tokens, payer, states) * (combined > 0)
        if states:
            # Several states, and an entry lists them all: one jurisdiction's entry answers only
            # part of the question.
            all_listed = len(states) > 1 and any(
                states <= tagged | listed
                for tagged, listed in zip(self._tag_states, self._listed_states, strict=True)
            )
            other = [
                bool(tagged) and (not tagged & states or (all_listed and not states <= tagged))
                for tagged in self._tag_states
            ]
            # A state named with a payer ("North Carolina Medicare DME"): that state's entry
            # for a payer the question does not name (its Medicaid program) is not the answer.
            other = [
                elsewhere or (bool(tagged) and self._other_payer(entry_payer, payer, text))
                for elsewhere, entry_payer, tagged in zip(
                    other, self._entry_payer, self._tag_states, strict=True
                )
            ]
        else:  # "what is a DME MAC" is about no one jurisdiction
            other = [own is not None and not own.search(text) for own in self._own_names]
        other = [
            elsewhere or (plan is not None and not plan.search(text))
            for elsewhere, plan in zip(other, self._plan_names, strict=True)
        ]
        combined *= np.where(other, OTHER_STATE_SHARE, 1.0)

    def _other_payer(self, entry_payer: str | None, payer: str | None, text: str) -> bool:
        """Whether an entry is written for a payer other than the question's, one the
        question does not name at all."""
        if payer is None or entry_payer in (None, payer):
            return False
        return not self._payers.named_words(text, entry_payer)

    def names_entry(
        self,
        index: int,
        tokens: list[str],
        corrected: str,
        context: Mapping[str, str | None] | None,
    ) -> bool:
        """Whether the question names what the entry is about: a code or acronym of its title
        (one titling few entries), or a state its tags name."""
        if set(tokens) & self._title_codes[index].keys():
            return True
        text = " ".join(re.findall(r"[a-z0-9]+", corrected.lower()))
        return bool(self._tag_states[index] & self._states_named(text, context))

    def fits(
        self,
        index: int,
        corrected: str,
        payer: str | None,
        context: Mapping[str, str | None] | None,
    ) -> bool:
        """Whether an entry can answer the question for the payer it or the claim names and
        its state: one written for other payers (a state's Medicaid, Medicare Advantage)
        cannot, nor a state's entry when the question and claim name another state, or none
        and not its jurisdiction or program."""
        own = self._entry_payers[index]
        if payer and own and payer not in own:
            return False
        tagged = self._tag_states[index]
        if not tagged:
            return True
        text = " ".join(re.findall(r"[a-z0-9]+", corrected.lower()))
        states = self._states_named(text, context)
        if states:
            return bool(states & (tagged | self._listed_states[index]))
        names = self._own_names[index]
        return bool(names and names.search(text))

    def penalise_remittance_entries(self, combined: np.ndarray, tokens: list[str]) -> None:
        """An entry about remittance codes (CO-4 with M114) answers a question naming one of
        them or asking about a denial; otherwise its codes' topic words are a coincidence."""
        named = set(tokens)
        for index, codes in self._remit_codes.items():
            if not named & codes and not named & self._denial_words:
                combined[index] *= 1 - REMIT_PENALTY

    def _states_named(self, text: str, context: Mapping[str, str | None] | None) -> set[str]:
        """The states the question's words name, and the claim's state."""
        states = set(self._states.findall(text)) if self._states else set()
        claim_state = self._state_names.get(((context or {}).get("state") or "").upper())
        return states | {claim_state} if claim_state else states

    def _share(self, tokens: list[str], payer: str | None, states: set[str]) -> np.ndarray:
        """For each entry, how much of what it is about the question names: the idf-weighted
        share of its title's codes, or STATE_SHARE when its tags name a state the question
        names and it is written for the question's payer (Original Medicare's jurisdictions, a
        state's Medicaid)."""
        named = self.specific_codes(tokens) | (set(tokens) & self.tokenizer.acronyms)
        share = np.zeros(len(self._title_codes))
        for index in sorted({i for code in named for i in self._titled_by.get(code, ())}):
            codes = self._title_codes[index]
            share[index] = sum(codes[c] for c in named & codes.keys()) / sum(codes.values())
        for index in self._state_bound if states else ():
            entry_payer = self._entry_payer[index]
            # A state on a Medicaid or commercial question names that payer's entry for the
            # state, not the state's Medicare contractor.
            if entry_payer != payer and (entry_payer or payer not in (None, ORIGINAL_MEDICARE)):
                continue
            if payer != "medicaid" and entry_payer == "medicaid":
                continue
            tagged = self._tag_states[index]
            if len(states) > 1 and states <= tagged | self._listed_states[index]:
                share[index] = STATE_SHARE
            elif states & tagged:
                # Two states in two jurisdictions: each jurisdiction's entry answers half.
                share[index] = STATE_SHARE * len(states & tagged) / len(states)
        return share


def codes_in_ranges(texts: list[str]) -> dict[str, str]:
    """Each code inside a range of codes the texts write out, with the range's first code."""
    inside: dict[str, str] = {}
    for text in texts:
        for letter, first, last in _CODE_RANGE.findall(text.lower()):
            if 0 < int(last) - int(first) <= MAX_RANGE:
                for number in range(int(first) + 1, int(last)):
                    inside.setdefault(f"{letter}{number:04d}", f"{letter}{first}")
    return inside


def _named(plans: list[str], title: str) -> list[str]:
    """The plans a title names by name."""
    words = " ".join(re.findall(r"[a-z0-9]+", title.lower()))
    return [plan for plan in plans if re.search(rf"\b{re.escape(plan)}\b", words)]
