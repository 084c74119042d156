"""How sure an answer is: stated outright, hedged as "I think you mean" with the other reading
one click away, declined with both readings offered, or answered part by part."""

from __future__ import annotations

import functools

import pytest

from flows.knowledge import KnowledgeBase
from flows.knowledge_learned import LearnedPhrasing
from tests.conftest import repository_content

KB = repository_content().knowledge


@functools.cache
def unlearned() -> KnowledgeBase:
    """The knowledge base without its learned wordings, built once for the tests comparing."""
    return KB.without_learning()


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("difference between a claim that got rejected and one that was denied",
      "front-end-rejection"),
     ("ways to send ADR records other than fax", "adr-how-to-send"),
     ("mailed the paper claim to the wrong dme mac, do they forward it", "which-dme-mac")],
)  # fmt: skip
def test_a_close_call_the_best_entry_mostly_covers_is_offered_not_declined(question, entry_id):
    result = KB.ask(question)
    assert result.entry_id == entry_id and result.tentative


def test_a_two_part_question_is_answered_part_by_part() -> None:
    result = KB.ask("what's the timely filing limit and are there any exceptions")
    assert {result.entry_id, *result.parts} == {"timely-filing", "timely-filing-exceptions"}
    assert "12 months" in result.text and "retroactive" in result.text


def test_a_close_call_says_i_think_you_mean_and_offers_the_other_topic_first() -> None:
    result = KB.ask("new prescription needed?")
    assert result.tentative and result.text.startswith("I think you mean")
    assert result.entry_id == "new-order-needed"
    ranked = KB.rank("new prescription needed?", limit=2)
    assert result.related[0].entry_id == ranked[1].entry.id != result.entry_id


def test_a_close_call_that_plain_bm25_reads_as_another_topic_is_declined_with_both_offered():
    question = "the RAC sent an ADR, can I just upload the records to noridian instead"
    ranked = [match.entry.id for match in KB.rank(question, limit=2)]
    result = KB.ask(question)
    assert not result.answered
    assert [topic.entry_id for topic in result.related[:2]] == ranked


def test_each_part_of_a_two_part_question_gets_its_own_entry_first_part_first() -> None:
    result = KB.ask("whats the redetermination deadline and what is the ALJ amount in controversy")
    assert (result.entry_id, result.parts) == ("redetermination", ["amount-in-controversy"])
    assert "120 days" in result.text and "$200" in result.text


def test_a_question_lettered_a_b_is_answered_part_by_part() -> None:
    result = KB.ask(
        "a) which errors count as clerical for a reopening b) can a wrong modifier be one"
    )
    assert (result.entry_id, result.parts) == ("reopening", ["modifier-corrections"])


@pytest.mark.parametrize(
    ("question", "right_entry"),
    [("our ordering physician never enrolled in pecos, how does she get into the ordering file",
      "ordering-certifying-file")],
)  # fmt: skip
def test_an_unsure_answer_says_i_think_you_mean_with_the_other_reading_one_click_away(
    question: str, right_entry: str
) -> None:
    result = KB.ask(question)
    assert result.tentative and result.text.startswith("I think you mean")
    assert right_entry in (result.entry_id, result.related[0].entry_id)


@pytest.mark.parametrize(
    ("question", "right_entry"),
    [("can I use e1399 if there's already a code", "when-to-use-e1399")],
)  # fmt: skip
def test_a_close_call_no_learned_wording_names_is_declined_with_both_readings_offered(
    question: str, right_entry: str
) -> None:
    result = KB.ask(question)
    assert not result.answered and result.score < 0.5
    assert right_entry in [topic.entry_id for topic in result.related[:2]]
    # Without the learned wordings the same question is a close call.
    assert unlearned().ask(question).tentative


def _leaves_out_the_sets_own_wordings(knowledge: KnowledgeBase, source: str) -> None:
    learned = [p for p in knowledge.learned if p.source == source]
    assert learned
    kept = knowledge.leaving_out(source)
    assert kept.learned == knowledge.learned  # the file's wordings stay listed ...
    question = learned[0].q  # ... but the set's own are not among the neighbours
    tokens = kept.ranker.query_tokens(kept.ranker.read_question(question))
    assert kept.neighbours.votes(tokens)["_top"] < knowledge.neighbours.votes(tokens)["_top"]


