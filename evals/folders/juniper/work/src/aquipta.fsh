




Instance: composition-en-aac724bbfae048108e8444486a06d7e6
InstanceOf: CompositionUvEpi
Title: "Composition for aquipta Package Leaflet"
Description:  "Composition for aquipta Package Leaflet"
Usage: #inline

* identifier.system = "http://ema.europa.eu/identifier"

* identifier.value = "EU/1/23/1750/001"
* status = #final

* type = https://spor.ema.europa.eu/rmswi/#100000155538
* type.text = "Package Leaflet"

* subject = Reference(mpaac724bbfae048108e8444486a06d7e6)
* date = "2022-02-16T13:28:17Z"

 

 // Reference to Organization: MAH
* author = Reference(mah-ema)


* title = "TEST PURPOSES ONLY - aquipta"
* attester.mode = http://hl7.org/fhir/composition-attestation-mode#official
* attester.time =  "2022-02-16T13:28:17Z"
* language = #en
* category = epicategory-cs#R "Raw"


* section[+].
  * title = "B. Package Leaflet"
  * code = https://spor.ema.europa.eu/rmswi/#100000155538
  * code.text = "B. Package Leaflet"
  * text.status = #additional

  * text.div = """<div xmlns='http://www.w3.org/1999/xhtml'>unavailable</div>"""
  * emptyReason = http://terminology.hl7.org/CodeSystem/list-empty-reason#unavailable   


      
* section[=].section[+]
  * title = "Package leaflet: Information for the user"
  * code = https://spor.ema.europa.eu/rmswi/#100000155538
  * code.text = "Package leaflet: Information for the user"
  * text.status = #additional
  * text.div = """<div xmlns='http://www.w3.org/1999/xhtml'>  
  </div>"""   



* section[=].section[+]
  * title = "What is in this leaflet"
  * code = https://spor.ema.europa.eu/rmswi/#100000155538
  * code.text = "What is in this leaflet"
  * text.status = #additional
  * text.div = """<div xmlns='http://www.w3.org/1999/xhtml'>  <p>What is in this leaflet</p>
<ol type="1">
<li>What AQUIPTA is and what it is used for</li>
<li>What you need to know before you take AQUIPTA</li>
<li>How to take AQUIPTA</li>
<li>Possible side effects</li>
<li>How to store AQUIPTA</li>
<li>Contents of the pack and other information</li>
</ol>
 </div>"""   
          

* section[=].section[+]
  * title =  "1. What aquipta is and what it is used for"
  * code = https://spor.ema.europa.eu/rmswi/#100000155538
  * code.text =  "1. What aquipta is and what it is used for"
  * text.status = #additional
  * text.div = """<div xmlns='http://www.w3.org/1999/xhtml'>  <p>AQUIPTA contains the active substance atogepant. AQUIPTA is used to
prevent migraine in adult patients who have at least 4 migraine days per
month. AQUIPTA is thought to block the activity of the
calcitonin/calcitonin gene related peptide (CGRP)- receptor family,
which have been linked to migraine.</p>
 </div>"""   
          

             
* section[=].section[+]
  * title = "2. What you need to know before you take aquipta"
  * code = https://spor.ema.europa.eu/rmswi/#100000155538
  * code.text = "2. What you need to know before you take aquipta"
  * text.status = #additional
  * text.div = """<div xmlns='http://www.w3.org/1999/xhtml'>  <p>Do not take AQUIPTA</p>
<p>if you are allergic to atogepant or any of the other ingredients of
this medicine (listed in section 6). Warnings and precautions Talk to
your doctor, pharmacist, or nurse before taking AQUIPTA if you have
severe liver problems. Children and adolescents Do not give this
medicine to children or adolescents under 18 years old because the use
of AQUIPTA has not been studied in this age group. Other medicines and
AQUIPTA Tell your doctor or pharmacist if you are taking, have recently
taken or might take any other medicines. Some medicines may increase the
risk of getting side effects (see section 4). The following is a list of
examples of medicines that may require your doctor to lower the dose of
AQUIPTA:</p>
<p>ketoconazole, itraconazole, clarithromycin, rifampicin (medicines
used to treat fungal or bacterial infections)</p>
<p>ritonavir (medicine used to treat HIV)</p>
<p>ciclosporin (medicine that affects your immune system) Pregnancy,
breast-feeding and fertility If you are pregnant or breast-feeding,
think you may be pregnant or are planning to have a baby, ask your
doctor for advice before using this medicine. If you are pregnant, you
should not take AQUIPTA. If you are a woman who could become pregnant,
you should use adequate contraception during treatment with AQUIPTA. If
you are breast-feeding or are planning to breast-feed, you should not
take AQUIPTA. You and your doctor should decide if you will breast-feed
or take AQUIPTA. Driving and using machines AQUIPTA may make you feel
sleepy. Do not drive or use machines if you are affected. AQUIPTA
contains sodium AQUIPTA 10 mg tablets This medicine contains less than 1
mmol sodium (23 mg) per tablet, that is to say essentially sodium- free
. AQUIPTA 60 mg tablets This medicine contains 31.5 mg sodium (main
component of cooking/table salt) in each tablet. This is equivalent to
1.6% of the recommended maximum daily dietary intake of sodium for an
adult.</p>
 </div>"""   
                    
