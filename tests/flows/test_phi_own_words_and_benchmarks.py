"""The PHI guard over the bot's own words (every FAQ sentence, HCPCS descriptor and message) and
every question and item of the benchmark sets: billing talk with no patient in it is never
refused."""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

import pytest

from flows.content import default_content_dir
from tests.conftest import read_yaml
from tests.flows.guard_memory import GUARD_CONTENT, content_paths_named, tripped

# The guard over the bot's own words scans thousands of texts: each test below takes one of
# PARTS shares of them (every distinct text once), so the shares run on several workers.
PARTS = 4


@functools.cache
def content_texts() -> tuple[str, ...]:
    """Every sentence of the FAQ and every HCPCS descriptor, each distinct text once."""
    content_dir = default_content_dir()
    texts = [
        sentence
        for path in sorted((content_dir / "faq").glob("*.yaml"))
        for entry in read_yaml(path)["entries"]
        for field in ("title", "short", "detail")
        for sentence in re.split(r"(?<=[.?!])\s+|\n", str(entry.get(field) or ""))
    ]
    with (content_dir / "codes" / "hcpcs.csv").open(encoding="utf-8") as rows:
        texts += [cell for row in csv.reader(rows) for cell in row if len(cell) > 8]
    assert len(texts) > 10000
    return tuple(dict.fromkeys(texts))


@pytest.mark.slow  # scans about 6,250 distinct sentences and descriptors in all
@pytest.mark.parametrize("part", range(PARTS))
def test_the_bots_own_content_never_trips_the_guard(part: int, pytestconfig: pytest.Config) -> None:
    """Every sentence of the FAQ and every HCPCS descriptor is billing talk with no patient
    (these words also tell the name check what an ordinary word is, so this is a floor)."""
    refused = tripped(pytestconfig, f"content-{part}", content_texts()[part::PARTS])
    assert not refused, refused[:5]


# What a benchmark set's writers noted about a case (the answer's gist, why an outcome is right,
# what the content lacks): neither said by the bot nor typed by a biller.
NOTES = {"topic", "why", "gap"}


def _strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        values = [value for key, value in node.items() if key not in NOTES]
    else:
        values = node if isinstance(node, list) else []
    return [text for value in values for text in _strings(value)]


@functools.cache
def message_and_benchmark_texts() -> tuple[str, ...]:
    """Every message the bot says and every question and item of the benchmark sets, each
    distinct text once."""
    root = Path(__file__).resolve().parents[2]
    paths = [default_content_dir() / "messages.yaml", *sorted((root / "benches").glob("*.yaml"))]
    texts = [text for path in paths for text in _strings(read_yaml(path)) if len(text) > 8]
    assert len(texts) > 5000
    return tuple(dict.fromkeys(texts))


@pytest.mark.slow  # scans about 22,350 distinct messages, questions and items in all
@pytest.mark.parametrize("part", range(PARTS))
def test_the_bots_messages_and_the_benchmark_questions_never_trip_the_guard(
    part: int, pytestconfig: pytest.Config
) -> None:
    """Every message the bot says and every question and item of the knowledge and code-search
    benchmark sets is billing talk with no patient in it."""
    texts = message_and_benchmark_texts()[part::PARTS]
    refused = tripped(pytestconfig, f"messages-and-benchmarks-{part}", texts)
    unexplained = [text for text in refused if text not in REFUSED_BENCH_TEXTS]
    assert not unexplained, unexplained[:5]


