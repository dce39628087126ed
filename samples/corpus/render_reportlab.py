"""Render a truth file's layout with reportlab platypus (byte-reproducible: invariant=1)."""

from __future__ import annotations

import functools
import pathlib
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

import corpus_model as cm

# Font families: standard Type1 (not embedded) or DejaVu TrueType (embedded subsets).
TYPE1 = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times": ("Times-Roman", "Times-Bold"),
}
DEJAVU_DIR = pathlib.Path("/usr/share/fonts/truetype/dejavu")
TTF = {
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "DejaVuSansCondensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
}


def font_pair(family: str) -> tuple[str, str]:
    """(regular, bold) font names, registering TrueType fonts on first use."""
    if family in TYPE1:
        return TYPE1[family]
    regular_file, bold_file = TTF[family]
    names = (family, family + "-Bold")
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in zip(names, (regular_file, bold_file)):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(DEJAVU_DIR / filename)))
    pdfmetrics.registerFontFamily(family, normal=names[0], bold=names[1], italic=names[0], boldItalic=names[1])
    return names


class WordTable(Table):
    """A table that, once split, continues on the next page.

    Platypus puts the remainder of a split table back into the same frame when the first
    part left room (a between-rows split, or a split at the end of a merged cell), which
    prints a repeated header row in the middle of a page.  Word and LibreOffice never do
    that: the rest of the table starts at the top of the next page.
    """

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab's API)
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            return [parts[0], FrameBreak(), parts[1]]
        return parts


def t(value: str) -> str:
    return escape(value)


class Styles:
    """Paragraph styles derived from the layout (like a Word template)."""

    def __init__(self, layout: dict) -> None:
        self.regular, self.bold = font_pair(layout.get("fonts", {}).get("reportlab", "Helvetica"))
        size = float(layout.get("font_size", 11))
        tsize = float(layout.get("table_font_size", 9.5))
        self.size, self.tsize = size, tsize
        lead = round(1.22 * size, 2)
        space = round(0.6 * size, 2)
        self.body = ParagraphStyle(
            "Body", fontName=self.regular, fontSize=size, leading=lead, spaceAfter=space,
            alignment=TA_LEFT, allowWidows=0, allowOrphans=0,
        )
        b = ParagraphStyle("Bold", parent=self.body, fontName=self.bold)
        self.by_name = {
            "body": self.body,
            "bold": b,
            "meta": ParagraphStyle("Meta", parent=b, spaceAfter=space * 1.5),
            "title": ParagraphStyle("Title", parent=b, fontSize=round(size * 1.45, 2),
                                    leading=round(size * 1.75, 2), spaceAfter=space * 1.5),
            "subtitle": ParagraphStyle("Subtitle", parent=b, fontSize=round(size * 1.15, 2),
                                       leading=round(size * 1.4, 2), spaceAfter=space * 1.5),
            "right": ParagraphStyle("Right", parent=self.body, alignment=TA_RIGHT),
            "centre": ParagraphStyle("Centre", parent=self.body, alignment=TA_CENTER),
            "small": ParagraphStyle("Small", parent=self.body, fontSize=round(size * 0.85, 2),
                                    leading=round(size * 1.05, 2)),
        }
        self.heading = {
            1: ParagraphStyle("H1", parent=b, fontSize=round(size * 1.2, 2), leading=round(size * 1.5, 2),
                              spaceBefore=space, spaceAfter=space, keepWithNext=1),
            2: ParagraphStyle("H2", parent=b, spaceBefore=space * 0.5, spaceAfter=space, keepWithNext=1),
        }
        self.hang = round(2.6 * size, 2)
        self.numbered = ParagraphStyle("Numbered", parent=self.body, leftIndent=self.hang, bulletIndent=0,
                                       bulletFontName=self.regular, bulletFontSize=size)
        self.bullet = {
            0: ParagraphStyle("Bullet0", parent=self.body, leftIndent=1.6 * size, bulletIndent=0.2 * size,
                              bulletFontName=self.regular, bulletFontSize=size, spaceAfter=space * 0.5),
            1: ParagraphStyle("Bullet1", parent=self.body, leftIndent=self.hang + 1.6 * size,
                              bulletIndent=self.hang, bulletFontName=self.regular, bulletFontSize=size,
                              spaceAfter=space * 0.5),
            2: ParagraphStyle("Bullet2", parent=self.body, leftIndent=3.4 * size, bulletIndent=2.0 * size,
                              bulletFontName=self.regular, bulletFontSize=size, spaceAfter=space * 0.5),
        }
        tlead = round(1.2 * tsize, 2)
        self.cell = ParagraphStyle("Cell", parent=self.body, fontSize=tsize, leading=tlead, spaceAfter=0,
                                   allowWidows=1, allowOrphans=1)
        self.cell_gap = ParagraphStyle("CellGap", parent=self.cell, spaceBefore=round(0.5 * tsize, 2))
        self.cell_bullet = ParagraphStyle("CellBullet", parent=self.cell, leftIndent=1.2 * tsize,
                                          bulletIndent=0.1 * tsize, bulletFontName=self.regular,
                                          bulletFontSize=tsize, spaceBefore=round(0.25 * tsize, 2))
        self.cell_header = ParagraphStyle("CellHeader", parent=self.cell, fontName=self.bold)
        self.contents = ParagraphStyle("Contents", parent=self.body, spaceAfter=round(0.3 * size, 2))

    def with_size(self, style: ParagraphStyle, size: float | None) -> ParagraphStyle:
        if not size:
            return style
        return ParagraphStyle(style.name + f"-{size}", parent=style, fontSize=size, leading=round(1.2 * size, 2),
                              bulletFontSize=size)


