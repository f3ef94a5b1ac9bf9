import json, re, html
from html.parser import HTMLParser

class Conv(HTMLParser):
    """HTML/SPL -> plain text: headings own line, paragraphs, list items, table rows ' | '."""
    BLOCK = {'p','div','section','h1','h2','h3','h4','h5','h6','li','caption','br','title','paragraph','tr','item','thead','tbody','tfoot','table','ul','ol','list','text'}
    def __init__(self, xml=False):
        super().__init__(convert_charrefs=True)
        self.out=[]; self.cur=''; self.row=None; self.cell=None; self.skip=0; self.xml=xml
    def flush(self):
        t=re.sub(r'\s+',' ',self.cur).strip()
        if t: self.out.append(t)
        self.cur=''
    def handle_starttag(self, tag, attrs):
        tag=tag.lower()
        if tag in ('style','script','rendermultimedia','observationmedia'): self.skip+=1; return
        if self.row is not None:
            if tag in ('td','th'): self.cell=''; return
            if tag=='br': self.cell = (self.cell or '') + ' '; return
            return
        if tag=='tr': self.flush(); self.row=[]; return
        if tag=='li' or tag=='item': self.flush(); self.cur='- '; return
        if tag in self.BLOCK: self.flush()
    def handle_endtag(self, tag):
        tag=tag.lower()
        if tag in ('style','script','rendermultimedia','observationmedia'): self.skip-=1; return
        if self.row is not None:
            if tag in ('td','th'):
                self.row.append(re.sub(r'\s+',' ',self.cell or '').strip()); self.cell=None; return
            if tag=='tr':
                cells=self.row; self.row=None
                if any(c for c in cells): self.out.append(' | '.join(cells))
                return
            return
        if tag in self.BLOCK: self.flush()
    def handle_data(self, data):
        if self.skip: return
        if self.row is not None:
            if self.cell is not None: self.cell+=data
            return
        self.cur+=data
    def text(self):
        self.flush()
        lines=[l for l in self.out if l not in ('-',)]
        return '\n'.join(lines)

def conv(s, xml=False):
    c=Conv(xml); c.feed(s); return c.text()
