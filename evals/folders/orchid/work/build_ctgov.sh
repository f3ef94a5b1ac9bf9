#!/bin/sh
# rebuild the ClinicalTrials.gov documents from work/raw/ XML
cd "$(dirname "$0")/.."
python3 work/ctgov2txt.py work/raw/NCT00056407.xml docs/03_ctgov_NCT00056407_reduce_dutasteride_results.txt "ClinicalTrials.gov study record with results - NCT00056407, REDUCE (dutasteride, prostate cancer risk reduction), Phase 3, GlaxoSmithKline (legacy XML, via hantswilliams/clinicaltrials_trec_2022) - excerpt" 12 8 skip_events
python3 work/ctgov2txt.py work/raw/NCT05481619.xml docs/04_ctgov_NCT05481619_vedolizumab_microecology.txt "ClinicalTrials.gov study record (registration) - NCT05481619, vedolizumab intestinal microecology, Phase 4 (legacy XML, via hantswilliams/clinicaltrials_trec_2022)"
python3 work/ctgov2txt.py work/raw/NCT05380934.xml docs/05_ctgov_NCT05380934_tqh3821_phase1.txt "ClinicalTrials.gov study record (registration) - NCT05380934, TQH3821 Phase 1, Chia Tai Tianqing Pharmaceutical Group (legacy XML, via hantswilliams/clinicaltrials_trec_2022)"
python3 work/ctgov2txt.py work/raw/NCT02988895.xml docs/06_ctgov_NCT02988895_episcleral_brachytherapy_wet_amd.txt "ClinicalTrials.gov study record (registration) - NCT02988895, episcleral brachytherapy for wet AMD, Phase 2 (legacy XML, via ctti-clinicaltrials/aact)"
python3 work/ctgov2txt.py work/raw/NCT01339988.xml docs/07_ctgov_NCT01339988_busulfan_cyclophosphamide.txt "ClinicalTrials.gov study record (registration) - NCT01339988, busulfan and cyclophosphamide conditioning, Phase 4 (legacy XML, via ctti-clinicaltrials/aact)"
