"""The hand-written extractive answerer (`answerer="rules"`) on a small corpus of its own: a registry-style page and a prose page.

These pin general behaviour (not the seed documents): field groups under page-blurb headings,
plural questions that list every item, definitions, hyphenated words written apart, and the
abstention when the very thing asked for is never named.
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


@pytest.fixture(scope="module")
def options(tmp_path_factory):
    # the hand-written answerer's own tests (the learned reader, the default, has tests/test_reader.py)
    return {**corpus_options(tmp_path_factory, {"registry.txt": REGISTRY, "breathe.txt": PROSE, "deal.txt": DEAL}),
            "answerer": "rules"}


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


def test_plural_question_lists_every_matching_item_with_its_label(options):
    result = answer("Which French hospitals took part in the ZX-12 asthma study?", **options)
    assert not result.abstained
    quotes = " | ".join(c.quote for c in result.citations)
    assert "Hopital Saint Louis" in quotes and "Paris, , France" in quotes
    assert "Hopital Nord" in quotes and "Lyon, , France" in quotes
    assert "Hamburg" not in quotes and "Mexico" not in quotes


def test_places_outside_an_excluded_region(options):
    result = answer("Did the ZX-12 asthma study have sites outside Europe?", **options)
    assert not result.abstained
    highlighted = [c.quote[a - c.start:b - c.start] for c in result.citations for a, b in c.highlights]
    assert any("Mexico" in h for h in highlighted)
    assert not any(country in h for h in highlighted for country in ("France", "Germany"))


def test_definition_question_highlights_the_definition(options):
    result = answer("What is FeNO?", **options)
    assert not result.abstained
    citation = result.citations[0]
    assert [citation.quote[a - citation.start:b - citation.start] for a, b in citation.highlights] == [
        "fractional exhaled nitric oxide"]
    assert "**fractional exhaled nitric oxide** (FeNO)" in result.text


def test_hyphenated_word_matches_when_written_apart(options):
    result = answer("Is BREATHE placebo-controlled?", **options)
    assert not result.abstained
    assert "placebo controlled" in result.citations[0].quote


def test_asked_for_thing_never_named_abstains(options):
    # "revenues" appears nowhere: an answer would have to be about something else.
    result = answer("What were Acme Therapeutics' annual revenues?", **options)
    assert result.abstained
    assert result.citations == []


def test_a_count_of_something_else_is_not_the_answer(options):
    # "120 patients" and "4 countries" count other things than hospitals.
    result = answer("How many hospitals took part in the BREATHE trial?", **options)
    assert result.abstained
    counted = answer("How many patients were in the BREATHE trial?", **options)
    assert not counted.abstained
    citation = counted.citations[0]
    assert any("120" in citation.quote[a - citation.start:b - citation.start] for a, b in citation.highlights)


def test_overview_question_quotes_the_document_about_its_subject(options):
    result = answer("Tell me about the BREATHE trial.", **options)
    assert not result.abstained
    assert {c.source for c in result.citations} == {"breathe.txt"}
    assert any("The BREATHE trial is a randomized" in c.quote for c in result.citations)
    assert answer("Tell me about aspirin.", **options).abstained


def _highlighted(result) -> list[str]:
    return [c.quote[a - c.start:b - c.start] for c in result.citations for a, b in c.highlights]


def test_an_amount_named_as_another_kind_of_payment_is_not_the_answer(options):
    upfront = answer("How much does Acme get upfront from Beta?", **options)
    assert not upfront.abstained
    assert any("5 million euros" in h for h in _highlighted(upfront))
    assert "90 million" not in " ".join(_highlighted(upfront))
    # the annual payments are named, but with no amount: the 5 million is not theirs
    assert answer("How large are the annual payments Beta will make to Acme?", **options).abstained


def test_a_date_of_something_else_does_not_date_the_asked_event(options):
    assert answer("When was the option on ZX-12 signed?", **options).abstained
    expected = answer("By when are the results that trigger Beta's option expected?", **options)
    assert not expected.abstained and any("2027" in h for h in _highlighted(expected))


def test_a_total_over_a_list_is_not_the_count_of_one_item(options):
    # 40 patients had one of four diseases: how many had COPD is not said
    assert answer("How many patients with COPD were in the ZX-12 pilot?", **options).abstained
    pilot = answer("How many patients were in the ZX-12 pilot?", **options)
    assert not pilot.abstained and any("40" in h for h in _highlighted(pilot))
