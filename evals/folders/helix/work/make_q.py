import json, re, os
D='/work/blind22/helix/docs/'
docs={f:open(D+f,encoding='utf-8').read() for f in sorted(os.listdir(D))}
def F(prefix): return [k for k in docs if k.startswith(prefix)][0]
ABBR=('Inc.','Ltd.','Corp.','Co.','F.','U.S.','No.','S.A.','B.V.','S.p.A.','e.g.','i.e.','approx.','D.C.','Dr.','Mr.','U. S.')
def split_sents(line):
    raw=re.split(r'(?<=[.!?])\s+(?=[A-Z“"(])', line)
    out=[]
    for p in raw:
        if out and out[-1].endswith(ABBR): out[-1]=out[-1]+' '+p
        else: out.append(p)
    # verify pieces are verbatim (single-space joins)
    return [x for x in out]
def quote(doc, fact, hint=None):
    t=docs[doc]
    for line in t.split('\n'):
        if fact in line and (hint is None or hint in line):
            if len(line)<=350: return line
            sents=split_sents(line)
            for n in range(1,len(sents)+1):
                for i in range(0,len(sents)-n+1):
                    w=' '.join(sents[i:i+n])
                    if fact in w and (hint is None or hint in w) and w in line: return w
            for n in range(1,len(sents)+1):
                for i in range(0,len(sents)-n+1):
                    w=' '.join(sents[i:i+n])
                    if fact in w and w in line: return w
            return line
    raise SystemExit('no quote: %s | %s | %s'%(doc,fact,hint))
Q=[]
def A(question, src, facts, tags, hints=None, note=""):
    srcs=[F(s) for s in (src if isinstance(src,list) else [src])]
    facts=[f if isinstance(f,list) else [f] for f in facts]
    hints=hints or [None]*len(facts)
    quotes=[]
    for i,f in enumerate(facts):
        d=srcs[i] if len(srcs)>1 else srcs[0]
        q=quote(d,f[0],hints[i])
        for alt in f: assert alt in docs[d], (alt,d)
        if q not in quotes: quotes.append(q)
    Q.append(dict(question=question,answerable=True,gold_sources=srcs,facts=facts,gold_quotes=quotes,tags=tags,note=note))
def U(question, note, tags):
    Q.append(dict(question=question,answerable=False,gold_sources=[],facts=[],gold_quotes=[],tags=tags,note=note))

