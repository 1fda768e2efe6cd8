"""Argument linking on team-written sentences: actors named inside a phrase, organisations
that no country places, agents that act for the actor modifying them."""

from __future__ import annotations

import pytest

from tests.conftest import code


def coded(nlp, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, [a.code or a.country or a.name for a in e.actor],
             [a.code or a.country or a.name for a in e.recipient])
            for e in code(nlp, text, "2023-09-19").events]


def test_events_arguments_reads_an_actor_inside_an_of_chain(nlp):
    [event] = code(nlp, "Turkey condemned the findings of the European Union report.",
                   "2023-09-19").events
    assert event.type == "ACCUSE" and [a.name for a in event.recipient] == ["European Union"]


def test_events_arguments_subject_agent_noun_acts_for_its_possessor(nlp):
    found = coded(nlp, "Greece's foreign ministry condemned Turkey.")
    assert ("ACCUSE", ["GRC"], ["TUR"]) in found


def test_events_arguments_spokesman_for_acts_for_the_one_he_speaks_for(nlp):
    found = coded(nlp, "A spokesman for President Emmanuel Macron criticised Russia.")
    assert any(t == "ACCUSE" and "FRA" in a and r == ["RUS"] for t, a, r in found)


def test_events_arguments_keeps_two_unplaced_organisations(nlp):
    found = coded(nlp, "The American Civil Liberties Union sued the FBI on Tuesday.")
    assert [t for t, _, _ in found] == ["ACCUSE"]


def test_events_arguments_plain_subject_thing_names_no_actor(nlp):
    assert coded(nlp, "Russian exports hit a record in March.") == []


def test_events_arguments_deployment_to_a_country_targets_it(nlp):
    assert ("MOBILIZE", ["TUR"], ["LBY"]) in coded(nlp, "Turkey deployed troops to Libya.")


def test_events_arguments_attack_on_unnamed_targets_in_a_country_targets_it(nlp):
    found = coded(nlp, "Russian jets bombed villages in Syria on Monday.")
    assert ("ASSAULT", ["RUS"], ["SYR"]) in found


def test_events_arguments_place_is_no_target_for_other_frames(nlp):
    assert all(r == [] for _, _, r in coded(nlp, "Turkey signed a deal in Greece."))


def test_events_arguments_place_target_flag_is_validated(tmp_path):
    import shutil

    import pytest

    from faultlines.events.lexicon import LEXICON_DIR, LexiconError, build

    shutil.copytree(LEXICON_DIR, tmp_path / "lex")
    path = tmp_path / "lex" / "MOBILIZE.yaml"
    path.write_text(path.read_text().replace("place_target: true", "place_target: often", 1))
    with pytest.raises(LexiconError, match="place_target"):
        build(tmp_path / "lex")


def test_events_arguments_willing_to_takes_the_subject_of_be(nlp):
    found = coded(nlp, "Germany is willing to withdraw its troops from Mali.")
    assert ("AGREE", ["DEU"], ["MLI"]) in found  # a withdrawal offered: PLOVER's promise


@pytest.mark.parametrize("text, expected", [
    ("Hamas said that it was willing to release all the hostages.", ("AGREE", ["HAMAS"], [])),
    ("Turkey announced it was ready to withdraw its troops from Libya.",
     ("AGREE", ["TUR"], ["LBY"])),
    ("Trump pledged to focus the military on defending the border.", ("AGREE", ["USA"], [])),
    ("Shoigu promised to supply Wagner troops in Bakhmut.", ("AGREE", ["RUS"], ["WAGNER"])),
])
def test_events_arguments_a_pronoun_willing_to_act_is_its_antecedent(nlp, text, expected):
    """The promise's actor is the one willing; its own forces are its instrument, not the one
    promised anything."""
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "Officials said it was necessary to free the prisoners.",
    "It is legal to release the hostages.",
])
def test_events_arguments_an_expletive_it_before_a_judgement_acts_for_no_one(nlp, text):
    assert coded(nlp, text) == []


def test_events_arguments_statement_participle_acts_for_its_issuer(nlp):
    [event] = code(nlp, "Amnesty International issued a report accusing the Nigerian army of "
                        "abuses.", "2023-09-19").events
    assert event.type == "ACCUSE" and [a.name for a in event.actor] == ["Amnesty International"]
    assert [a.country for a in event.recipient] == ["NGA"]


