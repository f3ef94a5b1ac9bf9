"""Mechanical HTML -> text used for the SEC filings (Lisata 14D-9, J&J 10-K, AEON 10-Q):
scripts/styles and the inline-XBRL header dropped, <br> and block-end tags -> newlines,
table cells -> ' | ', remaining tags removed, entities unescaped, whitespace collapsed."""
import re, html, sys
s = open(sys.argv[1], encoding='utf-8', errors='replace').read()
s = re.sub(r'(?is)<(script|style).*?</\1>', '', s)
s = re.sub(r'(?is)<ix:header>.*?</ix:header>', '', s)
s = re.sub(r'(?i)<br\s*/?>', '\n', s)
s = re.sub(r'(?i)</(p|div|tr|h\d|li|table)>', '\n', s)
s = re.sub(r'(?i)</t[dh]>', ' | ', s)
s = re.sub(r'<[^>]+>', '', s)
s = html.unescape(s).replace('\xa0', ' ')
s = re.sub(r'[ \t]+', ' ', s)
s = re.sub(r'\n\s*\n+', '\n\n', s)
sys.stdout.write(s)
