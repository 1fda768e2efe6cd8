"""Invented news for the watch tests: stories, the pages two outlets wrap them in, feeds, sitemaps.

Every place, person and event here is made up for these tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

FERRY = (
    "Ferry crossings to Marisca resume after week of storms",
    [
        "The harbour authority in Port Velna said on Tuesday that ferry crossings to the island "
        "of Marisca would resume on Wednesday morning, after a week of storms had closed the "
        "strait to all shipping.",
        "Officials said the first ship would leave at dawn and that fuel and medicine would be "
        "given priority over passengers for the first two days. Islanders have reported "
        "shortages of bread and bottled gas since the weekend.",
        "Fishermen in the town, many of whom lost nets and moorings in the storm, asked the "
        "regional government for compensation. The governor, Ilse Maravan, promised an answer "
        "by Friday and said an emergency fund would be opened for damaged boats.",
        "Forecasters expect calmer weather for the rest of the month, although the coastguard "
        "warned that debris was still drifting near the harbour mouth and asked small craft to "
        "stay in port until it has been cleared.",
    ],
)

BUDGET = (
    "Velnan parliament passes budget after all-night session",
    [
        "Lawmakers in Velna approved the national budget early on Thursday after a debate that "
        "lasted through the night, ending a dispute that had threatened to shut government "
        "offices next week.",
        "The budget raises spending on rural clinics and cuts the defence allocation by a "
        "tenth, a compromise reached between the governing coalition and the Farmers' League, "
        "whose votes were needed for a majority.",
        "Opposition members walked out before the final vote, saying the plan relied on "
        "optimistic tax forecasts. The finance minister, Doran Aslet, said the figures had been "
        "checked by the central bank and would be published in full.",
    ],
)

BUDGET_UPDATE = (
    BUDGET[0],
    BUDGET[1] + [
        "Update: the president signed the budget into law on Thursday evening, a spokesman for "
        "the presidency said, and the first payments to rural clinics are due next month.",
    ],
)

DROUGHT = (
    "Drought forces water rationing in the Kestral valley",
    [
        "Towns in the Kestral valley will ration tap water from Monday, the regional water "
        "board said, after the driest spring in forty years left reservoirs at a third of "
        "their usual level.",
        "Households will receive water for six hours a day, and farms have been told to stop "
        "irrigating orchards at night. Hospitals and schools are exempt from the cuts.",
        "Farmers' groups said the measures came too late and called for tankers to be sent "
        "from the coast. The board said it was negotiating with a neighbouring province to buy "
        "water from its canal until the autumn rains.",
    ],
)

STRIKE = (
    "Teachers in Orvena strike over pay",
    [
        "Thousands of teachers in Orvena stayed away from classrooms on Monday in the first "
        "national strike by the profession in a decade, demanding a pay rise to match "
        "inflation.",
        "The teachers' union said nine schools in ten were closed or partly closed. The "
        "education ministry put the figure lower and said talks could resume if the union "
        "called off a second strike planned for next week.",
        "Parents in the capital organised informal classes in community halls, and several "
        "universities offered their libraries to secondary pupils preparing for exams.",
    ],
)


@dataclass(frozen=True)
class Outlet:
    """How one invented site wraps a story: its name, menus, and the lines around the text."""

    name: str
    menu: tuple[str, ...]
    before: str = ""
    after: str = ""


LEDGER = Outlet("The Daily Ledger", ("Home", "World", "Business", "Sport", "Opinion"),
                after="This story was supplied by the Continental Wire agency.")
COURIER = Outlet("Harbour Courier", ("News", "Local", "Weather", "Puzzles", "Podcasts"),
                 before="Our partners at the wire report:",
                 after="Reporting by Mina Teodor; editing by Paul Aster.")


def page(story: tuple[str, list[str]], outlet: Outlet = LEDGER, date: str = "2024-03-05",
         author: str = "Continental Wire", canonical: str | None = None) -> str:
    """A whole HTML page: the story inside one outlet's navigation, asides and footer."""
    title, paragraphs = story
    body = "".join(f"<p>{escape(p)}</p>\n" for p in [outlet.before, *paragraphs, outlet.after]
                   if p)
    menu = "".join(f'<li><a href="/{m.lower()}">{m}</a></li>' for m in outlet.menu)
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | {outlet.name}</title>
<meta property="og:site_name" content="{outlet.name}">
<meta name="author" content="{author}">
<meta property="article:published_time" content="{date}T08:00:00Z">
{link}
</head><body>
<header><div class="logo">{outlet.name}</div><nav><ul>{menu}</ul></nav></header>
<main><article>
<h1>{escape(title)}</h1>
<p class="byline">By {author}, {date}</p>
{body}</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Weekend markets reopen</a></li>
<li><a href="/b">Ten recipes for spring</a></li></ul></aside>
</main>
<footer><p>Copyright 2024 {outlet.name}. All rights reserved.</p>
<p><a href="/contact">Contact</a> | <a href="/privacy">Privacy</a></p></footer>
</body></html>"""


def rss(base: str, items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed; items are (path, title, RFC 822 date)."""
    entries = "".join(
        f"<item><title>{escape(title)}</title><link>{base}{path}</link>"
        f"<guid>{base}{path}</guid><pubDate>{date}</pubDate></item>"
        for path, title, date in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Wire</title><link>{base}/</link><description>News</description>"
            f"{entries}</channel></rss>")


def atom(base: str, items: list[tuple[str, str, str]]) -> str:
    """An Atom feed; items are (path, title, ISO 8601 updated)."""
    entries = "".join(
        f'<entry><title>{escape(title)}</title><link href="{base}{path}"/>'
        f"<id>{base}{path}</id><updated>{updated}</updated></entry>"
        for path, title, updated in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Wire</title><id>{base}/</id><updated>2024-03-05T00:00:00Z</updated>"
            f"{entries}</feed>")


def news_sitemap(base: str, items: list[tuple[str, str, str]]) -> str:
    """A Google News sitemap; items are (path, title, publication date)."""
    urls = "".join(
        f"<url><loc>{base}{path}</loc><news:news><news:publication><news:name>Wire</news:name>"
        f"<news:language>en</news:language></news:publication>"
        f"<news:publication_date>{date}</news:publication_date>"
        f"<news:title>{escape(title)}</news:title></news:news></url>"
        for path, title, date in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + urls + "</urlset>")


def sitemap_index(base: str, paths: list[str]) -> str:
    maps = "".join(f"<sitemap><loc>{base}{path}</loc></sitemap>" for path in paths)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + maps + "</sitemapindex>")
