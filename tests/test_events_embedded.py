"""Reported and embedded events: acts alleged by an accusation, verbal events aimed at what
their clause is about, judgements aimed at the one who did the act judged, threats made in a
warning. Team-written sentences through the full pipeline, with ones that must code nothing
more."""

from __future__ import annotations

import pytest

from faultlines.explain import explain
from tests.conftest import code


def events(nlp, text: str) -> list:
    return list(code(nlp, text, "2024-09-10").events)


def who(actors) -> list[str]:
    return [a.code or a.country or a.name for a in actors]


def summary(nlp, text: str) -> list[tuple]:
    return [(e.type, who(e.actor), who(e.recipient), e.alleged) for e in events(nlp, text)]


def test_events_embedded_an_accusation_keeps_itself_and_the_act_it_alleges(nlp):
    found = events(nlp, "Ukraine accused Russia of shelling Kharkiv.")
    accuse = [e for e in found if e.type == "ACCUSE"]
    act = [e for e in found if e.type == "ASSAULT"]
    assert [(who(e.actor), who(e.recipient), e.alleged) for e in accuse] == [(["UKR"], ["RUS"],
                                                                             False)]
    assert [(who(e.actor), e.alleged, who([e.reported_by])) for e in act] == [(["RUS"], True,
                                                                              ["UKR"])]


def test_events_embedded_blame_for_an_act_alleges_it_of_the_one_blamed(nlp):
    assert ("ASSAULT", ["RUS"], ["UKR"], True) in summary(
        nlp, "Kyiv blamed Moscow for attacking a hospital in Kharkiv.")


@pytest.mark.parametrize("text, act", [
    ("Iran alleged that Israel had attacked its consulate in Damascus.",
     ("ASSAULT", ["ISR"], True, ["IRN"])),
    ("Kyiv accused Moscow of shelling Kharkiv.", ("ASSAULT", ["RUS"], True, ["UKR"])),
])
def test_events_embedded_an_allegation_keeps_the_act_as_alleged_by_its_own_doer(nlp, text, act):
    """The clause of "alleged that" names its own doer: the act is that doer's, alleged, and
    reported by the accuser; the accusation stays."""
    found = events(nlp, text)
    assert act in [(e.type, who(e.actor), e.alleged, who([e.reported_by])) for e in found
                   if e.type != "ACCUSE"]
    assert [e.type for e in found].count("ACCUSE") == 1


@pytest.mark.parametrize("text, threat", [
    ("Beijing warned the US against reinstating tariffs.", ("THREATEN", ["CHN"], ["USA"], False)),
    ("Russia warned NATO against sending troops to Ukraine.",
     ("THREATEN", ["RUS"], ["NATO"], False)),
])
def test_events_embedded_what_a_warning_is_against_is_part_of_the_warning(nlp, text, threat):
    """The act warned against is the warned side's and not done: never the speaker's act."""
    assert summary(nlp, text) == [threat]


@pytest.mark.parametrize("text, reporter", [
    # a complement of the event's own verb reports nothing, though its verb is one of saying
    ("Ukraine and Western governments have demanded that Russia agree to a ceasefire.", None),
    ("“Russia attacked Kyiv,” Zelensky said.", "UKR"),
    ("India and China have agreed to resume direct flights, New Delhi has said.", "IND"),
    # a statement speaks for its author; "a statement" is a new one, no earlier one's
    ("A statement from the Iranian foreign ministry said Araghchi met Grossi in Vienna.", "IRN"),
    ("Iran's envoy issued a statement. A statement released later, which said Britain had "
     "summoned Iran's ambassador, was short.", None),
    # the one quoted said it, not the one who quotes
    ("Iran's foreign minister was quoted by ISNA as saying that Israel had attacked Iran.",
     "IRN"),
])
def test_events_embedded_the_reporter_is_the_one_who_said_it(nlp, text, reporter):
    [event] = events(nlp, text)
    assert (who([event.reported_by]) if event.reported_by else [None]) == [reporter]


