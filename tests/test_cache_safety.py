"""The cache holds data, never code: its entries are the documents as versioned JSON, a planted
pickle never runs, a corrupt or foreign entry is read again from the PDF, and a cache that cannot
be written is one warning line while the run goes on and writes everything."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import pickle
import re
import shlex
import shutil
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.document import read_document
from extract.model import Document
from extract.settings import Settings
from pipelines.batch import cache as cache_module
from pipelines.batch.cache import Cache, fingerprint
from pipelines.batch.records_json import VERSION
from pipelines.batch.worker import failed
from tests.conftest import ARCHETYPE, FEEDS, SAMPLES, read_csv, run_cli

#: samples of different layouts (actions, findings, no recommendations, undated), quick to read
SOME = [ARCHETYPE] + sorted((SAMPLES / "corpus").glob("*--reportlab.pdf"))
WARNING = re.compile(r"actionplan: warning: cannot write the cache in (.+): (.+); "
                     r"documents will be read again next time")


#: the module's fixtures are made once for all its tests, so they run on one pytest-xdist
#: worker (`--dist loadgroup`): spread over two, each would make them again
pytestmark = pytest.mark.xdist_group("test_cache_safety")


def feeds(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in FEEDS}


def entry_name(pdf: Path, source_file: str) -> str:
    """The name of a document's entry: the hash of its content and its name in the run."""
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    return hashlib.sha256(f"{sha}\0{source_file}".encode()).hexdigest()


def the_folder(cache: Path) -> Path:
    """The one fingerprint folder of a cache a run made."""
    [folder] = [p for p in cache.iterdir() if p.is_dir()]
    return folder


def lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    return result.stderr.strip().splitlines()


# --- the JSON form ----------------------------------------------------------------------------

@pytest.mark.parametrize("pdf", SOME, ids=lambda p: p.stem)
def test_every_sample_document_comes_back_equal_from_json(pdf: Path) -> None:
    from pipelines.batch.records_json import dumps, loads
    document = read_document(pdf.read_bytes(), pdf.name)
    data = dumps(document)
    assert loads(data) == document
    assert json.loads(data)["version"] >= 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.from_type(Document))
def test_any_document_comes_back_as_it_was(document: Document) -> None:
    from pipelines.batch.records_json import dumps, loads
    data = dumps(document)
    again = loads(data)
    assert dumps(again) == data  # same values of the same types (an int stays an int, NaN stays NaN)
    if b"NaN" not in data:  # NaN is never equal to itself
        assert again == document


def test_a_name_that_is_not_utf8_has_an_entry(tmp_path: Path) -> None:
    document = read_document(ARCHETYPE.read_bytes(), "bad\udcff\udcfe.pdf")  # b"bad\xff\xfe.pdf" as os.fsdecode gives it
    cache = Cache.open(tmp_path, Settings())
    cache.put(document)
    assert Cache.open(tmp_path, Settings()).get(document.sha256, document.source_file) == document
    assert cache.get(document.sha256, "bad.pdf") is None


def test_a_fifo_where_an_entry_goes_is_not_waited_on(tmp_path: Path) -> None:
    document = failed("plan.pdf", "not a PDF", "0" * 64)
    cache = Cache.open(tmp_path, Settings())
    os.mkfifo(cache.path(document.sha256, document.source_file))

    class Stuck(BaseException):
        """Raised by the alarm; a BaseException, so no `except Exception` swallows it."""

    def stuck(signum: int, frame: object) -> None:
        raise Stuck("the cache waited on a FIFO")
    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(10)
    try:
        assert cache.get(document.sha256, document.source_file) is None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    cache.put(document)  # the FIFO is replaced by the entry
    assert cache.get(document.sha256, document.source_file) == document


def test_the_key_changes_with_the_pdf_and_nlp_libraries(monkeypatch: pytest.MonkeyPatch) -> None:
    before = fingerprint(Settings())
    real = importlib.metadata.version
    for library in ("pdfplumber", "pdfminer.six", "pypdfium2", "spacy"):
        monkeypatch.setattr(importlib.metadata, "version",
                            lambda name, library=library: "0.0.0-other" if name == library else real(name))
        assert fingerprint(Settings()) != before, library
    monkeypatch.setattr(importlib.metadata, "version", real)
    assert fingerprint(Settings()) == before