def test_events_arguments_mediation_between_two_sides_names_both(nlp):
    found = coded(nlp, "Norway launched a mediation effort between Colombia and Venezuela.")
    assert ("CONSULT", ["NOR"], ["COL", "VEN"]) in found


def test_events_arguments_a_deadline_given_is_a_threat(nlp):
    found = coded(nlp, "Britain gave Iran a deadline to release the sailors.")
    assert ("THREATEN", ["GBR"], ["IRN"]) in found


def test_events_arguments_support_for_names_the_one_supported(nlp):
    found = coded(nlp, "Turkey expressed its full support for Azerbaijan on Monday.")
    assert ("SUPPORT", ["TUR"], ["AZE"]) in found


def test_events_arguments_ceasefire_in_a_country_is_aimed_at_it(nlp):
    found = coded(nlp, "Russia declared a ceasefire in Syria on Friday.")
    assert ("RETREAT", ["RUS"], ["SYR"]) in found


def test_events_arguments_naming_an_object_is_no_act_on_it(nlp):
    assert coded(nlp, "A Russian senator called it the most dangerous moment in years.") == []
    assert ("CONSULT", ["USA"], ["RUS"]) in coded(nlp, "The United States called Russia on "
                                                      "Monday.")


def test_events_arguments_unwilling_to_negates_the_complement(nlp):
    [event] = code(nlp, "Iran has been unwilling to sign the agreement with France.",
                   "2023-09-19").events
    assert event.negated


def test_events_arguments_declining_to_act_rejects_the_one_who_wanted_it(nlp):
    found = coded(nlp, "Turkey declined to extend the mandate of the UN mission.")
    assert [(t, a) for t, a, _ in found] == [("REJECT", ["TUR"])]


def test_events_arguments_refusing_to_comment_is_no_event(nlp):
    assert coded(nlp, "Russia refused to comment on the report.") == []


def test_events_arguments_container_nouns_are_looked_through(nlp):
    assert ("ASSAULT", ["SAU"], ["IRN"]) in coded(nlp, "A group of Saudi hackers attacked Iran.")
    found = coded(nlp, "Russia and Japan began a new round of talks on Monday.")
    assert [t for t, _, _ in found] == ["CONSULT"]


def test_events_arguments_weapons_fired_by_someone_act_for_them(nlp):
    assert ("ASSAULT", ["HAMAS"], ["ISR"]) in coded(nlp, "Rockets fired by Hamas hit Israel on "
                                                         "Monday.")


def test_events_arguments_neither_nor_subject_negates(nlp):
    [event] = code(nlp, "Neither Britain nor France has ratified the treaty with Iran.",
                   "2023-09-19").events
    assert event.negated


def test_events_arguments_not_willing_negates_and_willing_is_a_promise(nlp):
    [refused] = code(nlp, "The Syrian government is not willing to meet the opposition.",
                     "2023-09-19").events
    [willing] = code(nlp, "Syria is willing to meet the opposition.", "2023-09-19").events
    assert refused.negated and refused.type == "CONSULT"
    assert (willing.type, willing.negated, willing.hypothetical) == ("AGREE", False, False)


def test_events_arguments_place_aimed_at_gives_its_country(nlp):
    """A frame that aims at places takes the country of a resolved city it is aimed at."""
    assert ("MOBILIZE", ["KEN"], ["LBR"]) in coded(nlp, "Kenyan troops arrived in Monrovia.")
    assert ("ASSAULT", ["ISIS"], ["IRQ"]) in coded(nlp, "Islamic State fighters attacked Ramadi.")


def test_events_arguments_place_of_no_aimed_frame_is_no_recipient(nlp):
    """Only frames that aim at places read one: a protest in a city is not against its state."""
    found = coded(nlp, "Rebels in Syria condemned the United Nations report in Geneva.")
    assert all("CHE" not in r for _, _, r in found)


