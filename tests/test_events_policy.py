"""The events policy, rule by rule: each test is a team-written sentence that one named rule
decides, read through the explain output (explain.py), which names the rule and its
reason. Sentences that must code nothing say so."""

from __future__ import annotations

import shutil

import pytest

from faultlines.events.component import code_doc
from faultlines.explain import explain, prepared
from faultlines.events.lexicon import LEXICON_DIR, LexiconError, build, load
from faultlines.events.policy import rule_names

PUBLISHED = "2023-09-19"


def candidate(nlp, text: str, lemma: str) -> dict:
    """The explain record of the candidate whose trigger has this lemma."""
    found = [c for c in explain(text, PUBLISHED, nlp) if c["lemma"] == lemma]
    assert found, f"no candidate '{lemma}' in {text!r}"
    return found[0]


def decision(cand: dict, rule: str) -> dict:
    taken = [d for d in cand["decisions"] if d["rule"] == rule]
    assert taken, f"{rule} did not decide; decisions: {cand['decisions']}"
    return taken[0]


def coded(nlp, text: str) -> list[tuple]:
    return [(c["event"]["type"], c["event"]["mode"]) for c in explain(text, PUBLISHED, nlp)
            if c["event"] is not None]


# (rule, team-written sentence, trigger lemma, words of the reason, codes nothing at all)
DROPS = [
    ("no_actor", "Someone attacked the Russian embassy in Kabul.", "attack", "no actor", True),
    ("vague_actor", "A local resident attacked the checkpoint.", "attack", "too vague", True),
    ("obligation_without_recipient", "Germany must do more, the German defence minister said.",
     "say", "own side", True),
    ("unnamed_side", "Kenya slapped new tariffs on steel imports.", "slap",
     "aimed at no one placed", True),
    ("unnamed_side", "The US arrested two Japanese diplomats. New tariffs were slapped on "
     "Japan.", "slap", "names no doer", False),
    ("refused_no_meeting", "The Kremlin declined to discuss the reports.", "decline",
     "refuses no meeting", True),
    ("consult_not_political", "Three hundred Britons visited Syria.", "visit", "private one",
     True),
    ("consult_alone", "The Russian cabinet met for two hours.", "meet", "consults no one", True),
    ("consult_private", "French consular officials visited the detained businessman in Iran.",
     "visit", "private people", True),
    ("consult_private", "Speaking to reporters, the French foreign minister said talks were "
     "difficult.", "speak", "the press", True),
    ("consult_own_side", "The British defence secretary visited Kurdistan, meeting British "
     "troops.", "meet", "own side", False),
]


@pytest.mark.parametrize("rule, text, lemma, reason, nothing", DROPS,
                         ids=[f"{d[0]}-{d[2]}" for d in DROPS])
def test_events_policy_drop_rule_names_itself_and_its_reason(nlp, rule, text, lemma, reason,
                                                             nothing):
    cand = candidate(nlp, text, lemma)
    assert (cand["outcome"], cand["decided_by"]) == ("dropped", rule)
    assert reason in decision(cand, rule)["reason"]
    assert (coded(nlp, text) == []) is nothing


# (rule, team-written sentence, trigger lemma, words of the reason, type and mode coded)
RETYPES = [
    ("promised", "Iran will release the British tanker.", "release", "is a promise",
     ("AGREE", None)),
    ("threat_complement", "North Korea threatened to attack South Korea.", "threaten",
     "a threat of 'attack'", ("THREATEN", "violence")),
    ("threatened", "Turkey has said it will invade northern Syria.", "invade",
     "its own side says it will do", ("THREATEN", "violence")),
    ("verbal_protest", "The Russian government protested against the arrests.", "protest",
     "in words", ("ACCUSE", "disapprove")),
    ("peacekeeping", "Kenya sent 200 troops to serve as a peacekeeping force in Haiti.", "send",
     "keep the peace", ("AID", None)),
    ("verbal_clash", "Trump attacked Biden in a speech on Monday.", "attack", "words",
     ("ACCUSE", "disapprove")),
]


@pytest.mark.parametrize("rule, text, lemma, reason, coded_as", RETYPES,
                         ids=[r[0] for r in RETYPES])
def test_events_policy_retype_rule_names_itself_and_its_reason(nlp, rule, text, lemma, reason,
                                                               coded_as):
    cand = candidate(nlp, text, lemma)
    retyped = decision(cand, rule)
    assert retyped["verdict"] == "retype" and reason in retyped["reason"]
    assert (cand["event"]["type"], cand["event"]["mode"]) == coded_as


