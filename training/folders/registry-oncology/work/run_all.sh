cd /work/train20/ta/work; A="ctti-clinicaltrials/aact"; AC=fed61152fa37dc9f022619150bfe76da4b271fad; H="hantswilliams/clinicaltrials_trec_2022"; HC=641e9188131aecffc0113c40202b0b41dec98888
conv(){ python3 convert.py raw/$1.xml ${OUT:-../docs}/$2 "Document kind: ClinicalTrials.gov study record ($1), converted from the registry XML to Label: value text | Source: ClinicalTrials.gov record $1 (US federal government work, public domain), copy in github.com/$3 at commit $4, file $5" $6; }
OUT=full conv NCT00023673 01_ctgov_NCT00023673_rtog_radiation_paclitaxel_carboplatin_nsclc.txt $A $AC spec/support/xml_data/NCT00023673.xml
conv NCT01065844 02_ctgov_NCT01065844_nelfinavir_adenoid_cystic.txt $A $AC spec/support/xml_data/NCT01065844.xml
conv NCT02679963 03_ctgov_NCT02679963_pipsen_olaparib_nsclc.txt $A $AC spec/support/xml_data/NCT02679963.xml
conv NCT00055614 04_ctgov_NCT00055614_topotecan_ovarian.txt $H $HC data/sample/NCT00055614.xml
conv NCT00739830 05_ctgov_NCT00739830_ridaforolimus_endometrial.txt $H $HC data/sample/NCT00739830.xml
conv NCT05380882 06_ctgov_NCT05380882_tqb2930_advanced_cancers.txt $H $HC data/sample/NCT05380882.xml
conv NCT05382364 07_ctgov_NCT05382364_tucatinib_chinese_participants.txt $H $HC data/sample/NCT05382364.xml
conv NCT05380479 08_ctgov_NCT05380479_mirtazapine_megestrol_cachexia.txt $H $HC data/sample/NCT05380479.xml