# ---------- 01 Medicis 10-K business ----------
A("What share of Medicis' net revenues came from prescription pharmaceuticals in fiscal 1999?","01",[["77.0%"]],["percentage"])
A("Medicis FY1999 10-K: OTC products, contract revenue and the physician-dispensed division together made up what percentage of net revenue?","01",[["23.0%"]],["percentage"])
A("From which company did Medicis acquire LOPROX, TOPICORT and A/T/S?","01",[["Hoechst Marion Roussel, Inc.","HMR"]],["name"],hints=["LOPROX® (ciclopirox)"])
A("In what month and year did Medicis acquire the right to manufacture, market and sell LOPROX, TOPICORT and A/T/S?","01",[["November 1998"]],["date"],hints=["acquired the right to manufacture"])
A("How long is the term of Medicis' November 1998 license agreement with HMR?","01",[["three years"]],["duration"],hints=["The license is for a term"])
A("What option does Medicis have at the end of the HMR license term?","01",[["an option to purchase the products"]],["definition"],hints=["The license is for a term"])
A("Which three products are licensed to Medicis from HMR?","01",[["LOPROX®"],["TOPICORT®"],["A/T/S®"]],["list","name"],hints=["The products licensed from HMR include","The products licensed from HMR include","The products licensed from HMR include"])
A("When did Medicis sign its development agreement with Abbott Laboratories?","01",[["July 1997"]],["date"],hints=["Abbott Laboratories"])
A("How much did Medicis expect to pay in development expenses under the Abbott collaboration?","01",[["$1,000,000"]],["amount"],hints=["development expenses"])
A("Under the Medicis–Abbott agreement, which party is responsible for development and eventual manufacture of the product?","01",[["Abbott"]],["name"],hints=["Abbott is responsible for the development"])
A("What stake in GenDerm did Medicis acquire, and when?","01",[["100% of the common stock"],["December 1997"]],["percentage","date"],hints=["GenDerm","acquired 100%"])
A("Medicis R&D costs for fiscal 1999?","01",[["$3,396,000"]],["amount"])
A("What were Medicis' research and development costs for fiscal 1997?","01",[["$1,450,000"]],["amount"])
A("Who manufactures DYNACIN for Medicis?","01",[["Schein"]],["name"],hints=["Schein manufactures"])
A("When does the Medicis–Schein DYNACIN supply agreement expire?","01",[["December 2003"]],["date"],hints=["Company’s supply agreement expires"])
A("If neither party gives notice, for what periods does the Schein supply agreement renew automatically?","01",[["successive two-year periods","two-year"]],["duration"],hints=["automatic renewal"])
A("When does the HMR supply agreement for LOPROX and TOPICORT expire?","01",[["November 2001"]],["date"])
A("Under the DPT manufacturing agreement for NOVACET, what minimum share of annual sales requirements must Medicis buy from DPT?","01",[["at least 90%","90%"]],["percentage"])
A("How much notice does DPT have to give to terminate the NOVACET manufacturing agreement?","01",[["three-year notice"]],["duration"],hints=["three-year notice by DPT"])
A("Which company supplies, at cost, the active ingredients for LIDEX and SYNALAR?","01",[["F. Hoffman-La Roche, Ltd."]],["name"])
A("When do the Contract Pharmaceuticals manufacturing agreements for ESOTERICA, LUSTRA, LUSTRA-AF and TRIAZ expire?","01",[["July 2001"]],["date"])
A("Which customers accounted for 18.0% and 14.1% of Medicis' revenues in fiscal 1999?","01",[["McKesson"],["Cardinal"]],["name","percentage"],hints=["During fiscal 1999","During fiscal 1999"])
A("How many members did Medicis' prescription sales team have at September 14, 1999?","01",[["60 members","60"]],["count"],hints=["60 members"])
A("What dosage strengths is DYNACIN available in?","01",[["50-mg., 75-mg. and 100-mg."]],["dose"])
A("What concentration of hydroquinone do LUSTRA and LUSTRA-AF contain?","01",[["4% hydroquinone","4%"]],["dose","percentage"],hints=["Both LUSTRA"])
A("When does the US patent covering Medicis' LUSTRA and LUSTRA-AF products expire?","01",[["August 2017"]],["date"])
A("Patent expiry for the TRIAZ formulations?","01",[["October 2015"]],["date"])
A("From which company did Medicis acquire the LIDEX and SYNALAR corticosteroid lines?","01",[["Syntex USA Inc.","Syntex"]],["name"],hints=["Syntex USA Inc."])
A("Which company originally introduced NOVACET, and in what year?","01",[["GenDerm Corporation","GenDerm"],["1993"]],["name","date"],hints=["introduced by GenDerm","introduced by GenDerm"])
A("What is the strength of LOPROX cream and lotion?","01",[["0.77%"]],["dose"],hints=["LOPROX® cream 0.77%"])
A("What are the active ingredients of NOVACET?","01",[["sodium sulfacetamide and sulfur"]],["name"])

