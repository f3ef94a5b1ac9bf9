import json, sys
sys.path.insert(0, "/work/s32/blind/ridge/work")
from questions_spec import ITEMS
out = []
n = 0
for it in ITEMS:
    n += 1
    qid = f"RID-{n:03d}"
    if it[0] == "A":
        _, q, srcs, facts, quotes, tags = it
        out.append({"id": qid, "question": q, "answerable": True, "gold_sources": srcs, "facts": facts,
                    "gold_quotes": quotes, "tags": tags, "note": ""})
    else:
        _, q, note, tags = it
        out.append({"id": qid, "question": q, "answerable": False, "gold_sources": [], "facts": [],
                    "gold_quotes": [], "tags": tags, "note": note})
with open("/work/s32/blind/ridge/questions.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out))
