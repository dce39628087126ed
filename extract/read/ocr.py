"""Step 0b (only with `--ocr`): a scanned PDF -> the same PDF with a text layer, by OCRmyPDF with
Tesseract (Debian: `apt-get install ocrmypdf tesseract-ocr-eng`), run as a program so its many
dependencies stay out of ours."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from extract.errors import OcrFailed


def with_text_layer(data: bytes, timeout: float, force: bool = False, language: str = "eng") -> bytes:
    """The PDF's bytes with a text layer recognised on its scanned pages (on every page, over
    its unreadable text, if `force`), by OCRmyPDF in at most `timeout` seconds."""
    program = shutil.which("ocrmypdf")
    if program is None:
        raise OcrFailed("OCRmyPDF is not installed (apt-get install ocrmypdf tesseract-ocr-eng)")
    with tempfile.TemporaryDirectory(prefix="actionplan-ocr-") as folder:
        source, target = Path(folder, "in.pdf"), Path(folder, "out.pdf")
        source.write_bytes(data)
        try:
            done = subprocess.run([program, "--quiet", "--force-ocr" if force else "--skip-text",
                                   "--output-type", "pdf", "-l", language,
                                   str(source), str(target)], capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired as error:
            raise OcrFailed(f"OCR took longer than {timeout:g} s") from error
        if done.returncode != 0 or not target.exists():
            last = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
            raise OcrFailed(last[:200])
        return target.read_bytes()