def test_events_arguments_state_organ_acting_on_its_own_city_has_no_recipient(nlp):
    """The Iraqi army taking an Iraqi city acts on its own state: no recipient; a rebel group
    placed in a state is no organ of it."""
    found = coded(nlp, "The Iraqi army took over Kirkuk on Monday.")
    assert ("COERCE", ["IRQ"], []) in found


def test_events_arguments_for_clause_subject_is_the_one_allowed(nlp):
    """"gave approval for X to deliver aid": X is the one the permission is given to."""
    assert ("CONCEDE", ["SYR"], ["UN"]) in coded(
        nlp, "The Syrian government gave approval for the United Nations to deliver aid.")


def test_events_arguments_demand_that_names_the_one_asked(nlp):
    assert ("REQUEST", ["PRK"], ["USA"]) in coded(
        nlp, "North Korea has reiterated its demand that the United States ease sanctions.")


def test_events_arguments_purpose_aimed_at_someone_names_them(nlp):
    """"mobilized the army for an assault against X": the purpose's target is the recipient."""
    assert ("MOBILIZE", ["ISR"], ["HAMAS"]) in coded(
        nlp, "Israel mobilized the army for a ground assault against Hamas.")


def test_events_arguments_arriving_at_a_place_names_its_country(nlp):
    # peacekeepers who arrive are deployed to keep the peace: aid (policy forces_arriving,
    # then peacekeeping)
    assert ("AID", ["JPN"], ["SSD"]) in coded(nlp, "Japanese peacekeepers arrived at the Juba airport.")


def test_events_arguments_an_enclave_is_a_target(nlp):
    """"attacked the enclave of Afrin" is an assault (a target noun), on Afrin's country."""
    assert ("ASSAULT", ["TUR"], ["SYR"]) in coded(
        nlp, "Turkish troops attacked the Kurdish-held enclave of Afrin.")


def test_events_arguments_an_x_led_act_names_its_leader(nlp):
    """"condemned the Saudi-led bombing of Yemen" condemns Saudi Arabia, not its victim."""
    assert ("ACCUSE", ["DEU"], ["SAU"]) in coded(nlp, "Germany condemned the Saudi-led bombing of Yemen.")
    assert ("REJECT", ["TUR"], ["USA"]) in coded(
        nlp, "Turkey refused to back the US-led invasion of Iraq.")


def test_events_arguments_the_one_allowed_to_act_is_the_recipient(nlp):
    # spaCy reads "allowed X to V" as a clause whose subject is X: X is the one allowed.
    found = coded(nlp, "Turkey agreed to allow Greek inspectors to visit the port.")
    assert ("AGREE", ["TUR"], ["GRC"]) in found


def test_events_arguments_an_event_received_comes_from_its_giver(nlp):
    assert coded(nlp, "Ukraine received military aid from Germany.") == [
        ("AID", ["DEU"], ["UKR"])]
    assert coded(nlp, "Iran faces sharp criticism from France.") == [("ACCUSE", ["FRA"], ["IRN"])]


def test_events_arguments_an_event_received_from_no_one_named_is_none(nlp):
    assert coded(nlp, "The plan received broad support in Armenia.") == []


def test_events_arguments_a_trade_or_profession_stands_alone_as_a_group(nlp):
    # Strikes and protests are coded by sector where the sentence names no country...
    found = coded(nlp, "Teachers went on strike on Monday.")
    assert [(t, a) for t, a, _ in found] == [("PROTEST", ["Teachers"])]


def test_events_arguments_an_unnamed_person_or_unplaced_state_organ_does_not(nlp):
    # ...but one unnamed person, or a state's organ with no state, is too vague to stand alone.
    assert coded(nlp, "A local resident went on strike on Monday.") == []
    assert coded(nlp, "The two countries strengthened their trade ties.") == []


def test_events_arguments_a_group_speaking_of_itself_refuses_as_a_group(nlp):
    found = coded(nlp, "Dock workers said they will not end the strike.")
    assert [(t, a) for t, a, _ in found] == [("REJECT", ["Dock workers"])]


def test_events_arguments_a_noun_with_a_participle_is_still_the_object(nlp):
    # The small model parses "refugees fleeing the war" as a clause with "refugees" its subject.
    found = coded(nlp, "Hungary will not accept any refugees fleeing the war.")
    assert [(t, a, r) for t, a, r in found] == [("REJECT", ["HUN"], ["refugees"])]


