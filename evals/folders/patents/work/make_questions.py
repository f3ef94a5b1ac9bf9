import json, os
D = '/work/blind12/patents/docs/'
P1='01_patent_US20130295095-abeta-oligomer-antibodies.txt'
P2='02_patent_US20140356443-kinase-inhibitor-nanoparticles.txt'
P3='03_patent_US20090196879-anti-CD20-chronic-fatigue.txt'
L4='04_label_solosec-secnidazole-US-PI.txt'
L5='05_label_aimovig-EU-package-leaflet.txt'
L6='06_label_ajovy-EU-package-leaflet.txt'
D7='07_deal_abvc-global-licensing-agreements-update.txt'
D8='08_deal_abvc-aibtl-milestone-payment.txt'
A9='09_acquisition_xoma-royalty-lava-therapeutics.txt'
R10='10_regulatory_neurosense-primec-health-canada.txt'
Q=[]
def a(question, src, facts, quotes, tags, note=""):
    if isinstance(src,str): src=[src]
    facts=[f if isinstance(f,list) else [f] for f in facts]
    Q.append(dict(question=question, answerable=True, gold_sources=src, facts=facts, gold_quotes=quotes, tags=tags, note=note))
def u(question, note, tags):
    Q.append(dict(question=question, answerable=False, gold_sources=[], facts=[], gold_quotes=[], tags=tags, note=note))

# ---------- P1
a("Who are the inventors named on US20130295095?", P1, ["Thomas Bayer","Oliver Wirths","Henrik Martens","Christian Erck"], ["authors: Thomas Bayer; Oliver Wirths; Henrik Martens; Christian Erck"], ["name","list"])
a("Date given in the record for US20130295095?", P1, ["2011-06-03"], ["date: 2011-06-03 00:00:00"], ["date"])
a("Under which DSMZ accession numbers are the hybridomas of the amyloid beta oligomer antibody application deposited?", P1, ["DSM ACC3056","DSM ACC3066"], ["Hybridoma which produces the monoclonal antibody according to claim 81, wherein the hybridoma is hybridoma DSM ACC3056 or hybridoma DSM ACC3066 deposited on May 27, 2010 with the DSMZ GmbH, Braunschweig, Germany."], ["identifier","list"])
a("On what date were the hybridomas for the Aβ oligomer antibodies deposited, and in which city is the depositary?", P1, ["May 27, 2010","Braunschweig"], ["Hybridoma which produces the monoclonal antibody according to claim 81, wherein the hybridoma is hybridoma DSM ACC3056 or hybridoma DSM ACC3066 deposited on May 27, 2010 with the DSMZ GmbH, Braunschweig, Germany."], ["date","place"])
a("Which antibody clone is produced by the hybridoma deposited as DSM ACC3066?", P1, ["8C4D2"], ["87. The antibody according to claim 81, wherein said antibody molecule is antibody 9D5H6 as deposited under DSM ACC 3056, or 8C4D2 as deposited under DSM ACC3066."], ["identifier"])
a("In the '095 application, what minimum sequence identity to the listed nucleic acid sequences does claim 86(g) require for the variable region?", P1, ["at least 80% identical"], ["(g) a variable region comprising an amino acid sequence which is encoded by a nucleic acid sequence that is at least 80% identical to a nucleic acid sequence selected from the nucleic acid sequences shown in SEQ ID NO: 25, 27, 29 and 31; and"], ["percentage"])
a("Which assay is named in the claims for showing that the binding molecule inhibits Aβ oligomerization?", P1, ["thioflavin T aggregation assay"], ["95. The method of claim 94, wherein the binding molecule is capable of inhibiting Aβ-oligomerization as determined in a thioflavin T aggregation assay."], ["name","endpoint"])
a("How many of the original claims of US20130295095 are shown as canceled?", P1, ["1-80. (canceled)"], ["1-80. (canceled)"], ["count"], note="Claims 1 to 80, i.e. 80 claims.")
a("Which transmissible spongiform encephalopathies are listed in claim 101 of the Aβ oligomer patent application?", P1, ["Gerstmann-Straussler-Scheinker syndrome","fatal familial insomnia","kuru"], ["101. The method of claim 94, wherein the transmissible spongiform encephalopathies is selected from Gerstmann-Straussler-Scheinker syndrome, fatal familial insomnia and kuru."], ["list"])
a("Which earlier publication is cited as describing a high affinity antibody selective for amyloid beta in its protofibril conformation?", P1, ["US 2009/0258009 A1"], ["In this context, US 2009/0258009 A1 describes a high affinity antibody selective for amyloid beta protein (non-modified protein) in its protofibril conformation."], ["identifier"])
a("According to the application, in which detergent in particular are AβpE3 oligomers stable?", P1, ["SDS"], ["Such oligomers are even stable in detergents, in particular in SDS, as shown in the appended examples."], ["name"])
a("Did non-demented control specimens stain with the antibodies of US20130295095?", P1, ["no staining"], ["Importantly, non-demented control specimen showed no staining with the antibodies of this invention at all, even in cases with abundant plaque load."], ["yes-no"])

