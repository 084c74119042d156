"""The bot's wording, loaded from content/messages.yaml and looked up by key."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, model_validator

from flows.answer_details import Details, model_named, read_details
from flows.choices import read_choice
from flows.commands import COMMAND_NAMES, CommandName, Commands
from flows.content import load_yaml_model
from flows.field_corrections import Correction, corrected_field
from flows.models import DOCUMENT_IDS, Option
from flows.parsing import InvalidAnswer

# Choices whose words only ever answer their own question ("none fit", "not sure"): typed as
# an item's description they were meant for another step.
ANSWER_WORD_GROUPS = ("code_check", "document_status", "prior_authorization_status")
MAX_SMALL_TALK_WORDS = 6  # a longer message made of these words is still read as a question
# Where one part of an answer ends and the next begins: "medicare primary, aetna secondary",
# "bcbs primary w/ medicaid as secondary", "medicare primary medicaid secondary".
_CLAUSES = re.compile(r"[,;/+()]|\b(?:and|with|w/|then|plus|but)\b|(?<=\bprimary)\s", re.I)


def _spaced_words(text: str) -> str:
    """Lower-case words and numbers between single spaces, with a space at each end, so a
    phrase is found only as whole words ("medi cal" in " medi cal ca ")."""
    return f" {' '.join(re.findall(r'[a-z0-9]+', text.lower()))} "


class MakersFile(BaseModel):
    """content/rules/intake_makers.yaml: makers' names as billers type them ("Drive Medical");
    one opening an item's description, or before a product number beside it, is the maker."""

    version: int
    maker_names: list[str]
    maker_name_endings: list[str] = []


class MessagesFile(BaseModel):
    version: int
    messages: dict[str, str]
    field_labels: dict[str, str]
    field_aliases: dict[str, str]
    options: dict[str, dict[str, str]]
    option_words: dict[str, dict[str, list[str]]] = {}
    option_fallback_words: dict[str, dict[str, list[str]]] = {}
    commands: dict[CommandName, list[str]]
    # Words that name a field at the start of its answer ("mfr is Clarke"): dropped, and the
    # value read back to the biller.
    answer_lead_ins: dict[str, list[str]] = {}
    # Conversational words before a value ("its made by EZ-Access"): dropped, like lead-ins.
    answer_openers: dict[str, list[str]] = {}
    # Words after a value that only say where it was read ("Nitro DLX RTL10266 per invoice").
    answer_closers: dict[str, list[str]] = {}
    hedge_words: list[str] = []
    command_arguments: list[CommandName] = []
    # Filler that may open a command ("wait, go back"): the command is read after it.
    command_openers: list[str] = []
    # Words of a short question about a field ("which price?", "units?"): with the field's
    # name alone, the biller asks what the open question wants.
    field_question_words: list[str] = []
    # Words plans' names carry ("Humana Gold Plus", "Aetna Choice POS II"): a plan's name
    # with none of them that reads as an item ("shower commode chair") is the item.
    plan_name_words: list[str] = []
    # Words before a plan's name given in brackets with the payer type ("(it's a Humana Gold
    # Plus plan)"): dropped, so the name alone is offered.
    plan_name_openers: list[str] = []
    # What a biller types for "nothing here" at an optional question that is not a choice
    # ("n/a" for the model): read as no answer, like skip.
    blank_answers: list[str] = []
    # Whole answers that give no value at a free-text question ("yes", "later", "same as
    # before" for the item or its manufacturer): asked again, never stored.
    non_answers: list[str] = []
    # Whole answers to "what is the plan's name?" that name no plan, by what they are instead
    # (the payer type again, a yes).
    not_plan_names: dict[str, list[str]] = {}
    # Words of chit-chat ("thanks", "ok", "lol"): a message made only of them gets a friendly
    # reply and is never recorded as a question for the team's experts.
    small_talk: list[str] = []
    # Words marking a part of a choice's answer that names something else than the answer
    # (a secondary payer beside the one billed first): that part is not read.
    other_clause_words: dict[str, list[str]] = {}
    # Payers whose usual name reads as something else ("VA", not Virginia): taken as names.
    payer_names_like_states: list[str] = []
    # Date, time and filler words: an item description made only of them ("yesterday", "last
    # tuesday") names no item, and is asked again.
    not_item_words: list[str] = []
    # Words of notes about an item, not the item ("see attached", "per order", "pt request"):
    # a description made only of them (and `not_item_words`) reaches the NOC narrative as no
    # description of the item, which is denied (N350): asked again for the item itself.
    note_words: list[str] = []
    # Words that say yes or no: a choice's answer only where they open it.
    reply_words: list[str] = []
    # Words that open a correction of an earlier answer ("i meant medicaid", "sorry the price
    # is 450"): never taken as the open question's answer.
    correction_cues: list[str] = []
    # States' Medicaid programs by their own names: the name is the plan, and names the state.
    state_programs: dict[str, str] = {}
    # Words that deny what follows ("Tufts Health Plan, not MassHealth"): a program after them
    # is not the patient's.
    not_words: list[str] = []
    # Words said of the line, not the item ("new", "rental"): a description's part made only
    # of them is left out of the description.
    line_words: list[str] = []
    # What billers call each checklist document ("lmn", "chart notes"): an answer that says it
    # has another document than the one asked about confirms nothing.
    document_names: dict[str, list[str]] = {}

    @model_validator(mode="after")
    def _names_are_of_documents(self) -> MessagesFile:
        unknown = sorted(set(self.document_names) - set(DOCUMENT_IDS))
        if unknown:
            raise ValueError(f"document_names: not a checklist document: {', '.join(unknown)}")
        return self

    @model_validator(mode="after")
    def _every_command_has_words(self) -> MessagesFile:
        given = {str(name) for name, words in self.commands.items() if words}
        missing = [name for name in COMMAND_NAMES if name not in given]
        if missing:
            raise ValueError(f"commands: no words for {', '.join(missing)}")
        return self

    @model_validator(mode="after")
    def _words_name_real_options(self) -> MessagesFile:
        for section in ("option_words", "option_fallback_words"):
            for group, by_value in getattr(self, section).items():
                for value in by_value:
                    if value not in self.options.get(group, {}):
                        raise ValueError(f"{section}.{group}.{value}: no such option")
        return self