* section[=].section[+]
  * title =  "3. How to take aquipta"
  * code = https://spor.ema.europa.eu/rmswi/#100000155538
  * code.text = "3. How to take aquipta"
  * text.status = #additional
  * text.div = """<div xmlns='http://www.w3.org/1999/xhtml'>  <p>Always take this medicine exactly as your doctor has told you. Check
with your doctor or pharmacist if you are not sure. How much to take The
recommended dose is 60 mg atogepant once a day. Your doctor may tell you
to take a lower dose if:</p>
<p>you are taking other medicines (listed in section 2)</p>
<p>you have severe kidney problems or you are undergoing dialysis. How
to take AQUIPTA is for oral use. Do not split, crush, chew or break the
tablet before swallowing. The tablets may be taken with or without food.
If you take more AQUIPTA than you should If you have taken more tablets
than you should, tell your doctor. You may get some of the side effects
listed in section 4. If you forget to take AQUIPTA</p>
<p>If you miss a dose, take it as soon as you remember.</p>
<p>If you forget your dose for an entire day, just skip the missed dose
and take a single dose as usual the following day.</p>
<p>Do not take a double dose to make up for a forgotten dose. If you
stop taking AQUIPTA Do not stop taking AQUIPTA without talking to your
doctor first. Your symptoms may return if you stop the treatment. If you
have any further questions on the use of this medicine, ask your doctor
or pharmacist.</p>
 </div>"""         

        
* section[=].section[+]
  * title = "4. Possible side effects"
  * code = https://spor.ema.europa.eu/rmswi/#100000155538
  * code.text = "4. Possible side effects"
  * text.status = #additional
  * text.div = """<div xmlns='http://www.w3.org/1999/xhtml'>  <p>Like all medicines, this medicine can cause side effects, although
not everybody gets them. Tell your doctor if you notice any of the
following side effects: Common (may affect up to 1 in 10 people):</p>
<p>nausea (feeling sick in your stomach)</p>
<p>constipation</p>
<p>fatigue (tiredness)</p>
<p>somnolence (sleepiness)</p>
<p>decreased appetite</p>
<p>weight loss Uncommon (may affect up to 1 in 100 people)</p>
<p>increased levels of liver enzymes Not known (cannot be estimated from
the available data)</p>
<p>allergic reactions (such as rash, itching, hives, swelling of the
face) Reporting of side effects If you get any side effects, talk to
your doctor or pharmacist. This includes any possible side effects not
listed in this leaflet. You can also report side effects directly via
the national reporting system listing in Appendix V. By reporting side
effects, you can help provide more information on the safety of this
medicine.</p>
 </div>"""      
        
* section[=].section[+]
  * title = "5. How to store aquipta"
  * code = https://spor.ema.europa.eu/rmswi/#100000155538
  * code.text = "5. How to store aquipta"
  * text.status = #additional
  * text.div = """<div xmlns='http://www.w3.org/1999/xhtml'>  <p>Keep this medicine out of the sight and reach of children. Do not use
this medicine after the expiry date which is stated on the carton and
blister after EXP. The expiry date refers to the last day of that month.
This medicine does not require any special storage conditions. Do not
throw away any medicines via wastewater or household waste. Ask your
pharmacist how to throw away medicines you no longer use. These measures
will help to protect the environment.</p>
 </div>"""      
        
        
