"""`OUTDIR/review/index.html`: a page to check the extraction by eye. Every recommendation is
shown beside a picture of where it was printed, with its fields, confidence and checks; the
least confident first. Self-contained (inline style and script, pictures beside it), it works
from the file system with no server and no network: filters by status, lead and document, and
the keys j / k to move from one recommendation to the next."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from pathlib import Path

from extract.model import Document, Recommendation
from pipelines.outputs.checks import Check
from pipelines.outputs.crops import Drawn
from pipelines.tracking.linking import Tracked

STYLE = """body{font:14px/1.4 system-ui,sans-serif;margin:0 1.5em;color:#222}
header{position:sticky;top:0;background:#fff;padding:.6em 0;border-bottom:1px solid #ccc;z-index:1}
select{margin-right:1em}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 6px;text-align:left}
article{display:grid;grid-template-columns:minmax(300px,1fr) 1fr;gap:1em;border:1px solid #ccc;margin:1em 0;padding:.8em}
article:focus{outline:3px solid #1a73e8}article.low{border-left:6px solid #e8710a}
article img{max-width:100%;border:1px solid #eee;display:block;margin-bottom:.4em}
dl{display:grid;grid-template-columns:11em 1fr;margin:0}dt{font-weight:600;color:#555}dd{margin:0 0 .3em;white-space:pre-wrap}
h2{font-size:1em;margin:0 0 .4em;grid-column:1/3}.checks{color:#b3261e}"""
SCRIPT = """const cards=[...document.querySelectorAll('article')];
const pick={status:document.getElementById('f-status'),lead:document.getElementById('f-lead'),doc:document.getElementById('f-doc')};
function shown(){return cards.filter(c=>c.style.display!=='none');}
function apply(){for(const c of cards){const ok=Object.entries(pick).every(([k,s])=>!s.value||c.dataset[k]===s.value);c.style.display=ok?'':'none';}
document.getElementById('count').textContent=shown().length+' of '+cards.length+' shown';}
Object.values(pick).forEach(s=>s.addEventListener('change',apply));
document.addEventListener('keydown',e=>{if(e.target.tagName==='SELECT')return;const v=shown();if(!v.length)return;
let i=v.indexOf(document.activeElement);if(e.key==='j'){i=Math.min(v.length-1,i+1);}else if(e.key==='k'){i=Math.max(0,i-1);}else return;
v[i].focus();v[i].scrollIntoView({block:'start'});e.preventDefault();});apply();"""
FIELDS = (("Recommendation", "text"), ("Lead", "lead"), ("Progress", "progress"), ("Status", "status"),
          ("Status evidence", "status_evidence"), ("RAG", "rag"), ("Target", "target_text"), ("Pages", "pages"),
          ("Found in", "source"))


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def options(name: str, label: str, values: Sequence[str]) -> str:
    items = "".join(f'<option value="{esc(v)}">{esc(v or "(none)")}</option>' for v in values)
    return f'<label>{label} <select id="f-{name}"><option value="">all</option>{items}</select></label>'


def field_value(rec: Recommendation, name: str) -> str:
    if name == "pages":
        return f"{rec.page_start}" if rec.page_start == rec.page_end else f"{rec.page_start}–{rec.page_end}"
    return str(getattr(rec, name))


def images(rec: Recommendation, drawn: Drawn) -> str:
    """The recommendation's pictures; where one is missing, why."""
    pictures = drawn.pictures.get(rec.recommendation_id, ())
    shown = "".join(f'<img src="crops/{esc(name)}" alt="where recommendation {esc(rec.number)} was printed" '
                    f'loading="lazy">' for name in pictures)
    if drawn.reason and len(pictures) < len({region.page for region in rec.regions}):
        return shown + f"<p>(no picture: {esc(drawn.reason)})</p>"
    return shown or "<p>(no picture)</p>"


def appearances(rec: Recommendation, tracked: Tracked | None) -> str:
    """Every paper that prints the recommendation, oldest first, each linked to its card; this
    one in bold. Empty where no other paper prints it."""
    if tracked is None or len(tracked.appearances) < 2:
        return ""
    items = "".join(f"<li><b>{esc(seen.source_file)} #{esc(seen.number)}: {esc(seen.as_of or 'undated')} "
                    f"{esc(seen.status)}</b></li>" if seen.recommendation_id == rec.recommendation_id else
                    f'<li><a href="#{esc(seen.recommendation_id)}">{esc(seen.source_file)} #{esc(seen.number)}</a>: '
                    f"{esc(seen.as_of or 'undated')} {esc(seen.status)}</li>" for seen in tracked.appearances)
    return f'<p>Printed in {len(tracked.appearances)} papers ({esc(tracked.review)}):</p><ol class=seen>{items}</ol>'


def card(rec: Recommendation, drawn: Drawn, checks: Sequence[Check], low: float, tracked: Tracked | None = None) -> str:
    fields = "".join(f"<dt>{label}</dt><dd>{esc(field_value(rec, name))}</dd>" for label, name in FIELDS)
    listed = "".join(f"<li>{esc(c.kind)}: {esc(c.detail)}</li>" for c in checks) + appearances(rec, tracked)
    return (f'<article tabindex="0" id="{esc(rec.recommendation_id)}" class="{"low" if rec.confidence < low else ""}" '
            f'data-status="{esc(rec.status)}" data-lead="{esc(rec.lead_canonical)}" data-doc="{esc(rec.source_file)}">'
            f"<h2>{esc(rec.source_file)}: recommendation {esc(rec.number)} (confidence {rec.confidence:.2f})</h2>"
            f"<div>{images(rec, drawn)}</div><div><dl>{fields}</dl><ul class=checks>{listed}</ul></div></article>")


def documents_table(documents: Sequence[Document], checks: Sequence[Check]) -> str:
    rows = []
    for doc in sorted(documents, key=lambda d: d.source_file):
        problems = "; ".join(f"{c.kind}{' ' + c.number if c.number else ''}" for c in checks
                             if c.source_file == doc.source_file)
        rows.append(f"<tr><td>{esc(doc.source_file)}</td><td>{esc(doc.status)}</td>"
                    f"<td>{len(doc.recommendations)}</td><td>{esc(doc.error or problems)}</td></tr>")
    return ("<table><tr><th>Document</th><th>Status</th><th>Recommendations</th><th>Problems</th></tr>"
            + "".join(rows) + "</table>")


def page(documents: Sequence[Document], drawn: Mapping[str, Drawn], checks: Sequence[Check],
         low: float, tracked: Sequence[Tracked] = ()) -> str:
    recs = sorted((r for d in documents for r in d.recommendations),
                  key=lambda r: (r.confidence >= low, r.confidence, r.source_file, r.recommendation_id))
    by_rec: dict[tuple[str, str], list[Check]] = {(c.source_file, c.number): [] for c in checks}
    for c in checks:
        by_rec[(c.source_file, c.number)].append(c)
    followed = {seen.recommendation_id: item for item in tracked for seen in item.appearances}
    cards = "".join(card(r, drawn.get(r.source_file, Drawn()), by_rec.get((r.source_file, r.number), []), low,
                         followed.get(r.recommendation_id)) for r in recs)
    filters = (options("status", "Status", sorted({r.status for r in recs}))
               + options("lead", "Lead", sorted({r.lead_canonical for r in recs}))
               + options("doc", "Document", sorted({r.source_file for r in recs})))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>actionplan review</title>'
            f"<style>{STYLE}</style></head><body><header><strong>actionplan review</strong> · "
            f'<span id="count"></span> · keys: j next, k previous<br>{filters}</header>'
            f"<h1>Documents</h1>{documents_table(documents, checks)}<h1>Recommendations, least confident first</h1>"
            f"{cards}<script>{SCRIPT}</script></body></html>\n")


def write_review(folder: Path, documents: Sequence[Document], drawn: Mapping[str, Drawn],
                 checks: Sequence[Check], low: float, tracked: Sequence[Tracked] = ()) -> Path:
    """Write the review page into `folder` (a staged `review/`, its pictures already drawn into
    `folder/crops` by `pipelines.outputs.review_pictures`); its index.html."""
    (folder / "crops").mkdir(parents=True, exist_ok=True)
    index = folder / "index.html"
    index.write_text(page(documents, drawn, checks, low, tracked), encoding="utf-8")
    return index
