"""Held-out test set: shared helpers for the two renderers.

Layout model (own design, see docs.py for the documents):

layout = {
  "page": {"orient": "portrait"|"landscape", "margins": [top, right, bottom, left] (mm)},
  "font": {"rl": reportlab family, "lo": LibreOffice family}, "size": body pt, "tsize": table pt,
  "head": {"l"|"c"|"r": text}, "foot": {...}   ({page} / {pages} placeholders),
  "extra": {number: {name: text}},   cells that are not truth fields (x:NAME columns)
  "blocks": [...]
}
Blocks ("t"):
  p        {"text", "s": normal|title|subtitle|meta|small|bold|italic|right}
  h        {"text", "lvl": 1|2}
  np       {"label", "text", "bold"}           hanging numbered paragraph
  ul       {"items": [str | [str, [sub...]]], "glyph"}
  findings {"glyph"}                           truth findings as bullets
  br       page break
  gap      {"pt"}
  toc      {"title", "entries": [[label, page]]}
  grid     other table {"head", "rows", "w", "rules": grid|hrules|none, "fill", "align", "cap"}
  plan     recommendation table {"cols": [{"head","w","f","fmt","lines"}], "rules", "fill",
           "head_ink", "repeat", "fs", "multi", "sections": {number: text}, "rag_fill", "pad",
           "numbers"}
  recs     prose recommendations {"label": "{n}.", "mode": hang|inline|ownline, "sub": bullets|paras,
           "numbers"}
  recbullets {"glyph", "subglyph"}
  decision {"bold", "label"}
"""
from __future__ import annotations

RAG_FILL = {"red": "#E06666", "amber": "#F6B26B", "green": "#93C47D", "blue": "#6FA8DC",
            "complete": "#6FA8DC", "r": "#E06666", "a": "#F6B26B", "g": "#93C47D"}


def selected(truth, block):
    recs = truth["recommendations"]
    nums = block.get("numbers")
    if nums is None:
        return recs
    by = {r["number"]: r for r in recs}
    return [by[n] for n in nums]


def value(truth, rec, col, action=None):
    f = col["f"]
    if f.startswith("x:"):
        v = truth["layout"].get("extra", {}).get(rec["number"], {}).get(f[2:], "")
    elif f.startswith("ax:"):
        idx = rec["actions"].index(action)
        v = truth["layout"].get("aextra", {}).get(rec["number"], [{}] * 99)[idx].get(f[3:], "")
    elif f.startswith("a:"):
        v = action.get(f[2:], "")
    elif f == "number":
        v = col.get("fmt", "{n}").format(n=rec["number"])
    else:
        v = rec.get(f, "")
    if f in ("rag", "a:rag") and v:
        v = v.capitalize()
    if col.get("split_leads") and v:
        v = v.replace("; ", "\n")
    return v


def items(truth, rec, col, action=None):
    """[(kind, text)] kind 'p' or 'b' (bullet)."""
    v = value(truth, rec, col, action)
    lines = v.split("\n") if v else [""]
    mode = col.get("lines", "paras")
    over = truth["layout"].get("lines", {}).get(rec["number"], {}).get(col["f"])
    mode = over or mode
    if mode == "bullets":
        return [("b", x) for x in lines]
    if mode == "leadbullets":
        return [("p", lines[0])] + [("b", x) for x in lines[1:]]
    return [("p", x) for x in lines]


def page_text(text, page, pages):
    return text.replace("{page}", str(page)).replace("{pages}", str(pages))