# --------------------------------------------------------------------------------------
# Page furniture
# --------------------------------------------------------------------------------------


class NumberedCanvas(Canvas):
    """Holds pages back until the page count is known, then draws header and footer."""

    def __init__(self, *args, furniture=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._page_states: list[dict] = []

    def showPage(self):  # noqa: N802
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        count = len(self._page_states)
        for number, state in enumerate(self._page_states, start=1):
            self.__dict__.update(state)
            self._furniture(self, number, count)
            super().showPage()
        super().save()


def furniture(layout: dict, styles: Styles, pagesize, margin: float):
    width, height = pagesize
    size = round(styles.size * 0.8, 2)

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(styles.regular, size)
        for key, y in (("header", height - margin / 2 - size / 2), ("footer", margin / 2 - size / 2)):
            spec = layout.get(key)
            if not spec:
                continue
            value = cm.expand_page_text(spec["text"], page, pages)
            align = spec.get("align", "center")
            if align == "right":
                canvas.drawRightString(width - margin, y, value)
            elif align == "left":
                canvas.drawString(margin, y, value)
            else:
                canvas.drawCentredString(width / 2, y, value)
        canvas.restoreState()

    return draw


# --------------------------------------------------------------------------------------
# Blocks
# --------------------------------------------------------------------------------------


def cell_flowables(items, styles: Styles, size: float | None) -> list:
    out = []
    for index, (kind, value) in enumerate(items):
        if kind == "bullet":
            out.append(Paragraph(t(value), styles.with_size(styles.cell_bullet, size), bulletText="\u2022"))
        else:
            style = styles.cell if index == 0 else styles.cell_gap
            out.append(Paragraph(t(value), styles.with_size(style, size)))
    return out


def header_cells(headers: list[str], styles: Styles, size: float | None, align=None) -> list:
    out = []
    for i, value in enumerate(headers):
        style = styles.with_size(styles.cell_header, size)
        if align and align[i] == "right":
            style = ParagraphStyle(style.name + "R", parent=style, alignment=TA_RIGHT)
        out.append([Paragraph("<br/>".join(t(part) for part in value.split("\n")), style)])
    return out


def rules_commands(rules: str, nrows: int, has_header: bool) -> list:
    if rules == "grid":
        return [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("LINEBELOW", (0, "inrowsplitstart"), (-1, "inrowsplitstart"), 0.5, colors.black),
        ]
    if rules == "horizontal":
        cmds = [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.black)]
        if has_header:
            cmds.append(("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black))
        return cmds
    return []


def rec_table(block: dict, truth: dict, styles: Styles, frame_width: float) -> Table:
    columns = block["columns"]
    size = block.get("font_size")
    records = cm.selected(truth, block)
    data: list[list] = []
    groups: list[tuple[int, int]] = []  # multi-action: first and last row of each recommendation
    has_header = block.get("header", True)
    if has_header:
        data.append(header_cells([c["header"] for c in columns], styles, size))
    for rec in records:
        if block.get("multi_action"):
            actions = rec["actions"]
            first = len(data)
            for index, action in enumerate(actions):
                row = []
                for column in columns:
                    if column["field"].startswith("action:"):
                        row.append(cell_flowables(cm.cell_items(truth, rec, column, action), styles, size))
                    elif index == 0:
                        row.append(cell_flowables(cm.cell_items(truth, rec, column), styles, size))
                    else:
                        row.append("")
                data.append(row)
            groups.append((first, len(data) - 1))
        else:
            data.append([cell_flowables(cm.cell_items(truth, rec, column), styles, size) for column in columns])
    widths = [c["width"] * frame_width for c in columns]
    split = block.get("split", "in_row_first")
    table = WordTable(
        data, colWidths=widths, repeatRows=1 if has_header else 0,
        splitByRow=1 if split == "row_first" else 0, splitInRow=1, hAlign="LEFT",
        spaceBefore=styles.body.spaceAfter, spaceAfter=styles.body.spaceAfter,
    )
    pad = block.get("padding", 4)
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]
    if groups:
        # A merged Recommendation cell, drawn as Word draws it: its text in the first action
        # row, no rule between the action rows in the merged columns.  (A reportlab SPAN
        # would keep the whole recommendation on one page: spanned rows are not split.)
        merged = [ci for ci, c in enumerate(columns) if not c["field"].startswith("action:")]
        black, w = colors.black, 0.5
        cmds += [
            ("BOX", (0, 0), (-1, -1), w, black),
            ("LINEBEFORE", (0, 0), (-1, -1), w, black),
            ("LINEBELOW", (0, 0), (-1, 0), w, black),
            ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), w, black),
            ("LINEBELOW", (0, "inrowsplitstart"), (-1, "inrowsplitstart"), w, black),
        ]
        for ci, column in enumerate(columns):
            if ci not in merged:
                cmds.append(("LINEBELOW", (ci, 1), (ci, -1), w, black))
        for first, last in groups:
            for ci in merged:
                cmds.append(("LINEBELOW", (ci, last), (ci, last), w, black))
    else:
        cmds += rules_commands(block.get("rules", "grid"), len(data), has_header)
    fill = block.get("header_fill", "#D9D9D9")
    if has_header and fill:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(fill)))
    table.setStyle(TableStyle(cmds))
    return table


