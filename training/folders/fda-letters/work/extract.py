import sys, os, glob
from pypdf import PdfReader
os.makedirs('txt', exist_ok=True)
for p in sorted(glob.glob('pdf/*.pdf')):
    try:
        r = PdfReader(p)
        t = "\n".join((pg.extract_text() or "") for pg in r.pages)
    except Exception as e:
        t = ""
    open('txt/'+os.path.basename(p)[:-4]+'.txt','w').write(t)
