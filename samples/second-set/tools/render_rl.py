"""Render a held-out truth file with reportlab platypus."""
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
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

import model as m

TYPE1 = {"Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
         "Times": ("Times-Roman", "Times-Bold", "Times-Italic")}
TTFS = {
    "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-{}.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-{}.ttf",
}
DEJAVU = {"DejaVuSansCondensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                                  "DejaVuSansCondensed-Oblique.ttf"),
          "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
          "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
          "DejaVuSerifCondensed": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf",
                                   "DejaVuSerifCondensed-Italic.ttf")}


def fonts(family):
    if family in TYPE1:
        return TYPE1[family]
    names = (family, family + "-Bold", family + "-Italic")
    if family in TTFS:
        files = [TTFS[family].format(x) for x in ("Regular", "Bold", "Italic")]
    else:
        files = ["/usr/share/fonts/truetype/dejavu/" + f for f in DEJAVU[family]]
    have = set(pdfmetrics.getRegisteredFontNames())
    for n, f in zip(names, files):
        if n not in have:
            pdfmetrics.registerFont(TTFont(n, f))
    pdfmetrics.registerFontFamily(family, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[1])
    return names


class NextPageTable(Table):
    """After a split the rest goes to the next page (as word processors do)."""

    def split(self, w, h):
        parts = super().split(w, h)
        if len(parts) == 2:
            return [parts[0], FrameBreak(), parts[1]]
        return parts


def esc(s):
    return escape(s)


class St:
    def __init__(self, lay):
        self.reg, self.bold, self.ital = fonts(lay.get("font", {}).get("rl", "Helvetica"))
        s = float(lay.get("size", 10.5))
        ts = float(lay.get("tsize", 9))
        self.s, self.ts = s, ts
        ls = float(lay.get("leading", 1.25))
        after = float(lay.get("para_after", 0.7)) * s
        self.body = ParagraphStyle("b", fontName=self.reg, fontSize=s, leading=round(ls * s, 2),
                                   spaceAfter=after, allowWidows=0, allowOrphans=0)
        bold = ParagraphStyle("bo", parent=self.body, fontName=self.bold)
        self.named = {
            "normal": self.body, "bold": bold,
            "italic": ParagraphStyle("it", parent=self.body, fontName=self.ital),
            "title": ParagraphStyle("ti", parent=bold, fontSize=s * 1.6, leading=s * 1.95, spaceAfter=s),
            "subtitle": ParagraphStyle("su", parent=bold, fontSize=s * 1.2, leading=s * 1.5, spaceAfter=s * 0.8),
            "meta": ParagraphStyle("me", parent=self.body, spaceAfter=s * 0.2),
            "small": ParagraphStyle("sm", parent=self.body, fontSize=s * 0.82, leading=s * 1.02),
            "right": ParagraphStyle("ri", parent=self.body, alignment=TA_RIGHT),
        }
        hc = colors.HexColor(lay.get("heading_colour", "#000000"))
        self.h = {1: ParagraphStyle("h1", parent=bold, fontSize=s * 1.25, leading=s * 1.55, spaceBefore=s * 0.9,
                                    spaceAfter=s * 0.5, keepWithNext=1, textColor=hc),
                  2: ParagraphStyle("h2", parent=bold, fontSize=s * 1.05, leading=s * 1.3, spaceBefore=s * 0.5,
                                    spaceAfter=s * 0.4, keepWithNext=1, textColor=hc)}
        hang = float(lay.get("hang", 2.4)) * s
        self.hang = hang
        self.np = ParagraphStyle("np", parent=self.body, leftIndent=hang, bulletIndent=0, bulletFontName=self.reg,
                                 bulletFontSize=s)
        self.npcont = ParagraphStyle("npc", parent=self.body, leftIndent=hang)
        self.ul = ParagraphStyle("ul", parent=self.body, leftIndent=1.5 * s, bulletIndent=0.3 * s,
                                 bulletFontName=self.reg, bulletFontSize=s, spaceAfter=s * 0.35)
        self.ul_in = ParagraphStyle("uli", parent=self.ul, leftIndent=hang + 1.5 * s, bulletIndent=hang + 0.2 * s)
        self.ul2 = ParagraphStyle("ul2", parent=self.ul, leftIndent=3.3 * s, bulletIndent=1.9 * s)
        self.toc = ParagraphStyle("toc", parent=self.body, spaceAfter=s * 0.45)

    def cell(self, size, bold=False, align=None, gap=False, bullet=False, ink=None):
        st = ParagraphStyle(f"c{size}{bold}{align}{gap}{bullet}{ink}", fontName=self.bold if bold else self.reg,
                            fontSize=size, leading=round(size * 1.18, 2), spaceAfter=0,
                            spaceBefore=round(size * (0.3 if bullet else 0.55), 2) if gap else 0,
                            alignment={"right": TA_RIGHT, "center": TA_CENTER}.get(align, TA_LEFT))
        if bullet:
            st.leftIndent, st.bulletIndent = size * 1.15, size * 0.1
            st.bulletFontName, st.bulletFontSize = self.reg, size
        if ink:
            st.textColor = colors.HexColor(ink)
        return st


