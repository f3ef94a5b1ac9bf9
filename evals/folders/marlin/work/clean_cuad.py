#!/usr/bin/env python3
"""Clean CUAD PDF-to-text renderings: drop page footers/page numbers, put numbered sections on their own lines.
Wording is kept; only layout changes."""
import re, sys, os
RAW = os.path.join(os.path.dirname(__file__), 'raw')
OUT = os.path.join(os.path.dirname(__file__), 'clean')

def clean(t):
    t = t.replace('\r', '')
    # page footers
    t = re.sub(r'\*\*\*\s+Portions of this page have been omitted pursuant to a request for Confidential Treatment and filed separately with the Commission\.\s+\d+', '\n', t)
    t = re.sub(r'Source: [A-Z][^\n]*?\d{1,2}/\d{1,2}/\d{4}', '\n', t)
    t = re.sub(r'\n\s*\d{1,3}\s*\n', '\n', t)            # bare page numbers
    t = re.sub(r'\n\s*-?\s*\d{1,3}\s*-?\s*\n', '\n', t)
    # headings / numbered sections on their own line (only where the source has a run of spaces or a newline)
    t = re.sub(r'[ \t]{2,}(?=(?:Section )?\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\s)', '\n\n', t)
    t = re.sub(r'[ \t]{2,}(?=\d{1,2}\.\s+[A-Z])', '\n\n', t)
    t = re.sub(r'[ \t]{2,}(?=\([a-z]{1,3}\)\s)', '\n', t)
    t = re.sub(r'[ \t]{2,}(?=ARTICLE [IVXL0-9]+)', '\n\n', t)
    t = re.sub(r'[ \t]{2,}', ' ', t)
    t = re.sub(r' *\n *', '\n', t)
    t = re.sub(r'\n{3,}', '\n\n', t)
    return t.strip() + '\n'

if __name__ == '__main__':
    for fn in os.listdir(RAW):
        with open(os.path.join(RAW, fn), encoding='utf-8') as f:
            c = clean(f.read())
        with open(os.path.join(OUT, fn), 'w', encoding='utf-8') as f:
            f.write(c)
        print(fn, len(c))
