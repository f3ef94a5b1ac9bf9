#!/usr/bin/env python3
"""Flatten a ClinicalTrials.gov legacy XML record to text: 'Label: value' lines,
headings on their own lines, results tables as ' | ' rows. Wording kept verbatim.
usage: ctgov2txt.py in.xml out.txt "header line" [max_locations] [max_outcomes] [skip_events]"""
import re
import sys
import xml.etree.ElementTree as ET

src, dst, header = sys.argv[1], sys.argv[2], sys.argv[3]
MAX_LOC = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
MAX_OUT = int(sys.argv[5]) if len(sys.argv) > 5 else 1000
SKIP_EVENTS = len(sys.argv) > 6 and sys.argv[6] == "skip_events"

root = ET.parse(src).getroot()
out = [header, ""]


def lab(tag):
    return tag.replace("_", " ").capitalize()


def clean(t):
    t = (t or "").replace("\r", "").strip()
    # normalise internal whitespace of wrapped text blocks but keep paragraph breaks
    paras = re.split(r"\n\s*\n", t)
    paras = [re.sub(r"[ \t]*\n[ \t]*", " ", p).strip() for p in paras]
    paras = [re.sub(r"[ \t]+", " ", p) for p in paras]
    return "\n".join(p for p in paras if p)


def leaf(el, prefix=""):
    """emit Label: value for leaves, recurse for containers"""
    kids = list(el)
    if not kids:
        v = clean(el.text)
        if v:
            name = prefix + lab(el.tag)
            if "\n" in v or len(v) > 200:
                out.append(name + ":")
                out.append(v)
            else:
                out.append(f"{name}: {v}")
        return
    if el.tag == "textblock":
        return
    for k in kids:
        if k.tag == "textblock":
            v = clean(k.text)
            out.append(lab(el.tag) + ":")
            out.append(v)
        else:
            leaf(k, prefix)


def groups_of(el):
    g = {}
    order = []
    for gr in el.iter("group"):
        gid = gr.get("group_id")
        if gid and gid not in g:
            t = clean(gr.findtext("title"))
            g[gid] = t
            order.append(gid)
            d = clean(gr.findtext("description"))
            out.append(f"Group {gid}: {t}" + (f" - {d}" if d else ""))
    return g, order


def participant_flow(pf):
    out.append("")
    out.append("Participant Flow")
    for k in pf:
        if k.tag in ("recruitment_details", "pre_assignment_details"):
            out.append(f"{lab(k.tag)}: {clean(k.text)}")
    g, order = groups_of(pf.find("group_list"))
    for per in pf.iter("period"):
        out.append(f"Period: {clean(per.findtext('title'))}")
        out.append("Milestone | " + " | ".join(g[i] for i in order))
        for ms in per.iter("milestone"):
            vals = {p.get("group_id"): p.get("count", "") for p in ms.iter("participants")}
            out.append(clean(ms.findtext("title")) + " | " + " | ".join(vals.get(i, "") for i in order))
        for dw in per.iter("drop_withdraw_reason"):
            vals = {p.get("group_id"): p.get("count", "") for p in dw.iter("participants")}
            out.append("Reason not completed: " + clean(dw.findtext("title")) + " | " + " | ".join(vals.get(i, "") for i in order))


def measure_table(m, g, order):
    title = clean(m.findtext("title"))
    units = clean(m.findtext("units"))
    param = clean(m.findtext("param"))
    disp = clean(m.findtext("dispersion"))
    out.append(f"Measure: {title}")
    d = clean(m.findtext("description"))
    if d:
        out.append(f"Measure description: {d}")
    if units:
        out.append(f"Units: {units}")
    if param:
        out.append(f"Measure type: {param}" + (f" ({disp})" if disp else ""))
    for an in m.iter("analyzed"):
        vals = {c.get("group_id"): c.get("value", "") for c in an.iter("count")}
        out.append(f"Number analyzed ({clean(an.findtext('units'))}) | " + " | ".join(vals.get(i, "") for i in order))
    for cl in m.iter("class"):
        ct = clean(cl.findtext("title"))
        for cat in cl.iter("category"):
            st = clean(cat.findtext("title"))
            name = " - ".join(x for x in (ct, st) if x) or title
            vals = {}
            for me in cat.iter("measurement"):
                v = me.get("value", "")
                if me.get("spread"):
                    v += f" ({me.get('spread')})"
                if me.get("lower_limit") or me.get("upper_limit"):
                    v += f" ({me.get('lower_limit','')} to {me.get('upper_limit','')})"
                if me.text and me.text.strip():
                    v = (v + " " + clean(me.text)).strip()
                vals[me.get("group_id")] = v
            out.append(name + " | " + " | ".join(vals.get(i, "") for i in order))


