"""Find gap values (per producer) that make a prose recommendation cross a page."""
import json, pathlib, subprocess, sys, tempfile, shutil
sys.dont_write_bytecode = True
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# the renderers and verify.py are the second set's, shared rather than copied
sys.path.append(str(HERE.parents[2] / "samples" / "second-set" / "tools"))
import render_rl, render_lo, verify
name, prod, gapidx = sys.argv[1], sys.argv[2], int(sys.argv[3])
truth = json.loads((HERE.parent / f"{name}.truth.json").read_text())
gaps = [i for i, b in enumerate(truth["layout"]["blocks"]) if b["t"] == "gap"]
blk = truth["layout"]["blocks"][gaps[gapidx]]
key = "rl" if prod == "reportlab" else "lo"
for pt in range(int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])):
    blk[key] = pt
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / f"{name}--{prod}.pdf"
        if prod == "reportlab":
            render_rl.render(truth, out)
        else:
            d = pathlib.Path(tmp) / f"{name}--{prod}.docx"
            render_lo.render(truth, d)
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-heldout2-profile", "--headless",
                            "--convert-to", "pdf", "--outdir", tmp, str(d)], check=True, capture_output=True)
        n, probs, spans = verify.check(out, truth)
        split = [f"{a}(p{b}-{c})" for a, b, c in spans if c > b]
        print(pt, n, split, flush=True)
