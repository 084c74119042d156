"""Messages no reviewed entry can answer, whatever billing words they share (rules/knowledge.yaml
`live`): thanks in any language with news that something went through, asking nothing; a look-up
of what a contractor's system shows for the team's own submission ("did CGS get the fax we sent
this morning"); and a forecast of who will win contracts nobody has awarded yet."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import BaseModel

from flows.text import fold_accents, phrase_pattern
from flows.text import phrase_alternatives as _words


class LiveRules(BaseModel):
    """`live` in rules/knowledge.yaml."""

    # Thanks or a sign-off in any language, as billers type it in Latin letters ("spasibo",
    # "dziekuje", "cam on"), with one of `successes` ("went through", "paid") and none of
    # `setbacks` ("but", "denied"), asking nothing: news to share, not a question.
    thanks: list[str] = []
    successes: list[str] = []
    setbacks: list[str] = []
    # Opening the message (after a request opener such as "can you"), one of `look_ups` ("did",
    # "has", "check if"), not followed by one of `not_by` ("did we", "did the pt"), then one of
    # `receipts` ("got", "logged", "went through") and one of `sent_marks` naming the team's own
    # submission or when it went ("we faxed", "this morning", "yet"), with none of `rule_words`:
    # what only the contractor's portal or phone line can say. "how do I check if CGS got our
    # fax" asks how, and "we faxed it on day 44, is it late" asks a rule.
    look_ups: list[str] = []
    not_by: list[str] = []
    receipts: list[str] = []
    sent_marks: list[str] = []
    rule_words: list[str] = []
    # One of `forecast_asks` ("will", "going to", "likely to"), then within a few words one of
    # `outcomes` ("win", "be awarded"), or one of `takes` ("land", "get") a few words before one
    # of `prizes` ("contracts"): who will win contracts nobody has awarded yet. "do we have to
    # win a contract to bill CGMs" asks a rule; "the redet is going to land 14 days late" names
    # no prize, and "will walkers get bid again" names the program, not a contract won.
    forecast_asks: list[str] = []
    outcomes: list[str] = []
    takes: list[str] = []
    prizes: list[str] = []


class Live:
    """Whether a message asks what only a live system or the future can say, by `LiveRules`."""

    def __init__(self, rules: LiveRules, openers: Sequence[str] = ()) -> None:
        """`openers`: how a request starts ("can you", "please"; `requests` in the rules)."""
        self._thanks, self._success = phrase_pattern(rules.thanks), phrase_pattern(rules.successes)
        self._setback = phrase_pattern(rules.setbacks)
        start = rf"^(?:{_words(openers)}\s+(?:(?:just|please|quickly|go)\s+)?)?" if openers else "^"
        not_by = rf"(?!{_words(rules.not_by)}\b)" if rules.not_by else ""
        self._look_up = (
            re.compile(rf"{start}{_words(rules.look_ups)}\s+{not_by}") if rules.look_ups else None
        )
        self._receipt, self._sent = phrase_pattern(rules.receipts), phrase_pattern(rules.sent_marks)
        self._rule = phrase_pattern(rules.rule_words)
        won = [_words(rules.outcomes)] if rules.outcomes else []
        if rules.takes and rules.prizes:
            won.append(rf"{_words(rules.takes)}\s+(?:\S+\s+){{0,4}}?{_words(rules.prizes)}")
        self._forecast = (
            re.compile(
                rf"\b{_words(rules.forecast_asks)}\s+(?:\S+\s+){{0,6}}?(?:{'|'.join(won)})\b"
            )
            if rules.forecast_asks and won
            else None
        )

    def __call__(self, question: str, asks: bool) -> bool:
        """`question` as typed; `asks`: whether it holds a question mark or a question word."""
        text = " ".join(re.findall(r"[a-z0-9]+", fold_accents(question.lower())))
        return (
            (not asks and self._shares_news(text))
            or self._looks_up(text)
            or bool(self._forecast and self._forecast.search(text))
        )

    def _shares_news(self, text: str) -> bool:
        """Thanks with news that something went through and nothing gone wrong ("spasibo, it
        finally went through"): nothing to answer."""
        found = all(p is not None and p.search(text) for p in (self._thanks, self._success))
        return found and not (self._setback and self._setback.search(text))

    def _looks_up(self, text: str) -> bool:
        """Whether a contractor got, logged or passed the team's own submission ("has CGS logged
        the ADR response we faxed on Monday yet"), asked of no rule."""
        opened = self._look_up.match(text) if self._look_up else None
        if not (opened and self._receipt and self._sent):
            return False
        rest = text[opened.end() :]
        asked_rule = self._rule and self._rule.search(rest)
        return bool(self._receipt.search(rest) and self._sent.search(rest) and not asked_rule)
