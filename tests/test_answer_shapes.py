"""Question shapes the learned reader (the default answerer) handles, on small corpora of
their own and on the seeds.

Field groups under page-blurb headings, hyphenated words written apart, registry values shown as
written, who is quoted, every country of a trial, a total that does not answer a count per arm,
"US" for the United States, a value the documents name without giving it.

Four are the reader's known confident mistakes (README, "Known limits"): a value of the asked
kind that belongs to something else (a date of something else abstains since the twentieth
session; the count per arm is answered with the trial's number of centres since the
twenty-seventh). They are strict xfails, so a reader that stops making
them turns them into failures to promote.
"""

from __future__ import annotations

import pytest

from assistant import answer
from assistant.documents import build_document
from conftest import corpus_options

REGISTRY = """Example Study of ZX-12 in Severe Asthma

NCT ID: NCT09990001

Sponsors

Meet the organizations funding or collaborating on the study and learn about their roles.

Acme Therapeutics

INDUSTRY

Sponsor Role lead

Locations

Explore where the study is taking place and check the recruitment status at each participating site.

Hopital Saint Louis

Paris, , France

Site Status

Klinikum Nord

Hamburg, , Germany

Site Status

Hopital Nord

Lyon, , France

Site Status

Hospital Angeles

Tijuana, , Mexico

Site Status
"""

PROSE = """BREATHE trial of ZX-12 in severe asthma

ZX-12, a once-weekly oral inhibitor of kinase Q, is developed by Acme Therapeutics.
The BREATHE trial is a randomized, double-blind, placebo controlled study in 120 patients with severe asthma.
Patients with moderate levels of fractional exhaled nitric oxide (FeNO) benefited most from ZX-12.
Patients were treated for 12 weeks at hospitals in 4 countries.
"""

DEAL = """Acme and Beta Agree on ZX-12 Licence

Acme Therapeutics will receive 5 million euros from Beta Corp, with subsequent annual payments when the option is exercised.
Acme will also receive development milestones equal to 90 million euros, plus royalties on future sales.
The companies expect that results of the ongoing asthma trial, which are expected by 2027, will trigger the option.
An earlier pilot of ZX-12 enrolled 40 patients with asthma, COPD, bronchiectasis or cystic fibrosis.
Both boards approved the signing of the licence.
"""

RECORD = """Example Study of ZX-12 in Severe Asthma

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

LICENCE = """Acme Therapeutics and Beta Pharma sign ZX-12 licence

Acme Therapeutics and Beta Pharma have signed an exclusive licence agreement for ZX-12.
Beta Pharma will pay 5 million euros upfront to Acme Therapeutics.
“This brings a first-in-class asset to our pipeline,” said Laura Costa, head of business development at Beta Pharma.
"""

CRITERIA = """Designation of orphan products

Article 3

A product is clinically superior when it is shown to provide a significant advantage in one or more of the following ways:
(1) greater efficacy than the authorised product, as assessed on a clinically meaningful endpoint;
(2) greater safety in a substantial portion of the target population;
(3) a major contribution to diagnosis or to patient care.

Article 4

