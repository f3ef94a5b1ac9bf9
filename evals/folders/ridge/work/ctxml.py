"""ClinicalTrials.gov legacy XML -> 'Label: value' text (layout only)."""
import re, subprocess
import xml.etree.ElementTree as ET

def tb(e):
    """textblock: keep line structure of list items, join wrapped lines."""
    if e is None: return []
    raw = e.text or ""
    paras = re.split(r"\n\s*\n", raw.strip("\n"))
    out = []
    for p in paras:
        lines = [l.strip() for l in p.split("\n") if l.strip()]
        cur = ""
        for l in lines:
            if re.match(r"^(-|\*|•|\d+\.|[a-z]\))\s", l) and cur:
                out.append(cur); cur = re.sub(r"^-\s+", "- ", l)
            else:
                cur = (cur + " " + l).strip()
        if cur: out.append(cur)
    return [re.sub(r"^-\s+", "- ", x) for x in out]

def g(e, path):
    x = e.find(path)
    return re.sub(r"\s+", " ", x.text).strip() if x is not None and x.text else None

def convert(xml, header):
    r = ET.fromstring(xml)
    o = [header, ""]
    def kv(label, path):
        v = g(r, path)
        if v: o.append(f"{label}: {v}")
    kv("Download note", "required_header/download_date")
    kv("URL", "required_header/url")
    o.append(""); o.append("Identification")
    kv("NCT ID", "id_info/nct_id"); kv("Organization study ID", "id_info/org_study_id")
    for s in r.findall("id_info/secondary_id"): o.append(f"Secondary ID: {s.text.strip()}")
    kv("Brief title", "brief_title"); kv("Official title", "official_title"); kv("Acronym", "acronym")
    o.append(""); o.append("Sponsors")
    kv("Lead sponsor", "sponsors/lead_sponsor/agency"); kv("Lead sponsor class", "sponsors/lead_sponsor/agency_class")
    for c in r.findall("sponsors/collaborator"): o.append(f"Collaborator: {g(c,'agency')} ({g(c,'agency_class')})")
    kv("Source", "source")
    ov = r.find("oversight_info")
    if ov is not None:
        o.append(""); o.append("Oversight")
        for ch in ov: o.append(f"{ch.tag.replace('_',' ').capitalize()}: {ch.text.strip()}")
    for tag, lab in (("brief_summary", "Brief summary"), ("detailed_description", "Detailed description")):
        e = r.find(tag + "/textblock")
        if e is not None:
            o.append(""); o.append(lab); o.extend(tb(e))
    o.append(""); o.append("Status and dates")
    for lab, p in (("Overall status","overall_status"),("Why stopped","why_stopped"),("Start date","start_date"),("Completion date","completion_date"),
                   ("Primary completion date","primary_completion_date"),("Study first submitted","study_first_submitted"),
                   ("Study first posted","study_first_posted"),("Last update submitted","last_update_submitted"),("Last update posted","last_update_posted"),("Verification date","verification_date")):
        e = r.find(p)
        if e is not None and e.text:
            t = e.get("type")
            o.append(f"{lab}: {e.text.strip()}" + (f" ({t})" if t else ""))
    o.append(""); o.append("Design")
    kv("Study type", "study_type"); kv("Phase", "phase")
    e = r.find("enrollment")
    if e is not None: o.append(f"Enrollment: {e.text.strip()}" + (f" ({e.get('type')})" if e.get("type") else ""))
    for ch in (r.find("study_design_info") or []):
        o.append(f"{ch.tag.replace('_',' ').capitalize()}: {ch.text.strip()}")
    ea = r.find("expanded_access_info")
    if ea is not None:
        for ch in ea: o.append(f"{ch.tag.replace('_',' ').capitalize()}: {ch.text.strip()}")
    for c in r.findall("condition"): o.append(f"Condition: {c.text.strip()}")
    for tag, lab in (("primary_outcome","Primary outcome"),("secondary_outcome","Secondary outcome"),("other_outcome","Other outcome")):
        for po in r.findall(tag):
            o.append(""); o.append(lab)
            kv2 = lambda l, p: o.append(f"{l}: {g(po,p)}") if g(po,p) else None
            kv2("Measure","measure"); kv2("Time frame","time_frame"); kv2("Description","description")
    for ag in r.findall("arm_group"):
        o.append(""); o.append("Arm group")
        for l,p in (("Label","arm_group_label"),("Type","arm_group_type"),("Description","description")):
            v = g(ag,p)
            if v: o.append(f"{l}: {v}")
    for it in r.findall("intervention"):
        o.append(""); o.append("Intervention")
        for l,p in (("Type","intervention_type"),("Name","intervention_name"),("Description","description")):
            v = g(it,p)
            if v: o.append(f"{l}: {v}")
        for a in it.findall("arm_group_label"): o.append(f"Arm group label: {a.text.strip()}")
        for a in it.findall("other_name"): o.append(f"Other name: {a.text.strip()}")
    el = r.find("eligibility")
    if el is not None:
        o.append(""); o.append("Eligibility")
        c = el.find("criteria/textblock")
        if c is not None: o.extend(tb(c))
        for l,p in (("Gender","gender"),("Minimum age","minimum_age"),("Maximum age","maximum_age"),("Healthy volunteers","healthy_volunteers")):
            v = g(el,p)
            if v: o.append(f"{l}: {v}")
    for ofc in r.findall("overall_official"):
        o.append(""); o.append("Overall official")
        for ch in ofc: o.append(f"{ch.tag.replace('_',' ').capitalize()}: {re.sub(chr(10),' ',ch.text).strip()}")
    oc = r.find("overall_contact")
    if oc is not None:
        o.append(""); o.append("Overall contact")
        for ch in oc:
            if ch.tag in ("last_name",): o.append(f"Name: {ch.text.strip()}")
    if r.findall("location"): o.append(""); o.append("Locations")
    for loc in r.findall("location"):
        f = loc.find("facility")
        parts = [g(f,"name"), g(f,"address/city"), g(f,"address/state"), g(f,"address/zip"), g(f,"address/country")]
        o.append("Location: " + " | ".join(p for p in parts if p))
    for c in r.findall("location_countries/country"): o.append(f"Location country: {c.text.strip()}")
    refs = r.findall("reference") + r.findall("results_reference")
    if refs:
        o.append(""); o.append("References")
        for rf in refs:
            o.append("Reference: " + (g(rf,"citation") or "") + (f" PMID: {g(rf,'PMID')}" if g(rf,'PMID') else ""))
    kws = [k.text.strip() for k in r.findall("keyword")]
    if kws: o.append(""); o.append("Keywords: " + "; ".join(kws))
    mesh = [m.text.strip() for m in r.findall("condition_browse/mesh_term")]
    if mesh: o.append("Condition MeSH terms: " + "; ".join(mesh))
    mesh = [m.text.strip() for m in r.findall("intervention_browse/mesh_term")]
    if mesh: o.append("Intervention MeSH terms: " + "; ".join(mesh))
    return "\n".join(o).strip() + "\n"

