import json
D1='01_ex99_beyondcancer_lvuno_phase1b.txt'; D2='02_sc14d9a_hillevax_xoma_tender_offer_results.txt'
t1=open('docs/'+D1).read(); t2=open('docs/'+D2).read()
import re
def sent(doc,frag):
    t={D1:t1,D2:t2}[doc]
    i=t.index(frag)
    # sentence/line bounds
    s=max(t.rfind('. ',0,i)+2 if t.rfind('. ',0,i)>t.rfind('\n',0,i) else t.rfind('\n',0,i)+1,0)
    e1=t.find('. ',i); e2=t.find('\n',i)
    ends=[x for x in (e1+1 if e1!=-1 else -1,e2) if x!=-1]
    e=min(ends) if ends else len(t)
    return t[s:e].strip()
A=[ # (q, doc, [facts], tags)
("Which regulator approved Beyond Cancer's Phase 1b LV UNO trial?",D1,[["Israeli Ministry of Health","the Israeli Ministry of Health (IMOH)"]],["name"]),
("How many sites will the LV UNO Phase 1b study use?",D1,[["four sites"]],["count"]),
("ClinicalTrials.gov identifier of the LV UNO Phase 1b trial?",D1,[["NCT05351502"]],["identifier"]),
("Maximum planned enrollment of Beyond Cancer's Phase 1b LV UNO combination trial?",D1,[["up to 20 subjects","20"]],["count"]),
("When is patient screening for the LV UNO Phase 1b trial expected to start?",D1,[["first quarter of 2025"]],["date"]),
("When does Beyond Cancer expect topline Phase 1b data for LV UNO?",D1,[["second half of 2025"]],["date"]),
("What is LV UNO combined with in the Phase 1b study?",D1,[["anti-PD-1 therapy"]],["name"]),
("Response criteria used for the primary efficacy assessment in the LV UNO Phase 1b trial?",D1,[["RECIST v1.1","RECIST version 1.1"]],["endpoint"]),
("What primary efficacy measures does the Beyond Cancer Phase 1b trial assess?",D1,[["objective response rate (ORR)","objective response rate"],["duration of response (DOR)","duration of response"]],["endpoint","list"]),
("What is the secondary response assessment in the LV UNO trial?",D1,[["iRECIST"]],["endpoint"]),
("Minimum duration of stable disease on prior anti-PD-1 therapy to qualify for the LV UNO Phase 1b trial?",D1,[["≥ 12 weeks","12 weeks"]],["duration"]),
("How is LV UNO administered in the Phase 1b trial?",D1,[["intratumoral administration","intratumoral"]],["definition"]),
("Who is Beyond Cancer's Chief Medical Officer?",D1,[["Dr. Jedidiah Monson","Jedidiah Monson"]],["name"]),
("Who is the CEO of Beyond Cancer?",D1,[["Dr. Selena Chaisson","Selena Chaisson"]],["name"]),
("Where is Beyond Cancer's announcement datelined?",D1,[["HAMILTON, BERMUDA"]],["place"]),
("Date of the Beyond Cancer LV UNO Phase 1b press release?",D1,[["December 3, 2024"]],["date"]),
("At which event were Phase 1a UNO human data presented?",D1,[["ASCO’s Key Opinion Leader Event"]],["name"]),
("How long is a single UNO treatment according to Beyond Cancer?",D1,[["5-minute"]],["duration"]),
("What share of cancer-related deaths are attributed to tumor metastases in the Beyond Cancer release?",D1,[["approximately 90%","90%"]],["percentage"]),
("What does UNO stand for?",D1,[["ultra-high concentration nitric oxide","Ultra-high concentration Nitric Oxide"]],["definition"]),
("Which IR firm is listed as a media/investor contact for Beyond Cancer?",D1,[["LifeSci Advisors, LLC"]],["name"]),
("Cash per share paid by XOMA Royalty in the HilleVax tender offer?",D2,[["$1.95"]],["amount"]),
("What was the Signing Net Cash behind the HilleVax offer price?",D2,[["$102,950,000"]],["amount"]),
("As of what date was HilleVax's Closing Net Cash estimated for the Cash Amount?",D2,[["August 4, 2025"]],["date"]),
("Name of XOMA's merger subsidiary in the HilleVax deal?",D2,[["XRA 4 Corp."]],["name"]),
("When did the HilleVax tender offer expire?",D2,[["September 15, 2025"]],["date"]),
("How many HilleVax shares were validly tendered?",D2,[["39,214,689"]],["count"]),
("What percentage of HilleVax's outstanding shares was tendered into XOMA's offer?",D2,[["77.48%","approximately 77.48%"]],["percentage"]),
("On what date did XOMA complete its acquisition of HilleVax?",D2,[["September 17, 2025"]],["date"]),
("Who acted as depositary and paying agent for the HilleVax offer?",D2,[["Broadridge Corporate Issuer Solutions, LLC"]],["name"]),
("Under which DGCL section was the HilleVax merger completed without a stockholder vote?",D2,[["Section 251(h)"]],["identifier"]),
("Besides cash, what did HilleVax holders receive per share in the XOMA offer?",D2,[["contingent value right","one non-transferable contractual contingent value right per Share"]],["definition"]),
("Was the HilleVax tender offer extended?",D2,[["was not extended"]],["yes-no"]),
("On which exchange were HilleVax shares listed before delisting?",D2,[["Nasdaq Global Select Market"]],["place"]),
("When was the original HilleVax Schedule 14D-9 filed with the SEC?",D2,[["August 18, 2025"]],["date"]),
("HilleVax CUSIP number?",D2,[["43157M102"]],["identifier"]),
("Who is HilleVax's Chairman, President and CEO named in the 14D-9/A?",D2,[["Robert Hershberg"]],["name"]),
("Which law firm advised HilleVax on the tender offer filing?",D2,[["Latham & Watkins LLP"]],["name"]),
("Exhibit number of XOMA's press release on the HilleVax offer results?",D2,[["Exhibit (a)(5)(D)","(a)(5)(D)"]],["identifier"]),
("In which state is XOMA Royalty Corporation incorporated?",D2,[["Nevada"]],["place"]),
]
U=[
("What is the maximum CVR payment per share in the XOMA–HilleVax deal?","The 14D-9/A excerpt names one CVR per share but gives no CVR amount or payout terms."),
("What was the total equity value of XOMA's acquisition of HilleVax?","No aggregate deal value is stated; only per-share cash and Signing Net Cash."),
("Upfront payment Beyond Cancer received for licensing LV UNO?","The release concerns a trial approval; no licence or upfront payment is mentioned."),
("Objective response rate observed in the LV UNO Phase 1b trial?","The trial had not started; no results are reported, only topline timing."),
("How many patients were treated in the UNO Phase 1a study?","The release mentions Phase 1a immune activation data but not the number of patients."),
("Which anti-PD-1 antibody (brand) is used with LV UNO?","The release says anti-PD-1 therapy / PD-1 inhibitors without naming a specific drug."),
("Minimum Tender Condition percentage in the HilleVax merger agreement?","The condition is referenced but its threshold is not given in the document."),
("What dose of nitric oxide (ppm) is used in LV UNO?","Only 'ultra-high concentration' is stated; no ppm dose is given."),
("What break-up fee applies to the HilleVax merger agreement?","No termination fee is mentioned."),
("When does Beyond Cancer plan to start a Phase 2 trial of UNO?","No Phase 2 plans or dates are given."),
("HilleVax lead product candidate and its latest trial result?","The 14D-9/A excerpt does not discuss HilleVax's pipeline or trials."),
("Price of Beyond Air's financing round announced with the LV UNO approval?","No financing is mentioned in the exhibit."),
]
out=[];n=0
for q,doc,facts,tags in A:
    n+=1
    quotes=[]
    for f in facts:
        qq=sent(doc,f[0])
        if qq not in quotes: quotes.append(qq)
    out.append(dict(id=f"tf-{n:03d}",question=q,answerable=True,gold_sources=[doc],facts=facts,gold_quotes=quotes,tags=tags,note=""))
for q,note in U:
    n+=1
    out.append(dict(id=f"tf-{n:03d}",question=q,answerable=False,gold_sources=[],facts=[],gold_quotes=[],tags=["amount"] if any(w in q.lower() for w in ["payment","value","price","fee"]) else ["endpoint"] if "rate" in q.lower() else ["name"] if "which" in q.lower() else ["date"] if "when" in q.lower() else ["count"] if "how many" in q.lower() else ["dose"] if "dose" in q.lower() else ["percentage"],note=note))
open('questions.jsonl','w').write('\n'.join(json.dumps(o,ensure_ascii=False) for o in out)+'\n')
