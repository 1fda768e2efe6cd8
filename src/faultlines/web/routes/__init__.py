"""One module per page or resource; each builds a typed page context from store queries."""

from faultlines.web.routes import (actors, articles, dyads, events, faultlines, mapview, network,
                                   overview)

ROUTERS = [overview.router, articles.router, events.router, actors.router, dyads.router,
           network.router, mapview.router, faultlines.router]
