"""Kept only for ties/from_events.py until it imports faultlines.identity: the node rule lives
there (and nowhere else)."""

from faultlines.identity import node_actor, node_of, pair  # noqa: F401
