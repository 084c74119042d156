"""The item description the code search reads: the biller's words without a patient's
identifiers, so a name or a number in the text never steers which code is billed."""

from __future__ import annotations

from flows.phi import scan

MAX_ROUNDS = 4  # identifiers of this many kinds at most are taken out; more, and none is read
MAX_RUN = 4  # words one identifier may span ("DOB 3 / 4 / 1941" typed loose is rarer)


def searchable_description(text: str) -> str | None:
    """`text` when it carries no identifier; else the text without the words that make it one
    (each word or run of words whose removal leaves fewer identifier kinds: "Mrs." and "Smith"
    in "Bench for Mrs. Smith"), or None when they cannot be told apart from the item's words.
    The PHI guard still warns about the description itself; this only keeps the search blind."""
    words = text.split()
    for _ in range(MAX_ROUNDS):
        found = set(scan(" ".join(words)).kinds)
        if not found:
            return " ".join(words)
        dropped = _identifier_words(words, found)
        if not dropped:
            return None
        words = [word for index, word in enumerate(words) if index not in dropped]
    return None if scan(" ".join(words)) else " ".join(words)


def _identifier_words(words: list[str], found: set[str]) -> set[int]:
    """Positions of the shortest runs of words whose removal takes an identifier kind away:
    every such run of that length, so a title and a surname ("Mrs." "Smith") both go."""
    for length in range(1, MAX_RUN + 1):
        dropped: set[int] = set()
        for start in range(len(words) - length + 1):
            left = words[:start] + words[start + length :]
            if set(scan(" ".join(left)).kinds) < found:
                dropped |= set(range(start, start + length))
        if dropped:
            return dropped
    return set()
