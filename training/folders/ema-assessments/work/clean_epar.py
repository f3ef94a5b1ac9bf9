#!/usr/bin/env python3
"""Convert pdf-text of an EMA EPAR assessment report into plain-text excerpt.
Keeps wording; only removes page headers/footers and reflows lines."""
import re, sys

HDR = re.compile(r'^(Assessment report|EMA/[\w/.-]+|Page \d+/\d+|Medicinal product no longer authorised|CHMP assessment report)\s*$')
HEAD = re.compile(r'^(\d+(?:\.\d+)*\.)\s+(\S.*)$')
DATE = re.compile(r'^(?:\d{1,2} )?(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$|^Q\d \d{4}$|^\d{2}/\d{4}$')
DROP_TITLES = re.compile(r'(Protocol assistance|Scientific advice|Scientific Advice|PRIME|Information on Paediatric|Legal basis|Similarity|Information relating to orphan|Accelerated assessment|Additional monitoring|User consultation|Effects Table|Benefit-risk assessment and discussion|New active Substance|Licensing status|Applicant.s request)', re.I)

def load(path, a, b):
    lines = open(path, encoding='utf-8').read().split('\n')
    return lines[a-1:b-1]

def clean(lines):
    out = []  # list of paragraphs
    cur = None
    drop_level = None
    pending = False
    def flush():
        nonlocal cur
        if cur is not None and cur.strip():
            out.append(cur.strip())
        cur = None
    for raw in lines:
        s = raw.strip()
        s = re.sub(r'\s+', ' ', s)
        if HDR.match(s):
            continue
        m = HEAD.match(s)
        if m and len(s) < 120 and not s.endswith('.') or (m and re.match(r'^\d\.\s', s) and len(s) < 60):
            lvl = m.group(1).count('.')
            if drop_level is not None and lvl <= drop_level:
                drop_level = None
            if drop_level is None and DROP_TITLES.search(m.group(2)):
                drop_level = lvl
                flush(); out.append('[...]')
                continue
            if drop_level is None:
                flush(); out.append(s)
            continue
        if drop_level is not None:
            continue
        if not s:
            pending = True; continue
        if pending:
            pending = False
            if cur is not None and not re.search(r'[.:;]$', cur) and re.match(r'^[a-z(]', s):
                cur = cur + ' ' + s
                continue
            flush()
        if s == '•':
            flush(); cur = '•'; continue
        if DATE.match(s) and cur is not None and not cur.endswith('•'):
            cur = cur + ' | ' + s
            flush(); continue
        if s.startswith(('Rapporteur:', 'Co-Rapporteur:', 'The application was received', 'PRAC Rapporteur', 'CHMP Peer reviewer', 'EMA Product Lead')):
            flush(); cur = s; continue
        if s == 'Description Due date':
            flush(); out.append('Description | Due date'); continue
        if cur is None:
            cur = s
        elif cur == '•':
            cur = '• ' + s
        elif re.search(r'[.:;]$', cur) and re.match(r'^[A-Z•(\[]', s):
            flush(); cur = s
        else:
            if cur.endswith('-') and not cur.endswith(' -'):
                cur = cur + s   # hyphenated wrap (keep hyphen)
            else:
                cur = cur + ' ' + s
    flush()
    # collapse repeated [...]
    res = []
    for p in out:
        if p == '[...]' and res and res[-1] == '[...]':
            continue
        res.append(p)
    return res

if __name__ == '__main__':
    path = sys.argv[1]
    header = sys.argv[2]
    ranges = [tuple(map(int, r.split('-'))) for r in sys.argv[3:]]
    paras = [header]
    for i, (a, b) in enumerate(ranges):
        if i > 0:
            paras.append('[...]')
        paras += clean(load(path, a, b))
    res = []
    for p in paras:
        if p == '[...]' and res and res[-1] == '[...]':
            continue
        res.append(p)
    print('\n'.join(res))