# ---------- P2
a("List the inventors on the amorphous hybrid nanoparticle protein kinase inhibitor application.", P2, ["Magnus Brisander","Mustafa Demirbüker","Gérald Jesson","Martin Malmsten","Helene Dérand"], ["authors: Magnus Brisander; Mustafa Demirbüker; Gérald Jesson; Martin Malmsten; Helene Dérand"], ["name","list"])
a("What date is recorded for US20140356443?", P2, ["2013-01-11"], ["date: 2013-01-11 00:00:00"], ["date"])
a("Which tyrosine kinase inhibitors are enumerated in claim 22 of US20140356443?", P2, ["lapatinib","pazopanib","nilotinib","erlotinib","dasatinib","gefitinib","sorafenib","axitinib","crizotinib","vemurafenib"], ["22. The composition according to claim 1, wherein said inhibitor is a tyrosine kinase inhibitor selected from the group consisting of lapatinib, pazopanib, nilotinib, erlotinib, dasatinib, gefitinib, sorafenib axitinib, crizotinib and vemurafenib; or salts or hydrates or solvates thereof, or combinations thereof."], ["list","name"])
a("What range of dissolution rate ratio (nanoparticles vs raw crystalline inhibitor) is claimed?", P2, ["from about 1.5:1 to about 500:1"], ["9. The composition of claim 8, wherein said ratio is from about 1.5:1 to about 500:1, such as from about 10:1 to about 30:1."], ["amount"])
a("How large an AUC increase over the raw crystalline inhibitor does claim 13 cover?", P2, ["from about 2:1 to about 10 000:1"], ["13. The composition of claim 12, wherein said increase is from about 2:1 to about 10 000:1, wherein 1 represents AUC of inhibitor in raw, crystalline form."], ["amount"])
a("Per claim 17, how stable must the dissolution rate of the hybrid nanoparticles remain, and after how long at room temperature?", P2, ["at least about 90%","9 months"], ["17. The composition according to claim 1, wherein the dissolution rate of said stable, amorphous hybrid nanoparticles remain stable to at least about 90%, after 9 months of storage or more, at room temperature."], ["percentage","duration"])
a("When nilotinib is the inhibitor, which polymeric stabilizing and matrix-forming components does claim 23 name?", P2, ["hydroxypropyl methylcellulose phthalate","polyvinyl acetate phthalate"], ["23. The composition according to claim 1, wherein said inhibitor is nilotinib; and said polymeric stabilizing and matrix-forming component is hydroxypropyl methylcellulose phthalate or polyvinyl acetate phthalate."], ["name","list"])
a("In the nanoparticle production method, at what flow rate was the PKI/polymer solution pumped, and how fast was the CO2 stream?", P2, ["1 ml/min","100 g/min"], ["A 3-6% w/v PKI/polymer solution in solvent, with a ratio PKI/polymer of about 20-70% w/w, was pumped through XSpray's RightSize nozzle at the flow rate of 1 ml/min using a high-performance liquid chromatography pump, together with a 100 g/min CO2 (super- or subcritical) stream."], ["amount"])
a("What pressure was the precipitation chamber set to when making the hybrid nanoparticles?", P2, ["about 100-175 bar"], ["The pressure in the precipitation chamber was set to about 100-175 bar and the temperature was set to about 10 to 50° C."], ["amount"])
a("Which nozzle was used to produce the stable amorphous hybrid nanoparticles?", P2, ["XSpray's RightSize nozzle"], ["A 3-6% w/v PKI/polymer solution in solvent, with a ratio PKI/polymer of about 20-70% w/w, was pumped through XSpray's RightSize nozzle at the flow rate of 1 ml/min using a high-performance liquid chromatography pump, together with a 100 g/min CO2 (super- or subcritical) stream."], ["name"])
a("In the dissolution assay, how were the 500 μl samples centrifuged?", P2, ["approximately 15000 g for 3 minutes"], ["Samples of 500 μl where taken after different times, and subsequently centrifuged at approximately 15000 g for 3 minutes."], ["duration","amount"])
a("What does FaSSIF stand for in the kinase inhibitor nanoparticle examples, and at about what pH is it?", P2, ["Fasted State Simulated Intestinal Fluid","pH 6.5"], ["The experiments were carried out by measuring concentration of solubilized PKI (mg/L) after 5, 30 and 90 minutes dissolution in a solution at about pH 6.5, namely FaSSIF (Fasted State Simulated Intestinal Fluid)."], ["definition"])
a("For erlotinib HCl, which polymer gave particular solubility improvements?", P2, ["hydroxypropyl methylcellulose acetate succinate (HPMC-AS)"], ["Particular improvements are achieved with the polymeric stabilizing and matrix-forming component hydroxypropyl methylcellulose acetate succinate (HPMC-AS)."], ["name"])
a("How soluble are PKIs at neutral pH according to the background of US20140356443?", P2, ["0.1-10 mg/L"], ["PKIs are generally weak bases that dissolve only slightly at low pH (e.g. 100-1000 mg/L) and are practically insoluble at neutral pH (e.g. 0.1-10 mg/L)."], ["amount"])
a("Which prior-art reference discloses a hot melt extrusion method with an external polymer below 20% of the formulation weight?", P2, ["EP2105130"], ["EP2105130 discloses pharmaceutical formulations comprising a solid dispersion or solid solution, containing a polymer and an active agent in amorphous form."], ["identifier"])

