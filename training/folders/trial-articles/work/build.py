# Input: git -C /work/.mirror/jayded+evidence-inference/repo archive b9831b6 annotations/xml_files | tar -x -C ei  (run from work/)
import re,subprocess,os
DOCS=[
 ('PMC5976950','01_article_tich2_tranexamic_acid_intracerebral_haemorrhage.txt','Lancet 2018'),
 ('PMC5723032','02_article_scarlet_road_gantenerumab_prodromal_alzheimers.txt','Alzheimers Res Ther 2017'),
 ('PMC5818014','03_article_arimoclomol_sod1_als.txt','Neurology 2018'),
 ('PMC5446410','04_article_dsm265_malaria_chemoprophylaxis_phase1.txt','Lancet Infect Dis 2017'),
 ('PMC5462369','05_article_single_dose_primaquine_cambodia.txt','PLoS ONE 2017'),
 ('PMC5301372','06_article_dovitinib_fulvestrant_breast_cancer_phase2.txt','Breast Cancer Res 2017'),
 ('PMC4169371','07_article_amphotericin_b_emulsion_visceral_leishmaniasis.txt','PLoS Negl Trop Dis 2014'),
 ('PMC4632359','08_article_tofacitinib_monotherapy_pro_rheumatoid_arthritis.txt','Arthritis Res Ther 2015'),
 ('PMC5555437','09_article_convert_chemoradiotherapy_small_cell_lung_cancer.txt','Lancet Oncol 2017'),
 ('PMC4805129','10_article_iron_isomaltoside_ckd_anaemia.txt','Nephrol Dial Transplant 2016'),
]
import sys
sys.path.insert(0,'.')
from conv import convert
os.makedirs('../docs',exist_ok=True)
for pmc,fn,cit in DOCS:
    t=convert('ei/annotations/xml_files/%s.nxml'%pmc)
    lines=t.split('\n')
    if len(t)>39000:
        # cut Discussion section body
        out=[];skip=False
        for i,l in enumerate(lines):
            prev=lines[i-1] if i else ''
            ishead= prev=='' and 0<len(l)<80
            if ishead and l=='Discussion':
                out.append(l); out.append('[...]'); skip=True; continue
            if skip and ishead and l in ('Conclusions','Conclusion','Supplementary Material'):
                skip=False
            if not skip: out.append(l)
        t='\n'.join(out)
    title=lines[0]
    header='Document kind: Open-access journal article (randomised clinical trial report; JATS full text converted to plain text, tables as rows) — %s | Source: PubMed Central %s, file annotations/xml_files/%s.nxml in GitHub jayded/evidence-inference (commit b9831b6c59b52ac2d277f757d413ececf0949a8d) | Licence: CC %s'%(cit,pmc,pmc,'0 1.0 (public domain dedication)' if pmc=='PMC5462369' else 'BY 4.0')
    open('../docs/'+fn,'w',encoding='utf-8').write(header+'\n'+t.rstrip()+'\n')
    print(fn,len(header)+len(t))
