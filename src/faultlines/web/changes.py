""""What changed": the alerts `faultlines watch` stored, since a time a reader chooses.

Times are UTC throughout: the store keeps seconds since the epoch, the form sends a
`datetime-local` value, which is read as UTC and said so on the page.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from faultlines.store import watch as stored

KIND_LABELS = {"new_dilemma": "new dilemma", "dilemma_jump": "dilemma rose",
               "escalation": "escalation", "first_event": "first event"}


def _utc(seconds: float | None) -> str | None:
    if seconds is None:
        return None
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%dT%H:%M")


def changes(store, since: datetime | None = None, limit: int = 50) -> dict[str, Any]:
    """The alerts raised since `since` (naive: UTC), else those of the last cycle that raised
    any; each with a `label` for its kind and a `raised` time."""
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=timezone.utc)
    alerts = stored.alerts_since(store, since.timestamp() if since else None, limit)
    for alert in alerts:
        alert["label"] = KIND_LABELS.get(alert.get("kind"), alert.get("kind"))
    chosen = _utc(since.timestamp()) if since else None
    last = stored.last_cycle(store)
    return {"since": chosen, "alerts": alerts, "last_cycle": last,
            "last_cycle_at": _utc(last["finished"]) if last else None}
