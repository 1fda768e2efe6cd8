"""Triggers of the events lexicon, one construction each, on team-written sentences.

Each row names a clause the lexicon must turn into a PLOVER event (type and mode, who acts, who
is acted on), or a clause that looks like one and must code nothing. The full pipeline runs, so
these also pin the parse the entries were written against (e.g. the model lemmatises "staged"
as "stag").
"""

from __future__ import annotations

import pytest

from tests.conftest import code


def events(nlp, text: str) -> list:
    return list(code(nlp, text).events)


def who(actors) -> list[str]:
    return [a.code or a.country or a.name for a in actors]


def coded(nlp, text: str) -> list[tuple]:
    return [(e.type, e.mode, who(e.actor), who(e.recipient)) for e in events(nlp, text)]


@pytest.mark.parametrize("text, expected", [
    # Setting aside another body's decision rejects its author.
    ("The Supreme Court of Kenya quashed the ruling of the Ugandan election commission.",
     ("REJECT", None, ["KEN"], ["UGA"])),
    ("A court in Nigeria overturned the decision of the Ghanaian government.",
     ("REJECT", None, ["NGA"], ["GHA"])),
    # Defying a rule set by others (CAMEO 128, REJECT yield in PLOVER's table).
    ("North Korea violated the UN ban on missile tests.", ("REJECT", "yield", ["PRK"], ["UN"])),
])
def test_events_triggers_undoing_or_defying_a_decision_is_a_rejection(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("The Kenyan opposition boycotted the presidential election.",
     ("PROTEST", "boycott", ["KEN"], [])),
    ("Kenyan dock workers stopped work on Monday.", ("PROTEST", "strike", ["KEN"], [])),
    ("Kenyan teachers staged a sit-in strike.", ("PROTEST", "strike", ["KEN"], [])),
    ("Thousands of Kenyans staged a protest against the Finance Bill.",
     ("PROTEST", "demo", ["KEN"], [])),
])
def test_events_triggers_boycotts_stoppages_and_staged_protests_are_dissent(nlp, text, expected):
    assert expected in coded(nlp, text)


def test_events_triggers_boycotting_talks_stays_a_refusal_to_meet(nlp):
    [event] = events(nlp, "Hamas boycotted the talks with Fatah.")
    assert (event.type, event.mode) == ("REJECT", "meet")


def test_events_triggers_a_coup_against_a_ruler_is_coded_as_plover_protest(nlp):
    [event] = events(nlp, "Malian army officers staged a coup against President Keita.")
    assert event.type == "PROTEST" and who(event.actor) == ["MLI"]


@pytest.mark.parametrize("text, expected", [
    ("Japan lent $2 billion to Sri Lanka.", ("AID", None, ["JPN"], ["LKA"])),
    ("The World Bank loaned $500 million to Kenya.", ("AID", None, ["WB"], ["KEN"])),
    ("Canada pledged $50 million to Haiti.", ("AID", None, ["CAN"], ["HTI"])),
    ("Lithuania opened its borders to Belarusian refugees.", ("AID", None, ["LTU"], ["BLR"])),
])
def test_events_triggers_money_lent_pledged_and_borders_opened_are_aid(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("A court in Ecuador revoked the detention order of Colombia's former minister.",
     ("CONCEDE", None, ["ECU"], ["COL"])),
    ("Turkey dropped the charges against Greece.",
     ("CONCEDE", None, ["TUR"], ["GRC"])),
])
def test_events_triggers_revoked_orders_and_dropped_cases_concede(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # A measure put back is imposed again, no concession.
    ("Washington reinstated sanctions on Venezuela's oil sector.",
     ("COERCE", "restrict", ["USA"], ["VEN"])),
    ("The EU reimposed tariffs on Chinese steel.", ("COERCE", "restrict", ["EU"], ["CHN"])),
    # Calling someone out is criticism, no phone call and no request.
    ("Turkey called out Israel over the raid on the aid flotilla.",
     ("ACCUSE", "disapprove", ["TUR"], ["ISR"])),
])
def test_events_triggers_measures_put_back_coerce_and_calling_out_accuses(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text", ["The United States rolled back tariffs on Mexican steel.",
                                  "The United States cut tariffs on Mexican steel."])
