"""Every one-line reason the watcher gives for a source or an item it could not use.

Each names what happened and, where there is one, what the operator can do. The watcher prints
them and goes on; none is raised out of a cycle.
"""

from __future__ import annotations

SCHEME = "refused: only http and https URLs are fetched (got '{scheme}')"
NOT_PUBLIC = ("refused: {host} resolves to {address}, a {kind} address; pass --allow-private to "
              "fetch from your own network")
UNRESOLVED = "cannot resolve {host}: {error}"
ROBOTS = "disallowed by {robots}"
ROBOTS_UNREACHABLE = ("robots.txt of {origin} is unreachable ({reason}); the host is skipped "
                      "until it answers")
HTTP_STATUS = "HTTP {status}{phrase}"
TIMEOUT = "timed out after {seconds:g} s"
TOO_SLOW = "took more than {seconds:g} s in all; stopped reading"
TOO_LARGE = "too large: more than {limit} bytes; stopped reading"
NETWORK = "network error: {error}"
BAD_RESPONSE = "unreadable response: {error}"
REDIRECTS = "more than {limit} redirects"
REDIRECT_NO_LOCATION = "HTTP {status} redirect without a Location"
NOT_HTML = "not an HTML page ({content_type})"
NO_STORY = "no story: trafilatura found no main text"
UNDECODABLE = "unreadable page: {reason}"
MALFORMED_FEED = "malformed feed: {error}"
MALFORMED_SITEMAP = "malformed sitemap: {error}"
NOT_A_LISTING = "neither a feed nor a sitemap ({what})"
BAD_GZIP = "corrupt gzip: {error}"
MISSING_SOURCE = "no such URL, folder or list file: {source}"
BAD_LIST_LINE = "{path}:{line}: not an http(s) URL: {text}"
BAD_OPML = "unreadable OPML: {error}"
EMPTY_LIST = "{path}: lists no sources"
BACKING_OFF = "failed {errors} time(s) (last: {reason}); next try in {wait}"
GAVE_UP = "given up after {attempts} failed attempts (last: {reason})"
CODING_FAILED = "coding failed for {count} stories ({error}); they are retried next cycle"
INTERNAL = "internal error ({kind}: {error}); the other sources go on"
BROKEN_STOP = "the stop flag failed ({kind}: {error}); the cycle ends here"
INTERNAL_ITEM = "internal error ({kind}: {error}); the other pages go on"