* section[=].section[+]
  * title = "6. Contents of the pack and other information"
  * code = https://spor.ema.europa.eu/rmswi/#100000155538
  * code.text = "6. Contents of the pack and other information"
  * text.status = #additional
  * text.div = """<div xmlns='http://www.w3.org/1999/xhtml'>  <p>What AQUIPTA contains AQUIPTA 10 mg tablets</p>
<p>The active substance is atogepant. Each tablet contains 10 mg of
atogepant.</p>
<p>The other ingredients are: Polyvinylpyrrolidone/Vinyl acetate
copolymer, vitamin E polyethylene glycol succinate, mannitol,
microcrystalline cellulose, sodium chloride, croscarmellose sodium,
colloidal silicon dioxide and sodium stearyl fumarate (see section 2).
AQUIPTA 60 mg tablets</p>
<p>The active substance is atogepant. Each tablet contains 60 mg of
atogepant.</p>
<p>The other ingredients are: Polyvinylpyrrolidone/Vinyl acetate
copolymer, vitamin E polyethylene glycol succinate, mannitol,
microcrystalline cellulose, sodium chloride, croscarmellose sodium,
colloidal silicon dioxide and sodium stearyl fumarate (see section 2).
What AQUIPTA looks like and contents of the pack AQUIPTA 10 mg tablets
AQUIPTA 10 mg tablet is a white to off-white, round biconvex tablet
debossed with A and 10 on one side. It is available in packs containing
28 or 98 tablets. AQUIPTA 60 mg tablets AQUIPTA 60 mg tablet is a white
to off-white, oval biconvex tablet debossed with A60 on one side. It is
available in packs containing 28 or 98 tablets. Not all pack sizes may
be marketed. Marketing Authorisation Holder AbbVie Deutschland GmbH
&amp; Co. KG Knollstrasse 67061 Ludwigshafen Germany Manufacturer AbbVie
S.r.l S.R. 148 Pontina Km 52 Snc Campoverde di Aprilia, Latina 04Italy
For any information about this medicine, please contact the local
representative of the Marketing Authorisation Holder: Belgi
/Belgique/Belgien AbbVie SA T l/Tel: +32 10 477Lietuva AbbVie UAB Tel:
+370 5 205 3</p>
<p>.:+359 2 90 30 Luxembourg/Luxemburg AbbVie SA Belgique/Belgien T
l/Tel: +32 10 477 esk republika AbbVie s.r.o. Tel: +420 233 098
Magyarorsz g AbbVie Kft. Tel.:+36 1 455 8Danmark AbbVie A/S Tlf: +45 72
30-20-Malta Vivian Corporation Ltd. Tel: +356 27780Deutschland AbbVie
Deutschland GmbH &amp; Co. KG Tel: 00800 222843 33 (geb hrenfrei) Tel:
+49 (0) 611 / 1720-0 Nederland AbbVie B.V. Tel: +31 (0)88 322 2Eesti
AbbVie O Tel: +372 623 1Norge AbbVie AS Tlf: +47 67 81 80<br />
AbbVie . . : +30 214 4165 sterreich AbbVie GmbH Tel: +43 1 20589-0 Espa
a AbbVie Spain, S.L.U. Tel: +34 91 384 09 Polska AbbVie Sp. z o.o. Tel.:
+48 22 372 78 France AbbVie T l: +33 (0) 1 45 60 13 Portugal AbbVie,
Lda. Tel: +351 (0)21 1908Hrvatska AbbVie d.o.o. Tel + 385 (0)1 5625 Rom
nia AbbVie S.R.L. Tel: +40 21 529 30 Ireland AbbVie Limited Tel: +353
(0)1 4287Slovenija AbbVie Biofarmacevtska dru ba d.o.o. Tel: +386 (1)32
08 sland Vistor hf. S mi: +354 535 7Slovensk republika AbbVie s.r.o.
Tel: +421 2 5050 0Italia AbbVie S.r.l. Tel: +39 06 928Suomi/Finland
AbbVie Oy Puh/Tel: +358 (0)10 2411<br />
Lifepharma (Z.A.M.) Ltd .: +357 22 34 74 Sverige AbbVie AB Tel: +46 (0)8
684 44 Latvija AbbVie SIA Tel: +371 67605United Kingdom (Northern
Ireland) AbbVie Deutschland GmbH &amp; Co. KG Tel: +44 (0)1628 561This
leaflet was last revised in Other sources of information Detailed
information on this medicine is available on the European Medicines
Agency web site: <a
href="http://www.ema.europa.eu/">http://www.ema.europa.eu/</a>. To
listen to or request a copy of this leaflet in <em>Braille</em>,
<em>large print</em> or <em>audio</em>, please contact the local
representative of the Marketing Authorisation Holder.</p>
 </div>"""      



