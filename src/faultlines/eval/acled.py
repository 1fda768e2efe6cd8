"""The ACLED suite: the place in each ACLED event note against ACLED's coordinates for the
event (shared/data/acled: Africa, 2016-06-17..07-02; evaluation only, never redistributed).

A note such as "Two people were killed ... in a mortar attack against neighbourhoods of Baidoa"
is coded from its raw words; the event's place is the note's most precise place (a city or
county before a region, a region before a country: a note that names only "Somalia" is placed
at its centroid), and among equals the first that is not one end of a route ("the Abuja-Kaduna
expressway", "the Mandera-Nairobi road": the event is on the road, at neither end). Measures
over all notes: `found` (the note got a place), `placed_50km` (within 50 km of ACLED's
latitude/longitude), `country_accuracy` (our place's country against ACLED's country) and
`median_error_km` over the notes that got a place; and `reachable_50km`, the ceiling of any
geoparser that uses our gazetteer: the share of notes in which some run of one to four words,
the first capitalised, is the name of a gazetteer place (a city, region, subdivision or country)
within 50 km of ACLED's point, whichever such place an oracle would pick. A note that names no
place near the event ("clashes in the area", a village the gazetteer lacks) is out of reach of
any choice among our candidates.
"""

from __future__ import annotations

import csv
import re
from typing import TYPE_CHECKING

from faultlines.eval.result import Result
from faultlines.places.precise import most_precise

if TYPE_CHECKING:
    from faultlines.places.gazetteer import Gazetteer

name = "acled"
description = "ACLED event notes (shared/data/acled): the note's place within 50 km"
requires = ["data/acled"]
WITHIN_KM = 50.0


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def reachable(note: str, lat: float, lon: float, gaz: Gazetteer) -> bool:
    """Some run of one to four words of the note, the first capitalised, names a gazetteer
    place within WITHIN_KM of (lat, lon): the best any choice among our candidates could do."""
    from faultlines.geodesy import km

    words = [m.group().rstrip(".") for m in _WORD.finditer(note)]
    for n in (1, 2, 3, 4):
        for i in range(len(words) - n + 1):
            if not words[i][:1].isupper():
                continue
            words_run = " ".join(words[i:i + n])
            places = gaz.lookup(words_run) + gaz.subdivision(words_run)
            if any(km(lat, lon, p.lat, p.lon) <= WITHIN_KM for p in places):
                return True
    return False


def read_notes(limit: int | None) -> list[dict]:
    from faultlines.eval import shared_dir

    rows = []
    for path in sorted((shared_dir() / requires[0]).glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            rows += [r for r in csv.DictReader(f) if (r.get("notes") or "").strip()]
    return rows[:limit] if limit else rows


def run(limit: int | None = None) -> Result:
    from faultlines.eval.geo_common import Tally, code_places, country_codes
    from faultlines.places import gazetteer

    rows = read_notes(limit)
    codes = country_codes()
    tally = Tally()
    coded = code_places((r.get("data_id") or str(i), r["notes"]) for i, r in enumerate(rows))
    for row, places in zip(rows, coded):
        tally.add(None, float(row["latitude"]), float(row["longitude"]),
                  codes.get(row["country"]), most_precise(places, row["notes"]), WITHIN_KM,
                  f"{row['location']} ({row['country']})")
    gaz = gazetteer.load()
    reach = sum(reachable(r["notes"], float(r["latitude"]), float(r["longitude"]), gaz)
                for r in rows)
    metrics = {"notes": len(rows), **tally.metrics(WITHIN_KM),
               "reachable_50km": round(reach / len(rows), 3) if rows else 0.0}
    return Result(suite=name, metrics=metrics,
                  rows=tally.misses, columns=["gold", "ours", "km"],
                  notes=["the note's place: its most precise place (city, then region, then "
                         "country), the first among equals that is not a route's end"])