def test_events_policy_no_actor_drops_a_pronoun_inside_a_quotation(nlp):
    text = 'Russia massed troops near the border. "They will attack Kyiv," the Ukrainian ' \
           'general warned.'
    cand = candidate(nlp, text, "attack")
    assert cand["decided_by"] == "no_actor"
    assert "pronoun inside a quotation" in decision(cand, "no_actor")["reason"]


def test_events_policy_vague_actor_keeps_a_body_of_people_that_acts_together(nlp):
    cand = candidate(nlp, "Teachers went on strike in the capital.", "go")
    kept = decision(cand, "vague_actor")
    assert (kept["verdict"], cand["outcome"]) == ("keep", "kept")
    assert "body of people" in kept["reason"]


def test_events_policy_declined_makes_a_cooperative_act_not_to_be_done_a_refusal(nlp):
    cand = candidate(nlp, "Israel will not allow aid into Gaza.", "allow")
    retyped = decision(cand, "declined")
    assert retyped["verdict"] == "retype" and "will not do is a refusal" in retyped["reason"]
    assert retyped["changes"]["declined"] is True
    assert (cand["event"]["type"], cand["event"]["mode"]) == ("REJECT", "yield")


def test_events_policy_refused_makes_the_complement_of_a_refuse_verb_a_refusal(nlp):
    # "refused to accuse" withholds words, so "refused" is no trigger: the accusation is
    cand = candidate(nlp, "Britain refused to accuse Russia of the poisoning.", "accuse")
    retyped = decision(cand, "refused")
    assert "complement of 'refused'" in retyped["reason"]
    assert retyped["changes"]["trigger"] == "refused accuse"
    assert cand["event"]["type"] == "REJECT" and cand["event"]["recipient"] == ["Russia (RUS/GOV)"]


def test_events_policy_refused_complement_takes_the_refused_act_into_the_refusal(nlp):
    text = "Pakistan declined to blame India for the attack."
    refusal = candidate(nlp, text, "decline")
    assert "a refusal of 'blame'" in decision(refusal, "refused_complement")["reason"]
    assert refusal["event"]["type"] == "REJECT"
    assert refusal["event"]["recipient"] == ["India (IND/GOV)"]
    blame = candidate(nlp, text, "blame")
    assert (blame["outcome"], blame["decided_by"]) == ("absorbed", "absorbed")


def test_events_policy_complaint_meeting_makes_a_summons_to_complain_a_complaint(nlp):
    text = "The Armenian foreign ministry summoned the Russian ambassador to complain about " \
           "the shelling."
    cand = candidate(nlp, text, "summon")
    assert "held to complain" in decision(cand, "complaint_meeting")["reason"]
    assert cand["event"]["type"] == "ACCUSE"
    assert cand["event"]["recipient"] == ["Russia ambassador (RUS/GOV)"]


def test_events_policy_request_complement_takes_its_mode_from_the_act_asked(nlp):
    text = "The United States urged Russia to withdraw its troops from Ukraine."
    cand = candidate(nlp, text, "urge")
    assert "a request that 'withdraw'" in decision(cand, "request_complement")["reason"]
    assert (cand["event"]["type"], cand["event"]["mode"]) == ("REQUEST", "yield")
    withdrawal = candidate(nlp, text, "withdraw")
    assert "part of the event of 'urged'" in decision(withdrawal, "absorbed")["reason"]


def test_events_policy_condition_recipient_aims_a_refusal_at_the_one_who_would_end_it(nlp):
    cand = candidate(nlp, "Serbia will not withdraw its troops until Kosovo disarms.",
                     "withdraw")
    aimed = decision(cand, "condition_recipient")
    assert aimed["verdict"] == "retarget" and "would end it ('Kosovo')" in aimed["reason"]
    assert cand["event"]["recipient"] == ["Kosovo (XKX/GOV)"]


def test_events_policy_threatened_leaves_a_narrators_prediction_an_act(nlp):
    cand = candidate(nlp, "Russia will attack Ukraine.", "attack")
    assert "threatened" not in [d["rule"] for d in cand["decisions"]]
    assert cand["event"]["type"] == "ASSAULT"


def test_events_policy_absorbed_lets_a_clause_before_a_governor_that_codes_nothing_stand(nlp):
    # the parser hangs "issued" under "imposed"; "sanctions will be imposed" codes nothing
    text = "The US has issued an ultimatum to Turkey: if it buys the missiles, sanctions " \
           "will be imposed."
    cand = candidate(nlp, text, "ultimatum")
    stands = decision(cand, "absorbed")
    assert stands["verdict"] == "keep" and "parser's slip" in stands["reason"]
    assert cand["event"]["type"] == "THREATEN"