# Benchmark texts the guard refuses, each with why: rightly (the text carries an identifier) or
# as a known false alarm still to fix.
REFUSED_BENCH_TEXTS = {
    "pull up patient balance for account 88123": "rightly: a patient's account number",
    "plain plastic bedpan for bedbound mom": "false alarm: 'bedbound' read as a name before 'mom'",
    "urinal for bedbound husband, male jug style w/ cap, any material": (
        "false alarm: 'bedbound' read as a name before 'husband'"
    ),
    "blood glucose meter w/ voice output for legally blind diabetic pt": (
        "false alarm: two lower-case words read as a full name"
    ),
    "whiplash pt: orthotist warmed a thermoplastic sheet and formed a flexible collar directly "
    "around her neck": "false alarm: the words after 'pt:' read as the patient's name",
    "May dap xe thu dong (motorized passive arm+leg cycler, mount on bed) - patient family sign "
    "paper at door but driver lost it, we no have delivery paper now": (
        "false alarm: Vietnamese item words at the start read as a name"
    ),
    "Lincoln Bariatric Rentals": "false alarm: a supplier named after a person read as a name",
    "Order: Hospital bed, fixed height, manual; side rails: half; mattress: NOT needed (has own). "
    "Dx: G35 MS. LON: 99 months. Qty 1": (
        "false alarm: 'MS.' (multiple sclerosis) read as the title Ms. before 'LON'"
    ),
    "Buenos días, recibí una carta ADR dated 1/8/2027 for one E1399 claim plus two more letters "
    "for other claims. I work from home with a fax. How many days I have, and is ok to put the 3 "
    "claims in one fax?": "false alarm: the Spanish greeting's words read as a name",
    "home electric suction pump used to vent/decompress pt's G-tube (gastroparesis, daily "
    "vomiting). we put E0600 suction pump, rental mo 1": (
        "false alarm: the words after \"pt's\" read as the patient's name"
    ),
    "hospital-grade electric breast pump rental for NICU baby's mom (member), 1 month. plan "
    "wants E1399 + invoice?": 'false alarm: "mom (member)" read as a named member',
    "wound nurse: pt cant afford new bed, wants a pad filled with WATER to put over her normal "
    "twin mattress for her stage 2 - what code": (
        "false alarm: the words after 'pt' or the capitals WATER read as a name"
    ),
    "TT K3: microprocessor ankle-foot that adjusts ankle angle (DF/PF) on slopes, "
    "battery/charger incl - no powered push-off": (
        "false alarm: capital abbreviations (TT K3) read as a name field"
    ),
    "ENT: ossicular chain implant (PORP/TORP)": (
        "false alarm: capital abbreviations after a label read as a name field"
    ),
    "recharging system for CI/BAHA rechargeable batteries, replacement charger only": (
        "false alarm: the capitals CI/BAHA read as a name"
    ),
    "look up MBI 1EG4-TE5-MK72 eligibility": "rightly: an MBI-shaped value after 'MBI'",
    "what did medicare allow on Mrs. Alvarez's shower chair last month": (
        "rightly: a patient named by title and surname"
    ),
    "Medi-Cal denied E1399 (powered patient transfer turntable) - 'insufficient documentation'. "
    "appeal through Noridian?": "false alarm: the words after 'patient' read as a name",
    "commercial plan policy: E1399 'notes and invoice must accompany the claim', PA over $1,000. "
    "item 740.00 power-assist pediatric bath seat": (
        "false alarm: 'item 740.00' read as a member's number"
    ),
    "our driver signed the delivery ticket 'for pt' bc pt was asleep. wife was there but didn't "
    "sign. E1399 powered over-bed transfer arm": "false alarm: the words after 'pt' read as a name",
    "Lone Star Airflow": "false alarm: a supplier's name read as a person's",
    "Rocky Mtn Power Chairs": "false alarm: a supplier's name read as a person's",
    "Medicaid OB/GYN: device kit for hysteroscopic sterilization (coil inserts into both "
    "fallopian tubes with its introducer)": "false alarm: the words after a label read as a name",
    "paraplegic pt, Scott-Craig style KAFO needs the heavy reinforced solid stirrup at the shoe": (
        "false alarm: an orthosis named for its designers read as the patient's name"
    ),
}


def test_the_guards_kept_answers_are_keyed_by_every_content_file_it_reads() -> None:
    """The kept answers (tests/flows/guard_memory.py) go stale when a file the guard reads
    changes: each content path the guard's modules name is among the files they are keyed by."""
    named = content_paths_named()
    assert {"rules/phi.yaml", "faq"} <= named
    unkeyed = [p for p in named if not any(g == p or g.startswith(p + "/") for g in GUARD_CONTENT)]
    assert not unkeyed, unkeyed
