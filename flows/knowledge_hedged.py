"""A close call's answer: the best entry offered as "I think you mean ...", the runner-up's
short answer after it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flows.knowledge import AskResult, Entry
    from flows.messages import Messages


def hedge(result: AskResult, rival: Entry | None, messages: Messages) -> AskResult:
    """The answer offered as "I think you mean ...", the rival's short answer after the best
    one's: when the best entry answers another question than the one asked (about one close
    call in eight on the question sets, the runner-up then right about half the time), the
    right answer is still in the reply."""
    result.tentative = True
    if rival is None or rival.id == result.entry_id:
        result.text = "\n\n".join(
            [messages.text("answer_tentative", title=result.title), result.text]
        )
        return result
    result.runner_up = rival.id
    result.text = "\n\n".join(
        [
            messages.text("answer_tentative_pair", title=result.title),
            result.text,
            messages.text("answer_runner_up", title=rival.title),
            rival.short.strip(),
        ]
    )
    result.sources += [str(s) for s in rival.sources if str(s) not in result.sources]
    return result
