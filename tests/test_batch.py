"""The batch engine with real processes: workers, time limit, memory bound, cache, resuming
after a kill, progress, and a Dask cluster, all giving byte-identical feeds."""

from __future__ import annotations

import faulthandler
import fcntl
import hashlib
import os
import pty
import re
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from pebble import ProcessPool

from extract.settings import Settings
from pipelines.batch.engines import settle
from pipelines.batch.options import BatchOptions
from pipelines.batch.worker import OUT_OF_MEMORY, start_worker
from tests.conftest import ARCHETYPE, FEEDS, ROOT, SAMPLES, load_script, read_csv, run_cli

#: a handful of samples of different layouts, so a run takes seconds
SOME = sorted((SAMPLES / "corpus").glob("*--reportlab.pdf"))[:6] + [ARCHETYPE]


#: the module's fixtures are made once for all its tests, so they run on one pytest-xdist
#: worker (`--dist loadgroup`): spread over two, each would make them again
pytestmark = pytest.mark.xdist_group("test_batch")


def feeds(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in FEEDS}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("batch-in")
    for pdf in SOME:
        shutil.copy(pdf, folder / pdf.name)
    return folder


@pytest.fixture(scope="module")
def clean_run(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("clean")
    result = run_cli("run", str(inputs), "-o", str(out), "--jobs", "1", "--no-cache")
    assert result.returncode == 0, result.stderr
    return out


def summary(result: subprocess.CompletedProcess[str]) -> str:
    return result.stderr.strip().splitlines()[-1]


def test_two_workers_write_the_same_bytes_as_one(inputs: Path, clean_run: Path, tmp_path: Path) -> None:
    result = run_cli("run", str(inputs), "-o", str(tmp_path), "--jobs", "2", "--no-cache")
    assert result.returncode == 0, result.stderr
    assert feeds(tmp_path) == feeds(clean_run)


def test_a_rerun_reads_only_new_or_changed_pdfs(inputs: Path, clean_run: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(inputs, folder)
    out = tmp_path / "out"
    first = run_cli("run", str(folder), "-o", str(out), "--jobs", "2")
    assert "from cache" not in summary(first) and (out / ".cache").is_dir()
    again = run_cli("run", str(folder), "-o", str(out), "--jobs", "2")
    assert f"{len(SOME)} documents ({len(SOME)} from cache)" in summary(again)
    assert feeds(out) == feeds(clean_run)
    shutil.copy(SAMPLES / "corpus" / "unruled--libreoffice.pdf", folder / "new.pdf")  # the folder grew
    changed = SAMPLES / "corpus" / "widths-vary--libreoffice.pdf"
    shutil.copy(changed, folder / SOME[0].name)  # one PDF replaced by another under its name
    grown = run_cli("run", str(folder), "-o", str(out), "--jobs", "2")
    assert f"{len(SOME) + 1} documents ({len(SOME) - 1} from cache)" in summary(grown)
    docs = {d["source_file"]: d for d in read_csv(out / "documents.csv")}
    assert docs["new.pdf"]["status"] == docs[SOME[0].name]["status"] == "ok"
    assert docs[SOME[0].name]["sha256"] == hashlib.sha256(changed.read_bytes()).hexdigest()


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_run_killed_mid_batch_resumes_and_ends_as_a_clean_run(inputs: Path, clean_run: Path, tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    assert run_cli("run", str(ARCHETYPE), "-o", str(out), "--no-cache").returncode == 0  # last night's outputs
    previous = feeds(out)
    command = [sys.executable, "-m", "pipelines.cli", "run", str(inputs), "-o", str(out), "--jobs", "1",
               "--cache", str(cache)]
    batch = subprocess.Popen(command, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not list(cache.glob("*/*.json")) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(batch.pid, signal.SIGKILL)  # the whole batch: the CLI and its workers
    batch.wait()
    while group_alive(batch.pid) and time.monotonic() < deadline:  # its workers die a moment later
        time.sleep(0.05)
    kept = len(list(cache.glob("*/*.json")))
    assert 1 <= kept < len(SOME), "the kill must land mid-batch"
    assert feeds(out) == previous, "the killed run left the previous outputs as they were"
    resumed = run_cli("run", str(inputs), "-o", str(out), "--jobs", "1", "--cache", str(cache))
    assert resumed.returncode == 0, resumed.stderr
    assert f"({kept} from cache)" in summary(resumed)
    assert feeds(out) == feeds(clean_run)


def test_a_document_over_the_time_limit_is_an_error_row_and_the_rest_is_whole(tmp_path: Path) -> None:
    """A report of 80 pages read in full takes far longer than the limit, the archetype (5 pages)
    a fraction of it, even on a machine busy with other tests."""
    folder = tmp_path / "in"
    folder.mkdir()
    bench = load_script(SAMPLES / "bench" / "build.py")
    bench.build_one("ruled-3col", "long", 0, tmp_path, pages=80).rename(folder / "slow.pdf")
    shutil.copy(ARCHETYPE, folder / "good.pdf")
    started = time.monotonic()
    result = run_cli("run", str(folder), "-o", str(tmp_path / "out"), "--jobs", "2", "--no-triage",
                     "--timeout", "8", "--no-cache")
    assert time.monotonic() - started < 60
    assert result.returncode == 1
    docs = {d["source_file"]: d for d in read_csv(tmp_path / "out" / "documents.csv")}
    assert docs["slow.pdf"]["status"] == "error"
    assert docs["slow.pdf"]["error"] == "took longer than 8 s (--timeout): stopped"
    assert docs["slow.pdf"]["sha256"] and docs["good.pdf"]["status"] == "ok"
    assert "actionplan: slow.pdf: took longer than 8 s (--timeout): stopped" in result.stderr.splitlines()
    assert len(read_csv(tmp_path / "out" / "recommendations.csv")) == 7


def allocate(megabytes: int) -> int:
    return len(bytearray(megabytes * 1024 * 1024))


def die() -> None:
    os._exit(3)


def abort() -> None:
    """What a C library does when an allocation is refused (pytest's fault handler off, so the
    worker's death is not dumped into the test output)."""
    faulthandler.disable()
    os.abort()


@pytest.mark.parametrize(("task", "args", "reason"), [
    (allocate, (2048,), OUT_OF_MEMORY),
    (die, (), "worker process died (exit code 3)"),
    (abort, (), "worker process died (SIGABRT): the document may need more memory than --memory allows"),
])
def test_a_blow_up_or_a_dead_worker_is_an_error_row(task, args, reason: str) -> None:  # noqa: ANN001
    options = BatchOptions(jobs=1, memory_mb=1024, timeout=60)
    with ProcessPool(1, initializer=start_worker, initargs=(Settings(), options.memory_mb)) as pool:
        outcome = settle(pool.schedule(task, args=args, timeout=options.timeout), "x.pdf", "ab" * 32, options)
        assert pool.schedule(allocate, args=(16,)).result() == 16 * 1024 * 1024  # the pool goes on
    assert (outcome.document.status, outcome.document.error, outcome.reusable) == ("error", reason, False)
    assert outcome.document.sha256 == "ab" * 32


def test_a_progress_bar_on_a_terminal(inputs: Path, tmp_path: Path) -> None:
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))  # a 120-column terminal
    result = subprocess.run([sys.executable, "-m", "pipelines.cli", "run", str(inputs), "-o", str(tmp_path),
                             "--jobs", "2", "--no-cache"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=follower, timeout=300)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    text = shown.decode("utf-8", "replace")
    assert result.returncode == 0
    assert "\r" in text and re.search(rf"{len(SOME)}/{len(SOME)} \[", text), text
    assert re.search(r"\d+ pages, [\d.]+ pages/s, 0 failed", text) and re.search(r"(doc/s|s/doc)", text), text
    assert text.rstrip().splitlines()[-1].startswith(f"actionplan: {len(SOME)} documents")


def test_a_dask_cluster_writes_the_same_bytes(inputs: Path, clean_run: Path, tmp_path: Path) -> None:
    import dask  # a dev dependency: never skipped
    import dask.distributed as distributed
    with dask.config.set({"distributed.worker.daemon": False}):
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster:
            result = run_cli("run", str(inputs), "-o", str(tmp_path), "--no-cache",
                             "--scheduler", cluster.scheduler_address)
    assert result.returncode == 0, result.stderr
    assert feeds(tmp_path) == feeds(clean_run)


def test_bad_batch_options_are_usage_errors(tmp_path: Path) -> None:
    result = run_cli("run", str(ARCHETYPE), "-o", str(tmp_path), "--scheduler", "localhost")
    assert result.returncode == 2
    assert "scheduler must be an address such as tcp://HOST:8786" in result.stderr
    assert run_cli("run", str(ARCHETYPE), "--timeout", "0").returncode == 2


def test_daemonic_dask_workers_are_one_clear_line(tmp_path: Path) -> None:
    import dask.distributed as distributed
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:  # daemonic by default
        result = run_cli("run", str(ARCHETYPE), "-o", str(tmp_path), "--no-cache",
                         "--scheduler", cluster.scheduler_address)
    assert result.returncode == 1
    assert result.stderr.strip() == ("actionplan: the Dask workers are daemonic processes, which cannot start "
                                     "the child process each document is read in: start them with "
                                     "DASK_DISTRIBUTED__WORKER__DAEMON=False")


def test_ctrl_c_stops_with_one_line_and_the_next_run_goes_on(inputs: Path, clean_run: Path, tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    command = [sys.executable, "-m", "pipelines.cli", "run", str(inputs), "-o", str(out), "--jobs", "1",
               "--cache", str(cache)]
    # Ctrl-C's default action, as a terminal's shell leaves it: a suite started in the background
    # (`make test &`) hands its children SIGINT ignored, and Python keeps an ignored SIGINT ignored
    batch = subprocess.Popen(command, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while not list(cache.glob("*/*.json")) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(batch.pid, signal.SIGINT)  # what Ctrl-C sends: the CLI and its workers
    _, stderr = batch.communicate(timeout=60)
    assert batch.returncode == 130
    assert stderr.strip().splitlines()[-1] == ("actionplan: interrupted: documents finished so far are kept "
                                               "in the cache: run again to go on")
    assert "Traceback" not in stderr and not (out / "recommendations.csv").exists()
    resumed = run_cli("run", str(inputs), "-o", str(out), "--jobs", "1", "--cache", str(cache))
    assert resumed.returncode == 0 and "from cache)" in summary(resumed)
    assert feeds(out) == feeds(clean_run)
