"""`make bench`: how fast a batch goes, measured on a corpus that looks like the real mix.

    python -m pipelines.tools.bench [--docs N] [--out DIR] [--skip-untriaged]

Builds (or reuses) the benchmark corpus of `samples/bench/build.py` (long reviews with the plan
in an appendix, cabinet papers, agenda bundles), then measures on it, each as a real
`actionplan run` process: `--jobs 1` (filling a cache), the cached re-run, `--jobs 2`, and
`--no-triage`; and a naive baseline, pdfplumber's `extract_text` and `extract_tables` on every
page of every fifth document, in one process. Peak RSS is sampled per process (psutil). Prints a table and
writes `DIR/bench.json`.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

import pdfplumber
import psutil

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "samples" / "bench" / "build.py"
#: the naive baseline reads every 5th document (about 1,400 pages: two minutes, not ten)
NAIVE_EVERY = 5
FEEDS = ("recommendations.csv", "documents.csv", "findings.csv", "actions.csv")


@dataclass(frozen=True)
class Measure:
    """One timed run."""

    name: str
    seconds: float
    documents: int
    pages: int
    #: the largest resident set of one worker process, MB
    peak_rss_mb: float
    #: the largest resident set of the main process (which gathers results and writes outputs), MB
    main_rss_mb: float

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds


def watch(command: Sequence[str]) -> tuple[float, float, float]:
    """Run `command`; its wall time, the peak RSS (MB) of its largest worker and of itself."""
    started = time.perf_counter()
    process = psutil.Popen(list(command), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak: dict[int, int] = {}
    while process.poll() is None:
        for proc in [process, *process.children(recursive=True)]:
            try:
                peak[proc.pid] = max(peak.get(proc.pid, 0), proc.memory_info().rss)
            except psutil.Error:
                pass
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise SystemExit(f"bench: {' '.join(command)} failed:\n{process.stderr.read().decode()}")
    main = peak.pop(process.pid, 0)
    return seconds, max(peak.values(), default=0) / 2**20, main / 2**20


def pipeline(name: str, corpus: Path, out: Path, pages: int, documents: int, *options: str) -> Measure:
    # the review page (pictures of every recommendation) is left out: it is for a person, and
    # its cost is rendering, not reading
    command = [sys.executable, "-m", "pipelines.cli", "run", str(corpus), "-o", str(out), "--no-review", *options]
    seconds, worker_rss, main_rss = watch(command)
    return Measure(name, seconds, documents, pages, worker_rss, main_rss)


def naive_document(path: Path) -> tuple[int, float, float]:
    """pdfplumber text and tables on every page: pages, seconds, this process's peak RSS MB."""
    started = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()
            page.close()
        count = len(pdf.pages)
    return count, time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def naive(pdfs: Sequence[Path], every: int) -> Measure:
    """The baseline in one process, on every `every`-th document (the corpus's kinds come round
    in a cycle prime to it, so the sample keeps the mix): its pages/s compares with `--jobs 1`."""
    sample = list(pdfs[::every])
    with ProcessPoolExecutor(1) as pool:  # a fresh process, as the pipeline's runs have
        done = list(pool.map(naive_document, sample))
    return Measure(f"naive pdfplumber, every page (1/{every})", sum(s for _, s, _ in done), len(sample),
                   sum(p for p, _, _ in done), max(r for _, _, r in done), 0.0)


def same_feeds(a: Path, b: Path) -> bool:
    return all((a / name).read_bytes() == (b / name).read_bytes() for name in FEEDS)


def found_truth(corpus: Path, out: Path) -> tuple[int, int]:
    """Documents whose count of recommendations is the truth's, and documents."""
    import csv

    with (out / "documents.csv").open(encoding="utf-8", newline="") as f:
        counts = {row["source_file"]: int(row["recommendations"] or 0) for row in csv.DictReader(f)}
    truths = sorted(corpus.glob("*.truth.json"))
    hits = sum(counts.get(t.name.replace(".truth.json", ".pdf")) ==
               len(json.loads(t.read_text(encoding="utf-8"))["recommendations"]) for t in truths)
    return hits, len(truths)