def test_events_triggers_trade_barriers_eased_are_a_retreat_cameo_085(nlp, text):
    [event] = [e for e in events(nlp, text) if e.type == "RETREAT"]
    assert (who(event.actor), who(event.recipient), event.cameo) == (["USA"], ["MEX"], "085")


@pytest.mark.parametrize("text", ["The United States cut aid to Mexico.",
                                  "The United States cut the tariff revenue forecast."])
def test_events_triggers_other_cuts_are_no_tariff_retreat(nlp, text):
    assert "085" not in [e.cameo for e in events(nlp, text)]


@pytest.mark.parametrize("text", ["Myanmar let free 200 political prisoners.",
                                  "Myanmar let free 74 opposition leaders."])
def test_events_triggers_letting_people_free_releases_them(nlp, text):
    assert ("RETREAT", "release", ["MMR"]) in [t[:3] for t in coded(nlp, text)]


def test_events_triggers_letting_refugees_in_is_no_release(nlp):
    assert "RETREAT" not in [t[0] for t in coded(nlp, "Germany let in a million Syrian refugees.")]


def test_events_triggers_allowing_relief_in_gives_access(nlp):
    assert ("RETREAT", "access", ["SDN"]) in [t[:3] for t in coded(
        nlp, "Sudan allowed humanitarian relief to Darfur.")]


def test_events_triggers_an_approved_pardon_concedes_to_the_pardoned(nlp):
    assert ("CONCEDE", None, ["KEN"], ["UGA"]) in coded(
        nlp, "Kenya's cabinet approved a pardon for the former Ugandan minister.")


def test_events_triggers_burning_a_flag_protests_against_its_owner(nlp):
    assert ("PROTEST", "demo", ["GRC"], ["TUR"]) in coded(
        nlp, "Protesters in Greece burned the Turkish flag.")


@pytest.mark.parametrize("text, expected", [
    ("Hamas used Palestinian civilians as human shields.",
     ("ASSAULT", "abduct", ["HAMAS"], ["PSE"])),
    ("Islamic State held Iraqi civilians as human shields.",
     ("ASSAULT", "abduct", ["ISIS"], ["IRQ"])),
])
def test_events_triggers_civilians_used_as_human_shields_are_assaulted(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("A French court approved the extradition of the Rwandan businessman to Kigali.",
     ("COERCE", "deport", ["FRA"], ["RWA"])),
    ("Russia revoked the accreditation of the British correspondent.",
     ("COERCE", "restrict", ["RUS"], ["GBR"])),
    ("The European Union prolonged sanctions against Belarus.",
     ("COERCE", "restrict", ["EU"], ["BLR"])),
])
def test_events_triggers_extradition_revoked_permits_and_renewed_sanctions_coerce(nlp, text,
                                                                                  expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Egypt put the former Sudanese president on trial.", ("ACCUSE", "allege", ["EGY"], ["SDN"])),
    ("Turkish prosecutors are seeking a life sentence for the Syrian commander.",
     ("ACCUSE", "allege", ["TUR"], ["SYR"])),
    ("The EU fined Google.", ("ACCUSE", "allege", ["EU"], ["USA"])),
    ("France faulted Italy's handling of the migrant crisis.",
     ("ACCUSE", "disapprove", ["FRA"], ["ITA"])),
    # Reproach in a phrasal verb or an idiom, and naming someone a criminal.
    ("Vance dressed Zelensky down over the minerals deal.",
     ("ACCUSE", "disapprove", ["USA"], ["UKR"])),
    ("China chided Japan over the remarks.", ("ACCUSE", "disapprove", ["CHN"], ["JPN"])),
    ("Trump took a swipe at Canada on Monday.", ("ACCUSE", "disapprove", ["USA"], ["CAN"])),
    ("Israel branded UNRWA a terrorist organisation.", ("ACCUSE", "allege", ["ISR"], ["UNRWA"])),
    # the parser reads the one named as the first of two objects (a dative)
    ("Iran branded the US a terrorist state.", ("ACCUSE", "allege", ["IRN"], ["USA"])),
    ("Russia labelled the Ukrainian president a dictator.", ("ACCUSE", "allege", ["RUS"], ["UKR"])),
    ("Erdogan lashed out at Sweden on Monday.", ("ACCUSE", "disapprove", ["TUR"], ["SWE"])),
    ("Trump hit out at Canada over dairy tariffs.", ("ACCUSE", "disapprove", ["USA"], ["CAN"])),
    ("Erdogan rounded on Netanyahu at the summit.", ("ACCUSE", "disapprove", ["TUR"], ["ISR"])),
    ("The Chinese minister took issue with Japan.", ("ACCUSE", "disapprove", ["CHN"], ["JPN"])),
    ("The EU rapped Hungary over the veto.", ("ACCUSE", "disapprove", ["EU"], ["HUN"])),
    ("India has pointed the finger at Pakistan over the attack.",
     ("ACCUSE", "allege", ["IND"], ["PAK"])),
    ("The US secretary of state delivered a rebuke to Iran.",
     ("ACCUSE", "disapprove", ["USA"], ["IRN"])),
])
def test_events_triggers_trials_sentences_fines_fault_and_reproach_accuse(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("The German chancellor had lunch with the French president.",
     ("CONSULT", "meet", ["DEU"], ["FRA"])),
    ("The Vatican granted an audience to the Argentine president.",
     ("CONSULT", "meet", ["VAT"], ["ARG"])),
    ("Putin shook hands with Modi in Tianjin.", ("CONSULT", "meet", ["RUS"], ["IND"])),
    # A delegation or an envoy sent visits for its sender.
    ("Egypt sent a delegation to Israel.", ("CONSULT", "visit", ["EGY"], ["ISR"])),
    ("Qatar dispatched an envoy to Kabul.", ("CONSULT", "visit", ["QAT"], ["AFG"])),
])
def test_events_triggers_meals_audiences_handshakes_and_envoys_are_meetings(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("A Taliban car bomb struck a bus carrying Afghan soldiers.", ("ASSAULT", None, ["TALIBAN"])),
    ("A Russian drone hit a Ukrainian hospital.", ("ASSAULT", None, ["RUS"])),
    ("Gunmen from Boko Haram attacked a mosque in northern Nigeria.", ("ASSAULT", None, ["BOKOHARAM"])),
])
def test_events_triggers_weapons_act_for_their_owner_and_buildings_are_targets(nlp, text,
                                                                                expected):
    assert expected in [t[:3] for t in coded(nlp, text)]


