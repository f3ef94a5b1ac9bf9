#!/usr/bin/env python3
"""Convert a legacy ClinicalTrials.gov study XML record into 'Label: value' plain text.
Wording and numbers are kept; only layout changes. Usage: ct2txt.py in.xml out.txt "header line" [options]
Options: --max-locations N  --no-other-events  --max-other-events N
"""
import re
import sys
import xml.etree.ElementTree as ET

LABELS = {
    "nct_id": "NCT ID", "org_study_id": "Org Study ID", "secondary_id": "Secondary ID", "nct_alias": "NCT Alias",
    "url": "URL", "has_dmc": "Has Data Monitoring Committee", "is_fda_regulated_drug": "FDA Regulated Drug",
    "is_fda_regulated_device": "FDA Regulated Device", "is_ppsd": "Pediatric Postmarket Surveillance Device",
    "is_us_export": "US Export", "study_first_submitted_qc": "Study First Submitted QC",
    "last_update_submitted_qc": "Last Update Submitted QC", "results_first_submitted_qc": "Results First Submitted QC",
    "disposition_first_submitted_qc": "Disposition First Submitted QC", "sharing_ipd": "Sharing IPD",
    "ipd_description": "IPD Description", "pi_employee": "PI Employee",
}


def lab(tag):
    return LABELS.get(tag, tag.replace("_", " ").title().replace(" Of ", " of ").replace(" And ", " and "))


def clean(s):
    return (s or "").strip()


def unwrap(text):
    """Join hard-wrapped lines of a textblock into paragraphs / list items, keeping the words."""
    lines = [l.strip() for l in text.replace("\r", "").split("\n")]
    out, cur = [], ""
    item_re = re.compile(r"^([-*•]|\d+[.)]|[a-z][.)]|[ivx]+[.)])\s+")
    for l in lines:
        if not l:
            if cur:
                out.append(cur)
                cur = ""
            continue
        is_item = bool(item_re.match(l))
        if is_item and l[0] in "-*" and cur and not item_re.match(cur) and cur[-1] not in ".:;)" :
            is_item = False  # a hyphen at a wrapped line start inside a sentence, not a list bullet
        if is_item or (l.endswith(":") and len(l) < 60 and not cur):
            if cur:
                out.append(cur)
            cur = l
        else:
            cur = (cur + " " + l) if cur else l
    if cur:
        out.append(cur)
    return out


