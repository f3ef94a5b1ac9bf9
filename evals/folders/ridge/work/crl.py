"""FDA complete response letter PDF text (pypdf) -> plain text: page headers/footers removed, wrapped lines joined."""
import re

DROP = [r"^NDA 2\d{5}(/Original 2|/S-0\d)?\s*$", r"^NOA 212888", r"^Page \d+\s*$", r"^U\.S\. Food and Drug Administration\s*$",
        r"^Silver Spring, MD 20993\s*$", r"^www\.fda\.gov\s*$", r"^Reference ID:? ?\d+\s*$", r"^<<PAGE>>$", r"^-{20,}\s*$"]

def clean(text, keep_first_nda_lines=True):
    lines = [l.rstrip().replace("\t", " ").replace("\uf0b7", "-") for l in text.split("\n")]
    out = []
    seen_nda = set()
    for l in lines:
        s = l.strip()
        if not s:
            continue
        m = re.match(r"^(NDA 2\d{5}(/Original 2|/S-0\d)?)\s*$", s)
        if m:
            # keep the first occurrence of each application line (letter heading), drop running headers
            key = (s, len([x for x in out if x == "<<LETTER>>"]))
            if key in seen_nda:
                continue
            seen_nda.add(key)
            out.append(s)
            continue
        if any(re.match(p, s) for p in DROP):
            continue
        out.append(s)
    # join wrapped lines
    res = []
    buf = ""
    def is_heading(s):
        return (s.upper() == s and re.search(r"[A-Z]{3}", s) and len(s) < 70) or s.endswith(":")
    for s in out:
        starts_new = bool(re.match(r"^(\(\d+\)|- |\d+\. |\d+\.$|\{See|Sincerely|Dear |/s/|Signature Page|Attention:)", s))
        if buf and (starts_new or is_heading(s) or is_heading(buf) or (buf.endswith((".", ":")) and len(buf.split("\n")[-1]) and last_len < 60)):
            res.append(buf)
            buf = ""
        if not buf:
            buf = s
        else:
            buf = buf + " " + s
        last_len = len(s)
    if buf:
        res.append(buf)
    return res
