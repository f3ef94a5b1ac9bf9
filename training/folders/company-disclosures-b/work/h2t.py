"""Minimal HTML -> text: block elements become line breaks, tables become ' | ' rows,
<strike>/<s>/<del> content and ix:header dropped. Used on EDGAR HTML documents."""
import re, sys, html
from html.parser import HTMLParser

BLOCK = {'p','div','br','h1','h2','h3','h4','h5','h6','li','ul','ol','center','hr','title','dt','dd','blockquote'}
SKIP = {'script','style','ix:header','head','strike','s','del'}

class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out=[]; self.skip=0; self.table=0; self.row=None; self.cell=None
    def handle_starttag(self, tag, attrs):
        t=tag.lower()
        if t in SKIP: self.skip+=1; return
        if self.skip: return
        if t=='table': self.table+=1; self.out.append('\n')
        elif t=='tr' and self.table: self.row=[]
        elif t in ('td','th') and self.table: self.cell=[]
        elif t in BLOCK:
            if self.cell is not None: self.cell.append(' ')
            else: self.out.append('\n')
    def handle_endtag(self, tag):
        t=tag.lower()
        if t in SKIP: self.skip=max(0,self.skip-1); return
        if self.skip: return
        if t in ('td','th') and self.cell is not None and self.row is not None:
            c=re.sub(r'\s+',' ',''.join(self.cell)).strip()
            self.row.append(c); self.cell=None
        elif t=='tr' and self.row is not None:
            cells=[]
            for c in self.row:
                if c in ('','$'): continue
                if cells and re.fullmatch(r'\)?%?\)?',c): cells[-1]+=c; continue
                cells.append(c)
            # merge "(" / ")" / "%" fragments
            if cells: self.out.append('\n'+' | '.join(cells)+'\n')
            self.row=None
        elif t=='table': self.table=max(0,self.table-1); self.out.append('\n')
        elif t in BLOCK and self.cell is None: self.out.append('\n')
    def handle_data(self, data):
        if self.skip: return
        data=data.replace('\r',' ').replace('\n',' ')
        if self.cell is not None: self.cell.append(data)
        else: self.out.append(data)

def convert(s):
    p=P(); p.feed(s); p.close()
    txt=''.join(p.out).replace('\xa0',' ').replace('\u200b','').replace('\u2009',' ')
    lines=[re.sub(r'[ \t\r\f\v]+',' ',l).strip() for l in txt.split('\n')]
    res=[]
    lines=[l for l in lines if not re.fullmatch(r'(Table of Contents|\d{1,3}|[ivx]{1,5}|S-\d{1,3}|F-\d{1,3})',l)]
    for l in lines:
        if l=='' and (not res or res[-1]==''): continue
        res.append(l)
    # re-join paragraphs split by a page break
    j=[]
    for l in res:
        if l and len(j)>=2 and j[-1]=='' and j[-2] and not j[-2][-1] in '.:;!?”")' and l[0].islower() and ' | ' not in j[-2]:
            j.pop(); j[-1]=j[-1]+' '+l
        else:
            j.append(l)
    return '\n'.join(j).strip()+'\n'

def docs_from_sgml(s):
    out=[]
    for m in re.finditer(r'<DOCUMENT>(.*?)</DOCUMENT>', s, re.S):
        b=m.group(1)
        typ=re.search(r'<TYPE>([^\n<]+)',b).group(1).strip()
        fn=(re.search(r'<FILENAME>([^\n<]+)',b) or [None,''])[1]
        t=re.search(r'<TEXT>(.*)</TEXT>',b,re.S)
        out.append((typ,fn.strip() if fn else '',t.group(1) if t else ''))
    return out

if __name__=='__main__':
    src=open(sys.argv[1],encoding='utf-8',errors='replace').read()
    idx=int(sys.argv[2]) if len(sys.argv)>2 else 0
    d=docs_from_sgml(src)
    if d: src=d[idx][2]
    sys.stdout.write(convert(src))
