#!/usr/bin/env python3
"""Convert a ClinicalTrials.gov legacy XML record (from ctti-clinicaltrials/aact spec fixtures) to
'Label: value' text; results tables become rows with ' | '. Layout only; wording and numbers kept.
Usage: ctgov_xml_to_txt.py <git-path> <out> <header> [--max-chars N] [--skip tag,tag]"""
import re, subprocess, sys
import xml.etree.ElementTree as ET
REPO = "/work/.mirror/ctti-clinicaltrials+aact/repo"
path, out, header = sys.argv[1], sys.argv[2], sys.argv[3]
skip = set()
commit = "HEAD"
for i, a in enumerate(sys.argv):
    if a == "--skip": skip = set(sys.argv[i+1].split(","))
    if a == "--commit": commit = sys.argv[i+1]
root = ET.fromstring(subprocess.check_output(["git", "-C", REPO, "show", f"{commit}:{path}"]))
L = []
def lab(tag): return tag.replace("_", " ").capitalize()
def para(text):
    # re-flow hard-wrapped lines inside paragraphs; keep blank-line paragraph breaks and list items
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [l.strip() for l in block.split("\n") if l.strip()]
        cur = ""
        for l in lines:
            if re.match(r"^(\d+\.|-|\*|•)\s", l) and cur:
                out.append(cur); cur = l
            else:
                cur = (cur + " " + l).strip()
        if cur: out.append(cur)
    return out
def txt(e): return (e.text or "").strip()

def groups(parent):
    g = {}
    gl = parent.find("group_list")
    if gl is not None:
        for gr in gl.findall("group"):
            g[gr.get("group_id")] = txt(gr.find("title")) if gr.find("title") is not None else gr.get("group_id")
            d = gr.find("description")
            L.append(f"Group {gr.get('group_id')}: {g[gr.get('group_id')]}" + (f" — {txt(d)}" if d is not None and txt(d) else ""))
    return g

def measurements_row(prefix, container, g):
    cells = []
    for m in container.findall("measurement"):
        v = m.get("value", "")
        extra = []
        if m.get("spread"): extra.append(m.get("spread"))
        if m.get("lower_limit") or m.get("upper_limit"): extra.append(f"{m.get('lower_limit','')} to {m.get('upper_limit','')}")
        cells.append(v + (f" ({', '.join(extra)})" if extra else "") + (f" {txt(m)}" if txt(m) else ""))
    return " | ".join([prefix] + cells)

def measure_block(me, g):
    L.append("")
    for t in ["title", "description", "population", "units", "param", "dispersion", "time_frame"]:
        e = me.find(t)
        if e is not None and txt(e):
            L.append(f"Measure {t.replace('_',' ')}: {txt(e)}")
    order = None
    ac = me.find("analyzed_list")
    if ac is not None:
        for an in ac.findall("analyzed"):
            cl = an.find("count_list")
            if cl is not None:
                order = [c.get("group_id") for c in cl.findall("count")]
                L.append(" | ".join([f"{txt(an.find('units'))} analyzed"] + [c.get("value") for c in cl.findall("count")]))
    cls = me.find("class_list")
    if cls is not None:
        ids = None
        for c in cls.findall("class"):
            ct = txt(c.find("title")) if c.find("title") is not None else ""
            for cat in c.findall("category_list/category"):
                cat_t = txt(cat.find("title")) if cat.find("title") is not None else ""
                ml = cat.find("measurement_list")
                if ids is None and ml is not None:
                    ids = [m.get("group_id") for m in ml.findall("measurement")]
                    L.append(" | ".join(["Row"] + [g.get(i, i) for i in ids]))
                label = " — ".join([x for x in [ct, cat_t] if x]) or "Value"
                if ml is not None:
                    L.append(measurements_row(label, ml, g))
    for an in me.findall("analysis_list/analysis"):
        for t in ["group_id_list", "non_inferiority_type", "p_value", "method", "param_type", "param_value", "ci_percent", "ci_n_sides", "ci_lower_limit", "ci_upper_limit", "estimate_desc"]:
            e = an.find(t)
            if e is None: continue
            if t == "group_id_list":
                L.append("Analysis groups: " + ", ".join(g.get(txt(x), txt(x)) for x in e.findall("group_id")))
            elif txt(e):
                L.append(f"Analysis {t.replace('_',' ')}: {txt(e)}")