# ---------- 02 Medicis risk factors ----------
A("How much product liability insurance does Medicis carry per claim?","02",[["$50.0 million per claim","$50.0 million"]],["amount"])
A("Is Medicis' product liability insurance written on an occurrence basis?","02",[["claims-made basis"]],["yes-no"],note="No: the filing says coverage is on a claims-made basis.")
A("For how long does Medicis' business interruption insurance cover loss of income?","02",[["up to 12 months","12 months"]],["duration"])
A("How long can cGMP validation of a new manufacturing facility take before manufacture can begin, per Medicis' risk factors?","02",[["a year or more"]],["duration"])
A("Which of Medicis' largest-selling products are covered by exclusive supply or manufacturing agreements, per its risk factors?","02",[["DYNACIN®"],["LIDEX®"]],["list","name"],hints=["exclusive supply","exclusive supply"])
A("What share of the US population participates in some version of managed care, according to Medicis?","02",[["Over 70%"]],["percentage"])
A("Which quarter of its fiscal year does Medicis historically see lower sales in?","02",[["first quarter"]],["date"],hints=["lower sales levels"])
A("Name the competitors Medicis lists in its 1999 risk factors.","02",[["AHP"],["Warner Chilcott"],["Galderma"],["Pfizer"]],["list","name"],hints=["Our competitors include"]*4)
A("Which Medicis prescription products compete with generics?","02",[["DYNACIN®, LIDEX®, SYNALAR® and TOPICORT®"]],["list","name"])
A("On which product area does Medicis intend to focus its acquisition, licensing and development efforts?","02",[["skin care products"]],["definition"])
A("What could happen if Medicis does not exert enough efforts to develop markets for licensed products?","02",[["the licensors may be entitled to terminate these license agreements"]],["definition"])
A("Under what federal act is Medicis' forward-looking-statements discussion provided?","02",[["Private Securities Litigation Reform Act of 1995"]],["name"])
A("Besides testing/surveillance and lot inspection, which post-marketing requirements does Medicis say the FDA can impose after approval?","02",[["suspending manufacturing"],["recalling products"],["withdrawing marketing clearance"]],["list"])
A("Medicis risk factors: what can follow if the FDA alleges its advertising is false or misleading?","02",[["incurring substantial expenses"],["changes in the methods of marketing and selling products"],["taking FDA-mandated corrective action"],["disruption in the distribution of products"]],["list"])

# ---------- 03 Premier 8-K ----------
A("On what date was the Premier–Peoples Agreement and Plan of Merger dated?","03",[["March 26, 2021"]],["date"])
A("When did Premier Financial Bancorp and Peoples Bancorp announce the merger agreement?","03",[["March 29, 2021"]],["date"],hints=["jointly announced"])
A("How many branches do Premier's banking subsidiaries operate combined?","03",[["48 branches","48"]],["count"])
A("Which Premier subsidiaries will merge into Peoples Bank?","03",[["Premier Bank, Inc."],["Citizens Deposit Bank and Trust, Inc."]],["list","name"])
A("Into which Peoples subsidiary will Premier's banks merge?","03",[["Peoples Bank"]],["name"],hints=["wholly owned subsidiary, Peoples Bank"])
A("What registration statement form will Peoples file for the Premier merger?","03",[["Form S-4"]],["identifier"])
A("Premier Financial Bancorp's trading symbol?","03",[["PFBI"]],["identifier"])
A("Who signed Premier's 8-K on the merger, and what is his title?","03",[["Brien M. Chase"],["Chief Financial Officer"]],["name"],hints=["/s/ Brien M. Chase","/s/ Brien M. Chase"])
A("What is Premier Financial Bancorp's Commission file number?","03",[["000-20908"]],["identifier"])
A("Where is Peoples' Investor Relations Department located?","03",[["138 Putnam Street, PO Box 738, Marietta, Ohio 45750","Marietta, Ohio"]],["place"])
A("In which states does the Premier banking network operate?","03",[["Kentucky, Maryland, Ohio, Virginia, West Virginia and the District of Columbia"]],["place","list"])
A("What exhibit number is the joint press release in Premier's merger 8-K?","03",[["Exhibit 99.1","99.1"]],["identifier"],hints=["Joint Press Release"])

