#!/usr/bin/env python3
"""Convert a ClinicalTrials.gov legacy XML record (with results) to 'Label: value' text.
Layout only: tags -> labels, textblocks reflowed, results tables -> ' | ' rows.
usage: ctxml2txt.py INPUT OUTPUT "HEADER LINE" [max_locations]
"""
import re
import sys
import xml.etree.ElementTree as ET

src, out, header = sys.argv[1], sys.argv[2], sys.argv[3]
max_loc = int(sys.argv[4]) if len(sys.argv) > 4 else 10 ** 6
raw = open(src, encoding="utf-8").read()
if src.endswith(".py"):
    raw = raw.split('"""', 2)[1]
raw = raw.replace("&#xD;", "")
root = ET.fromstring(raw.strip())
L = []


def t(el):
    return re.sub(r"\s+", " ", (el.text or "")).strip() if el is not None else ""


def block(el):
    """reflow a textblock: keep paragraph / list structure, join hard-wrapped lines."""
    txt = (el.text or "").replace("\r", "")
    lines = [ln.strip() for ln in txt.split("\n")]
    paras, cur = [], []
    for ln in lines:
        if not ln:
            if cur:
                paras.append(" ".join(cur))
                cur = []
            continue
        if re.match(r"^([-*•]|\d+[.)]|[a-z][.)])\s", ln) and cur:
            paras.append(" ".join(cur))
            cur = []
        cur.append(ln)
    if cur:
        paras.append(" ".join(cur))
    return paras


def kv(label, el):
    v = t(el)
    if v:
        L.append(f"{label}: {v}")


def heading(h):
    if L and L[-1] != "":
        L.append("")
    L.append(h)


def tb(label, el):
    if el is None:
        return
    tbx = el.find("textblock")
    paras = block(tbx if tbx is not None else el)
    if not paras:
        return
    L.append(f"{label}:")
    L.extend(paras)


def date(el):
    if el is None:
        return ""
    v = t(el)
    typ = el.get("type")
    return f"{v} ({typ})" if typ else v


r = root
L.append(header)
L.append("")
kv("Record", r.find("required_header/download_date"))
kv("URL", r.find("required_header/url"))

heading("IDENTIFICATION")
kv("NCT Number", r.find("id_info/nct_id"))
kv("Organization Study ID", r.find("id_info/org_study_id"))
for s in r.findall("id_info/secondary_id"):
    kv("Secondary ID", s)
kv("Brief Title", r.find("brief_title"))
kv("Acronym", r.find("acronym"))
kv("Official Title", r.find("official_title"))

heading("SPONSORS AND OVERSIGHT")
kv("Lead Sponsor", r.find("sponsors/lead_sponsor/agency"))
kv("Lead Sponsor Class", r.find("sponsors/lead_sponsor/agency_class"))
for c in r.findall("sponsors/collaborator"):
    kv("Collaborator", c.find("agency"))
kv("Information Source", r.find("source"))
rp = r.find("responsible_party")
if rp is not None:
    kv("Responsible Party", rp.find("responsible_party_type"))
    kv("Investigator Affiliation", rp.find("investigator_affiliation"))
    kv("Investigator Full Name", rp.find("investigator_full_name"))
    kv("Investigator Title", rp.find("investigator_title"))
for ch in r.findall("oversight_info/*"):
    lab = {"has_dmc": "Data Monitoring Committee", "is_fda_regulated_drug": "FDA-regulated Drug",
           "is_fda_regulated_device": "FDA-regulated Device", "is_unapproved_device": "Unapproved Device",
           "is_ppsd": "Pediatric Postmarket Surveillance", "is_us_export": "Product Exported from the U.S.",
           "authority": "Authority"}.get(ch.tag, ch.tag)
    kv(lab, ch)

heading("DESCRIPTION")
tb("Brief Summary", r.find("brief_summary"))
tb("Detailed Description", r.find("detailed_description"))