# ---------- P3
a("Who are the inventors of the anti-CD20 chronic fatigue syndrome application?", P3, ["Olav Mella","Oystein Fluge"], ["authors: Olav Mella; Oystein Fluge"], ["name","list"])
a("Date recorded for US20090196879?", P3, ["2009-01-02"], ["date: 2009-01-02 00:00:00"], ["date"])
a("What per-dosage range of anti-CD20 antibody is claimed for treating CFS/ME?", P3, ["10 mg to 5000 mg per dosage"], ["wherein the amount of the B-cell depleting anti CD20 antibody is in the range of 10 mg to 5000 mg per dosage."], ["dose"])
a("Which antibodies are named in claim 6 of US20090196879?", P3, ["Rituximab","Ofatumumab","Ocrelizumab","GA101","BCX-301","Veltuzumab","DXL 625"], ["6. The B-cell depleting agent according to claim 1 which is selected from the humanized antibodies Rituximab. Ofatumumab, Ocrelizumab, GA101, BCX-301, Veltuzumab or DXL 625."], ["list","name"])
a("What Rituximab dose did the first pilot patient receive?", P3, ["500 mg/m2"], ["As a first pilot patient, the above-mentioned woman received Rituximab 500 mg/m2 as a single infusion after informing of the experimental nature of the procedure and the risks involved."], ["dose"])
a("At what weekly dose was oral methotrexate started in pilot patient 1 and to what was it increased?", P3, ["7.5 mg per week","12.5 mg per week"], ["It was then decided to start weekly oral low-dose Methotrexate from 18 weeks after the second Rituximab-infusion, starting at 7.5 mg per week, and increasing the dose to 12.5 mg per week during the next two months."], ["dose"])
a("How was pilot patient 2 retreated five months after his first Rituximab infusion?", P3, ["two infusions of Rituximab 1000 mg two weeks apart"], ["Five months after the first Rituximab infusion, he has now been retreated with two infusions of Rituximab 1000 mg two weeks apart."], ["dose","duration"])
a("At which hospital was the symptom improvement after chemotherapy in a CFS patient first observed?", P3, ["Haukeland University Hospital"], ["At the Department of Oncology and Medical Physics, Haukeland University Hospital, a striking symptomatic improvement after cytotoxic chemotherapy in a 43-year old female patient with stable CFS (debut in 1997, preceded by Epstein-Barr infection), was observed."], ["place","name"])
a("How many patients are in the database underlying Rituximab's lymphoma safety profile?", P3, ["370 000 patients"], ["The safety profile of Rituximab in treatment of B-cell lymphomas is well known, and based on experience from a database with 370 000 patients (Kavanaugh 2006, J Rheumatol Suppl 77:18-23)."], ["count"])
a("How many cases of Rituximab-associated interstitial lung disease had been reported in the literature?", P3, ["16 cases"], ["This is a potentially life-threatening complication, but very rare with only 16 cases reported in the literature (Wagner et al 2007, Am J Hematol 82:916-9)."], ["count"])
a("What share of CFS patients improved with azithromycin, and out of how many?", P3, ["59% of 99 CFS patients"], ["Treatment with azithromycin, an antibiotic with immunomodulating properties, gave improvement in 59% of 99 CFS patients (Vermeulen & Scholte 2006, J Transl Med 4:34)."], ["percentage","count"])
a("What rituximab concentration and pH does the multidose formulation of WO98/56418 have?", P3, ["40 mg/mL rituximab","pH 5.0"], ["This publication describes a liquid multidose formulation comprising 40 mg/mL rituximab, 25 mM acetate, 150 mM trehalose, 0.9% benzyl alcohol, 0.02% polysorbate 20 at pH 5.0"], ["amount","dose"])
a("How many adolescents took part in the randomized gammaglobulin study in CFS cited in the application?", P3, ["71 adolescents"], ["In a double-blind, placebo-controlled, randomized study of 71 adolescents with CFS, three infusions of gammaglobulin were given one month apart"], ["count"])
a("How many of the pilot patients had a major clinical response after Rituximab?", P3, ["three out of three pilot patients"], ["In conclusion, a major clinical response after Rituximab treatment in three out of three pilot patients, in two these with a repeated clinical responses also after a second Rituximab treatment, has been observed."], ["count"])

