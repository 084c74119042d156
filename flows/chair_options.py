"""Reads a wheelchair's arm style and leg support from what billers say the parts do.

Manual wheelchair codes differ only by these ("fixed full length arms" or "detachable arms",
"elevating legrests" or "footrests"), and billers say them as what the arms or leg rests do:
"arms must flip off", "arms don't detach", "both legs up", "doesn't need legs raised". The
words are content (synonyms.yaml `chair_options`); a negation in the phrase reads the other
style, and the reading uses the descriptors' words so the sibling saying them wins.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

# "don't", "doesn't need", "never", "not": a negation said with the part flips its style.
_NEGATION = r"(?:not|no|never|without|cannot|\w+n't|dont|doesnt|cant|wont|didnt|isnt|arent)"
_NEGATED_GAP = re.compile(rf"(?<![a-z]){_NEGATION}(?![a-z])")
_CHAIR = re.compile(r"(?<![a-z-])chair(?![a-z])")


class ChairPart(BaseModel):
    """One part of a chair and the two styles billers say it has."""

    nouns: list[str] = Field(min_length=1)  # "arms", "armrests"
    after: list[str] = []  # said after the part: "arms that detach", "legs up"
    before: list[str] = []  # said before it: "take-off arms", "elevating legs"
    otherwise_after: list[str] = []  # the other style said after it: "arms stay on"
    otherwise_before: list[str] = []  # ... and before it: "non-removable arms"
    reads: str = Field(min_length=1)  # the descriptors' words for the style
    otherwise: str | None = None  # ... for the other style (None: a negation keeps the words)
    names_wheelchair: bool = False  # only a wheelchair has it: a bare "chair" is one


class ChairFrame(BaseModel):
    """A manual wheelchair frame: what billers call it and the names its descriptors give it."""

    said: list[str] = Field(min_length=1)  # "bariatric", "heavy duty"
    named: list[str] = Field(min_length=1)  # "heavy duty wheelchair" (before the first comma)


class ChairOptionWords(BaseModel):
    """synonyms.yaml `chair_options`: read only in a text naming one of the chair words, or a
    part only a wheelchair has ("footrests swing away")."""

    chair_words: list[str] = Field(min_length=1)
    part_words: list[str] = []  # "leg rests", "swing-away feet": a wheelchair without the word
    frames: list[ChairFrame] = []  # read by flows/chair_frames.py
    between_words: list[str] = []  # "arms that have to come off": may stand between
    parts: list[ChairPart] = []


def _alternatives(phrases: list[str]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + ")"


class ChairOptionReader:
    """Rewrites what the arms or leg rests do as the descriptors' words for their style."""

    def __init__(self, words: ChairOptionWords | None) -> None:
        self._chair = None
        self._part = None
        self.frames: list[ChairFrame] = []
        self._nouns: list[re.Pattern[str]] = []
        self._parts: list[tuple[re.Pattern[str], re.Pattern[str] | None, ChairPart]] = []
        if words is None:
            return
        self._chair = re.compile(r"(?<![a-z0-9])" + _alternatives(words.chair_words) + r"(?![a-z])")
        if words.part_words:
            self._part = re.compile(
                r"(?<![a-z0-9])" + _alternatives(words.part_words) + r"(?![a-z])"
            )
        self.frames = words.frames
        gap = r"(?:\s+" + _alternatives(words.between_words) + r"){0,4}?"
        for part in words.parts:
            # "arms swing away footrests": what follows another part's noun is that part's
            others = [n for p in words.parts if p is not part for n in p.nouns]
            theirs = rf"(?!\s+(?:\w+\s+)?{_alternatives(others)}(?![a-z]))" if others else ""
            noun = _alternatives(part.nouns)
            said = [(part.after, "does"), (part.otherwise_after, "other")]
            after = "|".join(f"(?P<{g}>{_alternatives(p)})" for p, g in said if p)
            told = re.compile(
                rf"(?<![a-z0-9'])(?P<neg>{_NEGATION}(?:\s+[a-z]+){{0,2}}?\s+)?{noun}"
                rf"(?P<gap>{gap})\s+(?:{after})(?![a-z0-9]){theirs}"
                if after
                else r"(?!x)x"
            )
            said = [(part.before, "does"), (part.otherwise_before, "other")]
            before = "|".join(f"(?P<{g}>{_alternatives(p)})" for p, g in said if p)
            named = (
                re.compile(rf"(?<![a-z0-9-])(?:{before})(?:\s+length)?\s+{noun}(?![a-z0-9])")
                if before
                else None
            )
            self._parts.append((told, named, part))
            self._nouns.append(re.compile(rf"(?<![a-z]){noun}(?![a-z])"))

    def read(self, text: str) -> str:
        """The text, lower case, with each part's style said in the descriptors' words."""
        text = text.lower().replace("’", "'")
        if self._chair is None:
            return text
        chair = self._chair.search(text) is not None
        if not chair and not (self._part and self._part.search(text)):
            return text
        wheelchair, said = False, text
        for told, named, part in self._parts:

            def style(match: re.Match[str], part: ChairPart = part) -> str:
                groups = match.groupdict()
                negated = bool(groups.get("neg")) or bool(
                    _NEGATED_GAP.search(groups.get("gap") or "")
                )
                other = (groups.get("other") is not None) != negated
                if other and part.otherwise is None:
                    return match.group(0)
                return f" {part.otherwise if other else part.reads} "

            read = told.sub(style, text)
            read = named.sub(style, read) if named else read
            wheelchair |= part.names_wheelchair and read != text
            text = read
        # "legrest won't stay up": a part ordered on its own; a chair's arms and its leg rests
        # or feet said together are a wheelchair
        if not chair and sum(bool(n.search(said)) for n in self._nouns) < 2:
            return said
        if wheelchair:  # "chair, one leg must be raised": a commode chair has no leg rests
            text = _CHAIR.sub("wheelchair", text)
        return text if chair or text == said else f"wheelchair {text}"
