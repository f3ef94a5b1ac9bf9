#!/usr/bin/env python3
"""Build docs/ for the 'marlin' folder from the raw sources in work/raw and work/src.
Layout changes only (markup removed, headings on own lines, fields as 'Label: value')."""
import os, re, html
import xml.etree.ElementTree as ET
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, '..', 'docs')
CLEAN = os.path.join(HERE, 'clean')
SRC = os.path.join(HERE, 'src')
os.makedirs(DOCS, exist_ok=True)

def rd(p):
    with open(p, encoding='utf-8') as f:
        return f.read()

def wr(name, header, body):
    body = re.sub(r'\n{3,}', '\n\n', body).strip() + '\n'
    with open(os.path.join(DOCS, name), 'w', encoding='utf-8') as f:
        f.write(header.strip() + '\n\n' + body)
    print(name, len(header) + len(body))

def join_broken(t):
    """Re-join paragraphs split at PDF page breaks (next paragraph starts lower-case)."""
    return re.sub(r'\n\n(?=[a-z])', ' ', t)

# 1. Janssen / Immunomedics promotion agreement (excerpt)
L = rd(os.path.join(CLEAN, 'IMMUNOMEDICSINC_08_07_2019-EX-10.1-PROMOTION AGREEMENT.txt')).split('\n')
def lines(a, b):  # 1-based inclusive
    return '\n'.join(L[a-1:b])
body = '\n'.join([
    'Exhibit 10.1 (Immunomedics, Inc. Form 10-Q filed 08/07/2019)',
    'CERTAIN IDENTIFIED INFORMATION HAS BEEN EXCLUDED FROM THIS EXHIBIT BECAUSE IT IS NOT MATERIAL AND WOULD LIKELY CAUSE COMPETITIVE HARM TO THE REGISTRANT IF PUBLICLY DISCLOSED. [***] INDICATES THAT INFORMATION HAS BEEN REDACTED.',
    '', lines(59, 548), '', '[...]', '', lines(595, 597), '', '[...]', '', lines(811, 811), '', '[...]', '', lines(817, 821), '', '[...]'])
body = join_broken(body)
wr('01_ex10_janssen_immunomedics_balversa_promotion_agreement.txt',
   'SEC EDGAR exhibit 10.1 (Immunomedics, Inc. 10-Q, 2019-08-07) - Promotion Agreement, Janssen Biotech, Inc. / Immunomedics, Inc. (BALVERSA, erdafitinib), dated April 5, 2019 - excerpt', body)

# 2. Adaptimmune / MD Anderson strategic alliance agreement (excerpt) and 3. its draft press release (Exhibit IV)
L = rd(os.path.join(CLEAN, 'ADAPTIMMUNETHERAPEUTICSPLC_04_06_2017-EX-10.11-STRATEGIC ALLIANCE AGREEMENT.txt')).split('\n')
first = L[0]
pre = first.split('STRATEGIC ALLIANCE AGREEMENT This Strategic', 1)
head = ['Exhibit 10.11', '***Certain portions of this exhibit have been omitted based on a request for confidential treatment pursuant to Rule 24b-2 under the Securities Exchange Act of 1934, as amended. The omitted portions have been filed separately with the Securities and Exchange Commission.', '', 'STRATEGIC ALLIANCE AGREEMENT', '']
rest = 'This Strategic' + pre[1]
rest = rest.replace(' WITNESSETH ', '\n\nWITNESSETH\n\n').replace(' Whereas ', '\n\nWhereas ').replace(' Now therefore,', '\n\nNow therefore,')
body = '\n'.join(head + [rest, ''] + L[1:232] + ['', '[...]', ''] + L[334:407] + ['', '[...]'])
body = join_broken(body)
body = re.sub(r'\n\n(?:rd|th)\n', '\n', body)
wr('02_ex10_adaptimmune_mdanderson_strategic_alliance_agreement.txt',
   'SEC EDGAR exhibit 10.11 (Adaptimmune Therapeutics plc, filed 2017-04-06) - Strategic Alliance Agreement, The University of Texas M. D. Anderson Cancer Center / Adaptimmune LLC and Adaptimmune Limited, effective September 23, 2016 - excerpt', body)

pr = '\n'.join(L[448:455])
pr = pr.replace('EXHIBIT IV 45\n\n', '')
pr = re.sub(r' (?:46|47|48)\n\n', ' ', pr)
pr = re.sub(r' 48$', '', pr.strip())
pr = pr.replace('DRAFT RELEASE MD Anderson', 'DRAFT RELEASE\n\nMD Anderson').replace('Multiple Cancers PHILADELPHIA', 'Multiple Cancers\n\nPHILADELPHIA')
for k in [' "At MD Anderson', ' "We believe', ' About MD Anderson The', ' About Adaptimmune Adaptimmune', ' Forward-Looking Statements This', ' Adaptimmune Contacts ', ' David Hong']:
    pr = pr.replace(k, '\n\n' + k.strip())