@pytest.mark.parametrize("text, asked", [
    ("The US president renewed his demand that Germany prosecute the fighters.", "prosecute"),
    ("Egypt issued a call for Israel to withdraw and lift the siege.", "lift"),
])
def test_events_policy_absorbed_makes_what_a_request_noun_asks_part_of_the_request(nlp, text,
                                                                                  asked):
    cand = candidate(nlp, text, asked)
    assert decision(cand, "absorbed")["verdict"] == "absorb" and cand["event"] is None
    assert [t for t, _ in coded(nlp, text)] == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "A Russian missile attack on Odesa killed four people on Tuesday.",
    "Israeli air strikes on Rafah killed 12 Palestinians overnight.",
])
def test_events_policy_told_by_effect_codes_an_attack_that_killed_once(nlp, text):
    assert [t for t, _ in coded(nlp, text)] == ["ASSAULT"]
    found = explain(text, PUBLISHED, nlp)
    assert [c["decided_by"] for c in found if c["outcome"] == "dropped"] == ["told_by_effect"]


def test_events_policy_told_by_effect_keeps_the_verb_where_only_it_names_whom_it_hit(nlp):
    found = explain("A Taliban attack on a government compound in Herat killed 20 Afghan "
                    "soldiers.", PUBLISHED, nlp)
    assert [c["outcome"] for c in found] == ["kept", "kept"]


def test_events_policy_told_by_effect_leaves_other_sides_attacks(nlp):
    found = coded(nlp, "A Russian drone attack on Odesa killed four people, and Ukraine shot "
                       "down 20 Russian drones.")
    assert [t for t, _ in found] == ["ASSAULT", "ASSAULT"]


def test_events_policy_told_before_drops_a_back_reference_to_a_coded_event(nlp):
    text = "Russia's invasion of Ukraine began in 2022. Russia's invasion of Ukraine has " \
           "killed thousands."
    first, again = [c for c in explain(text, PUBLISHED, nlp) if c["lemma"] == "invasion"]
    assert first["outcome"] == "kept"
    assert again["decided_by"] == "told_before"
    assert "already coded" in decision(again, "told_before")["reason"]


def test_events_policy_rules_change_nothing_in_place(nlp):
    # condition_recipient finds Kosovo; the candidate keeps its own recipient phrases
    doc = prepared(nlp, "Serbia will not withdraw its troops until Kosovo disarms.", PUBLISHED)
    trails = []
    code_doc(doc, load(), trails)
    withdraw = next(t for t in trails if t.candidate.entry.lemma == "withdraw")
    assert "Kosovo" in [t.text for d in withdraw.decisions
                        for t in d.changes.get("recipient_tokens", ())]
    assert "Kosovo" not in [t.text for t in withdraw.candidate.recipient_tokens]


def test_events_policy_every_table_of_policy_yaml_belongs_to_a_rule():
    assert set(load().policy.rules) <= set(rule_names())


def test_events_policy_the_types_a_rule_applies_to_are_data(nlp, tmp_path):
    text = "Kenya sent 200 troops to serve as a peacekeeping force in Haiti."
    target = tmp_path / "lexicon"
    shutil.copytree(LEXICON_DIR, target)
    policy = target / "policy.yaml"
    policy.write_text(policy.read_text().replace("types: [MOBILIZE]", "types: [ASSAULT]"))
    types = [e["type"] for e in code_doc(prepared(nlp, text, PUBLISHED), build(target))]
    assert "MOBILIZE" in types and "AID" not in types


def test_events_policy_a_table_naming_no_plover_type_is_refused(tmp_path):
    target = tmp_path / "lexicon"
    shutil.copytree(LEXICON_DIR, target)
    policy = target / "policy.yaml"
    policy.write_text(policy.read_text().replace("types: [MOBILIZE]", "types: [MOBILISE]"))
    with pytest.raises(LexiconError, match="policy.yaml, rule peacekeeping: 'types' names "
                                           "MOBILISE"):
        build(target)




def test_events_policy_forces_that_arrive_are_deployed_not_visiting(nlp):
    found = coded(nlp, "Two battalions of Russian troops arrived in Minsk.")
    assert ("MOBILIZE", None) in found and not [t for t, _ in found if t == "CONSULT"]
    assert ("CONSULT", "visit") in coded(nlp, "Blinken arrived in Kyiv for talks.")
