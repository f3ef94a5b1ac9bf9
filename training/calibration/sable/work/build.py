"""Build docs/ for folder 'sable'. Layout-only conversion of public documents."""
import json, re, subprocess, html
from html.parser import HTMLParser
from pathlib import Path
import pypdf
import sys
sys.path.insert(0, str(Path(__file__).parent))
from ctjson2txt import emit

BASE = Path('/work/s32/blind/sable')
DOCS = BASE / 'docs'; RAW = BASE / 'work/raw'
DOCS.mkdir(exist_ok=True)
M = '/work/.mirror'

def git_show(repo, path):
    return subprocess.run(['git', '-C', f'{M}/{repo}/repo', 'show', f'HEAD:{path}'], capture_output=True, check=True).stdout

def write(name, header, body):
    body = re.sub(r'\n{3,}', '\n\n', body).strip('\n')
    (DOCS / name).write_text(header + '\n\n' + body + '\n', encoding='utf-8')
    print(name, len((DOCS / name).read_text()))

# ---------- reflow for PDF text ----------
BULLET = re.compile(r'^(\u2022|\uf0b7|•|-|\(\w{1,3}\)|\d{1,2}\.|[a-h]\.|[ivx]+\.)\s')
def is_heading(l):
    s = l.strip()
    return (len(s) < 70 and s.upper() == s and re.search(r'[A-Z]{3}', s) is not None) or (re.match(r'^\d+(\.\d+)*\.?\s+[A-Z][^.]{0,80}$', s) is not None and len(s) < 60)

def reflow(lines, width=62):
    out = []; prev_raw = 0
    for raw in lines:
        l = raw.rstrip()
        s = l.strip()
        if not s:
            out.append(''); prev_raw = 0
            continue
        if out and out[-1] in ('\u2022', '\uf0b7', '•'):
            out[-1] = '• ' + s; prev_raw = len(l); continue
        p = out[-1] if out else ''
        join = (p and prev_raw >= width and not is_heading(s) and not BULLET.match(s) and not is_heading(p)
                and (re.match(r'^[a-z0-9(\[“"‘,;]', s) or not re.search(r'[.:;?!)]$', p)))
        if join:
            out[-1] = p + ('' if p.endswith('-') and not p.endswith(' -') else ' ') + s
        else:
            out.append(s)
        prev_raw = len(l)
    return out

# ---------- 1. SEC exhibit (CUAD) ----------
cuad = 'data/CUAD_v1/full_contract_txt/MIDDLEBROOKPHARMACEUTICALS,INC_03_18_2010-EX-10.1-PROMOTION AGREEMENT.txt'
t = git_show('maastrichtlawtech+law3027-advanced-legal-analytics', cuad).decode('utf-8')
t = t.replace('\r', '')
t = re.sub(r' {3,}(?=\(\w{1,3}\)\s)', '\n', t)      # run-in definitions / sub-clauses onto own lines
t = re.sub(r'(?<=[.;:]) {3,}(?=\d+\.\d+\.? )', '\n', t)  # run-in numbered sub-sections
t = re.sub(r'[ \t]{2,}', ' ', t)
t = '\n'.join(x.strip() for x in t.split('\n'))
write('01_sec_ex10-1_middlebrook_doctordirectory_moxatag_promotion_agreement.txt',
      'SEC EDGAR exhibit (EX-10.1 to MiddleBrook Pharmaceuticals, Inc. filing of 18 March 2010): Promotion Agreement between MiddleBrook Pharmaceuticals, Inc. and DoctorDirectory.com, Inc. (MOXATAG), via CUAD v1',
      t)

# ---------- CRLs ----------
def crl(pdfname):
    r = pypdf.PdfReader(str(RAW / pdfname))
    pages = [(p.extract_text() or '') for p in r.pages]
    lines = []
    for i, p in enumerate(pages):
        pl = p.split('\n')
        if not p.strip():
            lines += ['', '[...]', '']
            continue
        # drop running headers
        cleaned = []
        skip = 0
        for j, l in enumerate(pl):
            s = l.strip()
            if re.match(r'^Reference ID: \d+$', s): continue
            if re.match(r'^Page \d+$', s):
                if cleaned and re.match(r'^(NDA|BLA) ', cleaned[-1].strip()): cleaned.pop()
                skip = 3; continue
            if skip and s in ('U.S. Food and Drug Administration', 'Silver Spring, MD 20993', 'www.fda.gov'):
                skip -= 1; continue
            skip = 0
            if s in ('(b) (4)', '(b)', '(4)'): continue
            cleaned.append(l)
        # cover sheet: keep as separate lines
        lines += cleaned
    return lines