# --- runs ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cache-in")
    for pdf in SOME[:10]:
        shutil.copy(pdf, folder / pdf.name)
    return folder


@pytest.fixture(scope="module")
def clean(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("cache-clean")
    result = run_cli("run", str(inputs), "-o", str(out), "--jobs", "2", "--no-cache")
    assert result.returncode == 0, result.stderr
    return feeds(out)


@pytest.fixture(scope="module")
def cached(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The outputs and cache of a first run over `inputs` (copy before changing)."""
    out = tmp_path_factory.mktemp("cache-first") / "out"
    result = run_cli("run", str(inputs), "-o", str(out), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    return out


def fresh(cached: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the first run's outputs, and its cache's fingerprint folder."""
    out = tmp_path / "out"
    shutil.copytree(cached, out, symlinks=True)
    return out, the_folder(out / ".cache")


def test_entries_are_versioned_json_and_a_cached_rerun_is_byte_identical(
        inputs: Path, clean: dict[str, bytes], cached: Path, tmp_path: Path) -> None:
    out, folder = fresh(cached, tmp_path)
    pdfs = sorted(inputs.iterdir())
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{entry_name(p, p.name)}.json" for p in pdfs)
    for entry in folder.iterdir():
        data = json.loads(entry.read_bytes())
        assert data["format"] == "actionplan-document" and data["version"] == VERSION
    again = run_cli("run", str(inputs), "-o", str(out), "--jobs", "2")
    assert again.returncode == 0, again.stderr
    assert f"{len(pdfs)} documents ({len(pdfs)} from cache)" in lines(again)[-1]
    assert feeds(out) == feeds(cached) == clean


class Planted:
    """Unpickling this runs a shell command (what an attacker would plant)."""

    def __init__(self, command: str) -> None:
        self.command = command

    def __reduce__(self) -> tuple[Callable[[str], int], tuple[str]]:
        return os.system, (self.command,)


def test_a_planted_pickle_never_runs(inputs: Path, clean: dict[str, bytes], cached: Path, tmp_path: Path) -> None:
    out, folder = fresh(cached, tmp_path)
    marker = tmp_path / "pwned"
    payload = pickle.dumps(Planted(f"touch {shlex.quote(str(marker))}"))
    for pdf in inputs.iterdir():  # where the pickle cache read entries, and where JSON ones are now
        for name in (f"{entry_name(pdf, pdf.name)}.pickle", f"{entry_name(pdf, pdf.name)}.json"):
            (folder / name).write_bytes(payload)
    result = run_cli("run", str(inputs), "-o", str(out), "--jobs", "2")
    assert not marker.exists(), "a cache entry ran a command"
    assert result.returncode == 0, result.stderr
    assert "from cache" not in lines(result)[-1] and len(lines(result)) == 1
    assert feeds(out) == clean


def edit(change: Callable[[dict], object]) -> Callable[[bytes], bytes]:
    """An edit of an entry's JSON; `change` alters the parsed entry in place."""
    def edited(data: bytes) -> bytes:
        entry = json.loads(data)
        change(entry)
        return json.dumps(entry).encode()
    return edited


#: ways an entry is not one this version wrote for this document (one per sample of `inputs`)
FOREIGN: dict[str, Callable[[bytes], bytes]] = {
    "truncated": lambda data: data[: len(data) // 2],
    "empty": lambda data: b"",
    "not UTF-8": lambda data: b"\x80\x81" + data,
    "nested too deep": lambda data: b"[" * 200_000 + b"]" * 200_000,
    "other version": edit(lambda e: e.update(version=e["version"] + 1)),
    "other format": edit(lambda e: e.update(format="something-else")),
    "other shape": edit(lambda e: e["document"].pop("findings")),
    "wrong type": edit(lambda e: e["document"].update(pages="five")),
    "other content hash": edit(lambda e: e["document"].update(sha256="0" * 64)),
    "other name": edit(lambda e: e["document"].update(source_file="other.pdf")),
}


def test_a_corrupt_or_foreign_entry_is_ignored_and_read_again(
        inputs: Path, clean: dict[str, bytes], cached: Path, tmp_path: Path) -> None:
    out, folder = fresh(cached, tmp_path)
    good: dict[Path, bytes] = {}
    for pdf, (_kind, spoil) in zip(sorted(inputs.iterdir()), FOREIGN.items(), strict=True):
        entry = folder / f"{entry_name(pdf, pdf.name)}.json"
        good[entry] = entry.read_bytes()
        entry.write_bytes(spoil(good[entry]))
    result = run_cli("run", str(inputs), "-o", str(out), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert "from cache" not in lines(result)[-1] and len(lines(result)) == 1
    assert feeds(out) == clean
    for (entry, data), kind in zip(good.items(), FOREIGN):
        assert entry.read_bytes() == data, f"the {kind} entry was not replaced by the document read again"


def test_a_well_formed_entry_is_what_the_run_uses(inputs: Path, cached: Path, tmp_path: Path) -> None:
    """The other side of the test above: an entry of this version for this document is read."""
    out, folder = fresh(cached, tmp_path)
    entry = folder / f"{entry_name(ARCHETYPE, ARCHETYPE.name)}.json"
    data = json.loads(entry.read_bytes())
    data["document"]["recommendations"][0]["text"] = "Kept in the cache."
    entry.write_text(json.dumps(data), encoding="ascii")
    result = run_cli("run", str(inputs), "-o", str(out), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert "(10 from cache)" in lines(result)[-1]
    recs = [r for r in read_csv(out / "recommendations.csv") if r["source_file"] == ARCHETYPE.name]
    assert recs[0]["text"] == "Kept in the cache."


def block_an_entry(folder: Path) -> None:
    name = entry_name(ARCHETYPE, ARCHETYPE.name)
    for suffix in (".json", ".pickle"):  # where the entry goes (and went before it was JSON)
        (folder / f"{name}{suffix}" / "inside").mkdir(parents=True)


def block_the_folder(folder: Path) -> None:
    shutil.rmtree(folder)
    folder.write_text("a file where the fingerprint folder goes")


@pytest.mark.parametrize("block", [block_an_entry, block_the_folder])
def test_a_cache_that_cannot_be_written_is_one_warning(
        block: Callable[[Path], None], inputs: Path, clean: dict[str, bytes], cached: Path, tmp_path: Path) -> None:
    out, folder = fresh(cached, tmp_path)
    for entry in folder.iterdir():  # every document must be read and put again
        entry.unlink()
    block(folder)
    result = run_cli("run", str(inputs), "-o", str(out), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    warning, summary = lines(result)
    assert WARNING.fullmatch(warning) and WARNING.fullmatch(warning)[1] == str(out / ".cache")
    assert summary.startswith("actionplan: 10 documents, ") and str(out) in summary
    assert feeds(out) == clean
    assert (out / "action_plan.xlsx").is_file() and (out / "review").is_dir()


def test_a_cache_folder_that_cannot_be_made_is_one_warning(
        inputs: Path, clean: dict[str, bytes], tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    out = tmp_path / "out"
    result = run_cli("run", str(inputs), "-o", str(out), "--jobs", "2", "--cache", str(blocker / "cache"))
    assert result.returncode == 0, result.stderr
    warning, summary = lines(result)
    assert WARNING.fullmatch(warning).groups() == (str(blocker / "cache"), "Not a directory")
    assert feeds(out) == clean and blocker.read_text() == "not a folder"


@pytest.mark.parametrize("module", ["tables/stitch.py", "read/paragraphs.py", "document.py",
                                    "rules/patterns/columns.jsonl"])
def test_the_key_changes_with_any_module_or_pattern_of_extract(
        module: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A changed module in any subpackage of extract/ (or a moved one) keys the cache afresh."""
    copy = tmp_path / "extract"
    shutil.copytree(cache_module.EXTRACT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "EXTRACT", copy)
    before = fingerprint(Settings())
    (copy / module).write_text((copy / module).read_text() + "\n")
    changed = fingerprint(Settings())
    assert changed != before
    assert fingerprint(Settings()) == changed  # the same files: the same key
    moved = copy / ("fields" if not module.startswith("fields/") else "read") / Path(module).name
    (copy / module).rename(moved)
    assert fingerprint(Settings()) != changed  # a module moved to another folder