# ---------- L4 Solosec
a("What is SOLOSEC indicated for?", L4, ["bacterial vaginosis in adult women"], ["SOLOSEC is indicated for the treatment of bacterial vaginosis in adult women"], ["definition"])
a("Recommended dosage of SOLOSEC?", L4, ["single 2-gram packet of granules taken once orally"], ["The recommended dosage of SOLOSEC is a single 2-gram packet of granules taken once orally, without regard to the timing of meals"], ["dose"])
a("Once sprinkled on food, within how long must SOLOSEC granules be consumed?", L4, ["within 30 minutes"], ["applesauce, yogurt or pudding and take all the mixture within 30 minutes without chewing or crunching the granules."], ["duration"])
a("Who should not take SOLOSEC?", L4, ["hypersensitivity to secnidazole","nitroimidazole derivatives"], ["SOLOSEC is contraindicated in patients who have shown hypersensitivity to secnidazole, other ingredients of the formulation, or other nitroimidazole derivatives."], ["definition"])
a("In the controlled trials, how often did vulvo-vaginal candidiasis occur with 2 g SOLOSEC versus placebo?", L4, ["19/197","9.6%","4/136","2.9%"], ["vulvo-vaginal candidiasis developed in 19/197 (9.6%) of subjects who received 2 g SOLOSEC and 4/136 (2.9%) subjects who received placebo"], ["percentage","count"])
a("What was the headache incidence in the pooled placebo-controlled SOLOSEC trials (SOLOSEC vs placebo)?", L4, ["7 (3.6)","2 (1.5)"], ["Headache | 7 (3.6) | 2 (1.5)"], ["percentage"])
a("How many patients were in the uncontrolled SOLOSEC safety trial (Trial 3)?", L4, ["Trial 3 n=321"], ["SOLOSEC was evaluated in three clinical trials of patients diagnosed with bacterial vaginosis: two placebo-controlled trials (Trial 1 n=215, Trial 2 n=189) and one uncontrolled safety trial (Trial 3 n=321)."], ["count"])
a("Clinical responder rate in Trial 1 at 21-30 days for SOLOSEC and placebo?", L4, ["42 (67.7)","11 (17.7)"], ["Clinical Responder † | 42 (67.7) | 11 (17.7) | 57 (53.3) | 11 (19.3)"], ["endpoint","percentage"])
a("What Nugent score cure rates were seen in Trial 2 at 21-30 days?", L4, ["47 (43.9)","3 (5.3)"], ["Nugent Score Cure § | 25 (40.3) | 4 (6.5) | 47 (43.9) | 3 (5.3)"], ["endpoint","percentage"])
a("What is the plasma elimination half-life of secnidazole?", L4, ["approximately 17 hours"], ["The plasma elimination half-life for secnidazole is approximately 17 hours."], ["duration"])
a("Apparent volume of distribution and plasma protein binding of secnidazole?", L4, ["approximately 42 L","< 5%"], ["The apparent volume of distribution of secnidazole is approximately 42 L. The plasma protein binding of secnidazole is < 5%."], ["amount","percentage"])
a("For how long after a SOLOSEC dose may a nursing mother pump and discard her milk?", L4, ["96 hours"], ["A nursing mother may choose to pump and discard her milk during treatment with SOLOSEC and for 96 hours after administration of SOLOSEC and feed her infant stored human milk or formula."], ["duration"])
a("NDC number of the SOLOSEC carton?", L4, ["NDC 27437-051-01"], ["NDC 27437-051-01 carton containing one unit-of-use 2 g packet"], ["identifier"])
a("What share of an oral 2 g dose of SOLOSEC is excreted unchanged in urine?", L4, ["Approximately 15%"], ["Approximately 15% of a 2 g oral dose of SOLOSEC is excreted as unchanged secnidazole in the urine."], ["percentage"])
a("Has SOLOSEC's safety and effectiveness been established in patients under 18?", L4, ["have not been established"], ["The safety and effectiveness of SOLOSEC in pediatric patients below the age of 18 years have not been established."], ["yes-no"])
a("Which company manufactures and distributes SOLOSEC, and in which city is it based?", L4, ["Lupin Pharmaceuticals, Inc.","Baltimore, MD 21202"], ["Lupin Pharmaceuticals, Inc.\nBaltimore, MD 21202"], ["name","place"])
a("Which adverse reactions were most common in SOLOSEC Trial 3 and at what rates?", L4, ["Vulvovaginal candidiasis (8.4%)","nausea (5.3%)","vomiting (2.5%)","dysgeusia (3.4%)"], ["Vulvovaginal candidiasis (8.4%), nausea (5.3%), vomiting (2.5%) and dysgeusia"], ["list","percentage"])

# ---------- L5 Aimovig
a("What is the active substance of Aimovig?", L5, ["erenumab"], ["Aimovig contains the active substance erenumab."], ["name"])
a("How often is Aimovig injected and in which strengths?", L5, ["once every 4 weeks","70 mg","140 mg"], ["If your doctor prescribes the 70 mg dose you should have one injection once every 4 weeks."], ["dose","duration"])
a("After how long without a treatment effect should an Aimovig patient tell the doctor?", L5, ["after 3 months"], ["If you have not noticed any treatment effect after 3 months, tell your doctor who will decide whether you should continue treatment."], ["duration"])
a("Does the Aimovig container contain latex?", L5, ["latex rubber within the cap"], ["The container of this medicinal product contains latex rubber within the cap"], ["yes-no"], note="Yes: latex rubber within the cap.")
a("Who holds the marketing authorisation for Aimovig?", L5, ["Novartis Europharm Limited"], ["Marketing Authorisation Holder Novartis Europharm Limited Vista Building Elm Park, Merrion Road Dublin 4 Ireland"], ["name","place"])
a("What excipients does Aimovig contain?", L5, ["sucrose, polysorbate 80, sodium hydroxide, glacial acetic acid, water for injections"], ["- The other ingredients are sucrose, polysorbate 80, sodium hydroxide, glacial acetic acid, water for injections."], ["list"])
a("Once out of the fridge, at what maximum temperature and for how long can Aimovig be kept?", L5, ["up to 25 C","within 7 days"], ["After Aimovig has been taken out of the refrigerator, it must be kept at room temperature (up to 25 C) in the outer carton and must be used within 7 days, or else discarded."], ["duration"])
a("Name the common side effects listed in the Aimovig leaflet.", L5, ["constipation","itching","muscle spasms","injection site reactions"], ["Common: may affect up to 1 in 10 people"], ["list"])

# ---------- L6 Ajovy
a("How much fremanezumab does each AJOVY pre-filled syringe contain, and in what volume?", L6, ["225 mg of fremanezumab","1.5 mL solution"], ["Each pre-filled syringe contains 225 mg of fremanezumab.","Each pre-filled syringe contains 1.5 mL solution."], ["dose","amount"])
a("What are the two recommended AJOVY dosing options?", L6, ["one injection (225 mg) once a month","three injections (675 mg) every 3 months"], ["- one injection (225 mg) once a month (monthly dosing) or"], ["dose","list"])
a("How long may AJOVY be kept outside the refrigerator and at what maximum temperature?", L6, ["up to 30 C","7 days"], ["This medicine may be removed from the refrigerator and stored at a temperature up to 30 C for a maximum period of up to 7 days."], ["duration"])
a("Who is the marketing authorisation holder for AJOVY?", L6, ["TEVA GmbH"], ["TEVA GmbH Graf-Arco-Str. 3 89079 Ulm Germany"], ["name","place"])
a("Which pack sizes are available for AJOVY?", L6, ["1 or 3 pre-filled syringes"], ["AJOVY is available in packs containing 1 or 3 pre-filled syringes."], ["count"])
a("What side effect of AJOVY is classed as rare?", L6, ["Serious allergic reactions"], ["Rare (may affect up to 1 in 1,000 people) Serious allergic reactions"], ["name"])

