#!/usr/bin/env python3
"""Convert a ClinicalTrials.gov legacy XML record to plain text (layout only; wording kept).
usage: ctxml2txt.py in.xml out.txt "header line" [--max-locations N] [--no-events] [--no-refs]"""
import sys, re, xml.etree.ElementTree as ET

def lab(tag):
    return tag.replace('_', ' ').strip().capitalize().replace('Nct', 'NCT').replace('Qc', 'QC').replace('Ipd', 'IPD')

def tb(t):
    # textblock: strip indentation, keep paragraph breaks
    lines = [l.strip() for l in (t or '').split('\n')]
    out, para = [], []
    for l in lines:
        if not l:
            if para: out.append(' '.join(para)); para = []
        else:
            if l.startswith(('-', '*', '•')) or re.match(r'^\d+[\.\)]\s', l):
                if para: out.append(' '.join(para)); para = []
            para.append(l)
    if para: out.append(' '.join(para))
    return '\n'.join(out)

def val(e):
    tbk = e.find('textblock')
    if tbk is not None: return tb(tbk.text)
    t = (e.text or '').strip()
    if e.get('type'): t += ' (' + e.get('type') + ')'
    return t

def flat(e, prefix, out):
    kids = list(e)
    if not kids or (len(kids) == 1 and kids[0].tag == 'textblock'):
        v = val(e)
        if v:
            if '\n' in v: out.append(prefix + ':\n' + v)
            else: out.append(prefix + ': ' + v)
        return
    for k in kids:
        flat(k, (prefix + ' ' if prefix else '') + lab(k.tag).lower() if prefix else lab(k.tag), out)

def fix(p):
    return p[0].upper() + p[1:] if p else p

def groups_table(glist, out):
    for g in glist.findall('group'):
        out.append(f"Group {g.get('group_id')}: {g.findtext('title','').strip()}")
        d = tb(g.findtext('description'))
        if d: out.append(f"Group {g.get('group_id')} description: {d}")

