"""A self-contained HTML report of one or more eval runs.

One file, no external assets, no JavaScript: inline CSS bar charts per figure (one bar per
setting when comparing), a per-tag table, and every item with its answer, citations and
misses. All dataset, document and answer text is HTML-escaped.
"""

from __future__ import annotations

import datetime as _dt
import re
from html import escape
from pathlib import Path
from typing import Any

from .metrics import FIGURES, ItemResult

COLORS = ("#2f6fb3", "#d9822b", "#3a9e5f", "#a84a9c", "#c23b3b", "#6b6b6b")

DEFINITIONS = {
    "answer_accuracy": "answerable items, not abstained, whose every required fact is in the "
                       "answer text and in a valid citation quote from a gold source",
    "citation_validity": "citations whose quote is verbatim at its offsets in the cited "
                         "document, marked in the text, in an answer with consistent numbering",
    "answers_with_valid_citations": "non-abstained answers whose citations are all valid and "
                                    "whose markers are consistent",
    "citation_recall": "ALCE: per answer, sentences supported by the union of their cited "
                       "quotes; mean over non-abstained answers",
    "citation_precision": "ALCE: per answer, citation mentions that are needed or support "
                          "their (supported) sentence; mean over non-abstained answers",
    "gold_doc_coverage": "per answerable item, fraction of gold sources cited; mean",
    "recall_at_k": "per answerable item, fraction of gold sources among the retriever's top-k "
                   "documents; mean",
    "mrr": "per answerable item, 1 / rank of the first gold document in the retriever's "
           "ranking (0 if absent); mean",
    "abstention_rate": "unanswerable items the assistant abstained on (higher is better)",
    "false_abstention_rate": "answerable items the assistant abstained on (lower is better)",
    "latency_p50_ms": "median wall-clock time of the final answer() call",
    "latency_p95_ms": "95th percentile (linear interpolation) of the same",
}

CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px auto;
max-width:1180px;padding:0 16px;color:#1d1d1f;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd;
padding-bottom:4px}h3{font-size:15px;margin:14px 0 6px}
.meta{color:#555;font-size:13px}.legend span{display:inline-block;margin-right:14px}
.sw{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:5px;
vertical-align:-1px}
table{border-collapse:collapse;width:100%;margin:6px 0}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eee;vertical-align:top}
th{background:#f6f6f8;font-weight:600}
.fig td.label{width:260px}.fig .def{color:#666;font-size:12px}
.bar{display:flex;align-items:center;gap:8px;margin:3px 0;min-width:260px}
.bar .track{position:relative;flex:1;height:14px;background:#ececf0;border-radius:3px}
.bar i{position:absolute;left:0;top:0;bottom:0;border-radius:3px}
.bar b{flex:0 0 130px;font-size:12px;font-weight:600;color:#222;
font-variant-numeric:tabular-nums}
.num{font-variant-numeric:tabular-nums}
details{border:1px solid #e3e3e8;border-radius:6px;margin:6px 0;padding:4px 10px}
details[open]{background:#fcfcfd}summary{cursor:pointer;padding:3px 0}
.ok{color:#1d7a3e;font-weight:600}.bad{color:#b3261e;font-weight:600}
.badge{display:inline-block;font-size:11px;padding:0 6px;border-radius:9px;margin-left:6px;
color:#fff}.badge.ok{background:#2e8b57;color:#fff}.badge.bad{background:#c0392b;color:#fff}
.tag{display:inline-block;font-size:11px;background:#eef;color:#335;border-radius:8px;
padding:0 6px;margin-left:4px}
.answer{white-space:pre-wrap;background:#f7f7f9;border-left:3px solid #ccd;padding:6px 10px;
margin:4px 0}
.quote{white-space:pre-wrap;font-size:13px;color:#333}
.miss{color:#8a1c14;margin:2px 0}.small{font-size:12px;color:#666}
.setting{border-left:4px solid #999;padding-left:10px;margin:10px 0}
"""


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def _fmt(value: Any, kind: str) -> str:
    if value is None:
        return "–"
    if kind == "ms":
        return f"{value:,.0f} ms"
    return _pct(value)


def _bar(value: float | None, fraction: float | None, color: str, text: str) -> str:
    width = 0.0 if fraction is None else max(0.0, min(1.0, fraction)) * 100
    return (f'<div class="bar"><span class="track"><i style="width:{width:.1f}%;'
            f'background:{color}"></i></span><b>{escape(text)}</b></div>')


def _figures(runs: list[dict[str, Any]]) -> str:
    rows = []
    for key, label, kind in FIGURES:
        values = [run["summary"].get(key) for run in runs]
        top = max([v for v in values if v is not None] or [0.0])
        cells = []
        for i, (run, value) in enumerate(zip(runs, values)):
            if kind == "ms":
                fraction = (value / top) if value is not None and top else None
            else:
                fraction = value
            text = _fmt(value, kind)
            if key == "recall_at_k":
                text += f"  (k={run['summary'].get('k')})"
            cells.append(_bar(value, fraction, COLORS[i % len(COLORS)], text))
        note = " (lower is better)" if kind in ("rate_low", "ms") else ""
        rows.append(f'<tr><td class="label"><b>{escape(label)}</b>{escape(note)}<div class="def">'
                    f"{escape(DEFINITIONS.get(key, ''))}</div></td><td>{''.join(cells)}</td></tr>")
    return f'<table class="fig">{"".join(rows)}</table>'


def _counts(runs: list[dict[str, Any]]) -> str:
    head = "".join(f"<th>{escape(run['name'])}</th>" for run in runs)
    lines = []
    for key, label in (("n", "items"), ("n_answerable", "answerable"),
                       ("n_unanswerable", "unanswerable"), ("n_passed", "passed"),
                       ("n_citations", "citations"), ("n_errors", "errors")):
        cells = "".join(f'<td class="num">{run["summary"].get(key, 0)}</td>' for run in runs)
        lines.append(f"<tr><th>{escape(label)}</th>{cells}</tr>")
    return f"<table><tr><th></th>{head}</tr>{''.join(lines)}</table>"


def _tags(runs: list[dict[str, Any]]) -> str:
    tags = sorted({t for run in runs for t in run["summary"].get("by_tag", {})})
    if not tags:
        return "<p class='small'>No tags.</p>"
    head = "".join(f"<th>{escape(run['name'])}</th>" for run in runs)
    lines = []
    for tag in tags:
        cells = []
        n = ""
        for i, run in enumerate(runs):
            group = run["summary"]["by_tag"].get(tag, {})
            n = f"{group.get('n', 0)} ({group.get('n_answerable', 0)} answerable)"
            acc = group.get("answer_accuracy")
            abst = group.get("abstention_rate")
            parts = []
            if acc is not None:
                parts.append(_bar(acc, acc, COLORS[i % len(COLORS)], f"accuracy {_pct(acc)}"))
            if abst is not None:
                parts.append(_bar(abst, abst, COLORS[i % len(COLORS)], f"abstained {_pct(abst)}"))
            cells.append(f"<td>{''.join(parts)}</td>")
        lines.append(f"<tr><td><b>{escape(tag)}</b><div class='small'>{escape(n)}</div></td>"
                     f"{''.join(cells)}</tr>")
    return ("<p class='small'>accuracy: over the tag's answerable items; abstained: the "
            "fraction of its unanswerable items the assistant abstained on.</p>"
            f"<table><tr><th>tag</th>{head}</tr>{''.join(lines)}</table>")


def _markdown(text: str) -> str:
    """Escaped answer text with **bold** rendered (nothing else is interpreted)."""
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escape(text))


def _citations(result: ItemResult) -> str:
    if not result.scores.citations:
        return ""
    rows = []
    for c in result.scores.citations:
        status = '<span class="ok">valid</span>' if c.valid else '<span class="bad">invalid</span>'
        gold = "gold" if c.gold else "not gold"
        rows.append(
            f"<tr><td>[{c.n}]</td><td>{escape(c.source)}<div class='small'>chars {c.start}-{c.end}"
            f" · {gold}</div></td><td>{status}</td><td class='quote'>{escape(c.quote)}</td></tr>")
    return ("<table><tr><th>#</th><th>source</th><th>check</th><th>quote</th></tr>"
            f"{''.join(rows)}</table>")


def _sentences(result: ItemResult) -> str:
    if not result.scores.sentences:
        return ""
    rows = []
    for d in result.scores.sentences:
        mark = '<span class="ok">supported</span>' if d["supported"] else \
            '<span class="bad">unsupported</span>'
        verdicts = ", ".join(f"[{k}] {v}" for k, v in d["verdicts"].items()) or "no citation"
        rows.append(f"<tr><td>{escape(d['sentence'])}</td><td>{mark}</td>"
                    f"<td class='small'>{escape(verdicts)}</td></tr>")
    return ("<table><tr><th>sentence</th><th>recall</th><th>citations (precision)</th></tr>"
            f"{''.join(rows)}</table>")


def _item_block(results: list[ItemResult], names: list[str]) -> str:
    item = results[0].item
    badges = "".join(
        f'<span class="badge {"ok" if r.scores.passed else "bad"}" title="{escape(name)}">'
        f'{escape(name)}: {"pass" if r.scores.passed else "fail"}</span>'
        for r, name in zip(results, names))
    tags = "".join(f'<span class="tag">{escape(t)}</span>' for t in item.tags)
    parts = [f"<summary><b>{escape(item.id)}</b> — {escape(item.question)}{badges}{tags}</summary>"]
    if item.history:
        turns = "".join(f"<li>{escape(t)}</li>" for t in item.history)
        parts.append(f"<div class='small'>Earlier user turns (replayed):</div><ol>{turns}</ol>")
    if item.answerable:
        facts = "; ".join(" / ".join(alts) for alts in item.facts)
        parts.append(f"<div class='small'>Answerable · gold sources: "
                     f"{escape(', '.join(item.gold_sources))} · required facts: {escape(facts)}</div>")
    else:
        parts.append("<div class='small'>Unanswerable: the assistant should abstain.</div>")
    for i, (result, name) in enumerate(zip(results, names)):
        color = COLORS[i % len(COLORS)]
        block = [f"<div class='setting' style='border-color:{color}'>"]
        if len(results) > 1:
            block.append(f"<h3>{escape(name)}</h3>")
        s = result.scores
        facts = ""
        if item.answerable and s.facts_in_text:
            facts = " · facts in text " + f"{sum(s.facts_in_text)}/{len(s.facts_in_text)}" + \
                " · in gold quotes " + f"{sum(s.facts_in_gold_quotes)}/{len(s.facts_in_gold_quotes)}"
        latency = f"{result.latency_ms:,.0f} ms" if result.latency_ms is not None else "–"
        retrieval = ""
        if s.recall_at_k is not None:
            retrieval = f" · recall@{s.k} {_pct(s.recall_at_k)} · RR {s.reciprocal_rank:.2f}"
        alce = ""
        if s.citation_recall is not None:
            alce = f" · citation recall {_pct(s.citation_recall)} · precision {_pct(s.citation_precision)}"
        block.append(f"<div class='small'>{'abstained' if s.abstained else 'answered'} · "
                     f"{latency}{facts}{alce}{retrieval}</div>")
        if result.error:
            block.append(f"<div class='miss'>error: {escape(result.error)}</div>")
        if result.history_answers:
            prior = "".join(f"<li class='small'>{escape(a.text)}</li>" for a in result.history_answers)
            block.append(f"<div class='small'>Generated earlier turns:</div><ol>{prior}</ol>")
        if result.answer is not None:
            block.append(f"<div class='answer'>{_markdown(result.answer.text)}</div>")
            if result.answer.standalone_question and \
                    result.answer.standalone_question != item.question:
                block.append(f"<div class='small'>standalone question: "
                             f"{escape(result.answer.standalone_question)}</div>")
        block.append(_citations(result))
        block.append(_sentences(result))
        if s.misses:
            block.append("".join(f"<div class='miss'>✗ {escape(m)}</div>" for m in s.misses))
        block.append("</div>")
        parts.append("".join(block))
    return f"<details>{''.join(parts)}</details>"


def render_html(runs: list[dict[str, Any]], meta: dict[str, Any]) -> str:
    """``runs``: [{"name", "options", "summary", "results": [ItemResult]}] over the same items."""
    names = [run["name"] for run in runs]
    legend = "".join(f'<span><i class="sw" style="background:{COLORS[i % len(COLORS)]}"></i>'
                     f"{escape(name)}</span>" for i, name in enumerate(names))
    options = "".join(f"<li><b>{escape(run['name'])}</b>: <code>{escape(repr(run.get('options', {})))}"
                      f"</code></li>" for run in runs)
    errors = ""
    if meta.get("dataset_errors"):
        errors = ("<h2>Skipped dataset lines</h2><ul>" +
                  "".join(f"<li class='miss'>{escape(e)}</li>" for e in meta["dataset_errors"]) +
                  "</ul>")
    by_id: list[list[ItemResult]] = []
    if runs:
        for position in range(len(runs[0]["results"])):
            by_id.append([run["results"][position] for run in runs])
    failing = [group for group in by_id if any(not r.scores.passed for r in group)]
    passing = [group for group in by_id if all(r.scores.passed for r in group)]
    items_html = "".join(_item_block(group, names) for group in failing)
    passed_html = "".join(_item_block(group, names) for group in passing)
    generated = meta.get("generated") or _dt.datetime.now().isoformat(timespec="seconds")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>assistant eval — {escape(', '.join(meta.get('datasets', [])))}</title>
<style>{CSS}</style></head><body>
<h1>Citation-accuracy eval</h1>
<div class="meta">{escape(', '.join(meta.get('datasets', [])))} · {len(by_id)} items ·
judge: {escape(str(meta.get('judge', '')))} · generated {escape(generated)}</div>
<div class="legend meta">{legend}</div>
<ul class="meta">{options}</ul>
{errors}
<h2>Figures</h2>
{_figures(runs)}
{_counts(runs)}
<h2>By tag</h2>
{_tags(runs)}
<h2>Items that failed ({len(failing)})</h2>
<p class="small">An answerable item passes when it is accurate and all its citations are valid;
an unanswerable one when the assistant abstained.</p>
{items_html or "<p class='small'>None.</p>"}
<h2>Items that passed ({len(passing)})</h2>
{passed_html or "<p class='small'>None.</p>"}
</body></html>
"""


def write_html(path: str | Path, runs: list[dict[str, Any]], meta: dict[str, Any]) -> Path:
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(runs, meta), encoding="utf-8")
    return path