# ---------- D7
a("What combined value does ABVC give for the three global licensing agreements executed since 2023?", D7, ["$959 million"], ["Since 2023, ABVC has executed three global licensing agreements valued at $959 million,"], ["amount"])
a("How much cash revenue does ABVC expect from its licensing agreements in 2025?", D7, ["approximately $19 million"], ["These agreements are expected to contribute an aggregate of approximately $19 million in cash revenue in 2025, in line with ABVC’s strategic financial planning."], ["amount"])
a("What is the potential value of ABVC's Vitargus licensing deal?", D7, ["$187 million"], ["Partner 2 (Global Vitargus® Ophthalmic Medical Device Licensing Agreement) – Potential $187 million global licensing deal for Vitargus®, ABVC’s biodegradable vitreous substitute for retinal detachment surgery."], ["amount"])
a("When did ABVC acquire its CDMO and for how much?", D7, ["2019","$60 million"], ["ABVC acquired a Contract Development and Manufacturing Organization (CDMO) in 2019 for $60 million and uses it to enhance in-house drug development, manufacturing, and commercialization capabilities."], ["date","amount"])
a("Which cancer indications does ABVC's oncology licensing deal target?", D7, ["Pancreatic Cancer","NSCLC","TNBC","MDS"], ["Partner 3 (Global Oncology Licensing Agreement) – Potential $105 million worldwide licensing deal covering ABVC’s oncology drug candidate, targeting Pancreatic Cancer, NSCLC, TNBC, and MDS conditions."], ["list"])
a("Where and on what date was ABVC's licensing-portfolio update released?", D7, ["FREMONT, CA","March 19, 2025"], ["FREMONT, CA - March 19, 2025 (NEWMEDIAWIRE)"], ["date","place"])
a("How many retinal detachment surgeries are performed annually according to ABVC's internal survey?", D7, ["over 1.8 million"], ["Vitargus® would improve post-surgical outcomes, addressing a $3.5 billion market with over 1.8 million retinal detachment surgeries performed annually - an internal survey."], ["count"])

# ---------- D8
a("How large was the licensing payment ABVC received from AiBtl in July 2025?", D8, ["$150,000"], ["today announced that it has received a $150,000 cash licensing payment from AiBtl BioPharma Inc., one of its key strategic partners, as part of a broader licensing agreement signed earlier this year."], ["amount"])
a("How much has AiBtl paid ABVC in total, and what is ABVC's cumulative licensing income?", D8, ["$350,000","$846,000"], ["To date, AiBtl BioPharma has paid a total of $350,000 in cash milestone licensing fees to ABVC.","Including earlier payments from other strategic partners such as ForSeeCon and OncoX, ABVC has received a cumulative total of $846,000 in non-dilutive licensing income."], ["amount"])
a("Under the AiBtl license, how many shares did ABVC and BioLite receive and what cash and royalty potential applies?", D8, ["46M AiBtl shares","$7M","$200M"], ["ABVC and its subsidiary BioLite Inc. received 46M AiBtl shares, and are eligible for potential $7M cash payment, and royalties up to $200M after the product launches."], ["count","amount"])
a("What royalty ceiling applies to the ForSeeCon Eye Corporation license?", D8, ["royalties up to $120M"], ["ABVC and its subsidiaries BioFirst Corporation have received 10M ForSeeCon shares, and are eligible for potential $7M cash payment, and royalties up to $120M after the product launches."], ["amount"])
a("What potential cash payment and royalties are attached to the OncoX deal?", D8, ["$5M","$50M"], ["ABVC and its subsidiaries BioLite Inc. and Rgene Corporation are received up to 10M OncoX shares, and are eligible for potential $5M cash payment, and royalties up to $50M after the product launches."], ["amount"])
a("What revenue and EPS improvements had ABVC previously announced?", D8, ["234%","77%"], ["The company previously announced a 234% increase in annual revenue and a 77% year-over-year improvement in earnings per share, reflecting its capital-efficient approach and licensing-driven growth."], ["percentage"])
a("From which traditional medicinal herb are AiBtl's candidates derived?", D8, ["Polygala tenuifolia"], ["AiBtl seeks to advance drug candidates derived from Polygala tenuifolia, a traditional medicinal herb."], ["name"])
a("Which ABVC candidates did AiBtl license and for which indications?", D8, ["ABV-1504","ABV-1505","Major Depressive Disorder (MDD)","Attention Deficit Hyperactivity Disorder (ADHD)"], ["The payment marks a significant milestone in the continuing commercialization of ABVC’s late-stage drug candidates ABV-1504 and ABV-1505, which are being developed for Major Depressive Disorder (MDD) and Attention Deficit Hyperactivity Disorder (ADHD) respectively."], ["identifier","list"])

