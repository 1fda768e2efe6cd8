"""Chart and map geometry: bars stack by quad class around a zero line; the world projects."""

from __future__ import annotations

from datetime import date

from faultlines.web.charts import diverging, timeline
from faultlines.web.worldmap import HEIGHT, WIDTH, _unwrap, country_paths, project


def test_web_charts_timeline_fills_gaps():
    assert timeline(date(2023, 11, 1), date(2024, 2, 1), "month") == [
        date(2023, 11, 1), date(2023, 12, 1), date(2024, 1, 1), date(2024, 2, 1)]


def test_web_charts_cooperation_above_conflict_below():
    chart = diverging({date(2024, 1, 1): {1: 2, 4: 4}, date(2024, 3, 1): {3: 1}}, "month")
    up = [b for b in chart.bars if b.quad == 1]
    down = [b for b in chart.bars if b.quad in (3, 4)]
    assert chart.peak == 4
    assert all(b.y + b.h <= chart.zero + 0.01 for b in up)
    assert all(b.y >= chart.zero - 0.01 for b in down)
    tallest = max(down, key=lambda b: b.h)
    assert tallest.quad == 4 and abs(tallest.h - 2 * up[0].h) < 0.2
    assert len({b.x for b in chart.bars}) == 2  # February is an empty slot, not a bar


def test_web_charts_empty_counts_draw_nothing():
    assert diverging({}, "month").bars == []


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