if __name__ == "__main__":
    comet = subprocess.run(["git","-C","/work/.mirror/bearnd+ct-ingester/repo","show","HEAD:tests/assets/NCT00000113.py"],capture_output=True,text=True).stdout
    comet = comet.split('"""')[1]
    open("raw/NCT00000113.xml","w").write(comet)
    rux = subprocess.run(["git","-C","/work/.mirror/ctti-clinicaltrials+aact/repo","show","HEAD:spec/support/xml_data/NCT03446690.xml"],capture_output=True,text=True).stdout
    open("raw/NCT03446690.xml","w").write(rux)
    sco = subprocess.run(["git","-C","/work/.mirror/hantswilliams+clinicaltrials_trec_2022/repo","show","HEAD:data/sample/NCT00055575.xml"],capture_output=True,text=True).stdout
    open("raw/NCT00055575.xml","w").write(sco)
    for xml, fn, hdr in [
        (comet, "07_ctgov_NCT00000113_comet_myopia_progressive_lenses.txt", "ClinicalTrials.gov registry record (legacy XML export, no posted results): NCT00000113, Correction of Myopia Evaluation Trial (COMET) - source: GitHub bearnd/ct-ingester tests/assets/NCT00000113.py"),
        (rux, "08_ctgov_NCT03446690_mi_varnish_white_spot_lesions.txt", "ClinicalTrials.gov registry record (legacy XML export, no posted results): NCT03446690, MI Varnish for prevention of white spot lesions in orthodontic treatment (University of Alabama at Birmingham) - source: GitHub ctti-clinicaltrials/aact spec/support/xml_data/NCT03446690.xml"),
        (sco, "09_ctgov_NCT00055575_scopolamine_mood_disorders.txt", "ClinicalTrials.gov registry record (legacy XML export, no posted results): NCT00055575, cholinergic modulation (scopolamine) in mood disorders, NIMH - source: GitHub hantswilliams/clinicaltrials_trec_2022 data/sample/NCT00055575.xml"),
    ]:
        t = convert(xml.encode() if False else xml, hdr)
        open("/work/s32/blind/ridge/docs/" + fn, "w").write(t); print(fn, len(t))
