"""The CAMEO projection table covers every PLOVER type and every mode the lexicon uses
(trigger entries and the events policy's rules, policy.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from faultlines.errors import FaultlinesError
from faultlines.events import cameo
from faultlines.events.lexicon import TYPES, load


def test_cameo_projects_every_type_without_mode():
    for ptype in TYPES:
        projection = cameo.project(ptype, None)
        assert projection is not None, ptype
        assert projection.quad_class in (1, 2, 3, 4) and -10 <= projection.score <= 10


def test_cameo_projects_every_lexicon_mode_to_its_own_row():
    table = cameo.table()
    used = {(e.type, e.mode) for e in load().all_entries() if e.mode}
    for rule in load().policy.rules.values():  # the types and modes the policy's rules give
        used |= {(rule.becomes, m) for m in [rule.mode, *rule.mode_by_type.values()] if m}
    missing = sorted(key for key in used if key not in table)
    assert missing == []


def test_cameo_quad_classes_follow_the_cameo_root_ranges():
    assert cameo.project("CONSULT", "visit").quad_class == 1
    assert cameo.project("AID", None).quad_class == 2
    assert cameo.project("ACCUSE", "disapprove").quad_class == 3
    assert cameo.project("ASSAULT", "aerial").cameo == "195"
    assert cameo.project("ASSAULT", "aerial").quad_class == 4


def test_cameo_override_keeps_quad_and_score():
    projection = cameo.project("SUPPORT", None, override="057")
    assert projection.cameo == "057" and projection.quad_class == 1


def test_cameo_table_refuses_a_bad_row(tmp_path: Path):
    bad = tmp_path / "cameo.tsv"
    bad.write_text("type\tmode\tcameo\tquad_class\tscore\nAGREE\t-\t030\t7\t1.0\n")
    with pytest.raises(FaultlinesError, match="line 2"):
        cameo.table(bad)