class PagedCanvas(Canvas):
    def __init__(self, *a, draw=None, **k):
        super().__init__(*a, **k)
        self._draw, self._states = draw, []

    def showPage(self):  # noqa: N802
        self._states.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._states)
        for i, state in enumerate(self._states, 1):
            self.__dict__.update(state)
            self._draw(self, i, n)
            super().showPage()
        super().save()


def furniture(lay, st, size, margins):
    w, h = size
    top, right, bottom, left = margins
    fs = round(st.s * 0.78, 2)

    def draw(c, page, pages):
        c.saveState()
        c.setFont(st.reg, fs)
        for key, y in (("head", h - top * 0.55), ("foot", bottom * 0.45)):
            spec = lay.get(key) or {}
            for pos, text in spec.items():
                if pos == "rule":
                    continue
                t = m.page_text(text, page, pages)
                if pos == "l":
                    c.drawString(left, y, t)
                elif pos == "r":
                    c.drawRightString(w - right, y, t)
                else:
                    c.drawCentredString((left + w - right) / 2, y, t)
            if spec.get("rule"):
                c.setLineWidth(0.4)
                yy = y - 3 if key == "head" else y + fs + 1
                c.line(left, yy, w - right, yy)
        c.restoreState()

    return draw


def cell_flow(its, st, size, ink=None):
    out = []
    for i, (kind, text) in enumerate(its):
        if kind == "b":
            out.append(Paragraph(esc(text), st.cell(size, gap=i > 0, bullet=True, ink=ink), bulletText="\u2022"))
        else:
            out.append(Paragraph(esc(text), st.cell(size, gap=i > 0, ink=ink)))
    return out


def rule_cmds(rules, header, colour="#000000", width=0.5):
    col = colors.HexColor(colour)
    if rules == "grid":
        return [("GRID", (0, 0), (-1, -1), width, col),
                ("LINEBELOW", (0, "inrowsplitstart"), (-1, "inrowsplitstart"), width, col)]
    if rules == "box":
        return [("BOX", (0, 0), (-1, -1), width * 1.4, col)]
    if rules == "headline":
        return [("LINEBELOW", (0, 0), (-1, 0), width * 1.5, col)] if header else []
    if rules == "hrules":
        cmds = [("LINEBELOW", (0, 0), (-1, -1), width, col)]
        if header:
            cmds.append(("LINEABOVE", (0, 0), (-1, 0), width * 1.6, col))
        return cmds
    return []