def test_events_embedded_an_accused_subject_is_the_alleged_actor_and_no_reporter(nlp):
    [event] = events(nlp, "Israel has been accused of killing journalists in Gaza.")
    assert who(event.actor) == ["ISR"] and event.alleged and event.reported_by is None


def test_events_embedded_an_accusation_of_a_thing_alleges_no_act(nlp):
    assert summary(nlp, "Ukraine accused Russia of war crimes.") == [
        ("ACCUSE", ["UKR"], ["RUS"], False)]


def test_events_embedded_an_allegation_is_aimed_at_the_one_its_clause_is_about(nlp):
    [event] = events(nlp, "Russian authorities banned Amnesty International, alleging that "
                          "Amnesty propagates pro-war content.")[-1:]
    assert event.type == "ACCUSE" and [a.name for a in event.recipient] == [
        "Amnesty International"]


@pytest.mark.parametrize("text, judge, doer", [
    ("Hungary's prime minister has met Russia's president in Moscow, in a visit that Ukraine "
     "and Poland condemned.", ["UKR", "POL"], ["HUN"]),
    ("Russia expelled two British diplomats, in a move that London condemned.", ["GBR"],
     ["RUS"]),
    ("Iran launched an offensive, which the United States condemned.", ["USA"], ["IRN"]),
    ("Israel expelled the Norwegian envoy, a decision that Norway condemned.", ["NOR"], ["ISR"]),
    ("Turkish police detained the opposition leader on Monday, a step that the European Union "
     "condemned.", ["EU"], ["TUR"])])
def test_events_embedded_a_judgement_of_an_act_is_aimed_at_the_one_who_did_it(nlp, text, judge,
                                                                            doer):
    judged = [e for e in events(nlp, text) if e.type == "ACCUSE"]
    assert [(who(e.actor), who(e.recipient)) for e in judged] == [(judge, doer)]


def test_events_embedded_the_meeting_judged_is_still_coded(nlp):
    found = events(nlp, "Hungary's prime minister has met Russia's president in Moscow, in a "
                        "visit that Ukraine and Poland condemned.")
    assert "CONSULT" in [e.type for e in found]


def test_events_embedded_a_judgement_of_what_another_answered_names_no_doer(nlp):
    """China welcomed the decision; the decision is not China's."""
    judged = [e for e in events(nlp, "China welcomed the decision, which Japan criticised.")
              if e.type == "ACCUSE"]
    assert all(not e.recipient for e in judged)


def test_events_embedded_rules_name_themselves_in_explain(nlp):
    found = explain("Ukraine accused Russia of shelling Kharkiv.", "2024-09-10", nlp)
    shelling = [c for c in found if c["lemma"] == "shell"]
    assert shelling and shelling[0]["decisions"][0]["rule"] == "alleged"
    found = explain("Russia expelled two British diplomats, in a move that London condemned.",
                    "2024-09-10", nlp)
    assert any(d["rule"] == "judged_act" for c in found for d in c["decisions"])


def test_events_embedded_a_warning_that_ones_side_could_strike_is_a_threat(nlp):
    [event] = events(nlp, "Putin warned that Russia could use nuclear weapons if attacked by a "
                          "state backed by a nuclear power.")
    assert (event.type, who(event.actor), event.hypothetical) == ("THREATEN", ["RUS"], False)


def test_events_embedded_a_warning_names_its_target(nlp):
    [event] = events(nlp, "Iran warned that it might strike Israel.")
    assert (event.type, who(event.actor), who(event.recipient)) == ("THREATEN", ["IRN"], ["ISR"])


@pytest.mark.parametrize("text", ["Analysts warned that Russia could attack Kyiv.",
                                  "Putin said Russia could attack Kyiv."])
