"""What the analysis adds to the `code --json` document: the dilemmas.

`dilemmas_for` runs over the articles of the call and, with a store, over everything stored
(the call's own articles are in the store by then, so they are not counted twice).
The ties one article's events imply (basis "events") are the ties stage's (ties/from_events.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from faultlines.analysis.api import Network
from faultlines.analysis.ties import TieOptions
from faultlines.model import Article, Dilemma


def dilemmas_for(articles: Iterable[Article], store=None,
                 options: TieOptions = TieOptions()) -> list[Dilemma]:
    """DILEMMA records over these articles' events and stated ties (and the store's, if given)."""
    articles = list(articles)
    if store is None:
        return Network.from_articles(articles, options).dilemmas()
    from faultlines.store.analysis import stored_ids

    stored = stored_ids(store, [a.id for a in articles])
    unstored = [a for a in articles if a.id not in stored]
    network = Network.from_store(store, options).merged(Network.from_articles(unstored, options))
    return network.dilemmas()
