"""Plans' own prior-authorization rules (content/rules/plan_authorizations.yaml): whether a
Medicare Advantage, commercial or Medicaid plan needs one for a line, from a plan threshold the
facts name or the plan's rule as the biller quotes it in the request; unknown otherwise (check
the plan's list). Also what the biller says the payer told them: none needed, or one obtained."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import cached_property
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator

from flows.conditions import PAYER_TYPES
from flows.formats import money
from flows.parsing import LIST_COMMA
from flows.phi import scan

PlanReading = Literal["over_threshold", "quoted_rule", "under_threshold"]
# "condition_not_met": none needed on a condition this line breaks or the request cannot show
StatedAuthorization = Literal["not_required", "condition_not_met", "obtained"]
# A description's sentences, and the parts of one: a comma, a semicolon, a dash between spaces.
_SENTENCES = re.compile(r"((?<=[.!?])\s+|\n)")
_PARTS = re.compile(rf"{LIST_COMMA.pattern}|;| - ")  # not the comma in $1,000
# Where one clause of the request ends: a sentence's end, a semicolon, a new line.
_CLAUSE_ENDS = re.compile(r"[.;!?\n]\s|[;!?\n]")
LineKind = Literal["purchase", "rental", "repair"]
_ASIDES = re.compile(r"\s*\([^()]*\)")  # a note in brackets


class Line(BaseModel):
    """What a payer's condition can be tested on: the line's kind, total and code."""

    kind: LineKind
    total: Decimal | None
    code: str | None


def _compiles(pattern: str | list[str]) -> str | list[str]:
    try:
        for one in [pattern] if isinstance(pattern, str) else pattern:
            re.compile(one.replace("{amount}", "1"))
    except re.error as error:
        raise ValueError(f"not a valid regular expression: {error}") from None
    return pattern


def line_kind(acquisition: str | None) -> LineKind:
    """A rental, a repair, or a purchase (new, used, a replacement, or not said)."""
    return acquisition if acquisition in ("rental", "repair") else "purchase"  # type: ignore[return-value]


class PlanThreshold(BaseModel):
    """One plan's published amount above which its line needs prior authorization."""

    model_config = ConfigDict(extra="forbid")

    plan: str = Field(min_length=3)  # as the sentence names it
    names: str  # how billers write the plan's name (a regular expression, any case)
    payer: str
    over: Decimal = Field(gt=0)  # a line total above this amount needs it
    purchases_only: bool = False  # the plan's rule is for purchases (a rental is not counted)
    rule: str = Field(min_length=10)  # how the checklist names the rule; {over} is the amount
    source: HttpUrl
    last_reviewed: dt.date

    _pattern = field_validator("names")(_compiles)

    @field_validator("payer")
    @classmethod
    def _known_payer(cls, payer: str) -> str:
        if payer not in PAYER_TYPES:
            raise ValueError(f"payer must be one of {', '.join(PAYER_TYPES)}")
        return payer


class QuotedFinding(BaseModel):
    """What one quoted clause says about the line: covered or not, and the rule as worded."""

    covered: bool
    rule: str
    at_amount: bool = False  # the line's total is the very amount an "over" rule starts above


