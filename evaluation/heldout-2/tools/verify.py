"""Check a rendered PDF carries each truth record's text, lead, progress, target (and findings,
decision) in order; report records whose words span more than one page."""
from __future__ import annotations

import re
import unicodedata

import pdfplumber

GAP = 80
LEAD_IN = 1200


def key(w):
    w = unicodedata.normalize("NFKC", w).lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"[\W_]+", "", w)


def toks(text):
    return [k for k in (key(w) for w in text.split()) if k]


def read(path):
    keys, raw, pages = [], [], []
    with pdfplumber.open(str(path)) as pdf:
        n = len(pdf.pages)
        for no, page in enumerate(pdf.pages, 1):
            for w in page.extract_words(x_tolerance=1.5):
                k = key(w["text"])
                if k:
                    keys.append(k); raw.append(w["text"]); pages.append(no)
    return keys, raw, pages, n


def step(keys, raw, word, pos, limit):
    for i in range(pos, min(limit, len(keys))):
        k = keys[i]
        if k == word:
            return i, i
        if raw[i].endswith(("-", "\u00ad")) and word.startswith(k) and len(k) < len(word):
            rest = word[len(k):]
            for j in range(i + 1, min(i + GAP, len(keys))):
                if keys[j] == rest:
                    return i, j
        if word.startswith(k) and len(k) >= 3 and i + 1 < len(keys) and k + keys[i + 1] == word:
            return i, i + 1
    return None


def match(keys, raw, words, start, lead_in=LEAD_IN):
    best = None
    pos = start
    fail = (0, start)
    while True:
        f = step(keys, raw, words[0], pos, start + lead_in)
        if f is None:
            break
        got = [f[0], f[1]]
        cur = f[1] + 1
        ok = True
        for idx, w in enumerate(words[1:], 1):
            s = step(keys, raw, w, cur, cur + GAP)
            if s is None:
                if idx > fail[0]:
                    fail = (idx, cur)
                ok = False
                break
            got += [s[0], s[1]]
            cur = s[1] + 1
        if ok:
            if best is None or got[-1] - got[0] < best[-1] - best[0]:
                best = got
            if got[-1] - got[0] <= len(words) + 2:
                break
        pos = f[0] + 1
    if best:
        return best, None
    i, p = fail
    return [], f"word {i + 1}/{len(words)} {words[i]!r} not found near: {' '.join(raw[p:p + 12])}"


def check(path, truth):
    keys, raw, pages, n = read(path)
    problems, spans = [], []
    cur = 0
    for f in truth.get("findings", []):
        got, err = match(keys, raw, toks(f), cur)
        if err:
            problems.append(f"finding {f[:30]!r}: {err}")
        else:
            cur = got[0] + 1
    cur = 0
    for rec in truth["recommendations"]:
        found = []
        got, err = match(keys, raw, toks(rec["text"]), cur)
        if err:
            problems.append(f"rec {rec['number']} text: {err}")
            continue
        found += got
        anchor = max(cur, got[0] - 20)
        units = rec.get("actions") or [rec]
        acur = anchor
        for ai, u in enumerate(units):
            if u is not rec:
                g2, e2 = match(keys, raw, toks(u["text"]), acur)
                if e2:
                    problems.append(f"rec {rec['number']} action {ai + 1}: {e2}")
                    continue
                found += g2
                a_anchor = max(acur, g2[0] - 20)
                acur = g2[0] + 1
            else:
                a_anchor = anchor
            for name in ("lead", "target_text", "progress"):
                v = u.get(name, "")
                if u is rec and rec.get("actions"):
                    continue
                if toks(v) and rec.get("source") == "table":
                    g3, e3 = match(keys, raw, toks(v), a_anchor, 400)
                    if e3:
                        problems.append(f"rec {rec['number']} {name}: {e3}")
                    found += g3
        cur = got[0] + 1
        ps = [pages[i] for i in found]
        spans.append((rec["number"], min(ps), max(ps)))
    dec = truth["document"].get("decision")
    if dec:
        _, e = match(keys, raw, toks(dec), 0, len(keys))
        if e:
            problems.append(f"decision: {e}")
    return n, problems, spans
