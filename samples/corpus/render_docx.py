"""Render a truth file's layout as a .docx with python-docx (converted to PDF by LibreOffice).

The document is built the way a council officer's Word file is: literal paragraph numbers and
bullets on hanging indents, a table whose first row is marked as a repeating header
(``w:tblHeader``) and whose rows may break across pages (no ``w:cantSplit``), vertically
merged cells (``w:vMerge``) for multi-action plans, and PAGE / NUMPAGES fields in the footer.
"""

from __future__ import annotations

import pathlib

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

import corpus_model as cm

ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "centre": WD_ALIGN_PARAGRAPH.CENTER,
}


class Ctx:
    def __init__(self, truth: dict) -> None:
        self.truth = truth
        layout = truth["layout"]
        self.layout = layout
        self.font = layout.get("fonts", {}).get("libreoffice", "Liberation Sans")
        self.size = float(layout.get("font_size", 11))
        self.tsize = float(layout.get("table_font_size", 9.5))
        self.space = round(0.6 * self.size, 1)
        self.hang = Pt(round(2.6 * self.size, 1))
        self.doc = Document()
        self.frame_width = None  # EMU


def set_font(run, ctx: Ctx, size: float | None = None, bold: bool = False) -> None:
    run.font.name = ctx.font
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), ctx.font)
    run.font.size = Pt(size or ctx.size)
    if bold:
        run.font.bold = True


def fmt(paragraph, ctx: Ctx, after: float | None = None, before: float = 0, align: str | None = None) -> None:
    pf = paragraph.paragraph_format
    pf.space_after = Pt(ctx.space if after is None else after)
    pf.space_before = Pt(before)
    pf.line_spacing = 1.0
    if align:
        paragraph.alignment = ALIGN[align]


def add_runs(paragraph, ctx: Ctx, text: str, size=None, bold=False, bold_prefix: str = "") -> None:
    if bold_prefix:
        set_font(paragraph.add_run(bold_prefix), ctx, size, bold=True)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        set_font(run, ctx, size, bold)
        if i < len(lines) - 1:
            run.add_break()


def para(container, ctx: Ctx, text: str, *, size=None, bold=False, after=None, before=0.0, align=None,
         bold_prefix="", keep_next=False):
    p = container.add_paragraph()
    fmt(p, ctx, after, before, align)
    add_runs(p, ctx, text, size, bold, bold_prefix)
    if keep_next:
        p.paragraph_format.keep_with_next = True
    return p


def hanging(container, ctx: Ctx, label: str, text: str, left, hang, *, size=None, after=None, bold_prefix="",
            before=0.0):
    """A Word-style list paragraph: label, tab, text on a hanging indent."""
    p = container.add_paragraph()
    fmt(p, ctx, after, before)
    pf = p.paragraph_format
    pf.left_indent = left
    pf.first_line_indent = -hang
    pf.tab_stops.add_tab_stop(left)
    set_font(p.add_run(f"{label}\t"), ctx, size)
    add_runs(p, ctx, text, size, bold_prefix=bold_prefix)
    return p


def field_run(paragraph, ctx: Ctx, instr: str, size: float) -> None:
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        run = paragraph.add_run()
        set_font(run, ctx, size)
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
            run._element.append(el)
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
            run._element.append(el)
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._element.append(el)


def furniture(ctx: Ctx, section) -> None:
    size = round(ctx.size * 0.8, 1)
    for key, part in (("header", section.header), ("footer", section.footer)):
        spec = ctx.layout.get(key)
        p = part.paragraphs[0]
        if not spec:
            continue
        fmt(p, ctx, after=0, align=spec.get("align", "center"))
        text = spec["text"]
        # split on {page} / {pages} placeholders and emit fields for them
        pieces = text.replace("{pages}", "\x00NUMPAGES\x00").replace("{page}", "\x00PAGE\x00").split("\x00")
        for piece in pieces:
            if piece in ("PAGE", "NUMPAGES"):
                field_run(p, ctx, piece, size)
            elif piece:
                set_font(p.add_run(piece), ctx, size)


# --------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------


def set_borders(table, rules: str) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    on = {
        "grid": ("top", "left", "bottom", "right", "insideH", "insideV"),
        "horizontal": ("top", "bottom", "insideH"),
        "none": (),
    }[rules]
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        if edge in on:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        else:
            el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def set_widths(table, widths_emu: list[int]) -> None:
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_emu):
        col.set(qn("w:w"), str(int(width / 635)))  # EMU -> twips
    for row in table.rows:
        for cell, width in zip(row.cells, widths_emu):
            cell.width = width
    tblpr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)


def mark_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.lstrip("#"))
    tcpr.append(shd)


