"""The story's state for actors their words do not place (actors/story.py): state organs and
the people of a place take the state their sentence, paragraph or story puts them in, and none
where that is unclear. Team-written stories, read as the actors stage leaves them: the
coreference stage after it may link a bare organ ("the military") to another state, and is
tested in tests/test_coref_*.py."""

from __future__ import annotations

from faultlines import pipeline
from faultlines.ingest.draft import Draft
from tests.conftest import up_to_actors


def coded(nlp, text: str, published: str = "2025-06-26", **draft):
    return up_to_actors(nlp, text, published=published, **draft)


def state_of(doc, words: str) -> tuple:
    m = next(m for m in doc._.mentions if m["text"] == words)
    return m["actor"]["country"], m["actor"]["sector"]


KENYA = ("NAIROBI: Police fired on protesters in the capital on Wednesday as marches against "
         "new taxes turned violent.\n\n"
         "At least 30 people were killed last year by security forces in weeks of unrest.\n\n"
         "Kenya's opposition called for calm. Kenyan lawmakers will debate the budget in June, "
         "and President William Ruto said Kenya would not back down.\n\n"
         "Embassies of Britain and Germany urged restraint.")


def test_actors_story_dateline_places_the_police_and_the_protesters(nlp):
    doc = coded(nlp, KENYA)
    assert state_of(doc, "Police") == ("KEN", "COP")
    assert state_of(doc, "protesters") == ("KEN", "CVL")


def test_actors_story_a_paragraph_naming_no_state_takes_the_story_one(nlp):
    doc = coded(nlp, KENYA)
    assert state_of(doc, "security forces") == ("KEN", "COP")
    assert state_of(doc, "At least 30 people") == ("KEN", "CVL")


def test_actors_story_police_firing_on_their_own_people_keep_them_as_recipients(nlp):
    doc = nlp(pipeline.make_doc(nlp, Draft(text=KENYA, origin="<test>", published="2025-06-26")))
    fired = next(e for e in doc._.events if e["trigger"]["text"].startswith("fired"))
    assert [a["country"] for a in fired["recipient"]] == ["KEN"]


def test_actors_story_soldiers_take_the_one_state_their_sentence_names(nlp):
    doc = coded(nlp, "Gunmen killed 20 soldiers in an attack on a Burkina Faso army base, "
                     "a security source said.\n\nSenegal sent condolences.")
    assert state_of(doc, "20 soldiers") == ("BFA", "MIL")


def test_actors_story_people_take_the_place_their_sentence_names(nlp):
    doc = coded(nlp, "Thousands of residents gathered in Nairobi on Sunday, while Uganda "
                     "closed its border.")
    m = next(m for m in doc._.mentions if "residents" in m["text"])
    assert m["actor"]["country"] == "KEN"


def test_actors_story_people_near_a_state_that_acts_keep_no_state(nlp):
    doc = coded(nlp, "Israel resumed its offensive on Monday. Israeli strikes killed dozens of "
                     "people overnight, officials said.\n\nIsrael's cabinet met "
                     "in Jerusalem.")
    m = next(m for m in doc._.mentions if m["text"].endswith("people"))
    assert m["actor"]["country"] is None


def test_actors_story_a_story_about_two_states_places_no_organ(nlp):
    doc = coded(nlp, "Lithuania filed a case against Belarus at the world court.\n\n"
                     "Officials said talks had failed. Belarus denied the claims, and "
                     "Lithuania said it had evidence.")
    assert state_of(doc, "Officials") == (None, "GOV")


def test_actors_story_a_story_of_one_state_filed_elsewhere_keeps_its_state(nlp):
    doc = coded(nlp, "DUBAI: The Sudanese army seized the presidential palace in Khartoum on "
                     "Friday.\n\nThe army had long been on the back foot, but many Sudanese "
                     "welcomed the news from Khartoum.")
    assert state_of(doc, "The army") == ("SDN", "MIL")


def test_actors_story_a_state_inside_a_persons_name_is_none_of_the_story(nlp):
    doc = coded(nlp, "Police in Kenya detained traders in Mombasa on Monday.\n\n"
                     "Protesters led by Abbas Mir and Farman Tajik blocked the road.")
    assert state_of(doc, "Protesters") == ("KEN", "CVL")


def test_actors_story_a_soft_hyphen_does_not_hide_a_name(nlp):
    doc = coded(nlp, "Security forces killed 60 people in protests by young Keny\u00adans.")
    assert state_of(doc, "Keny\u00adans") == ("KEN", "CVL")
    assert state_of(doc, "Security forces") == ("KEN", "COP")


def test_actors_story_envoys_and_foreign_troops_are_never_the_storys(nlp):
    doc = coded(nlp, "NAIROBI: The envoy met the president on Monday. Foreign troops patrolled "
                     "the streets of Kenya's capital.")
    assert state_of(doc, "The envoy")[0] is None
    assert state_of(doc, "Foreign troops")[0] is None


def test_actors_story_one_civilian_is_a_person(nlp):
    doc = coded(nlp, "A two-year-old boy was killed when the building collapsed.")
    m = next(m for m in doc._.mentions if m["text"].endswith("boy"))
    assert (m["actor"]["name"], m["actor"]["sector"], m["actor"]["kind"]) == \
        ("boy", "CVL", "person")


def test_actors_story_a_sentence_naming_two_states_places_no_soldiers(nlp):
    doc = coded(nlp, "Gunmen killed 20 soldiers in an attack on a Burkina Faso army base, a "
                     "security source told reporters in Dakar.")
    assert state_of(doc, "20 soldiers") == (None, "MIL")