# Optional names a biller may not know yet: "not sure, ..." opening one leaves it blank.
_LEFT_BLANK = ("manufacturer", "model", "payer_name")
MAX_BLANK_REST_WORDS = 4  # "idk - maybe the 1090" names a model; a longer rest describes
_DAY_OR_HOUR = re.compile(r"\d+(?:st|nd|rd|th|am|pm)")  # "3rd", "10am"


class Messages:
    """Looks wording up by key; a missing key is a content bug, so it raises KeyError."""

    def __init__(self, file: MessagesFile) -> None:
        self._file = file
        self.commands = Commands(file.commands, file.command_arguments, file.command_openers)
        # Compiled once: every typed answer to such a choice is read through them.
        self._other_clause_marks = {
            group: re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b", re.I)
            for group, cues in file.other_clause_words.items()
            if cues
        }
        self._not_item_words = {word.lower() for word in file.not_item_words}
        self._note_words = {word.lower() for word in file.note_words}
        # Correction cues opening an answer, then "it's" and an article: "sorry, it's a walker".
        cues = "|".join(map(re.escape, sorted(file.correction_cues, key=len, reverse=True)))
        opening = (
            rf"\s*(?:(?:{cues})\b[\s,:;.!-]*)+(?:(?:it'?s|it is|make that)\s+)?(?:(?:a|an)\s+)?"
        )
        self._correction_opening = re.compile(opening, re.I) if cues else None
        self.reply_words = frozenset(file.reply_words)  # yes and no: see content's reply_words
        # Program names and denying words as the typed text is read: words between spaces.
        self._state_programs = {
            name: (_spaced_words(name), state) for name, state in file.state_programs.items()
        }
        self._not_words = [_spaced_words(word) for word in file.not_words]
        # A plan's own words and its carriers' ("humana", "bcbs"), as single lower-case words.
        carriers = [w for words in file.option_fallback_words.get("payer_type", {}).values()
                    for w in words]  # fmt: skip
        self.plan_words = frozenset(
            word for name in [*file.plan_name_words, *carriers]
            for word in re.findall(r"[a-z0-9]+", name.lower())
        )  # fmt: skip
        self.makers: frozenset[str] = frozenset()  # known makers' names, lower case
        self.maker_endings: frozenset[str] = frozenset()  # "medical", "inc": a name goes on

    @classmethod
    def load(cls, content_dir: Path) -> Messages:
        messages = cls(load_yaml_model(content_dir / "messages.yaml", MessagesFile))
        makers = load_yaml_model(content_dir / "rules" / "intake_makers.yaml", MakersFile)
        messages.makers = frozenset(name.lower() for name in makers.maker_names)
        messages.maker_endings = frozenset(word.lower() for word in makers.maker_name_endings)
        return messages

    def has(self, key: str) -> bool:
        return key in self._file.messages

    def text(self, key: str, **fields: object) -> str:
        return self.template(key).format(**fields)

    def template(self, key: str) -> str:
        """The wording under `key` with its {fields} unfilled."""
        return self._file.messages[key]

    def label(self, field: str) -> str:
        return self._file.field_labels.get(field, field.replace("_", " "))

    @property
    def field_labels(self) -> dict[str, str]:
        return self._file.field_labels

    def field_for(self, word: str) -> str | None:
        """Maps what a biller types after `edit` to a field name."""
        word = word.strip().lower().replace(" ", "_").replace("-", "_")
        if word in self._file.field_labels:
            return word
        if f"doc_{word}" in self._file.field_labels:
            return f"doc_{word}"
        by_label = {label.lower().replace(" ", "_"): f for f, label in self.field_labels.items()}
        return self._file.field_aliases.get(word) or by_label.get(word)

    def options(self, group: str) -> list[Option]:
        words = self._file.option_words.get(group, {})
        fallback = self._file.option_fallback_words.get(group, {})
        return [
            Option(
                value=v,
                label=label,
                words=words.get(v, []),
                fallback_words=fallback.get(v, []),
                opening_words=[w for w in words.get(v, []) if w in self.reply_words],
            )
            for v, label in self._file.options[group].items()
        ]

    def corrected_field(self, text: str) -> Correction | None:
        """The earlier answer a message corrects ("i meant medicaid"), if it is one."""
        cues, makers = self._file.correction_cues, self.makers
        return corrected_field(text, cues, self.field_for, self.option_named, makers)

    def state_program(self, text: str) -> tuple[str, str] | None:
        """(the program's name, its state) when the text names a state's own Medicaid program
        ("medi-cal" -> Medi-Cal, CA)."""
        typed = _spaced_words(text)
        for name, (words, state) in self._state_programs.items():
            at = typed.find(words)
            before = " " + " ".join(typed[:at].split()[-3:]) + " "  # "not MassHealth", "not on it"
            if at >= 0 and not any(denial in before for denial in self._not_words):
                return name, state
        return None

    def option_named(self, text: str) -> tuple[str, str] | None:
        """(field, the choice's label) when the whole text is one of a field's choices
        ("medicaid"); a yes or a no names no field ("sorry, no" answers the open question)."""
        typed = " ".join(text.lower().split()).strip(" .!")
        if typed in self.reply_words:
            return None
        for group in (g for g in self._file.options if g in self._file.field_labels):
            for option in self.options(group):
                if typed in {option.value, option.label.lower(), *option.words}:
                    return group, option.label
        return None

    def lead_ins(self, field: str) -> list[str]:
        return self._file.answer_lead_ins.get(field, [])

    def openers(self, field: str) -> list[str]:
        return self._file.answer_openers.get(field, [])

    @property
    def hedges(self) -> list[str]:
        return self._file.hedge_words

    def details(self, text: str) -> Details:
        """The item's words and the details typed beside them (a maker, model, price, count)."""
        plain = {word.lower() for word in self._file.line_words}
        said = self.after_correction_cue(text)
        return read_details(said, self.hedges, plain, self.makers, self.maker_endings)

    @property
    def correction_cues(self) -> tuple[str, ...]:
        return tuple(self._file.correction_cues)

    def means(self, text: str, group: str, value: str) -> bool:
        """Whether the whole of `text` is one of the ways to say option `value` of `group`."""
        typed = " ".join(text.lower().split()).strip(" .!")
        option = next((o for o in self.options(group) if o.value == value), None)
        return option is not None and typed in {value, option.label.lower(), *option.words}

    def reads_as(self, text: str, group: str) -> str | None:
        """The option of `group` the text names by its label or words, or None. Not by number:
        typed digits answer the open question (a quantity of 2), they never pick these."""
        if text.strip().isdigit():
            return None
        try:
            return read_choice(text, self.options(group))[0]
        except InvalidAnswer:
            return None

    def is_other_answer(self, text: str) -> bool:
        """Whether the whole text is a choice's label ("None of these fit", "New purchase",
        "Not sure") or a word of the code check or document choices: an answer to another
        question, never an item's description."""
        typed = " ".join(text.lower().replace("'", "").split()).strip(" .!")
        phrases = {
            phrase
            for labels in self._file.options.values()
            for label in labels.values()
            if "{" not in label
            for phrase in (label.lower(), label.split(" (")[0].lower())
        }
        for group in ANSWER_WORD_GROUPS:
            phrases.update(w for words in self._file.option_words.get(group, {}).values()
                           for w in words)  # fmt: skip
        return typed in phrases

    def why_no_item(self, text: str) -> str | None:
        """Why an item description names no item, as the key of what to say: only a note
        ("see attached", "as ordered": `note_words`) or only a date or time ("yesterday", "12/1
        last week": `not_item_words`); None when it names one. Numbers alone are left to the
        length check."""
        said = self.after_correction_cue(text).lower().replace("'", "")  # "sorry, see attached"
        words = [w for w in re.findall(r"[a-z0-9]+", said) if not w.isdigit()]
        dated = [w for w in words if w in self._not_item_words or _DAY_OR_HOUR.fullmatch(w)]
        # "a8002" is a code: not a word of the lists
        if not words or any(w not in self._note_words and w not in dated for w in words):
            return None
        noted = any(w in self._note_words for w in words)  # "tbd" is a note, not a date
        return "invalid_description_note" if noted else "invalid_description_no_item"

    def why_not_answered(self, step_name: str, text: str) -> str | None:
        """Why a typed answer is asked again before it is read: an item description naming no
        item ("tbd"), or "have" said of another document than the one asked about ("we have the
        LMN" at the medical records: an LMN is not part of the medical record)."""
        if step_name == "item_description":
            return self.why_no_item(text)
        asked = step_name.removeprefix("doc_")
        if asked == step_name or asked not in self._file.document_names:
            return None
        plain = re.findall(r"[a-z0-9]+", text.lower().replace("'", ""))  # "dr's" -> "drs"
        words = f" {' '.join(plain)} "
        named = {
            document
            for document, names in self._file.document_names.items()
            if any(f" {name} " in words for name in names)
        }
        if not named or asked in named:
            return None
        group = f"{asked}_status" if self.has_options(f"{asked}_status") else "document_status"
        return "invalid_document_other" if self.reads_as(text, group) == "have" else None

    def after_correction_cue(self, text: str) -> str:
        """The answer without the correction words opening it ("actually a knee walker", "sorry,
        knee walker w basket"): the answer is the rest (the whole text when nothing is left)."""
        found = self._correction_opening.match(text) if self._correction_opening else None
        rest = text[found.end() :] if found else text
        return rest if re.search(r"[a-z0-9]", rest, re.I) else text

    def answer_part(self, group: str, text: str) -> str:
        """What an answer says for its field: after a correction cue ("sorry, 450"), without
        a conversational opener ("its made by EZ-Access") and other fields' clauses."""
        said = self.after_correction_cue(text)
        if group in _LEFT_BLANK:  # "not sure, it's the pendant for their bed": no model
            said = self._unless_blank(group, said)
        if group == "item_description":  # its maker, model and price are offered apart
            said = self.details(said).item or said
        if group == "model":  # "Nitro DLX, model# RTL10266": the name and the number
            said = model_named(said, self._file.answer_closers.get(group, []))
        for opener in sorted(self.openers(group), key=len, reverse=True):
            if match := re.fullmatch(
                rf"\s*{re.escape(opener)}(?:\s*[,:;-]\s*|\s+)(\S.*)", said, re.I | re.S
            ):
                said = match.group(1)
                break
        return self.without_other_clauses(group, said)

    def unsure_name(self, group: str, text: str) -> bool:
        """Whether a name is kept from an answer that opens unsure ("not sure, maybe Drive
        Medical"): said back as unconfirmed."""
        kept = self._unless_blank(group, text) if group in _LEFT_BLANK else text
        return kept != text and not self.is_blank(kept)

    def _unless_blank(self, group: str, text: str) -> str:
        """ "not sure" for a name that opens with it and goes on to describe, not name ("not
        sure, it's the pendant for their G-series bed"); the rest when it is a short name with
        a number in it ("idk - maybe the 1090") or a hedged name ("not sure, maybe Drive
        Medical"); else the text as typed."""
        blanks = sorted(self._file.blank_answers, key=len, reverse=True)
        words = "|".join(re.escape(b) for b in blanks if re.search(r"[a-z]", b, re.I))
        found = re.match(rf"\s*({words})\s*[,;:.!\u2013\u2014-]+\s*(\S.*)", text, re.I | re.S)
        if not words or found is None:
            return text
        rest = self.without_hedges_and_openers(group, found.group(2))
        hedged = re.match(rf"(?:{'|'.join(map(re.escape, self.hedges))})\b", found.group(2), re.I)
        # "not sure, maybe Drive Medical": a hedged name in capitals is still the name given
        proper = hedged and all(word[:1].isupper() for word in rest.split())
        named = len(rest.split()) <= MAX_BLANK_REST_WORDS and (re.search(r"\d", rest) or proper)
        return rest if named else found.group(1)

    def without_hedges_and_openers(self, group: str, text: str) -> str:
        """A name without the hedge or conversational words opening it ("maybe the 1090")."""
        openers = sorted([*self.openers(group), *self.hedges, "the"], key=len, reverse=True)
        pattern = "|".join(re.escape(o) for o in openers)
        return re.sub(rf"^(?:(?:{pattern})\b[\s,]*)+", "", text.strip(), flags=re.I) or text

    def without_other_clauses(self, group: str, text: str) -> str:
        """The answer without its parts that name something else (`other_clause_words`);
        the whole answer when every part does."""
        marks = self._other_clause_marks.get(group)
        if marks is None:
            return text
        parts = [part for part in _CLAUSES.split(text) if part.strip()]
        kept = [part for part in parts if not marks.search(part)]
        return " ".join(kept) if kept and len(kept) < len(parts) else text

    def is_blank(self, text: str) -> bool:
        """Whether the text says "nothing here" ("n/a", "none") rather than giving a value."""
        typed = " ".join(text.lower().split()).strip(" .!")
        return typed in {word.lower() for word in self._file.blank_answers}

    def is_small_talk(self, text: str) -> bool:
        """Whether a message is chit-chat, not a question: only small-talk words ("ok thanks",
        "hi there", "lol") or only punctuation ("?", "!!")."""
        words = re.findall(r"[a-z0-9]+", text.lower().replace("'", ""))
        known = {word.lower() for word in self._file.small_talk}
        return len(words) <= MAX_SMALL_TALK_WORDS and all(word in known for word in words)

    @property
    def plan_name_openers(self) -> list[str]:
        return self._file.plan_name_openers

    @property
    def field_question_words(self) -> list[str]:
        return self._file.field_question_words

    @property
    def non_answers(self) -> list[str]:
        return self._file.non_answers

    @property
    def not_plan_names(self) -> dict[str, list[str]]:
        return self._file.not_plan_names

    @property
    def payer_names_like_states(self) -> list[str]:
        return self._file.payer_names_like_states

    @property
    def option_groups(self) -> list[str]:
        return list(self._file.options)

    def has_options(self, group: str) -> bool:
        return group in self._file.options

    def option_label(self, group: str, value: str) -> str:
        return self._file.options.get(group, {}).get(value, value)
