#!/usr/bin/env python3
"""Convert a ClinicalTrials.gov API v2 study JSON (with resultsSection) to 'Label: value' text.
Protocol modules flattened to labelled lines; results tables as ' | ' rows. Layout only.
usage: ctjson2txt.py INPUT OUTPUT "HEADER LINE"
"""
import json
import re
import sys

src, out, header = sys.argv[1], sys.argv[2], sys.argv[3]
d = json.load(open(src, encoding="utf-8"))
L = [header, ""]
SKIP = {"geoPoint", "email", "phone", "phoneExt"}


def label(k):
    s = re.sub(r"([a-z])([A-Z])", r"\1 \2", k)
    return s[0].upper() + s[1:]


def flat(x, prefix):
    if isinstance(x, dict):
        for k, v in x.items():
            if k in SKIP:
                continue
            flat(v, f"{prefix} - {label(k)}" if prefix else label(k))
    elif isinstance(x, list):
        for v in x:
            if isinstance(v, dict) and prefix:
                L.append("")
            flat(v, prefix)
    else:
        v = str(x)
        if "\n" in v:
            L.append(f"{prefix}:")
            for ln in v.split("\n"):
                ln = ln.strip()
                if ln:
                    L.append(ln)
        else:
            L.append(f"{prefix}: {v}")


def heading(h):
    if L and L[-1] != "":
        L.append("")
    L.append(h)


ps = d["protocolSection"]
for mod, title in [("identificationModule", "IDENTIFICATION"), ("statusModule", "STATUS AND DATES"),
                   ("sponsorCollaboratorsModule", "SPONSOR/COLLABORATORS"), ("oversightModule", "OVERSIGHT"),
                   ("descriptionModule", "DESCRIPTION"), ("conditionsModule", "CONDITIONS"),
                   ("designModule", "STUDY DESIGN"), ("armsInterventionsModule", "ARMS AND INTERVENTIONS"),
                   ("outcomesModule", "OUTCOME MEASURES (PROTOCOL)"), ("eligibilityModule", "ELIGIBILITY"),
                   ("contactsLocationsModule", "CONTACTS AND LOCATIONS"), ("referencesModule", "REFERENCES")]:
    if mod in ps:
        heading(title)
        flat(ps[mod], "")

rs = d.get("resultsSection", {})


def groups(gs, title):
    L.append(f"{title}:")
    names = {}
    for g in gs:
        names[g["id"]] = g["title"]
        L.append(f"{g['id']} | {g['title']} | {g.get('description', '')}".rstrip(" |"))
    return [g["id"] for g in gs], names


def meas(m):
    v = m.get("value", "")
    if "spread" in m:
        v += f" ({m['spread']})"
    elif "lowerLimit" in m or "upperLimit" in m:
        v += f" ({m.get('lowerLimit', '')} to {m.get('upperLimit', '')})"
    if m.get("comment"):
        v += f" {m['comment']}"
    return v


def table(mobj, ids, names):
    for dn in mobj.get("denoms", []):
        vals = {c["groupId"]: c["value"] for c in dn.get("counts", [])}
        L.append(f"Number Analyzed [{dn.get('units', '')}] | " + " | ".join(vals.get(i, "") for i in ids))
    L.append("Category | " + " | ".join(names[i] for i in ids))
    for cl in mobj.get("classes", []):
        ct = cl.get("title", "")
        for cat in cl.get("categories", []):
            lab = " - ".join(x for x in [ct, cat.get("title", "")] if x) or mobj.get("title", "Value")
            vals = {m["groupId"]: meas(m) for m in cat.get("measurements", [])}
            L.append(lab + " | " + " | ".join(vals.get(i, "") for i in ids))


