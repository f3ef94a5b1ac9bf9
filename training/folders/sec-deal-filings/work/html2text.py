#!/usr/bin/env python3
"""Convert EDGAR HTML (or the first document of an SGML submission) to plain text:
headings/paragraphs on their own lines, tables as rows with cells joined by ' | '."""
import sys, re, html
from html.parser import HTMLParser

BLOCK = {'p','div','br','h1','h2','h3','h4','h5','h6','li','tr','table','center','hr'}
class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out=[]; self.cell=None; self.row=None; self.skip=0
    def handle_starttag(self,t,a):
        t=t.lower()
        if t in ('script','style','ix:header'): self.skip+=1
        if t=='tr': self.row=[]
        elif t in ('td','th'): self.cell=[]
        elif t in BLOCK and self.cell is None: self.out.append('\n')
        elif t=='br' and self.cell is not None: self.cell.append(' ')
    def handle_endtag(self,t):
        t=t.lower()
        if t in ('script','style','ix:header'): self.skip=max(0,self.skip-1)
        if t in ('td','th') and self.cell is not None:
            c=re.sub(r'\s+',' ',''.join(self.cell)).strip()
            if self.row is not None: self.row.append(c)
            self.cell=None
        elif t=='tr' and self.row is not None:
            cells=[c for c in self.row if c not in ('','$','%',')','(')]
            if cells: self.out.append('\n'+' | '.join(cells)+'\n')
            self.row=None
        elif t in BLOCK and self.cell is None: self.out.append('\n')
    def handle_data(self,d):
        if self.skip: return
        if self.cell is not None: self.cell.append(d)
        else: self.out.append(d)

def convert(h):
    p=P(); p.feed(h)
    t=''.join(p.out).replace('\xa0',' ').replace('\u200b','')
    lines=[re.sub(r'[ \t]+',' ',l).strip() for l in t.split('\n')]
    out=[]
    for l in lines:
        if l=='' and (not out or out[-1]==''): continue
        out.append(l)
    return '\n'.join(out)

def first_doc(sgml, n=0):
    docs=re.findall(r'<DOCUMENT>(.*?)</DOCUMENT>', sgml, flags=re.S)
    d=docs[n]
    m=re.search(r'<TEXT>(.*)</TEXT>', d, flags=re.S)
    return m.group(1) if m else d

if __name__=='__main__':
    src=open(sys.argv[1],encoding='utf-8',errors='replace').read()
    if '<DOCUMENT>' in src: src=first_doc(src)
    sys.stdout.write(convert(src))
