"""`faultlines serve` as a real process on a free local port, for the tests that need one
(parallel requests, signals, load): started, waited for, and always stopped."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

SRC = Path(__file__).resolve().parents[1] / "src"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(db: Path, *args: str, host: str = "127.0.0.1") -> tuple[subprocess.Popen, str]:
    """A `faultlines serve` process over `db`; RETURNS it and its base URL once it answers."""
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(SRC))
    proc = subprocess.Popen([sys.executable, "-m", "faultlines", "serve", "--db", str(db),
                             "--host", host, "--port", str(port), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"serve exited {proc.returncode}: {proc.stderr.read()}")
        try:
            httpx.get(base + "/api/stats", timeout=5)
            return proc, base
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("serve did not answer within 60 s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
        proc.wait(10)


@contextmanager
def serving(db: Path, *args: str):
    """The base URL of a server over `db` for the length of the block."""
    proc, base = start(db, *args)
    try:
        yield base
    finally:
        stop(proc)
