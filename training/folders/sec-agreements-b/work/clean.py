#!/usr/bin/env python3
"""Layout-only cleaning of CUAD text renderings of SEC exhibits.
Removes page footers ('Source: ...'), running headers, page numbers; joins page-split
paragraphs; puts numbered sections on their own lines; collapses whitespace."""
import re, sys, os
RAW = os.path.join(os.path.dirname(__file__), 'raw')
OUT = os.path.join(os.path.dirname(__file__), 'clean')

CFG = {
 'exact': ('ExactSciencesCorp_20180822_8-K_EX-10.1_11331629_EX-10.1_Promotion Agreement.txt',
           [r'^Source: EXACT SCIENCES CORP.*$'], True),
 'fmi': ('FOUNDATIONMEDICINE,INC_02_02_2015-EX-10.2-Collaboration Agreement.txt',
           [r'\s*\*\*\*Confidential Treatment Requested\*\*\*', r'(?m)^\s*Page \d+ of \d+\s*$'], False),
 'bellicum': ('BELLICUMPHARMACEUTICALS,INC_05_07_2019-EX-10.1-Supply Agreement.txt',
           [r'(?m)^Miltenyi Biotec-Bellicum Supply Agreement \(Execution Copy, March 27, 2019\)\s*$',
            r'(?m)^MILTENYI & BELLICUM Supply Agreement \(Execution CopyMarch 27, 2019\)\s*$'], False),
 'antares': ('Antares Pharma, Inc. - Manufacturing Agreement.txt', [], False),
 'magenta': ('Magenta Therapeutics, Inc. - Master Development and Manufacturing Agreement.txt', [], False),
 'hemispherx': ('HEMISPHERX - Sales, Marketing, Distribution, and Supply Agreement.txt',
           [r'\{\*\*\*\} Confidential portions of this exhibit have been redacted and filed separately with the Commission pursuant to a confidential treatment request in accordance with Rule 24b-2 of the Securities Exchange Act of 1934, as amended\.\s+Page \d+ of \d+'], False),
 'paratek': ('ParatekPharmaceuticalsInc_20170505_10-KA_EX-10.29_10323872_EX-10.29_Outsourcing Agreement.txt',
           [r'(?m)^Source: PARATEK.*$',
            r'THIS EXHIBIT HAS BEEN REDACTED AND IS THE SUBJECT OF A CONFIDENTIAL TREATMENT REQUEST\. REDACTED MATERIAL IS MARKED WITH \[\* \* \*\] AND HAS BEEN FILED SEPARATELY WITH THE SECURITIES AND EXCHANGE COMMISSION\.',
            r'\s*CONFIDENTIAL\s+Page \d+ of \d+'], False),
 'biocept': ('BIOCEPTINC_08_19_2013-EX-10-COLLABORATION AGREEMENT.txt', [], False),
 'fusion': ('FUSIONPHARMACEUTICALSINC_06_05_2020-EX-10.17-Supply Agreement - FUSION.txt', [], False),
 'vaxcyte': ('VAXCYTE,INC_05_22_2020-EX-10.19-SUPPLY AGREEMENT.txt', [], False),
}

def clean(name):
    fn, drops, trailing_pageno = CFG[name]
    t = open(os.path.join(RAW, fn), encoding='utf-8').read()
    t = t.replace('\r', '').replace('\u00a0', ' ')
    if trailing_pageno:
        # page number at end of a page chunk, right before the Source footer
        t = re.sub(r' (\d{1,3}|[ivx]+)\s*\n\s*Source: ', '\nSource: ', t)
    for d in drops:
        t = re.sub(d, '', t, flags=re.M)
    # join page chunks: blank lines followed by a lowercase continuation
    t = re.sub(r'\n\s*\n\s*(?=[a-z(])', '\n\n', t)
    paras = [re.sub(r'[ \t]+', ' ', p).strip() for p in re.split(r'\n\s*\n', t)]
    paras = [p for p in paras if p]
    # re-join paragraphs that were split by a page break (previous ends without terminal punctuation, next starts lowercase)
    out = []
    for p in paras:
        if out and re.match(r'^[a-z]', p) and not re.search(r'[.:;]$', out[-1]):
            out[-1] = out[-1] + ' ' + p
        else:
            out.append(p)
    t = '\n\n'.join(out)
    # numbered sections on their own lines (after sentence end)
    t = re.sub(r'(?<=[.;:)\]]) (?=(?:\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?|ARTICLE \d+|Article \d+|Section \d+\.) (?:[A-Z"“\[]))', '\n', t)
    t = re.sub(r'(?<=[.;:)\]]) (?=\d{1,2}\. [A-Z][A-Z ;,&-]{3,}[.\s])', '\n', t)
    t = re.sub(r'\n{3,}', '\n\n', t)
    return t

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for n in (sys.argv[1:] or CFG):
        c = clean(n)
        open(os.path.join(OUT, n + '.txt'), 'w', encoding='utf-8').write(c)
        print(n, len(c))