if rs:
    heading("=== RESULTS ===")
    pf = rs.get("participantFlowModule")
    if pf:
        heading("PARTICIPANT FLOW")
        for k in ("recruitmentDetails", "preAssignmentDetails"):
            if k in pf:
                L.append(f"{label(k)}: {pf[k]}")
        ids, names = groups(pf["groups"], "Reporting Groups")
        for per in pf.get("periods", []):
            heading(f"Period: {per.get('title', '')}")
            L.append("Milestone | " + " | ".join(names[i] for i in ids))
            for ms in per.get("milestones", []):
                vals = {a["groupId"]: a.get("numSubjects", "") for a in ms.get("achievements", [])}
                L.append(ms.get("type", "") + " | " + " | ".join(vals.get(i, "") for i in ids))
            if per.get("dropWithdraws"):
                L.append("Reason Not Completed | " + " | ".join(names[i] for i in ids))
                for dw in per["dropWithdraws"]:
                    vals = {a["groupId"]: a.get("numSubjects", "") for a in dw.get("reasons", [])}
                    L.append(dw.get("type", "") + " | " + " | ".join(vals.get(i, "") for i in ids))
    bl = rs.get("baselineCharacteristicsModule")
    if bl:
        heading("BASELINE CHARACTERISTICS")
        if bl.get("populationDescription"):
            L.append(f"Population Description: {bl['populationDescription']}")
        ids, names = groups(bl["groups"], "Reporting Groups")
        for dn in bl.get("denoms", []):
            vals = {c["groupId"]: c["value"] for c in dn.get("counts", [])}
            L.append(f"Overall Number of Baseline Participants [{dn.get('units', '')}] | " + " | ".join(vals.get(i, "") for i in ids))
        for m in bl.get("measures", []):
            heading(f"Baseline Measure: {m.get('title', '')}")
            for k, lab in [("description", "Description"), ("populationDescription", "Population Description"),
                           ("unitOfMeasure", "Unit of Measure"), ("paramType", "Measure Type"), ("dispersionType", "Dispersion")]:
                if m.get(k):
                    L.append(f"{lab}: {m[k]}")
            table(m, ids, names)
    for n, o in enumerate(rs.get("outcomeMeasuresModule", {}).get("outcomeMeasures", []), 1):
        heading(f"OUTCOME MEASURE {n}")
        for k, lab in [("type", "Type"), ("title", "Title"), ("description", "Description"), ("timeFrame", "Time Frame"),
                       ("populationDescription", "Population Description"), ("reportingStatus", "Reporting Status"),
                       ("unitOfMeasure", "Unit of Measure"), ("paramType", "Measure Type"), ("dispersionType", "Dispersion")]:
            if o.get(k):
                L.append(f"{lab}: {o[k]}")
        ids, names = groups(o.get("groups", []), "Arms/Groups")
        table(o, ids, names)
        for an in o.get("analyses", []):
            L.append("Statistical Analysis:")
            flat(an, "Analysis")
    ae = rs.get("adverseEventsModule")
    if ae:
        heading("ADVERSE EVENTS")
        for k, lab in [("frequencyThreshold", "Frequency Threshold for Reporting Other Adverse Events"),
                       ("timeFrame", "Time Frame"), ("description", "Adverse Event Reporting Description")]:
            if ae.get(k):
                L.append(f"{lab}: {ae[k]}")
        ids = [g["id"] for g in ae["eventGroups"]]
        names = {g["id"]: g["title"] for g in ae["eventGroups"]}
        L.append("Reporting Groups:")
        for g in ae["eventGroups"]:
            L.append(f"{g['id']} | {g['title']} | {g.get('description', '')}")
        L.append("Summary | " + " | ".join(names[i] for i in ids))
        for k, lab in [("deaths", "All-Cause Mortality"), ("serious", "Total Serious Adverse Events"),
                       ("other", "Total Other (Not Including Serious) Adverse Events")]:
            L.append(lab + " | " + " | ".join(
                f"{g.get(k + 'NumAffected', '')}/{g.get(k + 'NumAtRisk', '')}" for g in ae["eventGroups"]))
        for k, lab in [("seriousEvents", "Serious Adverse Events"), ("otherEvents", "Other (Not Including Serious) Adverse Events")]:
            if ae.get(k):
                heading(lab)
                L.append("Organ System / Term | " + " | ".join(names[i] for i in ids) + "  [affected / at risk (events)] | Assessment Type | Notes")
                for ev in ae[k]:
                    vals = {s["groupId"]: f"{s.get('numAffected', '')}/{s.get('numAtRisk', '')} ({s.get('numEvents', '')})" for s in ev.get("stats", [])}
                    L.append(f"{ev.get('organSystem', '')} - {ev.get('term', '')} | " + " | ".join(vals.get(i, "") for i in ids)
                             + f" | {ev.get('assessmentType', '')} | {ev.get('notes', '')}".rstrip(" |"))
    mi = rs.get("moreInfoModule")
    if mi:
        heading("MORE INFORMATION")
        flat(mi, "")

ds = d.get("documentSection")
if ds:
    heading("DOCUMENTS")
    flat(ds, "")

txt = "\n".join(L)
txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
open(out, "w", encoding="utf-8").write(txt)
print(out, len(txt))
