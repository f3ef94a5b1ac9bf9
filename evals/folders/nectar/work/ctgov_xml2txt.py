#!/usr/bin/env python3
"""Convert a legacy ClinicalTrials.gov XML record (clinical_study) to plain text.

Layout only: registry fields become "Label: value" lines, nested blocks become
section headings, results tables become " | " rows. Text blocks are de-wrapped
(hard line breaks inside paragraphs joined), wording unchanged.
Usage: ctgov_xml2txt.py in.xml out.txt "header line" [--max-ae-rows N]
"""
import re
import sys
import xml.etree.ElementTree as ET


def tb(text):
    """Reflow a textblock: keep paragraph/bullet structure, join wrapped lines."""
    if text is None:
        return ""
    text = text.replace("\r", "")
    lines = [l.rstrip() for l in text.split("\n")]
    paras, cur = [], []
    for l in lines:
        s = l.strip()
        if not s:
            if cur:
                paras.append(cur)
                cur = []
            continue
        if re.match(r"^-\s", s) or re.match(r"^\d+\.\s", s) or s.endswith(":"):
            if cur:
                paras.append(cur)
            cur = [s]
        else:
            cur.append(s)
    if cur:
        paras.append(cur)
    out = []
    for p in paras:
        t = " ".join(p)
        t = re.sub(r"^-\s+", "- ", t)
        t = re.sub(r"\s{2,}", " ", t)
        out.append(t)
    return "\n".join(out)


def txt(e, path):
    x = e.find(path)
    return None if x is None or x.text is None else x.text.strip()


