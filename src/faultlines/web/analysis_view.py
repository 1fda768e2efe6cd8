"""The fault-line analysis (analysis/api.py) as the pages need it: built once per date window.

Building the signed network reads every dyad-day of the store (about two seconds on 100,000
events), while a page must answer in well under a second. The copy of the store the app reads
never changes (web/source.py), so a network built once stays right until a newer copy is read:
we keep the last few (one per copy and date window) and build the all-time one in the
background as the app starts and as each new copy comes in.
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
    """Networks by (copy of the store, since, until), built on first use.

    source (StoreSource): where the store is read (web/source.py). A network is built from a
    cursor of its own, so that it is no request's; one build runs at a time (they are CPU-bound,
    and a store opened read-write may write its analysis tables), while answers already built
    are handed out at once.
    """

    def __init__(self, source) -> None:
        self.source = source
        self.lock = threading.Lock()  # the dicts below
        self.building = threading.Lock()  # one build at a time
        self.networks: OrderedDict[tuple, Network] = OrderedDict()
        self.findings: dict[int, Findings] = {}

    def _known(self, key: tuple) -> Network | None:
        with self.lock:
            network = self.networks.get(key)
            if network is not None:
                self.networks.move_to_end(key)
            return network

    def get(self, since: date | None = None, until: date | None = None) -> Network:
        key = (self.source.generation, since, until)
        network = self._known(key)
        if network is not None:
            return network
        with self.building:
            network = self._known(key)
            if network is not None:
                return network
            with self.source.reading() as store:
                key = (store.generation, since, until)
                network = Network.from_store(store, since=since and since.isoformat(),
                                             until=until and until.isoformat())
                network.tie_map  # compute the ties now, once
            with self.lock:
                self.networks[key] = network
                while len(self.networks) > KEEP:
                    _, dropped = self.networks.popitem(last=False)
                    self.findings.pop(id(dropped), None)
            return network

    def findings_of(self, since: date | None = None, until: date | None = None) -> Findings:
        """The dilemmas, escalations and balance of a window's network (computed once)."""
        network = self.get(since, until)
        with self.lock:
            found = self.findings.get(id(network))
        if found is None:
            found = Findings.of(network)
            with self.lock:
                if any(n is network for n in self.networks.values()):
                    self.findings[id(network)] = found
        return found


def names_for(store, nodes: list[str], network: Network | None = None) -> dict[str, str]:
    """How nodes read (identity.label): the knowledge base's names ("United States", not
    "White House"), else those of the network's actors, else the name the store's actors most
    often carry, else the code; a part of a country as what it is ("Syrian rebels")."""
    codes = {n: n.partition(":")[0] for n in nodes}
    stored = read.actors.node_names(store, sorted(set(codes.values())))
    seen = network.names if network is not None else None
    return {n: label(n, seen, stored.get(code)) for n, code in codes.items()}
