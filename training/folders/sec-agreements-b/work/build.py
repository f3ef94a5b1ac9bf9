#!/usr/bin/env python3
"""Build docs/ excerpts from work/clean/*.txt (layout-only changes; cuts marked [...])."""
import re, os
HERE = os.path.dirname(os.path.abspath(__file__))
CLEAN = os.path.join(HERE, 'clean'); DOCS = os.path.join(HERE, '..', 'docs')

def table(t, old, rows):
    assert old in t, old[:60]
    return t.replace(old, '\n' + '\n'.join(' | '.join(r) for r in rows) + '\n')

def fix_exact(t):
    t = re.sub(r' schedule 33 th s t\s*\n\s*\(consisting', ' schedule (consisting', t)
    t = re.sub(r'\n+(Matter, which shall be resolved)', r' \1', t)
    t = table(t, " Calendar Year Pfizer's Shared M&P Expense 2018 $24 million 2019 $22 million 2020 $21 million 2021 $20 million ",
              [["Calendar Year", "Pfizer's Shared M&P Expense"], ["2018", "$24 million"], ["2019", "$22 million"], ["2020", "$21 million"], ["2021", "$20 million"]])
    t = table(t, " Calendar Year Exact's Baseline M&P Expense Exact's Shared M&P Expense 2018 $80 million $24 million 2019 $80 million $22 million 2020 $80 million $21 million 2021 $80 million $20 million",
              [["Calendar Year", "Exact's Baseline M&P Expense", "Exact's Shared M&P Expense"], ["2018", "$80 million", "$24 million"], ["2019", "$80 million", "$22 million"], ["2020", "$80 million", "$21 million"], ["2021", "$80 million", "$20 million"]])
    t = table(t, "Calendar Year Baseline Laboratory Service Revenue 2018 $441 million 2019 $622 million 2020 $861 million 2021 $1.191 billion ",
              [["Calendar Year", "Baseline Laboratory Service Revenue"], ["2018", "$441 million"], ["2019", "$622 million"], ["2020", "$861 million"], ["2021", "$1.191 billion"]])
    t = table(t, " Cumulative Incremental Laboratory Services Revenue during the Term Applicable Royalty Rate If < $200 million 0% If > $200 million and < $400 million 1% If > $400 million and < $600 million 2% If > $600 million 3%",
              [["Cumulative Incremental Laboratory Services Revenue during the Term", "Applicable Royalty Rate"], ["If < $200 million", "0%"], ["If > $200 million and < $400 million", "1%"], ["If > $400 million and < $600 million", "2%"], ["If > $600 million", "3%"]])
    t = t.replace("A = Laboratory Service Revenue B = Baseline Laboratory Service Revenue C = Gross Margin Percent Promotion Fee = 0.5 * (A-B) * C",
                  "\nA = Laboratory Service Revenue\nB = Baseline Laboratory Service Revenue\nC = Gross Margin Percent\nPromotion Fee = 0.5 * (A-B) * C")
    return t

def fix_fmi(t):
    t = re.sub(r'(?m)^- \d+ -\s*$', '', t)
    t = re.sub(r'(?m) ?- \d{1,2} -$', '', t)
    t = re.sub(r'(?m)^- \d{1,2} - ', '', t)
    t = re.sub(r' - \d{1,2} - ', ' ', t)
    t = t.replace(' Collaboration Agreement WHEREAS, FMI has', '\nCollaboration Agreement\nWHEREAS, FMI has')
    t = re.sub(r'; and WHEREAS', '; and\nWHEREAS', t)
    return t

def fix_antares(t):
    leg = r'\[\*\*\*\] INDICATES MATERIAL THAT HAS BEEN OMITTED AND FOR WHICH CONFIDENTIAL TREATMENT HAS BEEN REQUESTED\. ALL SUCH OMITTED MATERIAL HAS BEEN FILED WITH THE SECURITIES AND EXCHANGE COMMISSION PURSUANT TO RULE 24b-2 PROMULGATED UNDER THE SECURITIES EXCHANGE ACT OF 1934, AS AMENDED'
    t = re.sub(r'(?m)^\s*- \d{1,3} -\s*$', '', t)
    first = re.search(leg, t)
    head, rest = t[:first.end()], t[first.end():]
    def rep(m):
        return '\n' if re.search(r'[.;:]\s*$', m.group(1)) or m.group(1).strip() == '' else m.group(1).rstrip() + ' '
    rest = re.sub(r'(\S)\s*' + leg + r'\s*', lambda m: m.group(1) + ('\n' if m.group(1) in '.;:' else ' '), rest)
    return head + rest