def test_actors_story_an_organ_named_without_its_state_takes_the_storys(nlp):
    doc = coded(nlp, "ISLAMABAD: In a statement issued by the Foreign Office, the ministry said "
                     "the diplomat had been travelling to the US.")
    assert state_of(doc, "the Foreign Office") == ("PAK", "GOV")


def test_actors_story_a_demonym_on_a_topic_does_not_place_the_police(nlp):
    doc = coded(nlp, "JERUSALEM: Israeli police arrested two booksellers in Jerusalem.\n\n"
                     "During the operation, the police found books on nationalist Palestinian "
                     "themes, the statement said.")
    assert state_of(doc, "the police") == ("ISR", "COP")


def test_actors_story_a_story_without_breaks_keeps_its_state_for_its_organs(nlp):
    doc = coded(nlp, "Myanmar's junta extended emergency rule on Monday. Thailand and India "
                     "criticised the move. The military arrested two reporters on "
                     "Sunday. Myanmar officials said the vote would go ahead, and Myanmar's "
                     "election body set a date. Critics in Myanmar called the vote a sham.")
    assert state_of(doc, "The military") == ("MMR", "MIL")


def coded_from(nlp, text: str, source: str | None = None, url: str | None = None):
    return coded(nlp, text, "2025-07-21", source=source, url=url)


DOMESTIC = ("The government detained several traders on Monday after they protested at the "
            "Pakistan-China border against new taxes.\n\nThe traders said the police raided "
            "their houses at night.")


def test_actors_story_a_national_papers_own_story_is_set_at_home(nlp):
    doc = coded_from(nlp, DOMESTIC, source="Dawn")
    assert state_of(doc, "The government") == ("PAK", "GOV")
    assert state_of(doc, "several traders") == ("PAK", "BUS")
    assert state_of(doc, "the police") == ("PAK", "COP")


def test_actors_story_the_outlet_is_known_by_its_web_address_too(nlp):
    doc = coded_from(nlp, DOMESTIC, url="https://www.dawn.com/news/1234")
    assert state_of(doc, "The government") == ("PAK", "GOV")


def test_actors_story_an_outlet_never_outweighs_what_the_story_names(nlp):
    doc = coded_from(nlp, "China said on Monday that talks with Pakistan would resume. China "
                          "and Pakistan signed a pact, and China sent a delegation.\n\n"
                          "The government said the deal was fair.", source="Dawn")
    assert state_of(doc, "The government")[0] is None


def test_actors_story_a_wire_or_unknown_outlet_gives_no_state(nlp):
    doc = coded_from(nlp, DOMESTIC, source="Al Jazeera English")
    assert state_of(doc, "the police")[0] is None


def test_actors_story_the_other_party_of_dealings_does_not_place_an_organ(nlp):
    doc = coded(nlp, "Pakistan closed a border crossing on Monday.\n\nThe Foreign Office "
                     "said relations with Afghanistan remained tense.", source="Dawn")
    assert state_of(doc, "The Foreign Office")[0] == "PAK"
    doc = coded(nlp, "The Foreign Office said Afghanistan had closed the border.")
    assert state_of(doc, "The Foreign Office")[0] == "AFG"


def test_actors_story_the_other_party_of_an_organs_own_act_does_not_place_it(nlp):
    # the sentence's and paragraph's other party gives way to the story's state
    doc = coded(nlp, "KABUL: Afghan officials said ten people died in the border town of "
                     "Spin Boldak. Afghanistan closed the crossing.\n\n"
                     "The government accused Pakistan of shelling.")
    assert state_of(doc, "The government")[0] == "AFG"
    doc = coded(nlp, "ISLAMABAD: Pakistan's army chief visited troops in Waziristan, and "
                     "Pakistan's president praised them.\n\n"
                     "The army said it had shot down an Indian drone.")
    assert state_of(doc, "The army")[0] == "PAK"


def test_actors_story_a_state_that_sends_or_fights_an_organ_still_places_it(nlp):
    # as the object of a verb, an organ is as often its subject's own ("ordered troops") as
    # its enemy ("attacked rebel forces", the state's own rebels): the sentence's state holds
    assert state_of(coded(nlp, "Nigeria ordered troops into the Niger Delta."),
                    "troops")[0] == "NGA"
    assert state_of(coded(nlp, "Kenya said the army would deploy to the border."),
                    "the army")[0] == "KEN"


def test_actors_story_a_place_in_a_clause_of_its_own_does_not_place_the_people(nlp):
    doc = coded(nlp, "A drone attack on a minibus killed nine people on Saturday, a day after "
                     "Moscow and Kyiv agreed a prisoner exchange at talks in Istanbul.")
    m = next(m for m in doc._.mentions if m["text"].endswith("people"))
    assert m["actor"]["country"] != "TUR"


def test_actors_story_a_place_in_the_peoples_own_or_governing_clause_places_them(nlp):
    doc = coded(nlp, "Protesters who gathered in Nairobi clashed with police on Tuesday.\n\n"
                     "In Nairobi, officials said 20 people were killed when the building "
                     "collapsed.")
    assert state_of(doc, "Protesters") == ("KEN", "CVL")
    assert state_of(doc, "20 people") == ("KEN", "CVL")


def test_actors_story_a_state_acting_in_a_nested_clause_leaves_the_place_placing_people(nlp):
    doc = coded(nlp, "Soldiers killed three people trying to return to homes in south Lebanon "
                     "where Israeli troops remained.")
    assert state_of(doc, "three people")[0] == "LBN"
