"""Shared fixtures: the samples, their golden outputs, and a real `actionplan` process."""

from __future__ import annotations

import csv
import fcntl
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import BinaryIO

import pytest

from pipelines.evaluation.evaluate import Evaluation, score_written
from pipelines.outputs.write_set import WRITTEN_FEEDS

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
SAMPLE_PDFS = sorted(SAMPLES.rglob("*.pdf"))
#: the real published documents (samples/real/README.md)
REAL = SAMPLES / "real"
ARCHETYPE = SAMPLES / "child-h-cabinet-report.pdf"
#: the CSV files a run writes (the tracker is made from the others whole)
FEEDS = tuple(f"{name}.csv" for name in WRITTEN_FEEDS)


def run_process(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`actionplan ARGS` as a real process, stdout and stderr captured: for the tests where the
    process is the point (its imports, its exit, its environment)."""
    return subprocess.run([sys.executable, "-m", "pipelines.cli", *args], cwd=cwd or ROOT,
                          capture_output=True, text=True, timeout=600)


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`actionplan ARGS` run in this process (`pipelines.cli.main`, as the console script calls
    it), in `cwd`, with its stdout and stderr captured at the file descriptors, so what its
    worker processes write is caught as well; the exit status is main's return or SystemExit's.
    A run bounded by `--memory` is a real process (`run_process`): its workers are forked from
    the CLI's own small process, never from pytest's."""
    if "--memory" in args:
        return run_process(*args, cwd=cwd)
    from pipelines.cli import main
    with tempfile.TemporaryFile("w+b") as out, tempfile.TemporaryFile("w+b") as err:
        status = with_descriptors(out, err, cwd or ROOT, lambda: main(list(args)))
        return subprocess.CompletedProcess(["actionplan", *args], status, read_back(out), read_back(err))


def with_descriptors(out: BinaryIO, err: BinaryIO, cwd: Path, call: Callable[[], int]) -> int:
    """`call()` in `cwd` with file descriptors 1 and 2 (and sys.stdout, sys.stderr over them) on
    `out` and `err`; everything put back afterwards."""
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    saved, before = (os.dup(1), os.dup(2)), (sys.stdout, sys.stderr, os.getcwd())
    os.dup2(out.fileno(), 1)
    os.dup2(err.fileno(), 2)
    sys.stdout = open(os.dup(1), "w", encoding="utf-8", errors="surrogateescape", buffering=1)
    sys.stderr = open(os.dup(2), "w", encoding="utf-8", errors="backslashreplace", buffering=1)
    os.chdir(cwd)
    try:
        return call()
    except SystemExit as stop:  # argparse's usage errors, --help
        return 0 if stop.code is None else stop.code if isinstance(stop.code, int) else 1
    finally:
        from pipelines.batch.logs import route_library_logs
        route_library_logs(False)  # no handler left writing to the stream closed below
        sys.stdout.close()
        sys.stderr.close()
        sys.stdout, sys.stderr = before[0], before[1]
        os.chdir(before[2])
        for fd, copy in zip((1, 2), saved):
            os.dup2(copy, fd)
            os.close(copy)


def read_back(file: BinaryIO) -> str:
    file.seek(0)
    return file.read().decode("utf-8", errors="replace")


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def golden_path(pdf: Path) -> Path:
    """The expected output of a sample PDF: tests/golden/<its path under samples/>.json, written
    by `make golden` (tests/golden/regenerate.py)."""
    return GOLDEN / pdf.relative_to(SAMPLES).with_suffix(".json")


def golden(pdf: Path) -> dict[str, list[dict[str, str]]]:
    return json.loads(golden_path(pdf).read_text(encoding="utf-8"))


def load_script(path: Path) -> ModuleType:
    """A build script of samples/ as a module."""
    spec = importlib.util.spec_from_file_location(path.stem if path.stem != "build" else path.parent.name + "_build", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def load_builder() -> ModuleType:
    """samples/build_archetype.py, the script that renders the archetype sample."""
    return load_script(SAMPLES / "build_archetype.py")


@pytest.fixture(scope="session")
def builder() -> ModuleType:
    return load_builder()


@pytest.fixture(scope="session")
def long_documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of long documents made by samples/bench/build.py: narrative reviews with their
    plan in an appendix, and a committee's agenda bundle (about 14 pages of narrative each)."""
    bench = load_script(SAMPLES / "bench" / "build.py")
    folder = tmp_path_factory.mktemp("long")
    for seed, (name, kind) in enumerate([("ruled-3col", "long"), ("unruled", "long"),
                                         ("prose-numbered", "long"), ("multi-action", "bundle")]):
        bench.build_one(name, kind, seed, folder, pages=14)
    return folder


def made_once(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """A folder `make` fills once per test session, however many pytest-xdist workers ask for it:
    the first makes it under a lock in the folder the workers share, the others wait and read it."""
    shared = tmp_path_factory.getbasetemp().parent if os.environ.get("PYTEST_XDIST_WORKER") else \
        tmp_path_factory.getbasetemp()
    folder = shared / name
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / f"{name}.made").is_file():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            (shared / f"{name}.made").touch()
    return folder


def run_cli_into(target: Path, *options: str) -> Callable[[Path], None]:
    """Fills a folder with the outputs of `actionplan run TARGET OPTIONS`, which must succeed."""
    def make(out: Path) -> None:
        result = run_cli("run", str(target), "-o", str(out), *options)
        assert result.returncode == 0, result.stderr
    return make


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """outputs of one `actionplan run samples/` (shared by the read-only tests, read once per
    session: the goldens, the truths and the real corpus's floors are all scored on it)."""
    return made_once(tmp_path_factory, "sample-run",
                     run_cli_into(SAMPLES, "--jobs", "2", "--no-cache", "--timeout", "900"))


@pytest.fixture(scope="session")
def sample_eval(sample_run: Path) -> Evaluation:
    """The sample run scored against every truth file of samples/."""
    return score_written([SAMPLES], sample_run, workers=1, peers=False)


@pytest.fixture(scope="session")
def archetype_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """outputs of `actionplan run` on the archetype alone."""
    return made_once(tmp_path_factory, "archetype-run", run_cli_into(ARCHETYPE, "--jobs", "1"))


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests that read the one sample run go to one pytest-xdist worker (`--dist loadgroup`):
    it makes the run while the other workers take everything else, and none waits for it."""
    for item in items:
        if {"sample_run", "sample_eval"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.xdist_group("sample-run"))


def pytest_collection_finish(session: pytest.Session) -> None:
    """On a pytest-xdist worker, the grouping must have taken: pytest-xdist groups by a suffix it
    writes into each test's node id, which pytest 9.2 no longer reads (pytest-xdist#1386), and the
    tests would then be spread over the workers, each waiting on the one sample run."""
    if not (os.environ.get("PYTEST_XDIST_WORKER") and session.config.getvalue("loadgroup")):
        return
    lost = [item.nodeid for item in session.items
            if item.get_closest_marker("xdist_group") and "@" not in item.nodeid]
    if lost:
        raise pytest.UsageError(f"pytest-xdist did not group {len(lost)} tests ({lost[0]}): "
                                "install the pytest of constraints.txt (pytest-xdist#1386)")
