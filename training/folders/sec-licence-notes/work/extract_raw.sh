# Re-create work/raw/*.md from the fetched snapshot of github.com/rasskazovaleksey/rag_challange
# (commit 5fb763b116658dbd50629f90ab0ba1d3f3984a93); paths listed in raw/paths.txt
set -e
cd /work/train20/te/work
M=/work/.mirror/rasskazovaleksey+rag_challange/repo
while read h p; do git -C $M show 5fb763b116658dbd50629f90ab0ba1d3f3984a93:$p > raw/$h.md; done < raw/paths.txt
