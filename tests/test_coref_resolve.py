"""The coreference resolver on team-written sentences: each test names the construction it pins,
and some must link nothing."""

from __future__ import annotations

import pytest

from faultlines.coref import resolve
from tests.conftest import up_to_actors


@pytest.fixture
def links(nlp):
    """The resolver's links of a text coded by the whole pipeline, by the anaphor's words."""

    def run(text: str) -> dict[str, list]:
        doc = up_to_actors(nlp, text)
        out: dict[str, list] = {}
        for link in resolve(doc, doc._.mentions):
            out.setdefault(link.text, []).append(link)
        return out

    return run


def _countries(link) -> list[str | None]:
    return [a.get("country") for a in link.actors]


def _names(link) -> list[str]:
    return [a.get("name") for a in link.actors]


def test_coref_resolve_possessive_before_its_subject_points_forward(links) -> None:
    found = links("Before its invasion of Ukraine, Russia was a major grain exporter.")
    assert _countries(found["its"][0]) == ["RUS"]
    assert found["its"][0].rule == "cataphora"


def test_coref_resolve_possessive_before_a_later_name_in_a_fronted_phrase(links) -> None:
    found = links("After his meeting with President Aoun, Guterres expressed hope.")
    assert _names(found["his"][0]) == ["António Guterres"]


def test_coref_resolve_he_in_a_reported_clause_is_the_reporter(links) -> None:
    found = links("Putin said he was ready for talks.")
    assert _names(found["he"][0]) == ["Vladimir Putin"]


def test_coref_resolve_object_pronoun_is_not_its_own_subject(links) -> None:
    found = links("Trump met Ramaphosa and praised him.")
    assert _names(found["him"][0]) == ["Cyril Ramaphosa"]


def test_coref_resolve_object_controls_the_gerund_it_governs(links) -> None:
    found = links("Lebanon accused Israel of delaying its withdrawal.")
    assert _countries(found["its"][0]) == ["ISR"]


def test_coref_resolve_it_with_a_thing_predicate_names_no_actor(links) -> None:
    found = links("Iraq welcomed the ceasefire, saying it was an important step.")
    assert found["it"][0].actors == ()
    assert found["it"][0].antecedents[0]["text"] == "the ceasefire"


def test_coref_resolve_expletive_it_stands_for_nothing(links) -> None:
    found = links("It is unclear whether Israel will withdraw.")
    assert found["It"][0].rule == "expletive" and found["It"][0].actors == ()


def test_coref_resolve_it_in_a_story_without_actors_names_none(links) -> None:
    found = links("It rained in Kabul on Monday, and it was cold.")
    assert all(link.actors == () for group in found.values() for link in group)


def test_coref_resolve_the_two_countries_are_the_pair_named_before(links) -> None:
    found = links("Thailand and Cambodia traded fire on Thursday. The two countries blame "
                  "each other.")
    assert sorted(_countries(found["The two countries"][0])) == ["KHM", "THA"]


def test_coref_resolve_the_country_is_the_state_that_speaks(links) -> None:
    found = links("Iran said on Friday that the country would not negotiate under threat.")
    link = found["the country"][0]
    assert _countries(link) == ["IRN"] and link.actors[0]["kind"] == "state"


def test_coref_resolve_the_group_is_the_armed_group_named_before(links) -> None:
    found = links("Hezbollah fired rockets at Israel. The group said the attack was a warning.")
    assert _names(found["The group"][0]) == ["Hezbollah"]


def test_coref_resolve_the_premier_is_the_prime_minister_and_him_the_other(links) -> None:
    found = links("Prime Minister Shehbaz Sharif met President Donald Trump in Washington. "
                  "The premier thanked him for his support.")
    assert _names(found["The premier"][0]) == ["Shehbaz Sharif"]
    assert _names(found["him"][0]) == ["Donald Trump"]


def test_coref_resolve_a_title_with_a_state_is_that_states_holder(links) -> None:
    found = links("Canada's Prime Minister Mark Carney met Donald Trump. The US president "
                  "praised him.")
    assert _names(found["The US president"][0]) == ["Donald Trump"]
    assert _names(found["him"][0]) == ["Mark Carney"]


