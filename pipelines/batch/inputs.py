"""Which PDFs a run reads: files and folders named on the command line, searched recursively.

A file's name enters the run here, once, made safe (`printable`); it is unique in the run (the
path below the INPUT it was found under, with that INPUT's own name put before it where two
inputs give the same name). Only regular files are read, and only up to a size (`open_pdf`).
"""

from __future__ import annotations

import hashlib
import io
import math
import os
import re
import stat
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipelines.outputs.neutralise import FORMULA_STARTS


class InputNotFound(Exception):
    """An INPUT named on the command line does not exist."""


class NotReadable(Exception):
    """A file that is not read: the message says why, in one line."""


@dataclass(frozen=True)
class Job:
    """One PDF to read: where it is, and its name in the run (`source_file`)."""

    path: Path
    source_file: str
    #: why this entry cannot be read, found while listing it (a folder that cannot be opened);
    #: "" for a file to read
    problem: str = ""


#: what a file name may not hold as it stands: C0 controls, DEL, C1 controls, the Unicode line
#: and paragraph separators, and surrogates (bytes that are not UTF-8, as `os` decodes them)
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(name: str) -> str:
    """`name` (as the file system gave it) with undecodable bytes and control characters written
    as backslash escapes: `bad\\xff.pdf`, a carriage return as `\\x0d`. Safe in a CSV, a
    workbook, a path and a line of stderr. An apostrophe before a formula start at the beginning
    is escaped too (`\x27=x.pdf`): the CSVs neutralise `=x.pdf` as `'=x.pdf`, and the two
    names must stay two."""
    text = UNSAFE.sub(escape, name)
    return "\\x27" + text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


@dataclass(frozen=True)
class Found:
    """An entry found under an INPUT: the folder its name is relative to, and that name."""

    path: Path
    root: tuple[str, ...]  # the folders of the absolute path its name is relative to
    parts: tuple[str, ...]
    problem: str = ""
    #: a folder (that could not be listed): its name ends in "/"
    folder: bool = False

    def name(self, level: int) -> str:
        """Its name with `level` of the folders above it put first."""
        above = self.root[len(self.root) - level:] if level else ()
        text = "/".join(above + self.parts)
        return printable(text + "/" if self.folder else text)


def reason(error: OSError) -> str:
    return error.strerror or " ".join(str(error).split()) or type(error).__name__


def found_at(path: Path, problem: str = "", folder: bool = False) -> Found:
    """An entry named by itself: relative to the folder it is in."""
    absolute = Path(os.path.abspath(path))
    return Found(path, absolute.parent.parts[1:], (absolute.name,), problem, folder)


def is_pdf_name(name: str) -> bool:
    return name.lower().endswith(".pdf")


def walk(folder: Path) -> Iterator[Found]:
    """PDFs below `folder` (not following symlinked folders, so a link loop cannot trap us), and
    each folder that cannot be listed."""
    root = Path(os.path.abspath(folder)).parts[1:]
    errors: list[OSError] = []
    for here, dirs, files in os.walk(folder, onerror=errors.append):
        dirs.sort()
        for name in sorted(files):
            if is_pdf_name(name):
                path = Path(here, name)
                yield Found(path, root, path.relative_to(folder).parts)
    for error in errors:
        path = Path(error.filename)
        problem = f"cannot read folder: {reason(error)}"
        below = path.relative_to(folder).parts
        yield Found(path, root, below, problem, True) if below else found_at(folder, problem, True)


def entries(item: Path) -> Iterator[Found]:
    """What one INPUT holds: a folder's PDFs, or the file itself."""
    try:
        info = os.stat(item)
    except (FileNotFoundError, NotADirectoryError):
        if not os.path.islink(item):  # a link to nothing is a row saying so
            raise InputNotFound(f"no such file or folder: {printable(str(item))}") from None
        info = None
    except OSError:  # a file in a folder that cannot be searched, a link loop: its row says why
        info = None
    if info is not None and stat.S_ISDIR(info.st_mode):
        yield from walk(item)
    else:
        yield found_at(item)


