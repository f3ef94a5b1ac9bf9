#!/usr/bin/env python3
"""Build a plain-text excerpt from a marker-converted 10-K markdown file.
usage: make_doc.py RAW.md OUT.txt "HEADER LINE" a-b [a-b ...]   (1-based inclusive line ranges; 'x' ranges = skip)"""
import re, sys

raw, out, header = sys.argv[1], sys.argv[2], sys.argv[3]
ranges = [tuple(map(int, r.split('-'))) for r in sys.argv[4:]]
lines = open(raw, encoding='utf-8').read().split('\n')

def clean_line(l):
    l = re.sub(r'<span[^>]*></span>', '', l)
    l = re.sub(r'</?span[^>]*>', '', l)
    l = re.sub(r'<sup>(.*?)</sup>', r'\1', l)
    l = l.replace('\\$', '$').replace('\\_', '_').replace('\\*', '*').replace('\\#', '#')
    l = re.sub(r'^#+\s*', '', l)
    l = re.sub(r'^\s*[-•]\s+', '• ', l) if re.match(r'^\s*[-•]\s+\S', l) else l
    l = l.replace('**', '')
    l = re.sub(r'(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])', r'\1', l)
    l = l.replace('<br>', ' ')
    return l.strip()

def table_row(l):
    cells = [c.strip() for c in l.strip().strip('|').split('|')]
    if all(re.fullmatch(r':?-*:?', c) for c in cells):
        return None
    cells = [clean_line(c) for c in cells]
    out = []
    for c in cells:
        if c in ('', '$', '%', ')'):
            if c in ('%', ')') and out:
                out[-1] += c
            continue
        out.append(c)
    return ' | '.join(out) if out else None

segs = []
for a, b in ranges:
    seg = []
    for l in lines[a-1:b]:
        if re.match(r'^\{\d+\}-+\s*$', l):
            seg.append('<<PAGE>>'); continue
        if l.strip().startswith('|'):
            r = table_row(l)
            if r and not re.fullmatch(r'F-\d+|\d{1,3}', r): seg.append(r)
            continue
        c = clean_line(l)
        if c.startswith('!['):
            continue
        if re.fullmatch(r'\d{1,3}|F-\d+', c):
            continue
        seg.append(c)
    # join paragraphs split by page breaks
    txt = '\n'.join(seg)
    txt = re.sub(r'([a-z,;(\-])\s*\n+(?:\s*<<PAGE>>\s*\n+)+\s*(?=[a-z(])', r'\1 ', txt)
    txt = re.sub(r'(?m)^(.{200,}[a-z,;(\-])\s*\n+(?:\s*<<PAGE>>\s*\n+)+\s*(?=[A-Z])', r'\1 ', txt)
    txt = txt.replace('<<PAGE>>', '')
    txt = re.sub(r'\n{3,}', '\n\n', txt).strip()
    segs.append(txt)
body = '\n\n[...]\n\n'.join(segs)
open(out, 'w', encoding='utf-8').write(header.strip() + '\n\n' + body + '\n')
print(out, len(header) + len(body))
