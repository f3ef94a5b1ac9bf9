#!/usr/bin/env python3
"""Convert ClinicalTrials.gov legacy XML (protocol section only) to Label: value text."""
import sys, re, xml.etree.ElementTree as ET, textwrap

def clean(s):
    s = (s or '').replace('\r', '')
    # textblocks are wrapped with leading indentation; unwrap lines into paragraphs
    lines = [l.strip() for l in s.split('\n')]
    paras, cur = [], []
    for l in lines:
        if not l:
            if cur: paras.append(' '.join(cur)); cur = []
        elif re.match(r'^([-*•]|\d+[.)]|[a-z][.)])\s', l) and cur:
            paras.append(' '.join(cur)); cur = [l]
        else:
            cur.append(l)
    if cur: paras.append(' '.join(cur))
    return '\n'.join(paras)

def txt(e, p):
    x = e.find(p)
    return clean(x.text) if x is not None and x.text else ''

def main(src, dst, header):
    r = ET.parse(src).getroot()
    out = [header, '']
    def kv(label, val):
        if val: out.append(f'{label}: {val}')
    def head(h):
        out.append(''); out.append(h)
    head('Identification')
    kv('NCT Number', txt(r, 'id_info/nct_id'))
    kv('Organization Study ID', txt(r, 'id_info/org_study_id'))
    for s in r.findall('id_info/secondary_id'):
        kv('Secondary ID', clean(s.text))
    kv('Brief Title', txt(r, 'brief_title'))
    kv('Acronym', txt(r, 'acronym'))
    kv('Official Title', txt(r, 'official_title'))
    kv('Lead Sponsor', txt(r, 'sponsors/lead_sponsor/agency'))
    for c in r.findall('sponsors/collaborator'):
        kv('Collaborator', txt(c, 'agency'))
    kv('Source', txt(r, 'source'))
    head('Oversight')
    kv('Has Data Monitoring Committee', txt(r, 'oversight_info/has_dmc'))
    kv('Is FDA Regulated Drug', txt(r, 'oversight_info/is_fda_regulated_drug'))
    kv('Is FDA Regulated Device', txt(r, 'oversight_info/is_fda_regulated_device'))
    head('Brief Summary')
    out.append(txt(r, 'brief_summary/textblock'))
    if txt(r, 'detailed_description/textblock'):
        head('Detailed Description')
        out.append(txt(r, 'detailed_description/textblock'))
    head('Status and Dates')
    kv('Overall Status', txt(r, 'overall_status'))
    kv('Why Stopped', txt(r, 'why_stopped'))
    for tag, lab in [('start_date','Study Start Date'),('completion_date','Study Completion Date'),('primary_completion_date','Primary Completion Date')]:
        e = r.find(tag)
        if e is not None: kv(lab, clean(e.text) + (f" ({e.get('type')})" if e.get('type') else ''))
    kv('Study First Submitted', txt(r, 'study_first_submitted'))
    kv('Study First Submitted That Met QC Criteria', txt(r, 'study_first_submitted_qc'))
    kv('Study First Posted', txt(r, 'study_first_posted'))
    kv('Last Update Submitted', txt(r, 'last_update_submitted'))
    kv('Last Update Posted', txt(r, 'last_update_posted'))
    kv('Verification Date', txt(r, 'verification_date'))
    head('Study Design')
    kv('Study Type', txt(r, 'study_type'))
    kv('Phase', txt(r, 'phase'))
    for c in r.find('study_design_info') or []:
        kv(c.tag.replace('_', ' ').title(), clean(c.text))
    e = r.find('enrollment')
    if e is not None: kv('Enrollment', clean(e.text) + (f" ({e.get('type')})" if e.get('type') else ''))
    kv('Number of Arms', txt(r, 'number_of_arms'))
    head('Conditions')
    for c in r.findall('condition'): kv('Condition', clean(c.text))
    for c in r.findall('keyword'): kv('Keyword', clean(c.text))
    head('Arms and Interventions')
    for a in r.findall('arm_group'):
        kv('Arm Group Label', txt(a, 'arm_group_label'))
        kv('Arm Group Type', txt(a, 'arm_group_type'))
        kv('Arm Description', txt(a, 'description'))
    for i in r.findall('intervention'):
        kv('Intervention Type', txt(i, 'intervention_type'))
        kv('Intervention Name', txt(i, 'intervention_name'))
        kv('Intervention Description', txt(i, 'description'))
        for al in i.findall('arm_group_label'): kv('Intervention Arm Group', clean(al.text))
        for on in i.findall('other_name'): kv('Other Name', clean(on.text))
    head('Outcome Measures')
    for tag, lab in [('primary_outcome','Primary Outcome'),('secondary_outcome','Secondary Outcome'),('other_outcome','Other Outcome')]:
        for o in r.findall(tag):
            kv(lab, txt(o, 'measure'))
            kv('Time Frame', txt(o, 'time_frame'))
            kv('Description', txt(o, 'description'))
    head('Eligibility')
    kv('Sampling Method', txt(r, 'eligibility/sampling_method'))
    kv('Sex', txt(r, 'eligibility/gender'))
    kv('Minimum Age', txt(r, 'eligibility/minimum_age'))
    kv('Maximum Age', txt(r, 'eligibility/maximum_age'))
    kv('Accepts Healthy Volunteers', txt(r, 'eligibility/healthy_volunteers'))
    out.append('Criteria:')
    out.append(txt(r, 'eligibility/criteria/textblock'))
    head('Investigators and Locations')
    for o in r.findall('overall_official'):
        kv('Overall Official', ', '.join(x for x in [txt(o,'last_name'), txt(o,'role'), txt(o,'affiliation')] if x))
    for l in r.findall('location'):
        f = l.find('facility')
        addr = ', '.join(x for x in [txt(f,'name'), txt(f,'address/city'), txt(f,'address/state'), txt(f,'address/zip'), txt(f,'address/country')] if x)
        kv('Location', addr)
    for c in r.findall('location_countries/country'): kv('Location Country', clean(c.text))
    refs = r.findall('reference') + r.findall('results_reference')
    if refs:
        head('References')
        for ref in refs: kv('Reference', txt(ref, 'citation') + (f" PMID: {txt(ref,'PMID')}" if txt(ref,'PMID') else ''))
    kv('IPD Sharing', txt(r, 'patient_data/sharing_ipd'))
    kv('IPD Description', txt(r, 'patient_data/ipd_description'))
    kv('Responsible Party Type', txt(r, 'responsible_party/responsible_party_type'))
    kv('Investigator Full Name', txt(r, 'responsible_party/investigator_full_name'))
    kv('Investigator Affiliation', txt(r, 'responsible_party/investigator_affiliation'))
    kv('Investigator Title', txt(r, 'responsible_party/investigator_title'))
    s = '\n'.join(out)
    s = re.sub(r'\n{3,}', '\n\n', s).strip() + '\n'
    open(dst, 'w', encoding='utf-8').write(s)
    print(dst, len(s))

if __name__ == '__main__':
    main(*sys.argv[1:4])
