"""Running the app: uvicorn on one address, and a process that always ends when told to.

SIGTERM and SIGINT are blocked in every thread but one, which waits for them (`sigwait`):
whatever the others are doing — a long query, a request stuck in a thread, the event loop
itself busy — that thread sees the signal at once. It asks uvicorn to stop (in-flight requests
get `GRACE` seconds), and if the process is still there `GRACE + 1.5` seconds later it ends
it after deleting the store copies. A second Ctrl-C ends it at once. Requests cut short by the
stop are logged in one line each, not with a traceback.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Callable

GRACE = 1.5
SIGNALS = {signal.SIGINT, signal.SIGTERM}


def block_stop_signals() -> None:
    """Block SIGINT and SIGTERM in this thread and in every thread it starts from now on:
    call it before anything starts a thread."""
    signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)


def run(app, host: str, port: int, cleanup: Callable[[], None] = lambda: None) -> None:
    """Serve `app` until SIGINT or SIGTERM; the process ends within GRACE + 1.5 s of one.

    cleanup: what to do before the process ends however it ends (delete the store copies).
    """
    import uvicorn

    block_stop_signals()
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning",
                                           timeout_graceful_shutdown=GRACE))
    quiet = _QuietWhenStopping(server)
    for name in ("uvicorn.error", "asyncio"):
        logging.getLogger(name).addFilter(quiet)
    threading.Thread(target=_wait_for_stop, args=(server, cleanup), daemon=True,
                     name="faultlines-signals").start()
    try:
        server.run()
    finally:
        cleanup()
    # Threads still inside a request would keep the interpreter from exiting.
    os._exit(0)


class _QuietWhenStopping(logging.Filter):
    """Once the server is stopping, a request it cuts short is one line, not a traceback."""

    def __init__(self, server) -> None:
        super().__init__()
        self.server = server

    def filter(self, record: logging.LogRecord) -> bool:
        if self.server.should_exit and record.exc_info:
            record.msg = f"{record.getMessage().strip()} (cut short by the stop)"
            record.args, record.exc_info, record.exc_text = (), None, None
        return True


def _wait_for_stop(server, cleanup: Callable[[], None]) -> None:
    signal.sigwait(SIGNALS)
    server.should_exit = True
    deadline = threading.Timer(GRACE + 1.5, _end, args=(cleanup,))
    deadline.daemon = True
    deadline.start()
    try:
        signal.sigwait(SIGNALS)  # a second signal: no more waiting
    finally:
        _end(cleanup)


def _end(cleanup: Callable[[], None]) -> None:
    try:
        cleanup()
    finally:
        os._exit(0)
