# coding=utf-8

document = """
<clinical_study>
  <!-- This xml conforms to an XML Schema at:
    https://clinicaltrials.gov/ct2/html/images/info/public.xsd -->
  <required_header>
    <download_date>ClinicalTrials.gov processed this data on February 08, 2019</download_date>
    <link_text>Link to the current ClinicalTrials.gov record.</link_text>
    <url>https://clinicaltrials.gov/show/NCT00005057</url>
  </required_header>
  <id_info>
    <org_study_id>CDR0000067654</org_study_id>
    <secondary_id>NCI-98-C-0140C</secondary_id>
    <nct_id>NCT00005057</nct_id>
    <nct_alias>NCT00001755</nct_alias>
    <nct_alias>NCT00001974</nct_alias>
  </id_info>
  <brief_title>Gene Therapy and Ganciclovir in Treating Patients With Stage IV Melanoma</brief_title>
  <official_title>A Phase I Study of Intralesional Administration of an Adenovirus Vector Expressing the HSV-1 Thymidine Kinase Gene (AdV.RSV-TK) in Combination With Escalating Doses of Ganciclovir in Patients With Cutaneous Metastatic Malignant Melanoma</official_title>
  <sponsors>
    <lead_sponsor>
      <agency>National Human Genome Research Institute (NHGRI)</agency>
      <agency_class>NIH</agency_class>
    </lead_sponsor>
    <collaborator>
      <agency>National Cancer Institute (NCI)</agency>
      <agency_class>NIH</agency_class>
    </collaborator>
  </sponsors>
  <source>National Cancer Institute (NCI)</source>
  <brief_summary>
    <textblock>
      RATIONALE: Inserting a modified herpesvirus gene into a person's melanoma cells may make the
      cancer more sensitive to the antiviral agent ganciclovir.

      PURPOSE: Phase I trial to study the effectiveness of gene therapy in treating patients who
      have stage IV melanoma.
    </textblock>
  </brief_summary>
  <detailed_description>
    <textblock>
      OBJECTIVES: I. Determine the maximum tolerated dose of ganciclovir administered IV every 12
      hours for 7 days in combination with adenovirus RSV-TK administered by direct intralesional
      injection in patients with cutaneous or subcutaneous metastatic malignant melanoma. II.
      Determine the dose limiting toxicities of this regimen in this patient population. III.
      Evaluate the response (both local and at distant metastatic sites), duration of response,
      response by ganciclovir dose, and any impact local treatment with adenovirus RSV-TK and
      ganciclovir &quot;suicide&quot; gene therapy may have on overall survival in these patients.

      OUTLINE: This is a dose escalation study of ganciclovir. Patients are stratified according to
      response of the index lesion and other metastatic disease sites. Patients receive an
      intratumoral injection of adenovirus RSV-TK on day 1. Ganciclovir IV is administered every 12
      hours on days 3-10 for a total of 14 doses. Patients sustaining a partial response (PR) or
      complete response (CR) may be retreated 2 weeks after documented PR or CR. Cohorts of 3-6
      patients receive escalating doses of ganciclovir until the maximum tolerated dose (MTD) is
      determined. The MTD is defined as the dose preceding that at which 2 of 6 patients experience
      dose limiting toxicities. Patients are followed at 3 weeks, 4 weeks, 60 days, then every 2
      months for 6 months, and then every 3 months for 1.5 years.

      PROJECTED ACCRUAL: A maximum of 27 patients will be accrued for this study.
    </textblock>
  </detailed_description>
  <overall_status>Completed</overall_status>
  <start_date>March 2000</start_date>
  <phase>Phase 1</phase>
  <study_type>Interventional</study_type>
  <has_expanded_access>No</has_expanded_access>
  <study_design_info>
    <primary_purpose>Treatment</primary_purpose>
  </study_design_info>
  <condition>Melanoma (Skin)</condition>
  <intervention>
    <intervention_type>Biological</intervention_type>
    <intervention_name>adenovirus RSV-TK</intervention_name>
  </intervention>
  <intervention>
    <intervention_type>Drug</intervention_type>
    <intervention_name>ganciclovir</intervention_name>
  </intervention>
  <eligibility>
    <criteria>
      <textblock>
        DISEASE CHARACTERISTICS: Histologically confirmed advanced stage IV malignant melanoma M1
        All pathologic subtypes eligible Tridimensionally measurable disease At least 1 discreet
        easily accessible and measurable cutaneous or subcutaneous lesion of a volume no greater
        than 3 cm3 by physical examination using Vernier calipers Ulcerated or necrotic lesions may
        not serve as index lesion Not a candidate for curative surgical resection Visceral
        metastases, including brain lesions, eligible provided no rapidly progressive CNS
        metastases likely to result in death within 3 months

        PATIENT CHARACTERISTICS: Age: 18 and over Performance status: Karnofsky 60-100% Life
        expectancy: Greater than 3 months Hematopoietic: Absolute neutrophil count at least
        1,800/mm3 Platelet count at least 100,000/mm3 Hemoglobin at least 9.0 g/dL Hepatic: BUN no
        greater than 1.5 times upper limit of normal (ULN) Bilirubin no greater than 1.5 times ULN
        Renal: Creatinine no greater than 1.8 mg/dL OR Creatinine clearance at least 70 mL/min
        Other: Not pregnant or nursing Negative pregnancy test Fertile patients must use effective
        contraception during and for 3 months after study No other clinically significant medical
        disease that is poorly controlled and/or expected to impact patient survival or that would
        preclude study therapy No significant cognitive impairment No serious active infection
        requiring intravenous antibiotic or antiviral therapy No clinical AIDS No primary
        immunodeficiencies No other concurrent active malignancy No history of sensitivity to
        ganciclovir or other antiviral drugs of this family No prior severe reaction to adenovirus
        or herpes virus infection (e.g., toxic epidermal necrolysis or Stevens-Johnson syndrome)

        PRIOR CONCURRENT THERAPY: Biologic therapy: At least 4 weeks since prior biological
        response modifier therapy (e.g., interleukin-2, interferon) and recovered No prior gene
        therapy using adenoviral based vectors, chimeric adenoviral based vectors, HSV-tk or other
        thymidine kinase based therapy No concurrent biological response modifier therapy No other
        concurrent gene therapy including ribozyme and antisense based therapy Chemotherapy: At
        least 4 weeks since prior chemotherapy (6 weeks for nitrosoureas, melphalan, or mitomycin)
        and recovered No concurrent antineoplastic chemotherapy Endocrine therapy: Concurrent
        replacement or therapeutic corticosteroids allowed Radiotherapy: Prior radiotherapy allowed
        provided index lesion not within radiation field Recovered from prior radiotherapy No
        concurrent radiotherapy except for CNS metastases provided index lesion not within
        radiation field Surgery: See Disease Characteristics Recovered from prior surgery Other: No
        other concurrent ganciclovir, acyclovir, or similar antiviral drug No concurrent
        immunosuppressive therapy (e.g., organ allograft)
      </textblock>
    </criteria>
    <gender>All</gender>
    <minimum_age>18 Years</minimum_age>
    <maximum_age>N/A</maximum_age>
    <healthy_volunteers>No</healthy_volunteers>
  </eligibility>
  <overall_official>
    <last_name>John C. Morris, MD</last_name>
    <role>Study Chair</role>
    <affiliation>NCI - Metabolism Branch;MET</affiliation>
  </overall_official>
  <location>
    <facility>
      <name>Clinical Genetherapy Branch</name>
      <address>
        <city>Bethesda</city>
        <state>Maryland</state>
        <zip>20892</zip>
        <country>United States</country>
      </address>
    </facility>
  </location>
  <location>
    <facility>
      <name>Metabolism Branch</name>
      <address>
        <city>Bethesda</city>
        <state>Maryland</state>
        <zip>20892</zip>
        <country>United States</country>
      </address>
    </facility>
  </location>
  <location>
    <facility>
      <name>Baylor College of Medicine</name>
      <address>
        <city>Houston</city>
        <state>Texas</state>
        <zip>77030</zip>
        <country>United States</country>
      </address>
    </facility>
  </location>
  <location_countries>
    <country>United States</country>
  </location_countries>
  <verification_date>December 2002</verification_date>
  <!-- For several months we've had both old and new date name tags                             -->
  <!-- Now, the old date names have been dropped.                                               -->
  <!-- The new date name replacements are:                                                      -->
  <!--     OLD (gone)                                        NEW (in use)                       -->
  <!--   lastchanged_date                         becomes   last_update_submitted               -->
  <!--   firstreceived_date                       becomes   study_first_submitted               -->
  <!--   firstreceived_results_date               becomes   results_first_submitted             -->
  <!--   firstreceived_results_disposition_date   becomes   disposition_first_submitted         -->
  <study_first_submitted>April 6, 2000</study_first_submitted>
  <study_first_submitted_qc>August 6, 2004</study_first_submitted_qc>
  <study_first_posted type="Estimate">August 9, 2004</study_first_posted>
  <last_update_submitted>April 28, 2015</last_update_submitted>
  <last_update_submitted_qc>April 28, 2015</last_update_submitted_qc>
  <last_update_posted type="Estimate">April 29, 2015</last_update_posted>
  <keyword>stage IV melanoma</keyword>
  <keyword>recurrent melanoma</keyword>
  <keyword>lentigo maligna malignant melanoma</keyword>
  <keyword>superficial spreading malignant melanoma</keyword>
  <keyword>acral lentiginous malignant melanoma</keyword>
  <keyword>nodular malignant melanoma</keyword>
  <condition_browse>
    <!-- CAUTION:  The following MeSH terms are assigned with an imperfect algorithm            -->
    <mesh_term>Melanoma</mesh_term>
  </condition_browse>
  <intervention_browse>
    <!-- CAUTION:  The following MeSH terms are assigned with an imperfect algorithm            -->
    <mesh_term>Ganciclovir</mesh_term>
    <mesh_term>Ganciclovir triphosphate</mesh_term>
  </intervention_browse>
  <!-- Results have not yet been posted for this study                                          -->
</clinical_study>
"""
