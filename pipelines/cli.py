"""The command line: a thin shell over `pipelines.run` and `pipelines.evaluation.evaluate`.

    actionplan run INPUT... [-o OUTDIR] [--jobs N] [--timeout S] [--memory MB] [--cache DIR |
                   --no-cache] [--scheduler tcp://HOST:PORT] [--no-triage] [--rules DIR]
                   [--feed DIR] [--ocr] [--debug] [--no-review]
    actionplan eval DIR [-o OUTDIR] [--jobs N] [--peers/--no-peers] [--rules DIR]
    actionplan inspect FILE.pdf [-o DIR] [--rules DIR]

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
import traceback
from collections.abc import Sequence
from pathlib import Path

from extract import __version__
from extract.errors import ExtractError
from extract.rules.check import check_rules
from extract.rules.vocabulary import RulesInvalid
from extract.settings import Settings
from pipelines.batch.engines import SchedulerError
from pipelines.batch.inputs import InputNotFound, find_jobs, printable
from pipelines.batch.lock import FolderBusy
from pipelines.batch.logs import route_library_logs
from pipelines.batch.options import BatchOptions, RunOptions
from pipelines.evaluation.eval_json import write_json
from pipelines.evaluation.eval_table import render
from pipelines.evaluation.evaluate import evaluate
from pipelines.outputs.accumulating_feed import FeedNotUpdated, check_feed
from pipelines.outputs.feed_files import FeedFileInvalid
from pipelines.outputs.frames import FeedInvalid
from pipelines.run import CACHE_DIR, run
from pipelines.tools.debug_drawing import inspect_pdf

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
#: the shell's status for a command stopped by Ctrl-C (128 + SIGINT)
EXIT_INTERRUPTED = 130


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
    look = commands.add_parser("inspect", help="draw what the extractor saw on each page of one PDF")
    look.add_argument("pdf", type=Path, metavar="FILE.pdf")
    add_rules(look)
    look.add_argument("-o", "--outdir", type=Path, default=Path("outputs/inspect"),
                      help="default: outputs/inspect/ (one page-NNN.png per page)")
    return top


def add_rules(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--rules", type=Path, default=None,
                     help="folder of extra pattern files (NAME.jsonl) added to the built-in rules")


def unusable(args: argparse.Namespace) -> str | None:
    """Why the user's files (--rules, --feed) cannot be used, checked once before any work."""
    try:
        if args.rules is not None:
            check_rules(args.rules)
        if getattr(args, "feed", None) is not None:
            check_feed(args.feed)
    except RulesInvalid as error:
        return f"--rules: {error}"
    except (FeedFileInvalid, ValueError) as error:
        return f"--feed: {error}"
    except OSError as error:
        return f"--feed: cannot read {error.filename}: {error.strerror}"
    return None


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
    cmd.add_argument("--triage", action=argparse.BooleanOptionalAction, default=True,
                     help="read in full only the pages that can hold recommendations (default: on)")


def batch_options(args: argparse.Namespace) -> BatchOptions:
    cache = None if args.no_cache else (args.cache or args.outdir / CACHE_DIR)
    return BatchOptions(jobs=args.jobs, timeout=args.timeout, memory_mb=args.memory, cache=cache,
                        scheduler=args.scheduler, debug=args.debug)


def add_eval(commands: argparse._SubParsersAction) -> None:
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


def write_failure(error: Exception, outdir: Path) -> int:
    """The one line a run or eval that could not write its outputs prints."""
    if isinstance(error, FeedInvalid):
        print(f"actionplan: outputs not written: {error}", file=sys.stderr)
    else:
        reason = getattr(error, "strerror", None) or error
        print(f"actionplan: cannot write outputs to {outdir}: {reason}", file=sys.stderr)
    return EXIT_FAILED


def eval_command(args: argparse.Namespace) -> int:
    problem = unusable(args) if args.folder.is_dir() else f"no such folder: {args.folder}"
    if problem:
        print(f"actionplan: {problem}", file=sys.stderr)
        return EXIT_USAGE
    try:
        evaluation = evaluate(args.folder, args.outdir, args.jobs, args.peers, Settings(rules_dir=args.rules))
        write_json(evaluation, args.outdir / "eval.json")
    except (OSError, FeedInvalid) as error:
        return write_failure(error, args.outdir)
    for note in evaluation.skipped:
        print(f"actionplan: {note.subject}: skipped: {note.reason}", file=sys.stderr)
    print(render(evaluation, str(args.outdir / "eval.json")))
    return EXIT_OK


def run_command(args: argparse.Namespace) -> int:
    problem = unusable(args)
    if problem:
        print(f"actionplan: {problem}", file=sys.stderr)
        return EXIT_USAGE
    try:
        jobs = find_jobs(args.inputs)
        options = batch_options(args)
    except (InputNotFound, ValueError) as error:
        print(f"actionplan: {error}", file=sys.stderr)
        return EXIT_USAGE
    try:
        documents = run(jobs, args.outdir, Settings(rules_dir=args.rules, triage=args.triage, ocr=args.ocr), options,
                        [printable(str(p)) for p in args.inputs], RunOptions(args.feed, args.review, args.debug))
    except KeyboardInterrupt:
        kept = "documents finished so far are kept in the cache: run again to go on" if options.cache else \
            "nothing was kept (--no-cache)"
        print(f"actionplan: interrupted: {kept}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (SchedulerError, FolderBusy, FeedNotUpdated) as error:
        print(f"actionplan: {error}", file=sys.stderr)
        return EXIT_FAILED
    except (OSError, FeedInvalid) as error:
        if args.debug:
            traceback.print_exc()
        return write_failure(error, args.outdir)
    return EXIT_FAILED if any(d.status == "error" for d in documents) else EXIT_OK


def inspect_command(args: argparse.Namespace) -> int:
    problem = unusable(args) if args.pdf.is_file() else f"no such file: {args.pdf}"
    if problem:
        print(f"actionplan: {problem}", file=sys.stderr)
        return EXIT_USAGE
    try:
        written = inspect_pdf(args.pdf, args.outdir, Settings(rules_dir=args.rules))
    except ExtractError as error:
        print(f"actionplan: {args.pdf.name}: {error}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        return write_failure(error, args.outdir)
    print(f"actionplan: {len(written)} pages drawn in {args.outdir}", file=sys.stderr)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    route_library_logs(getattr(args, "debug", False))
    commands = {"eval": eval_command, "inspect": inspect_command, "run": run_command}
    return commands[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