def test_events_triggers_reneging_on_an_accord_rejects_it(nlp):
    assert ("REJECT", None, ["USA"]) in [t[:3] for t in coded(
        nlp, "The United States reneged on the nuclear accord with Iran.")]


def test_events_triggers_joining_someone_for_talks_meets_them(nlp):
    assert ("CONSULT", "meet", ["USA"], ["IRN"]) in coded(
        nlp, "The US Secretary of State joined the Iranian foreign minister for talks.")


def test_events_triggers_a_platoon_sent_abroad_is_a_deployment(nlp):
    assert ("MOBILIZE", "troops", ["XKX"], ["KWT"]) in coded(
        nlp, "Kosovo is sending a military platoon to Kuwait.")


@pytest.mark.parametrize("text, expected", [
    ("The UN withdrew its peacekeepers from Lebanon.", ("SANCTION", "expel", ["UN"], ["LBN"])),
    ("Nigeria withdrew 200 peacekeepers from Liberia.", ("SANCTION", "expel", ["NGA"], ["LBR"])),
    ("Russia withdrew its troops from Syria.", ("RETREAT", "withdraw", ["RUS"], ["SYR"])),
])
def test_events_triggers_withdrawn_peacekeepers_leave_a_mission_troops_retreat(nlp, text,
                                                                               expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "Nepal's government accepted the demands of the Madhesi protesters.",
    "Nepal's government met the demands of the Madhesi protesters.",
])
def test_events_triggers_yielding_to_demands_concedes(nlp, text):
    assert [t[:3] for t in coded(nlp, text)] == [("CONCEDE", None, ["NPL"])]


def test_events_triggers_observers_deployed_are_aid_not_a_mobilisation(nlp):
    assert ("AID", None, ["EU"], ["ZWE"]) in coded(
        nlp, "The European Union deployed election observers in Zimbabwe.")