def fill_cell(cell, ctx: Ctx, items, size: float, bold=False, align=None) -> None:
    first = True
    for index, (kind, value) in enumerate(items):
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        before = 0.0 if index == 0 else round(0.5 * size, 1) if kind == "p" else round(0.25 * size, 1)
        fmt(p, ctx, after=0, before=before, align=align)
        if kind == "bullet":
            pf = p.paragraph_format
            pf.left_indent = Pt(1.2 * size)
            pf.first_line_indent = -Pt(1.1 * size)
            pf.tab_stops.add_tab_stop(Pt(1.2 * size))
            set_font(p.add_run("\u2022\t"), ctx, size)
        add_runs(p, ctx, value, size, bold)


def new_table(ctx: Ctx, nrows: int, widths: list[float], rules: str):
    table = ctx.doc.add_table(rows=nrows, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    set_borders(table, rules)
    set_widths(table, [int(w * ctx.frame_width) for w in widths])
    return table


def after_table_gap(ctx: Ctx) -> None:
    p = ctx.doc.add_paragraph()
    fmt(p, ctx, after=0)
    p.paragraph_format.line_spacing = Pt(ctx.space)
    set_font(p.add_run(""), ctx, 4)


def rec_table(ctx: Ctx, block: dict) -> None:
    truth = ctx.truth
    columns = block["columns"]
    size = block.get("font_size") or ctx.tsize
    records = cm.selected(truth, block)
    has_header = block.get("header", True)
    multi = block.get("multi_action", False)
    nrows = (1 if has_header else 0) + sum(len(r["actions"]) if multi else 1 for r in records)
    table = new_table(ctx, nrows, [c["width"] for c in columns], block.get("rules", "grid"))
    r = 0
    if has_header:
        row = table.rows[0]
        mark_header(row)
        for cell, column in zip(row.cells, columns):
            fill_cell(cell, ctx, [("p", column["header"])], size, bold=True)
            if block.get("header_fill", "#D9D9D9"):
                shade(cell, block.get("header_fill", "#D9D9D9"))
        r = 1
    for rec in records:
        if multi:
            actions = rec["actions"]
            first = r
            for action in actions:
                for ci, column in enumerate(columns):
                    if column["field"].startswith("action:"):
                        fill_cell(table.cell(r, ci), ctx, cm.cell_items(truth, rec, column, action), size)
                r += 1
            for ci, column in enumerate(columns):
                if not column["field"].startswith("action:"):
                    cell = table.cell(first, ci)
                    if r - 1 > first:
                        cell = cell.merge(table.cell(r - 1, ci))
                    fill_cell(cell, ctx, cm.cell_items(truth, rec, column), size)
        else:
            for ci, column in enumerate(columns):
                fill_cell(table.cell(r, ci), ctx, cm.cell_items(truth, rec, column), size)
            r += 1
    after_table_gap(ctx)


def other_table(ctx: Ctx, block: dict) -> None:
    size = block.get("font_size") or ctx.tsize
    align = block.get("align")
    if block.get("caption"):
        para(ctx.doc, ctx, block["caption"], bold=True, keep_next=True, before=ctx.space * 0.5)
    header = block.get("header")
    rows = block["rows"]
    table = new_table(ctx, len(rows) + (1 if header else 0), block["widths"], block.get("rules", "grid"))
    r = 0
    if header:
        mark_header(table.rows[0])
        for ci, (cell, value) in enumerate(zip(table.rows[0].cells, header)):
            fill_cell(cell, ctx, [("p", value)], size, bold=True, align=align[ci] if align else None)
            if block.get("header_fill", "#D9D9D9"):
                shade(cell, block.get("header_fill", "#D9D9D9"))
        r = 1
    for row in rows:
        for ci, value in enumerate(row):
            fill_cell(table.cell(r, ci), ctx, [("p", value)], size, align=align[ci] if align else None)
        r += 1
    after_table_gap(ctx)


# --------------------------------------------------------------------------------------
# Blocks
# --------------------------------------------------------------------------------------


def page_break(ctx: Ctx) -> None:
    p = ctx.doc.add_paragraph()
    fmt(p, ctx, after=0)
    p.add_run().add_break(WD_BREAK.PAGE)


def render_blocks(ctx: Ctx) -> None:
    doc, truth, size = ctx.doc, ctx.truth, ctx.size
    styles = {
        "body": dict(),
        "bold": dict(bold=True),
        "meta": dict(bold=True, after=ctx.space * 1.5),
        "title": dict(bold=True, size=round(size * 1.45, 1), after=ctx.space * 1.5),
        "subtitle": dict(bold=True, size=round(size * 1.15, 1), after=ctx.space * 1.5),
        "right": dict(align="right"),
        "centre": dict(align="center"),
        "small": dict(size=round(size * 0.85, 1)),
    }
    bullet_left = {0: Pt(1.6 * size), 1: ctx.hang + Pt(1.6 * size), 2: Pt(3.4 * size)}
    for block in ctx.layout["blocks"]:
        kind = block["type"]
        if kind == "text":
            para(doc, ctx, block["text"], **styles[block.get("style", "body")])
        elif kind == "heading":
            level = block.get("level", 1)
            para(doc, ctx, block["text"], bold=True, size=round(size * 1.2, 1) if level == 1 else None,
                 before=ctx.space if level == 1 else ctx.space * 0.5, keep_next=True)
        elif kind == "numbered":
            hanging(doc, ctx, block["number"], block["text"], ctx.hang, ctx.hang, bold_prefix=block.get("bold", ""))
        elif kind in ("bullets", "findings"):
            items = truth["findings"] if kind == "findings" else block["items"]
            indent = block.get("indent", 0)
            for item in items:
                text = item if isinstance(item, str) else item["text"]
                hanging(doc, ctx, "\u2022", text, bullet_left[indent], Pt(1.4 * size), after=ctx.space * 0.5)
                if isinstance(item, dict):
                    for sub in item.get("sub", []):
                        hanging(doc, ctx, "\u2013", sub, bullet_left[2], Pt(1.4 * size), after=ctx.space * 0.5)
        elif kind == "page_break":
            page_break(ctx)
        elif kind == "spacer":
            pt = block.get("libreoffice_pt", block.get("pt", 0))
            if pt:
                p = doc.add_paragraph()
                fmt(p, ctx, after=0)
                p.paragraph_format.line_spacing = Pt(pt)
                set_font(p.add_run(""), ctx, 2)
        elif kind == "contents":
            para(doc, ctx, block.get("title", "Contents"), bold=True, size=round(size * 1.2, 1), keep_next=True)
            for label, page in block["entries"]:
                p = doc.add_paragraph()
                fmt(p, ctx, after=round(0.3 * size, 1))
                p.paragraph_format.tab_stops.add_tab_stop(ctx.frame_width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                set_font(p.add_run(f"{label}\t{page}"), ctx)
        elif kind == "table":
            other_table(ctx, block)
        elif kind == "rec_table":
            rec_table(ctx, block)
        elif kind == "rec_prose":
            label = block.get("label", "Recommendation {number}: ")
            numbered = block.get("numbered_style", False)
            for rec in cm.selected(truth, block):
                lines = rec["text"].split("\n")
                prefix = label.format(number=rec["number"])
                if numbered:
                    hanging(doc, ctx, prefix.strip(), lines[0], ctx.hang, ctx.hang)
                elif block.get("label_bold", True):
                    para(doc, ctx, lines[0], bold_prefix=prefix)
                else:
                    para(doc, ctx, prefix + lines[0])
                for line in lines[1:]:
                    if block.get("lines") == "bullets":
                        hanging(doc, ctx, "\u2022", line, bullet_left[1 if numbered else 0], Pt(1.4 * size),
                                after=ctx.space * 0.5)
                    elif numbered:
                        p = para(doc, ctx, line)
                        p.paragraph_format.left_indent = ctx.hang
                    else:
                        para(doc, ctx, line)
        elif kind == "rec_bullets":
            for rec in cm.selected(truth, block):
                lines = rec["text"].split("\n")
                hanging(doc, ctx, "\u2022", lines[0], bullet_left[0], Pt(1.4 * size), after=ctx.space * 0.5)
                for line in lines[1:]:
                    hanging(doc, ctx, "\u2013", line, bullet_left[2], Pt(1.4 * size), after=ctx.space * 0.5)
        elif kind == "decision":
            value = truth["document"]["decision"]
            bold = block.get("bold", "")
            assert value.startswith(bold)
            if block.get("number"):
                hanging(doc, ctx, block["number"], value[len(bold):], ctx.hang, ctx.hang, bold_prefix=bold)
            else:
                para(doc, ctx, value[len(bold):], bold_prefix=bold)
        else:
            raise ValueError(f"unknown block type {kind}")


def render(truth: dict, path: pathlib.Path) -> None:
    """Write the .docx for ``truth`` to ``path``."""
    ctx = Ctx(truth)
    doc = ctx.doc
    page = ctx.layout.get("page", {})
    section = doc.sections[0]
    width, height = Mm(210), Mm(297)
    if page.get("orientation") == "landscape":
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = width, height
    margin = Mm(float(page.get("margins_mm", 20)))
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, margin)
    section.header_distance = Mm(float(page.get("margins_mm", 20)) / 2 - 2)
    section.footer_distance = Mm(float(page.get("margins_mm", 20)) / 2 - 2)
    ctx.frame_width = width - 2 * margin
    normal = doc.styles["Normal"]
    normal.font.name = ctx.font
    normal.font.size = Pt(ctx.size)
    normal.font.color.rgb = RGBColor(0, 0, 0)
    furniture(ctx, section)
    render_blocks(ctx)
    props = doc.core_properties
    props.title = truth["document"].get("title", "")
    props.author = ctx.layout.get("author", "")
    doc.save(str(path))
