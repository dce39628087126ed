"""The commands behind `pipelines.cli`'s parser: each turns the parsed arguments into one call of
the library and every named failure into one line on stderr and an exit status. What only one
command needs (the evaluation, the debug drawing, the rules checker) is imported by that command."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from extract.errors import ExtractError
from extract.settings import Settings
from pipelines.batch.engines import SchedulerError
from pipelines.batch.inputs import InputNotFound, find_jobs, printable
from pipelines.batch.lock import FolderBusy
from pipelines.batch.logs import route_library_logs
from pipelines.batch.options import CACHE_DIR, BatchOptions, RunOptions
from pipelines.corrections.corrections_file import CorrectionsInvalid, read_corrections
from pipelines.outputs.accumulating_feed import FeedNotUpdated, check_feed
from pipelines.outputs.feed_files import FeedFileInvalid
from pipelines.outputs.frames import FeedInvalid
from pipelines.run import run

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
#: the shell's status for a command stopped by Ctrl-C (128 + SIGINT)
EXIT_INTERRUPTED = 130


def unusable(args: argparse.Namespace) -> str | None:
    """Why the user's files (--rules, --feed) cannot be used, checked once before any work."""
    problem = rules_problem(args.rules) if args.rules is not None else None
    if problem:
        return problem
    try:
        if getattr(args, "feed", None) is not None:
            check_feed(args.feed)
        if getattr(args, "corrections", None) is not None:
            read_corrections(args.corrections)
    except CorrectionsInvalid as error:
        return f"--corrections: {error}"
    except (FeedFileInvalid, ValueError) as error:
        return f"--feed: {error}"
    except OSError as error:
        return f"--feed: cannot read {error.filename}: {error.strerror}"
    return None


def rules_problem(folder: Path) -> str | None:
    """Why the analyst's rules folder cannot be used, if it cannot."""
    from extract.rules.check import check_rules
    from extract.rules.pattern_files import RulesInvalid

    try:
        check_rules(folder)
    except RulesInvalid as error:
        return f"--rules: {error}"
    except OSError as error:
        return f"--rules: cannot read {error.filename}: {error.strerror}"
    return None


def batch_options(args: argparse.Namespace) -> BatchOptions:
    cache = None if args.no_cache else (args.cache or args.outdir / CACHE_DIR)
    return BatchOptions(jobs=args.jobs, timeout=args.timeout, memory_mb=args.memory, cache=cache,
                        scheduler=args.scheduler, debug=args.debug)


def write_failure(error: Exception, outdir: Path) -> int:
    """The one line a run or eval that could not write its outputs prints."""
    if isinstance(error, FeedInvalid):
        print(f"actionplan: outputs not written: {error}", file=sys.stderr)
    else:
        reason = getattr(error, "strerror", None) or error
        print(f"actionplan: cannot write outputs to {outdir}: {reason}", file=sys.stderr)
    return EXIT_FAILED


def eval_command(args: argparse.Namespace) -> int:
    from pipelines.evaluation.eval_json import write_json
    from pipelines.evaluation.eval_table import render
    from pipelines.evaluation.evaluate import evaluate

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
    corrections = read_corrections(args.corrections) if args.corrections else ()
    try:
        documents = run(jobs, args.outdir, Settings(rules_dir=args.rules, triage=args.triage, ocr=args.ocr), options,
                        [printable(str(p)) for p in args.inputs],
                        RunOptions(args.feed, args.review, args.debug, corrections))
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
    from pipelines.tools.debug_drawing import inspect_pdf

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


def corrections_command(args: argparse.Namespace) -> int:
    from pipelines.corrections.corrections_file import write_corrections
    from pipelines.corrections.from_workbook import NotAnActionPlan, corrections_from

    try:
        old = read_corrections(args.output) if args.output.exists() else ()
        found = corrections_from(args.workbook, old, args.who)
        write_corrections(args.output, found)
    except (CorrectionsInvalid, NotAnActionPlan) as error:
        print(f"actionplan: {error}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        print(f"actionplan: cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return EXIT_FAILED
    print(f"actionplan: {len(found)} corrections in {args.output} ({len(old)} before)", file=sys.stderr)
    return EXIT_OK


def dispatch(args: argparse.Namespace) -> int:
    route_library_logs(getattr(args, "debug", False))
    commands = {"eval": eval_command, "inspect": inspect_command, "run": run_command,
                "corrections": corrections_command}
    return commands[args.command](args)