def test_events_triggers_reinforcing_a_commitment_mobilises_nothing(nlp):
    assert events(nlp, "Germany reinforced its commitment to Syrian refugees.") == []
    assert ("MOBILIZE", "troops", ["TUR"], ["SYR"]) in coded(
        nlp, "Turkey reinforced the Syrian border.")


def test_events_triggers_placing_troops_on_alert_mobilises(nlp):
    assert [t[:3] for t in coded(nlp, "Russia placed 8,500 troops on alert.")] \
        == [("MOBILIZE", "troops", ["RUS"])]


@pytest.mark.parametrize("text", [
    "Kenya's president stopped in Nairobi on his way to Addis Ababa.",  # no work stopped
    "France lent its voice to the appeal.",                            # no money lent
    "Germany opened a new embassy in Kenya.",                         # no border opened to anyone
    "Japan reduced its carbon emissions by ten percent.",             # no trade barrier
    "Kenya dropped two places in the FIFA rankings.",                 # no case dropped
    "Police in Kenya burned seized drugs.",                           # no flag burned
    "The talks were held in Geneva.",                                  # no one held as a shield
    "Mexico might supply the Japanese market.",                       # a market is no target
    "In the talks, Kenya would give a fair deal to all creditors.",   # no "give in to"
    "Kenyan police torched seized drugs.",                            # no one's place burned
    "A Kenyan company branded its new phone a success.",              # no one branded
    "The earthquake shook the region of Hatay.",                      # no hands shaken
    "The club sent a team to the tournament in Qatar.",               # no envoy sent
    "Russia sent a junior delegation instead.",                       # a delegation is not
    "Kenyan delegations will be sent by the government to different countries.",  # its own host
    "The Kenyan singer expressed gratitude to her fans.",             # to no political side
    "The Kenyan minister derided the new budget.",                    # a thing derided, no one
    "The Kenyan minister presented a plan to parliament.",            # no text offered to a side
    "The officer was on duty at the Kenyan border.",                  # no trade duty
    "Kenya slapped new tariffs on steel imports.",                    # on no one named
    "Kenya raised tariffs on friend and foe alike.",                  # on no one placed
    "Kenya imposed a levy on sugar imports.",                         # on no one named
    "Kenya pointed the finger at rising costs.",                      # at no one
    "The Kenyan minister lashed out at the criticism.",               # at no one
    "Kenyan troops pushed back the rebels near the border.",          # no words resisted
    "Kenya moved to repair its relations with donors.",               # with no one placed
    "The Kenyan minister expressed her gratitude for the support.",   # thanks to no one named
    "The Kenyan president fired the finance minister.",               # a dismissal, no attack
    "The Kenyan president branded the budget a failure.",             # a thing branded, no one
])
def test_events_triggers_look_alike_clauses_code_nothing(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # A text put to the other side is an offer (CAMEO 03), handed, submitted or offered.
    ("The US handed the Soviet negotiators a draft treaty.", ("AGREE", None, ["USA"], ["SUN"])),
    ("Iran submitted a new proposal to the United States.", ("AGREE", None, ["IRN"], ["USA"])),
    ("Japan offered China a draft treaty.", ("AGREE", None, ["JPN"], ["CHN"])),
    # Trade penalties slapped on or announced for a country.
    ("Trump said he was slapping 25 per cent tariffs on Japan.",
     ("COERCE", "restrict", ["USA"], ["JPN"])),
    ("The United States announced new tariffs on Chinese goods.",
     ("COERCE", "restrict", ["USA"], ["CHN"])),
    ("China introduced new tariffs on American goods.", ("COERCE", "restrict", ["CHN"], ["USA"])),
    ("Beijing imposed levies on US farm products.", ("COERCE", "restrict", ["CHN"], ["USA"])),
    ("The US put sanctions on Iranian oil firms.", ("COERCE", "restrict", ["USA"], ["IRN"])),
    # Ties restated and thanks passed on back the other side.
    ("Pakistani officials reaffirmed the relationship with China.",
     ("SUPPORT", None, ["PAK"], ["CHN"])),
    ("Japan sought to mend ties with China.", ("SUPPORT", None, ["JPN"], ["CHN"])),
])
def test_events_triggers_offers_tariffs_and_ties_restated(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("A court in Nairobi ordered the Daily Nation to suspend publication.",
     ("REQUEST", None, ["KEN"], ["Daily Nation"])),
    ("Ghana's police ordered the Nigerian ambassador to appear for questioning.",
     ("REQUEST", None, ["GHA"], ["NGA"])),
])
def test_events_triggers_an_order_given_to_someone_is_a_demand_on_them(nlp, text, expected):
    assert expected in coded(nlp, text)


