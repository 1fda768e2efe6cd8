"""The coreference stage in the pipeline: what every later stage reads at a pronoun or a
description, on team-written sentences (some must link nothing)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from faultlines import pipeline
from faultlines.coref import owned as owning
from faultlines.ingest.draft import Draft
from faultlines.nlp import mentions


def coded(nlp, text: str) -> Doc:
    doc = nlp(pipeline.make_doc(nlp, Draft(text=text, origin="<test>", published="2024-05-01")))
    assert not doc._.errors
    return doc


def at(doc: Doc, words: str, nth: int = 0) -> dict | None:
    """The actor the mention view gives at the nth token spelled `words` (the last word of
    a phrase: its head)."""
    last = words.split()[-1]
    tokens = [t.i for t in doc if t.text == last
              and doc[t.i - len(words.split()) + 1:t.i + 1].text == words]
    return mentions.view(doc).actor_at(tokens[nth])


def test_coref_stage_runs_after_actors_and_before_places(nlp) -> None:
    names = nlp.pipe_names
    assert names.index("faultlines_actors") < names.index("faultlines_coref") \
        < names.index("faultlines_places")


def test_coref_stage_writes_a_pronoun_as_a_mention_of_its_own(nlp) -> None:
    doc = coded(nlp, "Nikol Pashinyan met the envoys on Monday. He said the talks would go on.")
    he = mentions.view(doc).mention_at(next(t.i for t in doc if t.text == "He"))
    assert he["label"] == "PRON" and he["via"] == "coreference"
    assert he["actor"]["name"] == "Nikol Pashinyan" and he["actor"]["text"] == "He"
    assert doc[slice(*he["antecedent"])].text == "Nikol Pashinyan"


def test_coref_stage_a_pronoun_after_a_paragraph_break_still_looks_back(nlp) -> None:
    doc = coded(nlp, "Nikol Pashinyan met the envoys on Monday.\n\nHe left for the airport.")
    assert at(doc, "He")["name"] == "Nikol Pashinyan"


def test_coref_stage_the_country_is_the_state_named_before(nlp) -> None:
    doc = coded(nlp, "Azerbaijan closed the road on Monday. The country says it acted within "
                     "the law.")
    assert at(doc, "The country")["country"] == "AZE" and at(doc, "it")["country"] == "AZE"


def test_coref_stage_the_countrys_official_is_that_states(nlp) -> None:
    doc = coded(nlp, "Protests spread across Morocco on Thursday as the country's prime minister "
                     "appealed for calm.")
    assert at(doc, "prime minister")["country"] == "MAR"


def test_coref_stage_it_said_after_a_subject_is_that_subject(nlp) -> None:
    doc = coded(nlp, "The Kenyan army is shelling Shabaab camps near the border, it said.")
    assert (at(doc, "it")["country"], at(doc, "it")["sector"]) == ("KEN", "MIL")


def test_coref_stage_backer_is_no_antecedent(nlp) -> None:
    doc = coded(nlp, "A Russia-backed militia said it would leave the town.")
    assert at(doc, "it")["sector"] == "REB" and at(doc, "it")["country"] != "RUS"


def test_coref_stage_his_after_a_title_is_the_titles_holder(nlp) -> None:
    doc = coded(nlp, "Kenya's foreign minister Musalia Mudavadi said the Ugandan president and "
                     "his allies had rejected the plan.")
    assert at(doc, "his")["country"] == "UGA"


def test_coref_stage_it_after_a_title_speaks_for_its_state(nlp) -> None:
    doc = coded(nlp, "Egypt's president says it will reopen the crossing next week.")
    assert at(doc, "it")["country"] == "EGY"


def test_coref_stage_a_subject_relative_keeps_the_relativised_noun(nlp) -> None:
    doc = coded(nlp, "The Ugandan president met the Kenyan army, which said it would stay.")
    assert at(doc, "it")["sector"] == "MIL"


def test_coref_stage_they_in_an_object_relative_is_not_the_relativised_noun(nlp) -> None:
    doc = coded(nlp, "The rebels attacked the Kenyan army, which they accuse of abuses.")
    assert at(doc, "they")["sector"] == "REB"


def test_coref_stage_an_object_pronoun_is_not_its_clauses_subject(nlp) -> None:
    doc = coded(nlp, "Jane Okoro was released on Saturday after President Salva Kiir pardoned "
                     "her.")
    assert at(doc, "her")["name"] == "Jane Okoro"
    doc = coded(nlp, "President Kiir met the envoy and thanked him.")
    assert (at(doc, "him") or {}).get("id") != "person:salva-kiir-mayardit"


def test_coref_stage_he_after_a_persons_critics_is_that_person(nlp) -> None:
    doc = coded(nlp, "Mr Erdogan's critics say he has used the coup as an excuse.")
    assert at(doc, "he")["id"] == "person:recep-tayyip-erdoğan"
    assert at(doc, "critics")["sector"] == "OPP"


def test_coref_stage_an_expletive_it_names_no_one(nlp) -> None:
    doc = coded(nlp, "Iran said on Monday that it is unclear whether the talks will resume.")
    assert at(doc, "it") is None


def test_coref_stage_it_for_a_thing_names_no_one(nlp) -> None:
    doc = coded(nlp, "Iraq welcomed the ceasefire, saying it was an important step.")
    assert at(doc, "it") is None


def test_coref_stage_its_troops_are_the_owners_organ(nlp) -> None:
    doc = coded(nlp, "Germany and Mali signed a deal. Germany said its troops would leave.")
    troops = at(doc, "its troops")
    assert (troops["country"], troops["sector"], troops["kind"]) == ("DEU", "MIL", "state")
    assert at(doc, "its")["country"] == "DEU"


def test_coref_stage_a_groups_fighters_are_the_group(nlp) -> None:
    doc = coded(nlp, "Hezbollah said its fighters fired rockets at an Israeli base.")
    assert at(doc, "its fighters")["name"] == "Hezbollah"


def test_coref_stage_its_counterpart_is_not_the_owners(nlp) -> None:
    doc = coded(nlp, "Germany said its foreign minister would call her counterpart.")
    assert (at(doc, "counterpart") or {}).get("country") != "DEU"


def test_coref_stage_the_two_countries_list_both_members(nlp) -> None:
    doc = coded(nlp, "Thailand and Cambodia traded fire on Thursday. The two countries blamed "
                     "each other.")
    found = mentions.view(doc).mention_at(next(t.i for t in doc if t.text == "countries"))
    assert sorted(a["country"] for a in found["members"]) == ["KHM", "THA"]
    assert found["actor"]["country"] in ("KHM", "THA")


def test_coref_stage_later_stages_read_the_resolved_actor(nlp) -> None:
    article = pipeline.code_text(nlp, "Israeli troops entered the town of Jenin on Monday. They "
                                      "arrested 12 Palestinians.", published="2024-05-01")
    arrests = [e for e in article.events if e.trigger.text == "arrested"]
    assert [a.country for e in arrests for a in e.actor] == ["ISR"]


def test_coref_stage_the_pronouns_of_the_others_words_name_their_actor(nlp) -> None:
    article = pipeline.code_text(nlp, "Turkish President Recep Tayyip Erdogan met Vladimir Putin "
                                      "in Sochi on Monday. He also criticised Germany.",
                                 published="2024-05-01")
    criticised = [e for e in article.events if e.trigger.text == "criticised"]
    assert [a.country for e in criticised for a in e.actor] == ["TUR"]


@pytest.mark.parametrize("owned, owner, expected", [
    ({"name": "Germany troops", "country": "DEU", "code": "DEU", "sector": "MIL",
      "kind": "state", "id": "country:DEU/troops"},
     {"name": "France", "country": "FRA", "code": "FRA", "kind": "state", "sector": "GOV",
      "id": "country:FRA"}, ("France troops", "FRA")),
    ({"name": "police", "country": None, "code": None, "sector": "COP",
      "kind": "organization", "id": None},
     {"name": "Emmanuel Macron", "country": "FRA", "kind": "person", "sector": "GOV",
      "id": "person:emmanuel-macron"}, ("France police", "FRA")),
    ({"name": "Sudan forces", "country": "SDN", "code": "SDN", "sector": "MIL",
      "kind": "state", "id": "country:SDN/forces"},
     {"name": "Mohamed Hamdan Dagalo", "country": "SDN", "kind": "person", "sector": "REB",
      "id": "person:mohamed-hamdan-dagalo"}, ("Mohamed Hamdan Dagalo", "SDN")),
    ({"name": "families", "country": None, "code": None, "sector": "CVL",
      "kind": "organization", "id": None},
     {"name": "France", "country": "FRA", "code": "FRA", "kind": "state", "sector": "GOV",
      "id": "country:FRA"}, None),
])
def test_coref_owned_phrase_takes_the_owners_state(owned, owner, expected) -> None:
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=["its", "troops"])
    phrase = {"start": 0, "end": 2, "text": "its troops", "head": 1, "actor": owned}
    found = owning.owned_actor(doc, phrase, owner)
    assert (found["name"], found["country"]) == expected if expected else found is None