def plan(block, truth, st, fw):
    cols = block["cols"]
    size = block.get("fs", st.ts)
    header = block.get("header", True)
    recs = m.selected(truth, block)
    ink = block.get("head_ink")
    data, groups, section_rows, rag_cells = [], [], [], []
    if header:
        data.append([[Paragraph("<br/>".join(esc(x) for x in c["head"].split("\n")),
                                st.cell(size, bold=True, ink=ink, align=c.get("align")))] for c in cols])
    sections = block.get("sections", {})
    for rec in recs:
        if rec["number"] in sections:
            section_rows.append(len(data))
            data.append([[Paragraph(esc(sections[rec["number"]]), st.cell(size, bold=True))]] + [""] * (len(cols) - 1))
        if block.get("multi"):
            first = len(data)
            for ai, act in enumerate(rec["actions"]):
                row = []
                for ci, c in enumerate(cols):
                    if c["f"].startswith(("a:", "ax:")):
                        row.append(cell_flow(m.items(truth, rec, c, act), st, size))
                        if c["f"] == "a:rag" and block.get("rag_fill") and act.get("rag"):
                            rag_cells.append((ci, len(data), act["rag"]))
                    elif ai == 0:
                        row.append(cell_flow(m.items(truth, rec, c), st, size))
                    else:
                        row.append("")
                data.append(row)
            groups.append((first, len(data) - 1))
        else:
            row = []
            for ci, c in enumerate(cols):
                row.append(cell_flow(m.items(truth, rec, c), st, size))
                if c["f"] in ("rag", "x:brag", "x:status") and block.get("rag_fill"):
                    word = m.value(truth, rec, c).lower()
                    if word in m.RAG_FILL:
                        rag_cells.append((ci, len(data), word))
            data.append(row)
    widths = [c["w"] * fw for c in cols]
    tbl = NextPageTable(data, colWidths=widths, repeatRows=1 if header and block.get("repeat", True) else 0,
                        splitByRow=1 if block.get("split") == "rows" else 0, splitInRow=1, hAlign="LEFT",
                        spaceBefore=st.s * 0.4, spaceAfter=st.s * 0.8)
    pad = block.get("pad", 3.5)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad), ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    rc = block.get("rule_colour", "#000000")
    if groups:
        col, w = colors.HexColor(rc), 0.5
        merged = [i for i, c in enumerate(cols) if not c["f"].startswith(("a:", "ax:"))]
        cmds += [("BOX", (0, 0), (-1, -1), w, col), ("LINEBEFORE", (0, 0), (-1, -1), w, col),
                 ("LINEBELOW", (0, 0), (-1, 0), w, col), ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), w, col),
                 ("LINEBELOW", (0, "inrowsplitstart"), (-1, "inrowsplitstart"), w, col)]
        for i in range(len(cols)):
            if i not in merged:
                cmds.append(("LINEBELOW", (i, 1), (i, -1), w, col))
        for first, last in groups:
            for i in merged:
                cmds.append(("LINEBELOW", (i, last), (i, last), w, col))
    else:
        cmds += rule_cmds(block.get("rules", "grid"), header, rc)
    fill = block.get("fill")
    if header and fill:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(fill)))
    for r in section_rows:
        cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor(block.get("section_fill", "#EDEDED")))]
    for ci, r, word in rag_cells:
        cmds.append(("BACKGROUND", (ci, r), (ci, r), colors.HexColor(m.RAG_FILL[word])))
    if block.get("zebra"):
        for r in range(1 if header else 0, len(data)):
            if r % 2 == 0:
                cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor(block["zebra"])))
    tbl.setStyle(TableStyle(cmds))
    return tbl


def grid(block, st, fw):
    size = block.get("fs", st.ts)
    align = block.get("align") or ["left"] * len(block["w"])
    out = []
    if block.get("cap"):
        out.append(Paragraph(esc(block["cap"]), st.h[2]))
    data = []
    head = block.get("head")
    if head:
        data.append([Paragraph("<br/>".join(esc(x) for x in v.split("\n")),
                               st.cell(size, bold=True, align=align[i], ink=block.get("head_ink")))
                     for i, v in enumerate(head)])
    for row in block["rows"]:
        bold_row = block.get("bold_last") and row is block["rows"][-1]
        data.append([Paragraph("<br/>".join(esc(x) for x in v.split("\n")), st.cell(size, bold=bold_row, align=align[i]))
                     for i, v in enumerate(row)])
    tbl = NextPageTable(data, colWidths=[w * fw for w in block["w"]], repeatRows=1 if head else 0, splitByRow=1,
                        hAlign="LEFT", spaceBefore=st.s * 0.3, spaceAfter=st.s * 0.8)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")] + rule_cmds(block.get("rules", "grid"), bool(head))
    if head and block.get("fill"):
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(block["fill"])))
    tbl.setStyle(TableStyle(cmds))
    out.append(tbl)
    return out


