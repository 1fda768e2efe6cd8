"""Which addresses the watcher may connect to, enforced where the socket is opened.

A feed is written by someone else: an item URL, or a redirect, may point at the machine's own
services (127.0.0.1:8765, a cloud metadata endpoint at 169.254.169.254, a router at 192.168.1.1).
Checking the URL's host name is not enough, since any name can resolve to such an address, and
a name checked once can resolve differently a moment later. So the check runs on the resolved IP
inside the HTTP client's network backend, for every connection it opens (every redirect hop,
every retry), and the socket is then opened to exactly the address that was checked.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import httpcore

from faultlines.watch import reasons

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]


class RefusedAddress(Exception):
    """A connection the address policy forbids; its message is the one-line reason."""


def kind_of(address: IPAddress) -> str | None:
    """Why an address is not public ("loopback", "private", ...), or None for a public one."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    for kind in ("loopback", "link_local", "private", "multicast", "unspecified", "reserved"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if address.is_global else "non-public"


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for a host, in its order, without repeats."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as err:
        reason = reasons.UNRESOLVED.format(host=host, error=err.strerror)
        raise httpcore.ConnectError(reason) from err
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


@dataclass(frozen=True)
class AddressPolicy:
    """Public addresses only, unless private ones are allowed in all or by network."""

    allow_private: bool = False
    allow_networks: tuple[str, ...] = ()

    def refusal(self, host: str, address: str) -> str | None:
        """The reason this address may not be used for `host`, or None when it may."""
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        kind = kind_of(ip)
        if kind is None or self.allow_private:
            return None
        if any(ip in ipaddress.ip_network(net, strict=False) for net in self.allow_networks):
            return None
        return reasons.NOT_PUBLIC.format(host=host, address=address, kind=kind)

    def check(self, host: str, addresses: Iterable[str]) -> list[str]:
        """The addresses to connect to; refuses all when any is forbidden (a name that mixes
        public and private records is treated as hostile)."""
        addresses = list(addresses)
        for address in addresses:
            if reason := self.refusal(host, address):
                raise RefusedAddress(reason)
        return addresses


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's network backend with the address policy applied to every TCP connection."""

    def __init__(self, policy: AddressPolicy, resolve: Resolver = system_resolver,
                 inner: httpcore.NetworkBackend | None = None) -> None:
        self.policy = policy
        self.resolve = resolve
        self.inner = inner or httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable | None = None) -> httpcore.NetworkStream:
        addresses = self.policy.check(host, self.resolve(host, port))
        error: Exception = httpcore.ConnectError(f"no address for {host}")
        for address in addresses:
            try:
                return self.inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as err:
                error = err
        raise error

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable | None = None) -> httpcore.NetworkStream:
        raise RefusedAddress(f"refused: unix socket {path}")

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)
