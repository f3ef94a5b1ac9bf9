set -e
D=/work/train21/protocols/docs
X=/work/train21/protocols/work/xml
H="Document kind: ClinicalTrials.gov protocol registration record (protocol section: design, eligibility, arms and interventions, outcome measures), converted from the registry's legacy XML export to Label: value text | Source: ClinicalTrials.gov record"
C="(copy in github.com/hantswilliams/clinicaltrials_trec_2022, data/sample/, commit 641e9188131aecffc0113c40202b0b41dec98888) | Licence: US federal government work (public domain)"
python3 convert.py $X/NCT05389579.xml $D/01_protocol_NCT05389579_warming_hypothermia_knee_arthroplasty.txt "$H NCT05389579 $C"
python3 convert.py $X/NCT00055497.xml $D/02_protocol_NCT00055497_adalimumab_crohns_classic2.txt "$H NCT00055497 $C"
python3 convert.py $X/NCT05381389.xml $D/03_protocol_NCT05381389_interscalene_block_ultrasound.txt "$H NCT05381389 $C"
python3 convert.py $X/NCT05381064.xml $D/04_protocol_NCT05381064_deep_learning_bile_duct_eus.txt "$H NCT05381064 $C"
python3 convert.py $X/NCT05389930.xml $D/05_protocol_NCT05389930_cannabis_alcohol_consumption.txt "$H NCT05389930 $C"
python3 convert.py $X/NCT05381779.xml $D/06_protocol_NCT05381779_inspiratory_muscle_training_post_covid.txt "$H NCT05381779 $C"
python3 convert.py $X/NCT05380726.xml $D/07_protocol_NCT05380726_ehealth_obstructive_sleep_apnoea.txt "$H NCT05380726 $C"
python3 convert.py $X/NCT05482568.xml $D/08_protocol_NCT05482568_shr_a1811_pyrotinib_her2_nsclc.txt "$H NCT05482568 $C"
python3 convert.py $X/NCT05381194.xml $D/09_protocol_NCT05381194_bpal_mdr_tuberculosis.txt "$H NCT05381194 $C"
python3 convert.py $X/NCT05380245.xml $D/10_protocol_NCT05380245_voriconazole_clarithromycin_ddi.txt "$H NCT05380245 $C"
