"""A person's name whose given name no list holds, read where a name is expected: after "for",
"re", "dear" or a subject line's label, or with a middle initial ending a phrase ("walker for
Tomasz Kowalczyk", "complaint line: Musu D. Tarpeh, phone ...")."""

from __future__ import annotations

from flows.phi_name_forms import plainly_english
from flows.phi_name_lists import NameRules
from flows.phi_name_words import bare_word, case_of, surname_shaped

BEFORE_UNLISTED = ("for", "to", "re", "regarding", "about", "dear")


def _undictionary(rules: NameRules, words: tuple[str, str]) -> bool:
    """Neither word in the dictionary unless a census name, nor a business's, a place's or a
    brand's: "Musu", "Tarpeh"; not "Exhibit A. Invoice" or "Fargo N. Dakota"."""
    others = rules.businesses | rules.company_words | rules.place_names | rules.place_words
    for word in words:
        bare = bare_word(word)
        if bare in others or bare in rules.brands or len(bare) < 3:
            return False
        if bare in rules.english and bare not in rules.census:
            return False
    return True


def is_unlisted_name(
    rules: NameRules,
    before: str,
    pair: tuple[str, str],
    placed: tuple[bool, bool],
    initialled: bool = False,
) -> bool:
    """A first name missing from the lists, after "for", "to", "re", "regarding", "about" or a
    letter's "dear", when the last name is a census surname and neither is one of the bot's
    words ("walker for Tomasz Kowalczyk", "Dear Maynor Buller,"); after a subject line's "Re:"
    or "For:" (`labelled`), or ending a phrase ("for Archibald Pennywhistle, need the ..."), any
    last name. With a middle initial (`initialled`), capitalised words in no dictionary after any
    word, labelled or ending a phrase ("line: Musu D. Tarpeh, phone ...")."""
    (first, last), (labelled, ends_phrase) = pair, placed
    if case_of(first) != case_of(last):
        return False
    if before not in BEFORE_UNLISTED and not (
        initialled and case_of(first) == "title" and _undictionary(rules, (first, last))
    ):
        return False
    bare_first, bare_last = bare_word(first), bare_word(last)
    words = (bare_first, bare_last)
    if case_of(first) != "title":
        if before == "to" or bare_last in rules.body_parts | rules.item_nouns:
            # "to straighten hammer toes": a verb follows "to"; "for arthritic hands", "for
            # bidet seats": a body part or an item, though Hands and Seats are census surnames
            return False
        if first.islower() and plainly_english(rules, first):
            return False  # an adverb or a participle: "for legally blind", "for visually impaired"
        # two dictionary words, neither a given name: "for her husband", "for paraplegic client"
        if all(w in rules.english and w not in rules.every_first_name for w in words):
            return False
        # In one case throughout, a census surname; or, ending a phrase, a census first name or
        # a surname's ending ("quote for mateusz wrzesniewski"), not "for slide transfers,".
        labelled = ends_phrase and (
            bare_first in rules.every_first_name or bare_last.endswith(rules.surname_endings)
        )
    else:  # ending a phrase: a given name, or a surname's shape ("for Quantum Edge," is a model)
        given = bare_first in rules.every_first_name or bare_first in rules.common_surnames
        shaped = initialled or surname_shaped(last, rules)
        labelled = labelled or (ends_phrase and (given or shaped))
    if any(w in rules.ordinary or w in rules.not_names or w in rules.clinicians for w in words):
        return False
    return (bare_last in rules.surnames or labelled) and len(bare_first) > 2
