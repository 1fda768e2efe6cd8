"""What every listing page (articles, events, actors, dyads, quotes, relations) holds beside
its own filters, so that the pager, the sortable column heads and the download links of
`_partials/macros.html` read the same fields on each."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(kw_only=True)
class ListPage:
    """One page of a listing.

    rows: this page's rows. total: how many the filters select, over every page.
    limit, offset: the paging. sort: the column sorted by ("-" before it: descending).
    query: the filters as a query string, which the downloads and the pager carry on.
    since, until: the window the filters ask for, on listings that have one (the events page
        keeps its own in `filter`).
    """

    rows: list[dict[str, Any]]
    total: int = 0
    limit: int
    offset: int
    sort: str | None = None
    query: str = ""
    since: Any = None
    until: Any = None
