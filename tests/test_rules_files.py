"""An analyst's `--rules` folder (issue 12): checked once in the main process before any work, a
bad line is one line naming the file and the line (exit 2, nothing written), never an internal
error for every document; `inspect` and `eval` take `--rules` as `run` does."""

from __future__ import annotations

import shutil
from enum import StrEnum
from pathlib import Path

import pytest

from extract.rules.check import built_in_labels, check_file, check_rules
from extract.rules.pattern_files import PATTERNS
from extract.values import Rag, Role, SourceKind, Status
from tests.conftest import ARCHETYPE, read_csv, run_cli
from tests.hostile.build_inputs import budget_table, pdf_bytes

#: file name, its bytes, and what the one line says after "FILE line N: "
BAD_RULES = {
    "invalid JSON": ("leads.jsonl", b'// local aliases\n{"label": "lead", "pattern": "PH" "id": "Public Health"}\n',
                     "line 2: invalid JSON: Expecting ',' delimiter (column 35)"),
    "unknown spaCy key": ("columns.jsonl", b'{"label": "lead", "pattern": "owner"}\n'
                                           b'{"label": "lead", "pattern": [{"LOWERR": "owner"}]}\n',
                          "line 2: pattern[0]: unknown spaCy key 'LOWERR'"),
    "unknown operator key": ("timescales.jsonl", b'{"label": "timescale", "pattern": [{"LOWER": {"INN": ["soon"]}}]}\n',
                             "line 1: pattern[0]: unknown spaCy key 'INN'"),
    "custom attribute": ("agencies.jsonl", b'{"label": "agency", "pattern": [{"_": {"org": true}}]}\n',
                         "line 1: pattern[0]: unknown spaCy key '_' (no custom attributes are registered)"),
    "a label the code never reads": ("status.jsonl", b'{"label": "done", "pattern": "signed off"}\n',
                                     "line 1: label 'done' is not one of status.jsonl's labels: "
                                     "complete, in_progress, not_started"),
    "a rating standing for no status": ("rag.jsonl", b'{"label": "amber", "pattern": "amber/green", "id": "ongoing"}\n',
                                        "line 1: id must be one of complete, in_progress, not_started, unknown"),
    "not a pattern object": ("agencies.jsonl", b'["police"]\n', "line 1: not a JSON object with label and pattern"),
    "no pattern": ("agencies.jsonl", b'{"label": "agency", "patern": "police"}\n', "line 1: no 'pattern'"),
    "bad triage regex": ("triage.jsonl", b'{"label": "plan", "regex": "(unclosed"}\n',
                         "line 1: regex: missing ), unterminated subpattern at position 0"),
    "cp1252 text": ("agencies.jsonl", '{"label": "agency", "pattern": "police"}\n'
                                      '{"label": "agency", "pattern": "caf\u00e9 outreach"}\n'.encode("cp1252"),
                    "line 2: not UTF-8 text (byte 0xe9): save it as UTF-8"),
}


def rules_folder(tmp_path: Path, name: str, data: bytes) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / name).write_bytes(data)
    return folder


def test_the_built_in_rules_pass_the_check() -> None:
    for path in sorted(PATTERNS.glob("*.jsonl")):
        check_file(path)


def test_good_rules_of_every_kind_pass_the_check(tmp_path: Path) -> None:
    folder = rules_folder(tmp_path, "leads.jsonl", b'// aliases\n{"label": "lead", "pattern": "PH", "id": "Public Health"}\n')
    (folder / "columns.jsonl").write_text('{"label": "lead", "pattern": [{"LOWER": {"IN": ["owner", "holder"]}}, '
                                          '{"LOWER": "officer", "OP": "?"}]}\n', encoding="utf-8")
    (folder / "triage.jsonl").write_text('{"label": "plan", "regex": "^Owner\\\\b", "needs": ["owner"]}\n', encoding="utf-8")
    (folder / "mywords.jsonl").write_text('{"label": "anything", "pattern": "a new vocabulary"}\n', encoding="utf-8")
    check_rules(folder)