def results(cr):
    pf = cr.find("participant_flow")
    if pf is not None:
        participant_flow(pf)
    bl = cr.find("baseline")
    if bl is not None:
        out.append("")
        out.append("Baseline Characteristics")
        g, order = groups_of(bl.find("group_list"))
        for m in bl.iter("measure"):
            measure_table(m, g, order)
    ol = cr.find("outcome_list")
    if ol is not None:
        outs = ol.findall("outcome")
        for n, o in enumerate(outs):
            if n >= MAX_OUT:
                out.append("")
                out.append("[...]")
                break
            out.append("")
            out.append(f"Outcome Measure ({clean(o.findtext('type'))})")
            for k in ("title", "description", "time_frame", "population"):
                v = clean(o.findtext(k))
                if v:
                    out.append(f"{lab(k)}: {v}")
            g, order = groups_of(o.find("group_list"))
            m = o.find("measure")
            if m is not None:
                measure_table(m, g, order)
            for an in o.iter("analysis"):
                out.append("Statistical analysis:")
                for k in an:
                    if k.tag == "group_id_list":
                        continue
                    v = clean(k.text)
                    if v:
                        out.append(f"{lab(k.tag)}: {v}")
    ev = cr.find("reported_events")
    if ev is not None:
        out.append("")
        out.append("Adverse Events")
        for k in ("time_frame", "desc"):
            v = clean(ev.findtext(k))
            if v:
                out.append(f"{lab(k)}: {v}")
        if SKIP_EVENTS:
            g, order = groups_of(ev.find("group_list"))
            for kind in ("serious_events", "other_events"):
                se = ev.find(kind)
                if se is None:
                    continue
                out.append(lab(kind))
                for cat in se.iter("category"):
                    if clean(cat.findtext("title")) == "Total":
                        for e in cat.iter("event"):
                            vals = {c.get("group_id"): f"{c.get('subjects_affected','')}/{c.get('subjects_at_risk','')}" for c in e.iter("counts")}
                            out.append("Total, " + clean(e.findtext("sub_title")) + " | " + " | ".join(vals.get(i, "") for i in order))
            out.append("[...]")
    for k in ("certain_agreements", "limitations_and_caveats", "point_of_contact"):
        el = cr.find(k)
        if el is not None:
            out.append("")
            out.append(lab(k))
            leaf(el)


nloc = 0
locs_total = len(root.findall("location"))
for el in root:
    if el.tag in ("required_header",):
        for k in el:
            v = clean(k.text)
            if v:
                out.append(f"{lab(k.tag)}: {v}")
        continue
    if el.tag == "location":
        nloc += 1
        if nloc > MAX_LOC:
            if nloc == MAX_LOC + 1:
                out.append("[...]")
            continue
        fac = el.find("facility")
        parts = []
        if fac is not None:
            for k in ("name",):
                v = clean(fac.findtext(k))
                if v:
                    parts.append(v)
            addr = fac.find("address")
            if addr is not None:
                for k in ("city", "state", "zip", "country"):
                    v = clean(addr.findtext(k))
                    if v:
                        parts.append(v)
        st = clean(el.findtext("status"))
        out.append("Location: " + ", ".join(parts) + (f" ({st})" if st else ""))
        continue
    if el.tag == "clinical_results":
        out.append("")
        out.append("Results")
        results(el)
        continue
    if el.tag in ("overall_contact", "overall_contact_backup", "location_countries", "eligibility", "primary_outcome",
                  "secondary_outcome", "arm_group", "intervention", "sponsors", "study_design_info",
                  "overall_official", "condition_browse", "intervention_browse", "reference",
                  "results_reference", "responsible_party", "enrollment", "patient_data", "study_doc"):
        out.append("")
        out.append(lab(el.tag))
    if el.tag == "enrollment":
        out.append(f"Enrollment: {clean(el.text)}" + (f" ({el.get('type')})" if el.get("type") else ""))
        continue
    if el.tag.endswith("_date") and el.get("type"):
        out.append(f"{lab(el.tag)}: {clean(el.text)} ({el.get('type')})")
        continue
    if el.tag == "eligibility":
        for k in el:
            if k.tag == "criteria":
                out.append("Criteria:")
                out.append((k.findtext("textblock") or "").replace("\r", "").strip("\n"))
            else:
                leaf(k)
        continue
    leaf(el)

txt = "\n".join(out)
txt = re.sub(r"\n{3,}", "\n\n", txt)
open(dst, "w", encoding="utf-8").write(txt.rstrip() + "\n")
print(dst, len(txt))
