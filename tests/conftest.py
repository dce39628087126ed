"""Shared fixtures: the samples, their golden outputs, and a real `actionplan` process."""

from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
SAMPLE_PDFS = sorted(SAMPLES.rglob("*.pdf"))
#: the real published documents (samples/real/README.md)
REAL = SAMPLES / "real"
ARCHETYPE = SAMPLES / "child-h-cabinet-report.pdf"


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`actionplan ARGS` as a real process, stdout and stderr captured."""
    return subprocess.run([sys.executable, "-m", "pipelines.cli", *args], cwd=cwd or ROOT,
                          capture_output=True, text=True, timeout=600)


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


def run_into(tmp_path_factory: pytest.TempPathFactory, name: str, target: Path) -> Path:
    """A fresh folder holding the outputs of `actionplan run TARGET`, which must succeed."""
    out = tmp_path_factory.mktemp(name)
    result = run_cli("run", str(target), "-o", str(out), "--jobs", "1")
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """outputs of one `actionplan run samples/` (shared by the read-only tests)."""
    return run_into(tmp_path_factory, "sample-run", SAMPLES)


@pytest.fixture(scope="session")
def archetype_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """outputs of `actionplan run` on the archetype alone."""
    return run_into(tmp_path_factory, "archetype-run", ARCHETYPE)
