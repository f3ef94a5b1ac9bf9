import re, subprocess, os
OUT='/work/blind22/gamma/docs'
NCI='/work/.mirror/gautamgauri+suchi-cancer-bot/repo'
P='suchi_phase1_pack/kb/en/02_nci_core/'
URLS={}
def nci(path):
    t=subprocess.run(['git','-C',NCI,'show','HEAD:'+P+path],capture_output=True,text=True).stdout
    m=re.search(r'^url: (\S+)',t,re.M); URLS[path]=m.group(1)
    t=re.sub(r'^---\n.*?\n---\n','',t,flags=re.S)
    t=re.sub(r'!\[[^\]]*\]\([^)]*\)','',t)
    t=re.sub(r'\[([^\]]*)\]\([^)]*\)',r'\1',t)
    t=t.replace('**','')
    lines=[]
    for l in t.split('\n'):
        l=re.sub(r'^#+\s*','',l)
        l=re.sub(r'^\s*[-*]\s+','- ',l)
        lines.append(l.rstrip())
    t='\n'.join(lines)
    t=re.sub(r'\n{3,}','\n\n',t).strip()+'\n'
    return t
HDR=re.compile(r'^(BLA \d+|Page \d+|U\.S\. Food and Drug Administration|Silver Spring, MD 20993|www\.fda\.gov|Reference ID: \d+)\s*$')
def pdf(txt):
    raw=[l.rstrip() for l in open(txt).read().split('\n')]
    raw=[l for l in raw if not HDR.match(l.strip())]
    out=[];cur='';prevlen=99
    def flush():
        nonlocal cur
        if cur.strip(): out.append(cur.strip())
        cur=''
    for l in raw:
        s=l.strip()
        if not s: flush(); continue
        heading = s.isupper() and len(s)>3 and not s.startswith('(')
        starts_item = bool(re.match(r'^(\d+\.|[a-h]\.|)\s',s)) or s.startswith('\uf0b7')
        if heading or starts_item:
            flush(); cur=s
            if heading: flush()
            prevlen=len(s)
            continue
        if cur and prevlen<58 and not cur.endswith('-'):
            flush(); cur=s
        elif cur.endswith('-') and not cur.endswith(' -'):
            cur+=s
        elif cur and re.search(r'[.:;"]$',cur) and re.match(r'^[A-Z]',s) and len(raw)>0 and False:
            flush(); cur=s
        else:
            cur=(cur+' '+s) if cur else s
        prevlen=len(s)
    flush()
    return '\n\n'.join(out)+'\n'
docs=[
 ('01_fda-crl_cosibelimab_bla761297.txt','Document kind: FDA complete response letter (CDER Other Action Letters, BLA 761297, cosibelimab (CK-301), Checkpoint Therapeutics) | Source: FDA PDF 761297_2025_Orig1s000OtherActionLtrs.pdf as stored in GitHub GMPKit/fda-complete-response-letters, text extracted from the PDF','pdf','/work/blind22/gamma/work/761297_2025.txt'),
 ('02_fda-crl_sutimlimab_bla761164.txt','Document kind: FDA complete response letter (CDER Other Action Letters, BLA 761164, sutimlimab, Bioverativ USA Inc.) | Source: FDA PDF 761164_2022_Orig1s000OtherActionLtrs.pdf as stored in GitHub GMPKit/fda-complete-response-letters, text extracted from the PDF','pdf','/work/blind22/gamma/work/761164_2022.txt'),
 ('03_nci-trial-results_obinutuzumab_chlorambucil_cll.txt','Document kind: NCI trial results summary (cancer.gov research article) | Source: https://www.cancer.gov/types/leukemia/research/obinutuzumab-chlorambucil-cll as stored in GitHub gautamgauri/suchi-cancer-bot','nci','cancer-types/types-leukemia-research-obinutuzumab-chlorambucil-cll.md'),
 ('04_nci-trial-results_sorafenib_thyroid.txt','Document kind: NCI trial results summary (cancer.gov research article) | Source: https://www.cancer.gov/types/thyroid/research/sorafenib as stored in GitHub gautamgauri/suchi-cancer-bot','nci','cancer-types/types-thyroid-research-sorafenib.md'),
 ('05_nci-trial-results_pomalidomide_myeloma.txt','Document kind: NCI trial results summary (cancer.gov research article) | Source: https://www.cancer.gov/types/myeloma/research/pomalidomide-dexamethasone as stored in GitHub gautamgauri/suchi-cancer-bot','nci','cancer-types/types-myeloma-research-pomalidomide-dexamethasone.md'),
 ('06_nci-trial-results_crizotinib_lung.txt','Document kind: NCI trial results summary (cancer.gov research article) | Source: https://www.cancer.gov/types/lung/research/crizotinib as stored in GitHub gautamgauri/suchi-cancer-bot','nci','cancer-types/types-lung-research-crizotinib.md'),
 ('07_nci-trial-qa_select_prostate_prevention.txt','Document kind: NCI trial questions and answers fact sheet (SELECT trial results, cancer.gov) | Source: https://www.cancer.gov/types/prostate/research/select-trial-results-qa as stored in GitHub gautamgauri/suchi-cancer-bot','nci','cancer-types/types-prostate-research-select-trial-results-qa.md'),
 ('08_nci-drug-information_atezolizumab.txt','Document kind: NCI drug information summary (cancer.gov drug page, approved uses and FDA approval links) | Source: https://www.cancer.gov/about-cancer/treatment/drugs/atezolizumab as stored in GitHub gautamgauri/suchi-cancer-bot','nci','treatment/about-cancer-treatment-drugs-atezolizumab.md'),
]
os.makedirs(OUT,exist_ok=True)
for fn,hdr,kind,src in docs:
    body = pdf(src) if kind=='pdf' else nci(src)
    open(os.path.join(OUT,fn),'w').write(hdr+'\n\n'+body)
    print(fn,len(hdr)+len(body))
print(URLS)