def test_a_knowledge_base_leaving_out_a_question_set_learns_nothing_from_it() -> None:
    """On a few wordings of two sets (the repository's own below)."""
    repairs, rentals = "repair-labor-units", "capped-rental"
    two_sets = [
        LearnedPhrasing(
            q="tech spent an hour fixing the power chair", entry=repairs, source="team"
        ),
        LearnedPhrasing(q="our tech fixed the chair, labor billed how", entry=repairs, source="a"),
        LearnedPhrasing(q="what modifier goes on a rental month", entry=rentals, source="a"),
    ]
    knowledge = KnowledgeBase(KB.entries, KB.tokenizer, KB.messages, KB.rules, KB.code_facts,
                              two_sets, ranker=KB.ranker)  # fmt: skip
    _leaves_out_the_sets_own_wordings(knowledge, "a")


@pytest.mark.slow  # indexes the repository's thousands of learned wordings again
def test_the_repositorys_knowledge_leaving_out_a_question_set_learns_nothing_from_it() -> None:
    _leaves_out_the_sets_own_wordings(KB, "knowledge_heldout3.yaml")


@pytest.mark.parametrize(
    "question",
    ["vendor says its a class II FDA device without a code yet so E1399 is automatic",
     "billed 900 on an e1399 line that already paid, should have been 90, typo. how do we fix it",
     "tech re-riveted a strap and swapped a buckle on the pts own KAFO. do we bill it like our "
     "DME repairs, K0739 + RB?"],
)  # fmt: skip
def test_an_answer_covering_less_than_half_the_question_is_not_stated_outright(question):
    result = KB.ask(question)
    assert result.score < 0.5 and (not result.answered or result.tentative)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("what is the timely filing limit for medicare dme claims", "timely-filing"),
     ("co16 n350 on the e1399 line", "denial-co16-n350"),
     ("what does the GY modifier mean", "gy-modifier"),
     ("what is e1399?", "e1399-descriptor"),
     ("What is L3999", "l3999-upper-limb-orthosis")],
)  # fmt: skip
def test_a_clear_question_is_answered_outright(question: str, entry_id: str) -> None:
    result = KB.ask(question)
    assert (result.entry_id, result.tentative) == (entry_id, False)


def test_a_close_call_with_only_one_candidate_is_still_a_hedged_answer() -> None:
    result = KB.ask("DX")  # one weak match, no rival to offer
    assert not result.answered or result.tentative


def test_an_answer_no_narrower_reading_confirms_is_declined_when_it_covers_little() -> None:
    # The date-of-service entry shares only "billed" and "after" with the question; plain BM25,
    # the topics' own words and the nearest example phrasing each pick another entry. (Billers'
    # learned wordings and plain BM25 agree on the runner-up, the price list entry, which is
    # then offered: flows/knowledge_readings.py; this is the ranking's own verdict.)
    result = KB.without_learning().ask(
        "we billed 275 but the narrative says PL $250 because shipping got added after, "
        "does that matter"
    )
    assert not result.answered
    assert result.related


def test_learned_wordings_vote_for_the_entries_and_out_of_scope_they_were_labelled_with() -> None:
    from flows.knowledge_learned import OUT_OF_SCOPE, LearnedNeighbours, LearnedPhrasing

    wordings = [
        LearnedPhrasing(
            q="is the misc dme code a cpt code", entry="e1399-hcpcs-not-cpt", source="a"
        ),
        LearnedPhrasing(q="whats the office wifi password", entry=OUT_OF_SCOPE, source="a"),
    ]
    neighbours = LearnedNeighbours(wordings, KB.tokenizer)
    assert neighbours.named == {"e1399-hcpcs-not-cpt"}
    votes = neighbours.votes(KB.tokenizer.tokens("wifi password for the office?"))
    assert votes[OUT_OF_SCOPE] == 1.0
    assert LearnedNeighbours([], KB.tokenizer).votes(["cpt"]) == {}


@pytest.mark.parametrize(
    "question",
    ["our chart note for the ADR is mostly about her diabetes, send it anyway?"],
)  # fmt: skip
def test_a_close_call_plain_bm25_does_not_rank_near_the_top_is_declined_not_guessed(
    question: str,
) -> None:
    # The ranking's first entry (the LMN/medical record topic) is neither plain BM25's first
    # three nor named by a code, state, payer or vocabulary term: no "I think you mean" guess
    # (the ranking's own verdict, before billers' learned wordings are read).
    first = KB.rank(question, limit=1)[0].entry.id
    assert first not in KB.ranker.plain.first(question, 3)
    result = KB.without_learning().ask(question)
    assert not result.answered and not result.tentative
    assert result.related[0].entry_id == first