def crl_text(pdfname):
    lines = crl(pdfname)
    # keep cover block compact
    txt = '\n'.join(lines)
    txt = re.sub(r'CENTER FOR DRUG EVALUATION AND \nRESEARCH', 'CENTER FOR DRUG EVALUATION AND RESEARCH', txt)
    lines = [l.rstrip() for l in txt.split('\n')]
    out = reflow(lines)
    txt = '\n'.join(out)
    txt = re.sub(r'\n-{20,}\n', '\n', txt)
    return txt

write('02_fda_crl_repatha_evolocumab_bla125522_original2.txt',
      'FDA complete response letter (CDER Other Action Letters): BLA 125522/Original 2, Repatha (evolocumab) 140 mg/mL, Amgen Inc., signed 08/27/2015',
      crl_text('125522Orig2s000OtherActionLtrs.pdf'))
write('04_fda_crl_lenacapavir_nda215973_215974.txt',
      'FDA complete response letters (CDER Other Action Letters): NDA 215973 lenacapavir injection and NDA 215974 lenacapavir tablet, Gilead Sciences, Inc., both signed 02/28/2022',
      crl_text('215973,215974Orig1s000OtherActionLtrs.pdf'))

# ---------- EMA leaflets from FSH ----------
class H2T(HTMLParser):
    def __init__(s):
        super().__init__(); s.out = []; s.cur = ''; s.row = None; s.cell = None; s.li = 0
    def flush(s):
        if s.cur.strip(): s.out.append(re.sub(r'\s+', ' ', s.cur).strip())
        s.cur = ''
    def handle_starttag(s, tag, a):
        if tag in ('p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol'):
            if s.cell is None: s.flush()
        if tag == 'li':
            s.flush(); s.cur = '- '
        if tag == 'tr': s.flush(); s.row = []
        if tag in ('td', 'th'): s.cell = ''
    def handle_endtag(s, tag):
        if tag in ('td', 'th') and s.row is not None:
            s.row.append(re.sub(r'\s+', ' ', s.cell or '').strip()); s.cell = None
        elif tag == 'tr' and s.row is not None:
            cells = [c for c in s.row]
            if any(cells): s.out.append(' | '.join(cells))
            s.row = None
        elif tag in ('p', 'div', 'li', 'h1', 'h2', 'h3', 'h4') and s.cell is None:
            s.flush()
    def handle_data(s, d):
        if s.cell is not None: s.cell += d
        else: s.cur += d
    def text(s):
        s.flush(); return s.out

def leaflet(name):
    src = git_show('joofio+test-epi-composition', f'input/fsh/examples/{name}.fsh').decode('utf-8')
    insts = re.split(r'\n(?=Instance: )', src)
    comp = [i for i in insts if i.startswith('Instance: composition-en')][0]
    ident = re.search(r'identifier.value = "([^"]+)"', comp).group(1)
    out = []
    for m in re.finditer(r'\* title = +"([^"]+)"(.*?)text.div = """(.*?)"""', comp, re.S):
        title, div = m.group(1), m.group(3)
        if title.startswith('TEST PURPOSES'): continue
        out.append(''); out.append(title.strip())
        p = H2T(); p.feed(html.unescape(div) if False else div); lines = p.text()
        lines = [l for l in lines if l != 'unavailable']
        out += lines
    return ident, '\n'.join(out)

ident, body = leaflet('repatha')
write('03_ema_package_leaflet_repatha_evolocumab.txt',
      f'EMA package leaflet (EU product information, English): Repatha (evolocumab) 140 mg solution for injection, {ident}, via FHIR ePI composition',
      body)
ident, body = leaflet('sunlenca')
write('05_ema_package_leaflet_sunlenca_lenacapavir.txt',
      f'EMA package leaflet (EU product information, English): Sunlenca (lenacapavir), {ident}, via FHIR ePI composition',
      body)

# ---------- CT.gov records ----------
def ct_clean(lines):
    out = []
    for l in lines:
        l = re.sub(r'(\b[A-Z][A-Za-z ]*?) List - \1 (\d+) - \1 ', r'\1 \2 - ', l)
        l = re.sub(r'(\b[A-Z][A-Za-z ]*?) List - \1: ', r'\1: ', l)
        l = re.sub(r'(\b[A-Z][A-Za-z ]*?) Struct - \1', r'\1', l)
        l = re.sub(r'^(Design Info|Enrollment Info|Design Masking Info) - ', '', l)
        l = l.replace('Design Info - ', '').replace('Design Masking Info - ', '')
        out.append(l)
    return out