# ---------- A9
a("What cash price per LAVA share will XOMA Royalty pay?", A9, ["between $1.16 and $1.24 per share in cash","up to $0.08 per Share"], ["XOMA Royalty will acquire LAVA for (i) between $1.16 and $1.24 per share in cash, consisting of (A) USD $1.16 (the “Base Price Per Share”) in cash per share"], ["amount"])
a("What share of net proceeds does the CVR in the XOMA–LAVA deal give holders?", A9, ["75% of the net proceeds"], ["a non-transferable contingent value right (“CVR”) per share representing the right to receive 75% of the net proceeds related to LAVA’s two partnered assets and 75% of any net proceeds from any out license or sale of LAVA’s unpartnered programs."], ["percentage"])
a("By when must XOMA Royalty commence its tender offer for LAVA?", A9, ["by August 15, 2025"], ["XOMA Royalty will commence a tender offer (the “Offer”) by August 15, 2025, to acquire all outstanding shares of LAVA common stock."], ["date"])
a("What minimum tender threshold conditions the LAVA offer?", A9, ["at least 80% (or, in certain cases, 75%)"], ["including the tender of LAVA common stock representing at least 80% (or, in certain cases, 75%) of LAVA’s issued and outstanding shares"], ["percentage"])
a("When is the XOMA/LAVA transaction expected to close?", A9, ["fourth quarter of 2025"], ["The closing of the Transactions is expected in the fourth quarter of 2025."], ["date"])
a("Which LAVA program will be wound down in connection with the deal, and in which indications was it being tested?", A9, ["LAVA-1266","acute myeloid leukemia and myelodysplastic syndrome"], ["In connection with the Transactions, the Company plans to discontinue its Phase 1 clinical trial of LAVA-1266 for acute myeloid leukemia and myelodysplastic syndrome and initiate the wind-down of the LAVA-1266 program."], ["identifier","name"])
a("Who is LAVA's exclusive financial advisor on the XOMA transaction?", A9, ["Leerink Partners"], ["Leerink Partners is acting as exclusive financial advisor to LAVA, Cooley LLP is acting as U.S. legal advisor to LAVA and NautaDutilh N.V. is acting as Dutch legal advisor to LAVA."], ["name"])
a("Which LAVA assets are partnered with Johnson & Johnson and Pfizer, and what are their targets?", A9, ["JNJ-89853413","CD33","PF-08046052","EGFR"], ["including JNJ-89853413, targeting CD33 and hematologic cancers (NCT06618001), partnered with Johnson & Johnson, and PF-08046052, targeting EGFR and solid tumors (NCT05983133), partnered with Pfizer, Inc."], ["identifier","name"])
a("Who are the CEOs quoted in the XOMA Royalty / LAVA announcement?", A9, ["Owen Hughes","Steve Hurly"], ["stated Owen Hughes, Chief Executive Officer of XOMA Royalty.","said Steve Hurly, Chief Executive Officer of LAVA."], ["name"])

# ---------- R10
a("Which regulator did NeuroSense meet about PrimeC, and what type of meeting was it?", R10, ["Health Canada","pre-New Drug Submission (pre-NDS) meeting"], ["In a Form 6-K filed with the SEC, NeuroSense confirmed the completion of a pre-New Drug Submission (pre-NDS) meeting with regulators to explore eligibility for Canada’s fast-track approval mechanism, known as the Notice of Compliance with Conditions (NOC/c)."], ["name","definition"])
a("What does NOC/c stand for?", R10, ["Notice of Compliance with Conditions"], ["known as the Notice of Compliance with Conditions (NOC/c)"], ["definition"])
a("What results did PrimeC show in the Phase 2b PARADIGM trial?", R10, ["36% slowdown in ALS progression","43% improvement in survival"], ["In its Phase 2b PARADIGM trial, the therapy showed a 36% slowdown in ALS progression and a 43% improvement in survival compelling outcomes in a field where treatment options are few and efficacy gains are hard-won."], ["endpoint","percentage"])
a("What annual peak sales could the Canadian ALS market support for PrimeC?", R10, ["$100–150 million"], ["The Canadian ALS market alone could support $100–150 million in annual peak sales, according to company estimates."], ["amount"])
a("When did NeuroSense sign its binding term sheet with a global pharmaceutical company, and what did it cover?", R10, ["December 2024","full Phase 3 funding","upfront cash","milestone payments","double-digit royalties"], ["Back in December 2024, NeuroSense signed a binding term sheet with a global pharmaceutical company, covering full Phase 3 funding, upfront cash, milestone payments, and double-digit royalties."], ["date","list"])
a("Is the NeuroSense article a paid advertisement?", R10, ["Paid Advertisement"], ["This content is a paid advertisement. Wall Street Wire has received compensation from NeuroSense Therapeutics Ltd. for promotional media services provided on an ongoing subscription basis."], ["yes-no"])

