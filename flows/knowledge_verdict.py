"""Decides whether the ranking's best entry is answered outright, offered as a close call
("I think you mean ..."), or declined, for the whole question and each part of a two-part one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, NamedTuple

from flows.knowledge_bare import bare_code
from flows.knowledge_disowned import WORDINGS_VOTE, plain_disowns, ties
from flows.knowledge_parts import Verdict, combine_parts
from flows.knowledge_payers import ORIGINAL_MEDICARE
from flows.knowledge_thresholds import (
    CLEAR_COVERAGE,
    CLOSE_MARGIN,
    LONE_COVERAGE,
    MIN_COVERAGE,
    MIN_DOMAIN_SHARE,
    MIN_SCORE,
    PAIR_COVERAGE,
    RIVALS_READ,
    SPLIT_COVERAGE,
    SPLIT_IDF,
    STATED_COVERAGE,
)
from flows.question_parts import QUOTED, REPORTED, question_parts, remark_parts
from flows.text import is_code

if TYPE_CHECKING:
    from flows.knowledge_learned import LearnedNeighbours
    from flows.knowledge_rank import Match, Ranker
    from flows.knowledge_rules import ClaimContext


class Judgement(NamedTuple):
    verdict: Verdict
    ranked: list[Match]
    further_parts: list[Match]  # the best entry for each other part of a two-part question


def judge(
    ranker: Ranker,
    question: str,
    context: ClaimContext | None = None,
    learned: LearnedNeighbours | None = None,
) -> Judgement:
    """Ranks the question (and each part of a two-part one) and says how far to trust it.
    A message quoting a claim to check ("a post going around says '...'", or without quote
    marks "our cheat sheet says X, is that right?") that is declined as a whole is judged by
    the claim it quotes: the answer on its topic confirms or corrects it."""
    judgement = _judge_whole(ranker, question, context, learned)
    quoted = QUOTED.findall(question)
    # An unquoted claim is only found by its verb, so it must read clearly on its own to be
    # taken over a close call on the whole message ("cheat sheet" beside a summary's entry).
    claims = quoted or REPORTED.findall(question)
    taken = ("tentative", "answer") if quoted else ("answer",)
    if judgement.verdict == "answer" or not claims:
        return judgement
    if judgement.verdict == "tentative" and quoted:
        return judgement
    if ranker.is_off_topic(question, ranker.query_tokens(ranker.read_question(question))):
        return judgement
    near = {m.entry.id for m in judgement.ranked[:3]}
    for said in claims:
        claim = _judge_whole(ranker, said, context, learned)
        # an unquoted claim picks among the entries the whole message is near, no other
        if claim.verdict in taken and (
            quoted or (claim.ranked and claim.ranked[0].entry.id in near)
        ):
            return claim
    return judgement


def _judge_whole(
    ranker: Ranker, question: str, context: ClaimContext | None, learned: LearnedNeighbours | None
) -> Judgement:
    corrected = ranker.read_question(question)
    tokens = ranker.query_tokens(corrected)
    ranked = ranker.rank_tokens(corrected, tokens, 4, context, learned)
    if bare_code(question):  # which code, but not what about it: its entries are offered
        return Judgement("decline", ranked, [])
    if ranker.is_off_topic(question, tokens):
        # The team's own approved answers are what such questions are for, when one covers
        # the question clearly ("who on our team does appeals", not "... the coffee order").
        if ranked and ranked[0].entry.origin == "team" and ranked[0].coverage >= CLEAR_COVERAGE:
            return Judgement(_verdict(ranker, tokens, ranked), ranked, [])
        return Judgement("decline", ranked, [])
    plan = ranker.payers.payer_of(corrected, context) or ORIGINAL_MEDICARE
    # Words said together name the best entry ("is a walker DME"): its words are the question's.
    cued = bool(ranked) and ranker.cued_topics.names(corrected, plan, ranked[0].position)
    reading = _reading(ranker, tokens, ranked, cued)
    # Split by a rare word of the runner-up, the question is still the best entry's when the
    # billers' wordings nearest it give that entry WORDINGS_VOTE of their weight: the rare word
    # is then a detail ("denial upheld at redetermination, redo the redetermination?" asks for
    # the next level), offered as a close call with the runner-up beside it.
    # Not for a look-alike the content names ("seat lift" beside a wheelchair base): billers'
    # wordings about the real topic share its words.
    voted = (
        reading == "split"
        and learned is not None
        and learned.votes(tokens).get(ranked[0].entry.id, 0.0) >= WORDINGS_VOTE
        and not ranker.cued_topics.looks_alike(corrected, plan, ranked[0].position)
    )
    verdict: Verdict = "tentative" if voted else "decline" if reading == "split" else reading
    # A close call that plain BM25 (no stems, no vocabulary) reads as another topic is two
    # readings disagreeing on a thin margin: declined, with both offered, rather than a guess.
    plain_top = ranker.plain.top(question)
    plain_agrees = bool(ranked) and plain_top == ranked[0].entry.id
    if ranked and not plain_agrees:  # plain BM25 cannot see the claim's payer
        plain_agrees = ranker.payers.agree(corrected, context, ranked[0].entry.id, plain_top)
    # "redet came back unfavorable": the order of the levels, which plain BM25 cannot see,
    # picks the next level
    if ranked and not plain_agrees:
        plain_agrees = ranker.lost_steps.picks(corrected, ranked[0].entry.id)
    if ranked and not plain_agrees:  # words said together name it ("K0886 PA?": the list)
        plain_agrees = cued

    def agreed() -> bool:  # billers' wordings most like the question all name the entry
        return learned is not None and learned.agree(tokens, ranked[0].entry.id, ranker.rarity)

    ladder = ranked and ranker.lost_steps.same_ladder(corrected, ranked[0].entry.id, plain_top)
    if verdict == "tentative" and not (plain_agrees or voted or agreed() or ladder):
        verdict = "decline"
    if verdict == "answer":
        curated, likeness = ranker.narrower_readings(corrected, tokens, ranked[0])
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
            ranker, tokens, corrected, context, ranked[:RIVALS_READ], likeness
        ):
            verdict = "tentative"
        # No narrower reading agrees and the entry covers little of the question: on all
        # the benchmark sets together such answers were wrong more often than right.
        # A question naming the entry's code or state is about it, whatever else it says.
        lone = not (curated or likeness or plain_agrees) and ranked[0].coverage < LONE_COVERAGE
        if (
            lone
            and not agreed()
            and not ranker.entities.names_entry(ranked[0].position, tokens, corrected, context)
        ):
            verdict = "decline"
    # A close call plain BM25 does not rank near the top and no rule explains: declined.
    if verdict == "tentative" and plain_disowns(
        ranker, question, corrected, tokens, ranked[0], context, learned
    ):
        verdict = "decline"
    pieces = question_parts(question, ranker.read_question)
    if len(pieces) < 2:
        further = _remarks_answered(ranker, question, context, verdict, ranked)
        return Judgement(verdict, ranked, further)
    steps = ranker.lost_steps
    parts = [p for p in pieces if len(ranker.query_tokens(p)) >= 2 or steps.refers_back(p)]
    answered_parts: list[Match] = []
    previous = ""  # the part answered last
    for part in parts:
        if steps.refers_back(part):  # "qic recon deadline and what comes after": the next level
            after = steps.after(previous, answered_parts[-1].entry.id) if answered_parts else None
            if after in ranker.positions:
                answered_parts.append(answered_parts[-1]._replace(
                    entry=ranker.entries[ranker.positions[after]],
                    position=ranker.positions[after],
                ))  # fmt: skip
            continue
        part_tokens = ranker.query_tokens(part)
        part_ranked = ranker.rank_tokens(part, part_tokens, 2, context, learned)
        if _verdict(ranker, part_tokens, part_ranked) == "answer":
            answered_parts.append(part_ranked[0])
            previous = part
    return Judgement(*combine_parts(verdict, ranked, answered_parts))


def _remarks_answered(
    ranker: Ranker,
    question: str,
    context: ClaimContext | None,
    verdict: Verdict,
    ranked: list[Match],
) -> list[Match]:
    """The entries answering each other remark code of an answered question, after its best
    entry's: each code a biller pastes from a remit needs its own fix."""
    if verdict == "decline" or not ranked:
        return []
    found: dict[str, Match] = {}
    for part in remark_parts(question, ranker.read_question):
        tokens = ranker.query_tokens(part)
        part_ranked = ranker.rank_tokens(part, tokens, 2, context)
        if _verdict(ranker, tokens, part_ranked) == "answer":
            found.setdefault(part_ranked[0].entry.id, part_ranked[0])
    found.pop(ranked[0].entry.id, None)
    return list(found.values())