def test_events_triggers_ordering_goods_or_an_act_demands_nothing_of_anyone(nlp):
    assert events(nlp, "The Kenyan army ordered new rifles from a Czech firm.") == []
    assert [e.type for e in events(nlp, "Kenya ordered the arrest of the Ugandan activist.")] \
        == ["COERCE"]


@pytest.mark.parametrize("text, recipient", [
    ("The Ugandan army announced a cease-fire with the ADF rebels.", "ADF"),
    ("The Ethiopian government declared a unilateral cease-fire in Tigray.", None),
])
def test_events_triggers_a_hyphenated_cease_fire_is_a_ceasefire(nlp, text, recipient):
    [event] = events(nlp, text)
    assert (event.type, event.mode) == ("RETREAT", "ceasefire")


@pytest.mark.parametrize("text, kind", [
    ("Kenyan troops launched a counter-attack on the rebels.", "ASSAULT"),
    ("Kenyan troops repulsed heavy Ugandan counter-attacks.", "ASSAULT"),
    ("Kenya re-imposed sanctions on Uganda.", "COERCE"),  # restrict: CAMEO 163
    ("Kenya is co-hosting the summit with Uganda.", "CONSULT"),
])
def test_events_triggers_a_prefixed_word_is_the_word_it_joins(nlp, text, kind):
    # nlp/hyphens.py keeps "counter-attack" one token; the lexicon reads it as "counterattack"
    assert kind in [e.type for e in events(nlp, text)]


def test_events_triggers_opened_fire_stays_an_assault(nlp):
    [event] = events(nlp, "Ugandan soldiers opened fire on the protesters.")
    assert event.type == "ASSAULT"


@pytest.mark.parametrize("text", [
    "Kenya's president held discussions with the Ugandan president in Nairobi.",
    "Colombia resumed its dialogue with the ELN rebels.",
])
def test_events_triggers_discussions_and_dialogue_held_with_someone_are_meetings(nlp, text):
    assert [(e.type, e.mode) for e in events(nlp, text)] == [("CONSULT", "meet")]


def test_events_triggers_a_fire_without_cease_is_no_ceasefire(nlp):
    assert events(nlp, "Kenya declared a fire in the Mau forest a national disaster.") == []


@pytest.mark.parametrize("text, expected", [
    ("Al-Shabaab fighters killed ten Kenyan police trainees.",
     ("ASSAULT", None, ["SHABAAB"], ["KEN"])),
    ("The Hezbollah organization launched a rocket attack on Israeli positions.",
     ("ASSAULT", None, ["HEZBOLLAH"], ["ISR"])),
])
def test_events_triggers_trainees_are_targets_and_an_organization_acts_for_its_name(
        nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Al-Shabaab fighters torched a village in northern Kenya.",
     ("ASSAULT", None, ["SHABAAB"], ["KEN"])),
    ("The European Union stepped up pressure on Belarus.", ("COERCE", None, ["EU"], ["BLR"])),
    ("Japan resumed aid to Ukraine.", ("AID", None, ["JPN"], ["UKR"])),
    ("Kenya extended an invitation to the Ugandan president.",
     ("REQUEST", "meet", ["KEN"], ["UGA"])),
    ("Nigeria ordered troops into the Niger Delta.", ("MOBILIZE", "troops", ["NGA"], [])),
])
def test_events_triggers_arson_pressure_resumed_aid_invitations_and_troops_ordered_in(
        nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Kenya reached an agreement with Uganda on the border.", ("SUPPORT", None, ["KEN"], ["UGA"])),
    ("Kenya struck a deal with Ethiopia over electricity.", ("SUPPORT", None, ["KEN"], ["ETH"])),
    # two sides agreeing: each is the other's recipient (events/mutual.py)
    ("Kenya and Uganda agreed a new trade deal.",
     ("SUPPORT", None, ["KEN", "UGA"], ["UGA", "KEN"])),
    ("Kenya and Tanzania agreed on the text of a treaty.",
     ("SUPPORT", None, ["KEN", "TZA"], ["TZA", "KEN"])),
])
def test_events_triggers_an_agreement_concluded_is_a_formal_agreement(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "Kenya and Uganda agreed to a ceasefire.",
    "Kenya agreed to lift the ban on Ugandan sugar.",
    "Kenya and Somalia reached a compromise on the maritime border.",
])
def test_events_triggers_agreeing_to_act_stays_agree(nlp, text):
    assert [e.type for e in events(nlp, text)] == ["AGREE"]


