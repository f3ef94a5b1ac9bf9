import json, sys
sys.path.insert(0,'.')
from convert import conv
d={x['drugName']:x for x in json.load(open('Labels.json'))}
SRC="devspelunk/ai-enhanced-medicine, Labels.json, commit bec04079667b2e79b85baf0ca8bf196544665454"
def sec(name, key):
    return conv(d[name]['label'].get(key,''))
def build(fn, name, keys, maxlen=39000, kind="FDA prescribing information (DailyMed SPL label sections)"):
    L=d[name]['label']
    head=f"Document kind: {kind} — {L['title']} ({L['genericName']}), {L['labelerName']}, SPL set ID {d[name]['setId']}, effective {L['effectiveTime']} | Source: {SRC} (US federal government work, public domain)"
    parts=[head]
    meta=[f"Label: {L['title']}", f"Generic name: {L['genericName']}", f"Labeler: {L['labelerName']}", f"Product type: {L['productType']}", f"Effective time: {L['effectiveTime']}", f"Set ID: {d[name]['setId']}"]
    parts.append('\n'.join(meta))
    for k in keys:
        if isinstance(k, tuple): k, lim = k
        else: lim=None
        t=sec(name,k)
        if not t: continue
        if lim and len(t)>lim:
            lines=t.split('\n'); acc=[]; n=0
            for l in lines:
                if n+len(l)>lim: break
                acc.append(l); n+=len(l)+1
            t='\n'.join(acc)+'\n[...]'
        parts.append(t)
    txt='\n\n'.join(parts)+'\n'
    open('../docs/'+fn,'w').write(txt)
    print(fn, len(txt))
B=['boxedWarning','indicationsAndUsage','dosageAndAdministration','dosageFormsAndStrengths','contraindications','warningsAndPrecautions']
build('01_label_emgality_galcanezumab.txt','Emgality',['indicationsAndUsage','dosageAndAdministration','dosageFormsAndStrengths','contraindications','warningsAndPrecautions','adverseReactions','clinicalStudies','howSupplied'])
build('02_label_olumiant_baricitinib.txt','Olumiant',['boxedWarning','indicationsAndUsage',('dosageAndAdministration',6000),'dosageFormsAndStrengths',('adverseReactions',9000),('clinicalStudies',14000),'howSupplied'])
build('03_label_mounjaro_tirzepatide.txt','Mounjaro',B+[('adverseReactions',9000),('clinicalStudies',14000),'howSupplied'])
build('04_label_jaypirca_pirtobrutinib.txt','Jaypirca',['indicationsAndUsage','dosageAndAdministration','dosageFormsAndStrengths',('warningsAndPrecautions',5000),('adverseReactions',9000),'clinicalStudies','howSupplied'])
build('05_label_taltz_ixekizumab.txt','Taltz',['indicationsAndUsage',('dosageAndAdministration',5000),'dosageFormsAndStrengths','contraindications',('adverseReactions',8000),('clinicalStudies',17000),'howSupplied'])
build('06_label_trulicity_dulaglutide.txt','Trulicity Demo Pen',B+[('adverseReactions',12000),'howSupplied'])
build('07_label_trulicity_dulaglutide_clinical_studies.txt','Trulicity Demo Pen',[('clinicalStudies',33000)], kind="FDA prescribing information excerpt (Section 14 Clinical Studies, DailyMed SPL)")
build('08_label_verzenio_abemaciclib.txt','Verzenio',['indicationsAndUsage',('dosageAndAdministration',7000),'dosageFormsAndStrengths',('adverseReactions',9000),('clinicalStudies',14000),'howSupplied'])
# remove Olumiant 14.2 COVID-19 (remdesivir combination trials; see AVOID.md)
p='../docs/02_label_olumiant_baricitinib.txt'
L=open(p).read().split('\n')
if '14.2 COVID-19' in L:
    i=L.index('14.2 COVID-19'); j=L.index('[...]',i); L=L[:i]+L[j:]
    open(p,'w').write('\n'.join(L))
