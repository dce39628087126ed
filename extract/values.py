"""The closed sets of values a record's fields take, written once: the rules produce them, the
records hold them, the schemas check them and the workbook colours by them. Each is a `StrEnum`,
so a value is also its plain string ("in_progress") in every feed and comparison."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Where a recommendation (or an action) stands."""

    COMPLETE = "complete"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    UNKNOWN = "unknown"


class Rag(StrEnum):
    """A RAG rating (BRAG's blue: done), from the RAG column's word or its cell's fill."""

    RED = "red"
    AMBER = "amber"
    GREEN = "green"
    BLUE = "blue"
    NONE = ""


class SourceKind(StrEnum):
    """How a recommendation was printed (its `source` field): in a table or as running text; or
    added by an analyst's correction (pipelines/corrections), where the extractor missed it."""

    TABLE = "table"
    PROSE = "prose"
    ANALYST = "analyst"


class DocumentStatus(StrEnum):
    """What reading a document came to."""

    OK = "ok"
    NO_RECOMMENDATIONS = "no_recommendations"
    ERROR = "error"


class Role(StrEnum):
    """The role a plan table's column heading gives it (the labels of patterns/columns.jsonl)."""

    RECOMMENDATION = "recommendation"
    ACTION = "action"
    FINDING = "finding"
    NUMBER = "number"
    LEAD = "lead"
    PROGRESS = "progress"
    TARGET = "target"
    RAG = "rag"
    STATUS = "status"
    #: a column of short codes next to a status column: a role no field takes
    CODE = "code"
