"""One run at a time in a folder: a run holds an exclusive lock on OUTDIR (and on its `--feed`
folder) from start to end, so two runs never write into one folder at once. A second run does
not wait: it refuses at once, before it reads or writes anything.

The lock is `fcntl.flock` on a file in the folder, so the system lets go of it when the run ends
in any way (even killed). The holder writes its process id into the file, for the refusal to name
it, and removes the file before it lets go.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_FILE = ".actionplan.lock"


class FolderBusy(Exception):
    """Another run holds the folder (the message says which folder and which process)."""


def holder(path: Path) -> str:
    """`process N` from the lock file, or "" when it cannot be read."""
    try:
        pid = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return f"process {pid}" if pid.isdigit() else ""


def busy(folder: Path, what: str) -> FolderBusy:
    path = folder / LOCK_FILE
    who = holder(path) or "another process"
    return FolderBusy(f"{what or folder} is in use by another actionplan run: {who} holds {path}; "
                      f"wait for it to end or choose another folder")


def acquire(folder: Path, what: str) -> int:
    """A descriptor holding the folder's lock (the file at its name still the one locked)."""
    path = folder / LOCK_FILE
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise busy(folder, what) from None
        try:
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:  # else its last holder removed it between our open and our lock: try again
            return fd
        os.close(fd)


@contextmanager
def hold(folder: Path, what: str = "") -> Iterator[None]:
    """Hold `folder`'s lock (made if need be) for the block; `FolderBusy` if another run has it.
    `what` names the folder in the refusal (default: its path)."""
    folder.mkdir(parents=True, exist_ok=True)
    fd = acquire(folder, what)
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        yield
    finally:
        try:
            os.unlink(folder / LOCK_FILE)
        except OSError:
            pass
        os.close(fd)
