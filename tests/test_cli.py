"""The command line as a user runs it: exit codes, files written, bad input reported."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from tests.conftest import ARCHETYPE, ROOT, SAMPLE_PDFS, read_csv, run_cli

OUTPUT_FILES = {"action_plan.xlsx", "recommendations.csv", "documents.csv", "findings.csv", "actions.csv"}


def test_sample_run_writes_the_four_files(sample_run: Path) -> None:
    assert OUTPUT_FILES <= {p.name for p in sample_run.iterdir()}
    assert not [p for p in sample_run.iterdir() if p.name.endswith(".tmp")]
    docs = read_csv(sample_run / "documents.csv")
    assert len(docs) == len(SAMPLE_PDFS) and "error" not in {d["status"] for d in docs}


def test_summary_line_when_not_on_a_terminal(tmp_path: Path) -> None:
    result = run_cli("run", str(ARCHETYPE), "-o", str(tmp_path), "--jobs", "1")
    assert result.returncode == 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert re.fullmatch(rf"actionplan: 1 documents, 5 pages read in \d+\.\d s, 0 failed, "
                        rf"7 recommendations written to {re.escape(str(tmp_path))}", lines[0])


def test_bad_files_are_error_rows_and_the_rest_is_whole(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ARCHETYPE, folder / "good.pdf")
    (folder / "page.pdf").write_text("<html><body>Not found</body></html>\n")
    (folder / "empty.PDF").write_bytes(b"")
    out = tmp_path / "out"
    result = run_cli("run", str(folder), "-o", str(out), "--jobs", "2")
    assert result.returncode == 1
    docs = {d["source_file"]: d for d in read_csv(out / "documents.csv")}
    assert docs["page.pdf"]["status"] == "error"
    assert docs["page.pdf"]["error"] == "not a PDF (starts with '<html><body>Not')"
    assert docs["empty.PDF"]["status"] == "error"
    assert docs["empty.PDF"]["error"] == "empty file (0 bytes)"
    assert docs["good.pdf"]["status"] == "ok" and docs["good.pdf"]["recommendations"] == "7"
    recs = read_csv(out / "recommendations.csv")
    assert [r["number"] for r in recs] == [str(n) for n in range(1, 8)]
    lines = result.stderr.strip().splitlines()
    assert "actionplan: empty.PDF: empty file (0 bytes)" in lines
    assert "actionplan: page.pdf: not a PDF (starts with '<html><body>Not')" in lines
    assert len(lines) == 3 and "Traceback" not in result.stderr


def test_no_such_input_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("run", str(tmp_path / "missing"), "-o", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"actionplan: no such file or folder: {tmp_path / 'missing'}"
    assert not (tmp_path / "out").exists()


def test_unknown_option_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("run", str(ARCHETYPE), "--frobnicate")
    assert result.returncode == 2
    assert "unrecognized arguments: --frobnicate" in result.stderr


def test_default_outdir_is_outputs(tmp_path: Path) -> None:
    shutil.copy(ARCHETYPE, tmp_path / "a.pdf")
    result = run_cli("run", "a.pdf", "--jobs", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert OUTPUT_FILES <= {p.name for p in (tmp_path / "outputs").iterdir()}


def test_same_inputs_give_byte_identical_csvs_whatever_the_workers(tmp_path: Path, builder: ModuleType) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(ARCHETYPE, folder / "b.pdf")
    builder.build(folder / "sub" / "a.pdf", **builder.VARIANT)
    (folder / "c.pdf").write_bytes(b"%!PS-Adobe")
    outs = []
    for jobs in ("1", "2"):
        outs.append(tmp_path / f"out{jobs}")
        assert run_cli("run", str(folder), "-o", str(outs[-1]), "--jobs", jobs).returncode == 1
    for name in ("recommendations.csv", "documents.csv", "findings.csv"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name
    assert [d["source_file"] for d in read_csv(outs[0] / "documents.csv")] == ["b.pdf", "c.pdf", "sub/a.pdf"]
    assert [r["source_file"] for r in read_csv(outs[0] / "recommendations.csv")] == ["b.pdf"] * 7 + ["sub/a.pdf"] * 7


def test_a_second_copy_of_the_same_pdf_is_listed_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "2014").mkdir(parents=True)
    shutil.copy(ARCHETYPE, folder / "report.pdf")
    shutil.copy(ARCHETYPE, folder / "2014" / "report (1).pdf")
    result = run_cli("run", str(folder), "-o", str(tmp_path / "out"), "--jobs", "2")
    assert result.returncode == 1
    first, copy = read_csv(tmp_path / "out" / "documents.csv")
    assert (first["source_file"], first["status"], first["recommendations"]) == ("2014/report (1).pdf", "ok", "7")
    assert (copy["source_file"], copy["status"], copy["recommendations"]) == ("report.pdf", "error", "0")
    assert copy["error"] == "same bytes as 2014/report (1).pdf: its recommendations are listed under that file"
    recs = read_csv(tmp_path / "out" / "recommendations.csv")
    assert len({r["recommendation_id"] for r in recs}) == len(recs) == 7


def test_help_and_version_import_none_of_the_heavy_libraries() -> None:
    """`actionplan --help` / `--version` parse only: the pipeline's libraries load once a command runs."""
    heavy = ("spacy", "pdfplumber", "pdfminer", "pypdfium2", "pandas", "pandera", "openpyxl", "wordfreq")
    probe = ("import sys, pipelines.cli\n"
             "try:\n    pipelines.cli.main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             f"print(' '.join(m for m in {heavy!r} if m in sys.modules))")
    for flag in ("--help", "--version"):
        result = subprocess.run([sys.executable, "-c", probe, flag], capture_output=True, text=True, cwd=ROOT)
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines()[-1] == "", flag
