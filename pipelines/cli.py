"""The command line: a thin shell over `pipelines.run` and `pipelines.evaluation.evaluate`.
This module holds the parser only, so `--help` and `--version` answer without importing the
libraries; a command imports `pipelines.commands` (and with it the pipeline) once parsed.

    actionplan run INPUT... [-o OUTDIR] [--jobs N] [--timeout S] [--memory MB] [--cache DIR |
                   --no-cache] [--scheduler tcp://HOST:PORT] [--no-triage] [--rules DIR]
                   [--feed DIR] [--corrections FILE] [--ocr] [--debug] [--no-review]
    actionplan eval DIR [-o OUTDIR] [--jobs N] [--peers/--no-peers] [--rules DIR]
    actionplan inspect FILE.pdf [-o DIR] [--rules DIR]
    actionplan corrections action_plan.xlsx [-o corrections.csv] [--who NAME]

Exit status of `run`: 0 every document was read; 1 at least one failed (all others still
written) or the Dask cluster could not take the batch; 2 the command was used wrongly; 130
stopped by Ctrl-C (finished documents stay in the cache). Of `eval`: 0 the evaluation ran (whatever it scored);
1 its outputs could not be written; 2 no such DIR or another usage error.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from extract import __version__
from pipelines.batch.options import CACHE_DIR, BatchOptions


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="actionplan", description=__doc__.splitlines()[0])
    top.add_argument("--version", action="version", version=f"actionplan {__version__}")
    commands = top.add_subparsers(dest="command", required=True)
    cmd = commands.add_parser("run", help="read PDFs and write the action plan and feeds")
    cmd.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="PDF files and/or folders")
    cmd.add_argument("-o", "--outdir", type=Path, default=Path("outputs"), help="default: outputs/")
    cmd.add_argument("--jobs", type=positive_int, default=os.cpu_count() or 1,
                     help="documents read in parallel (default: the machine's cores)")
    add_rules(cmd)
    add_batch_options(cmd)
    add_eval(commands)
    fix = commands.add_parser("corrections", help="turn the edits made in a workbook's Action plan sheet into "
                                                  "corrections.csv rows (for run --corrections)")
    fix.add_argument("workbook", type=Path, metavar="action_plan.xlsx")
    fix.add_argument("-o", "--output", type=Path, default=Path("corrections.csv"),
                     help="the corrections file: its rows are kept, the edits added (default: corrections.csv)")
    fix.add_argument("--who", default=None, help="who made the edits (default: the login name)")
    look = commands.add_parser("inspect", help="draw what the extractor saw on each page of one PDF")
    look.add_argument("pdf", type=Path, metavar="FILE.pdf")
    add_rules(look)
    look.add_argument("-o", "--outdir", type=Path, default=Path("outputs/inspect"),
                      help="default: outputs/inspect/ (one page-NNN.png per page)")
    return top


def add_rules(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--rules", type=Path, default=None,
                     help="folder of extra pattern files (NAME.jsonl) added to the built-in rules")


def positive_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value) or value <= 0:  # "nan" <= 0 is False: it would switch the limit off
        raise argparse.ArgumentTypeError(f"must be a positive number, got {text}")
    return value


def add_batch_options(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--timeout", type=positive_float, default=BatchOptions.timeout, metavar="S",
                     help=f"seconds one document may take (default: {BatchOptions.timeout:g})")
    cmd.add_argument("--memory", type=positive_int, default=BatchOptions.memory_mb, metavar="MB",
                     help=f"memory one worker may use, in MB (default: {BatchOptions.memory_mb})")
    cmd.add_argument("--cache", type=Path, default=None, metavar="DIR",
                     help=f"keep finished documents here for the next run (default: OUTDIR/{CACHE_DIR})")
    cmd.add_argument("--no-cache", action="store_true", help="read every document afresh, keep nothing")
    cmd.add_argument("--scheduler", default=None, metavar="tcp://HOST:PORT",
                     help="run documents on this Dask scheduler's workers (needs the [dask] extra)")
    cmd.add_argument("--review", action=argparse.BooleanOptionalAction, default=True,
                     help="write OUTDIR/review/index.html, each row beside a picture of its source (default: on)")
    cmd.add_argument("--debug", action="store_true",
                     help="show the traceback of an internal error under its one-line reason")
    cmd.add_argument("--ocr", action="store_true",
                     help="recognise the text of scanned PDFs with OCRmyPDF and Tesseract (installed apart)")
    cmd.add_argument("--feed", type=Path, default=None, metavar="DIR",
                     help="also merge this run's feeds into the long-lived feed folder DIR (rows of "
                          "this run's documents replaced, other documents kept)")
    cmd.add_argument("--corrections", type=Path, default=None, metavar="FILE",
                     help="apply the analyst's corrections in FILE (corrections.csv) to every row written")
    cmd.add_argument("--triage", action=argparse.BooleanOptionalAction, default=True,
                     help="read in full only the pages that can hold recommendations (default: on)")


def add_eval(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = commands.add_parser("eval", help="run the pipeline on a folder of PDFs and score it "
                                           "against the truth files beside them")
    cmd.add_argument("folder", type=Path, metavar="DIR", help="folder of PDFs with X.truth.json files")
    cmd.add_argument("-o", "--outdir", type=Path, default=Path("outputs/eval"),
                     help="default: outputs/eval/ (pipeline outputs in OUTDIR/run/, "
                          "scores in OUTDIR/eval.json)")
    cmd.add_argument("--jobs", type=positive_int, default=os.cpu_count() or 1,
                     help="documents read in parallel (default: the machine's cores)")
    cmd.add_argument("--peers", action=argparse.BooleanOptionalAction, default=True,
                     help="also measure pdfplumber's and Camelot's tables on the same truth (default: on)")
    add_rules(cmd)


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    from pipelines import commands  # the pipeline and its libraries, only once a command runs
    return commands.dispatch(args)


if __name__ == "__main__":
    sys.exit(main())
