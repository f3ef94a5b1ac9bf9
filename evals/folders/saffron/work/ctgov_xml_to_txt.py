#!/usr/bin/env python3
"""Convert a legacy ClinicalTrials.gov XML record to plain text (layout only:
element names become labels, text blocks are kept verbatim apart from indentation).
usage: ctgov_xml_to_txt.py record.xml header_line > out.txt"""
import sys, textwrap, re
import xml.etree.ElementTree as ET

def label(tag):
    return tag.replace('_', ' ').capitalize()

def tb(text):
    t = textwrap.dedent(text.strip('\n')).strip()
    # re-join hard-wrapped lines inside paragraphs; keep blank lines and list markers
    out = []
    for para in re.split(r'\n\s*\n', t):
        lines = [l.strip() for l in para.split('\n')]
        buf = ''
        for l in lines:
            if re.match(r'^(-|\d+\.|\*|•)\s', l) and buf:
                out.append(buf); buf = l
            else:
                buf = (buf + ' ' + l).strip() if buf else l
        out.append(buf)
        out.append('')
    return '\n'.join(out).strip()

LEAF_SECTIONS = set()
def emit(el, depth, out):
    children = list(el)
    if el.tag == 'textblock':
        out.append(tb(el.text or '')); return
    if not children:
        txt = (el.text or '').strip()
        if txt and el.attrib and el.tag in ('participants', 'measurement', 'count'):
            attrs = ' '.join(f'{k}={v}' for k, v in el.attrib.items())
            out.append(f"{label(el.tag)}: {attrs} | {txt}")
        elif txt:
            attrs = ' '.join(f'({v})' for k, v in el.attrib.items())
            out.append(f"{label(el.tag)}{(' ' + attrs) if attrs else ''}: {txt}")
        elif el.attrib:
            attrs = ' '.join(f'{k}={v}' for k, v in el.attrib.items())
            out.append(f"{label(el.tag)}: {attrs}")
        return
    # element with children
    if el.tag.endswith('_list') or el.tag in ('class', 'category', 'clinical_results'):
        for c in children:
            if c.tag == 'title' and el.tag in ('class', 'category'):
                out.append(f"{label(el.tag)}: {(c.text or '').strip()}")
            else:
                emit(c, depth if el.tag.endswith('_list') else depth, out)
        return
    if el.tag in ('location', 'overall_official', 'overall_contact', 'responsible_party'):
        leaves = [(x.text or '').strip() for x in el.iter() if len(list(x)) == 0 and (x.text or '').strip()]
        out.append(f"{label(el.tag)}: " + ' | '.join(leaves))
        return
    if len(children) == 1 and children[0].tag == 'textblock':
        out.append(''); out.append(label(el.tag)); out.append(tb(children[0].text or '')); return
    simple = all(len(list(c)) == 0 for c in children)
    if simple and depth >= 1:
        parts = []
        for c in children:
            txt = (c.text or '').strip()
            attrs = ' '.join(f'{k}={v}' for k, v in c.attrib.items())
            if txt or attrs:
                parts.append(f"{label(c.tag)}: {txt}{(' [' + attrs + ']') if attrs else ''}".replace(':  [', ': ['))
        attrs = ' '.join(f'{k}={v}' for k, v in el.attrib.items())
        out.append(f"{label(el.tag)}{(' [' + attrs + ']') if attrs else ''} | " + ' | '.join(parts))
        return
    out.append('')
    attrs = ' '.join(f'{k}={v}' for k, v in el.attrib.items())
    out.append(('#' * min(depth + 1, 4)) + ' ' + label(el.tag) + ((' [' + attrs + ']') if attrs else ''))
    for c in children:
        emit(c, depth + 1, out)

def main():
    root = ET.parse(sys.argv[1]).getroot()
    out = [sys.argv[2]]
    for c in root:
        emit(c, 0, out)
    text = '\n'.join(out)
    text = re.sub(r'\n{3,}', '\n\n', text)
    print(text.strip())

main()
