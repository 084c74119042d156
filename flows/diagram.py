"""Draws the intake machine as a Mermaid state diagram, straight from its definition."""

from __future__ import annotations

from flows.intake import STEP_BY_STATE
from flows.machine import build_transitions

# Triggers available from (almost) every state would bury the flow; the README lists them.
_EVERYWHERE = {"edit_requested", "cancelled", "restarted", "revised", "went_back", "skipped"}


def mermaid() -> str:
    """Returns the diagram text; `make diagram` writes it to docs/intake.mmd."""
    lines = ["stateDiagram-v2", "    [*] --> idle"]
    seen: set[tuple[str, str, str]] = set()
    for transition in build_transitions():
        if transition["trigger"] in _EVERYWHERE:
            continue
        sources = transition["source"]
        for source in sources if isinstance(sources, list) else [sources]:
            dest = transition["dest"]
            label = transition["trigger"]
            step = STEP_BY_STATE.get(dest)
            if transition.get("conditions") and step is not None and step.when:
                label += f" [{step.when}]"
            if (source, dest, label) not in seen:
                seen.add((source, dest, label))
                lines.append(f"    {source} --> {dest}: {label}")
    lines.append("    done --> [*]")
    lines.append("    note right of idle")
    lines.append("        From every intake state: edit_requested, cancelled, restarted;")
    lines.append("        went_back to the previous step that applies; skipped (optional")
    lines.append("        steps) moves on like answered; after an edit, revised goes to reviewing.")
    lines.append("    end note")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(mermaid(), end="")