# ---------- 04 Aldara ----------
A("What is the active substance in Aldara cream?","04",[["imiquimod"]],["name"],hints=["The active substance is imiquimod"])
A("How much imiquimod is in 100 mg of Aldara cream?","04",[["5 mg imiquimod","5 mg"]],["dose"],hints=["100 mg cream contains"])
A("How much cream does each Aldara sachet contain?","04",[["250 mg"]],["dose"],hints=["Each sachet contains 250 mg"])
A("For superficial basal cell carcinoma, how long is the Aldara treatment course?","04",[["5 consecutive days each week for 6 weeks","6 weeks"]],["duration","dose"])
A("Maximum duration of Aldara use per episode of genital warts?","04",[["16 weeks"]],["duration"])
A("How long should Aldara stay on genital warts before washing off?","04",[["6 to 10 hours"]],["duration"],hints=["Leave Aldara cream on the warts"])
A("How often per week is Aldara applied for actinic keratosis?","04",[["3 times per week"]],["dose"],hints=["25 cm2"])
A("What skin area does one Aldara sachet cover when treating actinic keratosis?","04",[["25 cm2"]],["amount"])
A("In the genital warts setting, what percentage of Aldara patients had redness?","04",[["61%"]],["percentage"])
A("Who is the marketing authorisation holder for Aldara?","04",[["Viatris Healthcare Limited"]],["name"])
A("Where is Aldara manufactured?","04",[["Swiss Caps GmbH","Bad Aibling"]],["place","name"])
A("How many sachets are in an Aldara box?","04",[["12 or 24"]],["count"])
A("What is the maximum storage temperature for Aldara?","04",[["Do not store above 25 C","25 C"]],["amount"])
A("How much benzyl alcohol is in each Aldara sachet?","04",[["5 mg benzyl alcohol","5 mg"]],["dose"],hints=["benzyl alcohol in each sachet"])

# ---------- 05 Ameluz ----------
A("What is the concentration of 5-aminolaevulinic acid in Ameluz?","05",[["78 mg of 5-aminolaevulinic acid","78 mg"]],["dose"],hints=["1 g Ameluz contains"])
A("How long is the light-tight dressing left on after applying Ameluz before red-light illumination?","05",[["3 hours"]],["duration"],hints=["The dressing is removed after"])
A("For daylight PDT with Ameluz, how long must the patient stay outdoors?","05",[["2 continuous hours"]],["duration"])
A("Ameluz daylight treatment: within how many minutes after gel application should the patient go outside?","05",[["within 30 minutes"]],["duration"])
A("How many PDT sessions with Ameluz are used for basal cell carcinoma?","05",[["two sessions"]],["count"])
A("When should lesions treated with Ameluz be evaluated?","05",[["3 months after treatment"]],["duration"])
A("How long after applying Ameluz should breast-feeding be interrupted?","05",[["12 hours"]],["duration"])
A("How soon must an opened Ameluz tube be discarded?","05",[["12 weeks after opening"]],["duration"])
A("Ameluz pack size?","05",[["one aluminium tube with 2 g gel","2 g"]],["amount"])
A("Who holds the marketing authorisation for Ameluz?","05",[["Biofrontera Bioscience GmbH"]],["name"])
A("What minimum sun protection factor is required for sunscreen before Ameluz daylight PDT?","05",[["sun protection factor 30 or higher","30"]],["amount"],hints=["sun protection factor 30"])
A("What is the approximate thickness of the Ameluz gel film in red-light PDT?","05",[["about 1 mm"]],["amount"])
A("For how long should sun exposure be avoided after Ameluz treatment?","05",[["approximately 48 hours"]],["duration"])

# ---------- 06 Adtralza ----------
A("What is the recommended first dose of Adtralza?","06",[["600 mg"]],["dose"],hints=["The recommended first dose"])
A("Adtralza maintenance dosing after the first dose?","06",[["300 mg (two 150 mg injections) given every 2 weeks"]],["dose"])
A("Which protein does tralokinumab block?","06",[["IL-13"]],["name"],hints=["blocks the action"])
A("From what age can Adtralza be used in atopic dermatitis?","06",[["12 years and older"]],["count"],hints=["adult and adolescent"])
A("For how many days may Adtralza be kept at room temperature?","06",[["14 days"]],["duration"],hints=["maximum of 14 days"])
A("Adtralza: what is the very common side effect listed?","06",[["upper respiratory tract infections"]],["endpoint","name"])
A("How much tralokinumab is in each Adtralza pre-filled syringe?","06",[["150 mg of tralokinumab in 1 mL","150 mg"]],["dose"],hints=["in 1 mL"])
A("Who is the marketing authorisation holder for Adtralza and where is it based?","06",[["LEO Pharma A/S"],["Ballerup"]],["name","place"],hints=["Industriparken","Industriparken"])
A("What multipack sizes of Adtralza exist?","06",[["4 (2 packs of 2) or 12 (6 packs of 2)"]],["count"])

