"""Document loading, noise marking, segmentation and titles."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assistant.documents import (DocumentError, build_document, iter_corpus, load_document,
                                 mark_noise, segment, table_context)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdfutil import make_pdf  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))

NOISE_LINES = {
    "000_8af6616ffce0cea9.txt": ["Share this article:", "Alice Melão avatar"],
    "001_4180fd55b73b3fa4.txt": ["top of page", "Photo du rédacteur: Maïa Klzn"],
    "002_b79911ed87769d5b.txt": [
        "Get a concise snapshot of the trial, including recruitment status, study phase, "
        "enrollment targets, and key timeline milestones."],
    "004_2ef9cccabb6fb538.txt": ["Loading..."],
}


def _unit_texts(doc):
    return [doc.text[u.start:u.end] for u in doc.units]


def test_seed_files_exist():
    assert len(SEED_FILES) >= 5


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_plain_text_is_exact_file_content_and_units_slice_it(path):
    doc = load_document(path)
    assert doc.text == path.read_bytes().decode("utf-8")
    assert doc.source == path.name
    assert doc.warnings == ()
    assert doc.units, "a seed document has citable units"
    for unit in doc.units:
        assert 0 <= unit.start < unit.end <= len(doc.text)
        piece = doc.text[unit.start:unit.end]
        assert piece == piece.strip(), f"unit not trimmed: {piece!r}"
        assert piece.strip()
        assert unit.kind in ("sentence", "line")
    starts = [u.start for u in doc.units]
    assert starts == sorted(starts)
    for a, b in zip(doc.units, doc.units[1:]):
        assert a.end <= b.start, "units overlap"


@pytest.mark.parametrize("name,lines", sorted(NOISE_LINES.items()))
def test_seed_noise_lines_marked_and_excluded_from_units(name, lines):
    path = SEEDS / name
    raw = path.read_text(encoding="utf-8")
    doc = load_document(path)
    assert doc.text == raw  # noise is marked, never cut out
    for line in lines:
        pos = raw.index(line)
        end = pos + len(line)
        assert any(s.start <= pos and end <= s.end for s in doc.noise), f"{line!r} not noise"
        for u in doc.units:
            assert u.end <= pos or u.start >= end, f"{line!r} overlaps unit {doc.text[u.start:u.end]!r}"
        assert all(line not in t for t in _unit_texts(doc))


def test_noise_does_not_swallow_content():
    doc = load_document(SEEDS / "001_4180fd55b73b3fa4.txt")
    texts = " ".join(_unit_texts(doc))
    assert "randomising 220 patients" in texts
    for span in doc.noise:
        assert "220 patients" not in doc.text[span.start:span.end]


def test_mark_noise_and_segment_on_synthetic_text():
    text = ("Trial News\n\nShare this article:\nLoading...\ntop of page\n"
            "The randomised trial enrolled 30 patients across four hospitals in two countries. "
            "It met its primary endpoint of improved survival at eighteen months.\n")
    noise = mark_noise(text)
    noisy = {text[s.start:s.end] for s in noise}
    assert {"Share this article:", "Loading...", "top of page"} <= noisy
    units = segment(text, tuple(noise))
    texts = [text[u.start:u.end] for u in units]
    assert "The randomised trial enrolled 30 patients across four hospitals in two countries." in texts
    assert "It met its primary endpoint of improved survival at eighteen months." in texts
    assert not any("Share" in t or "Loading" in t for t in texts)


def test_sentence_splitting_keeps_abbreviations_and_decimals():
    text = "Dr. Smith led the study with 2.5 mg doses. The results were positive.\n"
    doc = build_document("x.txt", text)
    texts = _unit_texts(doc)
    assert texts == ["Dr. Smith led the study with 2.5 mg doses.", "The results were positive."]


@pytest.mark.parametrize("name,expected", [
    ("000_8af6616ffce0cea9.txt", "ILT-101"),
    ("001_4180fd55b73b3fa4.txt", "MIROCALS"),
    ("002_b79911ed87769d5b.txt", "ILT-101"),
])
def test_seed_titles_are_sensible(name, expected):
    doc = load_document(SEEDS / name)
    assert expected in doc.title
    assert len(doc.title) <= 200
    assert "Share" not in doc.title and "top of page" not in doc.title


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_every_seed_title_is_nonempty_and_not_noise(path):
    doc = load_document(path)
    assert doc.title.strip()
    assert doc.title.strip().lower() not in ("top of page", "share this article:", "loading...")


def test_markdown_title_from_heading_and_text_exact(tmp_path):
    raw = "# Zebra Trial Report\n\nThe zebra trial enrolled 12 horses.\n\n## Results\n\nAll were striped.\n"
    path = tmp_path / "report.md"
    path.write_text(raw, encoding="utf-8")
    doc = load_document(path)
    assert doc.text == raw
    assert doc.title == "Zebra Trial Report"
    texts = _unit_texts(doc)
    assert "The zebra trial enrolled 12 horses." in texts
    assert not any(t.startswith("#") for t in texts)
    striped = [u for u in doc.units if doc.text[u.start:u.end] == "All were striped."]
    assert striped and striped[0].section == "Results"


def test_html_loader_title_scripts_styles_and_text(tmp_path):
    html = """<!doctype html><html><head><title>Quokka Study Page</title>