def unique_names(found: Sequence[Found]) -> list[str]:
    """Each entry's name, the shortest that no other entry has: entries of different INPUTs that
    share a name take one more of the folders above them, until they differ (or there are none
    left)."""
    levels = [0] * len(found)
    while True:
        names = [entry.name(level) for entry, level in zip(found, levels)]
        holders: dict[str, list[int]] = defaultdict(list)
        for i, name in enumerate(names):
            holders[name].append(i)
        clashing = [i for same in holders.values() for i in same if levels[i] < len(found[i].root)
                    and any(found[j].root != found[i].root for j in same)]
        if not clashing:
            return numbered(names)
        for i in clashing:
            levels[i] += 1


def numbered(names: list[str]) -> list[str]:
    """`names` with a number after any that is still not unique (only names that differ in
    nothing but how they were escaped can be)."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def find_jobs(inputs: Sequence[Path]) -> list[Job]:
    """Every PDF to read, each once, ordered by source_file."""
    unique: dict[str, Found] = {}
    for item in inputs:
        for entry in entries(item):
            unique.setdefault(os.path.abspath(entry.path), entry)
    found = list(unique.values())
    jobs = [Job(entry.path, name, entry.problem) for entry, name in zip(found, unique_names(found))]
    return sorted(jobs, key=lambda job: (job.source_file, str(job.path)))


#: what a file that is not a regular file is, by its type
KINDS = {stat.S_IFIFO: "a FIFO", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
         stat.S_IFBLK: "a block device", stat.S_IFDIR: "a folder"}


def check(info: os.stat_result, memory_mb: int | None) -> None:
    """Raise NotReadable unless `info` is a regular file of at most `memory_mb` MB."""
    if not stat.S_ISREG(info.st_mode):
        kind = KINDS.get(stat.S_IFMT(info.st_mode), "of an unknown kind")
        raise NotReadable(f"not a regular file: {kind}")
    if memory_mb is not None and info.st_size > memory_mb * 1024 * 1024:
        raise NotReadable(f"file too large: {math.ceil(info.st_size / 1024 / 1024)} MB exceeds "
                          f"--memory ({memory_mb} MB)")


def open_pdf(path: Path, memory_mb: int | None = None) -> io.BufferedReader:
    """The file at `path`, open for reading, if it is a regular file (of at most `memory_mb` MB,
    the memory a worker may use). It is looked at before it is opened, so a FIFO or a device is
    never opened; and again once open, in case it was swapped meanwhile."""
    try:
        check(os.stat(path), memory_mb)
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as error:
        raise NotReadable(f"cannot read file: {reason(error)}") from error
    file = io.open(handle, "rb")  # noqa: UP020 - a BufferedReader, which hashlib.file_digest takes
    try:
        check(os.fstat(handle), memory_mb)
    except BaseException:
        file.close()
        raise
    return file


#: bytes hashed at a time
CHUNK = 1 << 20


def too_large(memory_mb: int) -> NotReadable:
    return NotReadable(f"file too large: it reads past {memory_mb} MB, which exceeds --memory ({memory_mb} MB)")


def bounded_digest(file: io.BufferedReader, memory_mb: int) -> str:
    """The SHA-256 of the open file, read in a stream of at most `memory_mb` MB: a file whose
    stream runs on past that (a /proc file of size 0, say) is NotReadable, never read for ever."""
    digest, left = hashlib.sha256(), memory_mb * 1024 * 1024
    while chunk := file.read(min(CHUNK, left + 1)):
        digest.update(chunk)
        left -= len(chunk)
        if left < 0:
            raise too_large(memory_mb)
    return digest.hexdigest()


def read_pdf(path: Path, memory_mb: int | None = None) -> bytes:
    """The bytes of the regular file at `path` (see `open_pdf`)."""
    with open_pdf(path, memory_mb) as file:
        try:
            return file.read()
        except OSError as error:
            raise NotReadable(f"cannot read file: {reason(error)}") from error
