"""`make golden`: rewrite tests/golden/ from one run over samples/: one file per sample PDF with its
rows of every feed, as test_golden.py compares them. The git diff of tests/golden/ is what a
reviewer reads: every field a change moved, document by document.

    python -m tests.golden.regenerate [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.conftest import GOLDEN, SAMPLE_PDFS, SAMPLES, golden_path, read_csv

FEEDS = ("recommendations", "documents", "findings", "actions")


def rows_by_file(out: Path) -> dict[str, dict[str, list[dict[str, str]]]]:
    by_file: dict[str, dict[str, list[dict[str, str]]]] = {}
    for feed in FEEDS:
        for row in read_csv(out / f"{feed}.csv"):
            by_file.setdefault(row["source_file"], {name: [] for name in FEEDS})[feed].append(row)
    return by_file


def write_goldens(out: Path) -> int:
    by_file = rows_by_file(out)
    for old in GOLDEN.rglob("*.json"):
        old.unlink()
    for pdf in SAMPLE_PDFS:
        rows = by_file.get(pdf.relative_to(SAMPLES).as_posix(), {name: [] for name in FEEDS})
        path = golden_path(pdf)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(SAMPLE_PDFS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    jobs = parser.parse_args().jobs
    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, "-m", "pipelines.cli", "run", str(SAMPLES), "-o", out, "--jobs", str(jobs),
                   "--no-cache", "--no-review"]
        if subprocess.run(command).returncode != 0:
            return 1
        print(f"{write_goldens(Path(out))} golden files written to {GOLDEN}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
