import re, sys
def reflow(lines):
    L=[l.rstrip() for l in lines]
    L=[l for l in L if l.strip() and not re.fullmatch(r'\s*(Table of Contents|=====PAGE \d+=====|\d{1,3})\s*',l)]
    out=[]; cur=''
    for i,l in enumerate(L):
        l=l.strip()
        nxt=L[i+1].strip() if i+1<len(L) else ''
        cur = ((cur+l) if cur.endswith("-") and not cur.endswith(" -") else (cur+" "+l)) if cur else l
        heading = len(l)<70 and not re.search(r'[,;]$',l) and not l.endswith('.') and (nxt[:1].isupper() or nxt[:1] in '(•$') and not cur!=l
        endpara = nxt.startswith('•') or (len(l)<135 and re.search(r'[.:;]$|\)$',l)) or heading or l.startswith('TABLEROW')
        if endpara:
            out.append(cur); cur=''
    if cur: out.append(cur)
    return '\n\n'.join(out)+'\n'
if __name__=='__main__':
    src=open(sys.argv[1]).read().split('\n')
    a,b=int(sys.argv[2]),int(sys.argv[3])
    sys.stdout.write(reflow(src[a-1:b]))
