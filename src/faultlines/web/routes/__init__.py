"""One module per page or resource; each builds a typed page context from store queries."""

from faultlines.web.routes import (actors, articles, dyads, event, events, faultlines, mapview,
                                   network, overview, quotes, relations)

ROUTERS = [overview.router, articles.router, events.router, event.router, actors.router,
           dyads.router, network.router, mapview.router, faultlines.router, quotes.router,
           relations.router]
