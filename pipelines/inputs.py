"""Which PDFs a run reads: files and folders named on the command line, searched recursively."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


class InputNotFound(Exception):
    """An INPUT named on the command line does not exist."""


@dataclass(frozen=True)
class Job:
    """One PDF to read: where it is, and its path relative to the INPUT it was found under."""

    path: Path
    source_file: str


def is_pdf_name(name: str) -> bool:
    return name.lower().endswith(".pdf")


def pdfs_under(folder: Path) -> list[Job]:
    """PDFs below `folder` (not following symlinked folders, so a link loop cannot trap us)."""
    jobs = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if is_pdf_name(name):
                path = Path(root, name)
                jobs.append(Job(path, path.relative_to(folder).as_posix()))
    return jobs


def find_jobs(inputs: list[Path]) -> list[Job]:
    """Every PDF to read, each once, ordered by source_file."""
    jobs: list[Job] = []
    for item in inputs:
        if item.is_dir():
            jobs.extend(pdfs_under(item))
        elif item.is_file() or item.is_symlink():
            jobs.append(Job(item, item.name))
        else:
            raise InputNotFound(f"no such file or folder: {item}")
    unique = {os.path.abspath(job.path): job for job in reversed(jobs)}
    return sorted(unique.values(), key=lambda job: (job.source_file, str(job.path)))