pr = pr.replace('About MD Anderson The', 'About MD Anderson\n\nThe').replace('About Adaptimmune Adaptimmune', 'About Adaptimmune\n\nAdaptimmune').replace('Forward-Looking Statements This', 'Forward-Looking Statements\n\nThis').replace('Adaptimmune Contacts ', 'Adaptimmune Contacts\n\n')
wr('03_press_release_adaptimmune_mdanderson_alliance_draft.txt',
   'Press release (draft) - "MD Anderson Cancer Center and Adaptimmune Form Strategic Alliance ...", attached as Exhibit IV to the Adaptimmune / MD Anderson Strategic Alliance Agreement (SEC EDGAR exhibit 10.11, Adaptimmune Therapeutics plc, 2017-04-06)', pr)

# 4. Sucampo / R-Tech Ueno strategic alliance agreement
t = rd(os.path.join(CLEAN, 'SUCAMPOPHARMACEUTICALS,INC_11_04_2015-EX-10.2-STRATEGIC ALLIANCE AGREEMENT.txt'))
t = t[t.index('STRATEGIC ALLIANCE AGREEMENT This STRATEGIC'):]
t = t.replace('STRATEGIC ALLIANCE AGREEMENT This STRATEGIC', 'STRATEGIC ALLIANCE AGREEMENT\n\nThis STRATEGIC', 1)
t = re.sub(r'\s*\bARTICLE ([IVX]+)\s*\n*\s*([A-Z][A-Z ;,\-]+?) (?=Section)', lambda m: '\n\nARTICLE %s\n%s\n\n' % (m.group(1), m.group(2).strip()), t)
t = re.sub(r'\n\n([A-Z][A-Z ;,\-]{5,}?) (?=Section \d)', lambda m: '\n\n' + m.group(1) + '\n\n', t)
t = re.sub(r' (?=Section \d\.\d\d [A-Z][^.\n]{2,90}\.)', '\n\n', t)
t = re.sub(r' (?=RECITALS )', '\n\n', t)
t = re.sub(r'(?<=\n)RECITALS ', 'RECITALS\n\n', t)
t = re.sub(r' (?=WHEREAS,)', '\n\n', t)
t = re.sub(r' (?=NOW, THEREFORE)', '\n\n', t)
t = re.sub(r' (?="[A-Z][^"]{1,70}" shall (?:mean|have))', '\n', t)
t = re.sub(r' (?=\((?:[a-h]|i{1,3}|iv|v|vi{1,3}|ix|x)\) [A-Z])', '\n', t)
t = re.sub(r' (?=IN WITNESS WHEREOF)', '\n\n', t)
t = re.sub(r'\n(?=ARTICLE [IVX]+\n)', '\n\n', t)
t = re.sub(r'(\d)t h\b', r'\1th', t)
body = 'Exhibit 10.2 (Sucampo Pharmaceuticals, Inc. Form 10-Q filed 11/04/2015)\n\n' + t
wr('04_ex10_sucampo_rtech_ueno_strategic_alliance_agreement.txt',
   'SEC EDGAR exhibit 10.2 (Sucampo Pharmaceuticals, Inc. 10-Q, 2015-11-04) - Strategic Alliance Agreement among R-Tech Ueno, Ltd., Sucampo Pharma, LLC and Sucampo Pharmaceuticals, Inc. (tender offer for R-Tech Ueno), dated August 26, 2015 - complete text after the table of contents', body)

# 5. FDA complete response letter (markdown rendering)
t = rd(os.path.join(SRC, 'crl_trodelvy.md'))
t = t.replace('```markdown', '').replace('```', '')
fm, rest = t.split('---', 2)[1], t.split('---', 2)[2]
out = []
sub = None
for ln in fm.strip().split('\n'):
    if not ln.strip():
        continue
    m = re.match(r'^(\s*)(-\s+)?([A-Za-z_]+)?:?\s*(.*)$', ln)
    key = ln.strip()
    if ln.startswith('  - '):
        out.append('  - ' + ln.strip()[2:])
    elif ln.startswith('  '):
        k, v = ln.strip().split(':', 1)
        out.append('%s %s: %s' % (sub, k.replace('_', ' '), v.strip()))
    else:
        k, v = ln.split(':', 1)
        sub = k.replace('_', ' ')
        out.append('%s: %s' % (k.replace('_', ' '), v.strip()) if v.strip() else '%s:' % k.replace('_', ' '))
rest = rest.replace('**', '')
rest = re.sub(r'^#+\s*', '', rest, flags=re.M)
rest = re.sub(r'^---\s*$', '', rest, flags=re.M)
rest = re.sub(r'\[([^\]]+)\]\(([^)]+)\)', r'\1 (\2)', rest)
rest = re.sub(r'^>\s*', '', rest, flags=re.M)
rest = re.sub(r'[ \t]+$', '', rest, flags=re.M)
rest = re.sub(r'^- ', '- ', rest, flags=re.M)
wr('05_fda_complete_response_letter_trodelvy_bla761115.txt',
   'FDA complete response letter (CDER, "Other Action Letters") for BLA 761115 - Trodelvy (sacituzumab govitecan), applicant Immunomedics, Inc.; structured markdown rendering from GMPKit/fda-complete-response-letters',
   'Document metadata\n' + '\n'.join(out) + '\n\n' + rest)

