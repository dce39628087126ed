"""The README's "How it works" is the map of the code: every module it names exists, every module
is in it, and every step it names (`read.pdf.open_pdf`) is a function of that module."""

from __future__ import annotations

import importlib
import re

import pytest

from tests.conftest import ROOT

PACKAGES = ("extract", "pipelines")


def how_it_works() -> str:
    readme = (ROOT / "README.md").read_text()
    start = readme.index("## How it works")
    return readme[start:readme.index("\n## ", start + 1)]


def named_paths() -> set[str]:
    return set(re.findall(r"`((?:extract|pipelines)/[\w/]*\.py)`", how_it_works()))


def module_files() -> set[str]:
    return {path.relative_to(ROOT).as_posix() for package in PACKAGES
            for path in (ROOT / package).rglob("*.py") if path.name != "__init__.py"}


def test_every_module_named_in_the_readme_exists() -> None:
    assert named_paths() - module_files() == set()


def test_every_module_is_in_the_readme_map() -> None:
    assert module_files() - named_paths() == set()


def test_every_subpackage_is_in_the_readme_map() -> None:
    folders = {path.parent.relative_to(ROOT).as_posix() + "/" for package in PACKAGES
               for path in (ROOT / package).rglob("__init__.py")}
    assert folders - set(re.findall(r"`((?:extract|pipelines)/(?:[\w/]*/)?)`", how_it_works())) == set()


def named_steps() -> list[str]:
    """Dotted names in the section that start with a subpackage of extract/: `tables.stitch.stitch_tables`."""
    subpackages = "|".join(p.name for p in (ROOT / "extract").iterdir() if (p / "__init__.py").exists())
    return sorted(set(re.findall(rf"`((?:{subpackages}|document|recommendations)\.[\w.]+)`", how_it_works())))


@pytest.mark.parametrize("name", named_steps())
def test_every_step_named_in_the_readme_exists(name: str) -> None:
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            target = importlib.import_module("extract." + ".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for attribute in parts[cut:]:
            target = getattr(target, attribute)
        return
    pytest.fail(f"{name}: no module extract.{parts[0]}")


def test_the_map_names_the_steps() -> None:
    assert len(named_steps()) >= 15
