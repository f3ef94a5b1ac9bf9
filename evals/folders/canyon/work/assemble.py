"""Assemble a verbatim excerpt from a mechanically converted text file.
usage: assemble.py SRC OUT a-b [a-b ...]   (1-based inclusive line ranges; '...' inserts a [...] marker)
Drops page-number lines, 'TABLE OF CONTENTS' running heads and empty table-cell lines ('|'),
re-joins paragraphs split by a page break (line not ending in sentence punctuation followed by a
line starting in lower case), turns 'Item N.' + ' | Heading' table cells into one line."""
import sys, re
src, out, *ranges = sys.argv[1:]
L = open(src, encoding='utf-8').read().split('\n')
sel = []
for r in ranges:
    if r == '...':
        sel.append('[...]'); continue
    a, b = map(int, r.split('-'))
    sel.extend(L[a-1:b])
clean = []
for l in sel:
    s = l.strip()
    if re.fullmatch(r'[|\s]*', s): continue
    if re.fullmatch(r'\d{1,3}', s) or s in ('TABLE OF CONTENTS', 'i', 'Table of Contents'): continue
    s = re.sub(r'^\|\s*', '', s)
    s = re.sub(r'\s*\|\s*$', '', s)
    clean.append(s)
merged = []
for s in clean:
    if merged and merged[-1] != '[...]' and s != '[...]':
        prev = merged[-1]
        if re.fullmatch(r'Item \d+\.', prev) or prev == '•':
            merged[-1] = prev + ' ' + s; continue
        if not re.search(r'[.:;!?)”"]$', prev) and re.match(r'[a-z(]', s):
            merged[-1] = prev + ' ' + s; continue
    merged.append(s)
txt = '\n\n'.join(merged)
open(out, 'w', encoding='utf-8').write(txt.strip() + '\n')
print(len(txt.encode('utf-8')), 'bytes')
