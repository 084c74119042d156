"""Ranks knowledge entries for a question: BM25 plus phrasing likeness and the claim so far (how
far to trust the best one is decided in flows/knowledge_verdict.py)."""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

import bm25s
import numpy as np

from flows.knowledge_cues import CuedTopics
from flows.knowledge_entities import Entities, codes_in_ranges
from flows.knowledge_examples import ExampleLikeness
from flows.knowledge_learned import Rarity
from flows.knowledge_pasted import ReadPasted
from flows.knowledge_payers import ORIGINAL_MEDICARE, PayerTopics
from flows.knowledge_plain import PlainBM25
from flows.knowledge_requests import reference_pattern
from flows.knowledge_rules import ClaimContext, RankingRules
from flows.knowledge_scope import OffTopic, latest_year
from flows.knowledge_steps import LostSteps
from flows.knowledge_thresholds import (
    CODE_WEIGHT,
    CONTEXT_BAND,
    CONTEXT_WEIGHT,
    EXAMPLE_FLOOR,
    EXAMPLE_WEIGHT,
    FIELD_WEIGHTS,
    UNKNOWN_SHARE,
)
from flows.knowledge_typos import TypoCorrector
from flows.knowledge_unknown_codes import names_unknown_code
from flows.knowledge_unread import english_of
from flows.knowledge_verdict import Judgement, judge
from flows.last_answer import LastAnswer
from flows.question_parts import DATE, NEGATED_CODE
from flows.text import Tokenizer, is_code, plain_words

if TYPE_CHECKING:
    from flows.knowledge import Entry
    from flows.knowledge_learned import LearnedNeighbours


class Match(NamedTuple):
    entry: Entry
    score: float  # BM25 plus the likeness and context bonuses
    coverage: float  # idf-weighted share of the question's words the entry contains
    position: int  # the entry's position in the index