def strip_legend(t, leg):
    t = re.sub(r' \d{1,2}\s*\n(\s*' + leg + ')', r'\n\1', t)
    first = re.search(leg, t)
    head, rest = t[:first.end()], t[first.end():]
    rest = re.sub(r'(\S)\s*' + leg + r'\s*', lambda m: m.group(1) + ('\n' if m.group(1) in '.;:' else ' '), rest)
    return head + rest

def fix_magenta(t):
    t = strip_legend(t, r'CONFIDENTIAL TREATMENT REQUESTED\. INFORMATION FOR WHICH CONFIDENTIAL TREATMENT HAS BEEN REQUESTED IS OMITTED AND MARKED WITH "\[\*\*\*\]"\. AN UNREDACTED VERSION OF THE DOCUMENT HAS ALSO BEEN FURNISHED SEPARATELY TO THE SECURITIES AND EXCHANGE COMMISSION AS REQUIRED BY RULE 406 UNDER THE SECURITIES ACT OF 1933, AS AMENDED\.')
    t = t.replace('Title: VP BD & Sales APPENDIX A', 'Title: VP BD & Sales\nAPPENDIX A')
    return t

def fix_biocept(t):
    t = re.sub(r'(?m)^[ \t]*(?:TM|®|nd)(?:[ \t]+(?:TM|®))*[ \t]*$', '', t)
    t = re.sub(r'(?m)^([^\n]{200,}[^.;:\n])\n\s*\n+(?=[A-Za-z])', r'\1 ', t)
    t = re.sub(r'(?m)^([^\n]{200,}[^.;:\n])\n\s*\n+ (?=[a-z])', r'\1 ', t)
    return t

def fix_fusion(t):
    t = re.sub(r'\s*Page \d+ of \d+ CONFIDENTIAL', '', t)
    t = re.sub(r'(?m)^Supply Agreement - FUSION (?=\S)', '', t)
    t = re.sub(r'CONFIDENTIAL Page 1 of 2', '', t)
    return t

FIX = {'fusion': fix_fusion, 'biocept': fix_biocept, 'exact': fix_exact, 'fmi': fix_fmi, 'antares': fix_antares, 'magenta': fix_magenta}

def build(name, out, header, spec):
    t = open(os.path.join(CLEAN, name + '.txt'), encoding='utf-8').read()
    if name in FIX: t = FIX[name](t)
    t = re.sub(r'(?m)^- ?\d+ ?-\s*$', '', t)
    lines = [l.rstrip() for l in t.split('\n')]
    kept, pos, last_end = [], 0, 0
    for start, end in spec:
        print('  ', name, start, end, flush=True) if os.environ.get('DBG') else None
        s = next(i for i in range(pos, len(lines)) if re.search(start, lines[i]))
        e = len(lines) if end is None else next((i for i in range(s + 1, len(lines)) if re.search(end, lines[i])), len(lines))
        if s > last_end and any(l.strip() for l in lines[last_end:s]):
            kept.append('[...]')
        kept.extend(lines[s:e]); pos = last_end = e
    if any(l.strip() for l in lines[last_end:]):
        kept.append('[...]')
    out2 = []
    for l in kept:
        if re.fullmatch(r'\d{1,3}', l.strip()):
            continue
        m = re.match(r'^\d{1,3} (?=[a-z(])', l)
        if m and out2:
            while out2 and not out2[-1].strip():
                out2.pop()
            out2[-1] = out2[-1].rstrip() + ' ' + l[m.end():]
            continue
        out2.append(l)
    kept = out2
    body = '\n'.join(kept)
    body = re.sub(r'\n{2,}', '\n', body).strip()  # one paragraph per line
    txt = header + '\n' + body + '\n'
    open(os.path.join(DOCS, out), 'w', encoding='utf-8').write(txt)
    print(f'{out}: {len(txt)} chars')

import specs
for args in specs.SPECS:
    build(*args)
