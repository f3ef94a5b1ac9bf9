#!/usr/bin/env python3
# layout-only fixes of pdf-table artefacts after build.sh
import re
D='/work/train20/tg/docs/'
def sub(fn, old, new):
    p=D+fn; t=open(p,encoding='utf-8').read()
    assert old in t, (fn, old[:60]); t=t.replace(old,new); open(p,'w',encoding='utf-8').write(t)
sub('03_epar-assessment-report_lumasiran-oxlumo.txt',
 "The applicant submitted the responses to the CHMP List of Outstanding | 22 September 2020\nIssues on The Rapporteurs circulated",
 "The applicant submitted the responses to the CHMP List of Outstanding Issues on | 22 September 2020\nThe Rapporteurs circulated")
t=open(D+'03_epar-assessment-report_lumasiran-oxlumo.txt',encoding='utf-8').read()
t=re.sub(r"Protocol assistance The applicant received the following Protocol assistance.*?\n• Adequacy of the envisaged clinical data package \(efficacy and safety\) to support B/R assessment at the time of MAA\n","[...]\n",t,flags=re.S)
open(D+'03_epar-assessment-report_lumasiran-oxlumo.txt','w',encoding='utf-8').write(t)

import glob
for p in glob.glob(D+'*.txt'):
    t=open(p,encoding='utf-8').read()
    t=t.replace('Error! Unknown document property name.\n','').replace(' Error! Unknown document property name.','').replace('Error! Unknown document property name. ','')
    t=t.replace('\uf0b7','•')
    open(p,'w',encoding='utf-8').write(t)
