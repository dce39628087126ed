"""Build the benchmark corpus `make bench` measures: the real mix of what analysts batch.

    python samples/bench/build.py [OUTDIR] [--docs N]   # default outputs/bench/corpus, 240 docs

Three kinds of document, all rendered with reportlab (byte-reproducible) from the corpus truth
files in ``samples/corpus`` so each PDF's recommendations are known:

* **long reviews** (half the documents): a full review of 30 to 120 pages: the corpus
  document's front matter, then chapters of narrative (chronology, analysis, the family's
  voice), then its plan as an appendix. The narrative mentions recommendations in passing
  ("see recommendation 4"), as real reviews do, so triage is not handed an easy task.
* **cabinet papers** (a third): the corpus document as it is (2 to 6 pages).
* **bundles** (the rest): a committee's agenda pack: 10 to 40 pages of other agenda items
  (minutes, budget monitoring), then the report.

Each PDF gets a ``NAME.truth.json`` beside it (the corpus truth without its layout), so the
benchmark also checks that every recommendation was found. The corpus is built once and reused
while its manifest matches this script's parameters.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import pathlib
import random
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = ROOT / "samples" / "corpus"
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"

try:
    import reportlab  # noqa: F401
except ImportError:  # run with a python that lacks reportlab: use the project venv
    if VENV_PYTHON.exists() and pathlib.Path(sys.executable).resolve() != VENV_PYTHON.resolve():
        os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), __file__, *sys.argv[1:]])
    raise

sys.path.insert(0, str(CORPUS))
sys.dont_write_bytecode = True

import corpus_model as cm  # noqa: E402
import render_reportlab  # noqa: E402

#: bump when the documents this script makes change, so a stale corpus is rebuilt
VERSION = 2
#: numbered narrative paragraphs per page, roughly (11 to 12 pt body, A4)
PARAGRAPHS_PER_PAGE = 8

SUBJECTS = ["the family", "the mother", "the father", "the school", "the health visitor",
            "the GP practice", "the social worker", "the police", "the housing officer",
            "the midwife", "the safeguarding lead", "the hospital trust", "the practitioners"]
VERBS = ["visited", "contacted", "referred the case to", "shared information with", "met",
         "wrote to", "assessed", "recorded concerns about", "discussed the case with",
         "arranged a meeting with", "telephoned", "reviewed the plan with"]
OBJECTS = ["the family home", "children's social care", "the multi-agency safeguarding hub",
           "the school nurse", "the paediatrician", "the domestic abuse service", "the family",
           "the child protection conference", "the early help team", "the health visiting service"]
REFLECTIONS = [
    "This was a missed opportunity to bring the information together.",
    "The panel found that professionals did not always ask what life was like for the child.",
    "Records show that the concerns were noted but not acted on at the time.",
    "Practitioners told the review that caseloads were high throughout this period.",
    "The learning from this episode is reflected in recommendation {n} in Appendix A.",
    "It is not clear from the records who held responsibility for the plan.",
    "The review heard that agencies had different thresholds for escalation.",
    "Good practice was evident in the persistence of the school in seeking help.",
    "Had the history been considered, the risk would have been seen as higher.",
    "The author was told that the process has since changed, see recommendation {n}.",
]
CHAPTERS = ["Introduction", "Terms of reference", "Methodology", "Family background",
            "Chronology of key events", "Analysis", "The voice of the child", "Multi-agency working",
            "Information sharing", "Escalation and challenge", "Good practice", "Conclusions"]
BUNDLE_ITEMS = ["Minutes of the previous meeting", "Revenue budget monitoring: quarter 2",
                "Capital programme update", "Forward plan of key decisions", "Treasury management mid-year review",
                "Corporate performance report", "Fees and charges 2025/26"]


def sentence(rng: random.Random, date_year: int) -> str:
    day, month = rng.randint(1, 28), rng.choice(["January", "March", "May", "July", "September", "November"])
    return f"On {day} {month} {date_year} {rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}."


def paragraph(rng: random.Random) -> str:
    year = rng.randint(2015, 2023)
    parts = [sentence(rng, year) for _ in range(rng.randint(3, 6))]
    parts.insert(rng.randint(1, len(parts)), rng.choice(REFLECTIONS).format(n=rng.randint(1, 9)))
    return " ".join(parts)


def narrative(rng: random.Random, pages: int, chapters: list[str]) -> list[dict]:
    """Numbered paragraphs under level-1 chapter headings, about `pages` pages of them."""
    blocks: list[dict] = []
    paragraphs = pages * PARAGRAPHS_PER_PAGE
    per_chapter = max(1, paragraphs // len(chapters))
    number = 1
    for chapter in chapters:
        blocks.append({"type": "heading", "text": chapter, "level": 1})
        for _ in range(per_chapter):
            blocks.append({"type": "numbered", "number": f"{number}.", "text": paragraph(rng)})
            number += 1
    return blocks


def front_matter_end(blocks: list[dict]) -> int:
    """Index of the first heading: the title page's blocks come before it."""
    return next((i for i, b in enumerate(blocks) if b["type"] == "heading"), len(blocks))


