#!/bin/sh
# raw/NCT01782859.py = git show HEAD:tests/assets/NCT01782859.py from bearnd/ct-ingester (snapshot b19883248269b28d1a49a17f94e9d53f0ab2730c)
cd "$(dirname "$0")"
sed -n 3,788p raw/NCT01782859.py | sed '1s/^document = """//' | sed '$d' > raw/NCT01782859.xml
python3 ctgov2txt.py raw/NCT01782859.xml > clean/ctgov.txt
{ echo "ClinicalTrials.gov study record with posted results — NCT01782859 (Hospital for Special Surgery; ClinicalTrials.gov XML processed February 08, 2019, via GitHub bearnd/ct-ingester tests/assets/NCT01782859.py)"; cat clean/ctgov.txt; } | sed '/^Phone: \|^Email: /d' > ../docs/10_ctgov_NCT01782859_steroids_hip_replacement_results.txt
