"""The world's geometry: projection, antimeridian rings, TopoJSON arcs, countries by ISO3."""

from __future__ import annotations

import pytest

from faultlines.web.worldmap import (HEIGHT, WIDTH, _unwrap, country_boxes, country_paths,
                                     has_shapes, iso3, project, world_svg)


def test_web_worldmap_projection_corners():
    assert project(-180, 90) == (0, 0)
    assert project(180, -90) == (WIDTH, HEIGHT)


def test_web_worldmap_ring_across_antimeridian_is_kept_whole():
    ring = [(170.0, 65.0), (179.9, 66.0), (-179.9, 66.0), (-170.0, 65.0), (170.0, 65.0)]
    lons = [lon for lon, _ in _unwrap(ring)]
    assert max(lons) - min(lons) < 30


def test_web_worldmap_decodes_topojson_arcs():
    topo = {"transform": {"scale": [1, 1], "translate": [0, 0]},
            "arcs": [[[0, 0], [10, 0], [0, 10], [-10, 0], [0, -10]]],
            "objects": {"countries": {"geometries": [
                {"type": "Polygon", "arcs": [[0]], "properties": {"name": "Square"}}]}}}
    [(name, path)] = country_paths(topo)
    assert name == "Square" and path.startswith("M500.0,250.0") and path.endswith("Z")


def test_web_worldmap_country_code_from_its_iso_number_or_its_name():
    assert iso3({"id": "760", "properties": {"name": "Syria"}}) == "SYR"
    assert iso3({"properties": {"name": "Kosovo"}}) == "XKX"
    assert iso3({"properties": {"name": "Atlantis"}}) is None


@pytest.mark.skipif(not has_shapes(), reason="world-atlas not installed (make web-assets)")
def test_web_worldmap_each_country_path_carries_its_code_for_shading():
    svg = world_svg()
    assert 'id="c-SYR"' in svg and 'id="c-UKR"' in svg and 'id="world"' in svg
    lon1, lat1, lon2, lat2 = country_boxes()["SYR"]
    assert 35 < lon1 < lon2 < 43 and 32 < lat1 < lat2 < 38
