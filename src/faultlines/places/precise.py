"""Which of several places is where something happened: the most precise one, not the end of
a route. Shared by the events' `location` (`faultlines.places.place_for_span`) and the ACLED
suite's note place (eval/acled.py), so that what we code and what we score agree.

Why the most precise: a clause that names a town and its region or country names the region
as the town's container ("shelled Stepanakert in Nagorno-Karabakh", "near Witu in Lamu
County"), so the town answers "where" more closely, wherever it stands in the clause. Why not a
route's end: "an ambush on the Garissa-Dadaab road" happened on the road, at neither town; the
first end still stands for it where the clause names nothing else.
"""

from __future__ import annotations

# 0 a town or county, 1 a region or sea (anything else), 2 a country or continent
PRECISION = {"city": 0, "admin2": 0, "country": 2, "continent": 2}


def most_precise(places: list[dict], text: str = "") -> dict | None:
    """The most precise of `places` (PLACE dicts with char offsets into `text`); among equals
    the first that is not a route's end, then the first."""
    def rank(place: dict) -> tuple[int, bool, int]:
        return PRECISION.get(place["feature"], 1), route_end(place, text), place["start"]
    return min(places, key=rank, default=None)


def route_end(place: dict, text: str) -> bool:
    """"Abuja" in "Abuja-Kaduna": a name joined by a hyphen to another capitalised name."""
    before = text[max(0, place["start"] - 2):place["start"]]
    after = text[place["end"]:place["end"] + 2]
    return (len(before) == 2 and before[1] in "-–" and before[0].isalpha()) or (
        len(after) == 2 and after[0] in "-–" and after[1].isupper())
