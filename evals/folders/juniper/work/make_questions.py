#!/usr/bin/env python3
"""Build questions.jsonl from the spec below. For each fact an anchor (a unique substring of a gold
source) locates the gold quote: the whole line if it is short (Label: value line, table row, list
item, heading) or otherwise the whole sentence around the anchor."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = {f: open(os.path.join(ROOT, "docs", f), encoding="utf-8").read() for f in os.listdir(os.path.join(ROOT, "docs"))}

D1 = "01_sec10k_moderna_alliances_2024.txt"
D2 = "02_fda_crl_tivozanib_nda204408.txt"
D3 = "03_fda_crl_olpruva_sodium_phenylbutyrate_nda214860.txt"
D4 = "04_fda_guidance_oncology_drugs_ivd_tests_pilot.txt"
D5 = "05_fda_guidance_investigator_safety_reporting.txt"
D6 = "06_ctgov_NCT03835676_treprostinil_pah_rv.txt"
D7 = "07_ctgov_NCT00005057_adv_rsv_tk_ganciclovir_melanoma.txt"
D8 = "08_ema_package_leaflet_aquipta_atogepant.txt"

ABBR = ("U.S.", "e.g.", "i.e.", "Rm.", "Ave.", "No.", "Inc.", "Dr.", "vs.", "M.D.", "Co.", "Bldg.", "St.", "approx.")


def sentence_spans(line):
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.;?!])\s+(?=[A-Z•“\"(])", line):
        before = line[:m.start()]
        if any(before.endswith(a) for a in ABBR):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(line)))
    return spans


def quote_for(doc, anchor):
    text = DOCS[doc]
    n = text.count(anchor)
    assert n >= 1, (doc, anchor)
    i = text.index(anchor)
    ls = text.rfind("\n", 0, i) + 1
    le = text.find("\n", i)
    le = len(text) if le < 0 else le
    line = text[ls:le]
    assert not line.startswith("Document kind:"), anchor
    if len(line) <= 320:
        return line.strip()
    off = i - ls
    for a, b in sentence_spans(line):
        if a <= off < b:
            s = line[a:b].strip()
            assert anchor in s or off + len(anchor) > b, (doc, anchor, s)
            if anchor not in s:  # anchor crosses a sentence boundary: take both sentences
                for a2, b2 in sentence_spans(line):
                    if a2 <= off + len(anchor) - 1 < b2:
                        s = line[a:b2].strip()
            return s
    raise AssertionError(anchor)


Q = []


def A(question, docs, facts, tags, anchors=None, note=""):
    """answerable; facts: list of lists (or strings); anchors: list parallel to facts (default first alt)"""
    facts = [[f] if isinstance(f, str) else sorted(f, key=len) for f in facts]
    if isinstance(docs, str):
        docs = [docs]
    anchors = anchors or [f[0] for f in facts]
    if len(docs) == 1:
        adocs = docs * len(anchors)
    else:
        adocs = docs if len(docs) == len(anchors) else docs * len(anchors)
    quotes = []
    for d, a in zip(adocs, anchors):
        q = quote_for(d, a)
        if q not in quotes:
            quotes.append(q)
    for f in facts:
        for alt in f:
            assert any(alt in DOCS[d] for d in docs), (question, alt)
    if len(docs) > 1 and "cross-document" not in tags:
        tags = tags + ["cross-document"]
    Q.append({"question": question, "answerable": True, "gold_sources": docs, "facts": facts,
              "gold_quotes": quotes, "tags": tags, "note": note})


def U(question, note, tags, absent=()):
    for a in absent:
        for d, t in DOCS.items():
            assert a.lower() not in t.lower(), (question, a, d)
    Q.append({"question": question, "answerable": False, "gold_sources": [], "facts": [],
              "gold_quotes": [], "tags": tags, "note": note})


# ------------------------------------------------------------------ 01 Moderna 10-K
A("How much did Merck pay Moderna upfront under the individualized neoantigen therapy (INT) collaboration?", D1,
  [["$200 million", "upfront payment of $200 million"]], ["amount"])
A("Moderna/Merck INT deal: what fee did Merck pay when it exercised its option, and in which month?", D1,
  [["$250 million"], ["October 2022"]], ["amount", "date"], anchors=["option exercise fee of $250 million", "option exercise fee of $250 million"])
A("After Merck's option exercise, how are costs and profits on INTs divided between Moderna and Merck?", D1,
  [["shared equally", "generally shared equally on a worldwide basis"]], ["definition"])
A("Which Moderna program is covered by the Vertex alliance?", D1,
  [["mRNA-3692"]], ["identifier"], anchors=["Vertex, for our CF program (mRNA-3692)"])
A("When did Moderna enter its Strategic Collaboration and License Agreement with Vertex?", D1,
  [["July 2016"]], ["date"], anchors=["In July 2016, we entered into a Strategic Collaboration"])
A("Initial BARDA award ceiling for mRNA-1273 development?", D1,
  [["$483 million"]], ["amount"])
A("What was the maximum BARDA award for Moderna's COVID vaccine program once all amendments were included?", D1,
  [["$1.8 billion", "approximately $1.8 billion"]], ["amount"])
A("How much did Moderna get from the RRPV/BARDA in January 2025 for pre-pandemic flu vaccines?", D1,
  [["$590 million"]], ["amount"], anchors=["In January 2025, we were awarded up to $590 million"])
A("What grant funding did the Gates Foundation commit to Moderna's initial HIV antibody project?", D1,
  [["$20 million", "up to $20 million"]], ["amount"], anchors=["committed up to $20 million"])
A("How much has Blackstone Life Sciences committed to Moderna's flu program?", D1,
  [["$750 million", "up to $750 million"]], ["amount"], anchors=["Blackstone has committed up to $750 million"])
A("In return for its funding, what is Blackstone eligible to receive from Moderna?", D1,
  [["low-single digit royalties"], ["milestone payments"]], ["list"], anchors=["Blackstone will be eligible for low-single digit royalties", "Blackstone will be eligible for low-single digit royalties"])
A("Moderna's April 2024 Japan COVID IP out-license: how much was received upfront and how much of it is a prepayment creditable against royalties?", D1,
  [["$50 million"], ["$20 million prepayment", "$20 million"]], ["amount"], anchors=["upfront payment of $50 million", "upfront payment of $50 million"])
A("Which Moderna vaccine trial is on FDA clinical hold, and what triggered the hold?", D1,
  [["norovirus", "mRNA-1403"], ["Guillain-Barré syndrome"]], ["name"], anchors=["trivalent vaccine candidate against norovirus (mRNA-1403)", "The trial is currently on FDA clinical hold"])
A("PDUFA goal date for Moderna's next-generation COVID vaccine mRNA-1283?", D1,
  [["May 31, 2025"]], ["date"], anchors=["has assigned a PDUFA goal date of May 31, 2025"])
A("Moderna 2024 net product sales of its RSV vaccine (in millions)?", D1,
  [["25"]], ["amount"], anchors=["RSV | 25 | — | —"])
A("Did ILCM pay Moderna anything upfront for the mRNA-3351 licence?", D1,
  [["no upfront fees"]], ["yes-no"])

# ------------------------------------------------------------------ 02 tivozanib CRL
A("In the FDA complete response letter for tivozanib, what was the PFS hazard ratio in the phase 3 trial?", D2,
  [["0.80", "hazard ratio of 0.80"]], ["endpoint"])
A("Tivozanib CRL: overall survival hazard ratio?", D2,
  [["1.25"]], ["endpoint"], anchors=["hazard ratio: 1.25"])
A("What comparator drug was tivozanib randomized against in the trial supporting AVEO's NDA?", D2,
  [["sorafenib"]], ["name"])
A("What indication was AVEO seeking for tivozanib?", D2,
  [["advanced renal cell carcinoma", "renal cell carcinoma"]], ["name"])
A("When did AVEO submit NDA 204408?", D2,
  [["September 28, 2012"]], ["date"], anchors=["dated September 28, 2012"])
A("Who signed the June 2013 complete response letter for tivozanib?", D2,
  [["Richard Pazdur"]], ["name"], anchors=["Richard Pazdur, M.D."])
A("What size of overall survival decrement did FDA flag for tivozanib?", D2,
  [["25%", "potential 25% decrease in overall survival"]], ["percentage"])
A("For a new tivozanib trial, what primary and secondary endpoints did FDA recommend?", D2,
  [["PFS as the primary endpoint"], ["OS as a secondary endpoint"]], ["endpoint", "list"],
  anchors=["using PFS as the primary endpoint", "using PFS as the primary endpoint"])
A("What product quality deficiency did FDA cite in the tivozanib CRL?", D2,
  [["dissolution acceptance criterion"]], ["name"], anchors=["Your proposed dissolution acceptance criterion:"])
A("How long did AVEO have to resubmit or take other action after the tivozanib CRL?", D2,
  [["one year", "Within one year after the date of this letter"]], ["duration"], anchors=["Within one year after the date of this letter"])

# ------------------------------------------------------------------ 03 Olpruva CRL
A("Which manufacturing facility could FDA not inspect for Acer's sodium phenylbutyrate NDA?", D3,
  [["Sharp Clinical Services"]], ["name", "place"], anchors=["Our field investigator could not complete inspection"])
A("FEI number of the facility cited in the Olpruva complete response letter?", D3,
  [["3003673570"]], ["identifier"], anchors=["Our field investigator could not complete inspection"])
A("Why couldn't FDA complete the facility inspection for NDA 214860?", D3,
  [["not ready for inspection"]], ["definition"])
A("Under which FD&C Act pathway was Acer's sodium phenylbutyrate NDA submitted?", D3,
  [["505(b)(2)", "section 505(b)(2)"]], ["identifier"])
A("Submission date of NDA 214860?", D3,
  [["August 5, 2021"]], ["date"])
A("In the chronic dog study of talc cited in the Olpruva CRL, how much were absolute testis weights increased?", D3,
  [["43–55%"]], ["percentage"])
A("Was a NOAEL established in the chronic dog talc study mentioned in the sodium phenylbutyrate CRL?", D3,
  [["No NOAEL", "No NOAEL was established"]], ["yes-no"], anchors=["No NOAEL was established"])
A("If the requested information does not explain the talc finding, how long a new dog study may FDA require for Olpruva?", D3,
  [["9-month", "9-month study"]], ["duration"])
A("Olpruva CRL: the talc dose is referenced to how many grams of the proposed product?", D3,
  [["20 g"]], ["dose"])
A("When did FDA send the correspondence finding the name Olpruva acceptable?", D3,
  [["October 25, 2021"]], ["date"])
A("Dates of FDA's communications on carton and container labeling revisions for Olpruva?", D3,
  [["May 24, 2022"], ["May 31, 2022"]], ["date", "list"], anchors=["May 24, 2022", "May 24, 2022"])

# ------------------------------------------------------------------ 04 IVD pilot guidance
A("When was FDA's guidance on the oncology drug / in vitro diagnostic test pilot program issued?", D4,
  [["June 20, 2023"]], ["date"], anchors=["Document issued on June 20, 2023."])
A("Docket number for comments on the Oncology Drug Products Used with Certain In Vitro Diagnostic Tests pilot guidance?", D4,
  [["FDA-2022-D-2275"]], ["identifier"], anchors=["identified with the docket number FDA-2022-D-2275"])
A("In the initial phase of FDA's oncology IVD pilot, how many sponsors will FDA evaluate at most?", D4,
  [["9", "no more than 9 sponsors"]], ["count"], anchors=["FDA will evaluate no more than 9 sponsors"])
A("How long is the initial phase of the oncology drug–IVD test pilot expected to last?", D4,
  [["up to one year"]], ["duration"])
A("Within what period will FDA hold a public meeting to evaluate the oncology IVD pilot?", D4,
  [["three years", "within three years"]], ["duration"])
A("Which test technologies does the IVD pilot guidance give as examples of technologies previously used by FDA-authorized companion diagnostics?", D4,
  [["next generation sequencing"], ["immunohistochemistry"], ["fluorescent in situ hybridization"]], ["list"],
  anchors=["next generation sequencing"] * 3)
A("What should drug sponsors title the correspondence they submit to be considered for the oncology IVD pilot?", D4,
  [["Statement of Interest", "a Statement of Interest in Participation in the Oncology Drug Products Used with Certain In Vitro Diagnostic Tests: Pilot Program"]],
  ["name"], anchors=["should submit correspondence titled"])
A("How does the oncology IVD pilot guidance define a laboratory developed test?", D4,
  [["within a single laboratory", "designed, manufactured and used within a single laboratory"]], ["definition"],
  anchors=["the term laboratory developed test (LDT) means"])
A("Which FDA center will post the recommended minimum performance characteristics for tests under the oncology pilot?", D4,
  [["CDRH", "Center for Devices and Radiological Health"]], ["name"], anchors=["intends to provide on its website the recommended minimum"])
A("Does the oncology IVD pilot change the approval standards for the drugs or their companion diagnostics?", D4,
  [["does not alter the standards", "This pilot does not alter the standards for approval"]], ["yes-no"])
A("For oncology drugs whose pivotal trials began before June 20, 2023, which participation factor may FDA choose not to consider?", D4,
  [["factor (2)"]], ["identifier"])
A("In the IVD pilot guidance, what does 'marketing authorization' mean?", D4,
  [["approval of a premarket approval application"], ["granting of a de novo request"], ["clearance of a premarket notification (510(k))"]],
  ["definition", "list"], anchors=["the term “marketing authorization” means"] * 3)

# ------------------------------------------------------------------ 05 Investigator safety reporting guidance
A("Under the IDE rules, how quickly must an investigator report an unanticipated adverse device effect to the sponsor and IRB?", D5,
  [["10 working days", "in no event later than 10 working days"]], ["duration"], anchors=["in no event later than 10 working days"])
A("What time frame does FDA anticipate for an investigator's initial SAE report to the sponsor?", D5,
  [["1 calendar day", "will generally not exceed 1 calendar day"]], ["duration"])
A("Deadline for a sponsor's IND safety report to FDA and investigators after determining that information qualifies?", D5,
  [["15 calendar days"]], ["duration"], anchors=["in no case later than 15 calendar days after the sponsor determines"])
A("For a fatal or life-threatening unexpected suspected adverse reaction, how soon must the sponsor notify FDA?", D5,
  [["7 calendar days"]], ["duration"], anchors=["no later than 7 calendar days after the sponsor’s initial receipt"])
A("How often must investigators in IDE studies submit progress reports to the sponsor, monitor and IRB?", D5,
  [["no less than yearly", "yearly"]], ["duration"])
A("Which earlier FDA guidance documents does the December 2025 investigator safety reporting guidance replace?", D5,
  [["Safety Reporting Requirements for INDs and BA/BE Studies"], ["Adverse Event Reporting to IRBs—Improving Human Subject Protection"]],
  ["list", "name"], anchors=["replaces corresponding recommendations previously provided"] * 2)
A("How does 21 CFR 312.32(a), as quoted in the investigator safety reporting guidance, define an adverse event?", D5,
  [["any untoward medical occurrence associated with the use of a drug in humans"]], ["definition"])
A("What examples does FDA give of an uncommon event strongly associated with drug exposure, where a single occurrence suggests causality?", D5,
  [["angioedema"], ["hepatic injury"], ["Stevens-Johnson Syndrome"]], ["list"], anchors=["A single occurrence of an event that is uncommon"] * 3)
A("Investigator safety reporting guidance: example of an event not commonly associated with drug exposure but otherwise uncommon in the exposed population?", D5,
  [["tendon rupture"]], ["name"])
A("Must investigators assess causality for nonserious adverse events under § 312.64(b)?", D5,
  [["not required to assess causality"]], ["yes-no"], anchors=["not required to assess causality"])
A("Which causality factors does FDA list for investigators assessing whether a drug caused an SAE?", D5,
  [["temporal relationship"], ["biologic plausibility"], ["dechallenge-rechallenge information"]], ["list"],
  anchors=["Factors that should be considered when making a causality assessment"] * 3)
A("Give an example of a device adverse effect that could be considered serious under the UADE definition.", D5,
  [["organ perforation", "thrombus formation inside an aortic endovascular graft"]], ["name"])

# ------------------------------------------------------------------ 06 NCT03835676
A("Planned enrollment of NCT03835676?", D6, [["30"]], ["count"], anchors=["Enrollment: 30 (Anticipated)"])
A("What phase is the treprostinil right-ventricle study in pulmonary arterial hypertension?", D6,
  [["Phase 4"]], ["identifier"], anchors=["Phase: Phase 4"])
A("Anticipated start date of the Aswan treprostinil RV study?", D6,
  [["May 1, 2019"]], ["date"], anchors=["Start date: May 1, 2019"])
A("Where will the treprostinil PAH right ventricular function study be conducted?", D6,
  [["Aswan", "Aswan Heart Centre - Magdi Yacoub Heart Foundation"]], ["place"], anchors=["Location: Aswan Heart Centre"])
A("For how long will patients in NCT03835676 receive treprostinil on top of background therapy?", D6,
  [["24 months"]], ["duration"], anchors=["in addition to background therapy for 24 months"])
A("How often will cardiac MRI be done in the treprostinil RV study?", D6,
  [["6 monthly intervals for 2 years", "6 monthly intervals"]], ["duration"])
A("Which imaging methods define the primary outcomes of NCT03835676?", D6,
  [["echocardiography"], ["Cardiac Magnetic Resonance Imaging"]], ["endpoint", "list"],
  anchors=["Primary outcome 1 measure:", "Primary outcome 2 measure:"])
A("What mean pulmonary artery pressure threshold defines PAH for inclusion in the treprostinil RV study?", D6,
  [["25 mmHg", ">25 mmHg"]], ["dose"], anchors=["PAH defined as a mean pulmonary artery pressure"])
A("Brand name listed for the intervention in NCT03835676?", D6,
  [["Remodulin"]], ["name"])
A("What elimination half-life does the NCT03835676 record give for treprostinil?", D6,
  [["4.5 h"]], ["duration"])
A("Is NCT03835676 blinded?", D6,
  [["None (Open Label)", "Open Label"]], ["yes-no"], anchors=["Masking: None (Open Label)"])

# ------------------------------------------------------------------ 07 NCT00005057
A("Maximum projected accrual of the AdV.RSV-TK plus ganciclovir melanoma trial?", D7,
  [["27", "A maximum of 27 patients"]], ["count"], anchors=["A maximum of 27 patients"])
A("In NCT00005057, how is ganciclovir dosed and how many doses are given in total?", D7,
  [["every 12 hours"], ["14 doses"]], ["dose"], anchors=["Ganciclovir IV is administered every 12 hours"] * 2)
A("How is the maximum tolerated dose defined in the gene therapy melanoma trial NCT00005057?", D7,
  [["2 of 6 patients", "the dose preceding that at which 2 of 6 patients experience dose limiting toxicities"]], ["definition"])
A("Lead sponsor of NCT00005057?", D7,
  [["National Human Genome Research Institute", "NHGRI"]], ["name"], anchors=["Lead sponsor: National Human Genome Research Institute"])
A("When did the adenovirus RSV-TK melanoma study start?", D7,
  [["March 2000"]], ["date"], anchors=["Start date: March 2000"])
A("What is the maximum volume allowed for the index lesion in NCT00005057?", D7,
  [["3 cm3", "no greater than 3 cm3"]], ["dose"])
A("Required Karnofsky performance status for the AdV.RSV-TK melanoma trial?", D7,
  [["60-100%", "Karnofsky 60-100%"]], ["percentage"])
A("Who chaired the NCT00005057 study?", D7,
  [["John C. Morris"]], ["name"])
A("NCI secondary identifier of the ganciclovir suicide gene therapy trial in stage IV melanoma?", D7,
  [["NCI-98-C-0140C"]], ["identifier"], anchors=["Secondary ID: NCI-98-C-0140C"])

# ------------------------------------------------------------------ 08 Aquipta leaflet
A("Recommended daily dose of AQUIPTA?", D8,
  [["60 mg", "60 mg atogepant once a day"]], ["dose"], anchors=["The recommended dose is 60 mg atogepant once a day"])
A("Which patients is AQUIPTA (atogepant) used in, according to the EU package leaflet?", D8,
  [["at least 4 migraine days per month"]], ["definition"])
A("Sodium content of an AQUIPTA 60 mg tablet?", D8,
  [["31.5 mg sodium", "31.5 mg"]], ["dose"])
A("What pack sizes does the AQUIPTA leaflet list?", D8,
  [["28 or 98 tablets"]], ["count"], anchors=["It is available in packs containing 28 or 98 tablets"])
A("Who holds the EU marketing authorisation for AQUIPTA?", D8,
  [["AbbVie Deutschland GmbH & Co. KG"]], ["name"], anchors=["Marketing Authorisation Holder AbbVie Deutschland"])
A("Where is AQUIPTA manufactured for the EU market?", D8,
  [["Campoverde di Aprilia"]], ["place"])
A("Name three common side effects listed for atogepant in the AQUIPTA leaflet.", D8,
  [["nausea"], ["constipation"], ["fatigue"]], ["list"],
  anchors=["nausea (feeling sick in your stomach)", "constipation\nfatigue", "fatigue (tiredness)"])
A("Which uncommon side effect is listed in the AQUIPTA package leaflet?", D8,
  [["increased levels of liver enzymes"]], ["name"])
A("Can AQUIPTA be given to adolescents?", D8,
  [["under 18 years old", "Do not give this medicine to children or adolescents under 18 years old"]], ["yes-no"])
A("What receptor family is atogepant thought to block?", D8,
  [["calcitonin/calcitonin gene related peptide (CGRP)- receptor family", "CGRP"]], ["name"])

# ------------------------------------------------------------------ cross-document
A("Compare the planned enrollment of the treprostinil RV study NCT03835676 with the maximum projected accrual of the melanoma gene therapy trial NCT00005057.",
  [D6, D7], [["30"], ["27"]], ["count"], anchors=["Enrollment: 30 (Anticipated)", "A maximum of 27 patients"])
A("What phases are the two ClinicalTrials.gov studies in this folder (NCT03835676 and NCT00005057)?",
  [D6, D7], [["Phase 4"], ["Phase 1"]], ["identifier"], anchors=["Phase: Phase 4", "Phase: Phase 1"])
A("Which NDA was submitted first, AVEO's tivozanib NDA 204408 or Acer's sodium phenylbutyrate NDA 214860? Give both submission dates.",
  [D2, D3], [["September 28, 2012"], ["August 5, 2021"]], ["date"], anchors=["dated September 28, 2012", "August 5, 2021"])
A("Who signed the tivozanib and the sodium phenylbutyrate complete response letters, respectively?",
  [D2, D3], [["Richard Pazdur"], ["Patroula Smpokou"]], ["name"], anchors=["Richard Pazdur, M.D.", "Patroula Smpokou, M.D."])
A("Start dates of NCT03835676 and NCT00005057?",
  [D6, D7], [["May 1, 2019"], ["March 2000"]], ["date"], anchors=["Start date: May 1, 2019", "Start date: March 2000"])
A("Lead sponsors of the treprostinil PAH study and of the AdV.RSV-TK melanoma study?",
  [D6, D7], [["Magdi H. Yacoub"], ["National Human Genome Research Institute"]], ["name"],
  anchors=["Lead sponsor: Magdi H. Yacoub", "Lead sponsor: National Human Genome Research Institute"])
A("In which countries are the two registered trials in the folder located?",
  [D6, D7], [["Egypt"], ["United States"]], ["place"], anchors=["Location country: Egypt", "Location country: United States"])
A("What key quantitative finding did FDA cite in each complete response letter: the overall survival hazard ratio for tivozanib, and the testis weight increase in the talc dog study for sodium phenylbutyrate?",
  [D2, D3], [["1.25"], ["43–55%"]], ["endpoint", "percentage"], anchors=["hazard ratio: 1.25", "43–55%"])
A("In which cities were the applicants addressed in the tivozanib and sodium phenylbutyrate CRLs based?",
  [D2, D3], [["Cambridge, MA"], ["Newton, MA"]], ["place"], anchors=["Cambridge, MA 02139", "Newton, MA 02458"])
A("How many Phase 3 trials supported AVEO's tivozanib NDA, and how many Moderna programs were in Phase 3 at the end of 2024?",
  [D2, D1], [["single Phase 3 trial", "a single Phase 3 trial"], ["nine programs in Phase 3", "nine"]], ["count"],
  anchors=["supported by a single Phase 3 trial", "nine programs in Phase 3"])
A("Which FDA meeting guidance does each CRL point the applicant to, and what date or title does it give?",
  [D2, D3], [["May 2009", "Formal Meetings Between the FDA and Sponsors or Applicants"], ["Formal Meetings Between the FDA and Sponsors or Applicants of PDUFA Products"]],
  ["name"], anchors=["“Formal Meetings Between the FDA and Sponsors or Applicants,” May 2009", "Formal Meetings Between the FDA and Sponsors or Applicants of PDUFA Products"])
A("The IVD pilot guidance limits the initial phase to how many sponsors, and how many development programs did Moderna report in late-stage development?",
  [D4, D1], [["9", "no more than 9 sponsors"], ["eleven"]], ["count"], anchors=["FDA will evaluate no more than 9 sponsors", "eleven of our 44 development programs"])
A("Maximum time allowed: an investigator's UADE report under the IDE rules versus the time FDA gave AVEO to resubmit its tivozanib application?",
  [D5, D2], [["10 working days"], ["one year"]], ["duration"], anchors=["in no event later than 10 working days", "Within one year after the date of this letter"])

# ------------------------------------------------------------------ unanswerable
U("What milestone payments is Moderna eligible for under the Vertex cystic fibrosis agreement?",
  "The 10-K excerpt describes the Vertex Agreement's purpose and date only; no milestone or payment terms are given.", ["amount"])
U("What royalty rate does Merck pay Moderna on INT sales?",
  "The Merck INT Agreement text gives the $200 million upfront, the $250 million option fee and equal cost/profit sharing; no royalty rate.", ["percentage"])
U("Who is the Japanese pharmaceutical company that licensed Moderna's COVID IP in April 2024?",
  "The filing describes the licensee only as 'a pharmaceutical company based in Japan'; it is not named.", ["name"])
U("How much did Moderna invest in Carisma Therapeutics?",
  "The excerpt says Moderna made equity investments in Carisma and Generation Bio but gives no amounts.", ["amount"])
U("What was the value of Moderna's DARPA agreement for the mobile manufacturing prototype?",
  "The DARPA agreement is described (September 2020) without any dollar amount.", ["amount"])
U("What were mRESVIA sales in Europe in 2024?",
  "Net product sales are given by product (RSV $25 million) and by geography separately, never RSV by region.", ["amount"])
U("What PDUFA goal date was assigned to Moderna's flu+COVID combination vaccine mRNA-1083?",
  "PDUFA dates are given for mRNA-1283 (May 31, 2025) and mRNA-1345 in 18-59 (June 12, 2025) only; none for mRNA-1083.", ["date"])
U("How many patients are enrolled in the Merck–Moderna Phase 3 adjuvant melanoma trial of mRNA-4157?",
  "The 10-K only says the trial is fully enrolled; no patient count is given.", ["count"])
U("How much funding had Blackstone actually provided to Moderna by December 31, 2024?",
  "Only the commitment of up to $750 million is stated; amounts funded to date are not in the excerpt.", ["amount"])
U("What were the median progression-free survival times for tivozanib and sorafenib?",
  "The CRL reports only hazard ratios and p-values (PFS HR 0.80, OS HR 1.25), not medians.", ["endpoint"], absent=["median"])
U("How many patients were randomized in the tivozanib phase 3 trial?",
  "The CRL does not give the trial's sample size.", ["count"])
U("What dissolution acceptance criterion did FDA say the tivozanib data support?",
  "The criterion values are redacted as (b)(4) in the letter.", ["definition"])
U("On what date did FDA issue the complete response letter for Acer's sodium phenylbutyrate (Olpruva)?",
  "The letter text in the folder carries no date ('See appended electronic signature page'); only earlier correspondence dates are given.", ["date"])
U("What indication was Acer seeking for sodium phenylbutyrate (Olpruva)?",
  "The CRL never states the proposed indication.", ["name"], absent=["urea cycle"])
U("What talc doses were given to the dogs in the chronic talc study cited for Olpruva?",
  "The CRL reports the 43–55% testis weight increase in all treated groups but not the doses tested.", ["dose"])
U("What p-value did FDA report for the tivozanib PFS result in the phase 2 trial?",
  "Near miss: the CRL reports a p value of 0.04 for PFS in the single Phase 3 trial; no phase 2 trial results are given.", ["endpoint"])
U("Is there a user fee to participate in FDA's oncology drug–IVD test pilot program?",
  "The pilot guidance does not mention any fee.", ["amount"])
U("On what date is the public meeting on the oncology IVD pilot scheduled?",
  "The guidance only says a public meeting will occur within three years; no date is set.", ["date"])
U("Which sponsors have been accepted into FDA's oncology drug–IVD test pilot?",
  "The guidance describes the selection process; no accepted sponsors are named.", ["name"])
U("What minimum sensitivity does FDA recommend for NGS tests used with drugs in the oncology pilot?",
  "The guidance says minimum performance characteristics will be posted on CDRH's website per approved drug; no values are given.", ["percentage"])
U("What civil money penalty applies to an investigator who reports an SAE to the sponsor late?",
  "The investigator safety reporting guidance does not discuss penalties.", ["amount"], absent=["penalt"])
U("How many calendar days does an investigator have to report a serious adverse event in a device (IDE) study to FDA directly?",
  "Near miss: the guidance gives 10 working days for UADE reports to the sponsor and IRB, and sponsor timelines; no investigator-to-FDA deadline is given.", ["duration"])
U("When was the draft version of the investigator safety reporting guidance published?",
  "The guidance text does not give a draft publication date.", ["date"])
U("What dose of treprostinil will patients receive in NCT03835676?",
  "The record says patients receive treprostinil for 24 months on top of background therapy but gives no dose or infusion rate.", ["dose"])
U("What was the actual enrollment of NCT03835676?",
  "Near miss: only the anticipated enrollment (30) is given; the study was not yet recruiting.", ["count"])
U("What were the results for right ventricular ejection fraction in the treprostinil RV study?",
  "No results are posted in the record.", ["endpoint"])
U("Who funds the treprostinil RV study NCT03835676, and how much?",
  "The record names the sponsor-investigator and source but no funding amount.", ["amount"])
U("What was the maximum tolerated dose of ganciclovir determined in NCT00005057?",
  "The record describes how the MTD is defined and escalated; it gives no determined MTD.", ["dose"])
U("How many viral particles of adenovirus RSV-TK were injected per lesion in NCT00005057?",
  "The record gives no adenovirus RSV-TK dose.", ["dose"])
U("How many patients were actually enrolled in the AdV.RSV-TK melanoma study?",
  "Near miss: only the projected accrual (a maximum of 27) is given; the record has no enrollment figure.", ["count"])
U("What is the primary completion date of NCT00005057?",
  "The record gives a start date (March 2000) and status Completed but no completion or primary completion date.", ["date"])
U("When was the AQUIPTA package leaflet last revised?",
  "The leaflet's 'This leaflet was last revised in' line is empty.", ["date"])
U("By how many monthly migraine days did atogepant reduce migraine in the pivotal trials?",
  "The package leaflet gives no efficacy data.", ["endpoint"])
U("What lower AQUIPTA dose should patients with severe kidney problems take?",
  "The leaflet says the doctor may prescribe a lower dose but does not state which dose.", ["dose"])
U("When did the European Commission grant the marketing authorisation for AQUIPTA?",
  "The package leaflet does not give an authorisation date.", ["date"])
U("What upfront payment did Vertex make to Moderna in 2016?",
  "No payment terms for the Vertex alliance are disclosed in the excerpt.", ["amount"])


def main():
    import random
    random.Random(23).shuffle(Q)
    out = []
    for n, q in enumerate(Q, 1):
        rec = {"id": f"ju-{n:03d}", **q}
        out.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    na = sum(q["answerable"] for q in Q)
    nx = sum(len(q["gold_sources"]) > 1 for q in Q)
    print(len(Q), "questions;", na, "answerable;", len(Q) - na, "unanswerable;", nx, "cross-document")


if __name__ == "__main__":
    main()