class QuotedRule(BaseModel):
    """The plan's rule as a biller quotes it in one clause of the request ("PPO requires PA for
    DME over $1,000", "plan wants auth on every unlisted line"), unless the clause says none
    is needed."""

    model_config = ConfigDict(extra="forbid")

    authorization: str  # the words for prior authorization
    amount: str  # a dollar figure: (?P<amount>...) after a $, or (?P<bare>...) without one
    over: list[str]  # forms of an amount the rule starts above; {amount} stands for `amount`
    from_: list[str] = Field(alias="from")  # forms of an amount the rule starts at
    every_line: str  # a rule for every line of a kind, with no amount
    this_line: str  # the payer said to need authorization for this line, with no amount
    negated: str  # the clause says no authorization is needed
    purchases: str  # the clause names purchases
    rentals: str  # the clause names rentals
    left_out: str  # the clause leaves a kind out ("not rentals"); (?P<kind>...) names it
    rule: str  # how the checklist names the quoted rule: {scope}{threshold}
    scopes: dict[Literal["purchase", "rental", "any"], str]
    thresholds: dict[Literal["over", "from", "every_line", "this_line"], str]
    note: str | None = None

    _patterns = field_validator(
        "authorization", "amount", "over", "from_", "every_line", "this_line", "negated",
        "purchases", "rentals", "left_out",
    )(_compiles)  # fmt: skip

    @cached_property
    def compiled(self) -> dict[str, re.Pattern[str]]:
        patterns = {
            "authorization": self.authorization, "every_line": self.every_line,
            "this_line": self.this_line, "negated": self.negated, "purchases": self.purchases,
            "rentals": self.rentals, "left_out": self.left_out,
        }  # fmt: skip
        return {name: re.compile(p, re.IGNORECASE) for name, p in patterns.items()}

    @cached_property
    def amounts(self) -> tuple[tuple[Literal["over", "from"], re.Pattern[str]], ...]:
        """Each form of an amount, "over" forms first, with {amount} filled in."""
        forms: list[tuple[Literal["over", "from"], str]] = [("over", p) for p in self.over]
        forms += [("from", p) for p in self.from_]
        return tuple((form, re.compile(p.replace("{amount}", self.amount), re.IGNORECASE))
                     for form, p in forms)  # fmt: skip

    def scope(self, clause: str) -> Literal["purchase", "rental", "any"]:
        """The kind of line a clause's rule is for: the one kind it names, or the other of the
        one it leaves out; any line otherwise."""
        found = self.compiled
        left = {"rental" if found["rentals"].match(m["kind"]) else "purchase"
                for m in found["left_out"].finditer(clause)}  # fmt: skip
        rest = found["left_out"].sub(" ", clause)
        named = {kind for kind, words in (("purchase", "purchases"), ("rental", "rentals"))
                 if found[words].search(rest)}  # fmt: skip
        if len(named) == 1:
            return named.pop()  # type: ignore[return-value]
        if len(left) == 1 and not named:
            return "rental" if left == {"purchase"} else "purchase"
        return "any"

    def finding(self, description: str, line_total: Decimal | None,
                kind: LineKind) -> QuotedFinding | None:  # fmt: skip
        """What the first clause quoting a rule for this kind of line says of it; None when the
        request quotes none (or a rule by amount and the line has no price)."""
        found = self.compiled
        for clause in _CLAUSE_ENDS.split(description):
            if not found["authorization"].search(clause) or found["negated"].search(clause):
                continue
            scope = self.scope(clause)
            if scope != "any" and scope != kind:
                continue  # the quoted rule is for the other kind of line
            for form, pattern in self.amounts:
                amount = pattern.search(clause)
                if amount and line_total is not None:
                    figure = Decimal((amount["amount"] or amount["bare"]).replace(",", ""))
                    covered = line_total > figure if form == "over" else line_total >= figure
                    threshold = self.thresholds[form].format(amount=money(figure))
                    rule = self.rule.format(scope=self.scopes[scope], threshold=threshold)
                    at = form == "over" and line_total == figure
                    return QuotedFinding(covered=covered, rule=rule, at_amount=at)
                if amount:
                    return None
            for whole in ("every_line", "this_line"):  # no amount: the rule covers the line
                if found[whole].search(clause):
                    rule = self.rule.format(scope=self.scopes[scope],
                                            threshold=self.thresholds[whole])  # fmt: skip
                    return QuotedFinding(covered=True, rule=rule)
        return None


