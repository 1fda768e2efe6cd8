"""The cue data: the shipped file loads, and a bad entry is refused with its name."""

from __future__ import annotations

import pytest

from faultlines.errors import FaultlinesError
from faultlines.quotes import cues


def test_quotes_cues_shipped_file_loads() -> None:
    data = cues.load()
    assert data.speech["say"].indirect
    assert "accuse" in data.speech and "of" in data.speech["accuse"].about
    assert "call" in data.naming and "message" in data.documents and "account" in data.accounts


@pytest.mark.parametrize("data, named", [
    ({"naming": ["call", "call"]}, "naming.call: listed twice"),
    ({"naming": ["Call"]}, "naming.Call: expected a lower-case word"),
    ({"verbs": []}, "verbs: unknown section"),
])
def test_quotes_cues_bad_entry_is_refused_by_name(data: dict, named: str) -> None:
    with pytest.raises(FaultlinesError, match=named):
        cues.parse(data, "cues.yaml")