def test_events_embedded_a_prediction_is_no_threat(nlp, text):
    """Others warning of Russia's act, or a speaker's "could" without a warning, threaten no
    one: the act stays hypothetical."""
    found = events(nlp, text)
    assert found and all(e.type == "ASSAULT" and e.hypothetical for e in found)


def test_events_embedded_unplaced_forces_of_the_speaker_act_for_the_speaker(nlp):
    [event] = events(nlp, "Hezbollah said its fighters had destroyed three Israeli tanks.")
    assert (event.type, who(event.actor), who(event.recipient)) == ("ASSAULT", ["HEZBOLLAH"],
                                                                    ["ISR"])
    assert who([event.reported_by]) == ["HEZBOLLAH"]


def test_events_embedded_forces_the_speakers_pronoun_owns_act_for_the_speaker(nlp):
    """"his forces" placed by the story in the country of a target named nearby are still the
    speaker's, where "his" stands for the speaker."""
    [event] = events(nlp, "The Houthi leader said his forces had attacked a US warship.")
    assert who(event.actor) == ["HOUTHIS"]


def test_events_embedded_forces_the_speaker_does_not_own_stay_their_own(nlp):
    """"its fighters" said by a person: the owner does not agree with the speaker, so the
    fighters are not the speaker's side."""
    found = events(nlp, "Nasrallah said its fighters had destroyed three Israeli tanks.")
    assert all(a.name != "Hassan Nasrallah" and a.country != "LBN" for e in found
               for a in e.actor)


def _acts(nlp, text: str) -> list[tuple]:
    return [(e.type, [a.code or a.country for a in e.actor],
             [a.code or a.country for a in e.recipient], e.hypothetical)
            for e in code(nlp, text, "2024-05-02").events]


def test_events_embedded_the_owner_of_a_decision_does_what_it_decides(nlp):
    assert ("RETREAT", ["USA"], ["SYR"], False) in _acts(
        nlp, "The envoy resigned over Trump's decision to withdraw troops from Syria.")


@pytest.mark.parametrize("text, expected", [
    ("Officials criticised the US plan to impose tariffs on Canada.",
     ("COERCE", ["USA"], ["CAN"], True)),
    ("Critics condemned a bid by Serbia to seize the border crossing.",
     ("COERCE", ["SRB"], [], True)),
])
def test_events_embedded_a_plan_or_bid_is_its_owners_act_not_yet_done(nlp, text, expected):
    assert expected in _acts(nlp, text)


@pytest.mark.parametrize("text", [
    "Biden's call to end the war went unanswered.",   # a call asks others to act
    "The plan to attack Iran was shelved.",           # no owner named
    "Analysts doubted Erdogan's willingness to attack Syria.",  # an attitude, no intent stated
])
def test_events_embedded_an_ownerless_plan_or_a_call_gives_no_doer(nlp, text):
    assert not [a for a in _acts(nlp, text) if a[0] in ("RETREAT", "ASSAULT")]


@pytest.mark.parametrize("text, demand, act", [
    # a deadline given for an act demands it of the one given it, who is the one to act
    ("Trump gave Moscow until Friday to reach a ceasefire or face fresh sanctions.",
     ("REQUEST", ["USA"], ["RUS"], False), ("RETREAT", ["RUS"], [], True)),
    ("Israel gave Hamas 48 hours to release the hostages.",
     ("REQUEST", ["ISR"], ["HAMAS"], False), ("RETREAT", ["HAMAS"], [], True)),
])
def test_events_embedded_a_deadline_demands_the_act_of_the_one_given_it(nlp, text, demand, act):
    found = _acts(nlp, text)
    assert demand in found and act in found
    assert not [a for a in found if a[0] == "RETREAT" and a[1] == demand[1]]


@pytest.mark.parametrize("text", [
    "The president gave the envoy a warm welcome.",
    "Kenya gave the refugees two days of rest.",
])
def test_events_embedded_giving_without_a_deadline_for_an_act_demands_nothing(nlp, text):
    assert not [a for a in _acts(nlp, text) if a[0] == "REQUEST"]
