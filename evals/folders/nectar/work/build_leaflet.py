#!/usr/bin/env python3
"""EMA ePI FSH (joofio/test-epi-composition) -> plain-text English package leaflet."""
import html, re, sys
src = open("raw/brintellix.fsh", encoding="utf-8").read()
en = src.split("Instance: composition-da-")[0]
blocks = re.findall(r'\* title = +"([^"]*)".*?\* text\.div = """(.*?)"""', en, flags=re.S)
out = ["EMA product information — Package leaflet: Information for the user, Brintellix (vortioxetine) film-coated tablets (English), from the EMA ePI FHIR test composition (joofio/test-epi-composition, brintellix.fsh)", ""]

def div2text(d):
    d = d.replace("v. 77.0\nREG_00028", "\n").replace("v. 77.0", "").replace("REG_00028", "")
    d = re.sub(r"<div[^>]*>|</div>", "", d)
    d = re.sub(r"</?(b|i|u|strong|em|span|sup|sub)[^>]*>", "", d)
    d = re.sub(r"<li[^>]*>", "\n@@LI@@", d)
    d = re.sub(r"<p[^>]*>|</p>|</li>|</?ol[^>]*>|</?ul[^>]*>|<h\d[^>]*>|</h\d>|<br\s*/?>", "\n@@P@@", d)
    d = html.unescape(d)
    paras, cur = [], ""
    bullet = False
    prev_short = False
    for line in d.split("\n"):
        raw = line.rstrip()
        s = raw.strip()
        marker = None
        for m in ("@@P@@", "@@LI@@"):
            while s.startswith(m):
                marker = marker or m
                s = s[len(m):].strip()
        if marker == "@@LI@@":
            bullet = True
        if marker:
            if cur:
                paras.append(cur)
            cur = ""
        if not s:
            continue
        if s == "-":
            if cur:
                paras.append(cur)
            cur = ""
            bullet = True
            continue
        if bullet:
            if cur:
                paras.append(cur)
            cur = "- " + s
            bullet = False
        elif cur and not re.search(r"[.:;!?)]$", cur) and not prev_short:
            cur = cur + " " + s
        else:
            if cur:
                paras.append(cur)
            cur = s
        prev_short = len(raw) < 60
    if cur:
        paras.append(cur)
    paras = [re.sub(r"\s+", " ", p).strip() for p in paras]
    return [p for p in paras if p and p != "-"]

for title, div in blocks:
    title = title.strip()
    if title.startswith("TEST PURPOSES"):
        continue
    out.append("")
    out.append(title)
    body = div2text(div)
    if body and body[0].strip().lower() == title.lower():
        body = body[1:]
    if title.startswith("6."):
        k = next(i for i, p in enumerate(body) if p.startswith("For any information about this medicine"))
        body = body[:k + 1] + ["[...]"] + [p for p in body[k + 1:] if p.startswith("This leaflet was last revised") or p.startswith("Detailed information")]
    out.extend(body)
txt = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"
open(sys.argv[1], "w", encoding="utf-8").write(txt)
print(len(txt))
