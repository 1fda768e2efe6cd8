"""The in-memory WatchState: what a store must also do."""

from __future__ import annotations

import pytest

from faultlines.watch import MemoryState, Outlet, PageState, StoryRecord


def test_watch_memory_atomic_rolls_back_every_write_on_error():
    state = MemoryState()
    state.save_page(PageState("http://a.example/1", "feed", story="s0"))
    with pytest.raises(RuntimeError), state.atomic():
        state.save_page(PageState("http://a.example/2", "feed", story="s1"))
        state.add_story(StoryRecord("s1", "h1", (1, 2), 0.0), ["0:ab"])
        state.save_hash("h1", "s1")
        raise RuntimeError("coder crashed")
    assert state.page("http://a.example/2") is None and state.story_of_hash("h1") is None
    assert state.candidates(["0:ab"]) == [] and state.page("http://a.example/1").story == "s0"


def test_watch_memory_candidates_share_a_band_and_outlets_count_each_url_once():
    state = MemoryState()
    state.add_story(StoryRecord("s1", "h1", (1, 2), 0.0), ["0:ab", "1:cd"])
    state.add_story(StoryRecord("s2", "h2", (3, 4), 0.0), ["0:ef", "1:cd"])
    assert [r.story for r in state.candidates(["0:ab"])] == ["s1"]
    assert [r.story for r in state.candidates(["1:cd"])] == ["s1", "s2"]
    state.add_outlet(Outlet("s1", "http://a.example/1", "a.example", 0.0))
    state.add_outlet(Outlet("s1", "http://a.example/1", "a.example", 5.0))
    assert len(state.outlets("s1")) == 1
