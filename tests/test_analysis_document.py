"""The analysis's part of the `code --json` document: event-based relations and dilemmas."""

from __future__ import annotations

from faultlines.analysis.document import dilemmas_for
from faultlines.analysis.ties import TieOptions
from faultlines.ties.from_events import event_relations
from faultlines.analysis.synthetic import article, event, relation, state
from faultlines.model import Actor
from faultlines.store import read


def test_document_event_relations_sum_one_article_per_pair_actor_of_the_weightiest_first():
    events = [event("AZE", "ARM", "ASSAULT", "2023-09-19", "Azerbaijan attacked Armenia."),
              event("ARM", "AZE", "REQUEST", "2023-09-19"),
              event("USA", "ARM", "AID", "2023-09-18", "The US sent aid to Armenia.")]
    relations = event_relations(events)
    assert [(r.a.code, r.b.code, r.polarity, r.type, r.basis) for r in relations] == [
        ("AZE", "ARM", -1, "conflict", "events"), ("USA", "ARM", 1, "cooperation", "events")]
    assert relations[0].evidence == "Azerbaijan attacked Armenia."
    assert relations[0].date == "2023-09-19"


def test_document_event_relations_an_act_of_war_outweighs_talks_but_a_protest_does_not():
    talks = [event("AZE", "ARM", "CONSULT", "2023-09-19", mode="meet") for _ in range(4)]
    fought = event_relations(talks + [event("AZE", "ARM", "ASSAULT", "2023-09-19")])
    protested = event_relations(talks + [event("AZE", "ARM", "ACCUSE", "2023-09-19")])
    assert [r.polarity for r in fought] == [-1] and [r.polarity for r in protested] == [1]


def test_document_event_relations_skip_modal_events_and_self_loops():
    pashinyan = Actor(text="Pashinyan", name="Nikol Pashinyan", country="ARM", sector="GOV",
                      kind="person")
    events = [event("AZE", "ARM", "ASSAULT", "2023-09-19", negated=True),
              event("AZE", "ARM", "ASSAULT", "2023-09-19", hypothetical=True),
              event(pashinyan, "ARM", "CONSULT", "2023-09-19")]
    assert event_relations(events) == []


def test_document_event_relations_name_a_person_side_by_its_country():
    pelosi = Actor(text="Nancy Pelosi", name="Nancy Pelosi", country="USA", sector="LEG",
                   kind="person")
    (rel,) = event_relations([event(pelosi, "AZE", "ACCUSE", "2022")])
    assert (rel.a.code, rel.a.country, rel.a.text) == ("USA", "USA", "Nancy Pelosi")
    assert rel.a.kind == "state" and rel.polarity == -1


def test_document_dilemmas_for_uses_the_store_and_the_call_without_double_counting(store):
    stored = article("s1", "2023-09-01", (), (relation("USA", "ARM", "diplomatic", 1),
                                             relation("USA", "AZE", "trade", 1)))
    store.add([stored])
    call = article("c1", "2023-09-19", (event("AZE", "ARM", "ASSAULT", "2023-09-19"),))
    one = TieOptions(min_articles=1)  # each tie rests on one article here
    assert dilemmas_for([call], None, one) == []
    (dilemma,) = dilemmas_for([call], store, one)
    assert (dilemma.party.code, {s.code for s in dilemma.sides}) == ("USA", {"ARM", "AZE"})
    store.add([call])  # now the call's article is stored too: same answer, not doubled
    assert dilemmas_for([call], store, one) == [dilemma]
    read_back = read.articles.record(store, "c1")  # as `code --json` passes an already stored article
    assert read_back.content_hash is None and dilemmas_for([read_back], store, one) == [dilemma]
    assert dilemma.party.name == "United States"


def test_document_dilemma_record_has_the_output_shape():
    arts = [article("a1", "2023-09-19", (event("AZE", "ARM", "ASSAULT", "2023-09-19"),),
                    (relation("RUS", "ARM", "ally", 1), relation("RUS", "AZE", "diplomatic", 1)))]
    (dilemma,) = dilemmas_for(arts, None, TieOptions(min_articles=1))
    data = dilemma.to_dict()
    assert set(data) == {"party", "sides", "score", "evidence", "legs"}
    assert [(leg["a"], leg["b"], leg["tie"]) for leg in data["legs"]] == [
        ("RUS", "ARM", "friendly"), ("RUS", "AZE", "friendly"), ("ARM", "AZE", "hostile")]
    assert data["party"]["code"] == "RUS" and data["party"]["kind"] == "state"
    assert [s["country"] for s in data["sides"]] == ["ARM", "AZE"]
    assert state("ARM").code == "ARM"
