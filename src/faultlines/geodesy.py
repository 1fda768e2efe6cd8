"""Distances on the Earth, for the geoparser, the event filters and the evaluation suites."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0  # mean radius: the error against the ellipsoid is under 0.5%


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * \
        math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))