<style>body { color: red; } .secretstyle {}</style>
<script>var secretScript = "do not index";</script></head>
<body><nav>Home Menu</nav><h1>Quokka heading</h1>
<p>The quokka study enrolled 77 participants in Perth.</p>
<p>Results   were&nbsp;encouraging.</p>
<script>console.log("another secret")</script></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    doc = load_document(path)
    assert doc.title == "Quokka Study Page"
    assert "The quokka study enrolled 77 participants in Perth." in doc.text
    assert "Results were encouraging." in doc.text
    for secret in ("secretScript", "secretstyle", "color: red", "another secret", "<p>"):
        assert secret not in doc.text
    texts = _unit_texts(doc)
    assert "The quokka study enrolled 77 participants in Perth." in texts
    for u in doc.units:
        assert doc.text[u.start:u.end].strip()


def test_html_table_rows_become_lines_of_cells(tmp_path):
    """A table's row is one line, "label | value", so a value is read and cited with its label;
    spacer cells go and a currency sign in its own cell joins the number; one table's rows stay
    together under its caption."""
    html = """<html><body><p>The licence terms follow.</p>
<table><caption>Table 2: Financial terms</caption>
<tr><th>Term</th><th></th><th>Amount</th></tr>
<tr><td>Upfront payment</td><td>$</td><td>50.0</td><td></td></tr>
<tr><td>Royalty rate</td><td>12</td><td>%</td></tr></table>
<table><tr><td><table><tr><td>Inner cell</td><td>nested</td></tr></table></td></tr></table>
<p>Nothing else is due.</p></body></html>"""
    path = tmp_path / "deal.html"
    path.write_text(html, encoding="utf-8")
    doc = load_document(path)
    assert "Table 2: Financial terms\n\nTerm | Amount\nUpfront payment | $50.0\nRoyalty rate | 12%\n" in doc.text
    assert "Inner cell | nested" in doc.text  # a layout table's nested table keeps its rows
    texts = _unit_texts(doc)
    assert "Upfront payment | $50.0" in texts and "Nothing else is due." in texts
    assert table_context(doc.text, doc.text.index("Royalty rate")) == "Table 2: Financial terms · Term | Amount"