def test_coref_resolve_the_ministry_is_the_ministry_named_before(links) -> None:
    found = links("The Russian defence ministry said Ukraine had attacked. The ministry said "
                  "its troops repelled the assault.")
    assert _countries(found["The ministry"][0]) == ["RUS"]
    assert _countries(found["its"][0]) == ["RUS"]


def test_coref_resolve_she_once_is_not_he_later(links) -> None:
    found = links("Kaja Kallas met Wang Yi in Munich. She said she wanted closer ties. He "
                  "replied that China agreed.")
    assert _names(found["She"][0]) == ["Kaja Kallas"]
    assert _names(found["He"][0]) == ["Wang Yi"]


def test_coref_resolve_a_pronoun_in_a_quote_is_not_its_speaker(links) -> None:
    found = links('Putin met Zelensky in Istanbul. "He has no mandate," Zelensky said.')
    assert _names(found["He"][0]) == ["Vladimir Putin"]


def test_coref_resolve_the_group_and_it_are_the_armed_group_not_the_speaker(links) -> None:
    found = links("The ELN attacked a military base. Petro suspended talks with the group, "
                  "accusing it of war crimes.")
    assert _names(found["the group"][0]) == ["National Liberation Army"]
    assert _names(found["it"][0]) == ["National Liberation Army"]


def test_coref_resolve_the_two_countries_are_the_two_states_of_the_sentence_before(links) -> None:
    found = links("Armenia fears a new war. Armenia says Armenia is alone. The United States "
                  "established relations with Azerbaijan in 1992, and the two countries have "
                  "strengthened their trade partnership.")
    assert sorted(_countries(found["the two countries"][0])) == ["AZE", "USA"]


def test_coref_resolve_both_leaders_are_the_two_people_of_the_nearest_sentence(links) -> None:
    found = links("Emmanuel Macron spoke in Paris. Macron said France would help, and Macron "
                  "left. Later, Olaf Scholz met Pedro Sanchez in Madrid. Both leaders called "
                  "for calm.")
    assert sorted(_names(found["Both leaders"][0])) == ["Olaf Scholz", "Pedro Sánchez"]


@pytest.mark.parametrize("text, anaphor, expected", [
    # officials and leaders of the pair named before: its states stand for them
    ("Rwanda and Burundi signed a border accord. The two foreign ministers pledged to meet "
     "again.", "The two foreign ministers", ["BDI", "RWA"]),
    ("Peru and Chile closed their border. Lula said that the two leaders had agreed to reopen "
     "it.", "the two leaders", ["CHL", "PER"]),
    # the scene of the talks is no side
    ("Ethiopia and Eritrea fought a war. Ethiopia hosted talks in Kenya, where the warring sides "
     "met.", "the warring sides", ["ERI", "ETH"]),
    # nor is the one who reports what the two did
    ("Israel and Jordan argued for months. Qatar's foreign ministry said Egypt had hosted talks "
     "and that both sides had agreed to a truce.", "both sides", ["ISR", "JOR"]),
    # "the military" tagged as an adjective is still the state's army
    ("Civil war has gripped Myanmar since the military seized power in 2021.", "the military",
     ["MMR"]),
    # the subject of the description's own clause is never it, nor anyone it stands for
    ("War has ravaged Yemen for years, and Iran has armed the country's rebels.", "the country",
     ["YEM"]),
    ("Russia invaded Ukraine in 2022 and wants to keep the country's east.", "the country",
     ["UKR"]),
    # "the coalition" is the one the state before "-led" leads
    ("A Saudi-led coalition is fighting rebels in Yemen. The coalition said it struck a depot.",
     "The coalition", ["SAU"]),
    # but a person's own state may be: "the country" is often his
    ("Canada's prime minister Mark Carney has never faced the country's voters.",
     "the country", ["CAN"]),
    # a description that counts more than two sides is the list of that many named before
    ("Ghana, Togo and Benin signed a pact. Nigeria welcomed it. The three leaders pledged to "
     "meet again.", "The three leaders", ["BEN", "GHA", "TGO"]),
    ("Chile and Peru met in Lima, with Bolivia and Ecuador. The four governments agreed on a "
     "plan.", "The four governments", ["BOL", "CHL", "ECU", "PER"]),
    # a longer list with that many actors in it is no such list, and lists reach further back
    ("Chile, Peru, Bolivia and Ecuador urged Venezuela to act. They met in Lima. They named "
     "the ELN, the FARC, Tren de Aragua, the Sinaloa Cartel and the Shining Path as threats. "
     "The four sides called for sanctions.", "The four sides", ["BOL", "CHL", "ECU", "PER"]),
    # "the regime" is the story's own state, not the last one named
    ("Syria's war has killed thousands. Syria denied using chemical weapons. Russia offered "
     "the fighters an exit, but an attack by the regime broke their will.", "the regime",
     ["SYR"]),
    # in a quotation, "the country" of a state's voice is its own
    ("Russia attacked Ukraine. \"The country will never surrender,\" Zelensky said.",
     "The country", ["UKR"]),
    ("Israel struck Gaza. \"The government must act,\" Egypt's foreign ministry said.",
     "The government", ["EGY"]),
    # plural officials an "of" list owns stand for every listed actor
    ("The leaders of Ghana, Togo and Benin warned of a food crisis.", "The leaders",
     ["BEN", "GHA", "TGO"]),
])
def test_coref_resolve_pair_and_body_descriptions(links, text, anaphor, expected) -> None:
    assert sorted(_countries(links(text)[anaphor][0])) == expected