@pytest.mark.parametrize("text, cameo, recipient", [
    ("Saudi Arabia imposed a blockade on Qatar.", "191", ["QAT"]),
    ("Rebels captured three towns in northern Mali.", "192", ["MLI"]),
])
def test_events_triggers_blockades_and_towns_captured_are_fighting(nlp, text, cameo, recipient):
    [event] = events(nlp, text)
    assert (event.type, event.cameo, who(event.recipient)) == ("ASSAULT", cameo, recipient)


def test_events_triggers_sanctions_imposed_stay_coercion(nlp):
    [event] = events(nlp, "Kenya imposed sanctions on Somalia.")
    assert (event.type, event.mode) == ("COERCE", "restrict")


@pytest.mark.parametrize("text, expected", [
    ("Canadian lawmakers called for sanctions against Russia over the poisoning.",
     ("ACCUSE", "disapprove", ["CAN"], ["RUS"])),
    ("The UN called for an inquiry into the attack on the Kenyan convoy.",
     ("ACCUSE", "allege", ["UN"], [])),
])
def test_events_triggers_calling_for_sanctions_or_an_inquiry_accuses(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, mode", [
    ("Kenya called for talks with Somalia.", "meet"),
    ("The EU called for a ceasefire in Sudan.", "yield"),
])
def test_events_triggers_calling_for_talks_or_a_ceasefire_stays_a_request(nlp, text, mode):
    assert [(e.type, e.mode) for e in events(nlp, text)] == [("REQUEST", mode)]


@pytest.mark.parametrize("text, expected", [
    ("Japan handed over medical equipment and medicines to the Kenyan health ministry.",
     ("AID", None, ["JPN"], ["KEN"])),
    ("Iraqi warplanes attacked an Islamic State explosives factory in Syria.",
     ("ASSAULT", None, ["IRQ"], ["ISIS"])),
    ("Kenya reaffirmed its commitment to the African Union.", ("SUPPORT", None, ["KEN"], ["AU"])),
    ("The United States and Sudan upgraded diplomatic ties.",
     ("SUPPORT", None, ["USA", "SDN"], ["SDN", "USA"])),
])
def test_events_triggers_goods_handed_over_plants_attacked_and_diplomatic_support(
        nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, kind", [
    ("Kenya made a commitment to cut emissions.", "AGREE"),            # a promise, not support
    ("Kenya and Uganda upgraded their trade ties.", "COOPERATE"),      # material, not diplomatic
])
def test_events_triggers_commitments_made_and_trade_ties_keep_their_type(nlp, text, kind):
    assert [e.type for e in events(nlp, text)] == [kind]


@pytest.mark.parametrize("text, expected", [
    ("The EU enforced sanctions on Russia.", ("COERCE", "restrict", ["EU"], ["RUS"])),
    ("Turkey boosted its troops in Syria.", ("MOBILIZE", "troops", ["TUR"])),
    ("NATO strengthened its forces in Poland.", ("MOBILIZE", "troops", ["NATO"])),
    ("Trump abandoned his policy of separating migrant families.", ("CONCEDE", None, ["USA"])),
])
def test_events_triggers_sanctions_enforced_forces_boosted_and_policies_abandoned(
        nlp, text, expected):
    assert expected in [t[:len(expected)] for t in coded(nlp, text)]


@pytest.mark.parametrize("text", [
    "The Kenyan government increased its spending on schools.",   # no forces added
    "Two Kenyan banks increased their presence in London.",       # a firm's presence is no force
    "Kenya abandoned its plan to build a dam.",                   # a plan dropped yields to no one
])
def test_events_triggers_more_spending_and_dropped_plans_code_nothing(nlp, text):
    assert events(nlp, text) == []


