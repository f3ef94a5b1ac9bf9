"""Question shapes the hand-written extractive answerer (`answerer="rules"`) handles.

On a small corpus of its own (not the seeds): a regimen spread over two sentences, a role that
names a person found in another document, a study's aim asked as its result, cities asked where
only countries are given, an investigator's institution asked as a follow-up, registry values shown
as written, a list of record fields asked in one request, a unit that names no subject of its own,
who is quoted, the first or last author, "which diseases" answered by the list of them.

On the seed corpus: a person and their institution asked together, a trial's size told from a
disease's prevalence, a citation asked in full, a reference entry's authors, every country of a
trial, a follow-on part that names another document, "blinded like MS-IL2?" asked of both trials,
a name every document shares, a count per arm that only a total
answers, a request to draft something new, who ran a trial, a topic
named before the question ("ok back to lupus - ..."), bold kept balanced, why someone asks (not
what they ask), "the study" after a statement about it, US and UK, a count over
several places asked of one of them, and everyday wordings ("how common is", "wat's").
"""

from __future__ import annotations

import re

import pytest

from assistant import answer

from conftest import corpus_options

PAPER = """Pilot study of ZX-12 across five inflammatory diseases

Journal of Respiratory Medicine - 2021

Authors: Maria Lopez, Jonas Weber, Karl Brandt.

Aim: We aimed to select diseases for further development by testing ZX-12 in patients with 1 of 5 inflammatory diseases.
Design: We enrolled 40 patients with either severe asthma, chronic bronchitis, Crohn’s disease, Behcet’s disease, sarcoidosis or psoriasis in an open-label study. They all received ZX-12 (2 million IU/day) for 5 days.
Maintenance injections were then given weekly for 3 months.
Results: ZX-12 was well tolerated and reduced exacerbations.
"""

NEWS = """Acme Therapeutics reports progress on ZX-12

“We are delighted with the progress of ZX-12,” said Jonas Weber, CEO of Acme Therapeutics.
The KAPPA study explored the potential of ZX-12 to reduce airway inflammation in smokers.
The BREATHE trial was run at hospitals in 4 countries.
"""

REGISTRY = """Example Study of ZX-12 in Severe Asthma

NCT ID: NCT09990002

Clinical Phase

PHASE3

Total Enrollment

240 participants

Study Start Date

2019-03-01

Study Completion Date

2021-06-30

Principal Investigators

Learn about the lead researchers overseeing the trial and their institutional affiliations.

Anna Schmidt, MD

Role: PRINCIPAL_INVESTIGATOR

Universitätsklinikum Hamburg (UKE)

Locations

Explore where the study is taking place and check the recruitment status at each participating site.

St. Georg Hospital

Hamburg, , Germany

Site Status
"""


DEAL = """Acme Therapeutics and Beta Pharma sign ZX-12 licence

Acme Therapeutics and Beta Pharma have signed an exclusive licence agreement for ZX-12.
Beta Pharma will pay 5 million euros upfront to Acme Therapeutics.
“This brings a first-in-class asset to our pipeline,” said Laura Costa, head of business development at Beta Pharma.
"""


@pytest.fixture
def seed_options(seed_options):
    return {**seed_options, "answerer": "rules"}  # the seed questions these shapes were first seen in


@pytest.fixture(scope="module")
def options(tmp_path_factory):
    # the hand-written answerer's own tests (the learned reader, the default, has tests/test_reader.py)
    return {**corpus_options(tmp_path_factory,
                             {"paper.txt": PAPER, "news.txt": NEWS, "registry.txt": REGISTRY, "deal.txt": DEAL}),
            "answerer": "rules"}


def test_a_regimen_is_quoted_with_its_dose_frequency_and_duration(options):
    result = answer("What dosing regimen was used in the ZX-12 pilot study?", **options)
    assert not result.abstained
    quotes = " ".join(c.quote for c in result.citations)
    assert "2 million IU/day" in quotes  # the dose, in one sentence
    assert "weekly for 3 months" in quotes  # how often and how long, in the next


def test_a_role_is_resolved_to_its_holder_then_found_in_another_document(options):
    result = answer("Is the Acme Therapeutics CEO also an author of the pilot study paper?", **options)
    assert not result.abstained
    assert [c.source for c in result.citations] == ["news.txt", "paper.txt"]
    assert "Jonas Weber" in result.citations[1].quote