def main():
    src, dst, header = sys.argv[1], sys.argv[2], sys.argv[3]
    max_ae = 10**9
    if "--max-ae-rows" in sys.argv:
        max_ae = int(sys.argv[sys.argv.index("--max-ae-rows") + 1])
    raw = open(src, encoding="utf-8").read()
    if src.endswith(".py"):
        raw = raw.split('"""', 2)[1]
    root = ET.fromstring(raw.strip())
    o = [header, ""]

    def kv(label, value):
        if value:
            if "\n" in value and label not in ("Study Population",):
                value = re.sub(r"\s*\n\s*", " ", value)
            o.append(f"{label}: {value}")

    def sec(title):
        o.append("")
        o.append(title)

    o.append("Record Information")
    kv("Download Date", txt(root, "required_header/download_date"))
    kv("URL", txt(root, "required_header/url"))
    sec("Identification")
    kv("NCT Number", txt(root, "id_info/nct_id"))
    kv("Organization Study ID", txt(root, "id_info/org_study_id"))
    for s in root.findall("id_info/secondary_id"):
        kv("Secondary ID", s.text.strip())
    kv("Brief Title", txt(root, "brief_title"))
    kv("Acronym", txt(root, "acronym"))
    kv("Official Title", txt(root, "official_title"))
    sec("Sponsors and Collaborators")
    kv("Lead Sponsor", txt(root, "sponsors/lead_sponsor/agency"))
    kv("Lead Sponsor Class", txt(root, "sponsors/lead_sponsor/agency_class"))
    for c in root.findall("sponsors/collaborator"):
        kv("Collaborator", txt(c, "agency"))
    kv("Source", txt(root, "source"))
    ov = root.find("oversight_info")
    if ov is not None:
        sec("Oversight")
        for ch in ov:
            kv(ch.tag.replace("_", " ").title().replace("Dmc", "DMC").replace("Fda", "FDA"), (ch.text or "").strip())
    sec("Brief Summary")
    o.append(tb(txt(root, "brief_summary/textblock")))
    if root.find("detailed_description") is not None:
        sec("Detailed Description")
        o.append(tb(txt(root, "detailed_description/textblock")))
    sec("Status and Dates")
    kv("Overall Status", txt(root, "overall_status"))
    kv("Why Stopped", txt(root, "why_stopped"))
    for tag, lab in [("start_date", "Start Date"), ("completion_date", "Completion Date"),
                     ("primary_completion_date", "Primary Completion Date")]:
        e = root.find(tag)
        if e is not None:
            t = e.get("type")
            kv(lab, e.text.strip() + (f" ({t})" if t else ""))
    sec("Design")
    kv("Phase", txt(root, "phase"))
    kv("Study Type", txt(root, "study_type"))
    kv("Has Expanded Access", txt(root, "has_expanded_access"))
    di = root.find("study_design_info")
    if di is not None:
        for ch in di:
            kv(ch.tag.replace("_", " ").title(), (ch.text or "").strip())
    kv("Number of Arms", txt(root, "number_of_arms"))
    e = root.find("enrollment")
    if e is not None:
        t = e.get("type")
        kv("Enrollment", e.text.strip() + (f" ({t})" if t else ""))
    for c in root.findall("condition"):
        kv("Condition", c.text.strip())
    for k in root.findall("keyword"):
        kv("Keyword", k.text.strip())
    for kind, tag in [("Primary Outcome", "primary_outcome"), ("Secondary Outcome", "secondary_outcome"),
                      ("Other Outcome", "other_outcome")]:
        for i, po in enumerate(root.findall(tag), 1):
            sec(f"{kind} {i}")
            kv("Measure", txt(po, "measure"))
            kv("Time Frame", txt(po, "time_frame"))
            kv("Description", txt(po, "description"))
    for i, ag in enumerate(root.findall("arm_group"), 1):
        sec(f"Arm {i}")
        kv("Arm Group Label", txt(ag, "arm_group_label"))
        kv("Arm Group Type", txt(ag, "arm_group_type"))
        kv("Description", txt(ag, "description"))
    for i, iv in enumerate(root.findall("intervention"), 1):
        sec(f"Intervention {i}")
        kv("Intervention Type", txt(iv, "intervention_type"))
        kv("Intervention Name", txt(iv, "intervention_name"))
        kv("Description", txt(iv, "description"))
        for a in iv.findall("arm_group_label"):
            kv("Arm Group Label", a.text.strip())
        for a in iv.findall("other_name"):
            kv("Other Name", a.text.strip())
    el = root.find("eligibility")
    if el is not None:
        sec("Eligibility")
        kv("Study Population", tb(txt(el, "study_pop/textblock")))
        kv("Sampling Method", txt(el, "sampling_method"))
        o.append("Criteria:")
        o.append(tb(txt(el, "criteria/textblock")))
        kv("Sex", txt(el, "gender"))
        kv("Minimum Age", txt(el, "minimum_age"))
        kv("Maximum Age", txt(el, "maximum_age"))
        kv("Accepts Healthy Volunteers", txt(el, "healthy_volunteers"))
    offs = root.findall("overall_official")
    if offs:
        sec("Overall Official")
        for of in offs:
            kv("Name", txt(of, "last_name"))
            kv("Role", txt(of, "role"))
            kv("Affiliation", txt(of, "affiliation"))
    locs = root.findall("location")
    if locs:
        sec("Locations")
        o.append("Facility | City | State | Country")
        for l in locs:
            o.append(" | ".join(x or "" for x in [txt(l, "facility/name"), txt(l, "facility/address/city"),
                                                    txt(l, "facility/address/state"), txt(l, "facility/address/country")]))
    lc = root.findall("location_countries/country")
    if lc:
        kv("Location Countries", ", ".join(c.text.strip() for c in lc))
    sec("Record Dates")
    for tag in ["verification_date", "firstreceived_date", "firstreceived_results_date", "lastchanged_date", "study_first_submitted", "study_first_submitted_qc", "study_first_posted",
                "results_first_submitted", "results_first_submitted_qc", "results_first_posted",
                "last_update_submitted", "last_update_submitted_qc", "last_update_posted"]:
        e = root.find(tag)
        if e is not None:
            t = e.get("type")
            kv(tag.replace("_", " ").title().replace("Qc", "QC"), e.text.strip() + (f" ({t})" if t else ""))
    kv("Responsible Party Type", txt(root, "responsible_party/responsible_party_type"))
    kv("Investigator Affiliation", txt(root, "responsible_party/investigator_affiliation"))
    kv("Investigator Full Name", txt(root, "responsible_party/investigator_full_name"))
    kv("Investigator Title", txt(root, "responsible_party/investigator_title"))
    ipd = root.find("patient_data")
    if ipd is not None:
        kv("Plan to Share IPD", txt(ipd, "sharing_ipd"))
        kv("IPD Description", txt(ipd, "ipd_description"))
    mt = root.findall("condition_browse/mesh_term")
    if mt:
        kv("Condition MeSH Terms", "; ".join(m.text.strip() for m in mt))
    mt = root.findall("intervention_browse/mesh_term")
    if mt:
        kv("Intervention MeSH Terms", "; ".join(m.text.strip() for m in mt))

    cr = root.find("clinical_results")
    if cr is not None:
        o.append("")
        o.append("RESULTS")
        pf = cr.find("participant_flow")
        if pf is not None:
            sec("Participant Flow")
            kv("Recruitment Details", txt(pf, "recruitment_details"))
            kv("Pre-assignment Details", txt(pf, "pre_assignment_details"))
            groups = {g.get("group_id"): txt(g, "title") for g in pf.findall("group_list/group")}
            for g in pf.findall("group_list/group"):
                kv(f"Group {g.get('group_id')}", f"{txt(g, 'title')}" + (f" — {txt(g, 'description')}" if txt(g, 'description') else ""))
            for per in pf.findall("period_list/period"):
                o.append(f"Period: {txt(per, 'title')}")
                gids = list(groups)
                o.append("Milestone | " + " | ".join(groups[g] for g in gids))
                for m in per.findall("milestone_list/milestone"):
                    cnt = {p.get("group_id"): p.get("count") for p in m.findall("participants_list/participants")}
                    o.append(f"{txt(m, 'title')} | " + " | ".join(cnt.get(g, "") for g in gids))
                dr = per.findall("drop_withdraw_reason_list/drop_withdraw_reason")
                if dr:
                    o.append("Reason Not Completed | " + " | ".join(groups[g] for g in gids))
                    for m in dr:
                        cnt = {p.get("group_id"): p.get("count") for p in m.findall("participants_list/participants")}
                        o.append(f"{txt(m, 'title')} | " + " | ".join(cnt.get(g, "") for g in gids))
        bl = cr.find("baseline")
        if bl is not None:
            sec("Baseline Characteristics")
            kv("Population", txt(bl, "population"))
            groups = {g.get("group_id"): txt(g, "title") for g in bl.findall("group_list/group")}
            gids = list(groups)
            for an in bl.findall("analyzed_list/analyzed"):
                cnt = {c.get("group_id"): c.get("value") for c in an.findall("count_list/count")}
                o.append(f"Overall Number of Baseline Participants | " + " | ".join(f"{groups[g]}: {cnt.get(g, '')}" for g in gids))
            for m in bl.findall("measure_list/measure"):
                desc = " ".join(x for x in [txt(m, "param"), txt(m, "dispersion")] if x)
                o.append(f"Measure: {txt(m, 'title')} ({txt(m, 'units')}; {desc})")
                if txt(m, "description"):
                    kv("Measure Description", txt(m, "description"))
                o.append("Category | " + " | ".join(groups[g] for g in gids))
                for cl in m.findall("class_list/class"):
                    ctitle = txt(cl, "title")
                    for cat in cl.findall("category_list/category"):
                        label = " / ".join(x for x in [ctitle, txt(cat, "title")] if x) or "All"
                        vals = {}
                        for me in cat.findall("measurement_list/measurement"):
                            v = me.get("value", "")
                            if me.get("spread"):
                                v += f" ({me.get('spread')})"
                            elif me.get("lower_limit") or me.get("upper_limit"):
                                v += f" ({me.get('lower_limit', '')} to {me.get('upper_limit', '')})"
                            vals[me.get("group_id")] = v
                        o.append(f"{label} | " + " | ".join(vals.get(g, "") for g in gids))
        for i, oc in enumerate(cr.findall("outcome_list/outcome"), 1):
            sec(f"Outcome Measure {i} ({txt(oc, 'type')})")
            kv("Title", txt(oc, "title"))
            kv("Description", txt(oc, "description"))
            kv("Time Frame", txt(oc, "time_frame"))
            kv("Population", txt(oc, "population"))
            kv("Posting Date", txt(oc, "posting_date"))
            groups = {g.get("group_id"): txt(g, "title") for g in oc.findall("group_list/group")}
            gids = list(groups)
            m = oc.find("measure")
            if m is None:
                continue
            kv("Units", txt(m, "units"))
            kv("Parameter", " / ".join(x for x in [txt(m, "param"), txt(m, "dispersion")] if x))
            for an in m.findall("analyzed_list/analyzed"):
                cnt = {c.get("group_id"): c.get("value") for c in an.findall("count_list/count")}
                o.append("Number Analyzed | " + " | ".join(f"{groups[g]}: {cnt.get(g, '')}" for g in gids))
            o.append("Result | " + " | ".join(groups[g] for g in gids))
            for cl in m.findall("class_list/class"):
                ctitle = txt(cl, "title")
                for cat in cl.findall("category_list/category"):
                    label = " / ".join(x for x in [ctitle, txt(cat, "title")] if x) or "Value"
                    vals = {}
                    for me in cat.findall("measurement_list/measurement"):
                        v = me.get("value", "")
                        if me.get("spread"):
                            v += f" ({me.get('spread')})"
                        elif me.get("lower_limit") or me.get("upper_limit"):
                            v += f" ({me.get('lower_limit', '')} to {me.get('upper_limit', '')})"
                        vals[me.get("group_id")] = v
                    o.append(f"{label} | " + " | ".join(vals.get(g, "") for g in gids))
            for j, an in enumerate(oc.findall("analysis_list/analysis"), 1):
                o.append(f"Statistical Analysis {j}")
                for tag, lab in [("groups_desc", "Comparison Groups Description"), ("non_inferiority_type", "Non-Inferiority Type"),
                                 ("non_inferiority_desc", "Non-Inferiority Description"), ("p_value", "P-Value"),
                                 ("p_value_desc", "P-Value Comments"), ("method", "Method"), ("method_desc", "Method Comments"),
                                 ("param_type", "Estimation Parameter"), ("param_value", "Estimated Value"),
                                 ("ci_percent", "Confidence Interval (%)"), ("ci_n_sides", "CI Sides"),
                                 ("ci_lower_limit", "CI Lower Limit"), ("ci_upper_limit", "CI Upper Limit"),
                                 ("estimate_desc", "Estimation Comments")]:
                    kv(lab, txt(an, tag))
        re_ = cr.find("reported_events")
        if re_ is not None:
            sec("Adverse Events")
            kv("Time Frame", txt(re_, "time_frame"))
            kv("Description", txt(re_, "desc"))
            groups = {g.get("group_id"): txt(g, "title") for g in re_.findall("group_list/group")}
            gids = list(groups)
            for kind in ["serious_events", "other_events"]:
                ev = re_.find(kind)
                if ev is None:
                    continue
                o.append("Serious Adverse Events" if kind == "serious_events" else "Other (Not Including Serious) Adverse Events")
                kv("Frequency Threshold", txt(ev, "frequency_threshold"))
                kv("Assessment Type", txt(ev, "default_assessment"))
                kv("Vocabulary", txt(ev, "default_vocab"))
                o.append("Organ System / Term | " + " | ".join(groups[g] for g in gids))
                n = 0
                cut = False
                for cat in ev.findall("category_list/category"):
                    ct = txt(cat, "title")
                    for e2 in cat.findall("event_list/event"):
                        vals = {c.get("group_id"): f"{c.get('subjects_affected')}/{c.get('subjects_at_risk')}" for c in e2.findall("counts")}
                        n += 1
                        if n > max_ae:
                            cut = True
                            continue
                        o.append(f"{ct} / {txt(e2, 'sub_title')} | " + " | ".join(vals.get(g, "") for g in gids))
                if cut:
                    o.append("[...]")
        ca = cr.find("certain_agreements")
        if ca is not None:
            sec("More Information")
            kv("PI Employed by Sponsor", txt(ca, "pi_employee"))
            kv("Restriction Description", txt(ca, "restrictive_agreement"))
        kv("Limitations and Caveats", txt(cr, "limitations_and_caveats"))
        poc = cr.find("point_of_contact")
        if poc is not None:
            kv("Results Point of Contact", ", ".join(x for x in [txt(poc, "name_or_title"), txt(poc, "organization")] if x))
    refs = root.findall("results_reference") + root.findall("reference")
    if refs:
        sec("References")
        for r in refs:
            kv("Citation", txt(r, "citation"))
            kv("PMID", txt(r, "PMID"))
    text = "\n".join(o)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    open(dst, "w", encoding="utf-8").write(text)
    print(dst, len(text))


if __name__ == "__main__":
    main()
