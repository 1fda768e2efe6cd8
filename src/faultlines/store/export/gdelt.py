"""Every stored event as a row of the GDELT 2.0 event table, in the columns that apply.

Tab-separated with a header, like GDELT's own files. What differs, and why: actor and location
country codes are ISO 3166-1 alpha-3 (GDELT uses CAMEO country codes for actors and FIPS for
ActionGeo; ISO3 is what our store holds), Actor1Code is the actor's country or organisation
code followed by its PLOVER sector (RUSGOV), NumSources is the number of outlets that ran the
story the event was coded from (the near-duplicate clusters of `faultlines watch`; 1 for an
article coded from a file), NumArticles and NumMentions the pages that carried it, and AvgTone,
which we do not compute, is left empty.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from faultlines.store.export.plover import keyed_records
from faultlines.store.watch import source_counts

name = "gdelt"
description = "GDELT 2.0 event columns that apply, one row per event (TSV)"

COLUMNS = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
           "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
           "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
           "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
           "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
           "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
           "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL"]


def _actor(actors: list[dict]) -> list[Any]:
    if not actors:
        return ["", "", "", ""]
    a = actors[0]
    return [(a.get("code") or "") + (a.get("sector") or ""), (a.get("name") or "").upper(),
            a.get("country") or "", a.get("sector") or ""]


def _dates(date: str | None) -> list[Any]:
    """SQLDATE, MonthYear, Year, FractionDate from a date of any precision (missing parts = 01)."""
    if not date:
        return ["", "", "", ""]
    year, month, day = (date.split("-") + ["01", "01"])[:3]
    fraction = round(int(year) + (int(month) - 1) / 12 + (int(day) - 1) / 365, 4)
    return [f"{year}{month}{day}", f"{year}{month}", year, fraction]


def row(rec: dict[str, Any], sources: int = 1, copies: int = 1) -> list[Any]:
    """The GDELT columns of one PLOVER record (plover.record); `sources` outlets ran its story
    on `copies` pages."""
    cameo = rec.get("cameo") or ""
    loc = rec.get("eventLoc") or {}
    return [rec["id"], *_dates(rec.get("date")), *_actor(rec["source"]), *_actor(rec["target"]),
            1, cameo, cameo[:3], cameo[:2], rec.get("quadClass") or "", rec.get("score") or "",
            copies, sources, copies, "", 4 if loc.get("lat") is not None else "", loc.get("name") or "",
            loc.get("country") or "", loc.get("lat") if loc.get("lat") is not None else "",
            loc.get("lon") if loc.get("lon") is not None else "", loc.get("geonameid") or "",
            (rec.get("published") or "").replace("-", ""), rec.get("url") or ""]


def write(store, dest: Path, fmt: str = "gdelt") -> list[Path]:
    if dest.is_dir():
        dest = dest / "events.gdelt.tsv"
    dest.parent.mkdir(parents=True, exist_ok=True)
    with dest.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        counts = source_counts(store)
        for key, rec in keyed_records(store):
            writer.writerow(row(rec, *counts.get(key, (1, 1))))
    return [dest]