def v2_results_text(d):
    """Render the API v2 JSON record; results tables as ' | ' rows."""
    rs = d.pop('resultsSection')
    der = d.pop('derivedSection', None)
    out = ct_clean(emit(d['protocolSection'], []))
    out.append(''); out.append('RESULTS')
    pf = rs['participantFlowModule']
    out += ['', 'Participant Flow', f"Recruitment Details: {pf['recruitmentDetails']}", "[...]", f"Type of Units Analyzed: {pf['typeUnitsAnalyzed']}"]
    for g in pf['groups']:
        out.append(f"Group {g['id']}: {g['title']} - {g['description']}")
    for per in pf['periods']:
        out.append(f"Period: {per['title']}")
        out.append('Milestone | ' + ' | '.join(g['title'] for g in pf['groups']))
        for ms in per['milestones']:
            vals = {a['groupId']: f"{a['numSubjects']} participants ({a.get('numUnits','')} clinics)" for a in ms['achievements']}
            out.append(ms['type'] + ' | ' + ' | '.join(vals[g['id']] for g in pf['groups']))
    bc = rs['baselineCharacteristicsModule']
    out += ['', 'Baseline Characteristics']
    for g in bc['groups']:
        out.append(f"Group {g['id']}: {g['title']} - {g['description']}")
    gids = [g['id'] for g in bc['groups']]
    out.append('Measure | ' + ' | '.join(g['title'] for g in bc['groups']))
    for dn in bc['denoms']:
        vals = {c['groupId']: c['value'] for c in dn['counts']}
        out.append(f"Overall Number of Baseline Participants ({dn['units']}) | " + ' | '.join(vals[g] for g in gids))
    for m in bc['measures']:
        unit = m.get('unitOfMeasure', '')
        extra = f", {m.get('paramType','')}" + (f", {m['dispersionType']}" if 'dispersionType' in m else '')
        for cl in m['classes']:
            for cat in cl['categories']:
                lab = m['title'] + (f" - {cl['title']}" if 'title' in cl else '') + (f" - {cat['title']}" if 'title' in cat else '')
                vals = {}
                for x in cat['measurements']:
                    v = x['value']
                    if 'lowerLimit' in x: v += f" ({x['lowerLimit']} to {x['upperLimit']})"
                    vals[x['groupId']] = v
                out.append(f"{lab} [{unit}{extra}] | " + ' | '.join(vals.get(g, '') for g in gids))
    om = rs['outcomeMeasuresModule']
    out += ['', 'Outcome Measures']
    for o in om['outcomeMeasures']:
        out += [f"Outcome Type: {o['type']}", f"Title: {o['title']}", f"Description: {o['description']}",
                f"Population Description: {o['populationDescription']}", f"Reporting Status: {o['reportingStatus']}",
                f"Parameter Type: {o['paramType']}", f"Unit of Measure: {o['unitOfMeasure']}", f"Time Frame: {o['timeFrame']}"]
        ogs = o['groups']
        out.append('Group | ' + ' | '.join(g['title'] for g in ogs))
        for dn in o['denoms']:
            vals = {c['groupId']: c['value'] for c in dn['counts']}
            out.append(f"Overall Number of Participants Analyzed ({dn['units']}) | " + ' | '.join(vals[g['id']] for g in ogs))
        for cl in o['classes']:
            for cat in cl['categories']:
                vals = {x['groupId']: x['value'] for x in cat['measurements']}
                out.append(f"{o['title']} [{o['unitOfMeasure']}] | " + ' | '.join(vals[g['id']] for g in ogs))
    ae = rs['adverseEventsModule']
    out += ['', 'Adverse Events', f"Frequency Threshold: {ae['frequencyThreshold']}", f"Time Frame: {ae['timeFrame']}", f"Description: {ae['description']}"]
    out.append('Event group | All-cause mortality | Serious adverse events | Other adverse events')
    for g in ae['eventGroups']:
        out.append(f"{g['title']} | {g['deathsNumAffected']}/{g['deathsNumAtRisk']} | {g['seriousNumAffected']}/{g['seriousNumAtRisk']} | {g['otherNumAffected']}/{g['otherNumAtRisk']}")
    mi = rs['moreInfoModule']
    out += ['', 'More Information', f"Certain Agreements - Principal Investigators are Employed by Organization Sponsoring Study: {'Yes' if mi['certainAgreement']['piSponsorEmployee'] else 'No'}"]
    pc = mi['pointOfContact']
    out += [f"Results Point of Contact - Name/Title: {pc['title']}", f"Results Point of Contact - Organization: {pc['organization']}"]
    out += ['', f"Has Results: {'Yes' if d.get('hasResults') else 'No'}"]
    if der:
        out += [f"Record version holder date: {der['miscInfoModule']['versionHolder']}"]
    return '\n'.join(out)

