import sys,re,html
t=sys.stdin.read()
t=re.sub(r'(?is)<(script|style).*?</\1>','',t)
t=re.sub(r'(?i)<br\s*/?>','\n',t)
t=re.sub(r'(?i)</(p|div|tr|h\d|li|table)>','\n',t)
t=re.sub(r'(?i)</t[dh]>',' | ',t)
t=re.sub(r'<[^>]+>','',t)
t=html.unescape(t).replace('\xa0',' ')
lines=[re.sub(r'[ \t]+',' ',l).strip(' |') for l in t.split('\n')]
out=[];
for l in lines:
    l=l.strip()
    if l: out.append(l)
print('\n'.join(out))
