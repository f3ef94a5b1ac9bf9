#!/usr/bin/env python3
"""Convert legacy ClinicalTrials.gov XML (with results) into Label: value text with ' | ' tables."""
import sys, re
import xml.etree.ElementTree as ET

def clean(s):
    if s is None: return ""
    s = re.sub(r"\s+", " ", s).strip()
    return s

def tb(el, path):
    x = el.find(path)
    if x is None: return ""
    if x.find("textblock") is not None:
        return textblock(x.find("textblock").text)
    return clean(x.text)

def textblock(t):
    if not t: return ""
    paras = re.split(r"\n\s*\n", t.strip())
    return "\n".join(clean(p) for p in paras if clean(p))

def main(path, header, max_outcomes=None, max_other_ae=None, out=None):
    r = ET.parse(path).getroot()
    L = [header, ""]
    def lv(label, val):
        if val: L.append(f"{label}: {val}")
    lv("NCT Number", tb(r, "id_info/nct_id"))
    lv("Organization Study ID", tb(r, "id_info/org_study_id"))
    for s in r.findall("id_info/secondary_id"): lv("Secondary ID", clean(s.text))
    lv("Brief Title", tb(r, "brief_title"))
    lv("Official Title", tb(r, "official_title"))
    lv("Acronym", tb(r, "acronym"))
    lv("Lead Sponsor", tb(r, "sponsors/lead_sponsor/agency"))
    for c in r.findall("sponsors/collaborator"): lv("Collaborator", clean(c.findtext("agency")))
    lv("Overall Status", tb(r, "overall_status"))
    lv("Study Start Date", tb(r, "start_date"))
    lv("Primary Completion Date", tb(r, "primary_completion_date"))
    lv("Study Completion Date", tb(r, "completion_date"))
    lv("Study Type", tb(r, "study_type"))
    lv("Phase", tb(r, "phase"))
    for k in ["allocation","intervention_model","primary_purpose","masking","observational_model","time_perspective"]:
        lv(k.replace("_"," ").title(), tb(r, "study_design_info/"+k))
    e = r.find("enrollment")
    if e is not None: lv("Enrollment", f"{clean(e.text)} ({e.get('type','')})" if e.get('type') else clean(e.text))
    for c in r.findall("condition"): lv("Condition", clean(c.text))
    for i in r.findall("intervention"):
        lv("Intervention", f"{clean(i.findtext('intervention_type'))}: {clean(i.findtext('intervention_name'))}")
        d = clean(i.findtext("description"))
        if d: lv("Intervention Description", d)
    lv("First Submitted", tb(r, "study_first_submitted"))
    lv("Results First Posted", tb(r, "results_first_posted"))
    lv("Last Update Posted", tb(r, "last_update_posted"))
    ov = r.find("overall_official")
    if ov is not None:
        lv("Overall Official", ", ".join(x for x in [clean(ov.findtext("last_name")), clean(ov.findtext("role")), clean(ov.findtext("affiliation"))] if x))
    bs = tb(r, "brief_summary")
    if bs: L += ["", "Brief Summary", bs]
    dd = tb(r, "detailed_description")
    if dd: L += ["", "Detailed Description", dd]
    ag = r.findall("arm_group")
    if ag:
        L += ["", "Arms and Groups"]
        for a in ag:
            L.append(f"Arm: {clean(a.findtext('arm_group_label'))}" + (f" ({clean(a.findtext('arm_group_type'))})" if a.findtext('arm_group_type') else ""))
            if a.findtext("description"): L.append(f"Arm Description: {clean(a.findtext('description'))}")
    el = r.find("eligibility")
    if el is not None:
        L += ["", "Eligibility"]
        lv("Sex", tb(el, "gender")); lv("Minimum Age", tb(el, "minimum_age")); lv("Maximum Age", tb(el, "maximum_age"))
        lv("Accepts Healthy Volunteers", tb(el, "healthy_volunteers"))
        c = tb(el, "criteria")
        if c: L += ["Criteria:", c]
    locs = r.findall("location")
    if locs:
        L += ["", "Locations"]
        for lo in locs:
            f = lo.find("facility")
            parts = [clean(f.findtext("name"))] + [clean(f.findtext("address/"+k)) for k in ["city","state","country"]]
            L.append("Location: " + ", ".join(p for p in parts if p))
    cr = r.find("clinical_results")
    if cr is None:
        out.write("\n".join(L)+"\n"); return
    L += ["", "RESULTS", ""]
    pf = cr.find("participant_flow")
    if pf is not None:
        L.append("Participant Flow")
        lv("Recruitment Details", tb(pf, "recruitment_details"))
        lv("Pre-assignment Details", tb(pf, "pre_assignment_details"))
        groups = {g.get("group_id"): clean(g.findtext("title")) for g in pf.findall("group_list/group")}
        for g in pf.findall("group_list/group"):
            L.append(f"Group {clean(g.findtext('title'))}: {clean(g.findtext('description'))}")
        for per in pf.findall("period_list/period"):
            L.append(f"Period: {clean(per.findtext('title'))}")
            gids = list(groups)
            L.append(" | ".join(["Milestone"] + [groups[g] for g in gids]))
            for m in per.findall("milestone_list/milestone"):
                vals = {p.get("group_id"): p.get("count","") for p in m.findall("participants_list/participants")}
                L.append(" | ".join([clean(m.findtext("title"))] + [vals.get(g,"") for g in gids]))
            dws = per.findall("drop_withdraw_reason_list/drop_withdraw_reason")
            if dws:
                L.append(" | ".join(["Reason Not Completed"] + [groups[g] for g in gids]))
                for d in dws:
                    vals = {p.get("group_id"): p.get("count","") for p in d.findall("participants_list/participants")}
                    L.append(" | ".join([clean(d.findtext("title"))] + [vals.get(g,"") for g in gids]))
        L.append("")
    bl = cr.find("baseline")
    if bl is not None:
        L.append("Baseline Characteristics")
        groups = {g.get("group_id"): clean(g.findtext("title")) for g in bl.findall("group_list/group")}
        gids = list(groups)
        for g in bl.findall("group_list/group"):
            if g.findtext("description"): L.append(f"Group {clean(g.findtext('title'))}: {clean(g.findtext('description'))}")
        lv("Population Description", tb(bl, "population"))
        an = bl.find("analyzed_list/analyzed")
        if an is not None:
            vals = {c.get("group_id"): c.get("value") for c in an.findall("count_list/count")}
            L.append(" | ".join(["Overall Number of Baseline Participants"] + [f"{groups[g]}: {vals.get(g,'')}" for g in gids]))
        for m in bl.findall("measure_list/measure"):
            L += ["", f"Baseline Measure: {clean(m.findtext('title'))}"]
            if m.findtext("description"): L.append(f"Description: {clean(m.findtext('description'))}")
            u = clean(m.findtext("units")); p = clean(m.findtext("param")); d = clean(m.findtext("dispersion"))
            L.append(f"Units: {u}; Measure type: {p}" + (f"; Dispersion: {d}" if d else ""))
            L.append(" | ".join(["Category"] + [groups[g] for g in gids]))
            for c in m.findall("class_list/class"):
                ct = clean(c.findtext("title"))
                for cat in c.findall("category_list/category"):
                    lab = clean(cat.findtext("title")) or ct or "All participants"
                    if ct and clean(cat.findtext("title")): lab = f"{ct}: {lab}"
                    vals = {}
                    for me in cat.findall("measurement_list/measurement"):
                        v = me.get("value","")
                        if me.get("spread"): v += f" ({me.get('spread')})"
                        if me.get("lower_limit"): v += f" ({me.get('lower_limit')} to {me.get('upper_limit')})"
                        vals[me.get("group_id")] = v
                    L.append(" | ".join([lab] + [vals.get(g,"") for g in gids]))
        L.append("")
    ol = cr.findall("outcome_list/outcome")
    if ol:
        L.append("Outcome Measures")
        for i, o in enumerate(ol):
            if max_outcomes is not None and i >= max_outcomes:
                L += ["", "[...]"]; break
            L += ["", f"Outcome Measure {i+1}: {clean(o.findtext('title'))}"]
            lv("Type", clean(o.findtext("type")))
            lv("Description", clean(o.findtext("description")))
            lv("Time Frame", clean(o.findtext("time_frame")))
            lv("Population Description", clean(o.findtext("population")))
            groups = {g.get("group_id"): clean(g.findtext("title")) for g in o.findall("group_list/group")}
            gids = list(groups)
            m = o.find("measure")
            if m is None: continue
            u = clean(m.findtext("units")); p = clean(m.findtext("param")); d = clean(m.findtext("dispersion"))
            L.append(f"Units: {u}; Measure type: {p}" + (f"; Dispersion: {d}" if d else ""))
            L.append(" | ".join(["Category"] + [groups[g] for g in gids]))
            an = m.find("analyzed_list/analyzed")
            if an is not None:
                vals = {c.get("group_id"): c.get("value") for c in an.findall("count_list/count")}
                L.append(" | ".join(["Number of Participants Analyzed"] + [vals.get(g,"") for g in gids]))
            for c in m.findall("class_list/class"):
                ct = clean(c.findtext("title"))
                for cat in c.findall("category_list/category"):
                    lab = clean(cat.findtext("title")) or ct or "All participants"
                    if ct and clean(cat.findtext("title")): lab = f"{ct}: {lab}"
                    vals = {}
                    for me in cat.findall("measurement_list/measurement"):
                        v = me.get("value","")
                        if me.get("spread"): v += f" ({me.get('spread')})"
                        if me.get("lower_limit"): v += f" ({me.get('lower_limit')} to {me.get('upper_limit')})"
                        if me.text and clean(me.text): v = (v + " " + clean(me.text)).strip()
                        vals[me.get("group_id")] = v
                    L.append(" | ".join([lab] + [vals.get(g,"") for g in gids]))
            for a in o.findall("analysis_list/analysis"):
                parts = []
                for k, lab in [("non_inferiority_type","Hypothesis"),("p_value","P-Value"),("method","Method"),("param_type","Parameter"),("param_value","Estimate"),("ci_percent","CI %"),("ci_lower_limit","CI lower"),("ci_upper_limit","CI upper")]:
                    if a.findtext(k): parts.append(f"{lab}: {clean(a.findtext(k))}")
                if parts: L.append("Statistical Analysis: " + "; ".join(parts))
        L.append("")
    re_ = cr.find("reported_events")
    if re_ is not None:
        L += ["", "Adverse Events"]
        lv("Time Frame", tb(re_, "time_frame"))
        lv("Adverse Event Reporting Description", tb(re_, "desc"))
        groups = {g.get("group_id"): clean(g.findtext("title")) for g in re_.findall("group_list/group")}
        gids = list(groups)
        for kind, tag in [("Serious Adverse Events","serious_events"),("Other (Not Including Serious) Adverse Events","other_events")]:
            se = re_.find(tag)
            if se is None: continue
            L += ["", kind]
            if se.findtext("default_assessment"): lv("Assessment", clean(se.findtext("default_assessment")))
            if se.findtext("frequency_threshold"): lv("Frequency Threshold for Reporting (%)", clean(se.findtext("frequency_threshold")))
            L.append(" | ".join(["Organ System / Event"] + [groups[g] for g in gids]))
            n = 0
            for cat in se.findall("category_list/category"):
                ct = clean(cat.findtext("title"))
                for ev in cat.findall("event_list/event"):
                    st = clean(ev.findtext("sub_title"))
                    vals = {}
                    for c in ev.findall("counts"):
                        vals[c.get("group_id")] = f"{c.get('subjects_affected','')}/{c.get('subjects_at_risk','')}"
                    lab = st if ct == "Total" or not st else f"{ct}: {st}"
                    if ct == "Total": lab = f"Total, {kind.split(' (')[0].lower()}"
                    L.append(" | ".join([lab] + [vals.get(g,"") for g in gids]))
                    n += 1
                    if max_other_ae and tag == "other_events" and n >= max_other_ae:
                        break
        L.append("")
    for k, lab in [("limitations_and_caveats","Limitations and Caveats")]:
        t = tb(cr, k)
        if t: L += [lab, t]
    pc = cr.find("point_of_contact")
    if pc is not None:
        L += ["", "Results Point of Contact"]
        lv("Name/Title", clean(pc.findtext("name_or_title"))); lv("Organization", clean(pc.findtext("organization")))
    text = "\n".join(L)
    text = re.sub(r"\n{3,}", "\n\n", text)
    out.write(text.rstrip()+"\n")

if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser(); ap.add_argument("xml"); ap.add_argument("out"); ap.add_argument("--header", required=True)
    ap.add_argument("--max-outcomes", type=int); ap.add_argument("--max-other-ae", type=int)
    a = ap.parse_args()
    with open(a.out, "w", encoding="utf-8") as f:
        main(a.xml, a.header, a.max_outcomes, a.max_other_ae, f)
