"""The benchmark texts the PHI guard tests scan are the strings YAML reads from each set: what a
biller typed, never the set writers' notes or the numbers and dates beside it."""

from __future__ import annotations

from pathlib import Path

from tests.flows.phi_billing_texts import yaml_texts

A_SET = """\
version: 1
cases:
  - question: how long do I keep the delivery ticket for a rental
    why: the writer's note on the answer, not a biller's words
    expected: {entry_id: records-retention, allowed_amount: 125.50}
    date_of_service: 2026-03-02
    follow_up_exclude: &checked
      - a second wheelchair cushion in the same month
      - gap: a note inside a list is left out too
  - question: "123456789012"
    item: '2026-03-02 is a date typed as text, so it is read'
    notes_free: yes
    follow_up_exclude: *checked
  - question: how long do I keep the delivery ticket for a rental
"""


def test_a_sets_questions_are_read_without_its_notes_numbers_or_repeats(tmp_path: Path) -> None:
    """Billers' words are scanned once each, in the order written; what the writers noted
    (why, gap, topic) and what YAML reads as a number, a date or a flag are not texts."""
    path = tmp_path / "set.yaml"
    path.write_text(A_SET, encoding="utf-8")
    assert yaml_texts([path]) == (
        "how long do I keep the delivery ticket for a rental",
        "records-retention",
        "a second wheelchair cushion in the same month",
        "123456789012",
        "2026-03-02 is a date typed as text, so it is read",
    )