def easy(b, truth, st, fw):
    """Easy-read rows: a shaded picture box on the left, large text on the right."""
    size = b.get("fs", 14)
    data, cmds = [], [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 8),
                      ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]
    for rec in m.selected(truth, b):
        right = [Paragraph(esc(b.get("label", "Recommendation {n}").format(n=rec["number"])), st.cell(size, bold=True))]
        for i, line in enumerate(rec["text"].split("\n")):
            right.append(Paragraph(esc(line), ParagraphStyle("ez", fontName=st.reg, fontSize=size,
                                                             leading=size * 1.4, spaceBefore=size * 0.4)))
        pic = Table([[""]], colWidths=[b.get("pic", 28) * mm], rowHeights=[b.get("pic", 28) * mm])
        pic.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(b.get("pic_fill", "#D9E7F5"))),
                                 ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#5B7FA6"))]))
        data.append([pic, right])
    tbl = NextPageTable(data, colWidths=[(b.get("pic", 28) + 8) * mm, fw - (b.get("pic", 28) + 8) * mm],
                        splitByRow=1, hAlign="LEFT")
    tbl.setStyle(TableStyle(cmds))
    return tbl


def story(truth, st, fw):
    lay = truth["layout"]
    flow = []
    blocks = lay["blocks"]
    for i, b in enumerate(blocks):
        t = b["t"]
        nxt = blocks[i + 1]["t"] if i + 1 < len(blocks) else None
        if t == "p":
            flow.append(Paragraph("<br/>".join(esc(x) for x in b["text"].split("\n")), st.named[b.get("s", "normal")]))
        elif t == "h":
            style = st.h[b.get("lvl", 1)]
            if nxt in ("plan", "grid"):
                style = ParagraphStyle(style.name + "nk", parent=style, keepWithNext=0)
            flow.append(Paragraph(esc(b["text"]), style))
        elif t == "np":
            mk = esc(b["text"])
            if b.get("bold"):
                mk = f"<b>{esc(b['bold'])}</b>" + mk
            flow.append(Paragraph(mk, st.np, bulletText=b["label"]))
        elif t in ("ul", "findings"):
            its = truth["findings"] if t == "findings" else b["items"]
            g = b.get("glyph", "\u2022")
            for it in its:
                text, subs = (it, []) if isinstance(it, str) else it
                flow.append(Paragraph(esc(text), st.ul_in if b.get("indent") else st.ul, bulletText=g))
                for s in subs:
                    flow.append(Paragraph(esc(s), st.ul2, bulletText=b.get("subglyph", "\u2013")))
        elif t == "br":
            flow.append(PageBreak())
        elif t == "gap":
            flow.append(Spacer(1, b.get("rl", b.get("pt", 0))))
        elif t == "toc":
            flow.append(Paragraph(esc(b.get("title", "Contents")), st.h[1]))
            s = st.toc
            dot = pdfmetrics.stringWidth(". ", s.fontName, s.fontSize)
            for label, page in b["entries"]:
                used = pdfmetrics.stringWidth(f"{label}   {page}", s.fontName, s.fontSize)
                n = max(3, int((fw - used) / dot) - 2)
                flow.append(Paragraph(esc(f"{label} {'. ' * n}{page}"), s))
        elif t == "grid":
            flow.extend(grid(b, st, fw))
        elif t == "plan":
            flow.append(plan(b, truth, st, fw))
        elif t == "recs":
            mode = b.get("mode", "hang")
            for rec in m.selected(truth, b):
                lines = rec["text"].split("\n")
                label = b.get("label", "{n}.").format(n=rec["number"])
                if mode == "hang":
                    flow.append(Paragraph(esc(lines[0]), st.np, bulletText=label))
                elif mode == "ownline":
                    flow.append(Paragraph(f"<b>{esc(label)}</b>", ParagraphStyle("own", parent=st.body, spaceAfter=st.s * 0.25, keepWithNext=1)))
                    flow.append(Paragraph(esc(lines[0]), st.body))
                elif mode == "plain":
                    flow.append(Paragraph(esc(label + " " + lines[0]), st.body))
                else:
                    flow.append(Paragraph(f"<b>{esc(label)}</b> " + esc(lines[0]), st.body))
                for line in lines[1:]:
                    if b.get("sub", "bullets") == "bullets":
                        flow.append(Paragraph(esc(line), st.ul_in if mode == "hang" else st.ul, bulletText=b.get("glyph", "\u2022")))
                    else:
                        flow.append(Paragraph(esc(line), st.npcont if mode == "hang" else st.body))
        elif t == "recbullets":
            for rec in m.selected(truth, b):
                lines = rec["text"].split("\n")
                flow.append(Paragraph(esc(lines[0]), st.ul, bulletText=b.get("glyph", "\u2022")))
                for line in lines[1:]:
                    flow.append(Paragraph(esc(line), st.ul2, bulletText=b.get("subglyph", "o")))
        elif t == "cols":
            if lay.get("two_top_mm"):
                flow.append(FrameBreak())
            else:
                flow.append(NextPageTemplate("two"))
                flow.append(PageBreak())
        elif t == "endcols":
            flow.append(NextPageTemplate("p"))
            flow.append(PageBreak())
        elif t == "easyrecs":
            flow.append(easy(b, truth, st, fw))
        elif t == "decision":
            v = truth["document"]["decision"]
            for k, para in enumerate(v.split("\n")):
                bold = b.get("bold", "") if k == 0 else ""
                assert para.startswith(bold)
                mk = f"<b>{esc(bold)}</b>{esc(para[len(bold):])}"
                labels = b.get("labels")
                if labels:
                    flow.append(Paragraph(mk, st.np, bulletText=labels[k]))
                else:
                    flow.append(Paragraph(mk, st.body))
        else:
            raise ValueError(t)
    return flow


