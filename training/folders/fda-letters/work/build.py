import subprocess
docs = [
 ("01_crl_neffy_epinephrine_nasal_nda214697.txt","214697_2025_Orig1s000OtherActionLtrs","NDA 214697, Neffy (epinephrine nasal spray), ARS Pharmaceuticals"),
 ("02_crl_jatenzo_testosterone_undecanoate_nda206089.txt","206089_2019_Orig1s000OtherActionLtrs","NDA 206089, Jatenzo (testosterone undecanoate), Clarus Therapeutics"),
 ("03_crl_vyondys53_golodirsen_nda211970.txt","211970_2019_Orig1s000OtherActionLtrs","NDA 211970, Vyondys 53 (golodirsen), Sarepta Therapeutics"),
 ("04_crl_arimoclomol_nda214927.txt","214927_2024_Orig1s000OtherActionLtrs","NDA 214927, arimoclomol capsules, Orphazyme"),
 ("05_crl_twirla_levonorgestrel_ee_patch_nda204017.txt","204017_2020_Orig1s000OtherActionLtrs","NDA 204017, levonorgestrel/ethinyl estradiol transdermal system, Agile Therapeutics"),
 ("06_crl_rykindo_risperidone_nda212849.txt","212849_2024_Orig1s000OtherActionLtrs","NDA 212849, Rykindo (risperidone) extended-release injectable suspension"),
 ("07_crl_risvan_risperidone_ism_nda214835.txt","Pages from 214835Orig1s000_ORIGINAL_APPROVAL_PACKAGE","NDA 214835, Risvan (risperidone ISM), Laboratorios Farmaceuticos ROVI"),
 ("08_crl_concizumab_bla761315.txt","761315_2025_Orig1s000OtherActionLtrs","BLA 761315, concizumab (NNC0172-2021), Novo Nordisk"),
]
import os
for fn, src, desc in docs:
    hdr = f"Document kind: FDA complete response letter(s) (CDER 'Other Action Letters', {desc}), FDA PDF {src}.pdf converted to text | Source: copy in github.com/GMPKit/fda-complete-response-letters, pdf-original-crl/ (US federal government work, public domain)"
    subprocess.run(["python3","clean.py",f"txt/{src}.txt",f"../docs/{fn}",hdr],check=True)
