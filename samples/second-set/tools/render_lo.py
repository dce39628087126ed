"""Render a held-out truth file as .docx (python-docx) for LibreOffice to convert to PDF."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Mm, Pt, RGBColor

import model as m

AL = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}


class C:
    def __init__(self, truth):
        self.truth, self.lay = truth, truth["layout"]
        self.font = self.lay.get("font", {}).get("lo", "Liberation Sans")
        self.s = float(self.lay.get("size", 10.5))
        self.ts = float(self.lay.get("tsize", 9))
        self.after = float(self.lay.get("para_after", 0.7)) * self.s
        self.ls = float(self.lay.get("leading", 1.25)) / 1.17  # Word "multiple" vs font leading
        self.hang = Pt(float(self.lay.get("hang", 2.4)) * self.s)
        self.doc = Document()
        self.fw = None
        self.hcol = self.lay.get("heading_colour", "#000000")


def font(run, c, size=None, bold=False, italic=False, ink=None):
    run.font.name = c.font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), c.font)
    run.font.size = Pt(size or c.s)
    if bold:
        run.font.bold = True
    if italic:
        run.font.italic = True
    if ink:
        run.font.color.rgb = RGBColor.from_string(ink.lstrip("#"))


def pfmt(p, c, after=None, before=0.0, align=None, spacing=None):
    pf = p.paragraph_format
    pf.space_after = Pt(c.after if after is None else after)
    pf.space_before = Pt(before)
    pf.line_spacing = spacing if spacing is not None else c.ls
    if align:
        p.alignment = AL[align]


def runs(p, c, text, size=None, bold=False, italic=False, ink=None, bold_prefix=""):
    if bold_prefix:
        font(p.add_run(bold_prefix), c, size, bold=True, ink=ink)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        font(r, c, size, bold, italic, ink)
        if i < len(lines) - 1:
            r.add_break()


def para(cont, c, text, size=None, bold=False, italic=False, after=None, before=0.0, align=None, keep=False,
         ink=None, bold_prefix=""):
    p = cont.add_paragraph()
    pfmt(p, c, after, before, align)
    runs(p, c, text, size, bold, italic, ink, bold_prefix)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def hanging(cont, c, label, text, left, hang, size=None, after=None, bold_prefix="", keep=False):
    p = cont.add_paragraph()
    pfmt(p, c, after)
    pf = p.paragraph_format
    pf.left_indent, pf.first_line_indent = left, -hang
    pf.tab_stops.add_tab_stop(left)
    font(p.add_run(label + "\t"), c, size)
    runs(p, c, text, size, bold_prefix=bold_prefix)
    if keep:
        pf.keep_with_next = True
    return p


def field(p, c, instr, size):
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = p.add_run()
        font(r, c, size)
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = "1"
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        r._element.append(el)


def emit(p, c, text, size):
    for piece in text.replace("{pages}", "\0NUMPAGES\0").replace("{page}", "\0PAGE\0").split("\0"):
        if piece in ("PAGE", "NUMPAGES"):
            field(p, c, piece, size)
        elif piece:
            font(p.add_run(piece), c, size)


def bottom_border(p, top=False):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:top" if top else "w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "4"), ("w:space", "1"), ("w:color", "000000")):
        el.set(qn(k), v)
    bdr.append(el)
    ppr.append(bdr)


def furniture(c, sec):
    size = round(c.s * 0.78, 1)
    for key, part in (("head", sec.header), ("foot", sec.footer)):
        spec = c.lay.get(key)
        p = part.paragraphs[0]
        if not spec:
            continue
        pfmt(p, c, after=0, spacing=1.0)
        ts = p.paragraph_format.tab_stops
        ts.add_tab_stop(Inches(3.25), WD_TAB_ALIGNMENT.CLEAR)
        ts.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.CLEAR)
        ts.add_tab_stop(c.fw // 2, WD_TAB_ALIGNMENT.CENTER)
        ts.add_tab_stop(c.fw, WD_TAB_ALIGNMENT.RIGHT)
        cur = 0
        for idx, pos in enumerate("lcr"):
            if pos in spec:
                if idx > cur:
                    font(p.add_run("\t" * (idx - cur)), c, size)
                emit(p, c, spec[pos], size)
                cur = idx
        if spec.get("rule"):
            bottom_border(p, top=(key == "foot"))


# ---------------------------------------------------------------- tables

def borders(tbl, rules, colour="000000"):
    pr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    on = {"grid": ("top", "left", "bottom", "right", "insideH", "insideV"),
          "hrules": ("top", "bottom", "insideH"), "none": (), "headline": (),
          "box": ("top", "left", "bottom", "right")}[rules]
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        if e in on:
            for k, v in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", colour)):
                el.set(qn(k), v)
        else:
            el.set(qn("w:val"), "nil")
        b.append(el)
    pr.append(b)


def cell_margins(tbl, pad_pt):
    pr = tbl._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for e in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{e}")
        v = pad_pt * (0.6 if e in ("top", "bottom") else 1.0)
        el.set(qn("w:w"), str(int(v * 20)))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    pr.append(mar)


def widths(tbl, ws):
    tbl.autofit = False
    for col, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), ws):
        col.set(qn("w:w"), str(int(w / 635)))
    for row in tbl.rows:
        for cell, w in zip(row.cells, ws):
            cell.width = w
    el = OxmlElement("w:tblLayout")
    el.set(qn("w:type"), "fixed")
    tbl._tbl.tblPr.append(el)


def cell_bottom(cell, sz="8"):
    pr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    el = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", sz), ("w:space", "0"), ("w:color", "000000")):
        el.set(qn(k), v)
    b.append(el)
    pr.append(b)


def set_cols(sec, n):
    sp = sec._sectPr
    for old in sp.findall(qn("w:cols")):
        sp.remove(old)
    el = OxmlElement("w:cols")
    el.set(qn("w:num"), str(n))
    el.set(qn("w:space"), str(int(8 / 25.4 * 1440)))
    sp.append(el)


def easy(c, b):
    size = b.get("fs", 14)
    recs = m.selected(c.truth, b)
    pic = b.get("pic", 28)
    t = new_table(c, len(recs), [(pic + 8) / (c.fw / 36000), 1 - (pic + 8) / (c.fw / 36000)], "none")
    for r, rec in enumerate(recs):
        left = t.cell(r, 0)
        inner = left.add_table(1, 1)
        borders(inner, "box", "5B7FA6")
        ic = inner.cell(0, 0)
        ic.width = Mm(pic)
        shade(ic, b.get("pic_fill", "#D9E7F5"))
        tr = inner.rows[0]._tr.get_or_add_trPr()
        hh = OxmlElement("w:trHeight")
        hh.set(qn("w:val"), str(int(pic / 25.4 * 1440)))
        hh.set(qn("w:hRule"), "exact")
        tr.append(hh)
        pfmt(left.paragraphs[0], c, after=0, spacing=1.0)
        right = t.cell(r, 1)
        its = [("p", b.get("label", "Recommendation {n}").format(n=rec["number"]))]
        fill(right, c, its, size, bold=True)
        for line in rec["text"].split("\n"):
            p = right.add_paragraph()
            pfmt(p, c, after=0, before=size * 0.4, spacing=1.2)
            runs(p, c, line, size)
        p = right.add_paragraph()
        pfmt(p, c, after=0, spacing=1.0)
    gap_after(c)


def repeat_header(row):
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def shade(cell, fill):
    pr = cell._tc.get_or_add_tcPr()
    el = OxmlElement("w:shd")
    el.set(qn("w:val"), "clear")
    el.set(qn("w:color"), "auto")
    el.set(qn("w:fill"), fill.lstrip("#"))
    pr.append(el)


def fill(cell, c, its, size, bold=False, align=None, ink=None):
    for i, (kind, text) in enumerate(its):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        before = 0.0 if i == 0 else round(size * (0.3 if kind == "b" else 0.55), 1)
        pfmt(p, c, after=0, before=before, align=align, spacing=1.0)
        if kind == "b":
            pf = p.paragraph_format
            pf.left_indent, pf.first_line_indent = Pt(1.15 * size), -Pt(1.05 * size)
            pf.tab_stops.add_tab_stop(Pt(1.15 * size))
            font(p.add_run("\u2022\t"), c, size)
        runs(p, c, text, size, bold, ink=ink)


def new_table(c, n, ws, rules, pad=None, colour="000000"):
    t = c.doc.add_table(rows=n, cols=len(ws))
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    borders(t, rules, colour)
    widths(t, [int(w * c.fw) for w in ws])
    if pad is not None:
        cell_margins(t, pad)
    return t


def gap_after(c):
    p = c.doc.add_paragraph()
    pfmt(p, c, after=0, spacing=Pt(c.s * 0.8))
    font(p.add_run(""), c, 4)


def plan(c, b):
    truth, cols = c.truth, b["cols"]
    size = b.get("fs", c.ts)
    header = b.get("header", True)
    recs = m.selected(truth, b)
    multi = b.get("multi", False)
    sections = b.get("sections", {})
    n = (1 if header else 0) + sum((len(r["actions"]) if multi else 1) + (1 if r["number"] in sections else 0)
                                   for r in recs)
    t = new_table(c, n, [x["w"] for x in cols], b.get("rules", "grid"), b.get("pad"),
                  b.get("rule_colour", "#000000").lstrip("#"))
    r = 0
    if header:
        row = t.rows[0]
        if b.get("repeat", True):
            repeat_header(row)
        for cell, col in zip(row.cells, cols):
            fill(cell, c, [("p", col["head"])], size, bold=True, ink=b.get("head_ink"), align=col.get("align"))
            if b.get("fill"):
                shade(cell, b["fill"])
            if b.get("rules") == "headline":
                cell_bottom(cell)
        r = 1
    for rec in recs:
        if rec["number"] in sections:
            cell = t.cell(r, 0).merge(t.cell(r, len(cols) - 1))
            fill(cell, c, [("p", sections[rec["number"]])], size, bold=True)
            shade(cell, b.get("section_fill", "#EDEDED"))
            r += 1
        if multi:
            first = r
            for act in rec["actions"]:
                for ci, col in enumerate(cols):
                    if col["f"].startswith(("a:", "ax:")):
                        cell = t.cell(r, ci)
                        fill(cell, c, m.items(truth, rec, col, act), size)
                        if col["f"] == "a:rag" and b.get("rag_fill") and act.get("rag"):
                            shade(cell, m.RAG_FILL[act["rag"]])
                r += 1
            for ci, col in enumerate(cols):
                if not col["f"].startswith(("a:", "ax:")):
                    cell = t.cell(first, ci)
                    if r - 1 > first:
                        cell = cell.merge(t.cell(r - 1, ci))
                    fill(cell, c, m.items(truth, rec, col), size)
        else:
            for ci, col in enumerate(cols):
                cell = t.cell(r, ci)
                fill(cell, c, m.items(truth, rec, col), size)
                if col["f"] in ("rag", "x:brag", "x:status") and b.get("rag_fill"):
                    word = m.value(truth, rec, col).lower()
                    if word in m.RAG_FILL:
                        shade(cell, m.RAG_FILL[word])
            if b.get("zebra") and (r % 2 == 0):
                for ci in range(len(cols)):
                    shade(t.cell(r, ci), b["zebra"])
            r += 1
    gap_after(c)


def grid(c, b):
    size = b.get("fs", c.ts)
    align = b.get("align") or ["left"] * len(b["w"])
    if b.get("cap"):
        para(c.doc, c, b["cap"], bold=True, keep=True, before=c.s * 0.5, size=c.s * 1.05, ink=c.hcol)
    head, rows = b.get("head"), b["rows"]
    t = new_table(c, len(rows) + (1 if head else 0), b["w"], b.get("rules", "grid"))
    r = 0
    if head:
        repeat_header(t.rows[0])
        for i, (cell, v) in enumerate(zip(t.rows[0].cells, head)):
            fill(cell, c, [("p", v)], size, bold=True, align=align[i], ink=b.get("head_ink"))
            if b.get("fill"):
                shade(cell, b["fill"])
        r = 1
    for k, row in enumerate(rows):
        bold_row = b.get("bold_last") and k == len(rows) - 1
        for i, v in enumerate(row):
            fill(t.cell(r, i), c, [("p", v)], size, bold=bold_row, align=align[i])
        r += 1
    gap_after(c)


def blocks(c):
    d, truth, s = c.doc, c.truth, c.s
    named = {"normal": {}, "bold": dict(bold=True), "italic": dict(italic=True),
             "title": dict(bold=True, size=s * 1.6, after=s), "subtitle": dict(bold=True, size=s * 1.2, after=s * 0.8),
             "meta": dict(after=s * 0.2), "small": dict(size=s * 0.82), "right": dict(align="right")}
    ul_left = {0: Pt(1.5 * s), 1: c.hang + Pt(1.5 * s), 2: Pt(3.3 * s)}
    for b in c.lay["blocks"]:
        t = b["t"]
        if t == "p":
            para(d, c, b["text"], **named[b.get("s", "normal")])
        elif t == "h":
            lvl = b.get("lvl", 1)
            para(d, c, b["text"], bold=True, size=s * (1.25 if lvl == 1 else 1.05), before=s * (0.9 if lvl == 1 else 0.5),
                 after=s * (0.5 if lvl == 1 else 0.4), keep=True, ink=c.hcol)
        elif t == "np":
            hanging(d, c, b["label"], b["text"], c.hang, c.hang, bold_prefix=b.get("bold", ""))
        elif t in ("ul", "findings"):
            its = truth["findings"] if t == "findings" else b["items"]
            g = b.get("glyph", "\u2022")
            for it in its:
                text, subs = (it, []) if isinstance(it, str) else it
                hanging(d, c, g, text, ul_left[1 if b.get("indent") else 0], Pt(1.2 * s), after=s * 0.35)
                for sub in subs:
                    hanging(d, c, b.get("subglyph", "\u2013"), sub, ul_left[2], Pt(1.4 * s), after=s * 0.35)
        elif t == "br":
            p = d.add_paragraph()
            pfmt(p, c, after=0)
            p.add_run().add_break(WD_BREAK.PAGE)
        elif t == "gap":
            p = d.add_paragraph()
            pfmt(p, c, after=0, spacing=Pt(max(1, b.get("lo", b.get("pt", 0)))))
            font(p.add_run(""), c, 2)
        elif t == "toc":
            para(d, c, b.get("title", "Contents"), bold=True, size=s * 1.25, keep=True, ink=c.hcol)
            for label, page in b["entries"]:
                p = d.add_paragraph()
                pfmt(p, c, after=s * 0.45)
                p.paragraph_format.tab_stops.add_tab_stop(c.fw, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                font(p.add_run(f"{label}\t{page}"), c)
        elif t == "grid":
            grid(c, b)
        elif t == "plan":
            plan(c, b)
        elif t == "recs":
            mode = b.get("mode", "hang")
            for rec in m.selected(truth, b):
                lines = rec["text"].split("\n")
                label = b.get("label", "{n}.").format(n=rec["number"])
                if mode == "hang":
                    hanging(d, c, label, lines[0], c.hang, c.hang)
                elif mode == "ownline":
                    para(d, c, label, bold=True, after=s * 0.25, keep=True)
                    para(d, c, lines[0])
                elif mode == "plain":
                    para(d, c, label + " " + lines[0])
                else:
                    para(d, c, lines[0], bold_prefix=label + " ")
                for line in lines[1:]:
                    if b.get("sub", "bullets") == "bullets":
                        hanging(d, c, b.get("glyph", "\u2022"), line, ul_left[1 if mode == "hang" else 0], Pt(1.2 * s),
                                after=s * 0.35)
                    else:
                        p = para(d, c, line)
                        if mode == "hang":
                            p.paragraph_format.left_indent = c.hang
        elif t == "recbullets":
            for rec in m.selected(truth, b):
                lines = rec["text"].split("\n")
                hanging(d, c, b.get("glyph", "\u2022"), lines[0], ul_left[0], Pt(1.2 * s), after=s * 0.35)
                for line in lines[1:]:
                    hanging(d, c, b.get("subglyph", "o"), line, ul_left[2], Pt(1.4 * s), after=s * 0.35)
        elif t == "cols":
            set_cols(d.add_section(WD_SECTION.CONTINUOUS if c.lay.get("two_top_mm") else WD_SECTION.NEW_PAGE), 2)
        elif t == "endcols":
            set_cols(d.add_section(WD_SECTION.NEW_PAGE), 1)
        elif t == "easyrecs":
            easy(c, b)
        elif t == "decision":
            v = truth["document"]["decision"]
            for k, ptext in enumerate(v.split("\n")):
                bold = b.get("bold", "") if k == 0 else ""
                assert ptext.startswith(bold)
                if b.get("labels"):
                    hanging(d, c, b["labels"][k], ptext[len(bold):], c.hang, c.hang, bold_prefix=bold)
                else:
                    para(d, c, ptext[len(bold):], bold_prefix=bold)
        else:
            raise ValueError(t)


def render(truth, path):
    c = C(truth)
    pg = c.lay.get("page", {})
    sec = c.doc.sections[0]
    w, h = Mm(210), Mm(297)
    if pg.get("orient") == "landscape":
        sec.orientation = WD_ORIENT.LANDSCAPE
        w, h = h, w
    sec.page_width, sec.page_height = w, h
    top, right, bottom, left = pg.get("margins", [20, 20, 20, 20])
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = Mm(top), Mm(right), Mm(bottom), Mm(left)
    sec.header_distance = Mm(max(5, top * 0.4))
    sec.footer_distance = Mm(max(5, bottom * 0.4))
    c.fw = w - Mm(left) - Mm(right)
    normal = c.doc.styles["Normal"]
    normal.font.name = c.font
    normal.font.size = Pt(c.s)
    normal.font.color.rgb = RGBColor(0, 0, 0)
    furniture(c, sec)
    blocks(c)
    c.doc.core_properties.title = truth["document"].get("title", "")
    c.doc.core_properties.author = c.lay.get("author", "")
    c.doc.save(str(path))
