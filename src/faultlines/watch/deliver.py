"""Alerts out of the process: JSON lines to a stream or a file, or a POST to a webhook.

Alerts are stored before they are delivered (store/watch.py), so a webhook that is down loses
nothing a reader of the web overview would see; its failure is one line on stderr and the
watcher goes on. The webhook is the operator's own endpoint, named on the command line, so it
is not held to the public-address rule that guards what feeds point at.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from faultlines.watch.options import WatchOptions


class DeliveryError(Exception):
    """Alerts that could not be delivered; the message is the one-line reason."""


def write_lines(alerts: Sequence[dict[str, Any]], out: IO[str]) -> None:
    """One JSON object a line, flushed, so `tail -f` and pipes see each cycle at once."""
    for alert in alerts:
        out.write(json.dumps(alert, ensure_ascii=False) + "\n")
    out.flush()


def append_lines(alerts: Sequence[dict[str, Any]], path: Path) -> None:
    """Append to a file (created when absent); each cycle adds its lines."""
    with path.open("a", encoding="utf-8") as out:
        write_lines(alerts, out)


def post(alerts: Sequence[dict[str, Any]], url: str, options: WatchOptions,
         attempts: int = 3) -> None:
    """POST `{"alerts": [...]}` as JSON; a 2xx answer is success. RAISES (DeliveryError)."""
    import httpx

    body = {"alerts": list(alerts)}
    headers = {"User-Agent": options.user_agent}
    reason = ""
    for _ in range(attempts):
        try:
            response = httpx.post(url, json=body, headers=headers, timeout=options.timeout)
        except httpx.HTTPError as err:
            reason = " ".join(str(err).split()) or type(err).__name__
            continue
        if response.is_success:
            return
        reason = f"HTTP {response.status_code}"
        if response.status_code < 500:
            break
    raise DeliveryError(f"webhook {url}: {len(alerts)} alert(s) not delivered ({reason}); "
                        "they are in the store and on the web overview")
