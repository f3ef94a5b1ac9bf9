"""Mechanical conversion of a ClinicalTrials.gov legacy XML record to 'Label: value' text.
Tag names become labels (underscores -> spaces, first letter capitalised); attributes in parentheses;
nested elements get a [Section] heading; hard-wrapped lines inside textblocks are re-joined
(bullet items '-' kept on their own lines); XML comments dropped."""
import sys, re, xml.etree.ElementTree as ET
root = ET.fromstring(open(sys.argv[1], encoding='utf-8').read())
out = []
def lab(tag): return tag.replace('_', ' ').capitalize()
def block(t):
    paras = re.split(r'\n\s*\n', t.strip('\n'))
    res = []
    for p in paras:
        lines = [l.strip() for l in p.split('\n') if l.strip()]
        joined = []
        for l in lines:
            if l.startswith('-') or not joined:
                joined.append(re.sub(r'^-\s+', '- ', l))
            else:
                joined[-1] += ' ' + l
        res.append('\n'.join(joined))
    return '\n\n'.join(res)
def walk(el, depth, prev_block):
    kids = list(el)
    if el.tag == 'textblock':
        out.append(block(el.text or '')); return True
    if not kids:
        txt = (el.text or '').strip()
        attrs = ''.join(f' ({v})' for v in el.attrib.values())
        if txt:
            if prev_block and depth == 0: out.append('')
            out.append(f"{lab(el.tag)}{attrs}: {txt}")
        return False
    out.append(''); out.append(f"[{lab(el.tag)}]")
    pb = False
    for k in kids: pb = walk(k, depth+1, pb)
    return True
pb = False
for k in root: pb = walk(k, 0, pb)
print(re.sub(r'\n{3,}', '\n\n', '\n'.join(out)).strip())
