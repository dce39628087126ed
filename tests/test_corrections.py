"""An analyst's corrections: made in the workbook, turned into corrections.csv, applied on every
run and in the feed, shown as corrected; a correction whose record is gone is never applied."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from pipelines.corrections.apply import apply_corrections
from pipelines.corrections.corrections_file import Correction, CorrectionsInvalid, read_corrections
from tests.conftest import ARCHETYPE, FEEDS, SAMPLES, read_csv, run_cli

ADDED = "The Board should audit the letters drafted under recommendation 1 a year after."


def run(*inputs: Path, out: Path, extra: tuple[str, ...] = ()) -> str:
    result = run_cli("run", *map(str, inputs), "-o", str(out), "--jobs", "1", "--no-review", *extra)
    assert result.returncode == 0, result.stderr
    return result.stderr


def edit_workbook(path: Path) -> None:
    """What an analyst does in the Action plan sheet: a status and a lead changed, a false row
    deleted, a missed recommendation typed in at the bottom."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Action plan"]
    column = {cell.value: cell.column for cell in ws[1]}
    ws.cell(row=2, column=column["Status"]).value = "complete"
    ws.cell(row=3, column=column["Lead"]).value = "Pharmacy Services"
    ws.delete_rows(4)
    new = ws.max_row + 1
    for header, value in (("Source file", ARCHETYPE.name), ("No.", 8), ("Recommendation", ADDED),
                          ("Status", "not_started")):
        ws.cell(row=new, column=column[header]).value = value
    wb.save(path)


def feeds(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in FEEDS}


def test_edits_in_the_workbook_round_trip_and_a_second_run_changes_nothing(tmp_path: Path) -> None:
    out, fixes = tmp_path / "out", tmp_path / "corrections.csv"
    run(ARCHETYPE, out=out)
    first = {r["number"]: r for r in read_csv(out / "recommendations.csv")}
    edit_workbook(out / "action_plan.xlsx")
    made = run_cli("corrections", str(out / "action_plan.xlsx"), "-o", str(fixes), "--who", "A. Analyst")
    assert made.returncode == 0, made.stderr
    assert [(c.action, c.field, c.value) for c in read_corrections(fixes)] == [
        ("set", "status", "complete"), ("set", "lead", "Pharmacy Services"), ("add", "", ""),
        ("set", "number", "8"), ("set", "text", ADDED), ("set", "status", "not_started"), ("drop", "", "")]
    run(ARCHETYPE, out=out, extra=("--corrections", str(fixes)))
    recs = {r["number"]: r for r in read_csv(out / "recommendations.csv")}
    assert sorted(recs) == ["1", "2", "4", "5", "6", "7", "8"]
    assert (recs["1"]["status"], recs["1"]["corrected"]) == ("complete", "status")
    assert (recs["2"]["lead"], recs["2"]["lead_canonical"], recs["2"]["corrected"]) == (
        "Pharmacy Services", "Pharmacy Services", "lead")
    assert (recs["8"]["text"], recs["8"]["source"], recs["8"]["corrected"]) == (ADDED, "analyst",
                                                                               "added; number; text; status")
    assert recs["4"] == first["4"] | {"corrected": ""}
    ws = openpyxl.load_workbook(out / "action_plan.xlsx")["Action plan"]
    status = next(c.column for c in ws[1] if c.value == "Status")
    assert ws.cell(row=2, column=status).comment.text == (
        f"Extracted: {first['1']['status']}\nCorrected by A. Analyst: edited in the workbook")
    assert ws.cell(row=3, column=status).comment is None
    # the new workbook already shows the corrections: nothing more to say, nothing changes
    before, written = fixes.read_bytes(), feeds(out)
    again = run_cli("corrections", str(out / "action_plan.xlsx"), "-o", str(fixes), "--who", "A. Analyst")
    assert again.returncode == 0 and fixes.read_bytes() == before
    run(ARCHETYPE, out=out, extra=("--corrections", str(fixes)))
    assert feeds(out) == written


