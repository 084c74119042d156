"""Every sentence the flows use exists in content, and the committed diagram matches the machine."""

from __future__ import annotations

import re
from pathlib import Path

from flows.content import default_content_dir
from flows.diagram import mermaid
from flows.intake import STEPS
from flows.messages import Messages
from flows.phi import KINDS
from tests.conftest import REPO

MESSAGES = Messages.load(default_content_dir())


def _keys_used_in_code() -> set[str]:
    used: set[str] = set()
    for path in [*(REPO / "flows").rglob("*.py"), *(REPO / "bot").rglob("*.py")]:
        source = path.read_text()
        used |= set(re.findall(r"""(?:\.text|\._t|\.say|\bt)\(\s*["']([a-z_]+)["']""", source))
        used |= set(re.findall(r"""["']messages\.([a-z_]+)["']""", source)) - {"yaml"}
    # Keys built from data: one per checklist status, deadline kind and payer type.
    used |= {f"status_{s}" for s in ("have", "missing", "unknown", "not_needed")}
    used |= {f"deadline_{d}" for d in ("timely_filing", "redetermination", "reconsideration",
                                        "reopening")}  # fmt: skip
    used |= {f"phi_kind_{kind}" for kind in KINDS}  # the PHI warning names what it found
    used |= {"narrative_why_have", "narrative_why_missing"}  # outcome notes chosen at run time
    used |= {"home_where_thread", "channel_not_allowed", "user_not_allowed"}  # chosen at run time
    return used


def test_every_message_key_the_code_uses_exists() -> None:
    used = _keys_used_in_code()
    assert len(used) > 80  # the scan finds the code's keys (it would pass vacuously otherwise)
    assert sorted(key for key in used if not MESSAGES.has(key)) == []


def test_every_step_has_a_question_a_label_and_its_options() -> None:
    for step in STEPS:
        assert MESSAGES.has(f"ask_{step.name}"), step.name
        assert step.name in MESSAGES.field_labels, step.name
        if step.kind == "choice" and not step.name.startswith("doc_"):
            assert [o.value for o in MESSAGES.options(step.name)] == list(step.options)


def test_every_invalid_reason_raised_has_wording() -> None:
    source = (REPO / "flows" / "parsing.py").read_text()
    reasons = set(re.findall(r'InvalidAnswer\("([a-z_]+)"', source))
    assert reasons and all(MESSAGES.has(reason) for reason in reasons)


def test_committed_diagram_matches_the_machine() -> None:
    assert (REPO / "docs" / "intake.mmd").read_text() == mermaid(), "run `make diagram`"


def test_flows_never_import_slack() -> None:
    offenders = [p.name for p in Path(REPO / "flows").rglob("*.py")
                 if re.search(r"^\s*(from|import)\s+slack", p.read_text(), re.M)]  # fmt: skip
    assert offenders == []