# ---------- 07 Skilarence ----------
A("What is the active substance of Skilarence?","07",[["dimethyl fumarate"]],["name"],hints=["contains the active substance"])
A("What is Skilarence indicated for?","07",[["moderate to severe plaque psoriasis in adults"]],["definition"])
A("By how much is the Skilarence dose increased each week?","07",[["30 mg every week"]],["dose"])
A("What is the maximum daily dose of Skilarence?","07",[["720 mg per day","720 mg"]],["dose"],hints=["maximum dose"])
A("From which week can patients usually switch to the 120 mg Skilarence tablets?","07",[["week 4"]],["duration"])
A("How early can a response to Skilarence generally be seen?","07",[["as early as week 3"]],["duration"])
A("Which serious brain infection can occur with Skilarence?","07",[["progressive multifocal leukoencephalopathy (PML)","progressive multifocal leukoencephalopathy"]],["name"],hints=["severe brain infection"])
A("Skilarence 30 mg pack sizes?","07",[["42, 70 and 210"]],["count"])
A("Who is the marketing authorisation holder for Skilarence?","07",[["Almirall, S.A."]],["name"],hints=["Marketing Authorisation Holder Almirall"])
A("Does Skilarence need special storage conditions?","07",[["does not require any special storage conditions"]],["yes-no"])
A("Can Skilarence be used in children under 18?","07",[["below the age of 18 years should not take this medicine"]],["yes-no"])
A("What alcohol intake should be avoided with Skilarence?","07",[["more than 50 ml of spirits containing more than 30% alcohol by volume"]],["amount"])

# ---------- cross-document ----------
A("Compare the expiry of Medicis' HMR supply agreement with the expiry of its DPT manufacturing agreement for NOVACET.","01",[["November 2001"],["December 2003"]],["date","cross-document"] if False else ["date"],hints=[None,"DPT manufacturing agreement expires"])
Q[-1]['gold_sources']=[F('01')]
A("Which two topical EU products in this folder are used to treat actinic keratosis: what are their active substances?",["04","05"],[["imiquimod"],["5-aminolaevulinic acid"]],["name","cross-document"],hints=["The active substance is imiquimod","Ameluz contains the active substance"])
A("Temperature limits: above what temperature must Aldara not be stored, and up to what room temperature may Adtralza be kept outside the fridge?",["04","06"],[["25 C"],["up to 25 C"]],["amount","cross-document"],hints=["Do not store above","room temperature up to"])
A("Who holds the EU marketing authorisations for Adtralza and Skilarence respectively?",["06","07"],[["LEO Pharma A/S"],["Almirall, S.A."]],["name","cross-document"],hints=["Industriparken","Marketing Authorisation Holder Almirall"])
A("Pack contents: how much cream is in one Aldara sachet, and how much gel is in one Ameluz tube?",["04","05"],[["250 mg"],["2 g gel"]],["amount","cross-document"],hints=["Each sachet contains 250 mg",None])
A("Medicis' GenDerm deal versus the Premier–Peoples merger: when was each agreement made?",["01","03"],[["December 1997"],["March 26, 2021"]],["date","cross-document"],hints=["acquired 100%",None])
A("Who makes DYNACIN for Medicis, and does Medicis manufacture any of its products itself?",["01","02"],[["Schein"],["do not manufacture any of our products"]],["name","yes-no","cross-document"],hints=["Schein manufactures",None])
A("What are the first-step doses for Skilarence and Adtralza (starting dose)?",["07","06"],[["30 mg tablets"],["600 mg"]],["dose","cross-document"],hints=["start your treatment","The recommended first dose"])
A("Which minimum age applies to Adtralza versus Skilarence?",["06","07"],[["12 years and older"],["below the age of 18 years"]],["count","cross-document"],hints=["adult and adolescent",None])
A("Medicis FY1999: what was R&D spending for the year, and how much product liability insurance did the company carry per claim?",["01","02"],[["$3,396,000"],["$50.0 million per claim"]],["amount","cross-document"])

