import sys, subprocess, io
from pypdf import PdfReader
repo, path, out = sys.argv[1:4]
b=subprocess.run(['git','-C',repo,'show','HEAD:'+path],capture_output=True).stdout
r=PdfReader(io.BytesIO(b))
with open(out,'w') as f:
    for i,p in enumerate(r.pages):
        f.write(f'\n=====PAGE {i+1}=====\n'+(p.extract_text() or ''))
print(path, len(r.pages))