def table(measures: Sequence[Measure]) -> str:
    rows = [f"{'run':34} {'seconds':>8} {'pages/s':>8} {'docs/s':>7} {'worker RSS MB':>13} {'main RSS MB':>11}"]
    rows += [f"{m.name:34} {m.seconds:8.1f} {m.pages_per_s:8.1f} {m.docs_per_s:7.2f} {m.peak_rss_mb:13.0f} "
             f"{m.main_rss_mb or float('nan'):11.0f}" for m in measures]
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--docs", type=int, default=200)
    args.add_argument("--out", type=Path, default=ROOT / "outputs" / "bench")
    args.add_argument("--skip-untriaged", action="store_true",
                      help="leave out the slow --no-triage run (records with and without triage)")
    ns = args.parse_args(argv)
    corpus = ns.out / "corpus"
    subprocess.run([sys.executable, str(BUILD), str(corpus), "--docs", str(ns.docs)], cwd=ROOT, check=True)
    pdfs = sorted(corpus.glob("*.pdf"))
    pages = sum(len(pdfplumber.open(p).pages) for p in pdfs)
    runs = ns.out / "runs"
    shutil.rmtree(runs, ignore_errors=True)
    cache = runs / "cache"
    one = pipeline("actionplan --jobs 1", corpus, runs / "jobs1", pages, len(pdfs), "--jobs", "1", "--cache", str(cache))
    cached = pipeline("actionplan --jobs 1, cached re-run", corpus, runs / "cached", pages, len(pdfs),
                      "--jobs", "1", "--cache", str(cache))
    two = pipeline("actionplan --jobs 2", corpus, runs / "jobs2", pages, len(pdfs), "--jobs", "2", "--no-cache")
    base = naive(pdfs, NAIVE_EVERY)
    measures = [one, two, cached, base]
    untriaged = None
    if not ns.skip_untriaged:
        untriaged = pipeline("actionplan --jobs 2 --no-triage", corpus, runs / "untriaged", pages, len(pdfs),
                             "--jobs", "2", "--no-cache", "--no-triage")
        measures.append(untriaged)
    hits, truths = found_truth(corpus, runs / "jobs1")
    ratios: dict[str, float | None] = {
        "jobs1_vs_naive": one.pages_per_s / base.pages_per_s,
        "jobs2_vs_jobs1": one.seconds / two.seconds,
        "cached_vs_first": one.seconds / cached.seconds,
        "triage_vs_untriaged_jobs2": untriaged.seconds / two.seconds if untriaged else None,
    }
    identical: dict[str, bool | None] = {
        "jobs1_jobs2_cached": same_feeds(runs / "jobs1", runs / "jobs2") and same_feeds(runs / "jobs1", runs / "cached"),
        "with_and_without_triage": same_feeds(runs / "jobs1", runs / "untriaged") if untriaged else None,
    }
    result = {
        "corpus": {"documents": len(pdfs), "pages": pages, "folder": str(corpus)},
        "runs": [asdict(m) | {"pages_per_s": m.pages_per_s, "docs_per_s": m.docs_per_s} for m in measures],
        "ratios": ratios,
        "identical": identical,
        "documents_with_the_truths_count": f"{hits}/{truths}",
        "machine": {"cpus": psutil.cpu_count(), "python": sys.version.split()[0]},
    }
    (ns.out / "bench.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"corpus: {len(pdfs)} documents, {pages} pages\n{table(measures)}")
    for name, value in ratios.items():
        print(f"{name}: {value:.1f}x" if value is not None else f"{name}: not measured")
    for name, value in identical.items():
        print(f"identical feeds, {name}: {value}")
    print(f"documents with the truth's count of recommendations: {hits}/{truths}")
    print(f"written: {ns.out / 'bench.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