d = json.loads(git_show('ctti-clinicaltrials+aact', 'spec/support/json_data/initialize_participant_flow_data.json'))
write('06_ctgov_NCT02299791_all_initiative_diabetes_cvd_results.txt',
      'ClinicalTrials.gov registry record with posted results: NCT02299791, Dissemination of CVD Risk Factor Treatment Among Diabetic Patients in Safety Net Clinics (ALL study), Kaiser Permanente; API v2 JSON, version holder 2023-12-15',
      v2_results_text(d))

for n, name, hdr in [
    ('NCT04779645', '07_ctgov_NCT04779645_remd477_glucagon_antagonist_type1_diabetes.txt',
     'ClinicalTrials.gov registry record: NCT04779645, The Effects of Glucagon Antagonism on Insulin Sensitivity, Cardiovascular Risk, and Ketogenesis in Type 1 Diabetes (REMD-477), University of California, San Diego; API v1 JSON, data version 2021-03-02; no results posted'),
    ('NCT04780464', '08_ctgov_NCT04780464_eortc_tolerance_elderly_soft_tissue_sarcoma.txt',
     'ClinicalTrials.gov registry record: NCT04780464, EORTC-1976-STBSG "Tolerance" (doxorubicin three-weekly vs weekly vs cyclophosphamide plus prednisolone in elderly patients with advanced soft tissue sarcoma); API v1 JSON, data version 2021-03-02; no results posted'),
]:
    s = json.load(open(RAW / f'{n}.json'))
    s.pop('DerivedSection', None)
    lines = ct_clean(emit(s['ProtocolSection'], []))
    write(name, hdr, '\n'.join(lines))

# ---------- EPAR excerpt ----------
ep = (RAW / 'vazkepa_epar.txt').read_text().split('\n')
def rng(a, b): return ep[a-1:b]
def clean_epar(lines):
    out = []; i = 0
    while i < len(lines):
        s = lines[i].strip()
        if s == 'Assessment report' and i+2 < len(lines) and lines[i+1].strip().startswith('EMA/145271/2021') and lines[i+2].strip().startswith('Page '):
            i += 3; continue
        out.append(lines[i]); i += 1
    return out

def steps_table(lines):
    out = []; buf = []
    for l in lines:
        s = l.strip()
        if not s: continue
        if re.match(r'^\d{1,2} [A-Z][a-z]+ \d{4}$', s) and buf:
            out.append(' '.join(buf) + ' | ' + s); buf = []
        else:
            buf.append(s)
    if buf: out.append(' '.join(buf))
    return out

parts = []
parts += [l.strip() for l in rng(5, 15) if l.strip()]
parts += ['[...]']
sec1 = clean_epar(rng(167, 261))
# split steps table (from 'The application was received' to the positive opinion)
k1 = next(i for i, l in enumerate(sec1) if l.startswith('The application was received'))
k2 = next(i for i, l in enumerate(sec1) if l.startswith('a marketing authorisation to Vazkepa on'))
parts += reflow(sec1[:k1])
tbl = steps_table(sec1[k1:k2])
tbl[-1] = tbl[-1]  # last row: positive opinion date precedes trailing words
parts += ['Step | Date'] + tbl + [sec1[k2].strip()]
parts += ['[...]']
parts += reflow(clean_epar(rng(2669, 2694)))
parts += ['[...]']
parts += reflow(clean_epar(rng(5390, 5519)))
parts += ['[...]']
parts += reflow(clean_epar(rng(5950, 6049)))
txt = '\n'.join(parts)
txt = re.sub(r'\n• ?\n', '\n• ', txt)
txt = re.sub(r'\n(•|\uf0b7)\n', '\n• ', txt)
write('09_ema_epar_vazkepa_icosapent_ethyl_excerpt.txt',
      'EMA European public assessment report (CHMP assessment report), Vazkepa (icosapent ethyl), EMA/145271/2021, Procedure No. EMEA/H/C/005398/0000, 28 January 2021 - excerpt',
      txt)