Instance: composition-da-aac724bbfae048108e8444486a06d7e6
InstanceOf: CompositionUvEpi
Title: "Composition for aquipta Package Leaflet"
Description:  "Composition for aquipta Package Leaflet"
Usage: #inline

* identifier.system = "http://ema.europa.eu/identifier"

* identifier.value = "EU/1/23/1750/001"
* status = #final

* type = https://spor.ema.europa.eu/rmswi/#100000155538
* type.text = "Package Leaflet"

* subject = Reference(mpaac724bbfae048108e8444486a06d7e6)
* date = "2022-02-16T13:28:17Z"

 

 // Reference to Organization: MAH
* author = Reference(mah-ema)


* title = "TEST PURPOSES ONLY - aquipta"
* attester.mode = http://hl7.org/fhir/composition-attestation-mode#official
* attester.time =  "2022-02-16T13:28:17Z"
* language = #da
* category = epicategory-cs#R "Raw"


* section[+].
  * title = "B. INDLÆGSSEDDEL"
  * code = https://spor.ema.europa.eu/rmswi/#100000155538
  * code.text = "B. INDLÆGSSEDDEL"
  * text.status = #additional

  * text.div = """<div xmlns='http://www.w3.org/1999/xhtml'>unavailable</div>"""
  * emptyReason = http://terminology.hl7.org/CodeSystem/list-empty-reason#unavailable   


      
* section[=].section[+]
  * title = "Indlægsseddel: Information til brugeren"
  * code = https://spor.ema.europa.eu/rmswi/#100000155538
  * code.text = "Indlægsseddel: Information til brugeren"
  * text.status = #additional
  * text.div = """<div xmlns='http://www.w3.org/1999/xhtml'>  
  </div>"""   



* section[=].section[+]
  * title = "Oversigt over indlægssedlen"
  * code = https://spor.ema.europa.eu/rmswi/#100000155538
  * code.text = "Oversigt over indlægssedlen"
  * text.status = #additional
  * text.div = """<div xmlns='http://www.w3.org/1999/xhtml'>  <p>Oversigt over indlægssedlen</p>
<ol type="1">
<li>Virkning og anvendelse</li>
<li>Det skal du vide, før du begynder at tage AQUIPTA</li>
<li>Sådan skal du tage AQUIPTA</li>
<li>Bivirkninger</li>
<li>Opbevaring</li>
<li>Pakningsstørrelser og yderligere oplysninger</li>
</ol>
 </div>"""   
          

* section[=].section[+]
  * title =  "1. Virkning og anvendelse"
  * code = https://spor.ema.europa.eu/rmswi/#100000155538
  * code.text =  "1. Virkning og anvendelse"
  * text.status = #additional
  * text.div = """<div xmlns='http://www.w3.org/1999/xhtml'>  <p>AQUIPTA indeholder det aktive stof atogepant. AQUIPTA bruges til at
forebygge migræne hos voksne patienter, der har mindst 4 migrænedage pr.
måned. AQUIPTA menes at virke ved at blokere aktiviteten af det
calcitonin /calcitonin-gen relaterede peptid fra (CGRP)-receptor
familien, som er blevet forbundet med migræne.</p>
 </div>"""   
          

             
