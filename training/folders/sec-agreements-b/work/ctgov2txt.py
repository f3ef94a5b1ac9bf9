#!/usr/bin/env python3
"""ClinicalTrials.gov legacy XML -> 'Label: value' text (layout only)."""
import xml.etree.ElementTree as ET, re, sys, textwrap
def lab(tag): return tag.replace('_', ' ').capitalize()
def txt(s):
    s = textwrap.dedent(s or '').strip('\n')
    paras = [' '.join(p.split()) for p in re.split(r'\n\s*\n', s)]
    return '\n'.join(p for p in paras if p)
def attrs(e): return ''.join(f' [{k.replace("_"," ")}: {v}]' for k, v in e.attrib.items())
def walk(e, depth, out):
    kids = list(e)
    if e.tag == 'textblock':
        out.append(txt(e.text)); return
    if not kids:
        v = txt(e.text)
        if not v and e.attrib:
            out.append(lab(e.tag) + ' | ' + ' | '.join(f'{k.replace("_"," ")}: {x}' for k, x in e.attrib.items()))
        elif '\n' in v: out.append(f'{lab(e.tag)}{attrs(e)}:'); out.append(v)
        else: out.append(f'{lab(e.tag)}{attrs(e)}: {v}')
        return
    if len(kids) == 1 and kids[0].tag == 'textblock':
        out.append(f'{lab(e.tag)}:'); out.append(txt(kids[0].text)); return
    if e.tag.endswith('_list') or e.tag in ('category', 'measurement_list'):
        for k in kids: walk(k, depth + 1, out)
        return
    if depth == 0: out.append(''); out.append(lab(e.tag).upper())
    else: out.append(f'{lab(e.tag)}{attrs(e)}:')
    for k in kids: walk(k, depth + 1, out)
root = ET.parse(sys.argv[1]).getroot()
out = []
for c in root:
    if c.tag in ('required_header',): continue
    walk(c, 0, out)
print('\n'.join(out).strip())