class Ranker:
    """The index over the entries, built once; ranks questions and asks for their verdict."""

    def __init__(self, entries: list[Entry], tokenizer: Tokenizer, rules: RankingRules) -> None:
        self.entries, self.tokenizer, self.rules = entries, tokenizer, rules
        self.payable_codes: frozenset[str] = frozenset()  # set from the code table's rows
        self.positions = {entry.id: index for index, entry in enumerate(entries)}
        self._last_tokens: LastAnswer[tuple[str, ...]] = LastAnswer()
        corpus = [self._entry_tokens(entry) for entry in entries]
        self._retriever = bm25s.BM25()
        self._retriever.index(corpus, show_progress=False)
        # A second reader that sees only what reviewers wrote to describe each topic.
        self._curated_retriever = bm25s.BM25()
        self._curated_retriever.index(list(map(self._curated_tokens, entries)), show_progress=False)
        document_frequency = Counter(token for tokens in corpus for token in set(tokens))
        count = len(corpus)
        self._idf = {
            t: math.log(1 + (count - n + 0.5) / (n + 0.5)) for t, n in document_frequency.items()
        }
        # A word the knowledge base never uses counts like a rare word: it lowers confidence
        # without letting one chatty word sink an otherwise clear question.
        self._unknown_idf = math.log(1 + (count - 2 + 0.5) / (2 + 0.5))
        self.rarity = Rarity(self._idf, self._unknown_idf)
        typos = TypoCorrector(
            (" ".join([e.title, *e.tags, *e.phrasings, e.short, e.detail or ""]) for e in entries),
            english_of(rules.content_dir),
            rules.text_speak,
        )
        # A question as ranked: pasted claim text read for what it is, the team's own record
        # numbers left out ("ticket 48213: denied N350", as the PHI warning asks billers to
        # name a claim), then typos corrected.
        references = reference_pattern(rules.requests)
        self.read_question = ReadPasted(rules.pasted_text, typos, references)
        # Words of the topics' own titles, tags and phrasings: a question must mostly use these
        # for the bot to answer it (small talk and other code sets mostly do not).
        # Identifiers the answers mention (837P, L5856) are domain words too; bare numbers are not.
        self._domain_words = {t for entry in entries for t in self._curated_tokens(entry)} | {
            t for t in document_frequency if not t.isdigit() and any(map(str.isdecimal, t))
        }
        self.entry_token_sets = [set(tokens) for tokens in corpus]
        # What an entry is about, for coverage: its curated words and short answer; the detail
        # paragraph mentions neighbouring topics in passing ("hospice" in the SNF entry).
        self._topic_token_sets = [
            set(self._curated_tokens(e))
            | set(tokenizer.tokens(e.short))
            | set(tokenizer.tokens(" ".join(e.learned)))
            for e in entries
        ]
        self.headline_tokens = [
            set(tokenizer.tokens(" ".join([e.title, *e.tags]))) for e in entries
        ]
        self.title_tokens = [set(tokenizer.tokens(e.title)) for e in entries]
        self._likeness = ExampleLikeness(entries)
        billed = rules.billed_payer
        self.payers = PayerTopics(
            rules.payer_phrases,
            rules.payer_topics,
            entries,
            rules.plan_topics,
            billed.cues,
            billed.after,
            billed.primary,
            billed.negated,
        )
        self.entities = Entities(entries, tokenizer, self._idf, rules, self.payers)
        self.plain = PlainBM25(entries, references)
        self.lost_steps = LostSteps(rules.appeal_steps, [e.id for e in entries])
        self.cued_topics = CuedTopics(
            rules.cued_topics,
            [e.id for e in entries],
            self.payers,
            self._idf,
        )
        fields = "|".join(rules.code_file_fields)
        self._file_fields = re.compile(rf"\b(?:{fields})\b") if fields else None
        self._in_range = {
            code: first
            for code, first in codes_in_ranges(
                [f"{e.short} {e.detail or ''}" for e in entries]
            ).items()
            if code not in self._idf
        }
        headed = Counter(t for tokens in self.headline_tokens for t in tokens)
        self.is_off_topic = OffTopic(
            rules,
            headed,
            self._idf.keys(),
            tokenizer.acronyms,
            places=tokenizer.tokens(" ".join(rules.state_names.values())),
            titles=[entry.title for entry in entries],
            vocabulary=self._domain_words,
            horizon=latest_year(f"{e.title} {e.short} {e.detail or ''}" for e in entries),
        )

    def _entry_tokens(self, entry: Entry) -> list[str]:
        tokenize = self.tokenizer.tokens
        return (
            self._curated_tokens(entry)
            + tokenize(" ".join(entry.learned)) * FIELD_WEIGHTS["phrasings"]
            + tokenize(entry.short) * FIELD_WEIGHTS["short"]
            + tokenize(entry.detail or "") * FIELD_WEIGHTS["detail"]
        )

    def _curated_tokens(self, entry: Entry) -> list[str]:
        """Title, tags and phrasings: the words reviewers chose to describe the topic."""
        tokenize = self.tokenizer.tokens
        tokens = tokenize(entry.title) * FIELD_WEIGHTS["title"]
        tokens += tokenize(" ".join(entry.tags)) * FIELD_WEIGHTS["tags"]
        for phrasing in entry.phrasings:
            tokens += tokenize(phrasing) * FIELD_WEIGHTS["phrasings"]
        return tokens

    def query_tokens(self, corrected: str) -> list[str]:
        """`_query_tokens` kept for the last reading (judging asks it often); a copy, kept safe."""
        return list(self._last_tokens.get(corrected, lambda: tuple(self._query_tokens(corrected))))

    def _query_tokens(self, corrected: str) -> list[str]:
        """Tokens of the question (typos already fixed); codes repeated so they weigh heavily,
        except generic ones beside a specific code."""
        words = self.tokenizer.tokens(DATE.sub(" ", corrected))
        # "no N350 though": a code the question says is absent names no topic.
        absent = {
            token
            for code in NEGATED_CODE.findall(corrected)
            for token in self.tokenizer.tokens(code)
            if is_code(token)
        }
        words = [self._in_range.get(word, word) for word in words if word not in absent]
        # Shorthand the entries never use ("pt", "redet") is already read as its token.
        words = [w for w in words if w in self._idf or w not in self.tokenizer.shorthand]
        specific = self.entities.specific_codes(words)
        if self._names_file_field(corrected):
            specific = set()
        tokens = []
        for token in words:
            tokens.extend([token] * (CODE_WEIGHT if token in specific else 1))
        return tokens

    def _names_file_field(self, corrected: str) -> bool:
        """Whether the question asks about a column of the HCPCS file (its codes are examples)."""
        return bool(self._file_fields and self._file_fields.search(plain_words(corrected)))

    def knows_word(self, word: str) -> bool:
        """Whether a word, its typos corrected, is one the entries use or one no question is
        ranked by ("the"): "timley" is known, "frobnicate" is not."""
        tokens = self.tokenizer.tokens(self.read_question(word))
        return not tokens or any(token in self._idf for token in tokens)

    def domain_share(self, tokens: list[str]) -> float:
        """The idf-weighted share of the question's words that belong to the topics' vocabulary."""
        total = sum(self._idf.get(t, self._unknown_idf) for t in tokens)
        known = sum(self._idf.get(t, self._unknown_idf) for t in tokens if t in self._domain_words)
        return known / total if total else 0.0

    def share_weight(self, token: str) -> float:
        """What a question word weighs in the share of the question an entry covers; words the
        entries never use (a cued topic's payer, a state's postal code) weigh as in the total."""
        return self._idf.get(token, UNKNOWN_SHARE * self._unknown_idf)

    def pair_coverage(self, tokens: list[str], first: Match, second: Match) -> float:
        """The share of the question two entries' topic words cover together."""
        topic_tokens = (
            self._topic_token_sets[first.position] | self._topic_token_sets[second.position]
        )
        covered = sum(self.share_weight(t) for t in tokens if t in topic_tokens)
        return covered / (sum(map(self.share_weight, tokens)) or 1.0)

    def rank(
        self,
        question: str,
        limit: int = 3,
        context: ClaimContext | None = None,
        learned: LearnedNeighbours | None = None,
    ) -> list[Match]:
        """Best entries first, each with its score and the share of the question it covers."""
        corrected = self.read_question(question)
        return self.rank_tokens(corrected, self.query_tokens(corrected), limit, context, learned)

    def rank_tokens(
        self,
        corrected: str,
        tokens: list[str],
        limit: int,
        context: ClaimContext | None,
        learned: LearnedNeighbours | None = None,
    ) -> list[Match]:
        """`rank` for a question already read (pasted text, typos) and tokenized."""
        if not tokens:
            return []
        scores = self._retriever.get_scores(tokens)
        if scores.max() <= 0:
            return []
        likeness = self._likeness(corrected)
        best_likeness = self._likeness.per_entry(likeness)
        bonus = np.clip((best_likeness - EXAMPLE_FLOOR) / (100 - EXAMPLE_FLOOR), 0, 1)
        combined = scores + EXAMPLE_WEIGHT * scores.max() * bonus * (scores > 0)
        payer = self.payers.payer_of(corrected, context)
        if learned is not None and self.wordings_vote(corrected, payer):
            votes = learned.bonus(tokens, self.positions, len(scores))
            combined += scores.max() * votes * (scores > 0)
        self.entities.weigh(combined, scores.max(), tokens, corrected, payer, context)
        if payer in (None, ORIGINAL_MEDICARE):  # another payer's appeals have steps of their own
            self.lost_steps.weigh(combined, scores.max(), corrected)
        context_tokens = self.tokenizer.tokens(self.rules.context_text(context))
        if context_tokens:
            fits = self._retriever.get_scores(context_tokens)
            in_band = combined >= CONTEXT_BAND * combined.max()
            if fits.max() > 0:
                combined += CONTEXT_WEIGHT * combined.max() * (fits / fits.max()) * in_band
        self.entities.penalise_remittance_entries(combined, tokens)
        # With no payer named or known, a per-payer topic gets Original Medicare's entry: E1399
        # is a Medicare code, and its rules are what "how is e1399 priced" asks about.
        stands_for = self.payers.prefer(combined, payer or ORIGINAL_MEDICARE)
        cued = self.cued_topics.weigh(combined, scores.max(), corrected, payer or ORIGINAL_MEDICARE)
        stands_for.update(self.payers.prefer_plan(combined, payer, corrected))  # "Priority Health"
        order = np.argsort(-combined)[:limit]
        total = sum(map(self.share_weight, tokens)) or 1.0
        ranked = []
        for index in order:
            if combined[index] <= 0:
                break
            # A payer's entry standing in for another payer's on the same topic fits as well.
            topic_tokens = (
                self._topic_token_sets[index]
                | self._topic_token_sets[stands_for.get(index, index)]
                | self.entities.listed_state_tokens[index]
                | set(self.tokenizer.tokens(cued.get(index, "")))
            )
            covered = sum(self.share_weight(t) for t in tokens if t in topic_tokens)
            ranked.append(
                Match(self.entries[index], float(combined[index]), covered / total, int(index))
            )
        return ranked

    def wordings_vote(self, corrected: str, payer: str | None) -> bool:
        """Whether billers' wordings may vote (`learned`): not on another payer than Original
        Medicare, an appeal level or a cued topic, which their rules read."""
        plan = payer or ORIGINAL_MEDICARE
        return plan == ORIGINAL_MEDICARE and not (
            self.lost_steps.names_level(corrected) or self.cued_topics.fires(corrected, plan)
        )

    def judge(
        self,
        question: str,
        context: ClaimContext | None = None,
        learned: LearnedNeighbours | None = None,
    ) -> Judgement:
        """Ranks the question and says how far to trust it (`flows/knowledge_verdict.py`)."""
        return judge(self, question, context, learned)

    def narrower_readings(
        self, corrected: str, tokens: list[str], best: Match
    ) -> tuple[bool, bool]:
        """Whether narrower readings of the question pick the same entry: BM25 over the topics'
        titles, tags and phrasings alone, and the example phrasing worded most like the question.
        An answer is confirmed when the first does and so does the second, or plain BM25 with
        the entry covering the question clearly. On the benchmark sets about 1 answer in 100 so
        confirmed is wrong, against about 1 in 7 of the rest: those are offered as "I think you
        mean ..." with the runner-up beside."""
        curated = self._curated_retriever.get_scores(tokens)
        likeness = self._likeness(corrected)
        return (
            int(np.argmax(curated)) == best.position,
            self._likeness.nearest_entry(likeness) == best.position,
        )

    def names_unknown_code(self, tokens: list[str]) -> bool:
        """A code the knowledge base has never seen (CPT 99213, an unknown HCPCS)."""
        return names_unknown_code(tokens, self._idf, self.payable_codes)
