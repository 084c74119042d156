"""The shapes held-out 10's first run missed, typed into an intake on a SQLite database: each
is refused with a private warning that does not repeat it, and none of it reaches the files."""

from __future__ import annotations

import re

from flows.engine import Engine
from flows.phi import normalise
from tests.bot.test_phi_paths import files_of
from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until

NEW_SHAPES = [
    "MBI ends in VR21, she read it off the card",
    "pt email is t.okafor at outlook dot com",
    "VM says she's at nine oh four Juniper Court",
    "HCR 32 Box 14, Alamo NM",
    "Pettigrew still hasn't signed the POD",
    "any news on Brzezinski?",
    "Rev. Thaddeus Okonkwo is the patient, not the caller",
    "Thaddeus Brzezinski's wife is the POA",
]


def test_the_new_shapes_typed_into_an_intake_are_refused_and_never_stored(
    engine: Engine, database_url: str
) -> None:
    """What a biller would see: each is refused with a private warning that does not repeat it,
    and none of it reaches the database files."""
    chat = Chat(engine, key="test:new-shapes")
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at="item_description")
    for text in NEW_SHAPES:
        reply = chat.say(text)[0]
        assert reply.kind == "warning" and reply.private, text
        assert text not in reply.text and normalise(text) not in reply.text
    assert chat.answers["item_description"] is None
    stored = files_of(database_url)
    assert b"test:new-shapes" in stored  # the conversation itself is in the files searched
    for text in NEW_SHAPES:
        for word in re.findall(r"[A-Z][a-z]{4,}|[A-Z]{2}\d{2}|\w+ at \w+ dot", text):
            assert word.encode() not in stored, (word, text)
