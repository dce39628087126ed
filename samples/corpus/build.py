"""Build the evaluation corpus: every NAME.truth.json rendered by two PDF producers.

    python samples/corpus/build.py                 # rebuild everything
    python samples/corpus/build.py NAME [NAME...]  # rebuild some documents
    options: --producer reportlab|libreoffice (default both), --no-check, --keep-docx DIR

For each truth file this writes ``NAME--reportlab.pdf`` (reportlab platypus, invariant=1, so
byte-reproducible) and ``NAME--libreoffice.pdf`` (a .docx written with python-docx, converted
by ``soffice --headless --convert-to pdf`` with a throw-away user profile; the .docx is not
kept).  The renderers print every recommendation from the truth records, so a PDF cannot drift
from its truth.  After building, each PDF is opened with pdfplumber and checked to carry every
truth record's words in order (``selfcheck.py``); the table printed at the end gives the page
count and the records that break across pages.

LibreOffice stamps the time into the PDF (/CreationDate, the document /ID and /DocChecksum);
those fields are overwritten with fixed values of the same length (no byte offset moves), which
makes the LibreOffice PDFs reproducible too, given the same LibreOffice version and fonts
(checked with LibreOffice 7.4.7 on Debian 12).  LibreOffice Writer must be installed
(Debian: ``apt-get install libreoffice-writer-nogui``).

Needs reportlab, python-docx and pdfplumber (the project venv has them once python-docx is
installed) and LibreOffice (``soffice``) for the second producer.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
VENV_PYTHON = HERE.parent.parent / ".venv" / "bin" / "python"

try:
    import docx  # noqa: F401
    import pdfplumber  # noqa: F401
    import reportlab  # noqa: F401
except ImportError:  # run with a python that lacks the packages: use the project venv
    if VENV_PYTHON.exists() and pathlib.Path(sys.executable).resolve() != VENV_PYTHON.resolve():
        os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), __file__, *sys.argv[1:]])
    raise

sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep samples/corpus free of __pycache__

import corpus_model as cm  # noqa: E402
import render_docx  # noqa: E402
import render_reportlab  # noqa: E402
import selfcheck  # noqa: E402

PRODUCERS = ("reportlab", "libreoffice")


def pdf_path(name: str, producer: str) -> pathlib.Path:
    return HERE / f"{name}--{producer}.pdf"


def build_reportlab(names: list[str]) -> None:
    for name in names:
        render_reportlab.render(cm.load_truth(name), pdf_path(name, "reportlab"))


def normalise_libreoffice_pdf(path: pathlib.Path) -> None:
    """Overwrite the time stamps LibreOffice writes, keeping every byte offset."""
    data = path.read_bytes()

    def fixed_date(match: re.Match) -> bytes:
        stamp = b"D:20240101000000"
        rest = match.group(2)
        return match.group(1) + stamp + re.sub(rb"[0-9]", b"0", rest)

    data = re.sub(rb"(/CreationDate\s*\()D:\d{14}([^)]*)", fixed_date, data)
    data = re.sub(rb"(/ModDate\s*\()D:\d{14}([^)]*)", fixed_date, data)
    data = re.sub(rb"(<xmp:CreateDate>)[^<]*(</xmp:CreateDate>)",
                  lambda m: m.group(1) + b"2024-01-01T00:00:00Z".ljust(len(m.group(0)) - len(m.group(1)) - len(m.group(2)))
                  + m.group(2), data)

    def fixed_id(match: re.Match) -> bytes:
        return re.sub(rb"<[0-9A-Fa-f]+>", lambda m: b"<" + b"0" * (len(m.group(0)) - 2) + b">", match.group(0))

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", fixed_id, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    path.write_bytes(data)


def build_libreoffice(names: list[str], keep_docx: pathlib.Path | None = None) -> None:
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    with tempfile.TemporaryDirectory(prefix="corpus-docx-") as tmp:
        tmpdir = pathlib.Path(tmp)
        sources = []
        for name in names:
            source = tmpdir / f"{name}--libreoffice.docx"
            render_docx.render(cm.load_truth(name), source)
            sources.append(source)
            if keep_docx:
                keep_docx.mkdir(parents=True, exist_ok=True)
                shutil.copy(source, keep_docx / source.name)
        profile = tmpdir / "lo-profile"
        outdir = tmpdir / "pdf"
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(outdir), *map(str, sources)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=600)
        for name in names:
            produced = outdir / f"{name}--libreoffice.pdf"
            if not produced.exists():
                raise RuntimeError(f"LibreOffice did not produce {produced.name}")
            normalise_libreoffice_pdf(produced)
            shutil.copy(produced, pdf_path(name, "libreoffice"))


def run_checks(names: list[str], producers: list[str]) -> bool:
    ok = True
    rows = []
    for name in names:
        truth = cm.load_truth(name)
        for producer in producers:
            path = pdf_path(name, producer)
            result = selfcheck.check(path, truth)
            for problem in result.problems:
                ok = False
                print(f"FAIL {path.name}: {problem}")
            rows.append((name, producer, result.pages, len(truth["recommendations"]),
                         ", ".join(result.split_records) or "-"))
    width = max(len(r[0]) for r in rows) if rows else 10
    print(f"{'document':{width}}  {'producer':11} pages recs  records across a page break")
    for name, producer, pages, recs, split in rows:
        print(f"{name:{width}}  {producer:11} {pages:5} {recs:4}  {split}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="documents to build (default: all truth files)")
    parser.add_argument("--producer", choices=PRODUCERS, action="append")
    parser.add_argument("--no-check", action="store_true")
    parser.add_argument("--check-only", action="store_true", help="check the committed PDFs, build nothing")
    parser.add_argument("--keep-docx", type=pathlib.Path, help="also copy the .docx files here")
    args = parser.parse_args(argv)
    names = args.names or cm.truth_names()
    unknown = [n for n in names if not (HERE / f"{n}.truth.json").exists()]
    if unknown:
        parser.error(f"no truth file for {', '.join(unknown)}")
    producers = args.producer or list(PRODUCERS)
    problems = [p for n in names for p in cm.validate(n, cm.load_truth(n))]
    for problem in problems:
        print(f"TRUTH {problem}")
    if problems:
        return 1
    if not args.check_only:
        if "reportlab" in producers:
            build_reportlab(names)
        if "libreoffice" in producers:
            build_libreoffice(names, args.keep_docx)
    if args.no_check:
        return 0
    return 0 if run_checks(names, producers) else 1


if __name__ == "__main__":
    sys.exit(main())