@pytest.mark.parametrize("text, words", [
    ("Ghana and Togo held talks. The ministers discussed the budget.", "The ministers"),
    ("The interests of Iran and Iraq clashed over the dam.", "The interests"),
    ("The leaders of both houses of Congress stepped down.", "The leaders"),
    # placed by its own words: "the authorities in Port Sudan" are no anaphor
    ("Sudan's army fought on. The authorities in Port Sudan cut ties with the UAE.",
     "The authorities in Port Sudan"),
])
def test_coref_resolve_plural_nouns_with_no_number_or_list_of_actors_link_nothing(
        links, text, words) -> None:
    assert words not in links(text)


def test_coref_resolve_a_state_and_its_organ_are_one_side(links) -> None:
    found = links("Ukraine's army has fought Russia for years. The deal restores state authority "
                  "in eastern Ukraine and asks the two sides to talk.")
    assert sorted(_countries(found["the two sides"][0])) == ["RUS", "UKR"]


def test_coref_resolve_a_description_after_a_plural_is_one_body_for_its(links) -> None:
    found = links("Rebels said Myanmar soldiers had raided two villages. The military is "
                  "struggling to defend its rule, and it has been accused of abuses.")
    assert _countries(found["its"][0]) == ["MMR"]
    assert _countries(found["it"][0]) == ["MMR"]


def test_coref_resolve_its_neighbour_is_the_other_state(links) -> None:
    found = links("Lithuania has taken Belarus to the International Court of Justice, accusing "
                  "its neighbour of orchestrating a migrant crisis.")
    assert _countries(found["its"][0]) == ["LTU"]
    assert _countries(found["its neighbour"][0]) == ["BLR"]


def test_coref_resolve_a_neighbour_with_no_other_state_named_links_nothing(links) -> None:
    found = links("Russia said its neighbour had shelled the border.")
    assert found["its neighbour"][0].actors == ()
    assert "a neighbour" not in links("A neighbour of Iraq said it would help.")


def test_coref_resolve_a_possessive_in_a_judging_verbs_for_phrase_is_the_judged(links) -> None:
    assert _countries(links("Cyprus condemned Turkey for its drilling off the coast.")["its"][0]) \
        == ["TUR"]
    found = links("Pretoria led a case at the International Court of Justice accusing Israel of "
                  "genocidal acts in its offensive in Gaza.")
    assert _countries(found["its"][0]) == ["ISR"]


def test_coref_resolve_a_judged_thing_owns_the_possessive_and_names_no_actor(links) -> None:
    found = links("Iran said on Monday that it condemned the killings for their brutality.")
    assert found["their"][0].antecedents[0]["text"] == "the killings"
    assert found["their"][0].actors == ()


def test_coref_resolve_what_a_verb_of_force_strikes_is_not_its_subjects(links) -> None:
    found = links("Kyiv said Russia had lost many soldiers. Russia said its forces had destroyed "
                  "three of its tanks.")
    assert [_countries(link) for link in found["its"]] == [["RUS"], ["UKR"]]
    found = links("The Israeli army says it has been seizing Hezbollah weapons and dismantling "
                  "its infrastructure.")
    assert _names(found["its"][0]) == ["Hezbollah"]


