"""Who takes part in an event (events/policy/parties.py): which recipients are the actor's own
side. Plain ACTOR dicts, no pipeline."""

from __future__ import annotations

from faultlines.events.policy.parties import quoted_pronoun, same_side

KENYA = {"name": "Kenya", "code": "KEN", "country": "KEN", "sector": "GOV", "kind": "state",
         "id": "country:KEN"}
POLICE = {"name": "Kenya police", "code": "KEN", "country": "KEN", "sector": "COP",
          "kind": "state", "id": "country:KEN/police"}
PROTESTERS = {"name": "Kenya protesters", "code": "KEN", "country": "KEN", "sector": "CVL",
              "kind": "state", "id": "country:KEN/protesters"}


def test_events_parties_an_organ_acting_on_its_state_acts_on_itself():
    assert same_side(KENYA, [POLICE])


def test_events_parties_a_states_people_are_not_its_organs_side():
    assert not same_side(PROTESTERS, [POLICE])



QUOTE = "“We arrested them during fighting,” the AA said."


def _pronoun(word: str, via: str) -> dict:
    start = QUOTE.index(word)
    return {"text": word, "label": "PRON", "via": via, "start_char": start,
            "end_char": start + len(word), "actor": {"name": "Arakan Army", "code": "AA"}}


def test_events_parties_a_quoted_we_linked_to_its_speaker_is_an_actor():
    assert not quoted_pronoun(_pronoun("We", "coreference"), QUOTE)


def test_events_parties_a_quoted_third_person_pronoun_is_no_actor():
    assert quoted_pronoun(_pronoun("them", "coreference"), QUOTE)