def main():
    src, dst, header = sys.argv[1:4]
    opts = sys.argv[4:]
    maxloc = int(opts[opts.index('--max-locations')+1]) if '--max-locations' in opts else 10**9
    r = ET.parse(src).getroot()
    out = [header, '']
    nloc = 0; loc_total = len(r.findall('location'))
    for c in r:
        if c.tag == 'clinical_results': continue
        if c.tag == 'required_header':
            out.append('Download date: ' + c.findtext('download_date','')); continue
        if c.tag == 'location':
            nloc += 1
            if nloc == 1: out += ['', 'Locations']
            if nloc <= maxloc:
                parts = [c.findtext('facility/name'), c.findtext('facility/address/city'), c.findtext('facility/address/state'), c.findtext('facility/address/zip'), c.findtext('facility/address/country')]
                out.append('Location: ' + ', '.join(p for p in parts if p))
                st = c.findtext('status')
                if st: out.append('Location status: ' + st)
            elif nloc == maxloc + 1:
                out.append('[...]')
            continue
        if c.tag == 'reference' and '--no-refs' in opts:
            continue
        if c.tag in ('primary_outcome', 'secondary_outcome', 'other_outcome'):
            out.append('')
            out.append(lab(c.tag))
            for k in c: 
                v = val(k)
                if v: out.append(lab(k.tag) + ': ' + v)
            continue
        if c.tag in ('arm_group', 'intervention', 'eligibility', 'study_design_info', 'sponsors', 'overall_official', 'responsible_party', 'patient_data', 'location_countries', 'study_docs'):
            out.append(''); out.append(lab(c.tag))
            tmp = []
            for k in c: flat(k, lab(k.tag), tmp)
            out += tmp
            continue
        tmp = []; flat(c, lab(c.tag), tmp)
        if any('\n' in t for t in tmp): out.append('')
        out += tmp
    cr = r.find('clinical_results')
    if cr is not None:
        out += ['', 'RESULTS']
        pf = cr.find('participant_flow')
        if pf is not None:
            out += ['', 'Participant Flow']
            for k in ('recruitment_details', 'pre_assignment_details'):
                v = pf.findtext(k)
                if v: out.append(lab(k) + ': ' + tb(v))
            groups_table(pf.find('group_list'), out)
            for per in pf.findall('period_list/period'):
                out.append('Period: ' + per.findtext('title',''))
                gids = [g.get('group_id') for g in pf.findall('group_list/group')]
                out.append('Milestone | ' + ' | '.join(gids))
                for m in per.findall('milestone_list/milestone'):
                    cnt = {p.get('group_id'): p.get('count') for p in m.findall('participants_list/participants')}
                    out.append(m.findtext('title','') + ' | ' + ' | '.join(cnt.get(g,'') for g in gids))
                dw = per.findall('drop_withdraw_reason_list/drop_withdraw_reason')
                if dw:
                    out.append('Reason not completed | ' + ' | '.join(gids))
                    for d in dw:
                        cnt = {p.get('group_id'): p.get('count') for p in d.findall('participants_list/participants')}
                        out.append(d.findtext('title','') + ' | ' + ' | '.join(cnt.get(g,'') for g in gids))
        bl = cr.find('baseline')
        if bl is not None:
            out += ['', 'Baseline Characteristics']
            groups_table(bl.find('group_list'), out)
            gids = [g.get('group_id') for g in bl.findall('group_list/group')]
            for a in bl.findall('analyzed_list/analyzed'):
                cnt = {p.get('group_id'): p.get('value') for p in a.findall('count_list/count')}
                out.append('Overall number of baseline participants (' + a.findtext('units','') + ') | ' + ' | '.join(cnt.get(g,'') for g in gids))
            for m in bl.findall('measure_list/measure'):
                out.append('')
                out.append('Baseline measure: ' + m.findtext('title',''))
                for k in ('description','population','units','param','dispersion'):
                    v = m.findtext(k)
                    if v: out.append(lab(k) + ': ' + tb(v))
                for cat in m.findall('class_list/class/category_list/category') + []:
                    pass
                for cl in m.findall('class_list/class'):
                    ct = cl.findtext('title')
                    for cat in cl.findall('category_list/category'):
                        name = ' - '.join(x for x in [ct, cat.findtext('title')] if x) or m.findtext('title','')
                        vals = {}
                        for mm in cat.findall('measurement_list/measurement'):
                            s = mm.get('value','')
                            if mm.get('spread'): s += ' (' + mm.get('spread') + ')'
                            if mm.get('lower_limit'): s += ' (' + mm.get('lower_limit') + ' to ' + mm.get('upper_limit','') + ')'
                            vals[mm.get('group_id')] = s
                        out.append(name + ' | ' + ' | '.join(vals.get(g,'') for g in gids))
        ol = cr.find('outcome_list')
        if ol is not None:
            out += ['', 'Outcome Measures']
            for o in ol.findall('outcome'):
                out.append('')
                out.append(o.findtext('type','') + ' outcome: ' + o.findtext('title',''))
                for k in ('description','time_frame','population','posting_date'):
                    v = o.findtext(k)
                    if v: out.append(lab(k) + ': ' + tb(v))
                groups_table(o.find('group_list'), out)
                m = o.find('measure')
                gids = [g.get('group_id') for g in o.findall('group_list/group')]
                if m is not None:
                    for k in ('units','param','dispersion'):
                        v = m.findtext(k)
                        if v: out.append(lab(k) + ': ' + v)
                    for a in m.findall('analyzed_list/analyzed'):
                        cnt = {p.get('group_id'): p.get('value') for p in a.findall('count_list/count')}
                        out.append('Number analyzed (' + a.findtext('units','') + ') | ' + ' | '.join(cnt.get(g,'') for g in gids))
                    for cl in m.findall('class_list/class'):
                        ct = cl.findtext('title')
                        for cat in cl.findall('category_list/category'):
                            name = ' - '.join(x for x in [ct, cat.findtext('title')] if x) or o.findtext('title','')
                            vals = {}
                            for mm in cat.findall('measurement_list/measurement'):
                                s = mm.get('value','')
                                if mm.get('spread'): s += ' (' + mm.get('spread') + ')'
                                if mm.get('lower_limit'): s += ' (' + mm.get('lower_limit') + ' to ' + mm.get('upper_limit','') + ')'
                                vals[mm.get('group_id')] = s
                            out.append(name + ' | ' + ' | '.join(vals.get(g,'') for g in gids))
                for an in o.findall('analysis_list/analysis'):
                    out.append('Statistical analysis:')
                    for k in an:
                        if k.tag == 'group_id_list':
                            out.append('Groups compared: ' + ', '.join(x.text for x in k)); continue
                        v = tb(k.text) if k.text else ''
                        if v: out.append(lab(k.tag) + ': ' + v)
        if cr.find('reported_events') is not None:
            if '--no-events' in opts:
                out += ['', 'Reported Adverse Events', '[...]']
            else:
                re_ = cr.find('reported_events')
                out += ['', 'Reported Adverse Events']
                for k in ('time_frame','desc'):
                    v = re_.findtext(k)
                    if v: out.append(lab(k) + ': ' + tb(v))
                out.append('[...]')
        for k in ('certain_agreements','limitations_and_caveats'):
            e = cr.find(k)
            if e is not None:
                out += ['', lab(k)]
                tmp = []
                for kk in e: flat(kk, lab(kk.tag), tmp)
                out += tmp
        poc = cr.find('point_of_contact')
        if poc is not None:
            out += ['', 'Point of contact']
            for kk in poc:
                if kk.text and kk.text.strip(): out.append(lab(kk.tag) + ': ' + kk.text.strip())
    txt = '\n'.join(out)
    txt = re.sub(r'\n{3,}', '\n\n', txt)
    open(dst, 'w').write(txt.strip() + '\n')

main()
