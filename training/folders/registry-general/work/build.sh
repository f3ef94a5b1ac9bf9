#!/bin/bash
# Build docs/ from ClinicalTrials.gov legacy XML files (copies in ctti-clinicaltrials/aact, spec/support/xml_data/)
set -e
cd /work/train20/tb/work
R=/work/.mirror/ctti-clinicaltrials+aact/repo
D=../docs
mk() { # num nct slug extra-opts...
  local num=$1 nct=$2 slug=$3; shift 3
  git -C $R show HEAD:spec/support/xml_data/$nct.xml > $nct.xml
  local h="Document kind: ClinicalTrials.gov study record ($nct), converted from the registry's legacy XML export to Label: value text | Source: https://clinicaltrials.gov/show/$nct (copy in github.com/ctti-clinicaltrials/aact, spec/support/xml_data/$nct.xml) | Licence: US federal government record (ClinicalTrials.gov, public domain)"
  python3 ct2txt.py $nct.xml $D/${num}_ctgov_${nct}_${slug}.txt "$h" "$@"
}
rm -f $D/*.txt
mk 01 NCT01841593 raltegravir_amlodipine_pk_interaction
mk 02 NCT01298141 replagal_agalsidase_alfa_fabry --max-serious-events 30 --max-other-events 40
mk 03 NCT00734539 fluconazole_prophylaxis_infants
mk 04 NCT01534533 lutein_subclinical_atherosclerosis
mk 05 NCT02438137 dimethyl_fumarate_sleep_apnea
mk 06 NCT02970669 sacubitril_valsartan_heart_failure_activity
mk 07 NCT00151216 aav2_cln2_gene_transfer_lincl
mk 08 NCT00081588 tmc114_ritonavir_hiv
mk 09 NCT03101111 chikungunya_live_vaccine
mk 10 NCT02654730 primaquine_dha_piperaquine_malaria