def test_events_arguments_an_attack_acts_for_its_author(nlp):
    # the noun's own event ("attack by Hamas") and the killing it did, both Hamas's
    assert ("ASSAULT", ["HAMAS"], ["ISR"]) in coded(
        nlp, "A rocket attack by Hamas killed two Israeli soldiers.")
    # "X-claimed", like "X-led": the one who claims the attack carried it out
    assert coded(nlp, "A Taliban-claimed car bomb killed three Afghan soldiers.") == [
        ("ASSAULT", ["TALIBAN"], ["AFG"])]


def test_events_arguments_an_attack_of_no_one_named_has_no_actor(nlp):
    assert coded(nlp, "The attack killed five people.") == []


def test_events_arguments_a_verdict_in_a_small_clause_accuses_its_subject(nlp):
    # "found X guilty": the parse makes X the subject of "guilty"; X is the one accused.
    assert coded(nlp, "A court in Paris found a Russian diplomat guilty of spying.") == [
        ("ACCUSE", ["FRA"], ["RUS"])]
    assert coded(nlp, "A court in Paris found a Russian diplomat not guilty of spying.") == []
    assert coded(nlp, "French investigators found a Russian document in the car.") == []


def test_events_arguments_an_event_noun_aimed_at_someone_takes_its_modifier_as_agent(nlp):
    found = coded(nlp, "The Taliban attack on an Afghan army base was the worst this year.")
    assert ("ASSAULT", ["TALIBAN"], ["AFG"]) in found
    # without an aim, a modifier may be the target ("the Iraq invasion"): no agent is read
    assert coded(nlp, "The Iraq invasion cost billions.") == []


def test_events_arguments_a_state_act_in_the_passive_is_the_states_where_it_was_done(nlp):
    assert coded(nlp, "Five Polish protesters were arrested in Minsk.") == [
        ("COERCE", ["BLR"], ["POL"])]
    # a place is no actor of acts anyone may do: an attack by no one named codes nothing
    assert coded(nlp, "Five Polish protesters were attacked in Minsk.") == []


def test_events_arguments_blame_in_reported_words_accuses(nlp):
    assert coded(nlp, "Kabul said that Pakistan was responsible for the attack.") == [
        ("ACCUSE", ["AFG"], ["PAK"])]
    assert coded(nlp, "Kyiv holds Moscow responsible for the strike.") == [
        ("ACCUSE", ["UKR"], ["RUS"])]
    assert coded(nlp, "Kabul said that Pakistan was not responsible for the attack.") == []
    assert coded(nlp, "Russia said the talks with Turkey were useful.") == []
    # a task one is charged with is no blame
    assert coded(nlp, "Iraq said the SDF is responsible for guarding the camps.") == []


def test_events_arguments_a_call_on_a_day_is_a_phone_call_not_a_call_on(nlp):
    # "on Saturday" is no "call on X"; the long name parsed as a predicate is the one called
    found = coded(nlp, "Erdogan called Egyptian President Abdel Fattah al-Sisi on Saturday.")
    assert found == [("CONSULT", ["TUR"], ["EGY"])]


def test_events_arguments_only_bodies_that_act_together_stand_alone(nlp):
    # "people" or "hospitals" are no group that acts: an unplaced, unnamed subject codes nothing
    assert coded(nlp, "Five hospitals bombed.") == []
    assert coded(nlp, "People said they will not end the protest.") == []


def test_events_arguments_a_place_before_an_attack_is_where_not_who(nlp):
    assert coded(nlp, "The Manchester Arena attack in May killed 22 people.") == []
    assert coded(nlp, "The Kabul bombing killed 20 Afghan police.") == []


def test_events_arguments_an_obligation_of_a_kind_of_people_is_no_request(nlp):
    assert coded(nlp, "The minister said children should not suffer.") == []
    assert coded(nlp, "Germany said Russia must withdraw its troops.") == [
        ("REQUEST", ["DEU"], ["RUS"])]


