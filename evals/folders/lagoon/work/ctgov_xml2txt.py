#!/usr/bin/env python3
"""Convert a legacy ClinicalTrials.gov <clinical_study> XML record to "Label: value" text.
Layout only: every element becomes a "Label: value" line (label from the tag name), container
elements become heading lines, textblocks keep their wording (wrapped lines re-joined).
Result measurements are written as "Label, <group title> (<group id>): value" lines.
usage: ctgov_xml2txt.py in.xml out.txt "header line" [max_outcome_measures]"""
import sys, re, textwrap
import xml.etree.ElementTree as ET

LABELS = {"nct_id": "NCT Number", "org_study_id": "Organization Study ID", "secondary_id": "Secondary ID",
          "brief_title": "Brief Title", "official_title": "Official Title", "has_dmc": "Has Data Monitoring Committee",
          "eligibility": "Eligibility", "mesh_term": "MeSH Term", "url": "URL", "phase": "Phase",
          "is_fda_regulated_drug": "Is FDA Regulated Drug", "is_fda_regulated_device": "Is FDA Regulated Device"}
HEAD = {"id_info", "sponsors", "lead_sponsor", "collaborator", "oversight_info", "study_design_info",
        "primary_outcome", "secondary_outcome", "other_outcome", "arm_group", "intervention", "eligibility",
        "overall_official", "overall_contact", "location", "facility", "address", "responsible_party",
        "condition_browse", "intervention_browse", "clinical_results", "participant_flow", "baseline",
        "outcome_list", "outcome", "reported_events", "serious_events", "other_events", "certain_agreements",
        "point_of_contact", "required_header", "patient_data", "period", "milestone", "drop_withdraw_reason",
        "measure", "class", "category", "analysis", "group_list", "location_countries", "reference", "results_reference",
        "provided_document_section", "provided_document", "study_docs", "study_doc", "pending_results", "analyzed", "expanded_access_info"}
SKIP = {"link_text"}

def label(tag):
    return LABELS.get(tag, tag.replace("_", " ").capitalize())

def clean_block(t):
    t = textwrap.dedent(t.strip("\n"))
    paras = re.split(r"\n\s*\n", t)
    out = []
    for p in paras:
        lines = [l for l in p.split("\n")]
        # bullet-aware join: a line starting with "-" or "N." begins a new item
        items, cur = [], ""
        for l in lines:
            s = l.strip()
            if not s:
                continue
            if re.match(r"^(-|\d+\.|[a-z]\.|\*)\s", s) and cur:
                items.append(cur); cur = s
            else:
                cur = (cur + " " + s) if cur else s
        if cur:
            items.append(cur)
        out.append("\n".join(items))
    return "\n\n".join(out)

out = []
groups = {}
def emit(s=""):
    out.append(s)

def walk(el, depth=0, max_meas=None, counter=[0]):
    tag = el.tag
    if tag in SKIP:
        return
    if tag == "group_list":
        for g in el.findall("group"):
            gid = g.get("group_id"); title = (g.findtext("title") or "").strip()
            groups[gid] = title
            emit(f"Group {gid}: {title}")
            d = g.findtext("description")
            if d and d.strip():
                emit(f"Group {gid} description: {clean_block(d)}")
        return
    if tag in ("measurement", "participants", "count"):
        gid = el.get("group_id"); g = groups.get(gid, "")
        val = el.get("value") or el.get("count") or (el.text or "").strip()
        extra = []
        for k in ("spread", "lower_limit", "upper_limit"):
            if el.get(k):
                extra.append(f"{k.replace('_', ' ')} {el.get(k)}")
        txt = (el.text or "").strip()
        if txt and tag == "participants":
            extra.append(txt)
        e = f" ({'; '.join(extra)})" if extra else ""
        emit(f"{label(tag)}, {g} ({gid}): {val}{e}")
        return
    if tag == "counts":
        gid = el.get("group_id"); g = groups.get(gid, "")
        parts = [f"{k.replace('_', ' ')} {v}" for k, v in el.attrib.items() if k != "group_id"]
        emit(f"Counts, {g} ({gid}): {'; '.join(parts)}")
        return
    if tag == "location":
        parts = [t.strip() for t in el.itertext() if t.strip()]
        emit(f"Location: {', '.join(parts)}")
        return
    if tag == "outcome" and max_meas is not None:
        counter[0] += 1
        if counter[0] > max_meas:
            if counter[0] == max_meas + 1:
                emit("[...]")
            return
    kids = list(el)
    if tag == "textblock":
        emit(clean_block(el.text or ""))
        return
    if not kids:
        v = (el.text or "").strip()
        if not v:
            return
        a = ", ".join(f"{v2}" for k, v2 in el.attrib.items())
        lab = label(tag) + (f" ({a})" if a else "")
        if "\n" in v:
            emit(f"{lab}:"); emit(clean_block(v))
        else:
            emit(f"{lab}: {v}")
        return
    if len(kids) == 1 and kids[0].tag == "textblock":
        emit(f"{label(tag)}:")
        emit(clean_block(kids[0].text or ""))
        emit("")
        return
    if tag in HEAD or tag.endswith("_list") is False and depth <= 1 and kids:
        if tag.endswith("_list"):
            pass
        else:
            emit("")
            emit(("#" * min(depth + 1, 4)) + " " + label(tag))
    for k in kids:
        walk(k, depth + 1, max_meas, counter)

if __name__ == "__main__":
    src, dst, header = sys.argv[1], sys.argv[2], sys.argv[3]
    mm = int(sys.argv[4]) if len(sys.argv) > 4 else None
    root = ET.parse(src).getroot()
    emit(header)
    prev_container = False
    for k in root:
        is_container = len(list(k)) > 0 and not (len(list(k)) == 1 and k[0].tag == "textblock")
        if prev_container and not is_container:
            emit("")
        walk(k, 1, mm)
        prev_container = is_container
    txt = "\n".join(out)
    txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
    open(dst, "w", encoding="utf-8").write(txt)
    print(dst, len(txt))
