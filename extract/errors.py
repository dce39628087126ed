"""Named exceptions raised by the extraction steps.

Each carries a one-line reason a person can act on; only the CLI turns them into output.
"""


class ExtractError(Exception):
    """A document could not be read. `str(error)` is the one-line reason."""


class EmptyFile(ExtractError):
    def __init__(self) -> None:
        super().__init__("empty file (0 bytes)")


class NotAPDF(ExtractError):
    def __init__(self, head: bytes) -> None:
        shown = head[:16].decode("latin-1").strip().replace("\n", " ").replace("\r", " ")
        super().__init__(f"not a PDF (starts with {shown!r})")


class EncryptedPDF(ExtractError):
    def __init__(self) -> None:
        super().__init__("encrypted: needs a password")


class DamagedPDF(ExtractError):
    def __init__(self, detail: str) -> None:
        super().__init__(f"damaged PDF: {detail}")


class NoTextLayer(ExtractError):
    def __init__(self) -> None:
        super().__init__("no text layer: run with --ocr")


class BlankPDF(ExtractError):
    def __init__(self, pages: int) -> None:
        super().__init__(f"blank: no text or pictures on its {pages} page{'s' if pages != 1 else ''}")


class OcrFailed(ExtractError):
    def __init__(self, detail: str) -> None:
        super().__init__(f"no text layer, and OCR failed: {detail}")


class GarbledText(ExtractError):
    def __init__(self) -> None:
        super().__init__("text cannot be read (a font without a character map): run with --ocr")
