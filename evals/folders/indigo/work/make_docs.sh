#!/bin/sh
# Rebuild docs/ from the mirrored snapshots (gautamgauri/suchi-cancer-bot @ 9d13739..., ctti-clinicaltrials/aact @ 5a06028... and 4a51e27...).
# Header lines are given in full in SOURCES.md / each doc's first line; this script records the commands used.
set -e
cd "$(dirname "$0")/.."
P=suchi_phase1_pack/kb/en/02_nci_core/cancer-types
python3 work/nci_to_txt.py $P/types-colorectal-research-tas-102-overall-survival.md docs/01_nci-results_tas102_colorectal.txt "$(head -1 docs/01_*.txt)"
python3 work/nci_to_txt.py $P/types-breast-research-palbociclib-hormone-receptor-positive.md docs/02_nci-results_palbociclib_breast.txt "$(head -1 docs/02_*.txt)"
python3 work/nci_to_txt.py $P/types-breast-research-ribociclib-metastatic-breast.md docs/03_nci-results_ribociclib_breast.txt "$(head -1 docs/03_*.txt)"
python3 work/nci_to_txt.py $P/types-prostate-research-enzalutamide-metastatic.md docs/04_nci-results_enzalutamide_prostate.txt "$(head -1 docs/04_*.txt)"
python3 work/nci_to_txt.py $P/types-prostate-research-radium-223-improves-survival.md docs/05_nci-results_radium223_prostate.txt "$(head -1 docs/05_*.txt)"
python3 work/nci_to_txt.py $P/types-breast-research-star-trial-results-qa.md docs/06_nci-qa_star_tamoxifen_raloxifene.txt "$(head -1 docs/06_*.txt)"
python3 work/ctgov_json_to_txt.py spec/support/json_data/NCT00763412.json docs/07_ctgov-results_NCT00763412_repaglinide_cf.txt "$(head -1 docs/07_*.txt)"
python3 work/ctgov_xml_to_txt.py spec/support/xml_data/NCT02958956.xml docs/08_ctgov-results_NCT02958956_pioglitazone_cohort.txt "$(head -1 docs/08_*.txt)" --skip reported_events,location
sh work/cuts.log
python3 work/ctgov_xml_to_txt.py spec/support/xml_data/NCT03521479.xml docs/09_ctgov-record_NCT03521479_sadbe_herpes_labialis.txt "$(head -1 docs/09_*.txt)"
python3 work/ctgov_xml_to_txt.py spec/support/xml_data/NCT04349592_covid_19_hcq.xml docs/10_ctgov-record_NCT04349592_hcq_azithromycin_covid19.txt "$(head -1 docs/10_*.txt)" --commit 4a51e274f5fa7a0d076169949911886dc5a9cc21
python3 work/build_questions.py