* section[=].section[+]
  * title = "2. Det skal du vide, før du begynder at tage  aquipta"
  * code = https://spor.ema.europa.eu/rmswi/#100000155538
  * code.text = "2. Det skal du vide, før du begynder at tage  aquipta"
  * text.status = #additional
  * text.div = """<div xmlns='http://www.w3.org/1999/xhtml'>  <p>Tag ikke AQUIPTA  hvis du er allergisk over for atogepant eller et
af de øvrige indholdsstoffer i AQUIPTA (angivet i punkt 6). Advarsler og
forsigtighedsregler Tal med lægen, apotekspersonalet eller
sygeplejersken, før du tager AQUIPTA, hvis du har alvorlige
leverproblemer. Børn og unge Giv ikke dette lægemiddel til børn eller
unge under 18 år, da brugen af AQUIPTA ikke er undersøgt hos denne
aldersgruppe. Brug af andre lægemidler sammen med AQUIPTA Fortæl det
altid til lægen eller apotekspersonalet, hvis du tager andre lægemidler,
for nylig har taget andre lægemidler eller planlægger at tage andre
lægemidler. Nogle lægemidler kan øge risikoen for at få bivirkninger (se
punkt 4). 29 Følgende er en liste med eksempler på lægemidler, der kan
kræve, at din læge mindsker dosis af AQUIPTA:  ketoconazol,
itraconazol, clarithromycin, rifampicin (lægemidler til behandling af
svampe- eller bakterieinfektioner  ritonavir (lægemiddel til behandling
af hiv)  ciclosporin (lægemiddel, der påvirker dit immunsystem)
Graviditet, amning og frugtbarhed Hvis du er gravid eller ammer, har
mistanke om, at du er gravid, eller planlægger at blive gravid, skal du
spørge din læge til råds, før du bruger dette lægemiddel. Hvis du er
gravid, må du ikke tage AQUIPTA. Hvis du er en kvinde, der kan blive
gravid, skal du bruge sikker prævention under behandlingen med AQUIPTA.
Hvis du ammer eller planlægger at amme, må du ikke tage AQUIPTA. Du og
din læge skal beslutte, om du skal amme eller tage AQUIPTA. Trafik- og
arbejdssikkerhed AQUIPTA kan gøre dig søvnig. Du må ikke føre
motorkøretøj eller betjene maskiner, hvis du er påvirket. AQUIPTA
indeholder natrium AQUIPTA 10 mg tabletter Dette lægemiddel indeholder
mindre end 1 mmol (23 mg) natrium pr. tablet, dvs. det er i det
væsentlige natriumfrit. AQUIPTA 60 mg tabletter Dette lægemiddel
indeholder 31,5 mg natrium (hovedkomponent af madlavnings-/bordsalt) pr.
tablet. Dette svarer til 1,6 % af den anbefalede maksimale daglige
indtagelse af natrium for en voksen.</p>
 </div>"""   
                    
* section[=].section[+]
  * title =  "3. Sådan skal du tage aquipta"
  * code = https://spor.ema.europa.eu/rmswi/#100000155538
  * code.text = "3. Sådan skal du tage aquipta"
  * text.status = #additional
  * text.div = """<div xmlns='http://www.w3.org/1999/xhtml'>  <p>Tag altid lægemidlet nøjagtigt efter lægens anvisning. Er du i tvivl,
så spørg lægen eller apotekspersonalet. Så meget skal der tages Den
anbefalede dosis er 60 mg atogepant én gang dagligt. Din læge kan
muligvis fortælle dig, at du skal tage en lavere dosis, hvis:  du tager
andre lægemidler (angivet i punkt 2)  du har alvorlige nyreproblemer,
eller du modtager dialyse. Sådan tages lægemidlet AQUIPTA er til oral
anvendelse. Tabletten må ikke deles, knuses, tygges eller knækkes, før
den sluges. Tabletterne kan tages sammen med eller uden mad. Hvis du har
taget for meget AQUIPTA Hvis du har taget flere tabletter, end du bør,
skal du fortælle det til lægen. Du kan få nogle af bivirkningerne anført
i punkt 4. Hvis du har glemt at tage AQUIPTA  Hvis du har glemt en
dosis, skal du tage den, så snart du kommer i tanke om det.  Hvis du
har glemt din dosis en hel dag, skal du bare springe den glemte dosis
over og tage en enkelt dosis som sædvanligt den følgende dag.  Du må
ikke tage en dobbeltdosis som erstatning for den glemte dosis. 30 Hvis
du holder op med at tage AQUIPTA Du må ikke holde op med at tage AQUIPTA
uden først at tale med din læge. Dine symptomer kan vende tilbage, hvis
du stopper behandlingen. Spørg lægen eller apotekspersonalet, hvis der
er noget, du er i tvivl om.</p>
 </div>"""         

        
* section[=].section[+]
  * title = "4. Bivirkninger"
  * code = https://spor.ema.europa.eu/rmswi/#100000155538
  * code.text = "4. Bivirkninger"
  * text.status = #additional
  * text.div = """<div xmlns='http://www.w3.org/1999/xhtml'>  <p>Dette lægemiddel kan som alle andre lægemidler give bivirkninger, men
ikke alle får bivirkninger. Fortæl det til lægen, hvis du bemærker nogen
af de følgende bivirkninger: Almindelig (kan forekomme hos op til 1 ud
af 10 personer):  kvalme  forstoppelse  træthed  søvnighed
(somnolens)  nedsat appetit  vægttab Ikke almindelig (kan forekomme
hos op til 1 ud af 100 personer)  forhøjede leverenzymtal Ikke kendt
(kan ikke estimeres ud fra forhåndenværende data)  allergiske
reaktioner (som for eksempel udslæt, kløe, nældefeber, hævelse i
ansigtet) Indberetning af bivirkninger Hvis du oplever bivirkninger, bør
du tale med din læge eller apotekspersonalet. Dette gælder også mulige
bivirkninger, som ikke er medtaget i denne indlægsseddel. Du eller dine
pårørende kan også indberette bivirkninger direkte til
Lægemiddelstyrelsen via det nationale rapporteringssystem anført i
Appendiks V. Ved at indrapportere bivirkninger kan du hjælpe med at
fremskaffe mere information om sikkerheden af dette lægemiddel.</p>
 </div>"""      
        
