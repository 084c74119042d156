"""One tokenizer for questions, knowledge entries and code descriptors: codes kept whole."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import snowballstemmer
from pydantic import BaseModel, field_validator, model_validator

from flows.content import load_yaml_model
from flows.models import ADJUSTMENT_GROUPS

STOPWORDS = frozenset(
    """a an and are as at be but by can could do does did for from get got have has how i if in
    into is it its me my of on or our so that the their them then there these they this to us
    was we what whats when where which who why will with would you your should shall may might
    must need needs any some about also just now ok okay please thanks thank hi hello hey whether
    than too very much many really still yet not no yes one all other good make makes made
    tell say says said use used using give gives get gets know want wants go goes going see like
    way thing things stuff someone something anything everything question ask asking
    write though although even doesn don didn isn aren wasn won wont cant couldn shouldn
    wouldn out""".split()
)

# Remittance and claim codes billers type in many shapes: CO-16, co16, "CO 16", SV101-7, NTE02.
_GROUP_CODE = re.compile(rf"\b({ADJUSTMENT_GROUPS})[\s-]?(\d{{1,3}})\b")
_SV101 = re.compile(r"\bsv1[\s-]?01[\s-]?7\b|\bsv1017\b|\bsv101\b")
_NTE = re.compile(r"\bnte[\s-]?0?[12]\b")
# HCPCS codes, group+CARC codes, RARCs, and the HCPCS modifiers billers ask about.
CODE_TOKEN = re.compile(
    r"^(?:[a-z]\d{4}|co\d{1,3}|pr\d{1,3}|oa\d{1,3}|pi\d{1,3}|[mn]a?\d{1,4}"
    r"|kx|ga|gz|gy|gk|gl|rr|nu|ue|rt|lt|kh|ki|kj|ey|gx|ra)$"
)
# Shapes of codes from other code sets (CPT 99213, ICD-10 E11.9 read as e11): a question about
# one of these is about something this bot does not cover.
FOREIGN_CODE_TOKEN = re.compile(r"^\d{5}$|^\d{4}[a-z]$")


class VocabularyFile(BaseModel):
    version: int
    phrases: dict[str, list[str]]
    exclusive: list[str] = []  # tokens whose phrases replace their words instead of adding to them
    acronyms: list[str] = []  # billing acronyms (ABN, TPE): named entities, like codes

    @model_validator(mode="after")
    def _acronyms_are_tokens(self) -> VocabularyFile:
        unknown = [token for token in self.acronyms if token not in self.phrases]
        if unknown:
            raise ValueError(f"acronyms must be tokens with phrases; not: {', '.join(unknown)}")
        return self

    @field_validator("phrases")
    @classmethod
    def _one_word_tokens(cls, phrases: dict[str, list[str]]) -> dict[str, list[str]]:
        for token in phrases:
            if not re.fullmatch(r"[a-z0-9]+", token):
                raise ValueError(f"token '{token}' must be one lowercase word")
        return phrases


class Tokenizer:
    """Lowercases, canonicalises phrases and codes, drops stopwords and plural endings."""

    def __init__(
        self,
        phrases: dict[str, list[str]],
        exclusive: list[str] | None = None,
        acronyms: list[str] | None = None,
    ) -> None:
        self._exclusive = set(exclusive or [])
        self.acronyms = frozenset(stem(token) for token in acronyms or [])
        self.canonical_tokens = frozenset(stem(token) for token in phrases)
        # Phrases indexed by their first word, longest first, so matching is one pass over words.
        self._by_first_word: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for token, variants in phrases.items():
            for variant in variants:
                words = tuple(re.findall(r"[a-z0-9]+", variant.lower()))
                if words:
                    self._by_first_word.setdefault(words[0], []).append((words, token))
        # One-word shorthand for a token ("pt", "redet", "misc"): the token says it already.
        self.shorthand = frozenset(
            stem(variant.lower())
            for variants in phrases.values()
            for variant in variants
            if re.fullmatch(r"[a-z0-9]+", variant.lower())
        )
        for candidates in self._by_first_word.values():
            candidates.sort(key=lambda pair: -len(pair[0]))

    @classmethod
    def load(cls, content_dir: Path) -> Tokenizer:
        file = load_yaml_model(content_dir / "rules" / "vocabulary.yaml", VocabularyFile)
        return cls(file.phrases, file.exclusive, file.acronyms)

    def tokens(self, text: str) -> list[str]:
        return list(self._tokens(text[:4000]))

    @lru_cache(maxsize=8192)  # noqa: B019 - one tokenizer lives for the whole process
    def _tokens(self, text: str) -> tuple[str, ...]:
        text = text.lower().replace("’", "'")
        text = _GROUP_CODE.sub(r" \1\2 ", text)
        text = _SV101.sub(" sv1017 ", text)
        text = _NTE.sub(" nte02 ", text)
        words = self._with_canonical_tokens(re.findall(r"[a-z0-9]+", text))
        return tuple(stem(w) for w in words if w not in STOPWORDS and (len(w) > 1 or w.isdigit()))

    def _with_canonical_tokens(self, words: list[str]) -> list[str]:
        """Adds the canonical token after each known phrase; keeps the phrase's words unless
        they would mislead ("medicare advantage" is not about Original Medicare)."""
        out: list[str] = []
        index = 0
        while index < len(words):
            for phrase, token in self._by_first_word.get(words[index], ()):
                if tuple(words[index : index + len(phrase)]) == phrase:
                    out.extend([token] if token in self._exclusive else [*phrase, token])
                    index += len(phrase)
                    break
            else:
                out.append(words[index])
                index += 1
        return out


def strip_marks(text: str) -> str:
    """The text decomposed (NFKD) with its combining marks dropped: "é" e, "½" 1⁄2; a letter
    with no plain form ("ł", "ß") is kept as it is."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def mostly_marked(text: str) -> bool:
    """Whether most of the text's words carry a letter English does not use: another script
    ("спасибо"), or Latin letters with marks ("cảm ơn cả nhóm, hẹn mai gặp")."""
    words = re.findall(r"[^\W\d_]+", text)
    return sum(not word.isascii() for word in words) * 2 > len(words)


