import re, sys
def clean_line(l):
    l = re.sub(r'<span[^>]*></span>', '', l)
    l = re.sub(r'<[^>]+>', '', l)
    l = l.replace('**', '').replace('***','')
    l = re.sub(r'(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])', r'\1', l)  # *italic*
    l = re.sub(r'^#+\s*', '', l)
    l = l.replace('\\$', '$')
    return l.rstrip()
def is_noise(l, extra=()):
    s = l.strip()
    if re.fullmatch(r'\{\d+\}-+', s) or s == '-----' or re.fullmatch(r'-+', s): return True
    for pat in extra:
        if re.fullmatch(pat, s): return True
    return False
def table_row(l):
    cells = [c.strip() for c in l.strip().strip('|').split('|')]
    cells = [c for c in cells if c and not re.fullmatch(r'Col\d+', c) and not re.fullmatch(r'-+', c)]
    return ' | '.join(cells)
def join_pdf_lines(lines):
    """join lines broken by PDF layout: a line not ending in terminal punctuation followed by a line starting lowercase/digit continuation"""
    out = []
    for l in lines:
        s = l.strip()
        if not s:
            continue
        if s.startswith('\x00') or (out and out[-1].startswith('\x00')):
            out.append(s); continue
        if out:
            prev = out[-1]
            if (not re.search(r'[.:;!?]$', prev) and not prev.startswith(('-', '•'))
                and (s[0].islower() or s[0] in '(,;') ) :
                out[-1] = prev + ' ' + s
                continue
            if (not re.search(r'[.:;!?)]$', prev) and len(prev) > 60 and not s[0].isdigit() and not s.startswith(('-', '•'))):
                out[-1] = prev + ' ' + s
                continue
        out.append(s)
    return out