* section[=].section[+]
  * title = "5. Opbevaring"
  * code = https://spor.ema.europa.eu/rmswi/#100000155538
  * code.text = "5. Opbevaring"
  * text.status = #additional
  * text.div = """<div xmlns='http://www.w3.org/1999/xhtml'>  <p>Opbevar lægemidlet utilgængeligt for børn. Brug ikke lægemidlet efter
den udløbsdato, der står på æsken og blisteren efter EXP. Udløbsdatoen
er den sidste dag i den nævnte måned. Dette lægemiddel kræver ingen
særlige forholdsregler vedrørende opbevaringen. Spørg apotekspersonalet,
hvordan du skal bortskaffe lægemiddelrester. Af hensyn til miljøet må du
ikke smide lægemiddelrester i afløbet, toilettet eller
skraldespanden.</p>
 </div>"""      
        
        
* section[=].section[+]
  * title = "6. Pakningsstørrelser og yderligere oplysninger"
  * code = https://spor.ema.europa.eu/rmswi/#100000155538
  * code.text = "6. Pakningsstørrelser og yderligere oplysninger"
  * text.status = #additional
  * text.div = """<div xmlns='http://www.w3.org/1999/xhtml'>  <p>AQUIPTA indeholder AQUIPTA 10 mg tabletter  Aktivt stof: atogepant.
Hver tablet indeholder 10 mg atogepant. 31  Øvrige indholdsstoffer:
Polyvinylpyrrolidon/vinylacetatcopolymer, E-vitamin
polyethylenglycolsuccinat, mannitol, mikrokrystallinsk cellulose,
natriumchlorid, croscarmellosenatrium, kolloid siliciumdioxid og
natriumstearylfumarat (se punkt 2). AQUIPTA 60 mg tabletter  Aktivt
stof: atogepant. Hver tablet indeholder 60 mg atogepant.  Øvrige
indholdsstoffer: Polyvinylpyrrolidon/vinylacetatcopolymer, E-vitamin
polyethylenglycolsuccinat, mannitol, mikrokrystallinsk cellulose,
natriumchlorid, croscarmellosenatrium, kolloid siliciumdioxid og
natriumstearylfumarat (se punkt 2). Udseende og pakningsstørrelser
AQUIPTA 10 mg tabletter AQUIPTA 10 mg tablet er en hvid til off-white,
rund bikonveks tablet præget med "A" og "10" på den ene side. Den fås i
pakninger indeholdende 28 eller 98 tabletter. AQUIPTA 60 mg tabletter
AQUIPTA 60 mg tablet er en hvid til off-white, oval bikonveks tablet
præget med "A60" på den ene side. Den fås i pakninger indeholdende 28
eller 98 tabletter. Ikke alle pakningsstørrelser er nødvendigvis
markedsført. Indehaver af markedsføringstilladelsen AbbVie Deutschland
GmbH &amp; Co. KG Knollstrasse 67061 Ludwigshafen Tyskland Fremstiller
AbbVie S.r.l S.R. 148 Pontina Km 52 Snc Campoverde di Aprilia, Latina
04011 Italien Hvis du ønsker yderligere oplysninger om dette lægemiddel,
skal du henvende dig til den lokale repræsentant for indehaveren af
markedsføringstilladelsen: België/Belgique/Belgien AbbVie SA Tél/Tel:
+32 10 477811 Lietuva AbbVie UAB Tel: +370 5 205 3023 България АбВи ЕООД
Тел.: +359 2 90 30 430 Luxembourg/Luxemburg AbbVie SA Belgique/Belgien
Tél/Tel: +32 10 477811 Česká republika AbbVie s.r.o. Tel: +420 233 098
111 Magyarország AbbVie Kft. Tel.: +36 1 455 8600 Danmark AbbVie A/S
Tlf: +45 72 30-20-28 Malta Vivian Corporation Ltd. Tel: +356 27780331 32
Deutschland AbbVie Deutschland GmbH &amp; Co. KG Tel: 00800 222843 33
(gebührenfrei) Tel: +49 (0) 611 / 1720-0 Nederland AbbVie B.V. Tel: +31
(0)88 322 2843 Eesti AbbVie OÜ Tel: +372 623 1011 Norge AbbVie AS Tlf:
+47 67 81 80 00 Ελλάδα AbbVie ΦΑΡΜΑΚΕΥΤΙΚΗ Α.Ε. Τηλ: +30 214 4165 555
Österreich AbbVie GmbH Tel: +43 1 20589-0 España AbbVie Spain, S.L.U.
Tel: +34 91 384 09 10 Polska AbbVie Sp. z o.o. Tel.: +48 22 372 78 00
France AbbVie Tél: +33 (0) 1 45 60 13 00 Portugal AbbVie, Lda. Tel: +351
(0)21 1908400 Hrvatska AbbVie d.o.o. Tel + 385 (0)1 5625 501 România
AbbVie S.R.L. Tel: +40 21 529 30 35 Ireland AbbVie Limited Tel: +353
(0)1 4287900 Slovenija AbbVie Biofarmacevtska družba d.o.o. Tel: +386
(1)32 08 060 Ísland Vistor hf. Sími: +354 535 7000 Slovenská republika
AbbVie s.r.o. Tel: +421 2 5050 0777 Italia AbbVie S.r.l. Tel: +39 06
928921 Suomi/Finland AbbVie Oy Puh/Tel: +358 (0)10 2411 200 Κύπρος
Lifepharma (Z.A.M.) Ltd Τηλ.: +357 22 34 74 40 Sverige AbbVie AB Tel:
+46 (0)8 684 44 600 Latvija AbbVie SIA Tel: +371 67605000 United Kingdom
(Northern Ireland) AbbVie Deutschland GmbH &amp; Co. KG Tel: +44 (0)1628
561090 Denne indlægsseddel blev senest ændret Andre informationskilder
Du kan finde yderligere oplysninger om dette lægemiddel på Det
Europæiske Lægemiddelagenturs hjemmeside <a
href="http://www.ema.europa.eu/">http://www.ema.europa.eu/</a>. Hvis du
ønsker at rekvirere denne indlægsseddel i <em>brailleskrift</em> eller
&lt; magnaprint&gt; eller som <em>lydfil</em>, kan du kontakte den
lokale repræsentant for indehaveren af markedsføringstilladelsen.</p>
 </div>"""      





                    
