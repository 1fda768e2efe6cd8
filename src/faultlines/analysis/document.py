"""Dilemmas for the `code --json` document (placeholder until the network analysis lands)."""

from __future__ import annotations


def dilemmas_for(articles, store) -> list:
    return []
