"""Step 1: PDF bytes -> an open pdfplumber document, or a named reason why not."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import pdfplumber
import pypdfium2
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.pdf import PDF
from pdfplumber.utils.exceptions import PdfminerException

from extract.errors import DamagedPDF, EmptyFile, EncryptedPDF, ExtractError, NotAPDF

#: PDF readers accept the header anywhere in the first kilobyte
_HEADER_WINDOW = 1024


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_bytes(data: bytes) -> None:
    """Raise EmptyFile or NotAPDF unless `data` looks like a PDF."""
    if not data:
        raise EmptyFile()
    if b"%PDF-" not in data[:_HEADER_WINDOW]:
        raise NotAPDF(data.lstrip()[:16])


def as_extract_error(error: Exception) -> ExtractError:
    """Name a pdfminer/pdfplumber failure as a one-line ExtractError."""
    cause = error.args[0] if isinstance(error, PdfminerException) and error.args else error
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
        return EncryptedPDF()
    detail = str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__
    return DamagedPDF(detail[:200])


@contextmanager
def open_pdf(data: bytes, pages: Sequence[int] | None = None) -> Iterator[PDF]:
    """Open `data` with pdfplumber (only `pages`, numbered from 1, when given); pdfminer
    failures become named ExtractErrors."""
    check_bytes(data)
    try:
        pdf = pdfplumber.open(io.BytesIO(data), pages=list(pages) if pages is not None else None)
    except Exception as error:  # pdfminer raises many unrelated types on broken files
        raise as_extract_error(error) from error
    try:
        yield pdf
    finally:
        pdf.close()


def repaired(data: bytes) -> bytes | None:
    """The PDF as PDFium reads and saves it (PDFium rebuilds a broken cross-reference table), or
    None if PDFium cannot read it either."""
    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        return None
    try:
        if len(pdf) == 0:
            return None
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()
    except pypdfium2.PdfiumError:
        return None
    finally:
        pdf.close()