heading("STATUS AND DATES")
kv("Overall Status", r.find("overall_status"))
kv("Why Stopped", r.find("why_stopped"))
for tag, lab in [("start_date", "Study Start Date"), ("completion_date", "Study Completion Date"),
                 ("primary_completion_date", "Primary Completion Date"),
                 ("verification_date", "Record Verification Date"),
                 ("study_first_submitted", "First Submitted"), ("study_first_submitted_qc", "First Submitted that Met QC Criteria"),
                 ("study_first_posted", "First Posted"), ("results_first_submitted", "Results First Submitted"),
                 ("results_first_submitted_qc", "Results First Submitted that Met QC Criteria"),
                 ("results_first_posted", "Results First Posted"), ("last_update_submitted", "Last Update Submitted"),
                 ("last_update_submitted_qc", "Last Update Submitted that Met QC Criteria"),
                 ("last_update_posted", "Last Update Posted")]:
    el = r.find(tag)
    if el is not None:
        L.append(f"{lab}: {date(el)}")

heading("STUDY DESIGN")
kv("Study Type", r.find("study_type"))
kv("Phase", r.find("phase"))
kv("Has Expanded Access", r.find("has_expanded_access"))
for ch in r.findall("study_design_info/*"):
    lab = ch.tag.replace("_", " ").title()
    kv(lab, ch)
kv("Number of Arms", r.find("number_of_arms"))
kv("Number of Groups", r.find("number_of_groups"))
el = r.find("enrollment")
if el is not None:
    L.append(f"Enrollment: {date(el)}")
kv("Target Duration", r.find("target_duration"))
for c in r.findall("condition"):
    kv("Condition", c)
for k in r.findall("keyword"):
    kv("Keyword", k)

for kind, lab in [("primary_outcome", "Primary Outcome Measure"), ("secondary_outcome", "Secondary Outcome Measure"),
                  ("other_outcome", "Other Outcome Measure")]:
    for o in r.findall(kind):
        heading(lab.upper())
        kv("Measure", o.find("measure"))
        kv("Time Frame", o.find("time_frame"))
        kv("Description", o.find("description"))

for a in r.findall("arm_group"):
    heading("ARM / GROUP")
    kv("Label", a.find("arm_group_label"))
    kv("Type", a.find("arm_group_type"))
    kv("Description", a.find("description"))
for i in r.findall("intervention"):
    heading("INTERVENTION")
    kv("Type", i.find("intervention_type"))
    kv("Name", i.find("intervention_name"))
    kv("Description", i.find("description"))
    for g in i.findall("arm_group_label"):
        kv("Arm/Group Label", g)
    for g in i.findall("other_name"):
        kv("Other Name", g)

e = r.find("eligibility")
if e is not None:
    heading("ELIGIBILITY")
    kv("Study Population", e.find("study_pop/textblock"))
    kv("Sampling Method", e.find("sampling_method"))
    tb("Criteria", e.find("criteria"))
    kv("Sex", e.find("gender"))
    kv("Gender Based", e.find("gender_based"))
    kv("Minimum Age", e.find("minimum_age"))
    kv("Maximum Age", e.find("maximum_age"))
    kv("Accepts Healthy Volunteers", e.find("healthy_volunteers"))

offs = r.findall("overall_official")
if offs:
    heading("INVESTIGATORS")
    for o in offs:
        L.append("Overall Official: " + ", ".join(x for x in [t(o.find("last_name")), t(o.find("role")), t(o.find("affiliation"))] if x))

locs = r.findall("location")
if locs:
    heading("LOCATIONS")
    L.append("Facility | City | State | Zip | Country")
    for n, loc in enumerate(locs):
        if n == max_loc:
            L.append("[...]")
            break
        f = loc.find("facility")
        L.append(" | ".join([t(f.find("name")), t(f.find("address/city")), t(f.find("address/state")),
                             t(f.find("address/zip")), t(f.find("address/country"))]))
for c in r.findall("location_countries/country"):
    kv("Location Country", c)

refs = r.findall("reference") + r.findall("results_reference")
if refs:
    heading("REFERENCES")
    for ref in r.findall("reference"):
        L.append("Reference: " + t(ref.find("citation")) + (f" PMID: {t(ref.find('PMID'))}" if ref.find("PMID") is not None else ""))
    for ref in r.findall("results_reference"):
        L.append("Results Reference: " + t(ref.find("citation")) + (f" PMID: {t(ref.find('PMID'))}" if ref.find("PMID") is not None else ""))

