"""The tie patterns: the shipped file loads, and a bad entry is refused with its name."""

from __future__ import annotations

import pytest

from faultlines.errors import FaultlinesError
from faultlines.ties import patterns

GOOD = {"roles": {}, "links": {}, "modifiers": {}, "link_verbs": {}, "link_heads": {}, "verbs": {}}


def test_ties_patterns_shipped_file_loads() -> None:
    p = patterns.load()
    assert p.roles["ally"].polarity == 1 and p.roles["rival"].polarity == -1
    assert p.links["war"].type == "war" and p.modifiers["frayed"].polarity == -1
    assert p.link_verbs["avoid"].effect == "cancel" and p.verbs["side"].prep == "with"
    assert "pull" in p.out_of and "lead" in p.lead and "country" in p.groups


@pytest.mark.parametrize("section, entry, named", [
    ("links", {"war": {"type": "war", "polarity": 2}}, "links.war: polarity must be 1, 0 or -1"),
    ("roles", {"ally": {"type": "ally", "polarity": 0}}, "roles.ally: polarity must be 1 or -1"),
    ("link_heads", {"low": {"effect": "sink"}}, "link_heads.low: effect must be"),
    ("link_verbs", {"sever": {"efect": "turn"}}, "link_verbs.sever: unknown field 'efect'"),
    ("link_verbs", {"sever": {"effect": "flip"}}, "link_verbs.sever: effect must be"),
    ("roles", {"ally": {"type": "ally"}}, "roles.ally: needs both 'type' and 'polarity'"),
    ("verbs", {"Back": {"type": "support", "polarity": 1}}, "verbs.Back: a lemma must be"),
])
def test_ties_patterns_bad_entry_is_refused_by_name(section: str, entry: dict,
                                                    named: str) -> None:
    with pytest.raises(FaultlinesError, match=named):
        patterns.parse({**GOOD, section: entry}, "patterns.yaml")