Instance: bundlepackageleaflet-en-aac724bbfae048108e8444486a06d7e6
InstanceOf: BundleUvEpi
Title: "ePI document Bundle for aquipta Package Leaflet for language en"
Description: "ePI document Bundle for aquipta Package Leaflet for language en"
Usage: #example


* identifier.system = "http://ema.europa.eu/identifier" 
* identifier.value = "None"
* type = #document
* timestamp = "2023-06-27T10:09:22Z"
* language = #en

// Composition
* entry[0].fullUrl = "Composition/composition-en-aac724bbfae048108e8444486a06d7e6"
* entry[0].resource = composition-en-aac724bbfae048108e8444486a06d7e6

// MPD
* entry[+].fullUrl = "MedicinalProductDefinition/mpaac724bbfae048108e8444486a06d7e6"
* entry[=].resource = mpaac724bbfae048108e8444486a06d7e6
                            
                    
Instance: bundlepackageleaflet-da-aac724bbfae048108e8444486a06d7e6
InstanceOf: BundleUvEpi
Title: "ePI document Bundle for aquipta Package Leaflet for language da"
Description: "ePI document Bundle for aquipta Package Leaflet for language da"
Usage: #example


* identifier.system = "http://ema.europa.eu/identifier" 
* identifier.value = "None"
* type = #document
* timestamp = "2023-06-27T10:09:22Z"
* language = #da

// Composition
* entry[0].fullUrl = "Composition/composition-da-aac724bbfae048108e8444486a06d7e6"
* entry[0].resource = composition-da-aac724bbfae048108e8444486a06d7e6

// MPD
* entry[+].fullUrl = "MedicinalProductDefinition/mpaac724bbfae048108e8444486a06d7e6"
* entry[=].resource = mpaac724bbfae048108e8444486a06d7e6
                            
                    



