"""Reading a user's small files (pattern files, feed CSVs, cache entries) safely: only a regular
file is read, opened without blocking, and never more than a bound, so a FIFO, a device or a
link to one (`/dev/zero`) named where such a file goes cannot hang a run or fill its memory."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

#: the most a pattern or feed file may hold (a feed of a million rows is about 1 GB)
MAX_BYTES = 2 << 30


def read_regular(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file at `path`; an OSError whose `strerror` says why not (not a
    regular file, larger than `max_bytes`, or the system's own reason)."""
    too_large = OSError(errno.EFBIG, f"larger than {max_bytes >> 20} MB", str(path))
    handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    with os.fdopen(handle, "rb") as file:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        if info.st_size > max_bytes:
            raise too_large
        data = file.read(max_bytes + 1)  # a file that grows (or lies about its size) is still bounded
    if len(data) > max_bytes:
        raise too_large
    return data