@pytest.mark.parametrize("case", BAD_RULES, ids=str)
def test_a_bad_rules_file_is_one_line_before_any_work(tmp_path: Path, case: str) -> None:
    name, data, what = BAD_RULES[case]
    rules = rules_folder(tmp_path, name, data)
    result = run_cli("run", str(ARCHETYPE), "-o", str(tmp_path / "out"), "--no-cache", "--rules", str(rules))
    assert (result.returncode, result.stderr.splitlines()) == (2, [f"actionplan: --rules: {rules / name} {what}"])
    assert not (tmp_path / "out").exists(), "nothing written"


@pytest.mark.parametrize("command", ["inspect", "eval"])
def test_inspect_and_eval_check_the_rules_too(tmp_path: Path, command: str) -> None:
    name, data, what = BAD_RULES["unknown spaCy key"]
    rules = rules_folder(tmp_path, name, data)
    (tmp_path / "in").mkdir()
    shutil.copy(ARCHETYPE, tmp_path / "in" / "a.pdf")
    target = tmp_path / "in" / "a.pdf" if command == "inspect" else tmp_path / "in"
    result = run_cli(command, str(target), "-o", str(tmp_path / "out"), "--rules", str(rules))
    assert (result.returncode, result.stderr.splitlines()) == (2, [f"actionplan: --rules: {rules / name} {what}"])
    assert not (tmp_path / "out").exists()


@pytest.fixture
def budget(tmp_path: Path) -> tuple[Path, Path]:
    """A budget table (no plan for the built-in rules) and rules that read its headings as a
    plan's: "Service" the recommendation, "Budget" the lead."""
    (tmp_path / "in").mkdir()
    pdf = tmp_path / "in" / "budget.pdf"
    pdf.write_bytes(pdf_bytes(budget_table))
    rules = rules_folder(tmp_path, "columns.jsonl", b'{"label": "recommendation", "pattern": "service"}\n'
                                                    b'{"label": "lead", "pattern": "budget"}\n')
    return pdf, rules


def purple(png: Path) -> bool:
    from PIL import Image

    colours = {colour for _, colour in Image.open(png).convert("RGB").getcolors(maxcolors=1 << 20)}
    return (161, 66, 244) in colours


def test_inspect_applies_the_rules(budget: tuple[Path, Path], tmp_path: Path) -> None:
    pdf, rules = budget
    plain = run_cli("inspect", str(pdf), "-o", str(tmp_path / "plain"))
    ruled = run_cli("inspect", str(pdf), "-o", str(tmp_path / "ruled"), "--rules", str(rules))
    assert plain.returncode == 0 and ruled.returncode == 0, plain.stderr + ruled.stderr
    assert not purple(tmp_path / "plain" / "page-001.png")
    assert purple(tmp_path / "ruled" / "page-001.png"), "the header matched, by the analyst's rules"


def test_eval_applies_the_rules(budget: tuple[Path, Path], tmp_path: Path) -> None:
    pdf, rules = budget
    for name, extra in (("plain", []), ("ruled", ["--rules", str(rules)])):
        result = run_cli("eval", str(pdf.parent), "-o", str(tmp_path / name), "--no-peers", "--jobs", "1", *extra)
        assert result.returncode == 0, result.stderr
    assert read_csv(tmp_path / "plain" / "run" / "documents.csv")[0]["status"] == "no_recommendations"
    assert [r["text"] for r in read_csv(tmp_path / "ruled" / "run" / "recommendations.csv")] == ["Adults", "Children"]


@pytest.mark.parametrize("vocabulary, values", [("status", Status), ("rag", Rag), ("columns", Role)],
                         ids=["status", "rag", "columns"])
def test_the_built_in_labels_are_the_values_the_records_hold(vocabulary: str, values: type[StrEnum]) -> None:
    """Every label of a vocabulary that decides a field is a member of that field's enum, so a
    rule can only ever produce a value the schemas accept (and `--rules` may use no other)."""
    labels = built_in_labels(vocabulary)
    assert labels and labels <= {member.value for member in values}


def test_the_feeds_accept_exactly_the_enums_values() -> None:
    from pipelines.outputs.schemas import RAGS, STATUSES, RecommendationsFeed
    assert STATUSES == ["complete", "in_progress", "not_started", "unknown"]
    assert RAGS == ["red", "amber", "green", ""]
    assert set(RecommendationsFeed.to_schema().columns["source"].checks[0].statistics["allowed_values"]) == \
        {kind.value for kind in SourceKind}
