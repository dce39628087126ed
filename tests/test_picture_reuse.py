"""A re-run copies the review pictures the last run drew where nothing they are drawn from
changed (pipelines/outputs/picture_reuse.py), and draws them again where anything did."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipelines.outputs import picture_reuse
from tests.conftest import ARCHETYPE, run_cli


def run(inputs: Path, out: Path, cache: Path) -> dict[str, tuple[int, bytes]]:
    """`actionplan run` into `out`; each review picture's inode and bytes."""
    result = run_cli("run", str(inputs), "-o", str(out), "--jobs", "1", "--cache", str(cache))
    assert result.returncode == 0, result.stderr
    crops = out / "review" / "crops"
    return {p.name: (p.stat().st_ino, p.read_bytes()) for p in sorted(crops.iterdir())}


@pytest.fixture
def first(tmp_path: Path) -> tuple[Path, dict[str, tuple[int, bytes]]]:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(ARCHETYPE, inputs / "child-h.pdf")
    return inputs, run(inputs, tmp_path / "out", tmp_path / "cache")


def test_a_rerun_copies_the_pictures_and_writes_the_same_review(
        first: tuple[Path, dict[str, tuple[int, bytes]]], tmp_path: Path) -> None:
    inputs, before = first
    page = (tmp_path / "out" / "review" / "index.html").read_bytes()
    after = run(inputs, tmp_path / "out", tmp_path / "cache")
    assert len(before) >= 7 and after == before  # the same files (7 records, some over two pages), not drawn again
    assert (tmp_path / "out" / "review" / "index.html").read_bytes() == page
    record = json.loads((tmp_path / "out" / "review" / picture_reuse.RECORD).read_text(encoding="utf-8"))
    assert sorted(record["documents"]["child-h.pdf"]["files"]) == sorted(before)


def test_an_edited_picture_is_drawn_again(first: tuple[Path, dict[str, tuple[int, bytes]]], tmp_path: Path) -> None:
    inputs, before = first
    name = sorted(before)[0]
    (tmp_path / "out" / "review" / "crops" / name).write_bytes(b"not the picture")
    after = run(inputs, tmp_path / "out", tmp_path / "cache")
    assert {n: b for n, (_, b) in after.items()} == {n: b for n, (_, b) in before.items()}
    assert all(after[n][0] != before[n][0] for n in before)  # the document's pictures all drawn anew


def test_a_changed_drawing_draws_again(first: tuple[Path, dict[str, tuple[int, bytes]]], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    inputs, before = first
    monkeypatch.setattr(picture_reuse, "drawing_key", lambda: "another renderer")
    after = run(inputs, tmp_path / "out", tmp_path / "cache")
    assert set(after) == set(before) and all(after[n][0] != before[n][0] for n in before)


def test_a_record_naming_other_files_is_not_followed(
        first: tuple[Path, dict[str, tuple[int, bytes]]], tmp_path: Path) -> None:
    inputs, before = first
    path = tmp_path / "out" / "review" / picture_reuse.RECORD
    record = json.loads(path.read_text(encoding="utf-8"))
    entry = record["documents"]["child-h.pdf"]
    (tmp_path / "elsewhere.png").write_bytes(b"x")
    entry["files"]["../../../elsewhere.png"] = picture_reuse.file_digest(tmp_path / "elsewhere.png")
    path.write_text(json.dumps(record), encoding="utf-8")
    after = run(inputs, tmp_path / "out", tmp_path / "cache")
    assert set(after) == set(before) and all(after[n][0] != before[n][0] for n in before)


def test_a_picture_replaced_by_a_link_is_drawn_again(
        first: tuple[Path, dict[str, tuple[int, bytes]]], tmp_path: Path) -> None:
    inputs, before = first
    name = sorted(before)[0]
    outside = tmp_path / "outside.png"
    outside.write_bytes(before[name][1])  # the same bytes, so only the link gives it away
    (tmp_path / "out" / "review" / "crops" / name).unlink()
    (tmp_path / "out" / "review" / "crops" / name).symlink_to(outside)
    after = run(inputs, tmp_path / "out", tmp_path / "cache")
    drawn = tmp_path / "out" / "review" / "crops" / name
    assert not drawn.is_symlink() and drawn.stat().st_ino != outside.stat().st_ino  # drawn, not linked to it
    assert {n: b for n, (_, b) in after.items()} == {n: b for n, (_, b) in before.items()}


@pytest.mark.parametrize("text", ["", "not json", '{"version": 0, "documents": {}}', '{"version": 1, "documents": []}'])
def test_a_record_that_cannot_be_used_draws_everything(
        first: tuple[Path, dict[str, tuple[int, bytes]]], tmp_path: Path, text: str) -> None:
    inputs, before = first
    (tmp_path / "out" / "review" / picture_reuse.RECORD).write_text(text, encoding="utf-8")
    after = run(inputs, tmp_path / "out", tmp_path / "cache")
    assert {n: b for n, (_, b) in after.items()} == {n: b for n, (_, b) in before.items()}
    assert all(after[n][0] != before[n][0] for n in before)
