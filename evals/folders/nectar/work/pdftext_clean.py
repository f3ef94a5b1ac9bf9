#!/usr/bin/env python3
"""Shared helpers: clean PDF-extracted text (pypdf / stored p_txt) into paragraphs.

- drop running page headers/footers given as regexes
- join hard-wrapped lines into paragraphs: a line ends a paragraph when it is
  short (< SHORT chars) or ends a sentence and the next line starts a new item
- bullet glyph lines ("•", "-") are merged with the following text line
Wording is not changed.
"""
import re

SHORT = 72


def clean_lines(lines, drop_res):
    out = []
    for l in lines:
        s = l.rstrip()
        if any(re.fullmatch(r, s.strip()) for r in drop_res):
            continue
        out.append(s)
    return out


def reflow(lines, heading_re=None, short=SHORT, keep=None):
    """Return list of paragraphs. keep: set of indexes of lines to keep verbatim as their own line."""
    paras = []
    cur = ""
    pending_bullet = None
    for i, raw in enumerate(lines):
        s = raw.strip()
        if not s:
            if cur:
                paras.append(cur)
                cur = ""
            continue
        if s in ("•", "-", "–", "o", "▪"):
            if cur:
                paras.append(cur)
                cur = ""
            pending_bullet = "- " if s != "o" else "  - "
            continue
        is_heading = heading_re is not None and len(s) < 70 and re.match(heading_re, s)
        if re.fullmatch(r"[A-Za-z0-9()\-]{1,12}", s) and i + 1 < len(lines) and re.fullmatch(r"[A-Za-z0-9()\-]{1,12}", lines[i + 1].strip() or "x x"):
            cur = (cur + " " + s).strip()  # words laid out one per line by the PDF (justified text)
            continue
        if is_heading:
            if cur:
                paras.append(cur)
                cur = ""
            paras.append(s)
            continue
        if pending_bullet:
            if cur:
                paras.append(cur)
            cur = pending_bullet + s
            pending_bullet = None
        elif s.startswith("• "):
            if cur:
                paras.append(cur)
            cur = "- " + s[2:]
        elif cur:
            if cur.endswith("-") and not cur.endswith(" -") and re.match(r"[a-z]", s):
                cur = cur + s  # hyphenated word split across lines (e.g. "non-\nclinical")
            else:
                cur = cur + " " + s
        else:
            cur = s
        if len(raw.rstrip()) < short:
            paras.append(cur)
            cur = ""
    if cur:
        paras.append(cur)
    return [re.sub(r"[ \t]{2,}", " ", p).strip() for p in paras]