class StatedByPayer(BaseModel):
    """What the biller says the payer told them about the line, in one clause of the request:
    no prior authorization needed, with who said so ("PA not required per plan rep, ref
    12345"), or one obtained ("auth obtained", "PA approved, UTN ..."), and the call's or the
    approval's reference when one is given."""

    model_config = ConfigDict(extra="forbid")

    told_by: str  # who said no authorization is needed: a source ("per plan rep", "called")
    obtained: str  # an authorization word's clause saying it was obtained
    not_obtained: str  # words that keep a clause from saying so ("pending", "need", "not")
    superseded: str  # a clause saying a new one is needed: the one obtained does not count
    hedged: str  # words that leave what the payer said open ("I think", "need to confirm", "?")
    condition: str  # words that put a condition on the payer's word ("unless", "if")
    unless: str  # a condition the word holds outside of ("unless over $1,000")
    under: list[str]  # forms of an amount the word holds below; {amount} is quoted.amount
    code: str  # a HCPCS code the word is for, as (?P<code>...)
    reference: str  # the reference, a code holding a digit, as (?P<reference>...)
    reference_says: str  # how a sentence names it; {reference} is the reference
    source: HttpUrl
    last_reviewed: dt.date

    _patterns = field_validator("told_by", "obtained", "not_obtained", "superseded", "hedged",
                                "condition", "unless", "under", "code",
                                "reference")(_compiles)  # fmt: skip

    @cached_property
    def compiled(self) -> dict[str, re.Pattern[str]]:
        patterns = {"told_by": self.told_by, "obtained": self.obtained,
                    "not_obtained": self.not_obtained, "superseded": self.superseded,
                    "hedged": self.hedged, "condition": self.condition, "unless": self.unless,
                    "code": self.code,
                    "reference": self.reference}  # fmt: skip
        return {name: re.compile(p, re.IGNORECASE) for name, p in patterns.items()}

    def said(self, clause: str, quoted: QuotedRule, line: Line) -> StatedAuthorization | None:
        """What one clause with an authorization word says the payer told the biller about this
        line: none needed (on a condition the line meets, or breaks: "not required for rentals"
        on a purchase), or one obtained."""
        found, named = self.compiled, quoted.compiled["authorization"]
        excepted = self.excepted_kind(clause, quoted)
        fits = line.kind != excepted if excepted else quoted.scope(clause) in ("any", line.kind)
        if quoted.compiled["negated"].search(clause):
            if not found["told_by"].search(clause):
                return None
            holds = fits and self.holds(clause, quoted, line, by_kind=excepted is not None)
            return "not_required" if holds else "condition_not_met"
        if not fits or found["superseded"].search(clause):
            return None
        parts = _PARTS.split(clause)  # "auth needed for rentals, auth # on file"
        obtained = [p for p in parts if named.search(p) and found["obtained"].search(p)]
        return "obtained" if any(not found["not_obtained"].search(p) for p in obtained) else None

    def excepted_kind(self, clause: str, quoted: QuotedRule) -> LineKind | None:
        """The kind of line the word holds outside of ("not required except for rentals",
        "unless the item is a rental"): named after the `unless` word, not before it ("not
        required for rentals unless over $1,000"); None when the clause names no such kind."""
        found = self.compiled["unless"].search(clause)
        if found is None or quoted.scope(clause[: found.start()]) != "any":
            return None
        after = quoted.scope(clause[found.end() :])
        return None if after == "any" else after

    def holds(self, clause: str, quoted: QuotedRule, line: Line, by_kind: bool = False) -> bool:
        """Whether a payer's word that none is needed holds for this line: it has no condition,
        or one by amount, code or (`by_kind`, already checked) kind of line the line meets; a
        condition the request cannot show met ("if in network", an amount on a line with no
        price) does not hold."""
        found = self.compiled
        text = found["reference"].sub(" ", clause)  # "ref A5521" is no code
        under = (re.compile(p.replace("{amount}", quoted.amount), re.I) for p in self.under)
        met: list[bool] = []
        for form, pattern in [*quoted.amounts, *(("under", p) for p in under)]:
            amount = pattern.search(text)
            if amount is None:
                continue
            if line.total is None:
                return False
            figure = Decimal((amount["amount"] or amount["bare"]).replace(",", ""))
            met.append({"over": line.total > figure, "from": line.total >= figure,
                        "under": line.total < figure}[form])  # fmt: skip
            break
        codes = {m["code"].upper() for m in found["code"].finditer(text)}
        if codes:
            met.append((line.code or "").upper() in codes)
        if not met:
            return by_kind or not found["condition"].search(text)
        return not all(met) if found["unless"].search(text) else all(met)

    def reference_in(self, description: str) -> str:
        """The reference as a sentence names it, or "" when none is given (or it could be a
        patient's identifier). Only letters, digits and dashes are ever echoed."""
        found = self.compiled["reference"].search(description)
        if found is None or scan(found["reference"]).kinds:
            return ""
        return self.reference_says.format(reference=found["reference"])


class PlanAuthorizationsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    plans: list[PlanThreshold]
    quoted: QuotedRule
    stated: StatedByPayer
    below: dict[Literal["under", "at"], str]  # how the checklist places a line not over

    def reading(self, payer: str, plan_name: str | None, description: str,
                line_total: Decimal | None, acquisition: str | None,
                code: str | None) -> dict[str, Any]:  # fmt: skip
        """The facts the document rules test: `plan_authorization` (over_threshold, quoted_rule,
        under_threshold or None), the rule as the sentence names it, and where the line sits."""
        facts: dict[str, Any] = {"plan_authorization": None, "plan_authorization_rule": "",
                                 "plan_authorization_below": ""}  # fmt: skip
        kind = line_kind(acquisition)
        facts.update(self.said(description, Line(kind=kind, total=line_total, code=code)))
        quoted = self.quoted.finding(description, line_total, kind)
        if quoted is not None:
            facts.update(
                plan_authorization="quoted_rule" if quoted.covered else "under_threshold",
                plan_authorization_rule=quoted.rule,
                plan_authorization_below=self.below["at" if quoted.at_amount else "under"],
            )
            return facts
        for plan in self.plans:
            named = plan_name and re.search(plan.names, plan_name, re.IGNORECASE)
            counted = not plan.purchases_only or kind == "purchase"
            if plan.payer == payer and named and counted and line_total is not None:
                over = line_total > plan.over
                facts.update(
                    plan_authorization="over_threshold" if over else "under_threshold",
                    plan_authorization_rule=plan.rule.format(over=money(plan.over)),
                    plan_authorization_below=self.below[
                        "at" if line_total == plan.over else "under"],
                )  # fmt: skip
                return facts
        return facts

    def said(self, description: str, line: Line) -> dict[str, Any]:
        """`prior_authorization_said` (not_required, condition_not_met, obtained or None), from
        the first clause that says one of this line without a hedge ("I think", "?"), read from the
        part that states it on, and `prior_authorization_reference` (a phrase, or "") from
        there or a next clause opening with it ("... per rep. Ref 12345"), never from the
        item's words before it ("model ref 2200X, PA not required per rep")."""
        pieces = re.split(f"({_CLAUSE_ENDS.pattern})", description)  # clause, its end, ...
        clauses, ends = [*pieces[::2], ""], [*pieces[1::2], "", ""]
        for number, (clause, end) in enumerate(zip(clauses, ends, strict=True)):
            spans, first = self._first_statement(clause)
            if first is None or self.stated.compiled["hedged"].search(clause + end):
                continue
            statement = clause[spans[first][0] :]
            said = self.stated.said(statement, self.quoted, line)
            if said is not None:
                after = clauses[number + 1].lstrip()
                opens = self.stated.compiled["reference"].match(after)
                reference = self.stated.reference_in(f"{statement} {after}" if opens else statement)
                return {"prior_authorization_said": said,
                        "prior_authorization_reference": reference}  # fmt: skip
        return {"prior_authorization_said": None, "prior_authorization_reference": ""}

    def speaks_of_authorization(self, text: str) -> bool:
        """Whether the text has one of the words for prior authorization."""
        return self.quoted.compiled["authorization"].search(text) is not None

    def states_authorization(self, text: str) -> bool:
        """Whether the text says something of prior authorization, not only has its word:
        "no auth needed per rep", "PA approved", "PA pending", not "delivered in Scranton PA"."""
        found = self.stated.compiled
        says = (self.quoted.compiled["negated"], found["told_by"], found["obtained"],
                found["not_obtained"])  # fmt: skip
        return self.speaks_of_authorization(text) and any(p.search(text) for p in says)

    def _first_statement(self, sentence: str) -> tuple[list[tuple[int, int]], int | None]:
        """The sentence's parts (start, end), and which is the first stating prior
        authorization (None if none)."""
        starts = [0, *(m.end() for m in _PARTS.finditer(sentence))]
        ends = [*(m.start() for m in _PARTS.finditer(sentence)), len(sentence)]
        spans = list(zip(starts, ends, strict=True))
        first = next((i for i, (a, b) in enumerate(spans)
                      if self.states_authorization(sentence[a:b])), None)  # fmt: skip
        return spans, first

    def without_authorization_talk(self, description: str) -> str:
        """The description less the biller's notes on prior authorization ("bath lift, PA not
        required per plan rep, ref 12345"): from the first part that states something of it
        (`states_authorization`: not "Scranton PA") to the end of its sentence, and every later
        sentence that does, with a sentence opening with the reference after it ("... if in
        network. ref 12345") and a note in brackets ("shower chair (auth on file)"). They are no
        words for the payer."""
        asides = _ASIDES.sub(lambda m: "" if self.states_authorization(m[0]) else m[0],
                             description)  # fmt: skip
        description = asides if asides.strip() else description
        pieces = _SENTENCES.split(description)  # sentence, separator, sentence, ...
        noted = False  # the sentence before was (or ended with) a note
        for number in range(0, len(pieces), 2):
            sentence = pieces[number]
            spans, first = self._first_statement(sentence)
            if first is None:
                if noted and self.stated.compiled["reference"].match(sentence):
                    pieces[number] = ""  # the note's reference: "... per rep. Ref 12345"
                noted = False
                continue
            noted = True
            if number == 0 and first == 0:
                return description  # the item's own words speak of it: nothing is left out
            end = "." if sentence[-1] in ".!?" else ""  # "... - auth missing. they ..."
            pieces[number] = sentence[: spans[first - 1][1]] + end if first else ""
        kept = "".join(pieces)
        return description if kept == description else kept.strip().rstrip(" .,;-")
