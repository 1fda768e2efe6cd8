"""The actor resolver (store/read/resolve.py): what a reader means by the actor they type."""

from __future__ import annotations

import pytest

from faultlines.store.read.resolve import Candidate, normal, resolve


def _c(page, node, code, name, actor_id=None, n=1) -> Candidate:
    return Candidate(page, node, code, name, actor_id, n, normal(name))


HELD = [
    _c("TUR", "TUR", "TUR", "Turkey", "country:TUR", 50),
    _c("TUR", "TUR", "TUR", "Turkey army", "country:TUR", 9),
    _c("person:recep-tayyip-erdoğan", "TUR", None, "Recep Tayyip Erdoğan",
       "person:recep-tayyip-erdoğan", 12),
    _c("SYR:CVL", "SYR:CVL", "SYR", "Syria civilians", None, 4),
    _c("SYR", "SYR", "SYR", "Syria", "country:SYR", 40),
    _c("group:HAMAS", "HAMAS", "HAMAS", "Hamas", "group:HAMAS", 3),
    _c("troops", None, None, "troops", None, 2),
]


@pytest.mark.parametrize("typed, key", [
    ("TUR", "TUR"), ("tur", "TUR"), ("Turkey", "TUR"), ("TURKEY", "TUR"), ("Türkiye", "TUR"),
    ("Erdoğan", "person:recep-tayyip-erdoğan"), ("erdogan", "person:recep-tayyip-erdoğan"),
    ("recep tayyip erdogan", "person:recep-tayyip-erdoğan"),
    ("SYR:CVL", "SYR:CVL"), ("syr:cvl", "SYR:CVL"), ("hamas", "HAMAS"),
    ("Syria", "SYR"), ("troops", "troops"),
])
def test_resolve_finds_the_actor_page(typed, key):
    assert resolve(HELD, typed).key == key


def test_resolve_gives_a_person_their_state_as_node():
    found = resolve(HELD, "Erdoğan")
    assert found.node == "TUR" and found.name == "Recep Tayyip Erdoğan"


def test_resolve_prefers_the_exact_key_to_a_name():
    assert resolve(HELD + [_c("XSY", "XSY", "XSY", "SYR", None, 99)], "SYR").key == "SYR"


def test_resolve_word_of_a_name_takes_the_most_frequent():
    held = HELD + [_c("person:ali-army", "IRQ", None, "Ali Army", None, 1)]
    assert resolve(held, "army").key == "TUR"


@pytest.mark.parametrize("typed", ["", "   ", None, "Atlantis", "urk"])
def test_resolve_answers_none_where_nothing_matches(typed):
    assert resolve(HELD, typed) is None