def test_what_a_study_explored_is_not_what_it_showed(options):
    assert answer("What did the KAPPA study show on airway inflammation?", **options).abstained
    shown = answer("What did the ZX-12 pilot study show?", **options)
    assert not shown.abstained and "well tolerated" in shown.text


def test_countries_do_not_answer_which_cities(options):
    assert answer("In which cities were the BREATHE hospitals?", **options).abstained


def test_a_follow_up_pronoun_is_the_person_the_last_answer_named(options):
    first_question = "Who is the principal investigator of NCT09990002?"
    first = answer(first_question, **options)
    assert not first.abstained and "Anna Schmidt" in first.text
    history = [{"role": "user", "content": first_question}, {"role": "assistant", "content": first.text}]
    result = answer("Which institution is she with?", history, **options)
    assert "Anna Schmidt" in result.standalone_question
    assert not result.abstained
    assert "Universitätsklinikum Hamburg" in result.text


def test_registry_values_read_as_written(options):
    result = answer("What is Anna Schmidt's role in NCT09990002?", **options)
    assert not result.abstained
    assert "PRINCIPAL_INVESTIGATOR" in result.text  # an underscore inside a word is not markdown


def test_a_list_of_record_fields_is_answered_field_by_field(options):
    result = answer("For NCT09990002, can you give me the phase, total enrollment, and the start and "
                    "completion dates exactly as the registry lists them?", **options)
    assert not result.abstained
    for value in ("PHASE3", "240 participants", "2019-03-01", "2021-06-30"):
        assert value in result.text
    assert {c.source for c in result.citations} == {"registry.txt"}


def test_a_unit_in_a_follow_up_does_not_replace_the_subject(options):
    # The news page never gives a dose; the paper's dose must not answer for it.
    history = [{"role": "user", "content": "What did the KAPPA study explore?"}]
    result = answer("What's the actual dose in IU?", history, **options)
    assert "KAPPA" in result.standalone_question
    assert result.abstained, result.text


def test_who_is_quoted_is_the_one_who_speaks(options):
    # "quoted" is a word no passage contains: the answer is the sentence where someone speaks
    result = answer("Who from Beta Pharma is quoted in the ZX-12 licence article?", **options)
    assert not result.abstained
    assert "Laura Costa" in result.text and result.citations[0].source == "deal.txt"



def test_first_and_last_author_are_read_off_the_author_list(options):
    last = answer("Who is the last author of the ZX-12 pilot study paper?", **options)
    assert "**Karl Brandt**" in last.text
    first = answer("Who's the first author of the ZX-12 pilot study?", **options)
    assert "**Maria Lopez**" in first.text


def test_which_things_is_answered_by_the_passage_listing_them(options):
    result = answer("Which diseases were included in the five-disease ZX-12 pilot study?", **options)
    assert not result.abstained
    assert any("chronic bronchitis" in c.quote and "sarcoidosis" in c.quote for c in result.citations)


# On the seed corpus, where these shapes were first seen.

def test_a_person_and_their_institution_asked_together(seed_options):
    history = [{"role": "user", "content": "Who sponsors the ILT-101 lupus trial NCT02955615?"}]
    result = answer("And who's the PI, and at which institution?", history, **seed_options)
    assert not result.abstained
    assert "David Klatzmann" in result.text and "Assistance Publique" in result.text
    assert "Multiprofile" not in result.text  # a trial site is not the investigator's institution


def test_a_sample_size_is_not_a_prevalence(seed_options):
    result = answer("Compare the sample sizes of MIROCALS, the ILT-101 lupus trial, MS-IL2 and the 11-disease "
                    "ld-IL2 study.", **seed_options)
    for size in ("220 patients", "100 participants", "30 RRMS patients", "46 patients"):
        assert size in result.text.replace("**", "")
    assert "45,000" not in result.text  # how many people have ALS in Europe


def test_a_citation_is_the_whole_reference_with_its_identifiers(seed_options):
    result = answer("Give me the full citation details for NCT02955615.", **seed_options)
    assert not result.abstained
    for part in ("Humrich JY", "(LUPIL-2)", "Ann Rheum Dis. 2022", "10.1136/ard-2022-222501", "35973803"):
        assert part in result.text
    where = answer("Has the lupus trial been published, and where?", **seed_options)
    assert "Ann Rheum Dis" in where.text and "(LUPIL-2)" in where.text


def test_a_reference_entry_opens_with_its_authors(seed_options):
    result = answer("Who is the first author of the LUPIL-2 paper?", **seed_options)
    assert not result.abstained
    assert "**Humrich JY**" in result.text