def test_a_correction_whose_record_is_gone_is_listed_never_applied(tmp_path: Path) -> None:
    fixes = tmp_path / "corrections.csv"
    fixes.write_text("recommendation_id,action,field,value\n0000000000000000-001,set,status,complete\n",
                     encoding="utf-8")
    stderr = run(ARCHETYPE, out=tmp_path / "out", extra=("--corrections", str(fixes)))
    run(ARCHETYPE, out=tmp_path / "plain")
    assert ("actionplan: warning: correction not applied, no such record (its PDF may have changed): "
            "line 2: set 0000000000000000-001") in stderr
    assert feeds(tmp_path / "out") == feeds(tmp_path / "plain")
    checks = [r for r in openpyxl.load_workbook(tmp_path / "out" / "action_plan.xlsx")["Checks"].iter_rows(
        min_row=2, values_only=True)]
    assert any(r[2] == "correction not applied" and "0000000000000000-001" in r[3] for r in checks)


@pytest.mark.parametrize(("line", "reason"), [
    ("6f7208e9c8a1830b-001,set,status,finished", "status: 'finished' is not a value it can take"),
    ("6f7208e9c8a1830b-001,set,confidence,1", "field 'confidence' cannot be corrected"),
    ("6f7208e9c8a1830b-001,replace,text,x", "action 'replace' is not one of set, drop, add"),
    ("6f7208e9c8a1830b-c001,add,,,", "an add names the document it adds to"),
])
def test_a_bad_correction_is_refused_in_one_line_before_any_work(tmp_path: Path, line: str, reason: str) -> None:
    fixes = tmp_path / "corrections.csv"
    fixes.write_text(f"recommendation_id,action,field,value,source_file\n{line}\n", encoding="utf-8")
    with pytest.raises(CorrectionsInvalid, match="line 2: " + reason.replace("(", r"\(")):
        read_corrections(fixes)
    result = run_cli("run", str(ARCHETYPE), "-o", str(tmp_path / "out"), "--corrections", str(fixes))
    assert result.returncode == 2 and result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith(f"actionplan: --corrections: {fixes} line 2: ") and not (tmp_path / "out").exists()


def test_corrections_applied_twice_are_applied_once() -> None:
    recs = pd.DataFrame([{"recommendation_id": f"d-{n}", "document_id": "d", "source_file": "a.pdf", "number": str(n),
                          "text": f"Do {n}.", "status": "unknown", "lead": "", "lead_canonical": ""} for n in (1, 2)])
    docs = pd.DataFrame([{"source_file": "a.pdf", "document_id": "d"}])
    fixes = [Correction("d-1", "set", "status", "complete"), Correction("d-2", "drop"),
             Correction("d-c001", "add", source_file="a.pdf"), Correction("d-c001", "set", "text", "Missed.")]
    once, applied = apply_corrections(recs, docs, fixes)
    twice, _ = apply_corrections(once, docs, fixes)
    assert once.equals(twice) and applied.before == {("d-1", "status"): "unknown", ("d-c001", "text"): ""}
    assert once[["recommendation_id", "status", "text", "corrected"]].values.tolist() == [
        ["d-1", "complete", "Do 1.", "status"], ["d-c001", "unknown", "Missed.", "added; text"]]


def test_a_feed_keeps_the_corrections_as_a_clean_run_with_them_does(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    other = SAMPLES / "corpus" / "ruled-3col--reportlab.pdf"
    night1, night2, everything = (tmp_path / name for name in ("night1", "night2", "all"))
    for folder, files in ((night1, [ARCHETYPE]), (night2, [other]), (everything, [ARCHETYPE, other])):
        folder.mkdir()
        for pdf in files:
            shutil.copy(pdf, folder / pdf.name)
    monkeypatch.setenv("ACTIONPLAN_TODAY", "2026-11-30")
    run(night1, out=tmp_path / "out1", extra=("--feed", str(tmp_path / "feed")))
    fixes = tmp_path / "corrections.csv"
    rid = read_csv(tmp_path / "feed" / "recommendations.csv")[0]["recommendation_id"]
    fixes.write_text(f"recommendation_id,action,field,value\n{rid},set,status,complete\n", encoding="utf-8")
    # night 2 reads another paper only: the correction is for a record the feed holds, so it is applied there
    stderr = run(night2, out=tmp_path / "out2", extra=("--feed", str(tmp_path / "feed"), "--corrections", str(fixes)))
    assert "correction not applied" not in stderr
    run(everything, out=tmp_path / "clean", extra=("--corrections", str(fixes)))
    for name in ("recommendations.csv", "tracker.csv"):
        assert (tmp_path / "feed" / name).read_bytes() == (tmp_path / "clean" / name).read_bytes(), name
    fixed = next(r for r in read_csv(tmp_path / "feed" / "recommendations.csv") if r["recommendation_id"] == rid)
    assert (fixed["status"], fixed["corrected"]) == ("complete", "status")
