# coding=utf-8

document = """
<clinical_study>
  <!-- This xml conforms to an XML Schema at:
    https://clinicaltrials.gov/ct2/html/images/info/public.xsd -->
  <required_header>
    <download_date>ClinicalTrials.gov processed this data on February 08, 2019</download_date>
    <link_text>Link to the current ClinicalTrials.gov record.</link_text>
    <url>https://clinicaltrials.gov/show/NCT03835676</url>
  </required_header>
  <id_info>
    <org_study_id>Treprostinil RV</org_study_id>
    <nct_id>NCT03835676</nct_id>
  </id_info>
  <brief_title>Effects of Treprostinil on Right Ventricular Structure and Function in Patients With Pulmonary Arterial Hypertension</brief_title>
  <official_title>Effects of Treprostinil on Right Ventricular Structure and Function in Patients With Pulmonary Arterial Hypertension</official_title>
  <sponsors>
    <lead_sponsor>
      <agency>Magdi H. Yacoub</agency>
      <agency_class>Other</agency_class>
    </lead_sponsor>
  </sponsors>
  <source>Magdi Yacoub Heart Foundation</source>
  <oversight_info>
    <has_dmc>Yes</has_dmc>
    <is_fda_regulated_drug>No</is_fda_regulated_drug>
    <is_fda_regulated_device>No</is_fda_regulated_device>
  </oversight_info>
  <brief_summary>
    <textblock>
      In a group of patients with PAH treated with treprostinil, the current study aims to
      investigate the effect of treatment on RV structure and function; and correlate changes in RV
      structure and function with: World Health Organisation (WHO) class, Six-minute walk test,
      Quality of life (QoL), and Pre-specified biomarkers (N-terminal B-type natriuretic peptide
      (NT-ProBNP), Tissue growth factor-B B-type natriuretic peptide BNP, and Profibrotic markers)
    </textblock>
  </brief_summary>
  <detailed_description>
    <textblock>
      A) Right ventricle (RV) in pulmonary hypertension

      RV failure is the main cause of death in patients with pulmonary arterial hypertension (PAH),
      and the ability of the RV to adapt to the progressive increase in pulmonary vascular
      resistance associated with changes to the pulmonary vasculature in PAH is the main
      determinant of a patient's functional capacity and survival.

      The response of the right ventricle (RV) to the increase in afterload produced by the
      pulmonary vascular changes characteristic of PAH is the key factor in the development of
      symptoms and in determining survival. Structurally, rising systolic and diastolic ventricular
      pressures increase diastolic and systolic stretch on the RV wall, which leads initially to an
      increase in muscle mass (adaptive hypertrophy) due to increased protein synthesis and an
      increase in cardiomyocyte size through the addition of sarcomeres. However, the RV cannot
      maintain adaptive hypertrophy in the face of sustained pressure overload, and eventually
      there is a transition to dilatation. At this stage there is no further increase, or even a
      decrease, in RV contractility, despite a further increase in load. One consequence of RV
      dilatation is an increase in wall tension, which increases myocardial oxygen demand and
      simultaneously decreases RV perfusion, leading to further compromised contractility and
      dilatation.

      The exact mechanisms leading to the development of RV failure in patients with PAH are still
      unclear. Several mechanisms have been hypothesized: RV myocardial ischaemia, microvascular
      endothelial cell dysfunction, and myocyte apoptosis. In severe end-stage PAH, the RV changes
      its shape from the normal conformation to a more spherical one, and RV wall stress increases
      because RV wall thickness does not increase proportionally.

      Given the importance of the RV in PAH, preservation and improvement of its function should be
      important aspects of therapy; however, there are currently few data specifically related to
      this aspect of treatment response.

      B) Vasodilator therapy and RV in pulmonary hypertension Although RV failure is the main cause
      of death in patients with pulmonary arterial hypertension (PAH), there is insufficient data
      about the effects of PAH treatment on RV geometry and function mainly because the RV
      assessment has been hampered by its complex crescentic shape, large infundibulum, and its
      trabecular nature. . This is specifically true for vasodilator therapies. Such therapies may
      affect the RV via direct cardiac-specific effects or indirect effects by reducing RV load. In
      a meta-analysis of clinical studies of PAH-specific therapies, active treatment was
      associated with a reduction in pulmonary vascular resistance which was accompanied by a
      decrease in pulmonary artery pressure, and an increase in stroke volume, but without an
      increase in contractility, suggesting that current PAH therapies have predominantly pulmonary
      vasodilating effects and have limited cardiac-specific effects. In a study of epoprostenol
      therapy, beneficial effects on RV structure and function (RV dilatation, curvature of the
      interventricular septum and maximal tricuspid regurgitant jet velocity) compared with placebo
      were reported following 12 weeks of treatment, with change in 6-min walk distance between
      baseline and 12 weeks being inversely related to the change in diastolic eccentricity index
      and pericardial effusion size. Such improvements may contribute to the clinical improvement
      and prolonged survival observed with epoprostenol in other studies.

      Other evidence of improvements in RV parameters has come from descriptive studies using a
      number of PAH-specific therapies; however, these generally include a small number of
      patients, and this, together with the fact that such studies evaluated different parameters
      (both in terms of functional parameters and measures of RV size/mass), makes the assessment
      of results difficult. longer term studies of epoprostenol have not shown a positive treatment
      effect on RV size/mass although without a comparator arm it is not possible to determine
      whether long-term therapy slowed down the rate of RV hypertrophy or dilatation.

      Overall, therefore, the effects of PAH-specific therapies on RV function remain to be fully
      investigated.

      C) Treprostinil Treprostinil is a tricyclic benzindene analogue of prostacyclin, and has as
      such similar anti-platelet and vasodilatory actions, including acute pulmonary vasodilation.

      Treprostinil, a stable prostacyclin analog, has similar pharmacologic effects to
      epoprostenol, However, in contrast to epoprostenol, treprostinil is chemically stable at room
      temperature and neutral 'power of hydrogen' (pH) and has a longer half-life (elimination
      half-life of 4.5 h with distribution half-life of 40 min, compared with 2 to 3 min for
      epoprostenol) permitting continuous subcutaneous infusion (16). Treprostinil has been shown
      in a large multicenter randomized controlled trial to improve exercise capacity, clinical
      state, functional class, pulmonary hemodynamics, and quality of life in patients with
      pulmonary arterial hypertension.

      D) Assessment of RV with cardiac magnetic resonance imaging Currently, the most widely used
      noninvasive techniques are echocardiography and cardiac magnetic resonance imaging), and a
      number of potential indicators assessed using these methods have been proposed. Cardiac
      magnetic resonance imaging provides a higher spatial resolution, and is not limited by
      factors affecting echocardiography (e.g. acoustic window). Cardiac magnetic resonance imaging
      allows for the visualisation and measurement of complex three-dimensional geometry and it is
      therefore particularly suited to the complex morphology of the RV. Precise, noninvasive
      assessment of cardiac volumes and function is possible, without the need for geometric
      approximations, while assessments such as flow measurements in the heart and great vessels
      using techniques such as cine phase-contrast provide more comprehensive data on cardiac
      function than echocardiography.
    </textblock>
  </detailed_description>
  <overall_status>Not yet recruiting</overall_status>
  <start_date type="Anticipated">May 1, 2019</start_date>
  <completion_date type="Anticipated">December 1, 2025</completion_date>
  <primary_completion_date type="Anticipated">June 1, 2022</primary_completion_date>
  <phase>Phase 4</phase>
  <study_type>Interventional</study_type>
  <has_expanded_access>No</has_expanded_access>
  <study_design_info>
    <intervention_model>Single Group Assignment</intervention_model>
    <intervention_model_description>In a group of patients with PAH treated with treprostinil, the current study aims to investigate the effect of treatment on RV structure and function; and correlate changes in RV structure and function with: WHO class, Six-minute walk test, Quality of life (QoL), and Pre-specified biomarkers (NT-ProBNP, Tissue growth factor-B BNP, and Profibrotic markers)</intervention_model_description>
    <primary_purpose>Other</primary_purpose>
    <masking>None (Open Label)</masking>
  </study_design_info>
  <primary_outcome>
    <measure>Assessment of Treprostinil effects on right ventricular structure and function using echocardiography</measure>
    <time_frame>through study completion, an average of 5 years</time_frame>
    <description>Assessment of RV structure and function by echocardiography</description>
  </primary_outcome>
  <primary_outcome>
    <measure>Assessment of Treprostinil effects on right ventricular structure and function using Cardiac Magnetic Resonance Imaging (CMR).</measure>
    <time_frame>through study completion, an average of 5 years</time_frame>
    <description>Assessment of RV structure and function by cardiac magnetic resonance imaging (CMR).</description>
  </primary_outcome>
  <secondary_outcome>
    <measure>Correlate changes in RV structure and function with World Health Organisation (WHO) Class.</measure>
    <time_frame>through study completion, an average of 5 years</time_frame>
    <description>correlate changes in RV structure and function with the WHO class.</description>
  </secondary_outcome>
  <secondary_outcome>
    <measure>Correlate changes in RV structure and function with the Six-minute walk test results</measure>
    <time_frame>through study completion, an average of 5 years</time_frame>
    <description>correlate changes in RV structure and function with the Six-minute walk test results</description>
  </secondary_outcome>
  <secondary_outcome>
    <measure>Correlate changes in RV structure and function with QoL</measure>
    <time_frame>through study completion, an average of 5 years</time_frame>
    <description>correlate changes in RV structure and function with the Quality of life (QoL)</description>
  </secondary_outcome>
  <secondary_outcome>
    <measure>Correlate changes in RV structure and function with prespecified biomarkers</measure>
    <time_frame>through study completion, an average of 5 years</time_frame>
    <description>correlate changes in RV structure and function with the Pre-specified biomarkers (NT-ProBNP, Tissue growth factor-B BNP, and Profibrotic markers)</description>
  </secondary_outcome>
  <number_of_arms>1</number_of_arms>
  <enrollment type="Anticipated">30</enrollment>
  <condition>Pulmonary Hypertension</condition>
  <arm_group>
    <arm_group_label>Pulmonary hypertension treated with Treprostinil</arm_group_label>
    <arm_group_type>Experimental</arm_group_type>
    <description>Thirty patients who will be treated with Treprostinil.</description>
  </arm_group>
  <intervention>
    <intervention_type>Drug</intervention_type>
    <intervention_name>Treprostinil</intervention_name>
    <description>After inclusion and baseline measurements, patients will receive treprostinil in addition to background therapy for 24 months. Follow-up assessment will include:
Clinical, echocardiographic, laboratory assessments will be repeated at 1, 3, 6, 12, 18, and 24 month (or when there is clinical indication)
CMR will be performed at 6 monthly intervals for 2 years.
Peak power output at 6,12, 18 and 24 month
Right-side cardiac catheterization will be performed at 6, 12 , 18 and 24 months (or when there is clinical indication)</description>
    <arm_group_label>Pulmonary hypertension treated with Treprostinil</arm_group_label>
    <other_name>Remodulin</other_name>
  </intervention>
  <eligibility>
    <criteria>
      <textblock>
        -  Inclusion Criteria:

               -  PAH defined as a mean pulmonary artery pressure &gt;25 mmHg on right heart
                  catheterization at rest in the setting of a normal pulmonary arterial wedge
                  pressure ≤15 mm Hg

               -  PAH that is idiopathic, familial, or associated with connective tissue disease.

               -  WHO class III or class IV despite the use of Endothelin receptor antagonists
                  (ERA) and/or phosphodiesterase-5 inhibitors

               -  Age &gt; 18 years

               -  Sinus rhythm

          -  Exclusion Criteria:

               -  Patients with PAH associated with HIV infection, portal hypertension, congenital
                  heart disease, schistosomiasis, chronic haemolytic anaemia

               -  Patients with pulmonary hypertension due to veno-occlusive disease and/or
                  pulmonarycapillary haemangiomatosis, thromboembolism.

               -  Patients with left side heart disease that may contribute to pulmonary
                  hypertension. Those patients are identified by having pulmonary wedge pressure
                  &gt;15 mmHg or elevated Left Ventricle (LV) end-diastolic pressure

               -  Patients who are severely disabled and will not be able to complete the study

               -  Patients with significant lung disease as shown by forced vital capacity (FVC) &lt;
                  70% predicted, or forced expiratory volume at one second (FEV1)/FVC &lt; 50% - Life
                  expectancy &lt;1 year due to severe PAH or any other forms of terminal disease.

               -  Pregnant women

               -  Refusal to give informed consent.
      </textblock>
    </criteria>
    <gender>All</gender>
    <minimum_age>18 Years</minimum_age>
    <maximum_age>N/A</maximum_age>
    <healthy_volunteers>No</healthy_volunteers>
  </eligibility>
  <overall_official>
    <last_name>Magdi H Yacoub, OM FRS</last_name>
    <role>Study Chair</role>
    <affiliation>Magdi Yacoub Heart Foundation - Aswan Heart Centre</affiliation>
  </overall_official>
  <overall_contact>
    <last_name>Ahmed M ElGuindy, MD, MRCP</last_name>
    <phone>+201001615151</phone>
    <email>ahmed_elguindy@hotmail.com</email>
  </overall_contact>
  <overall_contact_backup>
    <last_name>Shehab M Anwer, MBBCh., MRes</last_name>
    <phone>+41788816333</phone>
    <email>shehabanwer@gmail.com</email>
  </overall_contact_backup>
  <location>
    <facility>
      <name>Aswan Heart Centre - Magdi Yacoub Heart Foundation</name>
      <address>
        <city>Aswan</city>
        <country>Egypt</country>
      </address>
    </facility>
    <status>Not yet recruiting</status>
    <contact>
      <last_name>Ahmed M ElGuindy, MD, MRCP</last_name>
      <phone>+201001615151</phone>
      <email>ahmed_elguindy@hotmail.com</email>
    </contact>
    <contact_backup>
      <last_name>Shehab M Anwer, MBBCh, MRes, PhD</last_name>
      <phone>+41788816333</phone>
      <email>shehabanwer@gmail.com</email>
    </contact_backup>
    <investigator>
      <last_name>Magdi H Yacoub, OM FRS</last_name>
      <role>Principal Investigator</role>
    </investigator>
  </location>
  <location_countries>
    <country>Egypt</country>
  </location_countries>
  <reference>
    <citation>Handoko ML, de Man FS, Allaart CP, Paulus WJ, Westerhof N, Vonk-Noordegraaf A. Perspectives on novel therapeutic strategies for right heart failure in pulmonary arterial hypertension: lessons from the left heart. Eur Respir Rev. 2010 Mar;19(115):72-82. doi: 10.1183/09059180.00007109. Review.</citation>
    <PMID>20956170</PMID>
  </reference>
  <reference>
    <citation>Benza R, Biederman R, Murali S, Gupta H. Role of cardiac magnetic resonance imaging in the management of patients with pulmonary arterial hypertension. J Am Coll Cardiol. 2008 Nov 18;52(21):1683-92. doi: 10.1016/j.jacc.2008.08.033. Review.</citation>
    <PMID>19007687</PMID>
  </reference>
  <reference>
    <citation>Boxt LM, Katz J, Kolb T, Czegledy FP, Barst RJ. Direct quantitation of right and left ventricular volumes with nuclear magnetic resonance imaging in patients with primary pulmonary hypertension. J Am Coll Cardiol. 1992 Jun;19(7):1508-15.</citation>
    <PMID>1593046</PMID>
  </reference>
  <reference>
    <citation>Quaife RA, Chen MY, Lynch D, Badesch DB, Groves BM, Wolfel E, Robertson AD, Bristow MR, Voelkel NF. Importance of right ventricular end-systolic regional wall stress in idiopathic pulmonary arterial hypertension: a new method for estimation of right ventricular wall stress. Eur J Med Res. 2006 May 5;11(5):214-20.</citation>
    <PMID>16723296</PMID>
  </reference>
  <reference>
    <citation>McLaughlin VV, Archer SL, Badesch DB, Barst RJ, Farber HW, Lindner JR, Mathier MA, McGoon MD, Park MH, Rosenson RS, Rubin LJ, Tapson VF, Varga J; American College of Cardiology Foundation Task Force on Expert Consensus Documents; American Heart Association; American College of Chest Physicians; American Thoracic Society, Inc; Pulmonary Hypertension Association. ACCF/AHA 2009 expert consensus document on pulmonary hypertension a report of the American College of Cardiology Foundation Task Force on Expert Consensus Documents and the American Heart Association developed in collaboration with the American College of Chest Physicians; American Thoracic Society, Inc.; and the Pulmonary Hypertension Association. J Am Coll Cardiol. 2009 Apr 28;53(17):1573-619. doi: 10.1016/j.jacc.2009.01.004.</citation>
    <PMID>19389575</PMID>
  </reference>
  <reference>
    <citation>Hinderliter AL, Willis PW 4th, Long W, Clarke WR, Ralph D, Caldwell EJ, Williams W, Ettinger NA, Hill NS, Summer WR, de Biosblanc B, Koch G, Li S, Clayton LM, Jöbsis MM, Crow JW. Frequency and prognostic significance of pericardial effusion in primary pulmonary hypertension. PPH Study Group. Primary pulmonary hypertension. Am J Cardiol. 1999 Aug 15;84(4):481-4, A10.</citation>
    <PMID>10468096</PMID>
  </reference>
  <reference>
    <citation>Barst RJ, Rubin LJ, McGoon MD, Caldwell EJ, Long WA, Levy PS. Survival in primary pulmonary hypertension with long-term continuous intravenous prostacyclin. Ann Intern Med. 1994 Sep 15;121(6):409-15.</citation>
    <PMID>8053614</PMID>
  </reference>
  <reference>
    <citation>Barst RJ, Rubin LJ, Long WA, McGoon MD, Rich S, Badesch DB, Groves BM, Tapson VF, Bourge RC, Brundage BH, Koerner SK, Langleben D, Keller CA, Murali S, Uretsky BF, Clayton LM, Jöbsis MM, Blackburn SD, Shortino D, Crow JW; Primary Pulmonary Hypertension Study Group. A comparison of continuous intravenous epoprostenol (prostacyclin) with conventional therapy for primary pulmonary hypertension. N Engl J Med. 1996 Feb 1;334(5):296-301.</citation>
    <PMID>8532025</PMID>
  </reference>
  <reference>
    <citation>Sebbag I, Rudski LG, Therrien J, Hirsch A, Langleben D. Effect of chronic infusion of epoprostenol on echocardiographic right ventricular myocardial performance index and its relation to clinical outcome in patients with primary pulmonary hypertension. Am J Cardiol. 2001 Nov 1;88(9):1060-3.</citation>
    <PMID>11704014</PMID>
  </reference>
  <reference>
    <citation>Roeleveld RJ, Vonk-Noordegraaf A, Marcus JT, Bronzwaer JG, Marques KM, Postmus PE, Boonstra A. Effects of epoprostenol on right ventricular hypertrophy and dilatation in pulmonary hypertension. Chest. 2004 Feb;125(2):572-9.</citation>
    <PMID>14769740</PMID>
  </reference>
  <reference>
    <citation>Bristow MR, Zisman LS, Lowes BD, Abraham WT, Badesch DB, Groves BM, Voelkel NF, Lynch DM, Quaife RA. The pressure-overloaded right ventricle in pulmonary hypertension. Chest. 1998 Jul;114(1 Suppl):101S-106S. Review.</citation>
    <PMID>9676654</PMID>
  </reference>
  <reference>
    <citation>Vachiéry JL, Hill N, Zwicke D, Barst R, Blackburn S, Naeije R. Transitioning from i.v. epoprostenol to subcutaneous treprostinil in pulmonary arterial hypertension. Chest. 2002 May;121(5):1561-5.</citation>
    <PMID>12006444</PMID>
  </reference>
  <reference>
    <citation>McNulty MJ, Sailstad JM, Steffen RP. The pharmacokinetics and pharmacodynamics of the prostacyclin analog 15AU81 in the anesthetized beagle dog. Prostaglandins Leukot Essent Fatty Acids. 1993 Feb;48(2):159-66.</citation>
    <PMID>8446654</PMID>
  </reference>
  <reference>
    <citation>Laliberte K, Arneson C, Jeffs R, Hunt T, Wade M. Pharmacokinetics and steady-state bioequivalence of treprostinil sodium (Remodulin) administered by the intravenous and subcutaneous route to normal volunteers. J Cardiovasc Pharmacol. 2004 Aug;44(2):209-14.</citation>
    <PMID>15243302</PMID>
  </reference>
  <reference>
    <citation>Simonneau G, Barst RJ, Galie N, Naeije R, Rich S, Bourge RC, Keogh A, Oudiz R, Frost A, Blackburn SD, Crow JW, Rubin LJ; Treprostinil Study Group. Continuous subcutaneous infusion of treprostinil, a prostacyclin analogue, in patients with pulmonary arterial hypertension: a double-blind, randomized, placebo-controlled trial. Am J Respir Crit Care Med. 2002 Mar 15;165(6):800-4.</citation>
    <PMID>11897647</PMID>
  </reference>
  <reference>
    <citation>Gomberg-Maitland M, Tapson VF, Benza RL, McLaughlin VV, Krichman A, Widlitz AC, Barst RJ. Transition from intravenous epoprostenol to intravenous treprostinil in pulmonary hypertension. Am J Respir Crit Care Med. 2005 Dec 15;172(12):1586-9. Epub 2005 Sep 8.</citation>
    <PMID>16151039</PMID>
  </reference>
  <reference>
    <citation>Kovacs G, Reiter G, Reiter U, Rienmüller R, Peacock A, Olschewski H. The emerging role of magnetic resonance imaging in the diagnosis and management of pulmonary hypertension. Respiration. 2008;76(4):458-70. doi: 10.1159/000158548. Epub 2008 Nov 12. Review.</citation>
    <PMID>19018164</PMID>
  </reference>
  <reference>
    <citation>Towbin JA. Scarring in the heart--a reversible phenomenon? N Engl J Med. 2007 Oct 25;357(17):1767-8.</citation>
    <PMID>17960018</PMID>
  </reference>
  <reference>
    <citation>Zannad F, Alla F, Dousset B, Perez A, Pitt B. Limitation of excessive extracellular matrix turnover may contribute to survival benefit of spironolactone therapy in patients with congestive heart failure: insights from the randomized aldactone evaluation study (RALES). Rales Investigators. Circulation. 2000 Nov 28;102(22):2700-6. Erratum in: Circulation 2001 Jan 23;103(3):476.</citation>
    <PMID>11094035</PMID>
  </reference>
  <reference>
    <citation>Morais P, Marchi A, Bogaert JA, Dresselaers T, Heyde B, D'hooge J, Bogaert J. Cardiovascular magnetic resonance myocardial feature tracking using a non-rigid, elastic image registration algorithm: assessment of variability in a real-life clinical setting. J Cardiovasc Magn Reson. 2017 Feb 17;19(1):24. doi: 10.1186/s12968-017-0333-y.</citation>
    <PMID>28209163</PMID>
  </reference>
  <verification_date>February 2019</verification_date>
  <!-- For several months we've had both old and new date name tags                             -->
  <!-- Now, the old date names have been dropped.                                               -->
  <!-- The new date name replacements are:                                                      -->
  <!--     OLD (gone)                                        NEW (in use)                       -->
  <!--   lastchanged_date                         becomes   last_update_submitted               -->
  <!--   firstreceived_date                       becomes   study_first_submitted               -->
  <!--   firstreceived_results_date               becomes   results_first_submitted             -->
  <!--   firstreceived_results_disposition_date   becomes   disposition_first_submitted         -->
  <study_first_submitted>February 6, 2019</study_first_submitted>
  <study_first_submitted_qc>February 6, 2019</study_first_submitted_qc>
  <study_first_posted type="Estimate">February 8, 2019</study_first_posted>
  <last_update_submitted>February 6, 2019</last_update_submitted>
  <last_update_submitted_qc>February 6, 2019</last_update_submitted_qc>
  <last_update_posted type="Estimate">February 8, 2019</last_update_posted>
  <responsible_party>
    <responsible_party_type>Sponsor-Investigator</responsible_party_type>
    <investigator_affiliation>Magdi Yacoub Heart Foundation</investigator_affiliation>
    <investigator_full_name>Magdi H. Yacoub</investigator_full_name>
    <investigator_title>Principal Investigator - Sir. Prof., OM FRS</investigator_title>
  </responsible_party>
  <keyword>Pulmonary hypertension</keyword>
  <keyword>Right ventricular function</keyword>
  <condition_browse>
    <!-- CAUTION:  The following MeSH terms are assigned with an imperfect algorithm            -->
    <mesh_term>Hypertension</mesh_term>
    <mesh_term>Hypertension, Pulmonary</mesh_term>
    <mesh_term>Familial Primary Pulmonary Hypertension</mesh_term>
  </condition_browse>
  <intervention_browse>
    <!-- CAUTION:  The following MeSH terms are assigned with an imperfect algorithm            -->
    <mesh_term>Treprostinil</mesh_term>
  </intervention_browse>
  <patient_data>
    <sharing_ipd>No</sharing_ipd>
  </patient_data>
  <!-- Results have not yet been posted for this study                                          -->
</clinical_study>
"""