# ---------- cross-document
X=["cross-document"]
a("Aimovig and AJOVY are both migraine preventives: what minimum number of monthly migraine days do both leaflets require?", [L5,L6], ["at least 4 migraine days per month"], ["AJOVY is used to prevent migraine in adults who have at least 4 migraine days per month."], ["count"]+X)
a("Compare the room-temperature allowance of Aimovig and AJOVY once removed from the refrigerator.", [L5,L6], ["up to 25 C","up to 30 C","7 days"], ["After Aimovig has been taken out of the refrigerator, it must be kept at room temperature (up to 25 C) in the outer carton and must be used within 7 days, or else discarded.","This medicine may be removed from the refrigerator and stored at a temperature up to 30 C for a maximum period of up to 7 days."], ["duration"]+X)
a("Which of the two CGRP antibodies offers a quarterly dosing option, and what is the dose?", [L5,L6], ["AJOVY","675 mg"], ["- three injections (675 mg) every 3 months (quarterly dosing)"], ["dose"]+X)
a("The March 2025 ABVC update values its MDD/ADHD licensing deal at how much, and which partner licensed ABV-1504 and ABV-1505?", [D7,D8], ["$667 million","AiBtl BioPharma Inc."], ["Partner 1 (Global MDD & ADHD Licensing Agreement) – Potential $667 million licensing deal for ABVC’s major depressive disorder (MDD) and attention-deficit/hyperactivity disorder (ADHD) drug candidates.","AiBtl BioPharma Inc. - Licensed ABV-1504 and ABV-1505 for global development and commercialization, for which ABVC will receive equity, cash milestone payments, and royalties."], ["amount","name"]+X)
a("Which partner holds ABVC's ophthalmic license, what is the Vitargus deal's headline value, and what royalty cap applies?", [D7,D8], ["ForSeeCon Eye Corporation","$187 million","$120M"], ["Partner 2 (Global Vitargus® Ophthalmic Medical Device Licensing Agreement) – Potential $187 million global licensing deal for Vitargus®, ABVC’s biodegradable vitreous substitute for retinal detachment surgery.","ForSeeCon Eye Corporation - Secured a license for ophthalmic indications under ABVC’s botanical IP platform."], ["name","amount"]+X)
a("ABVC's oncology licensing: what is its potential total value and what cash payment is OncoX eligible to pay?", [D7,D8], ["$105 million","$5M"], ["Partner 3 (Global Oncology Licensing Agreement) – Potential $105 million worldwide licensing deal covering ABVC’s oncology drug candidate, targeting Pancreatic Cancer, NSCLC, TNBC, and MDS conditions.","ABVC and its subsidiaries BioLite Inc. and Rgene Corporation are received up to 10M OncoX shares, and are eligible for potential $5M cash payment, and royalties up to $50M after the product launches."], ["amount"]+X)
a("How does ABVC's cumulative licensing income as of July 2025 compare with the cash revenue it expected for 2025 in March?", [D7,D8], ["$846,000","approximately $19 million"], ["These agreements are expected to contribute an aggregate of approximately $19 million in cash revenue in 2025, in line with ABVC’s strategic financial planning.","Including earlier payments from other strategic partners such as ForSeeCon and OncoX, ABVC has received a cumulative total of $846,000 in non-dilutive licensing income."], ["amount"]+X)
a("Which of the two antibody patent applications (Aβ oligomers vs anti-CD20 for CFS) has the earlier recorded date, and what are the dates?", [P1,P3], ["2009-01-02","2011-06-03"], ["date: 2009-01-02 00:00:00","date: 2011-06-03 00:00:00"], ["date"]+X, note="US20090196879 (2009-01-02) is earlier than US20130295095 (2011-06-03).")
a("Which of the three product labels require refrigerated storage and which is stored at room temperature?", [L4,L5,L6], ["Store at 20°C to 25°C","Store in a refrigerator"], ["Store at 20°C to 25°C (68°F to 77°F); excursions permitted to 15°C to 30°C (59°F to 86°F) [See USP Controlled Room temperature].","Store in a refrigerator (2 C 8 C). Do not freeze."], ["yes-no","list"]+X, note="Aimovig and AJOVY: refrigerator; SOLOSEC: 20-25°C.")
a("What age limit do the SOLOSEC, Aimovig and AJOVY texts state for children and adolescents?", [L4,L5,L6], ["below the age of 18 years","under 18 years old"], ["The safety and effectiveness of SOLOSEC in pediatric patients below the age of 18 years have not been established.","AJOVY is not recommended for children and adolescents below the age of 18 years because it has not been studied in this age group."], ["yes-no"]+X)
a("The anti-CD20 patent cites a rituximab formulation with one polysorbate; which polysorbate does Aimovig contain instead?", [P3,L5], ["0.02% polysorbate 20","polysorbate 80"], ["This publication describes a liquid multidose formulation comprising 40 mg/mL rituximab, 25 mM acetate, 150 mM trehalose, 0.9% benzyl alcohol, 0.02% polysorbate 20 at pH 5.0","- The other ingredients are sucrose, polysorbate 80, sodium hydroxide, glacial acetic acid, water for injections."], ["name"]+X)
a("What share of proceeds does the LAVA CVR pay, and what royalty level does NeuroSense's pharma term sheet include?", [A9,R10], ["75% of the net proceeds","double-digit royalties"], ["a non-transferable contingent value right (“CVR”) per share representing the right to receive 75% of the net proceeds related to LAVA’s two partnered assets","covering full Phase 3 funding, upfront cash, milestone payments, and double-digit royalties."], ["percentage"]+X)
a("Who is ABVC's chief executive and which contact email do both ABVC releases give?", [D7,D8], ["Uttam Patil","uttam@ambrivis.com"], ["said Dr. Uttam Patil, ABVC Chief Executive Officer.","Contact:Dr. Uttam PatilEmail: uttam@ambrivis.com"], ["name","identifier"]+X)
a("Compare the headline efficacy claims for PrimeC in ALS (survival) and for rituximab in CFS (pilot patients with a major response).", [R10,P3], ["43% improvement in survival","three out of three pilot patients"], ["In its Phase 2b PARADIGM trial, the therapy showed a 36% slowdown in ALS progression and a 43% improvement in survival compelling outcomes in a field where treatment options are few and efficacy gains are hard-won.","In conclusion, a major clinical response after Rituximab treatment in three out of three pilot patients, in two these with a repeated clinical responses also after a second Rituximab treatment, has been observed."], ["endpoint"]+X)

