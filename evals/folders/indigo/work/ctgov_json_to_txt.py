#!/usr/bin/env python3
"""Convert a ClinicalTrials.gov API v2 JSON study (from ctti-clinicaltrials/aact spec fixtures) to
'Label: value' lines; results tables as rows with ' | '. Layout only. Usage: ctgov_json_to_txt.py <git-path> <out> <header>"""
import json, re, subprocess, sys
REPO = "/work/.mirror/ctti-clinicaltrials+aact/repo"
path, out, header = sys.argv[1], sys.argv[2], sys.argv[3]
d = json.loads(subprocess.check_output(["git", "-C", REPO, "show", "HEAD:" + path]))
L = []
def lab(k):
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", k).replace("Module", "").strip()
    return s[:1].upper() + s[1:].lower()
def flat(obj, prefix=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)):
                if isinstance(v, dict) and k.endswith("Module"):
                    L.append(""); 
                flat(v, (prefix + " " + lab(k)).strip() if not k.endswith("Module") and not k.endswith("Struct") and k not in ("designInfo",) else (prefix + " " + lab(k.replace("Struct", ""))).strip() if k.endswith("Struct") else prefix)
            else:
                label = (prefix + " " + lab(k)).strip()
                label = label[:1].upper() + label[1:].lower()
                val = str(v)
                if "\n" in val:
                    L.append(label + ":"); L.extend([x.strip() for x in re.split(r"\n\s*\n", val.strip()) if x.strip()])
                else:
                    L.append(f"{label}: {val}")
    elif isinstance(obj, list):
        for item in obj:
            if isinstance(item, (dict, list)):
                if isinstance(item, dict) and len(item) > 1: L.append("")
                flat(item, prefix)
            else:
                L.append(f"{prefix[:1].upper() + prefix[1:].lower()}: {item}")
flat(d["protocolSection"])
rs = d.get("resultsSection")
def gmap(groups):
    m = {}
    for g in groups:
        m[g["id"]] = g.get("title", g["id"])
        L.append(f"Group {g['id']}: {g.get('title','')}" + (f" — {g['description']}" if g.get("description") else ""))
    return m
def meas_rows(measures, m):
    for me in measures:
        L.append("")
        for k in ["title", "description", "populationDescription", "reportingStatus", "paramType", "dispersionType", "unitOfMeasure", "timeFrame", "type"]:
            if me.get(k): L.append(f"Measure {lab(k)}: {me[k]}")
        ids = None
        for dn in me.get("denoms", []):
            L.append(" | ".join([f"{dn.get('units','')} analyzed"] + [f"{m.get(c['groupId'], c['groupId'])}: {c['value']}" for c in dn.get("counts", [])]))
        for cl in me.get("classes", []):
            for cat in cl.get("categories", []):
                ms = cat.get("measurements", [])
                label = " — ".join([x for x in [cl.get("title", ""), cat.get("title", "")] if x]) or "Value"
                cells = []
                for x in ms:
                    v = x.get("value", "")
                    ex = []
                    if x.get("spread"): ex.append(x["spread"])
                    if x.get("lowerLimit") or x.get("upperLimit"): ex.append(f"{x.get('lowerLimit','')} to {x.get('upperLimit','')}")
                    cells.append(f"{m.get(x['groupId'], x['groupId'])}: {v}" + (f" ({', '.join(ex)})" if ex else "") + (f" {x['comment']}" if x.get("comment") else ""))
                L.append(" | ".join([label] + cells))
        for an in me.get("analyses", []):
            for k, v in an.items():
                if k == "groupIds": L.append("Analysis groups: " + ", ".join(m.get(g, g) for g in v))
                elif not isinstance(v, (list, dict)): L.append(f"Analysis {lab(k)}: {v}")
if rs:
    L.append(""); L.append("RESULTS")
    pf = rs.get("participantFlowModule")
    if pf:
        L.append(""); L.append("Participant Flow")
        for k in ["recruitmentDetails", "preAssignmentDetails"]:
            if pf.get(k): L.append(f"{lab(k)}: {pf[k]}")
        m = gmap(pf.get("groups", []))
        for per in pf.get("periods", []):
            L.append(f"Period: {per.get('title','')}")
            for ms in per.get("milestones", []):
                L.append(" | ".join([ms.get("type", "")] + [f"{m.get(a['groupId'])}: {a.get('numSubjects','')}" for a in ms.get("achievements", [])]))
            for dw in per.get("dropWithdraws", []):
                L.append(" | ".join(["Not completed reason: " + dw.get("type", "")] + [f"{m.get(a['groupId'])}: {a.get('numSubjects','')}" for a in dw.get("reasons", [])]))
    bl = rs.get("baselineCharacteristicsModule")
    if bl:
        L.append(""); L.append("Baseline Characteristics")
        if bl.get("populationDescription"): L.append(f"Population description: {bl['populationDescription']}")
        m = gmap(bl.get("groups", []))
        for dn in bl.get("denoms", []):
            L.append(" | ".join([f"Overall number of baseline participants ({dn.get('units','')})"] + [f"{m.get(c['groupId'])}: {c['value']}" for c in dn.get("counts", [])]))
        meas_rows(bl.get("measures", []), m)
    om = rs.get("outcomeMeasuresModule")
    if om:
        L.append(""); L.append("Outcome Measures")
        for me in om.get("outcomeMeasures", []):
            L.append("")
            m = gmap(me.get("groups", []))
            meas_rows([me], m)
    ae = rs.get("adverseEventsModule")
    if ae:
        L.append(""); L.append("Adverse Events")
        for k in ["frequencyThreshold", "timeFrame", "description"]:
            if ae.get(k): L.append(f"Adverse events {lab(k)}: {ae[k]}")
        m = {}
        for g in ae.get("eventGroups", []):
            m[g["id"]] = g.get("title")
            L.append(f"Group {g['id']}: {g.get('title')} | deaths {g.get('deathsNumAffected')}/{g.get('deathsNumAtRisk')} | serious {g.get('seriousNumAffected')}/{g.get('seriousNumAtRisk')} | other {g.get('otherNumAffected')}/{g.get('otherNumAtRisk')}")
        for kind in ["seriousEvents", "otherEvents"]:
            if ae.get(kind):
                L.append(""); L.append(lab(kind))
                for ev in ae[kind]:
                    L.append(" | ".join([f"{ev.get('organSystem','')} — {ev.get('term','')}"] + [f"{m.get(s['groupId'])}: {s.get('numAffected')}/{s.get('numAtRisk')}" for s in ev.get("stats", [])]))
    mi = rs.get("moreInfoModule")
    if mi:
        L.append(""); flat(mi, "More info")
L = [re.sub(r"^([^:|]*?)\b(\w+) \2(?=( |:))", r"\1\2", x) if ":" in x else x for x in L]  # 'date date' -> 'date' in labels
text = re.sub(r"\n{3,}", "\n\n", "\n".join(L)).strip()
open(out, "w", encoding="utf-8").write(header + "\n\n" + text + "\n")
print(out, len(text))