def test_events_triggers_sanctions_ordered_on_someone_coerce_them(nlp):
    assert ("COERCE", "restrict", ["USA"], ["IRN"]) in coded(
        nlp, "The American president ordered new sanctions on Iran.")


def test_events_triggers_property_returned_to_a_place_goes_to_its_country(nlp):
    assert ("RETREAT", "return", ["DEU"], ["NGA"]) in coded(
        nlp, "Germany returned the looted bronzes to Benin City.")


def test_events_triggers_goods_counted_by_their_worth_are_the_goods(nlp):
    assert ("AID", None, ["USA"], ["KEN"]) in coded(
        nlp, "The United States handed over $4 million worth of medical equipment to the Kenyan "
             "health ministry.")


@pytest.mark.parametrize("text, expected", [
    # The parser hangs "at X" on the projectile, not on the verb: it is aimed at X all the same.
    ("Russia fired a record 300 drones at Ukraine overnight, Kyiv said.",
     ("ASSAULT", "heavy-weapons", ["RUS"], ["UKR"])),
    ("Iran launched dozens of ballistic missiles at Israel on Tuesday.",
     ("ASSAULT", "heavy-weapons", ["IRN"], ["ISR"])),
    ("The Houthis fired two missiles towards Saudi Arabia.",
     ("ASSAULT", "heavy-weapons", ["HOUTHIS"], ["SAU"])),
    # a city stands for its state, also where the model runs a time on from it ("Kyiv overnight")
    ("Russia launched 40 drones at Kyiv overnight.",
     ("ASSAULT", "heavy-weapons", ["RUS"], ["UKR"])),
    ("Iran fired missiles toward Israel.", ("ASSAULT", "heavy-weapons", ["IRN"], ["ISR"])),
])
def test_events_triggers_projectiles_fired_at_a_side_assault_it(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "Israel refrained from striking Iran.",
    "The United States stopped short of imposing sanctions on Turkey.",
    "The EU held off on announcing sanctions against Russia.",
])
def test_events_triggers_an_act_held_back_is_never_coded_as_done(nlp, text):
    assert [e.type for e in events(nlp, text) if not e.negated] == []


@pytest.mark.parametrize("text", [
    "North Korea fired a ballistic missile into the sea.",   # aimed at no one
    "Russia launched a new satellite on Friday.",
    "India launched a new campaign at the summit.",
    "The company launched drones at a trade fair.",
    "The Kenyan party launched a campaign for the election.",
    "The Kenyan army fired a warning.",
])
def test_events_triggers_a_launch_aimed_at_no_one_is_no_attack(nlp, text):
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, expected", [
    ("A Kenyan court on Sunday extended the detention of Ugandan activists by 20 days.",
     ("COERCE", "arrest", ["KEN"], ["UGA"])),
    ("Turkey was offering military training to Syrian rebels.",
     ("AID", None, ["TUR"], ["SYR"])),
    ("Egypt stepped up warnings to Ethiopia over the dam.", ("THREATEN", None, ["EGY"], ["ETH"])),
])
def test_events_triggers_event_nouns_carried_by_their_own_verbs(nlp, text, expected):
    assert expected in coded(nlp, text)


def test_events_triggers_military_action_to_be_taken_is_a_hypothetical_assault(nlp):
    [event] = events(nlp, "Britain must take military action against the Assad regime.")
    assert (event.type, who(event.actor), who(event.recipient), event.hypothetical) == (
        "ASSAULT", ["GBR"], ["SYR"], True)


@pytest.mark.parametrize("text", [
    "The minister took action against corruption.",   # no military action
    "Kenya stepped up training for its athletes.",     # training carried by no verb of giving
    "The court extended the deadline by a week.",      # no one's detention
])
def test_events_triggers_look_alikes_of_carried_event_nouns_code_nothing(nlp, text):
    assert not events(nlp, text)


def test_events_triggers_walking_away_unless_others_agree_is_a_refusal_aimed_at_them(nlp):
    found = [(e.type, who(e.actor), sorted(who(e.recipient)), e.hypothetical) for e in events(
        nlp, "Vance warned on Wednesday that the US would walk away unless Russia and Ukraine "
             "agree to a peace deal.")]
    assert ("REJECT", ["USA"], ["RUS", "UKR"], True) in found


