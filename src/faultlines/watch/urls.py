"""A page's identity (its canonical URL) and its outlet (who published it).

Two links to one page differ in ways that do not matter: case of the host, a default port,
tracking parameters (utm_*, fbclid), the order of the query, a #fragment. courlan, trafilatura's
URL library, removes those; we also drop the fragment, which never names another article.
The outlet is the host a reader saw the story on: it is what GDELT's NumSources counts.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from courlan import normalize_url


def canonical(url: str) -> str:
    """The form under which a page is remembered; unparsable input comes back stripped."""
    url = url.strip()
    try:
        normal = normalize_url(url, strict=False)
    except ValueError:
        return url
    parts = urlsplit(normal)
    path = parts.path or "/"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def outlet(url: str) -> str:
    """The publishing site: host without a leading "www.", with a port only where one is given.

    Two ports on one host are two outlets, which is how the tests run two sites on 127.0.0.1.
    A URL without a host (a file) gives "".
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    default = {"http": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port
    except ValueError:
        port = None
    return host if port in (None, default) else f"{host}:{port}"
