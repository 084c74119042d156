"""Ranks knowledge entries for a question (BM25 plus phrasing likeness and the claim so far) and
judges whether the best one can be trusted, is a close call, or must be declined."""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

import bm25s
import numpy as np

from flows.knowledge_bare import bare_code
from flows.knowledge_cues import CuedTopics
from flows.knowledge_disowned import plain_disowns, ties
from flows.knowledge_entities import Entities, codes_in_ranges
from flows.knowledge_examples import ExampleLikeness
from flows.knowledge_learned import Rarity
from flows.knowledge_parts import Verdict, combine_parts
from flows.knowledge_pasted import ReadPasted
from flows.knowledge_payers import ORIGINAL_MEDICARE, PayerTopics
from flows.knowledge_plain import PlainBM25
from flows.knowledge_rules import ClaimContext, RankingRules
from flows.knowledge_scope import OffTopic, latest_year
from flows.knowledge_steps import LostSteps
from flows.knowledge_thresholds import (
    CLEAR_COVERAGE,
    CLOSE_MARGIN,
    CODE_WEIGHT,
    CONTEXT_BAND,
    CONTEXT_WEIGHT,
    EXAMPLE_FLOOR,
    EXAMPLE_WEIGHT,
    FIELD_WEIGHTS,
    LONE_COVERAGE,
    MIN_COVERAGE,
    MIN_DOMAIN_SHARE,
    MIN_SCORE,
    RIVALS_READ,
    SPLIT_COVERAGE,
    SPLIT_IDF,
    STATED_COVERAGE,
    UNKNOWN_SHARE,
)
from flows.knowledge_typos import TypoCorrector
from flows.knowledge_unknown_codes import names_unknown_code
from flows.last_answer import LastAnswer
from flows.question_parts import DATE, NEGATED_CODE, QUOTED, question_parts
from flows.text import Tokenizer, is_code, plain_words

if TYPE_CHECKING:
    from flows.knowledge import Entry
    from flows.knowledge_learned import LearnedNeighbours


class Match(NamedTuple):
    entry: Entry
    score: float  # BM25 plus the likeness and context bonuses
    coverage: float  # idf-weighted share of the question's words the entry contains
    position: int  # the entry's position in the index


class Judgement(NamedTuple):
    verdict: Verdict
    ranked: list[Match]
    further_parts: list[Match]  # the best entry for each other part of a two-part question


