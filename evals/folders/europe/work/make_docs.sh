#!/bin/sh
# How docs 04-10 were produced (docs 01-03 were transcribed from read_file output of
# legalize-dev/legalize-eu, see SOURCES.md). Mirrors were obtained with the search tool's fetch.
set -e
W=$(dirname "$0"); D=$W/../docs; R=$W/raw
git -C /work/.mirror/rfhb+ctrdata/repo show 0d73c2371d3ccbd48497458197ff86d0add842c5:inst/tinytest/test_error_trials_euctr.txt > $R/euctr_sample.txt
L1="$(sed -n '1p' $R/euctr_sample.txt)"
{ echo "$L1"; echo; sed -n '3483,3885p' $R/euctr_sample.txt; } > $D/04_trial-register_masitinib-AB21004-HU.txt
{ echo "$L1"; echo; sed -n '542,801p' $R/euctr_sample.txt; } > $D/05_trial-register_AVB-101-FTD-GRN-SE.txt
git -C /work/.mirror/joofio+test-epi-composition/repo show 30071000397f07be7eb838b251e754ce37c9d504:input/fsh/examples/kesimpta.fsh > $R/kesimpta.fsh
python3 $W/fsh2txt.py $R/kesimpta.fsh $W/kesimpta_full.txt
{ echo 'Title: "Composition for kesimpta Package Leaflet"'; echo 'identifier.value = "EU/1/21/1532/001-004"'; echo 'type.text = "Package Leaflet"'; echo;
  sed -n '1,104p' $W/kesimpta_full.txt; echo '[...]'; sed -n '110,200p' $W/kesimpta_full.txt; } > $D/06_package-leaflet_kesimpta.txt
B=/work/.mirror/zhigehe+bulwark/repo; C=91e82e6d748413c0e33f3ecf69ac04ad8bed41e9; P=content/en/news/tradingview
git -C $B show "$C:$P/tagreuters.com,2025-02-11newsml_GNE2jjqsR0.en.md" > $R/novartis.md
git -C $B show "$C:$P/tagreuters.com,2025-02-13newsml_ACSgR2GTa0.en.md" > $R/catumaxomab.md
git -C $B show "$C:$P/tagreuters.com,2025-02-12newsml_GNX4rq3NV0.en.md" > $R/genmab.md
git -C $B show "$C:$P/tagreuters.com,2025-02-12newsml_GNX6qb1rM0.en.md" > $R/ascendis.md
python3 $W/md2txt.py $R/novartis.md $D/07_press-release_novartis-anthos-acquisition.txt
python3 $W/md2txt.py $R/catumaxomab.md $D/08_press-release_catumaxomab-ec-approval.txt
python3 $W/md2txt.py $R/genmab.md $D/09_annual-report-summary_genmab-2024.txt
python3 $W/md2txt.py $R/ascendis.md $D/10_results-report_ascendis-fy2024.txt
python3 $W/normalize.py
