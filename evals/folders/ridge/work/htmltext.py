"""Minimal HTML -> plain text (layout only): block elements on their own lines,
list items as "- ", table rows as " | " cells."""
from html.parser import HTMLParser
import html
import re

BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "br", "ul", "ol", "table", "tr", "li"}


class _P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []
        self.cur = []
        self.row = None
        self.cell = None

    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if t:
            self.lines.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.flush()
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag == "li":
            self.flush()
            self.cur.append("- ")
        elif tag in BLOCK:
            if self.cell is None:
                self.flush()
            else:
                self.cell.append(" ")

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            if self.row is not None and self.cell is not None:
                self.row.append(re.sub(r"\s+", " ", "".join(self.cell)).strip())
            self.cell = None
        elif tag == "tr":
            if self.row is not None:
                cells = [c for c in self.row]
                if any(cells):
                    self.lines.append(" | ".join(cells))
            self.row = None
        elif tag in BLOCK and self.cell is None:
            self.flush()

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.cur.append(data)


def html_to_lines(s):
    p = _P()
    p.feed(s)
    p.flush()
    out = []
    for l in p.lines:
        if l.strip() in ("- ", "-"):
            continue
        out.append(l)
    return out
