#!/usr/bin/env python3
"""Convert the English Composition of an ePI FSH file (joofio/test-epi-composition)
into plain text: section titles as headings, HTML paragraphs as lines, list items as '- ' bullets."""
import html, re, sys

src, dst = sys.argv[1], sys.argv[2]
text = open(src, encoding="utf-8").read()
# keep only the English instance
parts = re.split(r'(?m)^Instance: ', text)
eng = [p for p in parts if '* language = #en' in p][0]
out = []
for m in re.finditer(r'\* title = +"(.*?)"\n(.*?)text\.div = """(.*?)"""', eng, re.S):
    title, div = m.group(1), m.group(3)
    if title.startswith('TEST PURPOSES'):
        continue
    body = div
    body = re.sub(r'<li>\s*', '\n- ', body)
    body = re.sub(r'</(p|h\d|li|ol|ul)>', '\n', body)
    body = re.sub(r'<br\s*/?>', '\n', body)
    body = re.sub(r'<[^>]+>', '', body)
    body = html.unescape(body)
    lines = []
    for para in re.split(r'\n\s*\n|\n(?=- )', body):
        para = ' '.join(para.split())
        if para and para != 'unavailable':
            lines.append(para)
    out.append('## ' + title)
    out.extend(lines)
    out.append('')
open(dst, 'w', encoding='utf-8').write('\n'.join(out))
