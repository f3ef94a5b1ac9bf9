#!/usr/bin/env python3
"""Convert an ePI FSH Composition (EMA package leaflet text held in text.div XHTML)
to plain text: section titles on their own lines, paragraphs and list items as lines,
tables as 'cell | cell' rows. Layout only.
usage: fsh_leaflet_to_txt.py file.fsh header_line"""
import sys, re, html
from html.parser import HTMLParser

class H(HTMLParser):
    def __init__(self):
        super().__init__(); self.lines=[]; self.buf=''; self.row=None; self.cell=None
    def flush(self):
        t=re.sub(r'\s+',' ',self.buf).strip()
        if t: self.lines.append(t)
        self.buf=''
    def handle_starttag(self, tag, a):
        if tag in ('p','div','li','ol','ul','h1','h2','h3','h4','table'):
            self.flush()
            if tag=='li': self.buf='- '
        elif tag=='br':
            self.flush()
        elif tag=='tr':
            self.flush(); self.row=[]
        elif tag in ('td','th'):
            self.cell=''
    def handle_endtag(self, tag):
        if tag in ('td','th') and self.row is not None:
            self.row.append(re.sub(r'\s+',' ',self.cell or '').strip()); self.cell=None
        elif tag=='tr' and self.row is not None:
            cells=[c for c in self.row]
            if any(cells): self.lines.append(' | '.join(cells))
            self.row=None
        elif tag in ('p','div','li','h1','h2','h3','h4'):
            self.flush()
    def handle_data(self, d):
        if self.cell is not None: self.cell+=d
        else: self.buf+=d

def main():
    s=open(sys.argv[1],encoding='utf-8').read()
    out=[sys.argv[2]]
    for m in re.finditer(r'\* section\[[^\]]*\](?:\.section\[\+\])?\.?\s*\n\s*\* title\s*=\s*"([^"]*)"(.*?)text\.div\s*=\s*"""(.*?)"""', s, re.S):
        title, div = m.group(1).strip(), m.group(3)
        h=H(); h.feed(div); h.flush()
        body=[l for l in h.lines if l!='unavailable']
        out.append(''); out.append(title)
        out.extend(body)
    t='\n'.join(out)
    print(re.sub(r'\n{3,}','\n\n',t).strip())
main()