The sponsor shall submit an annual report on the development of the designated product.
"""


@pytest.fixture(scope="module")
def options(tmp_path_factory):
    return corpus_options(tmp_path_factory, {"registry.txt": REGISTRY, "breathe.txt": PROSE, "deal.txt": DEAL})


@pytest.fixture(scope="module")
def record_options(tmp_path_factory):
    return corpus_options(tmp_path_factory, {"registry.txt": RECORD, "deal.txt": LICENCE})


def test_a_heading_followed_by_a_page_blurb_starts_a_section():
    doc = build_document("registry.txt", REGISTRY)
    sections = {doc.text[u.start:u.end]: u.section for u in doc.units}
    assert sections["Acme Therapeutics"] == "Sponsors"
    assert sections["Sponsor Role lead"] == "Sponsors"
    assert sections["Hamburg, , Germany"] == "Locations"


def test_sponsor_is_answered_from_its_field_group(options):
    result = answer("Who is the lead sponsor of NCT09990001?", **options)
    assert not result.abstained
    quote = result.citations[0].quote
    assert "Acme Therapeutics" in quote and "Sponsor Role lead" in quote
    assert "Meet the organizations" not in result.text  # page furniture is not part of the answer


def test_hyphenated_word_matches_when_written_apart(options):
    result = answer("Is BREATHE placebo-controlled?", **options)
    assert not result.abstained
    assert "placebo controlled" in result.citations[0].quote


def test_registry_values_read_as_written(record_options):
    result = answer("What is Anna Schmidt's role in NCT09990002?", **record_options)
    assert not result.abstained
    assert "PRINCIPAL_INVESTIGATOR" in result.text  # an underscore inside a word is not markdown


def test_who_is_quoted_is_the_one_who_speaks(record_options):
    # "quoted" is a word no passage contains: the answer is the sentence where someone speaks
    result = answer("Who from Beta Pharma is quoted in the ZX-12 licence article?", **record_options)
    assert not result.abstained
    assert "Laura Costa" in result.text and result.citations[0].source == "deal.txt"


# Known confident mistakes of the reader: a value of the asked kind that is not the asked thing's.
CONFIDENT_MISTAKE = pytest.mark.xfail(strict=True, reason="the reader answers with a value of another thing "
                                                          "(README, Known limits)")


# On the seed corpus.

def test_every_country_is_the_countries_list(seed_options):
    result = answer("List every country with a site in the ILT-101 lupus trial.", **seed_options)
    for country in ("Austria", "Bulgaria", "France", "Germany", "Italy", "Mauritius", "Mexico", "Portugal",
                    "Romania", "Spain"):
        assert country in result.text


@CONFIDENT_MISTAKE  # since the sixteen-folder reader (twenty-seventh session): the number of centres, at 0.67
def test_a_total_does_not_answer_a_count_per_arm(seed_options):
    history = [{"role": "user", "content": "How many patients did MIROCALS randomise?"}]
    result = answer("how many were on placebo vs drug?", history, **seed_options)
    assert result.abstained, result.text  # 220 is the total; the documents do not split it by arm


@pytest.mark.xfail(strict=True, reason="since the reader's second stage (thirteenth session) the headline "
                   "naming both parties outscores the territory sentence (calibrated 0.53, marked unsure; "
                   "README, Known limits); since the twentieth session a quote that names the United States "
                   "in passing is cited second, not the sentence that answers")
def test_us_and_uk_are_the_united_states_and_kingdom(seed_options):
    result = answer("Does Servier get the US market for ILT-101?", **seed_options)
    # the sentence that answers: ILTOO keeps the United States and Japan
    assert not result.abstained and "retain exclusive rights" in result.text, result.text


def _highlighted(result) -> list[str]:
    return [c.quote[a - c.start:b - c.start] for c in result.citations for a, b in c.highlights]


@CONFIDENT_MISTAKE
def test_asked_for_thing_never_named_abstains(options):
    # "revenues" appears nowhere: an answer would have to be about something else.
    result = answer("What were Acme Therapeutics' annual revenues?", **options)
    assert result.abstained
    assert result.citations == []


@CONFIDENT_MISTAKE
def test_a_count_of_something_else_is_not_the_answer(options):
    # "120 patients" and "4 countries" count other things than hospitals.
    result = answer("How many hospitals took part in the BREATHE trial?", **options)
    assert result.abstained
    counted = answer("How many patients were in the BREATHE trial?", **options)
    assert not counted.abstained
    citation = counted.citations[0]
    assert any("120" in citation.quote[a - citation.start:b - citation.start] for a, b in citation.highlights)


def test_a_date_of_something_else_does_not_date_the_asked_event(options):
    # a known confident mistake until the twentieth session (calibrated 0.424 in float32, 0.427 in
    # bfloat16 since, under the 0.43 threshold; since the twenty-seventh session's reader 0.474,
    # under 0.48): the year the results are expected is not when the option was signed
    assert answer("When was the option on ZX-12 signed?", **options).abstained
    expected = answer("By when are the results that trigger Beta's option expected?", **options)
    assert not expected.abstained and any("2027" in h for h in _highlighted(expected))


@CONFIDENT_MISTAKE
def test_a_total_over_a_list_is_not_the_count_of_one_item(options):
    # 40 patients had one of four diseases: how many had COPD is not said
    assert answer("How many patients with COPD were in the ZX-12 pilot?", **options).abstained
    pilot = answer("How many patients were in the ZX-12 pilot?", **options)
    assert not pilot.abstained and any("40" in h for h in _highlighted(pilot))


def _candidates(tmp_path_factory, files: dict[str, str], question: str):
    """A small corpus indexed for real; its retriever, engine and the question's candidate passages."""
    from assistant.pipeline import get_engine
    from assistant.reading import candidate_passages

    engine = get_engine(**corpus_options(tmp_path_factory, files))
    engine.sync()
    retriever = engine.retriever()
    return engine, retriever, candidate_passages(retriever, question, engine.embedder().encode_query(question), 40, 24)