mesh = [t(m) for m in r.findall("condition_browse/mesh_term")]
if mesh:
    L.append("Condition MeSH Terms: " + "; ".join(mesh))
mesh = [t(m) for m in r.findall("intervention_browse/mesh_term")]
if mesh:
    L.append("Intervention MeSH Terms: " + "; ".join(mesh))


# ---------------- results ----------------
def groups(parent, title):
    gl = parent.find("group_list")
    ids, names = [], {}
    if gl is None:
        return ids, names
    L.append(f"{title}:")
    for g in gl.findall("group"):
        gid = g.get("group_id")
        ids.append(gid)
        names[gid] = t(g.find("title"))
        desc = t(g.find("description"))
        L.append(f"{gid} | {names[gid]}" + (f" | {desc}" if desc else ""))
    return ids, names


def fmt_meas(m):
    v = m.get("value", "")
    sp, lo, hi = m.get("spread"), m.get("lower_limit"), m.get("upper_limit")
    if sp:
        v += f" ({sp})"
    elif lo or hi:
        v += f" ({lo} to {hi})"
    if m.text and m.text.strip():
        v += " " + re.sub(r"\s+", " ", m.text.strip())
    return v


def measure_table(meas, ids, names):
    hdr = " | ".join(names[i] for i in ids)
    for al in meas.findall("analyzed_list/analyzed"):
        L.append(f"Number Analyzed [{t(al.find('units'))}] | " + " | ".join(
            next((c.get("value") for c in al.findall("count_list/count") if c.get("group_id") == i), "") for i in ids))
    L.append(f"Category | {hdr}")
    for cl in meas.findall("class_list/class"):
        ctitle = t(cl.find("title"))
        for al in cl.findall("analyzed_list/analyzed"):
            L.append(f"{ctitle} - Number Analyzed [{t(al.find('units'))}] | " + " | ".join(
                next((c.get("value") for c in al.findall("count_list/count") if c.get("group_id") == i), "") for i in ids))
        for cat in cl.findall("category_list/category"):
            lab = " - ".join(x for x in [ctitle, t(cat.find("title"))] if x) or meas_title(meas)
            vals = {m.get("group_id"): fmt_meas(m) for m in cat.findall("measurement_list/measurement")}
            L.append(lab + " | " + " | ".join(vals.get(i, "") for i in ids))


def meas_title(m):
    return t(m.find("title")) or "Value"


