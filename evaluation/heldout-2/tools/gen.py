"""Write every held-out-2 truth file from docs_*.py."""
import json, pathlib, sys
sys.dont_write_bytecode = True
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# common.py and verify.py are the second set's, shared rather than copied
sys.path.append(str(HERE.parents[2] / "samples" / "second-set" / "tools"))
import docs_h, docs_i
for mod in (docs_h, docs_i):
    for name, truth in mod.DOCS.items():
        nums = [r["number"] for r in truth["recommendations"]]
        assert len(set(nums)) == len(nums), name
        (HERE.parent / f"{name}.truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote", name, len(nums))