def test_a_lead_in_is_read_and_quoted_with_what_it_introduces(tmp_path_factory):
    from assistant.pipeline import get_engine
    from assistant.reading import candidate_passages

    options = corpus_options(tmp_path_factory, {"criteria.txt": CRITERIA, "deal.txt": LICENCE})
    question = "In which ways can a product be shown to be clinically superior?"
    engine = get_engine(**options)
    engine.sync()
    retriever = engine.retriever()
    passages = candidate_passages(retriever, question, engine.embedder().encode_query(question), 40, 24)
    lead_ins = [p for p in passages if p.text.startswith("A product is clinically superior")]
    assert lead_ins, [p.text for p in passages]
    for passage in lead_ins:  # never the promise alone, and the list ends at the blank line
        assert "(1) greater efficacy" in passage.text and "(3) a major contribution" in passage.text
        assert "Article 4" not in passage.text
    result = answer(question, **options)
    assert not result.abstained
    assert "(2) greater safety" in result.citations[0].quote


FORM = """Registration number
ACTRN12619000871199
Date submitted
4/04/2019
Type of registration
Prospectively registered
Public title
Investigating a new way of delivering physiotherapy in primary care to improve outcomes.
Secondary ID [1]
National Health and Medical Research Council Project grant: APP1141399
Universal Trial Number (UTN)
Trial acronym
PACT
Study type
Interventional
"""


def test_a_label_with_no_value_does_not_answer_its_own_words(tmp_path_factory):
    """"Universal Trial Number (UTN)" stands there with no value: the passage holds only the
    question's own words, so it is not read as the answer (nor is any other such echo)."""
    from assistant.answer_type import says_more
    from assistant.reading import read_passages

    question = "What is the Universal Trial Number (UTN) for the PACT study?"
    engine, retriever, passages = _candidates(tmp_path_factory, {"registry.txt": FORM}, question)
    options = {"corpus": engine.settings.corpus, "index_dir": engine.settings.index_dir}
    label = "Universal Trial Number (UTN)"
    assert any(p.text.strip() == label for p in passages)  # retrieved, and then not read
    scored = read_passages(question, passages, engine.reader(), retriever)
    assert scored and all(s.passage.text.strip() != label for s in scored)
    result = answer(question, **options)
    assert all(c.quote.strip() != label for c in result.citations), result.citations
    assert not says_more("What is the Universal Trial Number (UTN)?", "Universal Trial Number (UTN)")
    assert says_more("Is the trial randomized?", "RANDOMIZED")  # a yes-or-no question's echo answers it
    assert says_more("What is the trial acronym?", "Trial acronym: PACT")


