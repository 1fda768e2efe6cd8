"""Near-duplicates: the same wire story in two outlets' words around it is one story."""

from __future__ import annotations

from faultlines.watch import WatchOptions
from faultlines.watch.neardup import band_keys, closest, signature, similarity
from faultlines.watch.state import StoryRecord
from tests.watch.newsroom import BUDGET, COURIER, DROUGHT, FERRY, LEDGER

OPTIONS = WatchOptions()


def _text(story, outlet=None) -> str:
    lines = [outlet.before, *story[1], outlet.after] if outlet else story[1]
    return "\n\n".join(line for line in lines if line)


def test_watch_neardup_wire_copies_with_other_boilerplate_are_similar():
    a = signature(_text(FERRY, LEDGER), OPTIONS)
    b = signature(_text(FERRY, COURIER), OPTIONS)
    assert similarity(a, b) >= OPTIONS.near_threshold
    assert set(band_keys(a, OPTIONS.bands)) & set(band_keys(b, OPTIONS.bands))


def test_watch_neardup_different_stories_are_not_similar():
    a = signature(_text(FERRY), OPTIONS)
    b = signature(_text(DROUGHT), OPTIONS)
    assert similarity(a, b) < 0.1


def test_watch_neardup_signature_is_stable_across_calls():
    assert signature(_text(BUDGET), OPTIONS) == signature(_text(BUDGET), OPTIONS)


def test_watch_neardup_closest_picks_the_best_candidate_above_the_threshold():
    copy = signature(_text(FERRY, COURIER), OPTIONS)
    records = [StoryRecord("drought", "h1", signature(_text(DROUGHT), OPTIONS), 0.0),
               StoryRecord("ferry", "h2", signature(_text(FERRY, LEDGER), OPTIONS), 0.0)]
    best, score = closest(copy, records, OPTIONS.near_threshold)
    assert best.story == "ferry" and score >= OPTIONS.near_threshold
    assert closest(signature(_text(BUDGET), OPTIONS), records, OPTIONS.near_threshold) is None