def _verdict(ranker: Ranker, tokens: list[str], ranked: list[Match]) -> Verdict:
    """Answer only when the question speaks the topics' language and the best entry covers
    it; a code the knowledge base has never seen means no."""
    reading = _reading(ranker, tokens, ranked)
    return "decline" if reading == "split" else reading


def _reading(
    ranker: Ranker, tokens: list[str], ranked: list[Match], cued: bool = False
) -> Literal["answer", "tentative", "decline", "split"]:
    """The verdict, or "split" for a close call a rare word of the runner-up splits between the
    two entries (declined unless billers' wordings pick the best: `_judge_whole`). `cued`: a
    rule of words said together names the best entry, so the question's words are its own."""
    if not ranked:
        return "decline"
    if ranker.names_unknown_code(tokens):
        return "decline"
    best = ranked[0]
    distinct = set(tokens)
    matched = distinct & ranker.entry_token_sets[best.position]
    # A two-word question needs both words to match ("order pizza" is not about orders),
    # unless one is a code or a billing acronym the entry names (CO-29, KX, POD); a one-word
    # question must be such a word or one of the entry's title or tag words ("test" is not).
    anchors = [t for t in matched if is_code(t) or t in ranker.tokenizer.canonical_tokens]
    if len(matched) < min(2, len(distinct)) and not anchors and not cued:
        return "decline"
    if len(distinct) == 1 and not anchors and not distinct & ranker.headline_tokens[best.position]:
        return "decline"
    # A question naming the code or acronym that titles the best entry is about it, however
    # chatty the rest ("who actually runs the PDAC").
    names_title = any(
        ranker.entities.is_entity(t) and t in ranker.title_tokens[best.position] for t in distinct
    )
    # Words said together that name the entry and are most of the question ("is a walker DME")
    # speak its language, whatever the item; a rule's word in a long message does not.
    spoken = cued and best.coverage >= CLEAR_COVERAGE
    if not (
        (names_title or spoken or ranker.domain_share(tokens) >= MIN_DOMAIN_SHARE)
        and best.coverage >= MIN_COVERAGE
        and best.score >= MIN_SCORE
    ):
        return "decline"
    if len(ranked) < 2 or best.coverage >= CLEAR_COVERAGE:
        return "answer"
    if ranked[1].score < (1 - CLOSE_MARGIN) * best.score:
        return "answer"
    # A close runner-up holding a rare word of the question the best lacks splits it between
    # them ("hospice" in one, "shower chair" in the other): neither fits ("split"), unless the best
    # covers much of the question or the two together cover most of it (the question is about
    # the two of them: the best is offered with the runner-up beside it).
    rival = ranker.entry_token_sets[ranked[1].position] - ranker.entry_token_sets[best.position]
    split = max((ranker.share_weight(t) for t in distinct & rival), default=0.0)
    if split < SPLIT_IDF or best.coverage >= SPLIT_COVERAGE:
        return "tentative"
    together = ranker.pair_coverage(tokens, best, ranked[1])
    return "tentative" if together >= PAIR_COVERAGE else "split"