Instance: mpaac724bbfae048108e8444486a06d7e6
InstanceOf: MedicinalProductDefinitionUvEpi
Title: "Medicinal Product AQUIPTA 10 mg tablets"
Description: "AQUIPTA 10 mg tablets"
Usage: #inline

 
* identifier[+].system = "http://ema.europa.eu/identifier"
* identifier[=].value = "EU/1/23/1750/001"
* type = http://hl7.org/fhir/medicinal-product-type#MedicinalProduct "Medicinal Product"

* domain = http://hl7.org/fhir/medicinal-product-domain#Human "Human use"

* status = http://hl7.org/fhir/publication-status#active "active"



* legalStatusOfSupply = $spor-rms#100000072084 "Medicinal product subject to medical prescription"

* name
  * productName = "AQUIPTA 10 mg tablets"
  * type = $spor-productNamePartType-cs#220000000001 "Full name" 
  
  * part[0]
    * part = "nan"
    * type = $spor-productNamePartType-cs#220000000002 "Invented name part"
  
  * part[+]
    * part = "nan"
    * type = $spor-productNamePartType-cs#220000000003 "Scientific name part"
  
  * part[+]
    * part = "nan"
    * type = $spor-productNamePartType-cs#220000000004 "Strength part"
  
  * part[+]
    * part = "nan"
    * type = $spor-productNamePartType-cs#220000000005 "Pharmaceutical dose form part"
  
  * usage
    * country = urn:iso:std:iso:3166#EU "EU"
    * jurisdiction = urn:iso:std:iso:3166#EU "EU"
    * language = urn:ietf:bcp:47#en  "en"



RuleSet: aac724bbfae048108e8444486a06d7e6ListRuleset

* identifier.system = "http://ema.europa.eu/identifier" 
* identifier.value = "None"
* identifier[+].system = "http://spor.ema.europa.eu/v2/medicine-name"
* identifier[=].value = "aquipta"

* status = #current
* mode = #working

* title = "List of all ePIs associated with aquipta"

* subject = Reference(mpaac724bbfae048108e8444486a06d7e6)
* subject.extension[0].url = "http://ema.europa.eu/fhir/extension/medicine-name"
* subject.extension[=].valueCoding = $100000000005#aquipta "aquipta"
* subject.extension[+].url = "http://ema.europa.eu/fhir/extension/marketing-authorization-holder"
* subject.extension[=].valueCoding = $100000000005#mah-code "None"
* subject.extension[+].url = "http://ema.europa.eu/fhir/extension/active-substance"
* subject.extension[=].valueCoding = $100000000005#acive-substance-code "None"
* subject.extension[+].url = "http://ema.europa.eu/fhir/extension/domain"
* subject.extension[=].valueCoding = $100000000004#100000000012 "H"

* date = "2015-02-07T13:28:17Z"


* entry[+]
  * flag = urn:oid:1.2.36.1.2001.1001.101.104.16592#01
  * flag.text = "Unchanged"
  * date = "2015-02-07T13:28:17Z"
  * item = Reference(bundlepackageleaflet-en-aac724bbfae048108e8444486a06d7e6) // aquipta en
  * item.extension[0].url = "http://ema.europa.eu/fhir/extension/documentType"
  * item.extension[=].valueCoding = $100000155531#100000155538 "B. PACKAGE LEAFLET"
  * item.extension[+].url = "http://ema.europa.eu/fhir/extension/language"
  * item.extension[=].valueCoding = $100000072057#100000072147 "en"



* entry[+]
  * flag = urn:oid:1.2.36.1.2001.1001.101.104.16592#01
  * flag.text = "Unchanged"
  * date = "2015-02-07T13:28:17Z"
  * item = Reference(bundlepackageleaflet-da-aac724bbfae048108e8444486a06d7e6) // aquipta da
  * item.extension[0].url = "http://ema.europa.eu/fhir/extension/documentType"
  * item.extension[=].valueCoding = $100000155531#100000155538 "B. PACKAGE LEAFLET"
  * item.extension[+].url = "http://ema.europa.eu/fhir/extension/language"
  * item.extension[=].valueCoding = $100000072057#100000072147 "da"




Instance: List-aac724bbfae048108e8444486a06d7e6
InstanceOf: List
Description: "ePI document List for aquipta Package Leaflets"

* insert aac724bbfae048108e8444486a06d7e6ListRuleset
    