"""`assistant eval` end to end on a tiny corpus and dataset, with a temporary index.

Asserts what the tool reports and writes, not how good the answers are."""

from __future__ import annotations

import json
import re

import pytest

from assistant.cli import main
from assistant.evals.cli import _resolve_options, parse_setting

DOC_DEAL = """Acme and Beta sign licence deal

Acme Pharma will receive 8 million euros from Beta Corp up front under the licence agreement.
Acme will also receive milestones worth up to 40 million euros.
The drug, AC-101, is meant to treat systemic lupus erythematosus.
"""
DOC_TRIAL = """The HELIOS trial

The HELIOS trial enrolled 120 patients across 9 sites in France.
Its primary endpoint was survival at 12 months.
Results are expected in 2027.
"""

ITEMS = [
    {"id": "upfront", "question": "How much will Acme receive up front from Beta Corp?",
     "answerable": True, "gold_sources": ["deal.txt"], "facts": [["8 million euros"]],
     "gold_quotes": [], "tags": ["deal"]},
    {"id": "helios-endpoint-followup",
     "history": [{"role": "user", "content": "How many patients did the HELIOS trial enroll?"}],
     "question": "And what was its primary endpoint?", "answerable": True,
     "gold_sources": ["trial.txt"], "facts": [["survival at 12 months"]],
     "tags": ["follow-up", "endpoint"]},
    {"id": "royalty", "question": "What royalty rate <script>alert(1)</script> does Acme get?",
     "answerable": False, "gold_sources": ["deal.txt"], "facts": [], "tags": ["unanswerable"]},
    {"id": "offtopic", "question": "What is the capital of Australia?", "answerable": False,
     "facts": [], "tags": ["unanswerable", "off-topic"]},
]


@pytest.fixture(scope="module")
def eval_setup(tmp_path_factory):
    """A two-document corpus and its index (built by the first run, reused by the next)."""
    tmp_path = tmp_path_factory.mktemp("evalcli")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "deal.txt").write_text(DOC_DEAL)
    (corpus / "trial.txt").write_text(DOC_TRIAL)
    dataset = tmp_path / "mini.jsonl"
    lines = [json.dumps(i) for i in ITEMS]
    lines.insert(2, '{"id": "broken", "question": "Q?", "answerable": true, "facts": "x"}')
    dataset.write_text("\n".join(lines) + "\n")
    store = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    return dataset, store, tmp_path


def _self_contained(html: str) -> None:
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert "<script" not in html.lower()
    assert "<link" not in html.lower()
    assert "@import" not in html and "url(" not in html