def results(cr):
    L.append(""); L.append("RESULTS")
    pf = cr.find("participant_flow")
    if pf is not None:
        L.append(""); L.append("Participant Flow")
        for t in ["recruitment_details", "pre_assignment_details"]:
            e = pf.find(t)
            if e is not None and txt(e): L.append(f"{lab(t)}: {txt(e)}")
        g = groups(pf)
        for per in pf.findall("period_list/period"):
            L.append(f"Period: {txt(per.find('title'))}")
            for ms in per.findall("milestone_list/milestone"):
                L.append(" | ".join([txt(ms.find("title"))] + [f"{g.get(p.get('group_id'))}: {p.get('count')}" for p in ms.findall("participants_list/participants")]))
            for dr in per.findall("drop_withdraw_reason_list/drop_withdraw_reason"):
                L.append(" | ".join(["Not completed reason: " + txt(dr.find("title"))] + [f"{g.get(p.get('group_id'))}: {p.get('count')}" for p in dr.findall("participants_list/participants")]))
    bl = cr.find("baseline")
    if bl is not None:
        L.append(""); L.append("Baseline Characteristics")
        g = groups(bl)
        for me in bl.findall("measure_list/measure"):
            measure_block(me, g)
    ol = cr.find("outcome_list")
    if ol is not None:
        L.append(""); L.append("Outcome Measures")
        for oc in ol.findall("outcome"):
            L.append(""); L.append(f"Outcome type: {txt(oc.find('type'))}")
            for t in ["title", "description", "time_frame", "population"]:
                e = oc.find(t)
                if e is not None and txt(e): L.append(f"Outcome {t.replace('_',' ')}: {txt(e)}")
            g = groups(oc)
            me = oc.find("measure")
            if me is not None: measure_block(me, g)
    re_ = cr.find("reported_events")
    if re_ is not None and "reported_events" not in skip:
        L.append(""); L.append("Adverse Events")
        for t in ["time_frame", "desc"]:
            e = re_.find(t)
            if e is not None and txt(e): L.append(f"Adverse events {t.replace('desc','description').replace('_',' ')}: {txt(e)}")
        g = groups(re_)
        for kind in ["serious_events", "other_events"]:
            ev = re_.find(kind)
            if ev is None: continue
            L.append(""); L.append(kind.replace("_", " ").capitalize())
            for e in ev.findall("default_assessment") + ev.findall("frequency_threshold"):
                L.append(f"{lab(e.tag)}: {txt(e)}")
            for cat in ev.findall("category_list/category"):
                ct = txt(cat.find("title"))
                for e2 in cat.findall("event_list/event"):
                    st = txt(e2.find("sub_title"))
                    cells = [f"{g.get(c.get('group_id'))}: {c.get('subjects_affected')}/{c.get('subjects_at_risk')}" for c in e2.findall("counts")]
                    L.append(" | ".join([f"{ct} — {st}"] + cells))
    for t in ["certain_agreements", "limitations_and_caveats"]:
        e = cr.find(t)
        if e is not None:
            for s in e.iter():
                if s is not e and txt(s): L.append(f"{lab(s.tag)}: {txt(s)}")
    pc = cr.find("point_of_contact")
    if pc is not None:
        for s in pc:
            if txt(s): L.append(f"Point of contact {s.tag.replace('_',' ')}: {txt(s)}")

def walk(e, prefix=""):
    for c in e:
        if c.tag in skip: continue
        if c.tag == "clinical_results":
            results(c); continue
        if c.tag is ET.Comment or not isinstance(c.tag, str): continue
        tb = c.find("textblock")
        tagw = c.tag.replace("_", " ")
        label = (tagw if (prefix and tagw.startswith(prefix)) else (prefix + " " + tagw)).strip().capitalize()
        if tb is not None:
            L.append(f"{label}:")
            L.extend(para(tb.text or ""))
            continue
        attrs = ", ".join(f"{k}: {v}" for k, v in c.attrib.items())
        if len(c) == 0:
            v = txt(c)
            if v:
                L.append(f"{label}: {v}" + (f" ({attrs})" if attrs else ""))
        else:
            if c.tag in ("arm_group", "intervention", "location", "primary_outcome", "secondary_outcome", "other_outcome", "overall_official", "reference", "results_reference", "sponsors", "eligibility", "study_design_info"):
                L.append("")
            sub = "" if c.tag in ("sponsors", "id_info", "required_header", "study_design_info", "oversight_info", "eligibility", "responsible_party", "condition_browse", "intervention_browse", "patient_data", "location_countries") else c.tag.replace("_", " ")
            walk(c, sub)

walk(root)
L = [re.sub(r"^([^:|]*?)\b(\w+) \2(?=( |:))", r"\1\2", x) if ":" in x else x for x in L]  # 'date date' -> 'date' in labels
text = re.sub(r"\n{3,}", "\n\n", "\n".join(L)).strip()
with open(out, "w", encoding="utf-8") as f:
    f.write(header + "\n\n" + text + "\n")
print(out, len(text))
