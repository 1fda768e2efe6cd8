"""Events told from the side they are done to, harm reported as blame, an answer in kind
named as a noun, and what a treaty says, on team-written sentences: the giver of a converse
verb's noun acts ("won the backing of X"); a side that says another's act cost it something
blames that side; a retaliation acts on the doer of what it answers; a deal's content is
planned, no promise; and the look-alikes that code nothing."""

from __future__ import annotations

import pytest

from tests.conftest import code


def coded(nlp, text: str) -> list[tuple[str, list[str], list[str], bool]]:
    return [(e.type, [a.code or a.country or a.name for a in e.actor],
             [a.code or a.country or a.name for a in e.recipient], e.hypothetical)
            for e in code(nlp, text, "2025-03-01").events]


@pytest.mark.parametrize("text, expected", [
    # the giver, named by "from", "of" or a possessive, acts on the verb's subject
    ("Ukraine secured $5bn in aid from the EU.", ("AID", ["EU"], ["UKR"], False)),
    ("Syria received 500 tonnes in aid from Turkey.", ("AID", ["TUR"], ["SYR"], False)),
    # a clause the parse fused into one noun phrase ("secured" a participle of "aid")
    ("Ukraine secured aid from the EU", ("AID", ["EU"], ["UKR"], False)),
    ("Egypt won the backing of the Arab League for its plan.",
     ("SUPPORT", ["LAS"], ["EGY"], False)),
    ("Armenia secured Russia's backing for the plan.", ("SUPPORT", ["RUS"], ["ARM"], False)),
    ("Israel faced Iranian missile attacks overnight.", ("ASSAULT", ["IRN"], ["ISR"], False)),
    # fire for a reason is criticism; fire at troops is shooting
    ("Netanyahu came under fire from Biden over the strikes.",
     ("ACCUSE", ["USA"], ["ISR"], False)),
    ("Israeli troops came under fire from Hezbollah fighters.",
     ("ASSAULT", ["HEZBOLLAH"], ["ISR"], False)),
    # harm one side says another's act did it is blame
    ("Poland says US sanctions have cost its economy $15bn.",
     ("ACCUSE", ["POL"], ["USA"], False)),
    ("Qatar said Israel's blockade had caused shortages in Gaza.",
     ("ACCUSE", ["QAT"], ["ISR"], False)),
    ('"The issues of the world are caused by America," the Taliban minister said.',
     ("ACCUSE", ["TALIBAN"], ["USA"], False)),
    # an answer in kind named as a noun: its doer acts on the doer of the act answered
    ("The retaliation by Iran for the killing of its commander by Israel came within days.",
     ("ASSAULT", ["IRN"], ["ISR"], False)),
    ("The strikes came in retaliation by Israel for the rocket fire from Gaza.",
     ("ASSAULT", ["ISR"], ["PSE"], False)),
    # what a deal says is to happen is planned, no promise made now
    ("Under the deal, Russia will supply gas to Turkey.", ("AID", ["RUS"], ["TUR"], True)),
])
def test_events_converse_codes_the_giver_and_the_blamed(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text", [
    "Egypt won backing for its plan.",                   # no giver named: the winner gave none
    "Ukraine won its support.",                          # a pronoun giver may be the subject's own
    "The secured funds of the bank were frozen.",        # a participle, no clause
    "The plan won the backing of France.",               # given to no one: a plan is no side
    "The minister has come under fire for his decision.",  # criticism from no one named
    "The storm caused shortages in the region.",         # harm by no side
    "The minister said the war has cost the country dearly.",  # a war no side is named for
    "Germany said its own sanctions have hurt its economy.",   # a side's harm to itself
    "The retaliation by Iran came within days.",         # an answer to no one named
    "Article 5 states that members will consult.",       # a treaty's content, no act
    "The treaty requires Iran to allow inspectors.",
])
def test_events_converse_codes_nothing(nlp, text):
    assert coded(nlp, text) == []