def test_coref_resolve_a_crowd_is_no_subject_of_a_verb_of_force(links) -> None:
    found = links("Gunmen stormed a village in Plateau state and killed 30 civilians. They had "
                  "attacked the village twice before.")
    assert _names(found["They"][0]) == ["Gunmen"]


def test_coref_resolve_the_demonym_before_a_called_on_noun_controls_its(links) -> None:
    found = links("Hezbollah leader Naim Qassem accused Israel of hundreds of violations, warning "
                  "it against testing our patience and calling on the Lebanese state to be "
                  "firm in its response.")
    assert _countries(found["its"][0]) == ["LBN"]


def test_coref_resolve_what_a_verb_of_censure_censures_is_not_its_subjects(links) -> None:
    found = links("South Africa has been criticised for its ties with Russia, including not "
                  "condemning its 2022 invasion of Ukraine.")
    assert [_countries(link) for link in found["its"]] == [["ZAF"], ["RUS"]]
    found = links("Putin met the generals and praised his troops.")
    assert _names(found["his"][0]) == ["Vladimir Putin"]


def test_coref_resolve_a_description_is_not_the_other_party_of_its_own_act(links) -> None:
    # "the government" that accuses Pakistan is not Pakistan, whatever else names no state
    found = links("The government accused Pakistan of shelling.")
    assert "PAK" not in _countries(found["The government"][0])
    found = links("Pakistan's army chief visited troops in Waziristan. The army said it had "
                  "shot down an Indian drone.")
    assert _countries(found["The army"][0]) == ["PAK"]


def test_coref_resolve_a_description_seated_in_a_capital_is_no_anaphor(links) -> None:
    # "the government in Kabul" is placed by its own words; nothing later in the story is it
    assert "The government" not in links("The government in Kabul accused Pakistan.")


@pytest.mark.parametrize("text, anaphor, expected", [
    # an armed group is "the rebels" whatever its sector; a state's organ is never "the group"
    ("Sudan accuses the UAE of arming the Rapid Support Forces. The UAE denies supporting the "
     "rebels.", "the rebels", ["Rapid Support Forces"]),
    ("Three people were killed, authorities said, and the government suspended talks with the "
     "group.", "the group", []),
    # "the party" is the party named before, not a plural of parties in general
    ("Sharif has courted opposition parties. The Pakistan Peoples Party looks set for its best "
     "result. The party has received backing from Sharif.", "The party",
     ["Pakistan Peoples Party"]),
])
def test_coref_resolve_group_descriptions(links, text, anaphor, expected) -> None:
    assert _names(links(text)[anaphor][0]) == expected


@pytest.mark.parametrize("text, anaphor, expected", [
    # "they" after a list of three is the whole list, not its last two
    ("Iran, Turkey and Russia met in Astana. They agreed to extend the truce.", "They",
     ["IRN", "RUS", "TUR"]),
    ("Egypt, Qatar and the United States brokered the deal. They said the truce would hold.",
     "They", ["EGY", "QAT", "USA"]),
    # "it added" after a text that spoke is the text: its author where the phrase names one,
    # else no actor, never a state the text talks about
    ("The statement said the leaders discussed trade with China. It added that talks would "
     "go on.", "It", []),
    ("A statement released by the British government said aid was blocked. It added that "
     "sanctions were possible.", "It", ["GBR"]),
    # "its crew" is a vessel's, a thing's
    ("The Houthis attacked a ship in the Red Sea. Its crew was rescued.", "Its", []),
    # a possessive or subject before the main clause's named subject points forward to it,
    # to nothing where the actors stage knows no such name, and back where it cannot agree
    ("Morocco has seen unrest. Despite its calls for protests, the Zorba Collective praised "
     "the king.", "its", []),
    ("Rwanda denies backing the rebels. As they entered Bukavu, M23 fighters were cheered.",
     "they", ["COD"]),
    ("Assad fled Syria in December. Since his fall, Israel has struck Syria hundreds of times.",
     "his", ["SYR"]),
    ("Trump urged France and Germany to act. He said that if they did not the US would act "
     "alone.", "they", ["DEU", "FRA"]),
])
def test_coref_resolve_pronoun_constructions(links, text, anaphor, expected) -> None:
    assert sorted(c for c in _countries(links(text)[anaphor][0]) if c) == expected