# 6. EMA package leaflet, Trodelvy (English composition only)
t = rd(os.path.join(SRC, 'trodelvy.fsh'))
t = t[:t.index('Instance: composition-da-')]
parts = []
m = re.search(r'identifier.value = "([^"]+)"', t); parts.append('identifier.value: ' + m.group(1))
m = re.search(r'type.text = "([^"]+)"', t); parts.append('type.text: ' + m.group(1))
for sec in re.finditer(r'\* title = +"([^"]+)"(.*?)text\.div = """(.*?)"""', t, re.S):
    title, div = sec.group(1), sec.group(3)
    div = re.sub(r'<li>', '\n- ', div)
    div = re.sub(r'</p>|<br ?/?>|</tr>|</li>|</ol>|</ul>', '\n', div)
    div = re.sub(r'</t[dh]>', ' | ', div)
    div = re.sub(r'<[^>]+>', '', div)
    div = html.unescape(div)
    div = re.sub(r'[ \t]*\n[ \t]*', '\n', div)
    # re-join source line wraps inside paragraphs
    paras = []
    for p in re.split(r'\n\s*\n|\n(?=- )', div):
        paras.append(re.sub(r'\n(?!- )', ' ', p.strip()))
    div = '\n'.join(x for x in paras if x and x != 'unavailable')
    parts.append('\n## ' + title.strip() + '\n' + div)
body = '\n'.join(parts)
# cut the garbled list of local representatives
i = body.find('For any information about this medicine, please contact')
if i > 0:
    j = body.find('This leaflet was last revised in', i)
    k = body.find('\n', i)
    body = body[:k] + '\n[...]\n' + body[j:]
wr('06_ema_package_leaflet_trodelvy_sacituzumab_govitecan.txt',
   'EMA package leaflet (EU product information, English), Trodelvy 200 mg powder for concentrate for solution for infusion (sacituzumab govitecan), EU/1/21/1592/001 - from ePI FHIR composition (joofio/test-epi-composition)', body)

# 7-8. ClinicalTrials.gov records (legacy XML) -> Label: value lines
LABELS = {}
def flat(el, path, out):
    kids = list(el)
    txt = (el.text or '').strip()
    tag = el.tag
    label = ' '.join(w.capitalize() if i == 0 else w for i, w in enumerate(tag.split('_')))
    lab = (path + ' - ' + label) if path else label
    if tag in ('clinical_study',):
        for k in kids:
            flat(k, '', out)
        return
    attrs = ', '.join('%s: %s' % (k, v) for k, v in el.attrib.items())
    if tag == 'textblock':
        txt = re.sub(r'\r', '', el.text or '')
        txt = '\n'.join(l.strip() for l in txt.split('\n'))
        txt = re.sub(r'\n{3,}', '\n\n', txt).strip()
        out.append(path + ':\n' + txt)
        return
    if kids:
        if txt: out.append('%s: %s' % (lab, txt))
        if tag in ('primary_outcome', 'secondary_outcome', 'arm_group', 'intervention', 'location', 'overall_official', 'overall_contact', 'overall_contact_backup', 'sponsors', 'responsible_party', 'study_design_info', 'eligibility', 'oversight_info', 'id_info', 'required_header', 'condition_browse', 'intervention_browse', 'patient_data', 'facility', 'address', 'contact', 'lead_sponsor', 'collaborator', 'location_countries'):
            out.append('')
            out.append('[' + label + ']' if not path else '[' + lab + ']')
            for k in kids: flat(k, '', out)
        else:
            for k in kids: flat(k, lab, out)
    else:
        out.append('%s: %s%s' % (lab, txt, (' (' + attrs + ')') if attrs else ''))

for nct, name, desc in [('NCT05481502', '07_ctgov_NCT05481502_pioneer_adoptive_cell_therapy_immune_determinants.txt', 'ClinicalTrials.gov study record NCT05481502 (PIONEER; Gustave Roussy; immune determinants of response to adoptive cell therapy), data processed May 09, 2023'),
                        ('NCT05389722', '08_ctgov_NCT05389722_cc92480_drug_interaction_healthy.txt', 'ClinicalTrials.gov study record NCT05389722 (Bristol-Myers Squibb CA057-002; Phase 1 drug-drug interaction study of CC-92480 with rifampin, itraconazole, digoxin and rosuvastatin), data processed May 09, 2023')]:
    root = ET.parse(os.path.join(SRC, nct + '.xml')).getroot()
    out = []
    flat(root, '', out)
    body = '\n'.join(out)
    body = body.replace('Brief summary:\n', 'Brief summary:\n')
    wr(name, desc, body)
