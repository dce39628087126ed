"""The archetype re-rendered with another font size and margins: the page breaks fall
elsewhere, and the same seven records must come out."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ARCHETYPE, golden, read_csv, run_cli

#: fields that depend on the PDF's bytes or its pagination, not on what it says
#: fields that follow the file (its bytes, its pages) or the batch it is read in (tracked_id)
LAYOUT_FIELDS = {"recommendation_id", "document_id", "source_file", "page_start", "page_end", "confidence", "tracked_id"}


#: the module's fixtures are made once for all its tests, so they run on one pytest-xdist
#: worker (`--dist loadgroup`): spread over two, each would make them again
pytestmark = pytest.mark.xdist_group("test_variant")


@pytest.fixture(scope="module")
def variant_run(builder: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("variant")
    builder.build(folder / "in" / "variant.pdf", **builder.VARIANT)
    result = run_cli("run", str(folder / "in"), "-o", str(folder / "out"), "--jobs", "1")
    assert result.returncode == 0, result.stderr
    return folder / "out"


def test_variant_breaks_pages_elsewhere(variant_run: Path) -> None:
    expected = [(r["page_start"], r["page_end"]) for r in golden(ARCHETYPE)["recommendations"]]
    actual = [(r["page_start"], r["page_end"]) for r in read_csv(variant_run / "recommendations.csv")]
    assert actual != expected
    assert any(start != end for start, end in actual), "the variant must still break a row across pages"


def test_variant_gives_the_same_records(variant_run: Path) -> None:
    expected = golden(ARCHETYPE)["recommendations"]
    actual = read_csv(variant_run / "recommendations.csv")
    assert len(actual) == len(expected) == 7
    for want, got in zip(expected, actual):
        for column in set(want) - LAYOUT_FIELDS:
            assert got[column] == want[column], f"recommendation {want['number']}: {column}"


def test_variant_gives_the_same_document_and_findings(variant_run: Path) -> None:
    want = golden(ARCHETYPE)
    [doc] = read_csv(variant_run / "documents.csv")
    for column in ("title", "committee", "meeting_date", "author", "review_type", "subject",
                   "progress_as_of", "recommendations", "status", "error"):
        assert doc[column] == want["documents"][0][column], column
    assert [f["text"] for f in read_csv(variant_run / "findings.csv")] == [f["text"] for f in want["findings"]]