# ---------- 08 Bavencio ----------
A("What is the recommended dose of Bavencio (avelumab)?","08",[["800 mg every 2 weeks"]],["dose"])
A("Over how long is a Bavencio infusion given?","08",[["1 hour"]],["duration"],hints=["over a period of"])
A("Which target does avelumab bind to?","08",[["PD-L1"]],["name"],hints=["attaches to a specific target"])
A("Bavencio is combined with which drug for advanced renal cell carcinoma?","08",[["axitinib"]],["name"],hints=["For renal cell cancer"])
A("What premedication do patients get before at least the first 4 Bavencio infusions?","08",[["paracetamol and an antihistamine"]],["name","dose"])
A("How much avelumab is in one 10 mL Bavencio vial?","08",[["200 mg of avelumab","200 mg"]],["dose"],hints=["One vial of 10 mL"])
A("For how long after the last Bavencio dose should women avoid breast-feeding?","08",[["at least 1 month"]],["duration"],hints=["Do not breast-feed"])
A("Who is the marketing authorisation holder for Bavencio?","08",[["Merck Europe B.V."]],["name"])
A("Where is Bavencio manufactured?","08",[["Modugno (BA) Italy","Modugno"]],["place"])
A("Which three cancers is Bavencio used to treat in adults?","08",[["Merkel cell carcinoma (MCC)","Merkel cell carcinoma"],["Urothelial carcinoma (UC)","Urothelial carcinoma"],["Renal cell carcinoma (RCC)","Renal cell carcinoma"]],["list","name"])
A("In urothelial carcinoma, in what setting is Bavencio used?","08",[["maintenance treatment"]],["definition"])
A("Storage conditions for Bavencio vials?","08",[["Store in a refrigerator (2 C to 8 C)."]],["amount"])
A("Compare recommended regimens: how often is Bavencio dosed, and how often is Adtralza given after the first dose?",["08","06"],[["800 mg every 2 weeks"],["300 mg (two 150 mg injections) given every 2 weeks"]],["dose","cross-document"])
U("What was the objective response rate of avelumab in the JAVELIN Merkel 200 trial?","The Bavencio leaflet contains no trial efficacy data.",["endpoint","percentage"])
U("What upfront payment did Pfizer make to Merck KGaA for the avelumab alliance?","No deal or alliance terms are in the folder; the leaflet names only the MAH and manufacturer.",["amount"])
U("What is the overall survival benefit of Bavencio maintenance in urothelial carcinoma (JAVELIN Bladder 100)?","No survival data appear in the Bavencio leaflet.",["endpoint"])
U("What is the Bavencio dose for children with Merkel cell carcinoma?","The leaflet says Bavencio has not been studied in under-18s; no paediatric dose.",["dose"])

