import re, subprocess, pypdf, html
D='/work/blind/yarrow/docs/'
# CRL
r=pypdf.PdfReader('/work/blind/yarrow/work/crl_214012.pdf')
pages=[p.extract_text() for p in r.pages]
out=[]
for i,t in enumerate(pages):
    lines=[l.rstrip() for l in t.split('\n')]
    out.append('\n'.join(lines))
txt='\n\n'.join(out)
# join wrapped lines within paragraphs: keep simple - join lines that end without period and next starts lowercase
lines=txt.split('\n'); res=[]
for l in lines:
    if res and res[-1] and l and (l[0].islower() or l[0] in '(') and not res[-1].endswith(('.',':')) and not re.match(r'^\(\d\)',l):
        res[-1]=res[-1].rstrip()+' '+l.strip()
    else: res.append(l)
hdr=("FDA COMPLETE RESPONSE LETTER - NDA 214012 (inclisiran injection), Novartis Pharmaceuticals Corporation\n"
"Source: FDA Drugs@FDA 'Other Action Letters' PDF 214012Orig1s000, as stored in GitHub GMPKit/fda-complete-response-letters, pdf-original-crl/214012_2022_Orig1s000OtherActionLtrs.pdf\n"
"Conversion: PDF text extraction; wrapped lines joined; page headers kept; '(b) (4)' marks FDA redactions as in the PDF.\n\n")
open(D+'01_fda_crl_inclisiran_nda214012.txt','w').write(hdr+'\n'.join(res).strip()+'\n')
# leaflet
src=subprocess.run(['git','-C','/work/.mirror/joofio+test-epi-composition/repo','show','HEAD:input/fsh/examples/leqvio.fsh'],capture_output=True,text=True).stdout
secs=re.findall(r'\* title =\s*"([^"]*)".*?text\.div = """(.*?)"""',src,re.S)
body=[]
for title,div in secs:
    if title.startswith('TEST PURPOSES'):
        if body: break
        continue
    t=div
    t=t.replace('\n',' ')
    t=re.sub(r'<br\s*/?>',' ',t)
    t=re.sub(r'</(p|li|h\d|tr|ol|ul|div)>','\n',t)
    t=re.sub(r'<li>','- ',t)
    t=re.sub(r'<(td|th)[^>]*>',' | ',t)
    t=re.sub(r'<[^>]+>','',t)
    t=html.unescape(t)
    paras=[]
    for para in t.split('\n'):
        para=re.sub(r'\s+',' ',para).strip()
        if para: paras.append(para)
    b='\n'.join(paras)
    i=b.find('For any information about this medicine, please contact the local')
    j=b.find('This leaflet was last revised in')
    if i>=0 and j>i: b=b[:i]+'For any information about this medicine, please contact the local representative of the Marketing Authorisation Holder: [...]\n'+b[j:]
    body.append('## '+title.strip()+'\n'+b)
hdr2=("EU PACKAGE LEAFLET - Leqvio (inclisiran) 284 mg solution for injection in pre-filled syringe\n"
"Marketing authorisation number (composition identifier): EU/1/20/1494/001\n"
"Source: EMA product information, as encoded (FHIR ePI composition, 'TEST PURPOSES ONLY' test file) in GitHub joofio/test-epi-composition, input/fsh/examples/leqvio.fsh\n"
"Conversion: HTML in text.div converted to plain text; section titles kept as '## title'; list items as '- '; the list of local representatives (garbled characters in the source) cut with [...]; the Danish-language composition that follows in the same file omitted.\n\n")
open(D+'02_ema_package_leaflet_leqvio_inclisiran.txt','w').write(hdr2+'\n\n'.join(body)+'\n')