def test_eval_cli_end_to_end(eval_setup, capsys):
    dataset, store, tmp = eval_setup
    out_json, out_html = tmp / "out" / "results.json", tmp / "out" / "report.html"
    code = main(["eval", str(dataset), *store, "--json", str(out_json), "--html", str(out_html),
                 "--quiet", "--k", "1"])
    assert code == 0
    captured = capsys.readouterr()
    assert "mini.jsonl:3: \"facts\" must be a list of lists of strings" in captured.err
    for label in ("Answer accuracy", "Citation validity", "Citation recall (ALCE)",
                  "Citation precision (ALCE)", "Gold-document coverage", "Retrieval recall@1",
                  "Retrieval MRR", "Abstention (unanswerable)", "False abstention (answerable)",
                  "Latency p50 (ms)", "Latency p95 (ms)"):
        assert label in captured.out

    data = json.loads(out_json.read_text())
    assert data["dataset_errors"] and data["k"] == 1
    (run,) = data["runs"]
    summary = run["summary"]
    for key in ("answer_accuracy", "citation_validity", "abstention_rate", "false_abstention_rate",
                "citation_recall", "citation_precision", "gold_doc_coverage", "recall_at_k", "mrr",
                "latency_p50_ms", "latency_p95_ms", "by_tag", "failures"):
        assert key in summary, key
    assert summary["n"] == 4 and summary["n_answerable"] == 2 and summary["n_unanswerable"] == 2
    assert summary["n_errors"] == 0
    assert 0.0 <= summary["mrr"] <= 1.0 and summary["latency_p50_ms"] > 0
    assert summary["latency_p95_ms"] >= summary["latency_p50_ms"]
    # the extractive engine's citations are verbatim by construction
    assert summary["citation_validity"] in (None, 1.0)
    items = {i["item"]["id"]: i for i in run["items"]}
    assert list(items) == ["upfront", "helios-endpoint-followup", "royalty", "offtopic"]
    followup = items["helios-endpoint-followup"]
    assert len(followup["history_answers"]) == 1  # the earlier turn was replayed
    assert followup["answer"]["question"] == "And what was its primary endpoint?"
    assert items["royalty"]["scores"]["recall_at_k"] is None
    for item in items.values():
        assert item["latency_ms"] > 0
        assert item["scores"]["passed"] == (item["item"]["id"] not in
                                            {f["id"] for f in summary["failures"]})

    html = out_html.read_text()
    _self_contained(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    for item_id in items:
        assert item_id in html
    assert "Citation precision (ALCE)" in html and "By tag" in html
    assert "mini.jsonl:3" in html  # skipped lines are listed


def test_eval_cli_compare(eval_setup, capsys):
    dataset, store, tmp = eval_setup
    out_json, out_html = tmp / "cmp.json", tmp / "cmp.html"
    code = main(["eval", str(dataset), *store, "--limit", "2", "--quiet", "--judge", "lexical",
                 "--compare", "extractive", "max_citations=1", "-o", "candidates=20",
                 "--json", str(out_json), "--html", str(out_html)])
    assert code == 0
    out = capsys.readouterr().out
    header = out.splitlines()[0]
    assert "extractive" in header and "max_citations=1" in header
    data = json.loads(out_json.read_text())
    assert [r["name"] for r in data["runs"]] == ["extractive", "max_citations=1"]
    assert data["runs"][1]["options"]["max_citations"] == "1"
    assert data["runs"][1]["options"]["candidates"] == "20"
    assert data["runs"][0]["options"]["llm"] is None
    for run in data["runs"]:
        assert run["summary"]["n"] == 2
        for item in run["items"]:
            assert len(item["answer"]["citations"]) <= (1 if run["name"] != "extractive" else 99)
    html = out_html.read_text()
    _self_contained(html)
    assert html.count("max_citations=1") >= 2  # legend and per-item badges


def test_eval_cli_errors(tmp_path, capsys):
    assert main(["eval", str(tmp_path / "missing.jsonl")]) == 2
    assert "no dataset at" in capsys.readouterr().err
    empty = tmp_path / "empty.jsonl"
    empty.write_text("{bad\n")
    assert main(["eval", str(empty)]) == 2
    err = capsys.readouterr().err
    assert "empty.jsonl:1: not valid JSON" in err and "no valid items" in err
    good = tmp_path / "one.jsonl"
    good.write_text(json.dumps(ITEMS[0]) + "\n")
    assert main(["eval", str(good), "-o", "no_such_option=1"]) == 2
    assert "unknown option 'no_such_option'" in capsys.readouterr().err
    assert main(["eval", str(good), "--compare", "llm"]) == 2
    assert "is not KEY=VALUE" in capsys.readouterr().err


def test_settings_parsing(tmp_path):
    assert parse_setting("extractive") == {"llm": None}
    assert parse_setting("llm=http://127.0.0.1:8080/v1,llm_model=x") == {
        "llm": "http://127.0.0.1:8080/v1", "llm_model": "x"}
    base = {"corpus": tmp_path, "index_dir": tmp_path / "index"}
    assert "collection" not in _resolve_options(base, {"max_citations": "2"})
    small = _resolve_options(base, parse_setting("chunk_chars=600"))
    assert small["collection"].endswith("-chunk600")  # its own index, the main one untouched
