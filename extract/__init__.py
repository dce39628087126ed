"""Pure extraction steps: PDF bytes -> pages -> lines/tables -> rows -> recommendations.

Each module holds one step; `extract.document.read_document` strings them together.
Nothing here writes files or prints: orchestration, outputs and the CLI live in `pipelines/`.
"""

__version__ = "0.1.0"
