"""Pinned floors: scores a change may not lower without saying so."""

from __future__ import annotations

import json

import pytest

from faultlines.eval.result import check_floors, load_floors, pin_floors


def test_eval_floors_flag_a_metric_below_its_floor():
    floors = {"seed": {"events_recall": 0.9, "actors_found": 15}}
    assert check_floors("seed", {"events_recall": 0.95, "actors_found": 15}, floors) == []
    assert check_floors("seed", {"events_recall": 0.8, "actors_found": 16}, floors) == [
        "seed.events_recall = 0.8 < 0.9"]


def test_eval_floors_a_missing_metric_fails_its_floor():
    assert check_floors("seed", {}, {"seed": {"events_recall": 0.9}})


def test_eval_pin_raises_but_never_silently_lowers(tmp_path):
    path = tmp_path / "floors.json"
    pin_floors("plv", {"macro_f1": 0.5}, ("macro_f1",), path=path)
    pin_floors("plv", {"macro_f1": 0.6}, ("macro_f1",), path=path)
    assert load_floors(path) == {"plv": {"macro_f1": 0.6}}
    with pytest.raises(ValueError, match="would lower its floor"):
        pin_floors("plv", {"macro_f1": 0.4}, ("macro_f1",), path=path)
    pin_floors("plv", {"macro_f1": 0.4}, ("macro_f1",), allow_regression=True, path=path)
    assert json.loads(path.read_text())["plv"]["macro_f1"] == 0.4


def test_eval_shipped_floors_hold_on_the_seed(shared):
    from faultlines.eval import run

    floors = load_floors()
    assert floors.get("seed"), "the seed suite must have pinned floors"
    assert check_floors("seed", run("seed").metrics, floors) == []
