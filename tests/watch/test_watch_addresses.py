"""Which addresses the watcher connects to: decided on the resolved IP, at the socket."""

from __future__ import annotations

import ipaddress

import httpcore
import pytest

from faultlines.watch.addresses import AddressPolicy, GuardedBackend, RefusedAddress, kind_of


@pytest.mark.parametrize("address,kind", [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.1.2.3", "private"),
    ("172.16.0.9", "private"), ("192.168.1.1", "private"), ("169.254.169.254", "link-local"),
    ("fe80::1", "link-local"), ("fc00::7", "private"), ("0.0.0.0", "private"),
    ("100.64.0.1", "non-public"), ("224.0.0.5", "multicast"),
    ("::ffff:10.0.0.1", "private"), ("93.184.216.34", None), ("2606:4700::1111", None),
])
def test_watch_addresses_names_what_is_not_public(address, kind):
    assert kind_of(ipaddress.ip_address(address)) == kind


def test_watch_addresses_policy_allows_a_listed_network_only():
    policy = AddressPolicy(allow_networks=("10.20.0.0/16",))
    assert policy.refusal("feeds.intranet", "10.20.3.4") is None
    assert "10.21.0.1" in policy.refusal("feeds.intranet", "10.21.0.1")


def test_watch_addresses_refuses_a_name_with_any_private_record():
    with pytest.raises(RefusedAddress, match="192.168.0.10"):
        AddressPolicy().check("mixed.example", ["93.184.216.34", "192.168.0.10"])


class _Recorder(httpcore.NetworkBackend):
    """Stands for the real network: records connections instead of opening them."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        self.calls.append((host, port))
        raise httpcore.ConnectError("recorded")


def test_watch_addresses_backend_refuses_a_name_resolving_to_metadata_before_connecting():
    inner = _Recorder()
    backend = GuardedBackend(AddressPolicy(), resolve=lambda host, port: ["169.254.169.254"],
                             inner=inner)
    with pytest.raises(RefusedAddress, match="news.example resolves to 169.254.169.254"):
        backend.connect_tcp("news.example", 80)
    assert inner.calls == []


def test_watch_addresses_backend_connects_to_the_address_it_checked():
    inner = _Recorder()
    backend = GuardedBackend(AddressPolicy(), resolve=lambda host, port: ["93.184.216.34"],
                             inner=inner)
    with pytest.raises(httpcore.ConnectError):
        backend.connect_tcp("news.example", 443)
    assert inner.calls == [("93.184.216.34", 443)]
