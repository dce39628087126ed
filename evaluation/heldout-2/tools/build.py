"""Build the held-out PDFs: python build.py [NAME...]  (truth files in the folder above tools/)."""
from __future__ import annotations

import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
# the renderers (render_rl, render_lo, model), common.py and verify.py are the second set's, shared rather than copied
sys.path.append(str(HERE.parents[2] / "samples" / "second-set" / "tools"))
sys.dont_write_bytecode = True
import render_lo  # noqa: E402
import render_rl  # noqa: E402
import verify  # noqa: E402


def main(names):
    truths = {p.name[:-11]: json.loads(p.read_text()) for p in sorted(OUT.glob("*.truth.json"))}
    if names:
        truths = {k: v for k, v in truths.items() if k in names}
    lo = []
    for name, truth in truths.items():
        prods = truth["layout"].get("producers", ["reportlab", "libreoffice"])
        if "reportlab" in prods:
            render_rl.render(truth, OUT / f"{name}--reportlab.pdf")
        if "libreoffice" in prods:
            lo.append(name)
    if lo:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            srcs = []
            for name in lo:
                src = tmp / f"{name}--libreoffice.docx"
                render_lo.render(truths[name], src)
                srcs.append(str(src))
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-heldout2-profile", "--headless",
                            "--norestore", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(tmp / "pdf"),
                            *srcs], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=900)
            for name in lo:
                shutil.copy(tmp / "pdf" / f"{name}--libreoffice.pdf", OUT / f"{name}--libreoffice.pdf")
    bad = False
    print(f"{'pdf':48} pages recs  records across a page break")
    for name, truth in truths.items():
        for prod in truth["layout"].get("producers", ["reportlab", "libreoffice"]):
            pdf = OUT / f"{name}--{prod}.pdf"
            n, problems, spans = verify.check(pdf, truth)
            for p in problems:
                bad = True
                print(f"  FAIL {pdf.name}: {p}")
            split = ", ".join(f"{num} (p{a}-{b})" for num, a, b in spans if b > a) or "-"
            print(f"{pdf.name:48} {n:5} {len(truth['recommendations']):4}  {split}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
