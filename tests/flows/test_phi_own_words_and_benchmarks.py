"""The PHI guard over the bot's own words (every FAQ sentence, HCPCS descriptor and message), a
fixed sample of the benchmark sets' questions and items, and the benchmark texts known to carry
an identifier: billing talk with no patient in it is never refused. Every benchmark text is
scanned by benches/bench_phi_billing_texts.py (`make bench`)."""

from __future__ import annotations

import pytest

from flows.phi import scan
from tests.flows.guard_memory import GUARD_CONTENT, content_paths_named, tripped
from tests.flows.phi_billing_texts import (
    REFUSED_BENCH_TEXTS,
    benchmark_texts,
    content_texts,
    in_sample,
    message_texts,
    rightly_refused,
)

# The guard over the bot's own words scans thousands of texts: each test below takes one of
# PARTS shares of them (every distinct text once), so the shares run on several workers.
PARTS = 4
# The tests that read every benchmark set (about a second of CPU) run on one worker, which reads
# them once.
READ_THE_BENCHMARK_SETS = pytest.mark.xdist_group("benchmark-sets")


@pytest.mark.slow  # scans about 6,250 distinct sentences and descriptors in all
@pytest.mark.parametrize("part", range(PARTS))
def test_the_bots_own_content_never_trips_the_guard(part: int, pytestconfig: pytest.Config) -> None:
    """Every sentence of the FAQ and every HCPCS descriptor is billing talk with no patient
    (these words also tell the name check what an ordinary word is, so this is a floor)."""
    refused = tripped(pytestconfig, f"content-{part}", content_texts()[part::PARTS])
    assert not refused, refused[:5]


@pytest.mark.slow  # about 700 messages
def test_the_bots_messages_never_trip_the_guard(pytestconfig: pytest.Config) -> None:
    """Nothing the bot says to a biller is refused when the biller quotes it back."""
    refused = tripped(pytestconfig, "messages", message_texts())
    assert not refused, refused[:5]


@pytest.mark.slow  # about 1,500 of the 23,000 benchmark texts
@READ_THE_BENCHMARK_SETS
def test_a_fixed_sample_of_the_benchmark_questions_never_trips_the_guard(
    pytestconfig: pytest.Config,
) -> None:
    """Questions and items billers typed for the knowledge, code-search and claim benchmark
    sets: one in sixteen, always the same ones, is billing talk the guard leaves alone."""
    sample = [text for text in benchmark_texts() if in_sample(text)]
    assert len(sample) > 1000
    refused = tripped(pytestconfig, "benchmark-sample", sample)
    unexplained = [text for text in refused if text not in REFUSED_BENCH_TEXTS]
    assert not unexplained, unexplained[:5]


def test_the_benchmark_texts_that_carry_an_identifier_are_refused() -> None:
    """An account number, an MBI and a patient named by title in a biller's question are
    refused, where the sets' look-alikes are not."""
    missed = [text for text in rightly_refused() if not scan(text)]
    assert len(rightly_refused()) >= 3
    assert not missed, missed


@pytest.mark.slow  # reads every benchmark set
@READ_THE_BENCHMARK_SETS
def test_each_benchmark_text_listed_as_refused_is_in_a_benchmark_set() -> None:
    """The list of refused benchmark texts names only texts the sets hold (an edited case takes
    its entry with it)."""
    texts = set(benchmark_texts())
    assert not [text for text in REFUSED_BENCH_TEXTS if text not in texts]


def test_the_guards_kept_answers_are_keyed_by_every_content_file_it_reads() -> None:
    """The kept answers (tests/flows/guard_memory.py) go stale when a file the guard reads
    changes: each content path the guard's modules name is among the files they are keyed by."""
    named = content_paths_named()
    assert {"rules/phi.yaml", "faq"} <= named
    unkeyed = [p for p in named if not any(g == p or g.startswith(p + "/") for g in GUARD_CONTENT)]
    assert not unkeyed, unkeyed
