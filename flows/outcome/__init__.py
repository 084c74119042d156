"""The intake's payoff: documents checklist, claim narrative, modifiers, deadlines, next steps.

- `rulebook`: the billing rule files (content/rules/) and their schemas;
- `facts`: a claim read into the flat facts those rules test;
- `evaluate`: the rules applied to one claim, as data;
- `render`: every sentence of the outcome (JSON, chat, Markdown, "what changed");
- `builder`: the one object the engine and the CLI use.
"""

from flows.outcome.builder import OutcomeBuilder
from flows.outcome.model import Outcome
from flows.outcome.narrative import NARRATIVE_LIMIT, build_narrative

__all__ = ["NARRATIVE_LIMIT", "Outcome", "OutcomeBuilder", "build_narrative"]
