"""One way to read the store, shared by the command line, the web app and the Python API.

One module per subject, each a few functions over a `Store` (store/__init__.py) that return
plain rows or OUTPUT.md records: `articles`, `events`, `actors`, `dyads`, `quotes`,
`relations`, `overview`, `timeline` (events over time), `geography` (the map's places and
countries), `resolve` (what an actor typed in a box means); `sorting` parses a listing's sort
column. The filters they take (`filters.py`: who, when, where, what words)
mean the same everywhere. Only store/ writes SQL: web routes and commands call these.
"""

from faultlines.store.read import (actors, articles, dyads, events, filters,  # noqa: F401
                                   geography, overview, quotes, relations, resolve, sorting,
                                   timeline)
from faultlines.store.read.filters import ArticleFilter, EventFilter  # noqa: F401
from faultlines.store.read.quotes import QuoteFilter  # noqa: F401
from faultlines.store.read.relations import RelationFilter  # noqa: F401