REPEATED = """Summary of the licence

Nordwind Bio pays an upfront fee of 12 million euros to Alder Labs on signing.
Alder Labs may receive milestones of up to 80 million euros.

Full terms of the licence

Nordwind Bio pays an upfront fee of 12 million euros to Alder Labs on signing.
Royalties are tiered from 5% to 9% of net sales in Europe.

Summary of the licence

Nordwind Bio pays an upfront fee of 12 million euros to Alder Labs on signing.
"""


def test_a_sentence_a_document_repeats_under_one_heading_is_read_once(tmp_path_factory):
    """The same words under the same heading are one passage: a copy is no rival answer (as one
    it would cancel the best passage's margin over the others). Under another heading it is
    another passage, read with that heading."""
    _, retriever, passages = _candidates(tmp_path_factory, {"licence.txt": REPEATED},
                                         "What upfront fee does Nordwind Bio pay?")
    copies = [p for p in passages if p.text.startswith("Nordwind Bio pays an upfront fee")]
    assert sorted(p.section for p in copies) == ["Full terms of the licence", "Summary of the licence"]
    units = [u for u in retriever.units if u.text.startswith("Nordwind Bio pays an upfront fee")]
    assert len(units) == 3  # all three are indexed; only the reading is once per heading


HEADED = """Zelitinib prescribing summary

Zelitinib is a kinase inhibitor indicated for adults with advanced renal cell carcinoma.

4 CONTRAINDICATIONS
• Severe hepatic impairment
• Known hypersensitivity to zelitinib or to any of its excipients

5 STORAGE
Store below 25 °C in the original package.
"""


def test_a_heading_like_line_is_read_with_what_follows_it(tmp_path_factory):
    """"4 CONTRAINDICATIONS" names what the lines after it are about and answers nothing alone:
    the reader had scored such headings as answers (they hold the question's words)."""
    from assistant.documents import names_a_topic

    _, _, passages = _candidates(tmp_path_factory, {"summary.txt": HEADED},
                                 "What are the contraindications of zelitinib?")
    assert all(p.text.strip() != "4 CONTRAINDICATIONS" for p in passages)
    # read with all it introduces, up to the blank line: the whole list, not its first item
    assert any(p.text.startswith("4 CONTRAINDICATIONS\n• Severe hepatic impairment")
               and p.text.endswith("to any of its excipients") for p in passages)
    assert names_a_topic("3.3 Exploratory Objectives") and names_a_topic("Sponsors")
    assert not names_a_topic("Trial Status: Ongoing") and not names_a_topic("Phase 3")
    assert not names_a_topic("The drug is indicated.")


DEALS = """Collaboration and licence agreements

In March 2024, the Company entered into a licence agreement with Brivex Ltd for the antibody BX-12. Under the agreement, the Company received an upfront payment of $40 million. Brivex will also pay royalties.

Manufacturing
The Company makes its products at one site. Under the agreement, the site is inspected every year.
"""


def test_the_reader_reads_a_sentence_with_the_one_before_it_in_its_paragraph(tmp_path_factory):
    """"Under the agreement, ..." says which agreement only through the sentence before it: that
    sentence is read with it as context (never quoted), within its paragraph and section."""
    from assistant.reading import candidate_passages

    question = "What upfront payment did the Company receive for BX-12?"
    engine, retriever, _ = _candidates(tmp_path_factory, {"notes.txt": DEALS}, question)
    embedding = engine.embedder().encode_query(question)

    def context_of(start: str, sentences: int) -> str:
        passages = candidate_passages(retriever, question, embedding, 40, 24, context_sentences=sentences)
        return next(p for p in passages if p.text.startswith(start)).context

    first = "In March 2024, the Company entered into a licence agreement with Brivex Ltd for the antibody BX-12."
    assert context_of("Under the agreement, the Company received", 1) == first
    assert context_of("Under the agreement, the Company received", 0) == ""
    assert context_of("Brivex will also pay", 2) == first + " Under the agreement, the Company received an upfront payment of $40 million."
    assert context_of(first, 1) == ""  # the paragraph's first sentence: nothing before it in the paragraph
    # the next section's sentence is not read with the deal paragraph's, nor with its own heading line
    assert context_of("Under the agreement, the site", 1) == "The Company makes its products at one site."
    assert context_of("The Company makes its products", 1) == ""