class Ranker:
    """The index over the entries, built once; ranks and judges questions."""

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
            " ".join([e.title, *e.tags, *e.phrasings, e.short, e.detail or ""]) for e in entries
        )
        # A question as ranked: pasted claim text read for what it is, then typos corrected.
        self.read_question = ReadPasted(rules.pasted_text, typos)
        # Words of the topics' own titles, tags and phrasings: a question must mostly use these
        # for the bot to answer it (small talk and other code sets mostly do not).
        # Identifiers the answers mention (837P, L5856) are domain words too; bare numbers are not.
        self._domain_words = {t for entry in entries for t in self._curated_tokens(entry)} | {
            t for t in document_frequency if not t.isdigit() and any(map(str.isdecimal, t))
        }
        self._entry_token_sets = [set(tokens) for tokens in corpus]
        # What an entry is about, for coverage: its curated words and short answer; the detail
        # paragraph mentions neighbouring topics in passing ("hospice" in the SNF entry).
        self._topic_token_sets = [
            set(self._curated_tokens(e))
            | set(tokenizer.tokens(e.short))
            | set(tokenizer.tokens(" ".join(e.learned)))
            for e in entries
        ]
        self._headline_tokens = [
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
        self.plain = PlainBM25(entries)
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
        headed = Counter(t for tokens in self._headline_tokens for t in tokens)
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

    def domain_share(self, tokens: list[str]) -> float:
        """The idf-weighted share of the question's words that belong to the topics' vocabulary."""
        total = sum(self._idf.get(t, self._unknown_idf) for t in tokens)
        known = sum(self._idf.get(t, self._unknown_idf) for t in tokens if t in self._domain_words)
        return known / total if total else 0.0

    def _share_weight(self, token: str) -> float:
        """What a question word weighs in the share of the question an entry covers; words the
        entries never use (a cued topic's payer, a state's postal code) weigh as in the total."""
        return self._idf.get(token, UNKNOWN_SHARE * self._unknown_idf)

    def rank(
        self,
        question: str,
        limit: int = 3,
        context: ClaimContext | None = None,
        learned: LearnedNeighbours | None = None,
    ) -> list[Match]:
        """Best entries first, each with its score and the share of the question it covers."""
        corrected = self.read_question(question)
        return self._rank(corrected, self.query_tokens(corrected), limit, context, learned)

    def _rank(
        self,
        corrected: str,
        tokens: list[str],
        limit: int,
        context: ClaimContext | None,
        learned: LearnedNeighbours | None = None,
    ) -> list[Match]:
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
        total = sum(map(self._share_weight, tokens)) or 1.0
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
            covered = sum(self._share_weight(t) for t in tokens if t in topic_tokens)
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
        """Ranks the question (and each part of a two-part one) and says how far to trust it.
        A message quoting a claim to check ("a post going around says '...'") that is declined
        as a whole is judged by the claim it quotes: the answer on its topic confirms or
        corrects it."""
        judgement = self._judge_whole(question, context, learned)
        if judgement.verdict != "decline" or not QUOTED.search(question):
            return judgement
        if self.is_off_topic(question, self.query_tokens(self.read_question(question))):
            return judgement
        for quoted in QUOTED.findall(question):
            claim = self._judge_whole(quoted, context, learned)
            if claim.verdict != "decline":
                return claim
        return judgement

    def _judge_whole(
        self, question: str, context: ClaimContext | None, learned: LearnedNeighbours | None
    ) -> Judgement:
        corrected = self.read_question(question)
        tokens = self.query_tokens(corrected)
        ranked = self._rank(corrected, tokens, 4, context, learned)
        if bare_code(question):  # which code, but not what about it: its entries are offered
            return Judgement("decline", ranked, [])
        if self.is_off_topic(question, tokens):
            # The team's own approved answers are what such questions are for, when one covers
            # the question clearly ("who on our team does appeals", not "... the coffee order").
            if ranked and ranked[0].entry.origin == "team" and ranked[0].coverage >= CLEAR_COVERAGE:
                return Judgement(self._verdict(tokens, ranked), ranked, [])
            return Judgement("decline", ranked, [])
        verdict = self._verdict(tokens, ranked)
        # A close call that plain BM25 (no stems, no vocabulary) reads as another topic is two
        # readings disagreeing on a thin margin: declined, with both offered, rather than a guess.
        plain_top = self.plain.top(question)
        plain_agrees = bool(ranked) and plain_top == ranked[0].entry.id
        if ranked and not plain_agrees:  # plain BM25 cannot see the claim's payer
            plain_agrees = self.payers.agree(corrected, context, ranked[0].entry.id, plain_top)
        if ranked and not plain_agrees:  # "redet came back unfavorable": the next level
            plain_agrees = self.lost_steps.reads_on(corrected, ranked[0].entry.id, plain_top)
        if ranked and not plain_agrees:  # words said together name it ("K0886 PA?": the list)
            plan = self.payers.payer_of(corrected, context) or ORIGINAL_MEDICARE
            plain_agrees = self.cued_topics.names(corrected, plan, ranked[0].position)

        def agreed() -> bool:  # billers' wordings most like the question all name the entry
            return learned is not None and learned.agree(tokens, ranked[0].entry.id, self.rarity)

        ladder = ranked and self.lost_steps.same_ladder(corrected, ranked[0].entry.id, plain_top)
        if verdict == "tentative" and not (plain_agrees or agreed() or ladder):
            verdict = "decline"
        if verdict == "answer":
            curated, likeness = self.narrower_readings(corrected, tokens, ranked[0])
            # "what is e1399?": only a code read, so titles and tags full of that code cannot
            # narrow it; the example phrasing worded most like it and plain BM25 can.
            curated = curated or (len(set(tokens)) == 1 and is_code(tokens[0]) and likeness)
            if not (
                curated and (likeness or (plain_agrees and ranked[0].coverage >= CLEAR_COVERAGE))
            ) or not (plain_agrees and ranked[0].coverage >= STATED_COVERAGE):
                verdict = "tentative"
            # A runner-up covering more reads it differently: a close call; so does one covering
            # as much, on several words, no reading naming the best (`ties`).
            if any(m.coverage > ranked[0].coverage for m in ranked[1:RIVALS_READ]) or ties(
                self, tokens, corrected, context, ranked[:RIVALS_READ], likeness
            ):
                verdict = "tentative"
            # No narrower reading agrees and the entry covers little of the question: on all
            # the benchmark sets together such answers were wrong more often than right.
            # A question naming the entry's code or state is about it, whatever else it says.
            lone = not (curated or likeness or plain_agrees) and ranked[0].coverage < LONE_COVERAGE
            if (
                lone
                and not agreed()
                and not self.entities.names_entry(ranked[0].position, tokens, corrected, context)
            ):
                verdict = "decline"
        # A close call plain BM25 does not rank near the top and no rule explains: declined.
        if verdict == "tentative" and plain_disowns(
            self, question, corrected, tokens, ranked[0], context, learned
        ):
            verdict = "decline"
        pieces = question_parts(question, self.read_question)
        if len(pieces) < 2:
            return Judgement(verdict, ranked, [])
        parts = [p for p in pieces if len(self.query_tokens(p)) >= 2]
        answered_parts = []
        for part in parts:
            part_tokens = self.query_tokens(part)
            part_ranked = self._rank(part, part_tokens, 2, context, learned)
            if self._verdict(part_tokens, part_ranked) == "answer":
                answered_parts.append(part_ranked[0])
        return Judgement(*combine_parts(verdict, ranked, answered_parts))

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

    def _verdict(self, tokens: list[str], ranked: list[Match]) -> Verdict:
        """Answer only when the question speaks the topics' language and the best entry covers
        it; a code the knowledge base has never seen means no."""
        if not ranked:
            return "decline"
        if self.names_unknown_code(tokens):
            return "decline"
        best = ranked[0]
        distinct = set(tokens)
        matched = distinct & self._entry_token_sets[best.position]
        # A two-word question needs both words to match ("order pizza" is not about orders),
        # unless one is a code or a billing acronym the entry names (CO-29, KX, POD); a one-word
        # question must be such a word or one of the entry's title or tag words ("test" is not).
        anchors = [t for t in matched if is_code(t) or t in self.tokenizer.canonical_tokens]
        if len(matched) < min(2, len(distinct)) and not anchors:
            return "decline"
        if (
            len(distinct) == 1
            and not anchors
            and not distinct & self._headline_tokens[best.position]
        ):
            return "decline"
        # A question naming the code or acronym that titles the best entry is about it, however
        # chatty the rest ("who actually runs the PDAC").
        names_title = any(
            self.entities.is_entity(t) and t in self.title_tokens[best.position] for t in distinct
        )
        if not (
            (names_title or self.domain_share(tokens) >= MIN_DOMAIN_SHARE)
            and best.coverage >= MIN_COVERAGE
            and best.score >= MIN_SCORE
        ):
            return "decline"
        if len(ranked) < 2 or best.coverage >= CLEAR_COVERAGE:
            return "answer"
        if ranked[1].score < (1 - CLOSE_MARGIN) * best.score:
            return "answer"
        # Two close entries that each hold a rare word of the question the other lacks split it
        # between them ("hospice" in one, "shower chair" in the other): unless the best covers
        # much of the question, neither fits.
        rival = self._entry_token_sets[ranked[1].position] - self._entry_token_sets[best.position]
        split = max((self._share_weight(t) for t in distinct & rival), default=0.0)
        return "decline" if split >= SPLIT_IDF and best.coverage < SPLIT_COVERAGE else "tentative"
