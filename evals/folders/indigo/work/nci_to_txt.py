#!/usr/bin/env python3
"""Convert a cancer.gov page (markdown as stored in gautamgauri/suchi-cancer-bot) to plain text.
Only layout changes: drop YAML front matter, images, link targets, emphasis markers; headings on own lines;
markdown tables -> rows with ' | '. Usage: nci_to_txt.py <repo-path> <out> <header-line>"""
import re, subprocess, sys
REPO = "/work/.mirror/gautamgauri+suchi-cancer-bot/repo"
path, out, header = sys.argv[1], sys.argv[2], sys.argv[3]
src = subprocess.check_output(["git", "-C", REPO, "show", "HEAD:" + path]).decode("utf-8")
# front matter
if src.startswith("---"):
    src = src.split("---", 2)[2]
lines = []
for ln in src.split("\n"):
    s = ln.rstrip()
    if s.startswith("!["):            # image
        continue
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
    s = re.sub(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)", r"\1", s)   # links -> text
    s = re.sub(r"<(https?://[^>]+)>", r"\1", s)
    s = s.replace("**", "").replace("\\*", "*")
    s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", s)    # *italic*
    if re.match(r"^\s*\|?\s*-{3,}", s) and set(s.replace("|", "").replace("-", "").replace(":", "").strip()) == set():
        continue                       # table separator row
    if s.startswith("|") and s.endswith("|"):
        cells = [c.strip() for c in s.strip("|").split("|")]
        s = " | ".join(cells)
    s = re.sub(r"^#+\s*", "", s)
    s = re.sub(r"^- ", "- ", s)
    lines.append(s)
text = "\n".join(lines)
text = re.sub(r"\n{3,}", "\n\n", text).strip()
# drop duplicated title line (page title + ' - NCI' followed by the h1)
with open(out, "w", encoding="utf-8") as f:
    f.write(header + "\n\n" + text + "\n")
print(out, len(header) + len(text))
