"""The mention view: one reading of the actors stage's mentions for every later stage."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from faultlines import pipeline
from faultlines.ingest.draft import Draft
from faultlines.nlp import extensions, mentions

RUSSIA = {"text": "Russia", "name": "Russia", "code": "RUS", "country": "RUS", "sector": "GOV",
          "kind": "state", "role": None, "id": "country:RUS"}


def mention(doc: Doc, start: int, end: int, actor: dict | None, label: str = "GPE") -> dict:
    span = doc[start:end]
    return {"start": start, "end": end, "start_char": span.start_char, "end_char": span.end_char,
            "text": span.text, "label": label, "via": "name", "head": span.root.i,
            "actor": dict(actor, text=span.text) if actor else None}


@pytest.fixture
def doc() -> Doc:
    extensions.register()
    words = "the Foreign Ministry of Russia said it would respond".split()
    made = Doc(Vocab(), words=words)
    extensions.ensure_lists(made)
    return made


def test_nlp_mentions_lookups_name_what_they_return(nlp):
    text = "Russian peacekeeping troops left the town."
    doc = nlp(pipeline.make_doc(nlp, Draft(text=text, origin="<test>", published="2023-09-19")))
    found = mentions.view(doc)
    assert found.mention_at(1)["text"] == "Russian peacekeeping troops"
    assert found.mention_at(doc[1])["head"] == 2  # "troops", the phrase's syntactic head
    assert found.resolved_at(doc[2]) is found.mention_at(2)
    assert found.actor_at(doc[2])["sector"] == "MIL"
    assert found.mention_at(4) is None and found.actor_at(doc[4]) is None


def test_nlp_mentions_a_token_belongs_to_the_shortest_mention_covering_it(doc):
    ministry = mention(doc, 0, 5, dict(RUSSIA, name="Russia foreign ministry"), "ORG")
    mentions.write(doc, [ministry, mention(doc, 4, 5, RUSSIA)])
    found = mentions.view(doc)
    assert found.mention_at(4)["text"] == "Russia"
    assert found.mention_at(1) is ministry
    assert [m["text"] for m in found.mentions_in(0, 5)] == ["the Foreign Ministry of Russia",
                                                             "Russia"]


def test_nlp_mentions_unresolved_mention_names_no_actor(doc):
    mentions.write(doc, [mention(doc, 6, 7, None, "PRON")])
    found = mentions.view(doc)
    assert found.mention_at(6) is not None and found.resolved_at(6) is None
    assert found.before(len(doc.text)) == []


def test_nlp_mentions_a_list_set_by_hand_is_never_read_with_the_old_table(doc):
    mentions.write(doc, [mention(doc, 4, 5, RUSSIA)])
    assert mentions.view(doc).actor_at(4)["code"] == "RUS"
    doc._.mentions = [mention(doc, 6, 7, RUSSIA, "PRON")]
    assert mentions.view(doc).mention_at(4) is None
    assert mentions.view(doc).actor_at(6)["code"] == "RUS"


def test_nlp_mentions_coreference_links_a_pronoun_to_its_antecedent(doc):
    russia, it = mention(doc, 4, 5, RUSSIA), mention(doc, 6, 7, None, "PRON")
    mentions.write(doc, [russia, it])
    mentions.link(doc, it, russia)
    found = mentions.view(doc)
    assert found.actor_at(6)["code"] == "RUS" and found.actor_at(6)["text"] == "it"
    assert found.antecedent_of(found.mention_at(6)) is russia
    assert found.mention_at(6)["via"] == "coreference"