def other_table(block: dict, styles: Styles, frame_width: float) -> list:
    size = block.get("font_size")
    align = block.get("align")
    out = []
    if block.get("caption"):
        out.append(Paragraph(t(block["caption"]), styles.heading[2]))
    data = []
    if block.get("header"):
        data.append(header_cells(block["header"], styles, size, align))
    for row in block["rows"]:
        cells = []
        for i, value in enumerate(row):
            style = styles.with_size(styles.cell, size)
            if align and align[i] == "right":
                style = ParagraphStyle(style.name + "R", parent=style, alignment=TA_RIGHT)
            elif align and align[i] == "center":
                style = ParagraphStyle(style.name + "C", parent=style, alignment=TA_CENTER)
            cells.append([Paragraph("<br/>".join(t(p) for p in value.split("\n")), style)])
        data.append(cells)
    widths = [w * frame_width for w in block["widths"]]
    has_header = bool(block.get("header"))
    table = WordTable(data, colWidths=widths, repeatRows=1 if has_header else 0, splitByRow=1, splitInRow=1,
                  hAlign="LEFT", spaceBefore=styles.body.spaceAfter, spaceAfter=styles.body.spaceAfter)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), *rules_commands(block.get("rules", "grid"), len(data), has_header)]
    fill = block.get("header_fill", "#D9D9D9")
    if has_header and fill:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(fill)))
    table.setStyle(TableStyle(cmds))
    out.append(table)
    return out


def contents(block: dict, styles: Styles, frame_width: float) -> list:
    out = [Paragraph(t(block.get("title", "Contents")), styles.heading[1])]
    style = styles.contents
    space = pdfmetrics.stringWidth(" ", style.fontName, style.fontSize)
    dot = pdfmetrics.stringWidth(".", style.fontName, style.fontSize)
    for label, page in block["entries"]:
        used = pdfmetrics.stringWidth(f"{label}  {page}", style.fontName, style.fontSize)
        dots = max(3, int((frame_width - used - 2 * space) / dot) - 2)
        out.append(Paragraph(t(f"{label} {'.' * dots} {page}"), style))
    return out