def test_table_context_is_caption_and_header_rows():
    text = ("Efficacy was measured at week 16.\n\n"
            "Table 3: Efficacy at Week 16 in Trials A and B\n"
            " | Trial A | Trial B\n"
            " | Drug | Placebo | Drug | Placebo\n"
            "Number of subjects | 283 | 141 | 281 | 146\n"
            "Responders | 43% | 13% | 33% | 11%\n\n"
            "| Arm | Dose |\n|---|---|\n| A | 5 mg |\n")
    header = "Table 3: Efficacy at Week 16 in Trials A and B · Trial A | Trial B / Drug | Placebo | Drug | Placebo"
    assert table_context(text, text.index("Responders")) == header
    assert table_context(text, text.index("Number of subjects") + 3) == header
    assert table_context(text, text.index(" | Trial A")) == "Table 3: Efficacy at Week 16 in Trials A and B"
    assert table_context(text, text.index("Efficacy was")) == ""  # prose
    assert table_context(text, text.index("| A | 5 mg")) == "Arm | Dose"  # markdown: separator row skipped
    assert table_context(text, text.index("|---|")) == ""


def test_html_without_text_is_an_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title><script>1</script></head><body></body></html>")
    with pytest.raises(DocumentError, match="empty.html"):
        load_document(path)


def test_pdf_text_extraction_and_page_numbers(tmp_path):
    path = tmp_path / "tiny.pdf"
    path.write_bytes(make_pdf(["Alpha trial enrolled 42 patients.",
                               "Second page mentions zebra outcomes."], title="Tiny Test PDF"))
    doc = load_document(path)
    assert "Alpha trial enrolled 42 patients." in doc.text
    assert "Second page mentions zebra outcomes." in doc.text
    assert doc.title == "Tiny Test PDF"
    assert len(doc.page_starts) == 2
    first = doc.text.index("Alpha")
    second = doc.text.index("Second page")
    assert doc.page_of(first) == 1
    assert doc.page_of(second) == 2
    texts = _unit_texts(doc)
    assert "Alpha trial enrolled 42 patients." in texts
    assert "Second page mentions zebra outcomes." in texts


def test_pdf_without_title_metadata_gets_a_title(tmp_path):
    path = tmp_path / "untitled.pdf"
    path.write_bytes(make_pdf(["Beta study reported a hazard ratio of 0.5."]))
    doc = load_document(path)
    assert doc.title  # from the text or file name, never empty
    assert doc.page_of(0) == 1


def test_corrupt_pdf_raises_document_error_naming_file(tmp_path):
    path = tmp_path / "broken_report.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog garbage garbage \x00\xff\xfe")
    with pytest.raises(DocumentError) as info:
        load_document(path)
    assert "broken_report.pdf" in str(info.value)


def test_truncated_pdf_raises_document_error(tmp_path):
    path = tmp_path / "truncated.pdf"
    path.write_bytes(make_pdf(["Some text here."])[:60])
    with pytest.raises(DocumentError, match="truncated.pdf"):
        load_document(path)


def test_non_utf8_text_loads_with_warning(tmp_path):
    raw = "Caf\u00e9 na\u00efve r\u00e9sum\u00e9 \u2014 the trial was positive.\n".encode("cp1252")
    path = tmp_path / "legacy.txt"
    path.write_bytes(raw)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    doc = load_document(path)
    assert "Café naïve résumé — the trial was positive." in doc.text
    assert doc.warnings
    warning = " ".join(doc.warnings)
    assert "legacy.txt" in warning
    assert "UTF-8" in warning and "cp1252" in warning


def test_binary_file_with_nul_is_an_error(tmp_path):
    path = tmp_path / "data.txt"
    path.write_bytes(b"abc\x00\x01\x02def" * 10)
    with pytest.raises(DocumentError, match="data.txt"):
        load_document(path)


@pytest.mark.parametrize("name", ["sheet.docx", "image.png", "noext"])
def test_unsupported_suffix_is_an_error(tmp_path, name):
    path = tmp_path / name
    path.write_text("hello world")
    with pytest.raises(DocumentError) as info:
        load_document(path)
    assert name in str(info.value)
    assert "unsupported" in str(info.value)


def test_missing_file_is_document_error(tmp_path):
    with pytest.raises(DocumentError, match="ghost.txt"):
        load_document(tmp_path / "ghost.txt")