cr = r.find("clinical_results")
if cr is not None:
    heading("=== RESULTS ===")
    pf = cr.find("participant_flow")
    if pf is not None:
        heading("PARTICIPANT FLOW")
        kv("Recruitment Details", pf.find("recruitment_details"))
        kv("Pre-assignment Details", pf.find("pre_assignment_details"))
        ids, names = groups(pf, "Reporting Groups")
        for per in pf.findall("period_list/period"):
            heading(f"Period: {t(per.find('title'))}")
            L.append("Milestone | " + " | ".join(names[i] for i in ids))
            for ms in per.findall("milestone_list/milestone"):
                vals = {p.get("group_id"): p.get("count", "") + (f" {t(p)}" if t(p) else "") for p in ms.findall("participants_list/participants")}
                L.append(t(ms.find("title")) + " | " + " | ".join(vals.get(i, "") for i in ids))
            dws = per.findall("drop_withdraw_reason_list/drop_withdraw_reason")
            if dws:
                L.append("Reason Not Completed | " + " | ".join(names[i] for i in ids))
                for dw in dws:
                    vals = {p.get("group_id"): p.get("count", "") for p in dw.findall("participant_list/participants") + dw.findall("participants_list/participants")}
                    L.append(t(dw.find("title")) + " | " + " | ".join(vals.get(i, "") for i in ids))
    bl = cr.find("baseline")
    if bl is not None:
        heading("BASELINE CHARACTERISTICS")
        kv("Population Description", bl.find("population"))
        ids, names = groups(bl, "Reporting Groups")
        for al in bl.findall("analyzed_list/analyzed"):
            L.append(f"Overall Number of Baseline Participants [{t(al.find('units'))}] | " + " | ".join(
                next((c.get("value") for c in al.findall("count_list/count") if c.get("group_id") == i), "") for i in ids))
        for m in bl.findall("measure_list/measure"):
            heading(f"Baseline Measure: {t(m.find('title'))}")
            kv("Description", m.find("description"))
            kv("Population Description", m.find("population"))
            kv("Unit of Measure", m.find("units"))
            kv("Measure Type", m.find("param"))
            kv("Dispersion", m.find("dispersion"))
            measure_table(m, ids, names)
    for n, o in enumerate(cr.findall("outcome_list/outcome"), 1):
        heading(f"OUTCOME MEASURE {n}")
        kv("Type", o.find("type"))
        kv("Title", o.find("title"))
        kv("Description", o.find("description"))
        kv("Time Frame", o.find("time_frame"))
        kv("Safety Issue", o.find("safety_issue"))
        kv("Population Description", o.find("population"))
        ids, names = groups(o, "Arms/Groups")
        m = o.find("measure")
        if m is not None:
            kv("Unit of Measure", m.find("units"))
            kv("Measure Type", m.find("param"))
            kv("Dispersion", m.find("dispersion"))
            measure_table(m, ids, names)
        for an in o.findall("analysis_list/analysis"):
            L.append("Statistical Analysis:")
            gids = [g.text for g in an.findall("group_id_list/group_id")]
            if gids:
                L.append("Comparison Groups: " + ", ".join(names.get(g, g) for g in gids))
            for tag, lab in [("groups_desc", "Comments"), ("non_inferiority_type", "Non-Inferiority or Equivalence Analysis"),
                             ("non_inferiority_desc", "Non-Inferiority Comments"), ("p_value", "P-Value"),
                             ("p_value_desc", "P-Value Comments"), ("method", "Method"), ("method_desc", "Method Comments"),
                             ("param_type", "Estimation Parameter"), ("param_value", "Estimated Value"),
                             ("ci_percent", "Confidence Interval (%)"), ("ci_n_sides", "CI Sides"),
                             ("ci_lower_limit", "CI Lower Limit"), ("ci_upper_limit", "CI Upper Limit"),
                             ("dispersion_type", "Parameter Dispersion Type"), ("dispersion_value", "Dispersion Value"),
                             ("estimate_desc", "Estimation Comments")]:
                kv(lab, an.find(tag))
    re_ = cr.find("reported_events")
    if re_ is not None:
        heading("ADVERSE EVENTS")
        kv("Time Frame", re_.find("time_frame"))
        kv("Adverse Event Reporting Description", re_.find("desc"))
        ids, names = groups(re_, "Reporting Groups")
        for kind, lab in [("serious_events", "Serious Adverse Events"), ("other_events", "Other (Not Including Serious) Adverse Events")]:
            se = re_.find(kind)
            if se is None:
                continue
            heading(lab)
            kv("Frequency Threshold for Reporting Other Adverse Events", se.find("frequency_threshold"))
            kv("Source Vocabulary", se.find("default_vocab"))
            kv("Assessment Type", se.find("default_assessment"))
            L.append("Organ System / Event | " + " | ".join(names[i] for i in ids) + "  [affected / at risk (events)]")
            for cat in se.findall("category_list/category"):
                ct = t(cat.find("title"))
                for ev in cat.findall("event_list/event"):
                    sub = t(ev.find("sub_title"))
                    vals = {}
                    for c in ev.findall("counts"):
                        v = f"{c.get('subjects_affected', '')}/{c.get('subjects_at_risk', '')}"
                        if c.get("events"):
                            v += f" ({c.get('events')})"
                        vals[c.get("group_id")] = v
                    L.append(f"{ct} - {sub} | " + " | ".join(vals.get(i, "") for i in ids))
    heading("MORE INFORMATION")
    kv("Certain Agreements - Principal Investigators are NOT employed by the organization sponsoring the study", cr.find("certain_agreements/pi_employee"))
    kv("Restriction Description", cr.find("certain_agreements/restrictive_agreement"))
    kv("Limitations and Caveats", cr.find("limitations_and_caveats"))
    poc = cr.find("point_of_contact")
    if poc is not None:
        kv("Results Point of Contact - Name/Title", poc.find("name_or_title"))
        kv("Results Point of Contact - Organization", poc.find("organization"))

txt = "\n".join(L)
txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
open(out, "w", encoding="utf-8").write(txt)
print(out, len(txt))
