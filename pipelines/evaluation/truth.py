"""Truth files: what a PDF should yield, kept beside it. `X.truth.json` is the truth for `X.pdf`
and for `X--PRODUCER.pdf` in the same folder (see samples/corpus/README.md)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".truth.json"
PRODUCER_MARK = "--"


class TruthInvalid(Exception):
    """A truth file that cannot be read or does not have the truth file's shape."""


@dataclass(frozen=True)
class TruthLink:
    """Where a PDF's truth is, and the producer its name gives (`""` for plain `X.pdf`)."""

    path: Path
    producer: str


@dataclass(frozen=True)
class Truth:
    """One document's expected content. Records keep only the keys the file gives: a key left
    out is not scored."""

    family: str
    document: Mapping[str, str]
    recommendations: tuple[Mapping[str, str], ...]
    findings: tuple[str, ...]
    #: the program that made the PDF, as the truth file names it (a real document's Producer)
    producer: str = ""


def stem_of(pdf: Path) -> str:
    name = pdf.name
    return name[:-4] if name.lower().endswith(".pdf") else name


def truth_for(pdf: Path) -> TruthLink | None:
    """The truth file for `pdf`: `STEM.truth.json`, else the longest name before a `--`."""
    stem = stem_of(pdf)
    if (pdf.parent / f"{stem}{SUFFIX}").is_file():
        return TruthLink(pdf.parent / f"{stem}{SUFFIX}", "")
    cut = stem.rfind(PRODUCER_MARK)
    while cut > 0:
        path = pdf.parent / f"{stem[:cut]}{SUFFIX}"
        if path.is_file():
            return TruthLink(path, stem[cut + len(PRODUCER_MARK):])
        cut = stem.rfind(PRODUCER_MARK, 0, cut)
    return None


def expected_name(pdf: Path) -> str:
    """The truth file name a person would add for `pdf` (for the note when there is none)."""
    return stem_of(pdf).split(PRODUCER_MARK)[0] + SUFFIX


def scalars(record: object, where: str) -> dict[str, str]:
    """A JSON object's text-like values as strings (null as ""); lists and objects are dropped."""
    if not isinstance(record, dict):
        raise TruthInvalid(f"{where} is not an object")
    return {key: "" if value is None else str(value) for key, value in record.items()
            if value is None or isinstance(value, str | int | float)}


#: a Producer string's family, for grouping: the first of these words it holds
PRODUCERS = ("Word", "Aspose", "Adobe", "LibreOffice", "OpenOffice", "PDFsharp", "iText", "Ghostscript",
             "Quartz", "Oracle", "Skia", "Excel", "Chromium", "wkhtmltopdf", "Acrobat", "Nitro", "PScript", "Distiller")


def producer_family(producer: str) -> str:
    """"Microsoft® Word for Microsoft 365" -> "Word": the producer as a family of tools; one
    no word names, as printed (cut to its first two words)."""
    found = next((name for name in PRODUCERS if name.lower() in producer.lower()), "")
    return found or " ".join(producer.split()[:2])


def load_truth(path: Path) -> Truth:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TruthInvalid(f"{path.name}: cannot read: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("recommendations"), list):
        raise TruthInvalid(f"{path.name}: needs an object with a `recommendations` list")
    records = tuple(scalars(r, f"{path.name}: recommendation {i + 1}")
                    for i, r in enumerate(data["recommendations"]))
    findings = data.get("findings", [])
    if not isinstance(findings, list):
        raise TruthInvalid(f"{path.name}: `findings` is not a list")
    return Truth(family=str(data.get("family") or "(none)"),
                 document=scalars(data.get("document", {}), f"{path.name}: document"),
                 recommendations=records, findings=tuple(str(f) for f in findings),
                 producer=producer_family(str(data.get("producer") or "")))