# ---------- unanswerable ----------
U("What upfront payment did Medicis pay HMR for the LOPROX, TOPICORT and A/T/S products?","The 10-K excerpt gives the November 1998 date, the three-year license term and purchase option, but no purchase price or upfront payment.",["amount"])
U("What purchase price did Medicis pay to acquire GenDerm?","The excerpt says Medicis acquired 100% of GenDerm's common stock in December 1997 but gives no price.",["amount"])
U("What royalty rate does Medicis pay HMR on net sales of LOPROX?","No royalty rate for the HMR license is disclosed in the folder.",["percentage"])
U("What milestone payments are due to Abbott under the July 1997 development agreement?","Only estimated development expenses of about $1,000,000 are stated; no milestones are mentioned.",["amount"])
U("What is the exercise price of Medicis' option to purchase the HMR products at the end of the license term?","The option is mentioned but its price is not given.",["amount"])
U("What was Medicis' total net revenue in fiscal 1999?","The excerpt gives only percentage splits (77.0% / 23.0%), not the revenue total.",["amount"])
U("What exchange ratio will Premier shareholders receive for each Premier share in the Peoples merger?","The 8-K does not state the merger consideration or exchange ratio; it refers to the press release in Exhibit 99.1, which is not in the folder.",["amount"])
U("What is the total transaction value of the Peoples Bancorp acquisition of Premier?","No deal value is given in the 8-K.",["amount"])
U("When is the Premier–Peoples merger expected to close?","The 8-K gives no expected closing date.",["date"])
U("What termination fee applies under the Premier–Peoples Merger Agreement?","The merger agreement itself is to be filed later; no termination fee is given.",["amount"])
U("How many Premier directors will join the Peoples board after the merger?","Not stated in the 8-K.",["count"])
U("What was the complete clearance rate of Aldara in the pivotal actinic keratosis trials?","The package leaflet gives no efficacy rates from clinical trials.",["endpoint","percentage"])
U("What was the EASI-75 response rate for tralokinumab at week 16 in the ECZTRA trials?","The Adtralza package leaflet contains no trial efficacy results.",["endpoint","percentage"])
U("What is the EU marketing authorisation number (EU/1/...) for Skilarence?","The leaflet excerpt does not give the EU authorisation number.",["identifier"])
U("When did the European Commission grant the marketing authorisation for Ameluz?","No authorisation date is given in the package leaflet.",["date"])
U("What was the PASI 75 response rate with Skilarence versus placebo in the phase 3 BRIDGE study?","No trial results appear in the Skilarence leaflet.",["endpoint","percentage"])
U("What light dose (J/cm2) is used for red-light illumination with Ameluz?","The leaflet does not state the light dose.",["dose"])
U("How many patients were enrolled in the phase 3 trials of Adtralza?","No enrolment figures are in the folder.",["count"])
U("What is the half-life of tralokinumab?","Pharmacokinetic data are not in the package leaflet.",["duration"])
U("What was Medicis' net income for fiscal 1999?","The excerpts contain no income figures; financial statements are incorporated by reference.",["amount"])
U("How much did Medicis pay Syntex for the LIDEX and SYNALAR product lines?","The acquisition is mentioned (fiscal 1997) with no price.",["amount"])
U("What royalty does Medicis receive from licensees outside the United States and Canada?","The 10-K mentions licensing rights outside the US and Canada but gives no royalty terms.",["percentage"])
U("What is the Skilarence dosing in children aged 12 to 17?","The leaflet says under-18s should not take it; no paediatric dose is given.",["dose"])
U("When was the Adtralza 300 mg pre-filled pen approved in the EU?","The leaflet describes only 150 mg pre-filled syringes; no pen or approval date.",["date"])
U("What was the number of Medicis employees at June 30, 1999?","The Employees section is not included in the excerpt.",["count"])
U("What did Medicis receive when it divested OTC products in fiscal 1999?","The divestiture is mentioned but no proceeds are given.",["amount"])
U("Who is the Ameluz local representative in the United States?","The leaflet lists EU/EEA representatives only; no US representative.",["name","place"])

U("Which investment banks advised Premier and Peoples on the merger?","Financial advisers are not named in the 8-K.",["name"])
U("How many employees does Medicis have in its sales force for OTC products?","The OTC product is promoted by manufacturers' representatives; no headcount is given.",["count"])
U("What was the price of the Medicis DYNACIN 75-mg tablet at launch?","Only relative price comparisons (about 30% lower than Minocin) are given, not an actual price.",["amount"])
U("What is the recommended Adtralza dose for adolescents weighing under 50 kg?","The leaflet gives one dosing regimen without weight-based adjustment.",["dose"])
U("How many patients in the Ameluz basal cell carcinoma trials achieved complete clearance?","No trial results are in the Ameluz leaflet.",["count","endpoint"])
U("What is the shelf life of unopened Skilarence packs?","The leaflet refers to the expiry date on the carton but gives no shelf-life period.",["duration"])
U("What milestone payments can GenDerm's former shareholders earn from Medicis?","No earn-out or milestones are mentioned for the GenDerm acquisition.",["amount"])
U("What is the annual minimum royalty payable under Medicis' TRIAZ patent licence?","Licensed patent rights for TRIAZ are mentioned but no royalty terms.",["amount"])

for i,q in enumerate(Q,1):
    q2={'id':'hx-%03d'%i}; q2.update(q); Q[i-1]=q2
with open('/work/blind22/helix/questions.jsonl','w',encoding='utf-8') as f:
    for q in Q: f.write(json.dumps({k:q[k] for k in ['id','question','answerable','gold_sources','facts','gold_quotes','tags','note']},ensure_ascii=False)+'\n')
print(len(Q), sum(q['answerable'] for q in Q))