VALUE_NAMED = {
    "supply.txt": """Supply Agreement between Kestrel Pharma and Orla Biosciences

Kestrel Pharma and Orla Biosciences signed a supply agreement for OB-7 in March 2024. Under the agreement, Orla Biosciences manufactures OB-7 and supplies it to Kestrel Pharma at an agreed transfer price. Kestrel Pharma paid Orla Biosciences an upfront fee of 20 million euros on signing, and the agreement runs for ten years.
""",
    "licence.txt": """Licence Agreement between Tern Labs and Brook Therapeutics

Tern Labs granted Brook Therapeutics an exclusive licence to BT-3 in Japan in June 2023. Brook Therapeutics buys BT-3 from Tern Labs at a transfer price of 45 euros per vial. Brook Therapeutics also pays Tern Labs royalties on net sales of BT-3.
""",
}


def test_a_value_named_but_not_given_is_not_answered(tmp_path_factory):
    """"What transfer price ...?": the sentence that names the price without giving it ("an
    agreed transfer price") is what the question is about, so the documents don't give it; not
    that sentence, nor another number near it, is the answer. Where the price is given, it is."""
    options = corpus_options(tmp_path_factory, VALUE_NAMED)
    unknown = answer("What transfer price does Kestrel Pharma pay Orla Biosciences for OB-7?", **options)
    assert unknown.abstained, unknown.text
    known = answer("What transfer price does Brook Therapeutics pay for BT-3?", **options)
    assert not known.abstained and "**45 euros**" in known.text, known.text
    # a product's code is not a rate: "royalties on net sales of BT-3" gives none
    royalty = answer("What royalty rate does Brook Therapeutics pay Tern Labs?", **options)
    assert royalty.abstained, royalty.text
    fee = answer("What upfront fee did Kestrel Pharma pay?", **options)
    assert "**20 million euros**" in fee.text, fee.text


def test_questions_that_name_the_value_they_want():
    from assistant.answer_type import asked_kind, holds_value, names_a_value

    for question in ("What royalty rate does Brook pay?", "What is the amount of the breakup fee?",
                     "Which dose of OB-7 was given?", "What upfront payment did Kestrel make?",
                     "What transfer price per vial applies?", "What was the objective response rate?"):
        assert names_a_value(question), question
        assert asked_kind(question) is None  # read beside the others, not filtered out before reading
    for question in ("What milestone triggers the CVR payment?", "What type of payment is due?",
                     "Which kind of fee applies?", "What was the primary endpoint?", "Who pays the royalties?"):
        assert not names_a_value(question), question
    for text in ("45 euros per vial", "$57.00 per share", "three years", "30-40%", "a 2:1 ratio", "Q3 2024",
                 "from the low-teens to low-twenties"):
        assert holds_value(text), text
    for text in ("net sales of BT-3", "NCT01234567", "COVID-19 vaccines", "an agreed transfer price"):
        assert not holds_value(text), text


def test_a_count_that_is_the_questions_own_number_is_no_answer(options):
    """"How many of the 40 patients had COPD?": the 40 is the question's premise; the pilot's
    sentence gives no count per disease, so there is no answer. Without the premise, 40 is one."""
    from assistant.answer_type import gives_new_number

    result = answer("How many of the 40 patients in the ZX-12 pilot had COPD?", **options)
    assert result.abstained, result.text
    pilot = answer("How many patients were in the ZX-12 pilot?", **options)
    assert not pilot.abstained and any("40" in h for h in _highlighted(pilot)), pilot.text
    assert not gives_new_number("How many of the 1,200 patients had lupus?", "1200")
    assert gives_new_number("How many of the 46 patients had lupus?", "12 of 46")
    assert gives_new_number("How many sites?", "forty")

