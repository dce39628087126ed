"""The block model shared by the two renderers, and the truth-file checks.

A truth file's ``layout`` object says how a document looks; its ``recommendations`` and
``findings`` say what it contains.  Both renderers (``render_reportlab.py``,
``render_docx.py``) walk ``layout["blocks"]`` in order and print every recommendation from the
truth records themselves, through the helpers below, so a PDF and its truth cannot drift apart.

Layout keys (all optional unless marked):

``page``
    ``{"size": "A4", "orientation": "portrait" | "landscape", "margins_mm": 20}``
``fonts``
    ``{"reportlab": "Helvetica" | "Times" | "DejaVuSans" | "DejaVuSerif",
    "libreoffice": "Liberation Sans" | "Liberation Serif" | "DejaVu Sans" | ...}``
``font_size`` / ``table_font_size``
    body and table text in points (defaults 11 and 9.5).
``header`` / ``footer``
    ``{"text": "OFFICIAL", "align": "left" | "center" | "right"}``; ``{page}`` and ``{pages}``
    in the text become the page number and page count.
``extra_cells``
    ``{"<number>": {"name": "printed text"}}``: cell contents that are not truth fields
    (an "Action required" or a printed "Status" column), read by columns with
    ``"field": "extra:name"``.
``line_styles``
    ``{"<number>": {"<field>": "paragraphs" | "bullets" | "lead_bullets"}}``: per-record
    override of how the lines of a multi-line field are printed.
``blocks`` (required)
    the document in reading order; each block has a ``type``:

    ``text``        ``{"text", "style": body|title|subtitle|meta|bold|right|small|centre}``
    ``heading``     ``{"text", "level": 1|2}``
    ``numbered``    ``{"number", "text", "bold": optional bold lead-in printed before text}``
    ``bullets``     ``{"items": [str | {"text", "sub": [str]}], "indent": 0|1}``
    ``findings``    the truth ``findings`` printed as bullets (``{"indent": 0|1}``)
    ``page_break``  ``{}``
    ``spacer``      ``{"pt": n}`` or ``{"reportlab_pt": n, "libreoffice_pt": m}``
    ``contents``    ``{"title", "entries": [[label, page], ...]}`` (dot leaders)
    ``table``       any other table: ``{"header": [...], "rows": [[...]], "widths": [fractions],
                    "rules": grid|none|horizontal, "align": ["left"|"right"|"center", ...],
                    "header_fill": "#D9D9D9" | null, "caption": optional heading}``
    ``rec_table``   the recommendations table: ``{"columns": [column, ...],
                    "numbers": optional subset in order, "rules": grid|none|horizontal,
                    "header": true, "header_fill", "font_size", "split": in_row_first|row_first,
                    "multi_action": false}``
    ``rec_prose``   one paragraph per recommendation: ``{"label": "Recommendation {number}: ",
                    "label_bold": true, "numbers": optional subset}``; lines after the first of
                    a multi-line text become further paragraphs (or bullets: ``"lines"``)
    ``rec_bullets`` one bullet per recommendation, its later lines as sub-bullets
    ``decision``    ``document.decision`` printed as a (numbered) paragraph whose first words
                    (``"bold"``) are bold: ``{"bold": "The Cabinet is RECOMMENDED", "number"}``

A ``column`` of a ``rec_table`` is ``{"header": "Progress at\\n31 March 2024", "width": 0.3,
"field": F, "prefix_number": "{number}. ", "suffix": ".", "lines": paragraphs|bullets|lead_bullets,
"case": "title", "align": "left"|"center"}`` where F is a record key (``number``, ``text``,
``lead``, ``progress``, ``rag``, ``target_text``), ``extra:NAME``, or for a multi-action table
``action:KEY`` (one row per action; the other columns are merged vertically over them).
"""

from __future__ import annotations

import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
STATUSES = {"complete", "in_progress", "not_started", "unknown"}
RAGS = {"red", "amber", "green", ""}


def load_truth(name: str) -> dict:
    """Read NAME.truth.json from the corpus folder."""
    return json.loads((HERE / f"{name}.truth.json").read_text(encoding="utf-8"))


def truth_names() -> list[str]:
    """Every document of the corpus, by name."""
    return sorted(p.name[: -len(".truth.json")] for p in HERE.glob("*.truth.json"))


def records_by_number(truth: dict) -> dict[str, dict]:
    return {rec["number"]: rec for rec in truth["recommendations"]}


def selected(truth: dict, block: dict) -> list[dict]:
    """The records a rec_* block prints, in order."""
    by_number = records_by_number(truth)
    numbers = block.get("numbers")
    if numbers is None:
        return list(truth["recommendations"])
    return [by_number[n] for n in numbers]


def dedupe(values: list[str]) -> list[str]:
    """Drop exact repeats, keep the first occurrence's position; drop empty values."""
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen


def line_style(truth: dict, rec: dict, column: dict) -> str:
    field = column["field"]
    override = truth["layout"].get("line_styles", {}).get(rec["number"], {}).get(field)
    return override or column.get("lines", "paragraphs")


def field_value(truth: dict, rec: dict, field: str, action: dict | None = None) -> str:
    """The printed text of one field of a record (or of one of its actions)."""
    if field.startswith("extra:"):
        return truth["layout"].get("extra_cells", {}).get(rec["number"], {}).get(field[6:], "")
    if field.startswith("action:"):
        assert action is not None, field
        return action.get(field[7:], "")
    return rec.get(field, "")


def cell_items(truth: dict, rec: dict, column: dict, action: dict | None = None) -> list[tuple[str, str]]:
    """A cell's contents as ``[(kind, text)]`` with kind ``p`` (paragraph) or ``bullet``."""
    value = field_value(truth, rec, column["field"], action)
    if column.get("case") == "title":
        value = value[:1].upper() + value[1:]
    lines = value.split("\n") if value else [""]
    style = line_style(truth, rec, column)
    if style == "bullets":
        items = [("bullet", line) for line in lines]
    elif style == "lead_bullets":
        items = [("p", lines[0])] + [("bullet", line) for line in lines[1:]]
    else:
        items = [("p", line) for line in lines]
    suffix = column.get("suffix")
    if suffix:
        kind, last = items[-1]
        items[-1] = (kind, last + suffix)
    prefix = column.get("prefix_number")
    if prefix and prefix.endswith("\n"):  # the number on a line of its own ("Recommendation 3")
        items.insert(0, ("p", prefix.strip().format(number=rec["number"])))
    elif prefix:
        kind, first = items[0]
        items[0] = (kind, prefix.format(number=rec["number"]) + first)
    return items


def expand_page_text(text: str, page: int, pages: int) -> str:
    return text.replace("{page}", str(page)).replace("{pages}", str(pages))


# --------------------------------------------------------------------------------------
# Truth-file validation: internal consistency that the renderers rely on
# --------------------------------------------------------------------------------------

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def validate(name: str, truth: dict) -> list[str]:
    """Problems with a truth file (empty list when it is sound)."""
    problems: list[str] = []
    doc = truth.get("document", {})
    recs = truth.get("recommendations", [])
    if not recs and doc.get("status") != "no_recommendations":
        problems.append("no recommendations but document.status is not no_recommendations")
    if recs and doc.get("status") != "ok":
        problems.append("document.status should be ok")
    numbers = [r["number"] for r in recs]
    if len(set(numbers)) != len(numbers):
        problems.append(f"duplicate numbers {numbers}")
    for key in ("meeting_date", "progress_as_of"):
        if doc.get(key) and not ISO_DATE.match(doc[key]):
            problems.append(f"document.{key} not ISO: {doc[key]}")
    for rec in recs:
        label = f"rec {rec['number']}"
        if rec.get("number", "").endswith("."):
            problems.append(f"{label}: number ends with '.'")
        if rec.get("status") not in STATUSES:
            problems.append(f"{label}: bad status {rec.get('status')}")
        if rec.get("rag", "") not in RAGS:
            problems.append(f"{label}: bad rag {rec.get('rag')}")
        if rec.get("target_date") and not ISO_DATE.match(rec["target_date"]):
            problems.append(f"{label}: target_date not ISO")
        if rec.get("source") not in ("table", "prose"):
            problems.append(f"{label}: bad source")
        actions = rec.get("actions")
        if actions:
            lead = "; ".join(dedupe([a.get("lead", "") for a in actions]))
            if rec.get("lead") != lead:
                problems.append(f"{label}: lead {rec.get('lead')!r} != joined action leads {lead!r}")
            progress = "\n".join(a["progress"] for a in actions if a.get("progress"))
            if rec.get("progress") != progress:
                problems.append(f"{label}: progress is not the action progress joined by \\n")
            if "target_text" in rec:
                target = "; ".join(dedupe([a.get("target_text", "") for a in actions]))
                if rec["target_text"] != target:
                    problems.append(f"{label}: target_text {rec['target_text']!r} != {target!r}")
    blocks = truth.get("layout", {}).get("blocks", [])
    printed: list[str] = []
    for block in blocks:
        if block["type"] in ("rec_table", "rec_prose", "rec_bullets"):
            printed.extend(r["number"] for r in selected(truth, block))
    if sorted(printed) != sorted(numbers):
        problems.append(f"blocks print {printed}, truth has {numbers}")
    if truth.get("findings") and not any(b["type"] == "findings" for b in blocks):
        problems.append("findings are not printed by a findings block")
    if doc.get("decision") and not any(b["type"] == "decision" for b in blocks):
        problems.append("document.decision is not printed by a decision block")
    return [f"{name}: {p}" for p in problems]