def test_a_medicare_claim_does_not_keep_a_close_call_its_wording_does_not_support() -> None:
    # Original Medicare's rules are what most entries state: the claim's payer picks nothing
    # the wording did not, so the close call the learned wordings do not back (prior
    # authorization without a CMN) is not kept. Those wordings and plain BM25 pick the runner-up
    # (CMNs discontinued), offered alike with and without the claim.
    question = (
        "intake tool still shows a CMN tab and someone filled it in for a 2026 delivery, does "
        "that hurt us"
    )
    alone, on_claim = KB.ask(question), KB.ask(question, context={"payer": "medicare"})
    for result in (alone, on_claim):
        assert (result.entry_id, result.tentative) == ("cmn-dif-discontinued", True)
        assert result.related[0].entry_id == "prior-auth-request-no-cmn"


def test_a_medicare_claim_does_not_keep_a_close_call_covering_little_of_the_question() -> None:
    # Plain BM25 picks the same entry (the NOC rules' scope), but it covers about a third of
    # the question and no learned wording names it: the Medicare claim adds nothing the wording
    # lacks, so the question is declined with the nearest topics, as it is without the claim.
    question = (
        "our clearinghouse says every NOC line needs its own claim, where does that come from"
    )
    assert KB.ranker.plain.top(question) == "noc-rules-scope"
    for context in (None, {"payer": "medicare"}):
        result = KB.ask(question, context=context)
        assert not result.answered and not result.tentative
        assert result.related[0].entry_id == "noc-rules-scope"


def test_a_close_call_answers_the_runner_up_after_the_best_entry() -> None:
    result = KB.ask("new prescription needed?")
    rival = KB.by_id[result.related[0].entry_id]
    assert result.tentative and result.entry_id and result.runner_up == rival.id != result.entry_id
    best_at = result.text.index(KB.by_id[result.entry_id].short.strip())
    assert result.text.index(f"If you meant *{rival.title}*") > best_at
    assert rival.short.strip() in result.text
    assert all(str(source) in result.sources for source in rival.sources)


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("repair quote is $900 and a new walker costs $700. will medicare pay the repair?",
      "repair-or-replace-60-percent"),
     ("MA130 with N264 on the line, is it our narrative again?",
      "ordering-practitioner-rejection")],
)  # fmt: skip
def test_a_close_call_billers_wordings_confirm_is_offered_though_plain_bm25_reads_it_otherwise(
    question: str, entry_id: str
) -> None:
    """Plain BM25 ranks the entry low, but the billers' wordings nearest the question name it
    and the topics' own words pick it: "I think you mean" it, where without the wordings the
    question is declined."""
    result = KB.ask(question)
    assert (result.entry_id, result.tentative) == (entry_id, True)
    assert not unlearned().ask(question).answered


def test_two_entries_covering_the_question_alike_are_offered_as_a_close_call():
    question = "do we need the order before delivery or before we bill"
    result = KB.ask(question)
    ranked = [match.entry.id for match in KB.rank(question, limit=2)]
    assert result.tentative and result.text.startswith("I think you mean")
    assert [result.entry_id, result.runner_up] == ranked


def test_a_question_naming_the_best_entrys_code_is_answered_outright_despite_a_tie():
    result = KB.ask("K0739, per hour or per 15 minutes?")
    assert result.entry_id == "repair-labor-k0739" and not result.tentative


def test_a_question_two_close_entries_cover_together_is_offered_with_the_other_beside_it():
    """A lost first appeal and a wish to repeat it: the next appeal level's entry is offered as
    "I think you mean", the first level's entry right after it, rather than a decline."""
    question = "the redet was unfavourable, can we file another redet with more notes"
    result = KB.ask(question)
    assert result.tentative and result.text.startswith("I think you mean")
    assert (result.entry_id, result.runner_up) == ("reconsideration", "redetermination")
    assert result.related[0].entry_id == "redetermination"
    assert KB.by_id["redetermination"].short.strip()[:40] in result.text


def test_a_close_call_split_by_a_rare_word_is_offered_when_billers_wordings_pick_the_best():
    # "redetermination" twice pulls towards the first level; billers asking this mean the next.
    question = (
        "the MAC upheld the denial at redetermination, do we just redo the redetermination "
        "with more records"
    )
    result = KB.ask(question)
    assert result.tentative and result.entry_id == "reconsideration"
    assert result.related[0].entry_id == "redetermination"
    # with no billers' wordings the order of the levels still picks the next one
    assert unlearned().ask(question).entry_id == "reconsideration"


def test_an_entrys_text_is_said_once_when_it_is_both_rival_and_second_part() -> None:
    # The second part's entry is answered under its own title, never again as the close rival.
    result = KB.ask("can u help me bill an e1399 wheelchair cushion and also what's timely filing")
    timely = KB.by_id["timely-filing"].short.strip()
    assert "timely-filing" in result.parts and result.text.count(timely) == 1