def test_every_country_is_the_countries_list(seed_options):
    result = answer("List every country with a site in the ILT-101 lupus trial.", **seed_options)
    for country in ("Austria", "Bulgaria", "France", "Germany", "Italy", "Mauritius", "Mexico", "Portugal",
                    "Romania", "Spain"):
        assert country in result.text


def test_a_part_naming_another_document_is_answered_there(seed_options):
    result = answer("NCT02955615: when did the deal article expect results, and when does the registry say "
                    "the study completed?", **seed_options)
    assert "by 2018" in result.text.replace("**", "") and "2019-02-11" in result.text
    assert {c.source for c in result.citations} == {"000_8af6616ffce0cea9.txt", "002_b79911ed87769d5b.txt"}


def test_like_another_trial_asks_of_both(seed_options):
    result = answer("Was the 11-disease study blinded like MS-IL2?", **seed_options)
    assert not result.abstained
    assert {"003_774661deec9b007a.txt", "004_2ef9cccabb6fb538.txt"} <= {c.source for c in result.citations}
    assert "double-blind" in result.text and "open" in result.text


def test_a_name_every_document_shares_does_not_pick_a_document(seed_options):
    # "IL-2" is in all five documents: the trials compared are the 11-disease study and MS-IL2 only
    result = answer("Was the eleven-disease low-dose IL-2 study blinded in the same way as MS-IL2?", **seed_options)
    assert {c.source for c in result.citations} == {"003_774661deec9b007a.txt", "004_2ef9cccabb6fb538.txt"}


def test_a_total_does_not_answer_a_count_per_arm(seed_options):
    history = [{"role": "user", "content": "How many patients did MIROCALS randomise?"}]
    result = answer("how many were on placebo vs drug?", history, **seed_options)
    assert result.abstained, result.text  # 220 is the total; the documents do not split it by arm


def test_a_request_to_draft_something_new_is_declined(seed_options):
    result = answer("Can you draft me a term sheet template for an out-licensing deal?", **seed_options)
    assert result.abstained and not result.citations
    assert "draft" in result.text.lower()


def test_who_ran_a_trial_and_a_topic_named_before_the_question(seed_options):
    ran = answer("who ran MIROCALS?", **seed_options)
    assert not ran.abstained and "Bensimon" in ran.text
    back = answer("ok back to lupus - what was the dosing schedule?", **seed_options)
    assert not back.abstained and back.citations[0].source == "002_b79911ed87769d5b.txt"


def test_highlights_stay_balanced_when_a_page_blurb_is_dropped(seed_options):
    result = answer("who ran the lupus study?", **seed_options)
    assert not result.abstained
    for piece in re.split(r"\[\d+\]", result.text):
        assert piece.count("**") % 2 == 0, result.text  # every bold opened is closed before its marker


def test_why_someone_asks_is_not_what_they_ask(seed_options):
    dated = answer("What date is on the ILTOO MIROCALS press release? I want to make sure we cite it correctly.",
                   **seed_options)
    assert not dated.abstained and dated.citations[0].source == "001_4180fd55b73b3fa4.txt"
    timed = answer("What is the primary efficacy criterion in MS-IL2, including the timepoint?", **seed_options)
    assert "day-5" in timed.text


def test_the_study_after_a_statement_is_the_one_the_statement_is_about(seed_options):
    result = answer("The Servier article said lupus trial results were expected by 2018. When does the registry "
                    "say the study actually completed?", **seed_options)
    assert "2019-02-11" in result.text


def test_us_and_uk_are_the_united_states_and_kingdom(seed_options):
    result = answer("Does Servier get the US market for ILT-101?", **seed_options)
    assert not result.abstained and "United States" in result.text


def test_a_count_over_several_places_does_not_count_one_of_them(seed_options):
    one = answer("How many MIROCALS patients were treated in the UK?", **seed_options)
    assert one.abstained, one.text  # 220 were randomised across France and the UK together
    both = answer("How many centres in France and the UK took part in MIROCALS?", **seed_options)
    assert "**17**" in both.text


def test_everyday_wordings(seed_options):
    common = answer("how common is ALS?", **seed_options)
    assert "45,000" in common.text
    typed = answer("wat's the rule on belimumab in the lupus study", **seed_options)
    assert not typed.abstained and "Benlysta (belimumab)" in typed.text
