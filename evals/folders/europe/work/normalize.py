#!/usr/bin/env python3
"""Final normalisation applied to every file in ../docs (run once after extraction):
non-breaking spaces (U+00A0, U+202F) -> normal space; zero-width space removed;
private-use Symbol-font glyph U+F0B3 (a '>=' sign in the EUCTR source) -> '≥'."""
import os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'docs')
for f in sorted(os.listdir(D)):
    p = os.path.join(D, f)
    t = open(p, encoding='utf-8').read()
    t2 = t.replace('\xa0', ' ').replace('\u202f', ' ').replace('\u200b', '').replace('\uf0b3', '≥')
    if t2 != t:
        open(p, 'w', encoding='utf-8').write(t2)