def test_iter_corpus_sorted_supported_and_skips_hidden(tmp_path):
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.md").write_text("a")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text("<p>c</p>")
    (tmp_path / "skip.docx").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "d.txt").write_text("x")
    found = list(iter_corpus(tmp_path))
    assert [s for s, _ in found] == ["a.md", "b.txt", "sub/c.html"]
    assert all(p.is_file() for _, p in found)


def test_iter_corpus_orders_and_filters_like_a_path_walk(tmp_path):
    """The fast walk yields what ``sorted(Path.rglob("*"))`` with the same filters yields:
    folders sort by name before their files' names ("a/" before "a-b/"), private uploads under
    ``.uploads`` are kept, other hidden folders and files are not, and upper-case suffixes count."""
    from assistant.config import SUPPORTED_SUFFIXES
    from assistant.uploads import is_private

    for name in ["a-b/x.txt", "a/y.txt", "a/z/w.PDF", "A.TXT", ".uploads/k1/p.txt", ".cache/q.txt",
                 "a/.h.txt", "notes.docx", "deep/er/still/deeper/v.md", ".uploads/0123456789abcdef/p.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    private = next(s for s, _ in iter_corpus(tmp_path) if s.startswith(".uploads/"))
    assert is_private(private)
    reference = []
    for path in sorted(tmp_path.rglob("*")):
        rel = path.relative_to(tmp_path)
        if any(part.startswith(".") for part in rel.parts) and not is_private(rel.as_posix()):
            continue
        if path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES:
            reference.append((rel.as_posix(), path))
    assert list(iter_corpus(tmp_path)) == reference
    assert [s for s, _ in reference] == [".uploads/0123456789abcdef/p.md", "A.TXT", "a/y.txt", "a/z/w.PDF",
                                         "a-b/x.txt", "deep/er/still/deeper/v.md"]


def test_form_labels_pair_with_values_but_not_with_other_field_names():
    from assistant.documents import build_document, unit_label

    text = ("Total Enrollment\n\n100 participants\n\nPrimary purpose\nAllocation\nInterventional model\n"
            "Masking\n30 participants in 2 patient groups\n\nHopital Nord\n\nLyon, , France\n\nSite Status\n\n"
            "Klinikum Ost\n\nBerlin, , Germany\n\nSite Status\n\nHospital Sur\n\nMadrid, , Spain\n\nSite Status\n\n"
            "Clinica Oeste\n\nPorto, , Portugal\n\nSite Status\n")
    doc = build_document("form.txt", text)
    labels = {doc.text[u.start:u.end]: unit_label(doc, i) for i, u in enumerate(doc.units)}
    assert labels["100 participants"] == "Total Enrollment"
    assert labels["Lyon, , France"] == "Hopital Nord"
    # a run of field names listed without values: none labels the next
    assert labels["Interventional model"] == ""
    assert labels["30 participants in 2 patient groups"] == ""
    # "Site Status" repeated with a different line after it each time labels nothing
    assert labels["Klinikum Ost"] == "" and labels["Clinica Oeste"] == ""
    # field names in sentence case ("Date registered") label their values as Title Case ones do;
    # a value with digits labels nothing
    form = build_document("registry.txt", "Registration number\nACTRN12619000871199\nDate registered\n"
                                          "19/06/2019\nTrial acronym\nPACT\n")
    labels = {form.text[u.start:u.end]: unit_label(form, i) for i, u in enumerate(form.units)}
    assert labels["ACTRN12619000871199"] == "Registration number"
    assert labels["19/06/2019"] == "Date registered" and labels["PACT"] == "Trial acronym"
    assert labels["Date registered"] == ""


def test_segmenting_is_linear_in_document_size():
    """Noise lookups are a binary search: a document twice as long takes about twice as long
    (not four times), and lines marked as noise are still skipped."""
    import time

    from assistant.documents import build_document

    block = ("The committee met in March and approved the budget of 4.2 million euros. "
             "Members discussed the schedule at length.\nShare this article\nBack to top\n") * 10

    def cost(repeat: int) -> float:
        text = block * repeat
        started = time.perf_counter()
        doc = build_document("long.txt", text)
        elapsed = time.perf_counter() - started
        assert not any("Share this article" in text[u.start:u.end] for u in doc.units)
        return elapsed

    cost(50)  # warm up
    small, large = min(cost(200) for _ in range(2)), min(cost(800) for _ in range(2))
    assert large / small < 8, (small, large)  # quadratic would be ~16


@pytest.mark.parametrize("name,text,title", [
    ("labatt_brewing_company.txt", "Labatt Brewing Company\n\nLABATT BREWING COMPANY LIMITED is a "
     "brewery in Canada, founded in 1847 in London, Ontario. It is the largest brewer.\n",
     "Labatt Brewing Company"),
    ("registry.txt", "Status and phase\nConditions\nTreatments\n\nThe study is recruiting now.\n", None),
    ("world_factbook_iceland.txt", "Background: Settled by Norwegian and Celtic immigrants during "
     "the late 9th and 10th centuries A.D., Iceland boasts the world's oldest functioning "
     "legislative assembly.\n", "world factbook iceland"),
])
def test_titles_from_a_short_first_line_or_a_wordy_file_name(name, text, title):
    from assistant.documents import build_document

    doc = build_document(name, text)
    if title is None:
        assert doc.title != "Status and phase"  # a field label, not the document's name
    else:
        assert doc.title == title


WRAPPED = """Stock assessment report

Eggs and larvae of the stock are planktonic for a period of about 90
days and appear to be sensitive to environmental conditions. The recent
5-year average catch has been 1.378 million t, and the fleet took up to
45% of the quota in winter. The committee cited the 2018 standards (Washington,
D.C.: April 2021) in the review.

Survey sites:
- Lake sites sampled in August, with the depth of each site recorded at
  the surface and at the bottom
- River sites

Station   Depth   Catch
North     40 m    1,200 t
South     55 m    900 t

E.1.1 Medical condition being investigated: Malaria
E.1.2 Rare disease: No
Start Date: September 2014
Primary Completion Date: July 2015
"""


def test_hard_wrapped_prose_is_segmented_into_whole_sentences():
    """Text wrapped at a fixed width (PDF extraction, plain-text reports) breaks sentences at
    every line end; a unit is the whole sentence, its offsets exact across the line breaks."""
    doc = build_document("report.txt", WRAPPED)
    texts = _unit_texts(doc)
    assert ("Eggs and larvae of the stock are planktonic for a period of about 90\n"
            "days and appear to be sensitive to environmental conditions.") in texts
    assert ("The recent\n5-year average catch has been 1.378 million t, and the fleet took up to\n"
            "45% of the quota in winter.") in texts
    assert "The committee cited the 2018 standards (Washington,\nD.C.: April 2021) in the review." in texts
    assert "Lake sites sampled in August, with the depth of each site recorded at\n  the surface and at the bottom" \
        in texts
    for unit in doc.units:
        assert doc.text[unit.start:unit.end].strip() == doc.text[unit.start:unit.end]


def test_form_fields_tables_and_list_items_are_never_joined_as_wrapped_lines():
    doc = build_document("report.txt", WRAPPED)
    texts = _unit_texts(doc)
    for line in ("River sites", "North     40 m    1,200 t", "South     55 m    900 t",
                 "E.1.1 Medical condition being investigated: Malaria", "E.1.2 Rare disease: No",
                 "Start Date: September 2014", "Primary Completion Date: July 2015", "Survey sites:"):
        assert line in texts, line


def test_lines_of_a_document_written_one_paragraph_per_line_stay_apart():
    """An unbulleted list (eligibility criteria) in a page whose paragraphs are single lines:
    its items are not a wrapped sentence."""
    text = ("The trial tests a low dose of the drug in adults with the disease, measuring the change in "
            "the primary score over one year against placebo in two parallel groups of patients.\n"
            "Exclusion criteria\n"
            "Poor venous access not allowing repeated blood tests\n"
            "Vaccination with live attenuated virus in the months preceding the inclusion\n"
            "Surgery with general anaesthesia during the last 2 months or surgery planned\n")
    texts = _unit_texts(build_document("criteria.txt", text))
    assert "Poor venous access not allowing repeated blood tests" in texts
    assert "Vaccination with live attenuated virus in the months preceding the inclusion" in texts


def test_initials_do_not_end_a_sentence():
    text = "The violins were made by T. Borman, A.T. King and G. Rabut in 2008. They were compared.\n"
    assert _unit_texts(build_document("x.txt", text)) == [
        "The violins were made by T. Borman, A.T. King and G. Rabut in 2008.", "They were compared."]


def test_a_wrapped_sentence_is_rendered_as_one_sentence_and_quoted_exactly():
    from assistant.render import Quote, compose

    doc = build_document("report.txt", WRAPPED)
    start = WRAPPED.index("Eggs")
    end = WRAPPED.index("conditions.") + len("conditions.")
    at = WRAPPED.index("90\ndays")
    result = compose([Quote("report.txt", start, end, highlights=((at, at + len("90\ndays")),))],
                     {"report.txt": doc})
    assert result.text == ("Eggs and larvae of the stock are planktonic for a period of about **90 days** and "
                           "appear to be sensitive to environmental conditions. [1]")
    assert result.citations[0].quote == WRAPPED[start:end]  # the line break kept in the quote
    # a form's lines still read as fields
    fields = compose([Quote("report.txt", WRAPPED.index("Start Date"), WRAPPED.index("July 2015") + 9)],
                     {"report.txt": doc})
    assert fields.text == "Start Date: September 2014: Primary Completion Date: July 2015. [1]"


RECORD = """== protocolSection ==
identificationModule:
nctId: NCT00000001
organization:
fullName: Example Pharma Ltd.
class: INDUSTRY
briefTitle: A Study of Drug X in Adults With Condition Y
officialTitle: A Randomized, Double-Blind Study of Drug X Versus Placebo in Adults With Condition Y
descriptionModule:
briefSummary: This was a 12-week study of drug X in adults with condition Y, assessing safety.
armGroups [1]:
type: EXPERIMENTAL
description: Participants received drug X 10 mg once daily for twelve weeks in the study.
eligibilityModule:
eligibilityCriteria: Exclusion Criteria:

1. Prior treatment with drug X
2. Pregnancy
3. History of liver disease
4. Patients who received any investigational product within 30 days before the screening visit.
5. Patients with a known allergy to any of the components of drug X or to its excipients.
"""


def test_a_record_written_as_fields_is_named_by_its_title_field_and_its_fields_head_no_section():
    """A registry record exported as "key: value" lines: the title field names it, and a field
    with its value ("class: INDUSTRY", "type: EXPERIMENTAL") is no heading for what follows;
    nor is a numbered item in a list ("3. History of liver disease")."""
    doc = build_document("record.txt", RECORD)
    assert doc.title == "A Study of Drug X in Adults With Condition Y"
    sections = {doc.text[u.start:u.end]: u.section for u in doc.units}
    assert sections["briefSummary: This was a 12-week study of drug X in adults with condition Y, "
                    "assessing safety."] == "descriptionModule"
    assert sections["description: Participants received drug X 10 mg once daily for twelve weeks "
                    "in the study."] == "descriptionModule"
    assert not any(s.startswith(("class:", "type:", "History of")) for s in sections.values())
    assert sections["nctId: NCT00000001"] == "protocolSection"  # "== protocolSection ==" heads it


def test_a_collection_of_records_is_not_named_after_its_first_record():
    text = "".join(f"PubmedArticle:\nPMID: {n}\nArticleTitle: Finding number {n} in a cohort of mice.\n"
                   f"AbstractText: We studied {n} mice over a year and report what we found in them.\n\n"
                   for n in (101, 102))
    doc = build_document("abstracts_three_records.txt", text)
    assert "Finding number" not in doc.title


def test_a_numbered_heading_after_prose_still_heads_a_section():
    text = ("Overview of the programme and its aims in the coming years, written for the board.\n\n"
            "1. Introduction\nThe programme began in 2019 and has enrolled 40 sites so far in total.\n")
    doc = build_document("report.txt", text)
    unit = next(u for u in doc.units if doc.text[u.start:u.end].startswith("The programme began"))
    assert unit.section == "Introduction"



LABEL = """2 DOSAGE AND ADMINISTRATION

2.1 Important Dosage Information

Take the tablets orally once daily at any time of the day, with or without food.

2.2 Recommended Dosage in Adult Patients

The recommended starting dosage is 10 mg to 20 mg once daily.

2.3 Recommended Dosage in Pediatric Patients 10 Years of Age and Older with HeFH

The recommended starting dosage is 10 mg once daily.

"""


def test_a_numbered_section_title_longer_than_other_headings_heads_its_section():
    """"2.2 Recommended Dosage in Adult Patients" is seven words, "2.3 … with HeFH" sixteen: their
    numbers say they are section titles, so the sentences under them are read with them (the
    adult and the paediatric dose are told apart). A numbered value is not a section title."""
    doc = build_document("label.txt", LABEL)
    sections = {doc.text[u.start:u.end]: u.section for u in doc.units}
    assert sections["The recommended starting dosage is 10 mg to 20 mg once daily."] == \
        "2.2 Recommended Dosage in Adult Patients"
    assert sections["The recommended starting dosage is 10 mg once daily."] == \
        "2.3 Recommended Dosage in Pediatric Patients 10 Years of Age and Older with HeFH"
    from assistant.documents import _is_numbered_heading
    assert not _is_numbered_heading("2.5 mg once daily in adults with moderate renal impairment of any cause")
    assert not _is_numbered_heading("3.1 Dose escalation: 10 mg, 20 mg and 40 mg cohorts")  # a field and its value


REGISTER = """A. Protocol Information
A.2 EudraCT number: 2021-002179-21
B.4.2 Country: France
B.5 Contact point designated by the sponsor for further information on the trial
B.5.1 Name of organisation: Example Science
B.5.2 Functional name of contact point: Regulatory Office
D.3 Description of the IMP
D.3.1 Product name: Examplinib
D.3.4 Pharmaceutical form: Film-coated tablet
D.3.4.1 Specific paediatric formulation: No
"""


def test_a_numbered_title_above_its_own_subsections_heads_them_and_a_numbered_field_does_not():
    doc = build_document("register.txt", REGISTER)
    sections = {doc.text[u.start:u.end]: u.section for u in doc.units}
    assert sections["B.5.1 Name of organisation: Example Science"] == \
        "B.5 Contact point designated by the sponsor for further information on the trial"
    assert sections["D.3.1 Product name: Examplinib"] == "D.3 Description of the IMP"
    # a field with its value, numbered or not, is no heading for what follows it
    assert sections["D.3.4.1 Specific paediatric formulation: No"] == "D.3 Description of the IMP"
    assert sections["B.5 Contact point designated by the sponsor for further information on the trial"] != \
        "B.4.2 Country: France"


@pytest.mark.parametrize("source,title,expected", [
    ("01_ema-leaflet_ontozry_cenobamate.txt", "What is in this leaflet",
     "ema-leaflet ontozry cenobamate — What is in this leaflet"),
    ("sub/10q_organon_q2_2021_licences.txt", "Item 2. Management's Discussion",
     "10q organon q2 2021 licences — Item 2. Management's Discussion"),
    ("000_8af6616ffce0cea9.txt", "Low-dose IL-2 in ALS", "Low-dose IL-2 in ALS"),  # an id names nothing
    ("scan.pdf", "Annual report", "Annual report"),  # one word: not a name
    ("keros_results.txt", "Keros Therapeutics Reports Results", "Keros Therapeutics Reports Results"),  # adds nothing
    ("labatt_brewing_company.txt", "", "labatt brewing company"),
])
def test_the_reader_knows_a_document_by_its_title_and_its_file_name(source, title, expected):
    from assistant.documents import reading_title

    assert reading_title(title, source) == expected
