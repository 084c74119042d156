"""Puts first the manual wheelchair whose frame and arm and leg styles the biller all gave.

"Heavy duty chair, arms flip off, plain footrests" is E1290: the heavy duty frame with
detachable arms and footrests. The short "Wheelchair with detachable arms, footrests" says the
styles in fewer words and would win on words alone, so once chair_options.py has read the styles
and the text names a frame (synonyms.yaml `chair_options.frames`: "bariatric", "amputee",
"hemi"), the frame's sibling saying the same styles moves first. Styles are read from the CMS
descriptors, so the content only says which words name each frame.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.chair_options import ChairFrame, ChairOptionReader
from flows.power_bases import Scored, Scores, put_first

_ARMS = (
    ("detachable", r"detachable (?:desk |full length |desk or full length )?arms?"),
    ("fixed", r"fixed(?: full)?(?: length)? arms?"),
)
_LEGS = (
    ("none", r"(?:without|no|w/o) (?:foot ?rests?|leg ?rests?)"),
    (
        "elevating",
        r"(?<!no )(?<!not )(?<!non-)(?<!without )(?<!w/o )elevating (?:leg ?rests?|legs?)",
    ),
    ("footrests", r"foot ?rests?"),
)

_NOT_BEFORE = re.compile(r"(?<![a-z])(?:not|no|non|isn't|isnt|nor|nothing)[\s-]+(?:a\s+|an\s+)?$")
_NOT_AFTER = re.compile(r"[\s?!.,:;-]*(?:no|not|nope)(?=\s*(?:[,;.!?-]|$))")


_ARM_STYLES = [(name, re.compile(words)) for name, words in _ARMS]
_LEG_STYLES = [(name, re.compile(words)) for name, words in _LEGS]
_SPACES = re.compile(r"\s+")


def styles(text: str) -> tuple[str | None, str | None]:
    """The arm style and the leg support a text says in the descriptors' words."""
    said = _SPACES.sub(" ", text.lower())
    arms = next((name for name, words in _ARM_STYLES if words.search(said)), None)
    legs = next((name for name, words in _LEG_STYLES if words.search(said)), None)
    return arms, legs


class ChairFrames:
    """Built once from the descriptors and the frames synonyms.yaml names."""

    def __init__(self, descriptors: dict[str, str], reader: ChairOptionReader) -> None:
        self._reader = reader
        self._positions = {code: position for position, code in enumerate(descriptors)}
        self._frames: list[tuple[re.Pattern[str], list[tuple[str, str | None, str | None]]]] = []
        for frame in reader.frames:
            self._frames.append((_said(frame), _frame_codes(frame, descriptors)))

    def code(self, description: str) -> tuple[str, ...]:
        """The named frame's codes saying both styles the text gives (none when the text names
        no frame, or only one of the arms and the leg rests)."""
        read = self._reader.read(description)
        named = [(m.end() - m.start(), codes) for p, codes in self._frames
                 for m in p.finditer(read) if not _denied(read, m)]  # fmt: skip
        if not named:
            return ()
        arms, legs = styles(read)
        if arms is None or legs is None:  # one part ordered on its own ("fixed arms for ...")
            return ()
        codes = max(named, key=lambda pair: pair[0])[1]
        return tuple(
            code for code, own_arms, own_legs in codes if (own_arms, own_legs) == (arms, legs)
        )

    def first(
        self, scored: list[Scored], description: str, score: Callable[[int], Scores]
    ) -> list[Scored]:
        """The ranked codes with the frame sibling the text describes first."""
        fitting = self.code(description)
        if not fitting:
            return scored
        positions = [self._positions[code] for code in fitting]
        ranked = [position for _, position in scored if position in positions]
        return put_first(scored, ranked[0] if ranked else positions[0], score)


def _denied(text: str, said: re.Match[str]) -> bool:
    """ "not bariatric", "non-hemi", "bariatric? no": the frame is not the one ordered."""
    before, after = text[max(0, said.start() - 12) : said.start()], text[said.end() :]
    return bool(_NOT_BEFORE.search(before) or _NOT_AFTER.match(after))


def _said(frame: ChairFrame) -> re.Pattern[str]:
    ordered = sorted(frame.said, key=len, reverse=True)
    words = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in ordered)
    return re.compile(rf"(?<![a-z0-9])(?:{words})(?![a-z0-9])")


def _frame_codes(
    frame: ChairFrame, descriptors: dict[str, str]
) -> list[tuple[str, str | None, str | None]]:
    """(code, arms, legs) of the codes whose descriptor starts with one of the frame's names,
    followed by its arm style ("Hemi-wheelchair detachable arms", "Wheelchair, fixed ...")."""
    found = []
    for code, descriptor in descriptors.items():
        said = re.sub(r"wheel chair", "wheelchair", descriptor.lower())
        if any(
            re.match(rf"{re.escape(n)}(?:,|\s+(?:detachable|fixed))", said) for n in frame.named
        ):
            found.append((code, *styles(descriptor)))
    return found
