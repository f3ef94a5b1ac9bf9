import re, html, sys, subprocess
def html2text(s):
    s = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', '', s)
    # tables
    def table(m):
        rows = re.findall(r'(?is)<tr[^>]*>(.*?)</tr>', m.group(0))
        out=[]
        for r in rows:
            cells = re.findall(r'(?is)<t[hd][^>]*>(.*?)</t[hd]>', r)
            cells = [re.sub(r'\s+',' ',re.sub(r'(?s)<[^>]+>',' ',c)).strip() for c in cells]
            out.append(' | '.join(cells))
        return '\n'+'\n'.join(out)+'\n'
    s = re.sub(r'(?is)<table.*?</table>', table, s)
    s = re.sub(r'(?i)<br\s*/?>', '\n', s)
    s = re.sub(r'(?i)<li[^>]*>', '\n- ', s)
    s = re.sub(r'(?i)</(p|h[1-6]|div|ul|ol|li|tr)>', '\n', s)
    s = re.sub(r'(?i)<(p|h[1-6]|div|ul|ol)[^>]*>', '\n', s)
    s = re.sub(r'(?s)<[^>]+>', '', s)
    s = html.unescape(s)
    lines=[re.sub(r'[ \t]+',' ',l).strip() for l in s.split('\n')]
    out=[]; 
    for l in lines:
        if l=='' and (not out or out[-1]==''): continue
        out.append(l)
    return '\n'.join(out).strip()
