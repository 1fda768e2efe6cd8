"""Opening an input file so that nothing can hang or be read without limit.

A FIFO waits for a writer forever when opened; a link to /dev/zero or /dev/urandom never ends.
So a file is opened without blocking, and read only when the opened thing is a regular file
(checked on the descriptor, so a file swapped for a FIFO in between is caught too); an article
file is never read past `max_bytes`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from faultlines import errors
from faultlines.errors import InputError

_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISDIR, "a directory"))


def _what(path: Path, mode: int) -> str:
    """'a named pipe (FIFO)', or 'a link to /dev/zero, a character device'."""
    kind = next((name for test, name in _KINDS if test(mode)), "not a file")
    return f"a link to {os.path.realpath(path)}, {kind}" if path.is_symlink() else kind


def open_regular(path: Path) -> BinaryIO:
    """The file opened for reading in binary.

    RAISES (InputError): it is not a regular file (a FIFO, a device, a socket).
    RAISES (OSError): it cannot be opened.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(errors.NOT_A_FILE.format(what=_what(path, mode)))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def within_limit(size: int, max_bytes: int) -> None:
    """RAISES (InputError): `size` bytes are more than an article may be."""
    if size > max_bytes:
        shown = (f"more than {errors.megabytes(max_bytes)}" if size == max_bytes + 1
                 else errors.megabytes(size))
        raise InputError(errors.TOO_LARGE.format(size=shown, limit=errors.megabytes(max_bytes)))


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """A regular file's bytes, refused without reading them when over `max_bytes`.

    RAISES (InputError): not a regular file, or too large.
    """
    with open_regular(path) as handle:
        within_limit(os.fstat(handle.fileno()).st_size, max_bytes)
        data = handle.read(max_bytes + 1)  # it may have grown since
    within_limit(len(data), max_bytes)
    return data