# ---------- unanswerable
un = [
("Who is the assignee of US20130295095?", "The document gives only id, title, authors (inventors) and date; no assignee or applicant is stated.", ["name"]),
("What is the priority date of US20140356443?", "Only a single 'date' field (2013-01-11) is given; no priority claim or priority date appears.", ["date"]),
("Which company owns US20140356443 — is it assigned to XSpray?", "XSpray is mentioned only as the maker of the RightSize nozzle; no assignee is stated anywhere.", ["name"]),
("Under what US patent number was US20090196879 granted, and when?", "The document is the published application record; no grant number or grant date is given.", ["identifier","date"]),
("When does the patent protection for the 9D5H6 antibody expire?", "No expiry or term information appears in the patent document.", ["date"]),
("What binding affinity (KD) does antibody 9D5H6 have for AβpE3 oligomers?", "The excerpt gives no KD or affinity value.", ["amount"]),
("What AUC increase did nilotinib HCl nanoparticles achieve in experiment 24 in FaSSIF?", "The tables of Example 1 are referred to but their data are not included in the document.", ["amount"]),
("How many patients were enrolled in a Phase III trial of rituximab for chronic fatigue syndrome according to US20090196879?", "Only three pilot patients are described; no Phase III trial is reported.", ["count"]),
("What was the FDA approval date and NDA number of SOLOSEC?", "The label gives a revision date (June 2019) but no NDA number or approval date.", ["date","identifier"]),
("What is the wholesale acquisition cost of a SOLOSEC 2 g packet?", "No price information in the label.", ["amount"]),
("What was the placebo rate of vomiting in the pooled SOLOSEC Trials 1 and 2?", "Vomiting is not a row of Table 1; only Trial 3 (uncontrolled) gives a vomiting rate (2.5%).", ["percentage"]),
("Is a dose adjustment of SOLOSEC recommended in patients with hepatic impairment?", "The label has no hepatic-impairment dosing section; hepatic is mentioned only for in vitro CYP450 metabolism.", ["yes-no"]),
("By how many monthly migraine days did erenumab reduce migraines in its pivotal trials?", "The Aimovig package leaflet contains no clinical trial efficacy data.", ["endpoint"]),
("What is the half-life of fremanezumab?", "The AJOVY package leaflet gives no pharmacokinetic data.", ["duration"]),
("What is the EU marketing authorisation number of AJOVY?", "No EU/1/... number appears in the leaflet text.", ["identifier"]),
("When was the AJOVY package leaflet last revised?", "The revision date line is not part of the document (the source shows only a placeholder, cut with the representative list).", ["date"]),
("Does Aimovig come as a pre-filled pen (autoinjector) as well as a syringe?", "The leaflet text describes only pre-filled syringes; no pen presentation is mentioned.", ["yes-no"]),
("What upfront payment did AiBtl pay ABVC on signing the ABV-1504/ABV-1505 license?", "The releases give equity, milestone and royalty figures but no upfront payment amount.", ["amount"]),
("What royalty percentage on net sales will ForSeeCon pay ABVC?", "Only a royalty ceiling (up to $120M) is given, not a royalty rate.", ["percentage"]),
("What is the name of the CDMO that ABVC acquired in 2019?", "The March 2025 release gives the year and price but not the CDMO's name.", ["name"]),
("What were ABVC's total revenues in fiscal 2024 in dollars?", "Only a 234% revenue increase is stated; no dollar revenue figure is given.", ["amount"]),
("When does ABVC plan to start the Phase III trial of Vitargus?", "The releases say ABVC intends to conduct Phase III trials but give no start date.", ["date"]),
("What is the total equity value of the XOMA Royalty acquisition of LAVA in dollars?", "Only per-share consideration is given; no aggregate deal value.", ["amount"]),
("Who is XOMA Royalty's financial advisor on the LAVA transaction?", "Only XOMA's legal advisors are named; the financial advisor named (Leerink Partners) advises LAVA.", ["name"]),
("How many LAVA shares are outstanding?", "The release does not give the share count.", ["count"]),
("What is the target of LAVA-1266?", "The release says only that LAVA-1266 is in Phase 1 for AML and MDS; its target is not stated.", ["name"]),
("Which global pharmaceutical company signed the term sheet with NeuroSense?", "The partner is not named in the document.", ["name"]),
("How much upfront cash does NeuroSense's term sheet provide?", "The term sheet is said to include upfront cash but no amount is given.", ["amount"]),
("How many patients were enrolled in the PARADIGM Phase 2b trial of PrimeC?", "No enrollment number is given.", ["count"]),
("On what date did NeuroSense meet Health Canada?", "The meeting date is not stated.", ["date"]),
("What are the active ingredients of PrimeC?", "The document does not describe PrimeC's composition.", ["name","list"]),
("What fatigue score (e.g. SF-36 or Fatigue Severity Scale) did pilot patient 2 have before Rituximab?", "The pilot-patient descriptions are narrative; no fatigue scale or score is reported.", ["endpoint"]),
("Which European Patent corresponds to US20130295095?", "No family members or foreign counterparts are listed.", ["identifier"]),
]
for qq,n,t in un: u(qq,n,t)

# order: interleave unanswerables among answerables deterministically
ans=[q for q in Q if q['answerable']]; una=[q for q in Q if not q['answerable']]
out=[]; step=max(1,len(ans)//len(una))
ui=0
for i,q in enumerate(ans):
    out.append(q)
    if (i+1)%step==0 and ui<len(una): out.append(una[ui]); ui+=1
out+=una[ui:]
docs={f:open(D+f,encoding='utf-8').read() for f in os.listdir(D)}
bad=0
with open('/work/blind12/patents/questions.jsonl','w',encoding='utf-8') as fh:
    for i,q in enumerate(out,1):
        rec={"id":f"pl-{i:03d}", **q}
        rec={k:rec[k] for k in ["id","question","answerable","gold_sources","facts","gold_quotes","tags","note"]}
        for s in rec['gold_sources']:
            pass
        if rec['answerable']:
            txts=[docs[s] for s in rec['gold_sources']]
            for f in rec['facts']:
                for alt in f:
                    if not any(alt in t for t in txts): print(rec['id'],'FACT',repr(alt)); bad+=1
            for g in rec['gold_quotes']:
                if not any(g in t for t in txts): print(rec['id'],'QUOTE',repr(g[:90])); bad+=1
        fh.write(json.dumps(rec,ensure_ascii=False)+"\n")
print(len(out),'bad',bad)