def long_review(truth: dict, rng: random.Random, pages: int | None = None) -> dict:
    out = copy.deepcopy(truth)
    blocks = out["layout"]["blocks"]
    cut = front_matter_end(blocks)
    story = narrative(rng, pages or rng.randint(30, 120), CHAPTERS)
    appendix = [{"type": "page_break"}, {"type": "heading", "text": "Appendix A: report to the committee", "level": 1}]
    out["layout"]["blocks"] = blocks[:cut] + story + appendix + blocks[cut:]
    return out


def bundle(truth: dict, rng: random.Random, pages: int | None = None) -> dict:
    out = copy.deepcopy(truth)
    blocks = out["layout"]["blocks"]
    items = rng.sample(BUNDLE_ITEMS, 3)
    before = narrative(rng, pages or rng.randint(10, 40), items) + [{"type": "page_break"}]
    out["layout"]["blocks"] = blocks[:1] + before + blocks[1:]
    return out


def paper(truth: dict, rng: random.Random, pages: int | None = None) -> dict:
    """The corpus document as it is, with its own report reference, so no two are the same file."""
    out = copy.deepcopy(truth)
    reference = {"type": "text", "text": f"Report reference: {rng.choice(['CAB', 'SCR', 'HSC'])}/{rng.randint(100, 999)}",
                 "style": "small"}
    out["layout"]["blocks"].insert(1, reference)
    return out


def plan(count: int) -> list[tuple[str, str, int]]:
    """(name, kind, seed) of each document: the corpus documents in turn, kinds in the mix."""
    names = [n for n in cm.truth_names()]
    kinds = ["long"] * 6 + ["paper"] * 4 + ["bundle"] * 2
    return [(names[i % len(names)], kinds[i % len(kinds)], i) for i in range(count)]


def build_one(name: str, kind: str, seed: int, outdir: pathlib.Path, pages: int | None = None) -> pathlib.Path:
    """One document (`pages`: narrative pages to add, by default drawn at random)."""
    truth = cm.load_truth(name)
    rng = random.Random(seed)
    makers = {"long": long_review, "bundle": bundle, "paper": paper}
    made = makers[kind](truth, rng, pages)
    path = outdir / f"{seed:04d}-{kind}-{name}.pdf"
    render_reportlab.render(made, path)
    made.pop("layout")
    path.with_suffix("").with_suffix(".truth.json").write_text(json.dumps(made, indent=1, ensure_ascii=False) + "\n",
                                                              encoding="utf-8")
    return path


def fingerprint(count: int) -> str:
    digest = hashlib.sha256(pathlib.Path(__file__).read_bytes())
    for path in sorted(CORPUS.glob("*.truth.json")) + sorted(CORPUS.glob("render_*.py")):
        digest.update(path.read_bytes())
    return f"{VERSION}-{count}-{digest.hexdigest()[:16]}"


def build(outdir: pathlib.Path, count: int) -> list[pathlib.Path]:
    """The corpus's PDFs, built unless a complete corpus of the same fingerprint is there."""
    manifest = outdir / "manifest.json"
    want = fingerprint(count)
    if manifest.exists() and json.loads(manifest.read_text()).get("fingerprint") == want:
        return [outdir / name for name in json.loads(manifest.read_text())["files"]]
    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.glob("*"):
        old.unlink()
    paths = [build_one(name, kind, seed, outdir) for name, kind, seed in plan(count)]
    manifest.write_text(json.dumps({"fingerprint": want, "files": [p.name for p in paths]}, indent=1) + "\n")
    return paths


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("outdir", nargs="?", type=pathlib.Path, default=ROOT / "outputs" / "bench" / "corpus")
    args.add_argument("--docs", type=int, default=240)
    ns = args.parse_args(argv)
    paths = build(ns.outdir, ns.docs)
    print(f"{len(paths)} documents in {ns.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
