"""Words said together pick a topic (content/rules/knowledge.yaml `cued_topics`): a modifier
beside a reopening asks how to fix the line, an ABN on a Medicare Advantage claim asks whether
the ABN applies, a PA sent and not back asks the review time, renting the E1399 item asks how its
rental is billed, an order before delivery asks when the order must be in hand, a rental's month
number beside its modifier asks which of KH, KI and KJ, a new rental period beside what to send
asks what starts one."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge
FIX_THE_LINE = {"modifier-corrections", "reopening"}
NOC_RENTAL = {"rr-nu-ue", "capped-rental"}
ORDER_TIMING = {"new-order-needed", "wopd-list-vs-prior-auth-list"}
ABN_ELSEWHERE = {"abn-medicare-advantage"}
MONTH_MODIFIER = {"kh-ki-kj"}
NEW_PERIOD = {"new-rental-period"}


@pytest.mark.parametrize(
    ("question", "answers"),
    [("billed KH on month 5 by mistake, it should have been KI. can we reopen the line by phone?",
      FIX_THE_LINE),
     ("the rental line paid with KJ but it should be KI, phone reopening?", FIX_THE_LINE),
     ("paid line has RB but the part was new, NU. reopen it?", FIX_THE_LINE),
     ("humana member, the item may not be covered. should they sign an ABN before delivery",
      ABN_ELSEWHERE),
     ("MA patient wants the deluxe model, do we get an ABN signed", ABN_ELSEWHERE),
     ("pt has commercial insurance only, can we use an ABN so we can bill her if they deny",
      ABN_ELSEWHERE),
     ("sent the PA for the K0856 last tuesday, still no decision. how long should it take",
      {"prior-auth-review-times"}),
     ("we plan to rent the e1399 item, do the months go KH KI KJ like our other rentals",
      NOC_RENTAL),
     ("renting a misc item to the pt, is it capped at 13 months with KH KI KJ", NOC_RENTAL),
     ("does the signed order have to be in hand before delivery or only before billing the item",
      ORDER_TIMING),
     ("swo needed pre delivery or is pre claim enough for an e1399 item", ORDER_TIMING),
     ("we are on the 6th month of renting this walker, which modifier goes with RR",
      MONTH_MODIFIER),
     ("bed rental month 11 - what K modifier do I put on the line", MONTH_MODIFIER),
     ("hospital bed rental in its 8th month, which modifier with RR", MONTH_MODIFIER),
     ("rented e1399 item, month 3, is that KI", NOC_RENTAL),
     ("the cpap was returned in spring, new need this fall. new rental period - what documents",
      NEW_PERIOD),
     ("item came back to us 4 months ago and the pt needs it again; to restart the 13 months "
      "what paperwork do we send", NEW_PERIOD)],
)  # fmt: skip
@pytest.mark.sweep(n=3, by="answers")
def test_words_said_together_pick_the_topic(question, answers) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id in answers


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("the line was rejected for a missing KX, can we reopen it", "kx-modifier"),
     ("what does the KJ modifier mean", "kh-ki-kj"),
     ("is K0856 on the prior auth list", "prior-auth-list-codes"),
     ("prior auth for an E1399 with an aetna commercial plan, how long does it take",
      "prior-auth-commercial"),
     ("CO-4 on my e1399 rental line", "denial-co4"),
     ("what documents do we need on file for an e1399 claim", "documents-overview"),
     ("do medicaid MCOs get the medicare crossover too", "medicaid-managed-care"),
     ("CO-183 N574 on a scooter a podiatrist ordered, now what", "denial-co183-n574")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_one_of_the_words_alone_or_an_exception_keeps_the_answer(question, entry_id) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    "question",
    ["patient has Medicare primary and Aetna secondary, do we need an ABN?",
     "medicare primary, BCBS secondary: do we need an ABN for the upgrade?",
     "Aetna secondary, medicare is primary, abn?",
     "the primary is original medicare, cigna is secondary. ABN for the upgrade?"],
)  # fmt: skip
def test_an_abn_with_original_medicare_primary_gets_medicares_abn_rules(question) -> None:
    result = KB.ask(question)
    assert result.entry_id in {"abn-when-required", "gk-gl-modifiers"}


def test_an_abn_with_medicare_secondary_is_not_read_as_medicare_primary() -> None:
    result = KB.ask("BCBS primary, medicare secondary, do we need an ABN?")
    assert result.entry_id not in {"abn-when-required", "gk-gl-modifiers"}


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("K0856 power chair - medicare auth needed?", "prior-auth-list-codes"),
     ("L5858 knee, PA for original medicare?", "prior-auth-list-codes"),
     ("E0373 overlay needs PA??", "prior-auth-list-codes"),
     # a code with a prior authorization entry of its own, a request already sent, E1399
     ("E0748 stim still need PA?", "bone-growth-stimulator-pa"),
     ("L1833 still on the PA list?", "l1833-prior-auth-removed"),
     ("sent the PA for a K0856 on 10/1, when do we hear back", "prior-auth-review-times"),
     ("does E1399 need prior auth with medicare", "prior-auth-medicare")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_one_code_asked_for_prior_auth_gets_medicares_list(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("the medicaid plan clawed back what it paid because medicare was retroactive. any extra "
      "time to file medicare?", "timely-filing-exceptions"),
     ("our pt was retro disenrolled and the advantage plan recouped, can we still bill "
      "original medicare", "timely-filing-exceptions"),
     ("the pdac says it won't tell us whether GA belongs on the line, who does",
      "pdac-role"),
     ("priority health medicaid kid, $600 walker accessory. auth?", "prior-auth-commercial"),
     ("two different no-code items went out on the same dos. one line or two",
      "two-noc-items-same-date"),
     ("which categories does the medicare pa list cover", "prior-auth-list-codes"),
     ("we billed GZ by mistake, should have been GA, how do we correct it",
      "modifier-corrections"),
     ("can we just put see nte in SV101-7", "sv101-7-description"),
     ("N350 but no MA130 on the line, what now", "reopen-redetermine-or-new-claim"),
     ("concentrator is 5 years old and the pt wants a new one, what now", "oxygen-rental-cap"),
     ("when will the portal update the MSP record after the employer plan ends",
      "hets-eligibility"),
     ("is the pdac closed on saturday", "pdac-role"),
     ("what company holds the PDAC contract these days", "pdac-role"),
     ("pdac open on weekends or weekdays only", "pdac-role"),
     ("doc upped the qty from 1 to 3 a month, new order?", "new-order-needed"),
     ("what events call for a fresh SWO from the doctor", "new-order-needed"),
     ("list the cases where we need a new rx", "new-order-needed"),
     ("we ship from Kansas, the bene lives in Missouri - locality?", "fee-schedule-locality"),
     ("warehouse in Idaho, pt in Utah, which locality", "fee-schedule-locality"),
     ("no ABN, denied CO-50 - can the pt sign one today and we rebill GA?",
      "abn-after-delivery"),
     ("CO-50 came back and there's no ABN on file, boss says mail one to her to sign",
      "abn-after-delivery"),
     ("medi-cal dual, the remit shows MA18 - where did it go", "medicaid-crossover"),
     ("is there a claim field that forces the crossover to the state", "medicaid-crossover"),
     ("OD at the vision center wrote our order, can Medicare take that?",
      "podiatrist-optometrist-orders"),
     ("podiatrist signed the SWO for a cane, valid orderer?", "podiatrist-optometrist-orders"),
     ("can we put a yellow marker on the doctor's justification in the ADR packet",
      "adr-how-to-send"),
     ("should I highlight the chart notes before faxing records to the reviewer",
      "adr-how-to-send"),
     ("custom chair frame for a child, no base code matches - the component code?",
      "wheelchair-base-no-code"),
     ("a lift sling and a distinct grab handle, no codes for either - one E1399 line or two?",
      "two-noc-items-same-date"),
     ("is 'one misc item per line' really a CMS rule", "two-noc-items-same-date")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_specific_fact_asked_beside_a_general_topics_words_gets_its_entry(
    question: str, entry_id: str
) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("got a recoupment because the pt was inpatient on the rental dates",
      "inpatient-dme-recoupment"),
     ("what does the PDAC do", "pdac-role"),
     ("our PDAC coding verification application is still pending, how long does it take",
      "coding-verification"),
     ("2 units of the same item on the same dos, one line?", "units-and-lines"),
     ("is L0650 on the PA list", "prior-auth-list-codes")],
)  # fmt: skip
def test_the_neighbouring_questions_keep_their_entries(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id


def test_the_contractor_asked_beside_the_locality_keeps_the_jurisdiction() -> None:
    result = KB.ask("pt in Idaho, we are in Utah: which DME MAC gets it and whose locality")
    assert result.entry_id in {"dme-mac-jd", "which-dme-mac", "dme-mac-jurisdictions"}


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("ABN for the upgraded cushion: can we mail it to her so it's signed before we deliver on "
      "thursday", "abn-delivery"),
     ("setting up the bed next week, get it signed now? the ABN, before we hand it over",
      "abn-delivery"),
     ("DPM signed the order for the night splint, is KX required on the line", "kx-modifier"),
     ("new swo bumped the strips to 300 a month, over the utilization limit - KX?",
      "kx-modifier"),
     ("locality for a competitive bidding area, is it different", "competitive-bidding-2026")],
)  # fmt: skip
def test_a_cue_word_beside_another_topics_question_leaves_that_topic(
    question: str, entry_id: str
) -> None:
    """An ABN to be signed before delivery, the KX modifier asked of an order, or a competitive
    bidding area is not the after-the-fact ABN, who may order, when a new order is needed, or
    the fee schedule's locality."""
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "not_entry"),
    [("shower chair frame and no code fits, what do we use", "wheelchair-base-no-code"),
     ("seat lift chair base, none of the codes match", "wheelchair-base-no-code"),
     ("two e1399 lines carrying different modifiers, is that ok", "two-noc-items-same-date")],
)  # fmt: skip
def test_a_look_alike_of_a_cued_topic_is_not_answered_as_it(question: str, not_entry: str) -> None:
    """A chair that is no wheelchair is not the whole-wheelchair entry; modifiers on E1399
    lines are not two different products."""
    assert KB.ask(question).entry_id != not_entry
