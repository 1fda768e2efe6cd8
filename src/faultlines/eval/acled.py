"""The ACLED suite: the place in each ACLED event note against ACLED's coordinates for the
event (shared/data/acled: Africa, 2016-06-17..07-02; evaluation only, never redistributed).

A note such as "Two people were killed ... in a mortar attack against neighbourhoods of Baidoa"
is coded from its raw words; the event's place is the note's most precise place (a city or
county before a region, a region before a country: a note that names only "Somalia" is placed
at its centroid), and among equals the first that is not one end of a route ("the Abuja-Kaduna
expressway", "the Mandera-Nairobi road": the event is on the road, at neither end). Measures
over all notes: `found` (the note got a place), `placed_50km` (within 50 km of ACLED's
latitude/longitude), `country_accuracy` (our place's country against ACLED's country) and
`median_error_km` over the notes that got a place.
"""

from __future__ import annotations

import csv

from faultlines.eval.result import Result
from faultlines.places.precise import most_precise

name = "acled"
description = "ACLED event notes (shared/data/acled): the note's place within 50 km"
requires = ["data/acled"]
WITHIN_KM = 50.0


def event_place(places: list[dict], text: str = "") -> dict | None:
    """The note's most precise place, the first among equals that is not a route's end: the
    rule the events' `location` follows too (places/precise.py)."""
    return most_precise(places, text)


def read_notes(limit: int | None) -> list[dict]:
    from faultlines.eval import shared_dir

    rows = []
    for path in sorted((shared_dir() / requires[0]).glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            rows += [r for r in csv.DictReader(f) if (r.get("notes") or "").strip()]
    return rows[:limit] if limit else rows


def run(limit: int | None = None) -> Result:
    from faultlines.eval.geo_common import Tally, code_places, country_codes

    rows = read_notes(limit)
    codes = country_codes()
    tally = Tally()
    coded = code_places((r.get("data_id") or str(i), r["notes"]) for i, r in enumerate(rows))
    for row, places in zip(rows, coded):
        tally.add(None, float(row["latitude"]), float(row["longitude"]),
                  codes.get(row["country"]), event_place(places, row["notes"]), WITHIN_KM,
                  f"{row['location']} ({row['country']})")
    return Result(suite=name, metrics={"notes": len(rows), **tally.metrics(WITHIN_KM)},
                  rows=tally.misses, columns=["gold", "ours", "km"],
                  notes=["the note's place: its most precise place (city, then region, then "
                         "country), the first among equals that is not a route's end"])
