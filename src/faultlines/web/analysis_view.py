"""The fault-line analysis (analysis/api.py) as the pages need it: built once per date window.

Building the signed network reads every dyad-day of the store (about two seconds on 100,000
events), while a page must answer in well under a second. The store is read-only while the app
serves it, so a network built once stays right: we keep the last few (one per date window) and
build the all-time one in the background as the app starts.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import date

from dataclasses import dataclass
from typing import Any

from faultlines.analysis.api import Network
from faultlines.identity import label
from faultlines.store import read

KEEP = 8


@dataclass(frozen=True)
class Findings:
    """What the pages show of one network, computed once: dilemmas, escalations, balance."""

    dilemmas: list[dict[str, Any]]
    shared: list[dict[str, Any]]
    escalations: list[dict[str, Any]]
    balance: dict[str, Any]

    @classmethod
    def of(cls, network: Network) -> Findings:
        return cls([d.to_dict() for d in network.dilemmas()], network.shared_fault_lines(),
                   network.escalations(only_flagged=True), network.balance())


class NetworkCache:
    """Networks by (since, until), built on first use.

    lock: the app's store lock (reentrant); one lock for store and cache, so a page holding the
    store can ask for a network and no two threads ever wait on each other's lock.
    """

    def __init__(self, store, lock: threading.RLock) -> None:
        self.store = store
        self.lock = lock
        self.networks: OrderedDict[tuple, Network] = OrderedDict()
        self.findings: dict[int, Findings] = {}

    def get(self, since: date | None = None, until: date | None = None) -> Network:
        key = (since, until)
        with self.lock:
            if key in self.networks:
                self.networks.move_to_end(key)
                return self.networks[key]
            network = Network.from_store(self.store, since=since and since.isoformat(),
                                         until=until and until.isoformat())
            network.tie_map  # compute the ties now, inside the lock, once
            self.networks[key] = network
            if len(self.networks) > KEEP:
                _, dropped = self.networks.popitem(last=False)
                self.findings.pop(id(dropped), None)
            return network

    def findings_of(self, since: date | None = None, until: date | None = None) -> Findings:
        """The dilemmas, escalations and balance of a window's network (computed once)."""
        with self.lock:
            network = self.get(since, until)
            if id(network) not in self.findings:
                self.findings[id(network)] = Findings.of(network)
            return self.findings[id(network)]


def names_for(store, nodes: list[str], network: Network | None = None) -> dict[str, str]:
    """How nodes read (identity.label): the knowledge base's names ("United States", not
    "White House"), else those of the network's actors, else the name the store's actors most
    often carry, else the code; a part of a country as what it is ("Syrian rebels")."""
    codes = {n: n.partition(":")[0] for n in nodes}
    stored = read.actors.node_names(store, sorted(set(codes.values())))
    seen = network.names if network is not None else None
    return {n: label(n, seen, stored.get(code)) for n, code in codes.items()}