@pytest.mark.parametrize("text, expected", [
    ("Donald Trump has told the EU it must take back its 800 fighters.",
     ("REQUEST", ["USA"], ["EU"])),
    ("France told Germany that it should repatriate its citizens.",
     ("REQUEST", ["FRA"], ["DEU"])),
])
def test_events_arguments_one_told_it_must_act_is_asked(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "Trump told reporters it must be said that the war is over.",
    "Trump told Germany it was a great country.",
])
def test_events_arguments_one_told_a_judgement_is_asked_nothing(nlp, text):
    assert coded(nlp, text) == []


def test_events_arguments_what_a_meeting_is_about_is_no_party_to_it(nlp):
    assert coded(nlp, "Russia and Turkey held talks on Syria.") == [
        ("CONSULT", ["RUS", "TUR"], ["TUR", "RUS"])]  # each side the other's (mutual)
    assert ("CONSULT", ["RUS"], ["SYR"]) not in coded(
        nlp, "Lavrov met Cavusoglu on Monday to discuss Syria.")
    # a party named inside the topic stays one
    assert coded(nlp, "Iran agreed on a deal with the IAEA.") == [("SUPPORT", ["IRN"], ["IAEA"])]


def test_events_arguments_the_possessor_of_a_carried_event_noun_is_acted_on(nlp):
    # with a light verb the verb's subject acts, so "Assad's" names the one asked to resign
    assert coded(nlp, "French protesters demanded Assad's resignation.")[0][2] == ["SYR"]
    # "its" is the actor's own act
    assert coded(nlp, "Turkey launched its offensive.") == [("ASSAULT", ["TUR"], [])]


def test_events_arguments_a_refusal_until_another_acts_is_aimed_at_that_other(nlp):
    assert coded(nlp, "Obama said he will not lift the embargo until Cuba frees its prisoners."
                 )[0] == ("REJECT", ["USA"], ["CUB"])


def test_events_arguments_what_ones_own_state_must_do_is_no_request(nlp):
    assert coded(nlp, "Germany must do more, the German defence minister said.") == []


def test_events_arguments_a_clause_whose_governor_codes_nothing_stands_alone(nlp):
    # the parser hangs "issued" under "imposed"; "sanctions will be imposed" codes nothing
    found = coded(nlp, "The US has issued an ultimatum to Turkey: if it buys the missiles, "
                       "sanctions will be imposed.")
    assert ("THREATEN", ["USA"], ["TUR"]) in found


def test_events_arguments_a_verb_hung_on_the_sentences_head_noun_is_its_predicate(nlp):
    # "Name, a former X, called for ..." parses with the name as root and "called" under it
    assert coded(nlp, "Mikhail Khodorkovsky, a former Russian oil tycoon, called for sanctions "
                      "against Belarus.") == [("ACCUSE", ["RUS"], ["BLR"])]


def test_events_arguments_the_actor_phrase_ends_before_the_event_it_acts_in(nlp):
    text = "Mikhail Khodorkovsky, a former Russian oil tycoon, called for sanctions against Belarus."
    [[start, end]] = nlp(text)._.events[0]["arguments"]["actor"]
    assert text[start:end] == "Mikhail Khodorkovsky, a former Russian oil tycoon"


def test_events_arguments_the_one_allowed_in_a_misread_clause_is_still_the_recipient(nlp):
    # the small model reads "allow X expanded access" as a clause "X expanded access"
    found = coded(nlp, "Ethiopia agreed to allow Kenyan aid workers expanded access to Tigray.")
    assert ("AGREE", ["ETH"], ["KEN"]) in found


def test_events_arguments_owners_joined_before_one_noun_each_take_part(nlp):
    assert coded(nlp, "Russia and Turkey's foreign ministers met in Sochi.") == [
        ("CONSULT", ["TUR", "RUS"], ["RUS", "TUR"])]


def test_events_arguments_an_anti_x_modifier_names_the_enemy_not_the_owner(nlp):
    assert coded(nlp, "Russian jets bombed anti-Assad rebel positions.") == [
        ("ASSAULT", ["RUS"], [])]
    assert coded(nlp, "Russian jets bombed Isis positions.") == [("ASSAULT", ["RUS"], ["ISIS"])]


def test_events_arguments_speaking_to_reporters_consults_no_one(nlp):
    assert coded(nlp, "The Turkish foreign minister spoke to reporters in Ankara.") == []