class Conv:
    def __init__(self, opts):
        self.o = []
        self.opts = opts

    def line(self, s=""):
        self.o.append(s)

    def kv(self, label, val):
        val = clean(val)
        if not val:
            return
        parts = [p.strip() for p in val.split("\n")]
        parts = [p for p in parts if p]
        merged = []
        for p in parts:  # re-join a sentence hard-wrapped in the source field
            if merged and merged[-1][-1] not in ".:;!?" and (p[0].islower() or p[0].isdigit()) and not re.match(r"^[ivx]+\.", p) and not re.match(r"^[\w/-]+( [\w/-]+)?: ", p):
                merged[-1] += " " + p
            else:
                merged.append(p)
        parts = merged
        self.o.append(f"{label}: {parts[0]}")
        for p in parts[1:]:
            self.o.append(p)

    def heading(self, s):
        if self.o and self.o[-1] != "":
            self.o.append("")
        self.o.append(s)

    def textblock(self, title, el):
        tb = el.find("textblock")
        if tb is None:
            return
        self.heading(title)
        for p in unwrap(tb.text or ""):
            self.o.append(p)
        self.o.append("")

    def leafs(self, el, prefix=""):
        for c in el:
            if len(c) == 0:
                v = clean(c.text)
                if c.get("type"):
                    v = f"{v} ({c.get('type')})" if v else v
                self.kv(prefix + lab(c.tag), v)
            else:
                self.leafs(c, prefix)

    # ---------------- protocol -----------------
    def protocol(self, root):
        locs = 0
        for c in root:
            t = c.tag
            if t == "clinical_results":
                continue
            if t in ("brief_summary", "detailed_description"):
                self.textblock(lab(t), c)
            elif t == "required_header":
                self.kv("Download Date", c.findtext("download_date"))
                self.kv("URL", c.findtext("url"))
            elif t in ("id_info", "oversight_info", "study_design_info", "responsible_party", "patient_data"):
                self.leafs(c)
            elif t == "sponsors":
                for s in c:
                    self.kv(lab(s.tag), f"{clean(s.findtext('agency'))} ({clean(s.findtext('agency_class'))})")
            elif t in ("primary_outcome", "secondary_outcome", "other_outcome"):
                self.heading({"primary_outcome": "Primary Outcome Measure", "secondary_outcome": "Secondary Outcome Measure",
                              "other_outcome": "Other Outcome Measure"}[t])
                self.kv("Measure", c.findtext("measure"))
                self.kv("Time Frame", c.findtext("time_frame"))
                self.kv("Description", c.findtext("description"))
                self.line("")
            elif t == "arm_group":
                self.heading("Arm Group")
                self.leafs(c)
                self.line("")
            elif t == "intervention":
                self.heading("Intervention")
                self.leafs(c)
                self.line("")
            elif t == "eligibility":
                self.heading("Eligibility")
                for e in c:
                    if e.tag == "criteria":
                        self.line("Criteria:")
                        for p in unwrap(e.findtext("textblock") or ""):
                            self.line(p)
                    elif e.tag in ("study_pop",):
                        self.kv("Study Population", " ".join(unwrap(e.findtext("textblock") or "")))
                    else:
                        self.kv(lab(e.tag), e.text)
                self.line("")
            elif t in ("overall_official", "overall_contact", "overall_contact_backup"):
                vals = [clean(x.text) for x in c if clean(x.text)]
                self.kv(lab(t), ", ".join(vals))
            elif t == "location":
                locs += 1
                mx = self.opts.get("max_locations")
                if mx is not None and locs > mx:
                    if locs == mx + 1:
                        self.line("[...]")
                    continue
                f = c.find("facility")
                name = clean(f.findtext("name")) if f is not None else ""
                a = f.find("address") if f is not None else None
                parts = [name]
                if a is not None:
                    parts += [clean(a.findtext(k)) for k in ("city", "state", "zip", "country") if clean(a.findtext(k))]
                self.kv("Location", ", ".join(p for p in parts if p))
            elif t in ("location_countries", "removed_countries"):
                for x in c:
                    self.kv("Location Country" if t == "location_countries" else "Removed Country", x.text)
            elif t in ("reference", "results_reference"):
                self.kv("Reference" if t == "reference" else "Results Reference", c.findtext("citation"))
                self.kv("PMID", c.findtext("PMID"))
            elif t in ("condition_browse", "intervention_browse"):
                for x in c:
                    self.kv(("Condition" if t == "condition_browse" else "Intervention") + " MeSH Term", x.text)
            elif t == "provided_document_section":
                for d in c:
                    self.leafs(d)
            elif len(c) == 0:
                v = clean(c.text)
                if c.get("type"):
                    v = f"{v} ({c.get('type')})"
                self.kv(lab(t), v)
            else:
                self.leafs(c)

    # ---------------- results -----------------
    def groups(self, gl):
        names = {}
        if gl is None:
            return names
        for g in gl:
            gid = g.get("group_id")
            names[gid] = clean(g.findtext("title"))
            self.kv(f"Group {gid}", names[gid])
            self.kv(f"Group {gid} Description", g.findtext("description"))
        return names

    @staticmethod
    def mval(m):
        v = m.get("value", "")
        if m.get("spread"):
            v += f" ({m.get('spread')})"
        elif m.get("lower_limit") or m.get("upper_limit"):
            v += f" ({m.get('lower_limit', 'NA')} to {m.get('upper_limit', 'NA')})"
        if clean(m.text):
            v = (v + " " + clean(m.text)).strip()
        return v

    def row(self, label, items, order, key="group_id", fmt=None):
        d = {x.get(key): (fmt(x) if fmt else x.get("count", x.get("value", ""))) for x in items}
        self.line(" | ".join([label] + [d.get(g, "") for g in order]))

    def header(self, first, names):
        self.line(" | ".join([first] + [names[g] for g in names]))

    def participant_flow(self, pf):
        self.heading("RESULTS: PARTICIPANT FLOW")
        self.kv("Recruitment Details", pf.findtext("recruitment_details"))
        self.kv("Pre-assignment Details", pf.findtext("pre_assignment_details"))
        names = self.groups(pf.find("group_list"))
        order = list(names)
        for p in pf.findall("period_list/period"):
            self.heading(f"Period: {clean(p.findtext('title'))}")
            self.header("Milestone", names)
            for m in p.findall("milestone_list/milestone"):
                self.row(clean(m.findtext("title")), m.findall("participants_list/participants"), order)
            drs = p.findall("drop_withdraw_reason_list/drop_withdraw_reason")
            if drs:
                self.line("Reasons for not completing:")
                for m in drs:
                    self.row(clean(m.findtext("title")), m.findall("participants_list/participants"), order)
        self.line("")

    def measure_table(self, ms, names, order):
        for an in ms.findall("analyzed_list/analyzed"):
            self.row(f"Number Analyzed ({clean(an.findtext('units'))})", an.findall("count_list/count"), order)
        for cl in ms.findall("class_list/class"):
            ct = clean(cl.findtext("title"))
            for an in cl.findall("analyzed_list/analyzed"):
                self.row(f"{ct} - Number Analyzed ({clean(an.findtext('units'))})", an.findall("count_list/count"), order)
            for cat in cl.findall("category_list/category"):
                tt = clean(cat.findtext("title"))
                label = " - ".join(x for x in (ct, tt) if x) or clean(ms.findtext("title"))
                self.row(label, cat.findall("measurement_list/measurement"), order, fmt=self.mval)

    def baseline(self, b):
        self.heading("RESULTS: BASELINE CHARACTERISTICS")
        self.kv("Population", b.findtext("population"))
        names = self.groups(b.find("group_list"))
        order = list(names)
        self.line("")
        self.header("Baseline Analysis Population", names)
        for an in b.findall("analyzed_list/analyzed"):
            self.row(f"Overall Number of Baseline Participants ({clean(an.findtext('units'))})", an.findall("count_list/count"), order)
        for ms in b.findall("measure_list/measure"):
            self.heading(f"Baseline Measure: {clean(ms.findtext('title'))}")
            self.kv("Description", ms.findtext("description"))
            self.kv("Population", ms.findtext("population"))
            self.kv("Units", ms.findtext("units"))
            self.kv("Parameter", ms.findtext("param"))
            self.kv("Dispersion", ms.findtext("dispersion"))
            self.header("Category", names)
            self.measure_table(ms, names, order)
        self.line("")

    def outcomes(self, ol):
        n = 0
        for oc in ol.findall("outcome"):
            n += 1
            self.heading(f"RESULTS: OUTCOME MEASURE {n}")
            self.kv("Type", oc.findtext("type"))
            self.kv("Title", oc.findtext("title"))
            self.kv("Description", oc.findtext("description"))
            self.kv("Time Frame", oc.findtext("time_frame"))
            self.kv("Safety Issue", oc.findtext("safety_issue"))
            self.kv("Posting Date", oc.findtext("posting_date"))
            self.kv("Population", oc.findtext("population"))
            names = self.groups(oc.find("group_list"))
            order = list(names)
            ms = oc.find("measure")
            if ms is not None:
                self.kv("Units", ms.findtext("units"))
                self.kv("Parameter", ms.findtext("param"))
                self.kv("Dispersion", ms.findtext("dispersion"))
                self.header("Measure", names)
                self.measure_table(ms, names, order)
            for a in oc.findall("analysis_list/analysis"):
                self.heading("Statistical Analysis")
                gids = [clean(g.text) for g in a.findall("group_id_list/group_id")]
                self.kv("Comparison Groups", ", ".join(names.get(g, g) for g in gids))
                for c in a:
                    if c.tag == "group_id_list":
                        continue
                    self.kv(lab(c.tag), c.text)
            self.line("")

    def events(self, re_):
        self.heading("RESULTS: ADVERSE EVENTS")
        self.kv("Time Frame", re_.findtext("time_frame"))
        self.kv("Description", re_.findtext("desc"))
        names = self.groups(re_.find("group_list"))
        order = list(names)
        fmt = lambda c: f"{c.get('subjects_affected', '')}/{c.get('subjects_at_risk', '')}" + (f" ({c.get('events')} events)" if c.get("events") else "")
        for kind in ("serious_events", "other_events"):
            se = re_.find(kind)
            if se is None:
                continue
            self.heading("Serious Adverse Events" if kind == "serious_events" else "Other (Not Including Serious) Adverse Events")
            self.kv("Frequency Threshold", se.findtext("frequency_threshold"))
            self.kv("Assessment Type (Default)", se.findtext("default_assessment"))
            self.kv("Vocabulary (Default)", se.findtext("default_vocab"))
            self.header("Event (affected/at risk)", names)
            cap = self.opts.get("max_other_events") if kind == "other_events" else self.opts.get("max_serious_events")
            k = 0
            for cat in se.findall("category_list/category"):
                ct = clean(cat.findtext("title"))
                for ev in cat.findall("event_list/event"):
                    st = clean(ev.findtext("sub_title"))
                    if ct == "Total":
                        self.row(st or ("Total, " + ("serious" if kind == "serious_events" else "other") + " adverse events"),
                                 ev.findall("counts"), order, fmt=fmt)
                        continue
                    k += 1
                    if cap is not None and k > cap:
                        if k == cap + 1:
                            self.line("[...]")
                        continue
                    self.row(f"{ct} - {st}", ev.findall("counts"), order, fmt=fmt)
        self.line("")

    def results(self, cr):
        pf = cr.find("participant_flow")
        if pf is not None:
            self.participant_flow(pf)
        b = cr.find("baseline")
        if b is not None:
            self.baseline(b)
        ol = cr.find("outcome_list")
        if ol is not None:
            self.outcomes(ol)
        re_ = cr.find("reported_events")
        if re_ is not None and not self.opts.get("no_events"):
            self.events(re_)
        self.heading("RESULTS: MORE INFORMATION")
        for t in ("certain_agreements", "limitations_and_caveats", "point_of_contact"):
            e = cr.find(t)
            if e is not None:
                if len(e):
                    for x in e:
                        if x.tag in ("phone", "email", "phone_ext"):
                            if self.o[-1] != "[...]":
                                self.line("[...]")
                            continue
                        self.kv(lab(x.tag), x.text)
                else:
                    self.kv(lab(t), e.text)


def main():
    src, dst, head = sys.argv[1:4]
    opts = {}
    a = sys.argv[4:]
    i = 0
    while i < len(a):
        if a[i] == "--max-locations":
            opts["max_locations"] = int(a[i + 1]); i += 2
        elif a[i] == "--max-other-events":
            opts["max_other_events"] = int(a[i + 1]); i += 2
        elif a[i] == "--max-serious-events":
            opts["max_serious_events"] = int(a[i + 1]); i += 2
        elif a[i] == "--no-events":
            opts["no_events"] = True; i += 1
        else:
            raise SystemExit("bad option " + a[i])
    root = ET.parse(src).getroot()
    c = Conv(opts)
    c.line(head)
    c.line("")
    c.protocol(root)
    cr = root.find("clinical_results")
    if cr is not None:
        c.results(cr)
    txt = "\n".join(c.o)
    txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
    with open(dst, "w", encoding="utf-8") as f:
        f.write(txt)
    print(dst, len(txt))


if __name__ == "__main__":
    main()
