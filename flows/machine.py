"""The intake's conversation graph as data, and the one `transitions` machine built from it."""

from __future__ import annotations

import functools
import logging
import threading
from typing import Any

from transitions import Machine

from flows.intake import FINISHED_STATES, INTAKE_STATES, STATES, STEP_BY_NAME, STEPS, Step


def _forward_chain(trigger: str, sources: list[Step]) -> list[dict[str, Any]]:
    """From each step, try the following steps in order; the first that applies wins.

    The chain stops at the first step asked unconditionally, so the definition stays small.
    """
    transitions = []
    for step in sources:
        index = STEPS.index(step)
        for later in STEPS[index + 1 :]:
            transitions.append(
                {
                    "trigger": trigger,
                    "source": step.state,
                    "dest": later.state,
                    "conditions": "applies",
                    "prepare": f"record_{trigger}",
                }
            )
            if later.when is None:
                break
        else:
            transitions.append(
                {
                    "trigger": trigger,
                    "source": step.state,
                    "dest": "reviewing",
                    "prepare": f"record_{trigger}",
                }
            )
    return transitions


def _backward_chain() -> list[dict[str, Any]]:
    """From each step (and from the review), back to the nearest earlier step that applies."""
    sources = [(step.state, STEPS[:index]) for index, step in enumerate(STEPS)]
    sources.append(("reviewing", STEPS))
    transitions = []
    for source, earlier_steps in sources:
        for earlier in reversed(earlier_steps):
            transitions.append(
                {
                    "trigger": "went_back",
                    "source": source,
                    "dest": earlier.state,
                    "conditions": "applies",
                }
            )
            if earlier.when is None:
                break
    return transitions


def build_transitions() -> list[dict[str, Any]]:
    """The whole conversation graph, declared as data."""
    editable = [*INTAKE_STATES, "reviewing", "advised_specific_code", "done"]
    return [
        {
            "trigger": "started",
            "source": list(FINISHED_STATES),
            "dest": STEPS[0].state,
            "before": "clear_answers",
        },
        *_forward_chain("answered", list(STEPS)),
        *_forward_chain("skipped", [s for s in STEPS if s.optional]),
        *_backward_chain(),
        {
            "trigger": "chose_specific_code",
            "source": "asking_code_check",
            "dest": "advised_specific_code",
            "prepare": "record_answered",
        },
        {"trigger": "went_back", "source": "advised_specific_code", "dest": "asking_code_check"},
        # Going on with the specific code: the checklist, modifiers and deadlines for it.
        {
            "trigger": "continued",
            "source": "advised_specific_code",
            "dest": STEPS[STEPS.index(STEP_BY_NAME["code_check"]) + 1].state,
        },
        *(
            {
                "trigger": "edit_requested",
                "source": editable,
                "dest": state,
                "conditions": "is_edit_target",
            }
            for state in INTAKE_STATES
        ),
        {
            "trigger": "revised",
            "source": INTAKE_STATES,
            "dest": "reviewing",
            "prepare": "record_answered",
        },
        {"trigger": "confirmed", "source": "reviewing", "dest": "done"},
        {"trigger": "cancelled", "source": editable, "dest": "idle", "before": "clear_answers"},
        {
            "trigger": "restarted",
            "source": editable,
            "dest": STEPS[0].state,
            "before": "clear_answers",
        },
    ]


class _Machine(Machine):
    """A `transitions` machine that attaches a model without visiting the states it declares
    nothing for: with model_override, attaching binds a state's is_<state> helper or its
    on_enter_/on_exit_ method only where the model's class declares one, and the intake's class
    declares none, so each turn skips a pass over every state (four fifths of attaching)."""

    _declared: dict[tuple[type, str], bool] = {}

    def _add_model_to_state(self, state: Any, model: Any) -> None:
        key = (type(model), state.name)
        if key not in self._declared:
            names = ("is", *self.state_cls.dynamic_methods)
            self._declared[key] = any(hasattr(model, f"{name}_{state.name}") for name in names)
        if self._declared[key]:
            super()._add_model_to_state(state, model)


def build_machine() -> Machine:
    """The one machine definition every conversation shares (models are added per turn)."""
    # With model_override the machine skips its is_<state>/may_<trigger> helpers and says so
    # at WARNING level for each; they are not used, so that notice is noise.
    logging.getLogger("transitions.core").setLevel(logging.ERROR)
    return _Machine(
        model=None,
        states=STATES,
        transitions=build_transitions(),
        initial="idle",
        auto_transitions=False,
        send_event=True,
        ignore_invalid_triggers=False,
        model_override=True,
    )


@functools.cache
def shared_machine() -> tuple[Machine, threading.Lock]:
    """The process's one machine, and the lock a turn holds while its model is attached: every
    engine in the process shares both (a machine takes about 10 ms of CPU to build)."""
    return build_machine(), threading.Lock()