def story(truth: dict, styles: Styles, frame_width: float) -> list:
    layout = truth["layout"]
    flow: list = []
    blocks = layout["blocks"]
    for index, block in enumerate(blocks):
        kind = block["type"]
        following = blocks[index + 1]["type"] if index + 1 < len(blocks) else None
        if kind == "heading" and following in ("rec_table", "table"):
            # reportlab's keepWithNext would push a heading and a long table to a new page
            # (Word keeps a heading with the table's first row only): no keep here.
            style = styles.heading[block.get("level", 1)]
            style = ParagraphStyle(style.name + "-nokeep", parent=style, keepWithNext=0)
            flow.append(Paragraph(t(block["text"]), style))
        elif kind == "text":
            style = styles.by_name[block.get("style", "body")]
            flow.append(Paragraph("<br/>".join(t(p) for p in block["text"].split("\n")), style))
        elif kind == "heading":
            flow.append(Paragraph(t(block["text"]), styles.heading[block.get("level", 1)]))
        elif kind == "numbered":
            markup = t(block["text"])
            if block.get("bold"):
                markup = f"<b>{t(block['bold'])}</b>{markup}"
            flow.append(Paragraph(markup, styles.numbered, bulletText=f"{block['number']}"))
        elif kind in ("bullets", "findings"):
            items = truth["findings"] if kind == "findings" else block["items"]
            indent = block.get("indent", 0)
            for item in items:
                text = item if isinstance(item, str) else item["text"]
                flow.append(Paragraph(t(text), styles.bullet[indent], bulletText="\u2022"))
                if isinstance(item, dict):
                    for sub in item.get("sub", []):
                        flow.append(Paragraph(t(sub), styles.bullet[2], bulletText="\u2013"))
        elif kind == "page_break":
            flow.append(PageBreak())
        elif kind == "spacer":
            flow.append(Spacer(1, block.get("reportlab_pt", block.get("pt", 0))))
        elif kind == "contents":
            flow.extend(contents(block, styles, frame_width))
        elif kind == "table":
            flow.extend(other_table(block, styles, frame_width))
        elif kind == "rec_table":
            flow.append(rec_table(block, truth, styles, frame_width))
        elif kind == "rec_prose":
            label = block.get("label", "Recommendation {number}: ")
            numbered = block.get("numbered_style", False)
            for rec in cm.selected(truth, block):
                lines = rec["text"].split("\n")
                prefix = t(label.format(number=rec["number"]))
                if block.get("label_bold", True):
                    prefix = f"<b>{prefix}</b>"
                if numbered:
                    flow.append(Paragraph(t(lines[0]), styles.numbered, bulletText=label.format(number=rec["number"]).strip()))
                else:
                    flow.append(Paragraph(prefix + t(lines[0]), styles.body))
                for line in lines[1:]:
                    if block.get("lines") == "bullets":
                        flow.append(Paragraph(t(line), styles.bullet[1 if numbered else 0], bulletText="\u2022"))
                    else:
                        flow.append(Paragraph(t(line), styles.numbered if numbered else styles.body))
        elif kind == "rec_bullets":
            for rec in cm.selected(truth, block):
                lines = rec["text"].split("\n")
                flow.append(Paragraph(t(lines[0]), styles.bullet[0], bulletText="\u2022"))
                for line in lines[1:]:
                    flow.append(Paragraph(t(line), styles.bullet[2], bulletText="\u2013"))
        elif kind == "decision":
            value = truth["document"]["decision"]
            bold = block.get("bold", "")
            assert value.startswith(bold), (bold, value)
            markup = f"<b>{t(bold)}</b>{t(value[len(bold):])}"
            if block.get("number"):
                flow.append(Paragraph(markup, styles.numbered, bulletText=block["number"]))
            else:
                flow.append(Paragraph(markup, styles.body))
        else:
            raise ValueError(f"unknown block type {kind}")
    return flow


def render(truth: dict, path: pathlib.Path) -> None:
    rl_config.invariant = 1
    layout = truth["layout"]
    page = layout.get("page", {})
    pagesize = landscape(A4) if page.get("orientation") == "landscape" else A4
    margin = float(page.get("margins_mm", 20)) * mm
    styles = Styles(layout)
    width, height = pagesize
    frame_width = width - 2 * margin
    doc = BaseDocTemplate(
        str(path), pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=margin,
        bottomMargin=margin, title=truth["document"].get("title", ""), author=layout.get("author", ""),
        creator="samples/corpus/build.py (reportlab)", invariant=1,
    )
    frame = Frame(margin, margin, frame_width, height - 2 * margin, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    canvasmaker = functools.partial(NumberedCanvas, furniture=furniture(layout, styles, pagesize, margin))
    doc.build(story(truth, styles, frame_width), canvasmaker=canvasmaker)
