"""The same PDF saved twice (a re-download, a copy in another folder) is one document: its
recommendations are listed once, under the first copy, and every later copy says which file it
repeats, so counts are not doubled and ids stay unique."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from extract.model import Document
from extract.values import DocumentStatus

#: how the reason of a copy's row begins
COPY_OF = "same bytes as "


def as_copy(doc: Document, original: Document) -> Document:
    reason = f"{COPY_OF}{original.source_file}: its recommendations are listed under that file"
    return replace(doc, status=DocumentStatus.ERROR, error=reason, recommendations=(), findings=())


def mark_copies(documents: Iterable[Document]) -> Iterator[Document]:
    """`documents` in order, each repeat of an earlier document's bytes turned into a copy row."""
    first: dict[str, Document] = {}
    for doc in documents:
        original = first.setdefault(doc.sha256, doc) if doc.sha256 and doc.status != "error" else doc
        yield doc if original is doc else as_copy(doc, original)