def render(truth, path):
    rl_config.invariant = 1
    lay = truth["layout"]
    pg = lay.get("page", {})
    size = landscape(A4) if pg.get("orient") == "landscape" else A4
    top, right, bottom, left = [x * mm for x in pg.get("margins", [20, 20, 20, 20])]
    st = St(lay)
    w, h = size
    fw = w - left - right
    doc = BaseDocTemplate(str(path), pagesize=size, leftMargin=left, rightMargin=right, topMargin=top,
                          bottomMargin=bottom, title=truth["document"].get("title", ""),
                          author=lay.get("author", ""), creator="heldout build (reportlab)", invariant=1)
    frame = Frame(left, bottom, fw, h - top - bottom, 0, 0, 0, 0, id="f")
    gutter = 8 * mm
    cw = (fw - gutter) / 2
    two = [Frame(left, bottom, cw, h - top - bottom, 0, 0, 0, 0, id="c1"),
           Frame(left + cw + gutter, bottom, cw, h - top - bottom, 0, 0, 0, 0, id="c2")]
    tops = []
    if lay.get("two_top_mm"):
        th = lay["two_top_mm"] * mm
        tops = [PageTemplate(id="first2", frames=[
            Frame(left, h - top - th, fw, th, 0, 0, 0, 0, id="t"),
            Frame(left, bottom, cw, h - top - bottom - th, 0, 0, 0, 0, id="t1"),
            Frame(left + cw + gutter, bottom, cw, h - top - bottom - th, 0, 0, 0, 0, id="t2")])]
    doc.addPageTemplates(tops + [PageTemplate(id="p", frames=[frame]), PageTemplate(id="two", frames=two)])
    fl = story(truth, st, fw)
    if lay.get("two_top_mm"):
        fl.insert(0, NextPageTemplate("two"))
    doc.build(fl,
              canvasmaker=functools.partial(PagedCanvas, draw=furniture(lay, st, size, (top, right, bottom, left))))
