"""Schema-driven test: schemathesis reads /openapi.json and sends generated parameters, valid
and invalid, to every GET endpoint; none may answer with a server error.

schemathesis' own pytest plugin does not load under pytest 9 here, so we drive its hypothesis
strategies ourselves, one test per operation and generation mode.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error, response_schema_conformance
from schemathesis.generation import GenerationMode

from faultlines.store import Store
from faultlines.web import create_app

sys.path.insert(0, str(Path(__file__).parent))  # the hand-coded stories of test_web_api
from test_web_api import _script_story, _shelling  # noqa: E402


@pytest.fixture(scope="module")
def web_schema(tmp_path_factory):
    path = tmp_path_factory.mktemp("schema") / "web.duckdb"
    with Store(path) as store:
        store.add([_shelling(), _script_story()])
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(path, warm=False))


def _operations(schema) -> dict:
    return {op.label: op for op in (r.ok() for r in schema.get_all_operations())}


def test_web_schema_lists_every_api_endpoint(web_schema):
    labels = set(_operations(web_schema))
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/actors",
                 "/api/actors/{key}", "/api/dyads", "/api/dyads/{a}/{b}", "/api/ties",
                 "/api/dilemmas", "/api/escalation", "/api/network", "/api/stats",
                 "/api/map", "/api/overview", "/api/relations", "/api/quotes",
                 "/api/events/{event_id}", "/api/map/view"):
        assert f"GET {path}" in labels


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_web_schema_no_server_error(web_schema, mode):
    """No server error for any parameters; and where they are valid, answers of the shapes
    the schema documents (schemas.py)."""
    checks = [not_a_server_error]
    if mode == GenerationMode.POSITIVE:
        checks.append(response_schema_conformance)
    unsendable = []
    for label, operation in sorted(_operations(web_schema).items()):
        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck),
                  database=None)
        def check(case) -> None:
            case.call_and_validate(checks=checks)

        try:
            check()
        except Unsatisfiable:
            # Only an operation whose every parameter accepts any string (an id in the path)
            # has no invalid value to send.
            assert mode == GenerationMode.NEGATIVE, label
            unsendable.append(label)
    assert len(unsendable) < len(_operations(web_schema)) / 2, unsendable


def test_web_schema_records_document_every_dataclass_field():
    """The API's record models are derived from model.py's dataclasses (schemas.record_model),
    so a field added to a record is documented in /openapi.json without a second edit."""
    from dataclasses import fields

    from faultlines import model
    from faultlines.web import schemas

    for record, derived in [(model.Actor, schemas.Actor), (model.Place, schemas.Place),
                            (model.Event, schemas.Event), (model.Quote, schemas.Quote),
                            (model.Relation, schemas.Relation), (model.Dilemma, schemas.Dilemma)]:
        assert {f.name for f in fields(record)} <= set(derived.model_fields), record.__name__
    assert set(schemas.Event.model_fields) >= {"id", "article_id", "article_label"}
    assert schemas.Event.model_fields["actor"].annotation == list[schemas.Actor] | None


def test_web_schema_event_listing_requires_only_its_keys():
    """A stored event may predate a field: only the type and the listing's keys are required."""
    from faultlines.web import schemas

    required = {n for n, f in schemas.Event.model_fields.items() if f.is_required()}
    assert required == {"type", "id", "article_id"}
    event = schemas.Event.model_validate({"type": "ASSAULT", "id": "a:0", "article_id": "a",
                                          "actor": [{"text": "Russia", "name": None}]})
    assert event.actor[0].text == "Russia" and event.negated is False
