"""What the bot answers beside the intake's questions: a question, a code search, the PHI notice.

None of these moves an intake; the step handlers call them and then ask the open question again.
"""

from __future__ import annotations

from collections.abc import Mapping

from flows.code_questions import item_in_question
from flows.codes import NocAdvice
from flows.formats import clipped
from flows.intake import CodeChoice
from flows.models import ItemCategory, Reply
from flows.phi import PhiFindings, describe
from flows.ports import CodeSearch, Knowledge
from flows.prompts import Prompts
from flows.questions import declined_without_asking

MAX_MESSAGE_CHARS = 2000
CANDIDATE_LIMIT = 5


class Asides:
    """Answers questions and code searches, with or without an intake under way."""

    def __init__(
        self, *, prompts: Prompts, knowledge: Knowledge, code_search: CodeSearch | None
    ) -> None:
        self.prompts, self.knowledge, self.code_search = prompts, knowledge, code_search

    def answer_question(
        self, question: str, context: Mapping[str, str | None] | None = None
    ) -> list[Reply]:
        """A question outside the intake's steps: code search for items, else the knowledge base
        (weighing the claim so far, when asked during an intake)."""
        if not question:
            return [self.prompts.say("empty_question")]
        if len(question) > MAX_MESSAGE_CHARS:
            return [self.prompts.say("question_too_long", kind="error", limit=MAX_MESSAGE_CHARS)]
        if self.prompts.messages.is_small_talk(question):  # never a question for the experts
            return [self.prompts.say("small_talk_reply")]
        item = item_in_question(question)
        if item and self.code_search is not None:
            return self.code_reply(item)
        return self.knowledge.reply_to(question, context)

    def answer_at_step(
        self, question: str, context: Mapping[str, str | None], asked: list[Reply]
    ) -> list[Reply]:
        """Text typed where the intake waits for a pick (*continue*, *export*): answered when
        it asks something; declined and asking nothing ("2 ea"), it is said to be neither a
        choice nor a question, naming the choices `asked` offers (the step's prompt follows),
        and never reaches the experts."""
        answer = self.answer_question(question, context)
        if not declined_without_asking(question, answer):
            return answer
        labels = [f"*{option.label}*" for reply in asked for option in reply.options]
        if not labels:  # a step with no options: its prompt says what it takes
            return [self.prompts.say("not_a_choice_or_question", typed=clipped(question, 40))]
        choices = ", ".join(labels[:-1]) + f" or {labels[-1]}" if len(labels) > 1 else labels[0]
        said = self.prompts.say("not_a_choice_or_question_options", typed=clipped(question, 40),
                                choices=choices)  # fmt: skip
        return [said]

    def codes_command(self, item: str) -> list[Reply]:
        """`codes ITEM` (the chat, /e1399 codes): the item searched by its first 200 characters;
        one longer than a message may be is not searched (nor echoed), and the user is told."""
        if len(item) > MAX_MESSAGE_CHARS:
            return [
                self.prompts.say(
                    "codes_description_too_long",
                    kind="error",
                    limit=MAX_MESSAGE_CHARS,
                )
            ]
        return self.code_reply(item[:200])

    def code_reply(self, item: str) -> list[Reply]:
        """Specific codes that may fit an item, and the NOC code if none does."""
        assert self.code_search is not None
        found = self.search(item)
        noc = self.code_search.noc_for(item, noc_only=True)  # "if none of these fits"
        return [self.prompts.code_search(item, found, noc)]

    def search(self, description: str) -> list[CodeChoice]:
        """Specific codes for an item, each with its Medicare coverage note."""
        assert self.code_search is not None
        return [
            CodeChoice(**c.model_dump(), coverage_label=self.code_search.coverage_label(c.code))
            for c in self.code_search.search(description, limit=CANDIDATE_LIMIT)
        ]

    def noc_for(self, description: str, category: ItemCategory | None) -> NocAdvice:
        """The NOC code that fits an item and its category."""
        assert self.code_search is not None
        return self.code_search.noc_for(description, category)

    def likely_code_notes(self, description: str, offered: list[CodeChoice]) -> list[Reply]:
        """After "none of these fit": a code offered that the description plainly reads as is
        worth going back for (a NOC line is denied when a valid code exists), so say it now."""
        likely = self.code_search.likely_specific(description) if self.code_search else None
        if likely is None or likely.code not in {c.code for c in offered}:
            return []
        return [self.prompts.say("code_check_none_but_likely", code=likely.code,
                                 description=likely.description)]  # fmt: skip

    def not_listed_twice(self, replies: list[Reply], listed: list[CodeChoice]) -> list[Reply]:
        """A code search that found only codes the code check offers below says so in one line,
        rather than listing the same codes twice."""
        offered = {c.code for c in listed}
        kept = []
        for reply in replies:
            found = {c["code"] for c in (reply.payload or {}).get("candidates", [])}
            if offered and found and found <= offered:
                item = (reply.payload or {}).get("query", "")
                reply = self.prompts.say("code_check_same_codes", kind="answer", item=item)
            kept.append(reply)
        return kept

    def phi_warning(self, findings: PhiFindings) -> Reply:
        """The private "use an internal reference" notice; what was typed is not kept."""
        text = self.prompts.text("phi_warning", found=describe(findings, self.prompts.messages))
        return Reply(kind="warning", private=True, text=text)