def test_events_triggers_people_walking_away_from_a_place_reject_no_one(nlp):
    assert not events(nlp, "The children walked away from the school.")


@pytest.mark.parametrize("text, expected", [
    ("Russian troops advanced on Kyiv from the north.", ("ASSAULT", None, ["RUS"], ["UKR"])),
    ("Ukrainian forces pushed into Russia's Kursk region in August.",
     ("ASSAULT", None, ["UKR"], ["RUS"])),
])
def test_events_triggers_forces_advancing_on_a_place_attack_it(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "The government advanced its agenda on trade.",
    "The crisis pushed millions into poverty.",
    "Talks advanced towards a deal.",
])
def test_events_triggers_advancing_an_agenda_or_towards_a_deal_attacks_no_one(nlp, text):
    assert not [e for e in events(nlp, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, expected", [
    ("Pakistan's military brought down five Indian jets.", ("ASSAULT", "aerial", ["PAK"], ["IND"])),
    ("Iran said it downed an American drone over its waters.",
     ("ASSAULT", "aerial", ["IRN"], ["USA"])),
    ("Iran ruled out direct talks with Washington.", ("REJECT", "meet", ["IRN"], ["USA"])),
    ("Beijing pushed back against Washington's accusations.",
     ("REJECT", None, ["CHN"], ["USA"])),
    ("Panama's president ruled out negotiations with the United States over the canal.",
     ("REJECT", "meet", ["PAN"], ["USA"])),
    ("US President Donald Trump hinted at sanctions against Russia.",
     ("THREATEN", "restrict", ["USA"], ["RUS"])),
])
def test_events_triggers_downing_ruling_out_and_hinting_at(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "The opposition brought down the government in a vote.",
    "The team downed three beers.",
    "The president ruled out a run for a second term.",
    "The central bank ruled out a rate rise.",
    "The minister hinted at a cabinet reshuffle.",
])
def test_events_triggers_downing_a_government_or_ruling_out_a_run_code_nothing(nlp, text):
    assert coded(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Baghdad and Washington are in talks to transfer thousands of prisoners.",
     ("CONSULT", "meet", ["IRQ", "USA"], ["USA", "IRQ"])),
    ("Iraq remains in negotiations with Turkey over water.", ("CONSULT", "meet", ["IRQ"], ["TUR"])),
    ("Kurdish forces retook the town from Islamic State on Saturday.",
     ("ASSAULT", None, ["Kurdish forces"], ["ISIS"])),
])
def test_events_triggers_in_talks_and_retook(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "Iraq is in talks to buy jets.",
    "Engineers are in talks about the design.",
    "The minister was in a meeting when the bomb went off.",
    "A photographer working with AFP reported heavy damage.",
])
def test_events_triggers_talks_with_no_other_side_or_work_with_an_agency_code_nothing(nlp, text):
    assert coded(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("India's defence minister questioned the safety of Pakistan's nuclear weapons.",
     ("ACCUSE", "disapprove", ["IND"], ["PAK"])),
    ("Nepal's former minister challenged New Delhi's narrative on the attack.",
     ("ACCUSE", "disapprove", ["NPL"], ["IND"])),
    ("Pakistan took strong exception to remarks by India's prime minister.",
     ("ACCUSE", "disapprove", ["PAK"], ["IND"])),
])
def test_events_triggers_questioning_challenging_or_taking_exception_disapproves(nlp, text,
                                                                                  expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "The boxer challenged the champion to a rematch.",
    "She took the bus to work.",
])
def test_events_triggers_a_challenge_to_a_bout_or_a_bus_taken_code_nothing(nlp, text):
    assert coded(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Iran supplied the rebels in Yemen with arms.", ("AID", None, ["IRN"], ["rebels"])),
    ("Qatar provided Hamas with funding.", ("AID", None, ["QAT"], ["HAMAS"])),
])
def test_events_triggers_provided_with_gives_to_the_object(nlp, text, expected):
    assert expected in coded(nlp, text)


def test_events_triggers_provided_with_words_is_no_aid(nlp):
    assert coded(nlp, "The ministry provided journalists with a statement.") == []