def fold_accents(text: str) -> str:
    """Latin letters with marks read as plain letters ("dzięki" dzieki, "número" numero), so a
    word of another language stays one word the entries never use instead of splitting into
    code-like pieces ("dzi", "ki" read as the KI modifier); a Latin letter with no plain form
    ("ł", "ß") is left out of its word."""
    if text.isascii():
        return text
    return "".join(
        c for c in strip_marks(text)
        if c.isascii() or not (c.isalpha() and unicodedata.name(c, "").startswith("LATIN"))
    )  # fmt: skip


_SNOWBALL = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball (Porter 2) stems, except codes and short acronyms, which must stay whole."""
    if CODE_TOKEN.match(word) or len(word) <= 3 or any(ch.isdigit() for ch in word):
        return word
    stemmed = _SNOWBALL.stemWord(word)
    # Porter 2 keeps "-ery" nouns apart from their verbs ("delivery" deliveri, "delivered"
    # deliv; "recovery", "recover"): the noun takes the verb's stem.
    return stemmed[:-3] if stemmed.endswith("eri") and len(stemmed) >= 7 else stemmed


def is_code(token: str) -> bool:
    return bool(CODE_TOKEN.match(token))


def is_foreign_code(token: str) -> bool:
    return bool(FOREIGN_CODE_TOKEN.match(token))


@lru_cache(maxsize=4096)  # ranking reads one question's text so many times over
def plain_words(text: str) -> str:
    """The text lowercased, its words and numbers only, one space apart: what `phrase_pattern`
    patterns are matched against."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def phrase_alternatives(phrases: Iterable[str]) -> str:
    """One regex group matching any of the phrases, their words joined by any spacing. A `*`
    standing alone is any one word ("is a * dme": "is a walker dme")."""
    return (
        "(?:"
        + "|".join(r"\s+".join(map(_phrase_word, _PHRASE_WORD.findall(p.lower()))) for p in phrases)
        + ")"
    )


_PHRASE_WORD = re.compile(r"[a-z0-9]+|(?<!\S)\*(?!\S)")


def _phrase_word(word: str) -> str:
    return "[a-z0-9]+" if word == "*" else word


def phrase_pattern(phrases: list[str], plurals: bool = False) -> re.Pattern[str] | None:
    """One pattern matching any of the phrases as whole words (in `plain_words` text);
    with `plurals`, also each phrase with an s on the end ("office visits")."""
    ending = r"s?\b" if plurals else r"\b"
    return re.compile(r"\b" + phrase_alternatives(phrases) + ending) if phrases else None
