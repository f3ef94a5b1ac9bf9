"""The web UI: a cited chat, a sources panel, a document viewer and a documents tab (Gradio 6).

``build_app(**options)`` builds the app for one corpus/index (``options`` are the same as
:func:`assistant.answer`); ``serve(args)`` is ``assistant serve``.

Safety: document text and questions are untrusted. Every piece of document or user text that
ends up in HTML goes through :func:`html.escape`; chat messages are markdown in which ``<``,
``>`` and ``&`` are turned into entities (so no HTML from a document, a question or an LLM is
ever interpreted) and the chatbot's own sanitizer stays on as a second layer.

Per-session state (the chat history and this session's answers) lives in the browser's storage
(``gr.BrowserState``: a reload keeps the conversation); the only shared object is the
process-wide engine (index + models), which is thread-safe.
"""

import contextlib
import html
import ipaddress
import json
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Callable

import gradio as gr

from .config import HISTORY_TURNS_READ, SUPPORTED_SUFFIXES
from .uploads import display_source

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7860
CONCURRENCY_LIMIT = 4  # answers computed at once; more requests wait in the queue
PER_CLIENT_LIMIT = 2  # questions one client may have in the queue or running at once
MAX_UPLOAD = "50mb"

EXAMPLES_FILE = ".examples.json"  # in the corpus folder (hidden, so never indexed)


def corpus_examples(corpus: Path) -> list[str]:
    """Example questions a corpus ships in ``.examples.json`` (a JSON list of strings), if any."""
    try:
        data = json.loads((Path(corpus) / EXAMPLES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [q for q in data if isinstance(q, str) and q.strip()][:6] if isinstance(data, list) else []


CSS = """
.assistant-header h1 { margin-bottom: 0; }
.assistant-header p { margin-top: 2px; opacity: .8; }
#sources-panel .src-empty, #source-viewer .viewer-empty { opacity: .7; font-style: italic; }
#sources-panel ol.src-list { padding-left: 0; list-style: none; margin: 0; }
#sources-panel li.src { border: 1px solid var(--border-color-primary); border-radius: 8px;
  padding: 8px 10px; margin: 0 0 8px 0; }
#sources-panel .src-head { font-weight: 600; }
#sources-panel .src-file { font-family: var(--font-mono); font-size: .85em; opacity: .8;
  word-break: break-all; }
#sources-panel blockquote.src-quote { margin: 6px 0 0 0; padding-left: 8px;
  border-left: 3px solid #f0b400; white-space: pre-wrap; }
#sources-panel li.related blockquote.src-quote { border-left-color: #7aa7e0; }
#sources-panel mark, #source-viewer mark { background: #ffe58a; color: #111; border-radius: 2px; }
#sources-panel li.related mark { background: #dbe8fb; }
#chat a[href*="#cite-"] { font-weight: 700; color: var(--color-accent); text-decoration: none;
  padding: 0 1px; }
a.cite-link { font-weight: 700; text-decoration: none; cursor: pointer; }
.badge { display: inline-block; font-size: .8em; font-weight: 700; padding: 1px 8px;
  border-radius: 10px; margin-bottom: 6px; }
.badge.answered { background: #d9f2df; color: #14532d; }
.badge.abstained { background: #fde2e2; color: #7f1d1d; }
.badge.related { background: #dbe8fb; color: #1e3a8a; }
.badge.uploaded { background: #fff1c2; color: #713f12; font-weight: 600; }
#source-viewer .doc-head { font-weight: 600; }
#source-viewer .doc-meta { font-family: var(--font-mono); font-size: .85em; opacity: .8;
  word-break: break-all; margin-bottom: 6px; }
#doc-opened .doc-text { white-space: pre-wrap; max-height: 60vh; overflow-y: auto; }
#source-viewer .doc-text { position: relative; white-space: pre-wrap; max-height: 60vh; overflow-y: auto;
  border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 10px;
  font-size: .92em; line-height: 1.45; }
#source-viewer mark.quote { background: #ffe58a; outline: 2px solid #f0b400; }
#source-viewer mark.quote.related { background: #dbe8fb; outline-color: #7aa7e0; }
#source-viewer mark.quote .answer-span { font-weight: 700; text-decoration: underline; }
#source-viewer .warn { color: #9a3412; }
#docs-table table { width: 100%; border-collapse: collapse; }
#docs-table th, #docs-table td { text-align: left; padding: 4px 8px;
  border-bottom: 1px solid var(--border-color-primary); vertical-align: top; }
#docs-table td.file { font-family: var(--font-mono); font-size: .85em; word-break: break-all; }
#upload-status .ok { color: #14532d; }
#upload-status .err { color: #991b1b; }
#question-hint .hint.err { color: #991b1b; font-size: .9em; margin-top: 2px; }
"""

# Runs once when the viewer loads: any click on a citation link (in a chat message or in the
# sources panel) asks the server for that passage in its document; after the viewer re-renders,
# the highlighted passage is scrolled into view.
VIEWER_JS = r"""
window.__assistantOpen = (id) => trigger('click', {cite: id});
if (!window.__assistantCiteBound) {
  window.__assistantCiteBound = true;
  document.addEventListener('click', (ev) => {
    const target = ev.target && ev.target.closest ? ev.target : ev.target.parentElement;
    const link = target && target.closest('a[href*="#cite-"], a[href*="#rel-"]');
    if (!link) return;
    const href = link.getAttribute('href') || '';
    const id = href.slice(href.indexOf('#') + 1);
    if (!/^(cite|rel)-\d+-\d+$/.test(id)) return;
    ev.preventDefault();
    ev.stopPropagation();
    window.__assistantOpen(id);
  }, true);
}
watch('value', () => {
  const mark = element.querySelector('mark.quote');
  const box = element.querySelector('.doc-text');
  if (!mark || !box) return;
  // Scroll the document pane to the passage, then bring the pane itself into view.
  box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  const rect = box.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > window.innerHeight) box.scrollIntoView({block: 'nearest'});
});
"""

VIEWER_PLACEHOLDER = ('<div class="viewer-empty">Click a citation, e.g. <b>[1]</b>, to read the '
                      "passage in its document.</div>")
SOURCES_PLACEHOLDER = '<div class="src-empty">The sources of the latest answer appear here.</div>'


# ---------------------------------------------------------------------------------------------
# Rendering (pure functions: everything from documents or users is escaped)


_MD_UNSAFE = re.compile(r"\\\\|\\?[<>]|&")


def safe_markdown(text: str) -> str:
    """Markdown in which no HTML can be interpreted: ``<``, ``>`` and ``&`` become entities.

    A markdown escape in front of ``<``/``>`` (``\\<``, how the extractive backend escapes
    document text) is folded into the entity, so the reader sees the character itself."""

    def repl(match: re.Match) -> str:
        token = match.group(0)
        if token == "\\\\":
            return token
        if token == "&":
            return "&amp;"
        return "&lt;" if token.endswith("<") else "&gt;"

    return _MD_UNSAFE.sub(repl, text)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}()#+\-.!|~])")


def plain_markdown(text: str) -> str:
    """User text shown as itself in markdown: markup characters escaped, HTML as entities."""
    return safe_markdown(_MD_SPECIAL.sub(r"\\\1", text))


_MARKER = re.compile(r"(?<!\\)\[(\d+)\]")


def answer_markdown(answer: dict[str, Any], turn: int) -> str:
    """The chat message for one answer: safe markdown, ``[n]`` markers as citation links."""
    known = {c["n"] for c in answer.get("citations", [])}
    text = safe_markdown(answer.get("text", ""))

    def link(match: re.Match) -> str:
        n = int(match.group(1))
        if n not in known:
            return match.group(0)
        return f"[\\[{n}\\]](#cite-{turn}-{n})"

    text = _MARKER.sub(link, text).replace("![", "!\\[")  # no remote images in answers
    notices = "".join(f"\n\n_ℹ️ {plain_markdown(str(n))}_" for n in answer.get("notices") or [])
    if answer.get("abstained"):
        lines = ["⚠️ **Not answered from the documents**", "", text]
        related = answer.get("related") or []
        if related:
            lines += ["", "_Related passages (not citations; they do not answer the question) "
                          "are listed beside the chat._"]
        return "\n".join(lines) + notices
    if answer.get("fallback_reason"):
        text += "\n\n_" + plain_markdown(str(answer["fallback_reason"])) + "_"
    dropped = answer.get("dropped") or []
    if dropped:
        reasons = "; ".join(plain_markdown(str(d.get("reason", ""))) for d in dropped[:3])
        text += (f"\n\n_{len(dropped)} generated sentence(s) removed because the sources did not "
                 f"support them ({reasons})._")
    return text + notices


def plain_answer_text(answer: dict[str, Any]) -> str:
    """An answer as plain text for the clipboard: the text with its [n] markers (no markdown,
    no links), then the numbered sources with title, file and quote."""
    text = answer.get("text", "")
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text, flags=re.S)
    text = re.sub(r"\\([\\`*_\[\]<>|#])", r"\1", text)  # markdown escapes
    lines = [text.strip()]
    citations = answer.get("citations") or []
    if citations:
        lines += ["", "Sources:"]
        for c in citations:
            page = f", page {c['page']}" if c.get("page") else ""
            origin = f", {c['origin']}" if c.get("origin", "corpus") != "corpus" else ""
            quote = " ".join(str(c.get("quote", "")).split())
            source = display_source(c["source"])
            lines.append(f"[{c['n']}] {c.get('title') or source} ({source}{page}{origin}): \"{quote}\"")
    return "\n".join(lines)


def _quote_html(text: str, start: int, highlights: list) -> str:
    """A quote (document text starting at offset ``start``) with its answering spans marked."""
    pieces, cursor = [], 0
    for h_start, h_end in sorted((int(a) - start, int(b) - start) for a, b in highlights or []):
        h_start, h_end = max(h_start, cursor), min(h_end, len(text))
        if h_end <= h_start:
            continue
        pieces.append(html.escape(text[cursor:h_start]))
        pieces.append("<mark>" + html.escape(text[h_start:h_end]) + "</mark>")
        cursor = h_end
    pieces.append(html.escape(text[cursor:]))
    return "".join(pieces)


def _origin_badge(item: dict[str, Any]) -> str:
    """"uploaded" (or "uploaded, private") next to a citation whose document was uploaded."""
    origin = item.get("origin") or "corpus"
    if origin == "corpus":
        return ""
    return f' <span class="badge uploaded" title="added through the upload form">{html.escape(origin)}</span>'


def _where(item: dict[str, Any]) -> str:
    parts = [html.escape(display_source(str(item.get("source", ""))))]
    if item.get("section"):
        parts.append("§ " + html.escape(str(item["section"])))
    if item.get("page"):
        parts.append(f"page {int(item['page'])}")
    parts.append(f"chars {int(item.get('start', 0))}–{int(item.get('end', 0))}")
    return " · ".join(parts)


def sources_html(answer: dict[str, Any] | None, turn: int) -> str:
    """The sources panel for one answer: its citations, or related passages if it abstained."""
    if not answer:
        return SOURCES_PLACEHOLDER
    question = html.escape(answer.get("question", ""))
    out = [f'<div class="src-panel" data-turn="{turn}">']
    if answer.get("abstained"):
        confidence = answer.get("confidence")
        scored = f" · best reader score {float(confidence):.2f}" if confidence is not None else ""
        out.append(f'<span class="badge abstained">No answer in the documents{scored}</span>')
        out.append(f'<div class="src-q">Question: <i>{question}</i></div>')
        related = answer.get("related") or []
        if not related:
            out.append('<div class="src-empty">No related passages either.</div>')
        else:
            out.append('<div><span class="badge related">Related</span> passages that came '
                       "closest; they are <b>not</b> citations and do not answer the question."
                       "</div>")
            out.append('<ol class="src-list">')
            for i, passage in enumerate(related):
                out.append(
                    f'<li class="src related"><div class="src-head">'
                    f'<a class="cite-link" href="#rel-{turn}-{i}">related {i + 1}</a> · '
                    f'<a href="#rel-{turn}-{i}">{html.escape(passage.get("title", ""))}</a></div>'
                    f'<div class="src-file">{_where(passage)}</div>'
                    f'<blockquote class="src-quote">{html.escape(passage.get("text", ""))}'
                    f"</blockquote></li>")
            out.append("</ol>")
        out.append("</div>")
        return "".join(out)
    citations = answer.get("citations") or []
    confidence = answer.get("confidence")
    scored = f" · reader confidence {float(confidence):.2f}" if confidence is not None else ""
    out.append(f'<span class="badge answered">Answer · {len(citations)} source'
               f'{"" if len(citations) == 1 else "s"}{scored}</span>')
    out.append(f'<div class="src-q">Question: <i>{question}</i></div>')
    out.append('<ol class="src-list">')
    for c in citations:
        n = int(c["n"])
        out.append(
            f'<li class="src" id="src-{turn}-{n}"><div class="src-head">'
            f'<a class="cite-link" href="#cite-{turn}-{n}">[{n}]</a> '
            f'<a href="#cite-{turn}-{n}">{html.escape(c.get("title", ""))}</a>{_origin_badge(c)}</div>'
            f'<div class="src-file">{_where(c)}</div>'
            f'<blockquote class="src-quote">'
            f'{_quote_html(c.get("quote", ""), int(c["start"]), c.get("highlights") or [])}'
            f"</blockquote></li>")
    out.append("</ol></div>")
    return "".join(out)


def document_html(doc_text: str, title: str, source: str, start: int, end: int,
                  highlights: list | None = None, label: str = "", related: bool = False,
                  expected: str | None = None) -> str:
    """The whole document, escaped, with ``doc_text[start:end]`` in ``<mark class="quote">``.

    Built from exact offsets; if the stored text no longer matches the quote (the document
    changed since the answer), the quote is looked up again or the mismatch is stated."""
    warn = ""
    if expected is not None and doc_text[start:end] != expected:
        found = doc_text.find(expected) if expected else -1
        if found >= 0:
            shift = found - start
            start, end = found, found + len(expected)
            highlights = [(a + shift, b + shift) for a, b in highlights or []]
            warn = "The document changed since this answer; the quote was found again."
        else:
            warn = "The document changed since this answer; the quoted text is no longer in it."
            start = end = 0
            highlights = []
    start = max(0, min(start, len(doc_text)))
    end = max(start, min(end, len(doc_text)))
    inner = _quote_html(doc_text[start:end], start, highlights or [])
    inner = inner.replace("<mark>", '<span class="answer-span">').replace("</mark>", "</span>")
    cls = "quote related" if related else "quote"
    body = (html.escape(doc_text[:start])
            + (f'<mark class="{cls}" id="viewer-focus">{inner}</mark>' if end > start else "")
            + html.escape(doc_text[end:]))
    kind = ('<span class="badge related">Related passage (not a citation)</span>' if related
            else '<span class="badge answered">Cited passage</span>')
    return (f'<div class="doc-view" data-nonce="{time.time_ns()}">'
            f'<div>{kind} {html.escape(label)}</div>'
            f'<div class="doc-head">{html.escape(title)}</div>'
            f'<div class="doc-meta">{html.escape(display_source(source))} · chars {start}–{end}</div>'
            + (f'<div class="warn">{html.escape(warn)}</div>' if warn else "")
            + f'<div class="doc-text">{body}</div></div>')


def visible_documents(engine, owner: str | None, admin: bool = False) -> dict[str, Any]:
    """source -> Document that this user may see in the Documents tab: the shared documents,
    their own private uploads and, for an administrator, everyone's (to review and share)."""
    documents = dict(engine.retriever(owner).documents)
    if admin:
        documents.update(engine.private_uploads())
    return documents


def _origin_cell(source: str, origins: dict, key: str | None) -> str:
    from .uploads import origin_of, private_owner

    origin = origin_of(source, origins)
    if private_owner(source) is None:
        return origin
    return "uploaded, private to you" if private_owner(source) == key else \
        "uploaded by another user, private (not shared yet)"


def documents_table_html(engine, owner: str | None = None, admin: bool = False) -> str:
    """The documents this user can see, titles first (and files that could not be indexed)."""
    from .documents import iter_corpus
    from .uploads import owner_key, read_origins, visible

    try:
        documents = visible_documents(engine, owner, admin)
    except Exception as err:  # noqa: BLE001 - shown to the user, not a crash
        return f'<div class="err">Cannot read the index: {html.escape(str(err))}</div>'
    corpus = Path(engine.settings.corpus)
    key = owner_key(owner)
    files = {s: p for s, p in iter_corpus(corpus) if admin or visible(s, key)} if corpus.exists() else {}
    origins = read_origins(corpus)
    rows = []
    for source in sorted(set(documents) | set(files), key=lambda s: (
            (documents[s].title.lower() if s in documents else "~"), s)):
        doc = documents.get(source)
        shown = html.escape(display_source(source))
        origin = html.escape(_origin_cell(source, origins, key))
        if doc is None:
            rows.append('<tr><td><i>not indexed (unreadable, or not indexed yet)</i></td>'
                        f'<td class="file">{shown}</td><td>{origin}</td><td></td></tr>')
            continue
        pages = f", {len(doc.page_starts)} pages" if doc.page_starts else ""
        rows.append(f"<tr><td>{html.escape(doc.title)}</td><td class=\"file\">{shown}</td>"
                    f"<td>{origin}</td><td>{len(doc.text):,} chars{pages}</td></tr>")
    return (f"<div><b>{len(documents)}</b> indexed document{'s' if len(documents) != 1 else ''} "
            f"in <code>{html.escape(str(corpus))}</code></div>"
            "<table><thead><tr><th>Title</th><th>File</th><th>Origin</th><th>Size</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


# ---------------------------------------------------------------------------------------------
# Uploads


def _safe_name(name: str) -> str:
    name = Path(str(name).replace("\\", "/")).name
    name = re.sub(r"[^\w.\- ]+", "_", name).strip(" .")
    return name or "upload"


def add_documents(files: list | None, engine, progress: Callable | None = None,
                  owner: str | None = None) -> tuple[str, list[str]]:
    """Validate uploads, copy the good ones into the corpus, index them.

    Returns (status HTML, sources added). Each file is loaded with ``load_document`` from a
    temporary copy *before* anything is written to the corpus; an unreadable, unsupported or
    conflicting file is reported and leaves the corpus and the index untouched. An existing file
    is never overwritten.

    Uploads are private to ``owner`` (kept in ``.uploads/<owner key>/``; see
    :mod:`assistant.uploads`) unless the settings share uploads (``share_uploads``); shared
    uploads are recorded as uploaded, so their citations say so."""
    from .documents import DocumentError, load_document
    from .uploads import owner_key, private_folder, record_origin

    progress = progress or (lambda *a, **k: None)
    if not files:
        return '<div class="err">Choose one or more files to upload first.</div>', []
    if isinstance(files, (str, Path)):
        files = [files]
    corpus = Path(engine.settings.corpus)
    if not corpus.is_dir():
        return (f'<div class="err">The corpus folder {html.escape(str(corpus))} does not exist.'
                "</div>"), []
    shared = engine.settings.share_uploads
    if not shared and not owner:
        return ('<div class="err">Cannot tell whose upload this is: reload the page and try '
                "again.</div>"), []
    folder = corpus if shared else private_folder(corpus, owner)
    messages: list[str] = []
    accepted: list[tuple[str, Path]] = []  # (name, validated temp copy)
    total = len(files)
    with tempfile.TemporaryDirectory(prefix="assistant-upload-") as tmp:
        for i, item in enumerate(files):
            path = Path(getattr(item, "name", None) or item)
            name = _safe_name(getattr(item, "orig_name", None) or path.name)
            progress(i / (2 * total), desc=f"checking {name}")
            suffix = Path(name).suffix.lower()
            if suffix not in SUPPORTED_SUFFIXES:
                messages.append(f'<li class="err">{html.escape(name)}: unsupported file type '
                                f'{html.escape(suffix or "(none)")}; supported: '
                                f'{html.escape(", ".join(SUPPORTED_SUFFIXES))}. Nothing changed.</li>')
                continue
            if any(name == other for other, _ in accepted):
                messages.append(f'<li class="err">{html.escape(name)}: uploaded twice; '
                                "the second copy was ignored.</li>")
                continue
            copy = Path(tmp) / f"{i}" / name
            copy.parent.mkdir()
            try:
                shutil.copyfile(path, copy)
                doc = load_document(copy, name)
                if not doc.units:
                    raise DocumentError(f"{name}: no text to index")
            except (DocumentError, OSError) as err:
                messages.append(f'<li class="err">Not added: {html.escape(str(err))}. '
                                "Nothing changed.</li>")
                continue
            target = folder / name
            if (corpus / name).exists() and (corpus / name).read_bytes() == copy.read_bytes():
                messages.append(f'<li class="ok">{html.escape(name)}: already in the shared corpus '
                                "(identical); nothing to do.</li>")
                continue
            if target.exists():
                if target.read_bytes() == copy.read_bytes():
                    messages.append(f'<li class="ok">{html.escape(name)}: already uploaded '
                                    "(identical); nothing to do.</li>")
                else:
                    messages.append(f'<li class="err">{html.escape(name)}: a different file with '
                                    "this name is already in the corpus; it was not overwritten. "
                                    "Rename the file and upload it again.</li>")
                continue
            accepted.append((name, copy))

        added_paths = []
        if accepted:
            folder.mkdir(parents=True, exist_ok=True)
        for name, copy in accepted:
            target = folder / name
            try:
                with open(target, "xb") as out, open(copy, "rb") as src:  # never overwrite
                    shutil.copyfileobj(src, out)
            except FileExistsError:
                messages.append(f'<li class="err">{html.escape(name)}: a file with this name '
                                "appeared meanwhile; not overwritten.</li>")
                continue
            except OSError as err:
                target.unlink(missing_ok=True)
                messages.append(f'<li class="err">{html.escape(name)}: cannot write to the '
                                f"corpus ({html.escape(err.strerror or str(err))}).</li>")
                continue
            added_paths.append(target)
            if shared:  # before indexing, so no answer cites it unmarked
                record_origin(corpus, name, owner_key(owner))

    added: list[str] = []
    if added_paths:
        progress(0.5, desc=f"indexing {len(added_paths)} file(s)")
        try:
            report = engine.sync(paths=added_paths)
        except Exception as err:  # noqa: BLE001 - roll back the copies, report, do not crash
            for target in added_paths:
                target.unlink(missing_ok=True)
            messages.append(f'<li class="err">Indexing failed ({html.escape(str(err))}); the '
                            "uploaded files were removed again.</li>")
            report = None
        if report is not None:
            for target in added_paths:
                source = target.relative_to(corpus).as_posix()
                if source in report.failed:
                    target.unlink(missing_ok=True)
                    messages.append(f'<li class="err">Not added: '
                                    f"{html.escape(report.failed[source])}</li>")
                elif shared:
                    added.append(source)
                    messages.append(f'<li class="ok">Added and indexed {html.escape(target.name)}: '
                                    "shared with everyone (marked as uploaded).</li>")
                else:
                    added.append(source)
                    messages.append(f'<li class="ok">Added and indexed {html.escape(target.name)}: '
                                    "private, only your answers use it, until an administrator "
                                    "shares it.</li>")
        progress(1.0, desc="done")
    return "<ul>" + "".join(messages) + "</ul>", added


def progress_html(state) -> str:
    """An indexing run's progress as a bar and a line of text."""
    return (f'<div class="progress-line"><progress max="100" value="{100 * state.fraction:.0f}"></progress> '
            f"{html.escape(state.describe())}</div>")


def remove_from_corpus(engine, source: str) -> str:
    """Move ``source`` out of the corpus into ``.removed/`` (hidden: never indexed; nothing is
    lost) and drop it from the index. Returns an HTML message."""
    corpus = Path(engine.settings.corpus).resolve()
    path = (corpus / source).resolve()
    if not source or corpus not in path.parents or not path.is_file():
        return '<div class="err">Choose a document of the corpus to remove.</div>'
    trash = corpus / ".removed"
    trash.mkdir(exist_ok=True)
    target = trash / path.name
    if target.exists():
        target = trash / f"{path.stem}-{time.strftime('%Y%m%d-%H%M%S')}{path.suffix}"
    try:
        path.rename(target)
    except OSError as err:
        return f'<div class="err">Cannot move {html.escape(source)}: {html.escape(err.strerror or str(err))}</div>'
    engine.sync()
    return (f'<div class="ok">Removed {html.escape(source)} from the corpus and the index '
            f"(kept as {html.escape(str(target.relative_to(corpus)))}).</div>")


def share_with_everyone(engine, source: str) -> str:
    """Move a private upload into the shared corpus (marked as uploaded) and re-index.
    Returns an HTML message."""
    from .uploads import display_source, is_private, share

    if not source or not is_private(source):
        return '<div class="err">Choose a private upload to share.</div>'
    try:
        shared = share(Path(engine.settings.corpus), source)
    except (ValueError, OSError) as err:
        return f'<div class="err">Cannot share {html.escape(display_source(source))}: {html.escape(str(err))}</div>'
    engine.sync()
    return (f'<div class="ok">Shared {html.escape(shared)} with everyone; its citations are marked '
            "as uploaded.</div>")


# ---------------------------------------------------------------------------------------------
# The app


class ClientLimiter:
    """At most ``limit`` requests in flight per client (browser session, or address for API
    clients): one client sending many questions at once is refused, not queued ahead of others."""

    def __init__(self, limit: int = PER_CLIENT_LIMIT):
        self.limit = limit
        self._busy: dict[str, int] = {}
        self._lock = threading.Lock()

    @staticmethod
    def client_of(request: Any) -> str:
        if request is None:
            return "local"
        host = getattr(getattr(request, "client", None), "host", None) or "unknown"
        return getattr(request, "session_hash", None) or host

    def acquire(self, request: Any) -> str:
        """Take a slot for the request's client (ValueError when it has none left)."""
        client = self.client_of(request)
        with self._lock:
            if self._busy.get(client, 0) >= self.limit:
                raise ValueError(f"too many questions at once from this client (the limit is "
                                 f"{self.limit}): wait for an answer, then ask again")
            self._busy[client] = self._busy.get(client, 0) + 1
        return client

    def release(self, client: str) -> None:
        with self._lock:
            self._busy[client] -= 1
            if not self._busy[client]:
                del self._busy[client]

    @contextlib.contextmanager
    def __call__(self, request: Any):
        client = self.acquire(request)
        try:
            yield
        finally:
            self.release(client)


class LoginGuard:
    """Gradio's ``auth`` check (pass ``guard.check``) with a growing delay and a lockout.

    Each failed attempt for a user name waits ``base_delay`` × 2^(failures-1) seconds (capped
    at ``max_delay``) before answering; after ``max_failures`` failures within ``window``
    seconds that name is locked for ``lockout`` seconds: even the right password is refused.
    The wait is asynchronous (Gradio awaits the check on its event loop: other users are not
    held up). Passwords are compared in constant time."""

    def __init__(self, credentials: dict[str, str], max_failures: int = 5, window: float = 300.0,
                 lockout: float = 300.0, base_delay: float = 0.25, max_delay: float = 4.0):
        self.credentials = dict(credentials)
        self.max_failures, self.window, self.lockout = max_failures, window, lockout
        self.base_delay, self.max_delay = base_delay, max_delay
        self._failures: dict[str, list[float]] = {}
        self._locked_until: dict[str, float] = {}

    def locked(self, user: str) -> bool:
        return self._locked_until.get(user, 0.0) > time.monotonic()

    async def check(self, user: str, password: str) -> bool:
        import asyncio
        import hmac

        user = str(user or "")[:200]
        now = time.monotonic()
        locked = self.locked(user)
        expected = self.credentials.get(user)
        ok = expected is not None and hmac.compare_digest(str(password or "").encode(), expected.encode())
        if ok and not locked:
            self._failures.pop(user, None)
            return True
        recent = [t for t in self._failures.get(user, []) if now - t < self.window] + [now]
        self._failures[user] = recent
        if len(recent) >= self.max_failures and not locked:
            self._locked_until[user] = now + self.lockout
            print(f"login: {len(recent)} failed attempts for {user!r} in {self.window:.0f} s; "
                  f"locked for {self.lockout:.0f} s", file=sys.stderr, flush=True)
        await asyncio.sleep(min(self.max_delay, self.base_delay * 2 ** (min(len(recent), 16) - 1)))
        return False


def load_credentials(value: str | None = None, file: str | None = None) -> dict[str, str]:
    """Credentials from ``user:password`` (a flag or ASSISTANT_AUTH) or from a file of such
    lines (ASSISTANT_AUTH_FILE; ``#`` comments). A file keeps the password out of the process
    list. ValueError when malformed or unreadable."""
    credentials: dict[str, str] = {}
    if file:
        try:
            lines = Path(file).read_text(encoding="utf-8").splitlines()
        except OSError as err:
            raise ValueError(f"cannot read the credentials file {file}: {err.strerror or err}") from None
        for number, line in enumerate(lines, 1):
            if line.strip() and not line.lstrip().startswith("#"):
                try:
                    user, password = parse_auth(line.strip())  # type: ignore[misc]
                except ValueError as err:
                    raise ValueError(f"{file}, line {number}: {err}") from None
                credentials[user] = password
        if not credentials:
            raise ValueError(f"the credentials file {file} holds no user:password line")
    pair = parse_auth(value)
    if pair:
        credentials[pair[0]] = pair[1]
    return credentials


def reject(err: Exception, request: Any = None) -> gr.Error:
    """The error a client sees; a refused question is one line in the log, an internal error
    keeps its traceback there."""
    message = _error_message(err)
    client = ClientLimiter.client_of(request)[:12]
    if message.startswith("internal error"):
        import traceback

        traceback.print_exception(err, file=sys.stderr)
    else:
        print(f"refused ({client}): {message[:200]}", file=sys.stderr, flush=True)
    return gr.Error(message, print_exception=False)


def _error_message(err: Exception) -> str:
    from .documents import DocumentError
    from .store import StoreError

    if isinstance(err, (ValueError, TypeError, DocumentError, StoreError, json.JSONDecodeError)):
        return str(err)
    return f"internal error ({type(err).__name__}); see the server log"


def _constant(value: str) -> Callable[[], str]:
    return lambda: value


class AssistantBlocks(gr.Blocks):
    """gr.Blocks whose launch() defaults are this app's: its CSS, no SSR, upload size cap."""

    def launch(self, *args, **kwargs):  # type: ignore[override]
        kwargs.setdefault("css", CSS)
        kwargs.setdefault("ssr_mode", False)
        kwargs.setdefault("max_file_size", MAX_UPLOAD)
        kwargs["share"] = False  # never
        return super().launch(*args, **kwargs)


def build_app(**options: Any) -> gr.Blocks:
    """The Gradio app for one corpus/index. ``options`` are :func:`assistant.answer` options."""
    from .pipeline import get_engine, stream_answer, validate_question

    def engine():
        return get_engine(**options)

    limiter = ClientLimiter()
    api_slots = threading.BoundedSemaphore(CONCURRENCY_LIMIT)  # /ask answers computed at once
    # Who may remove documents when login is on (comma-separated user names); without login,
    # the server is local (loopback) and its one user may.
    admins = {a.strip() for a in os.environ.get("ASSISTANT_ADMINS", "").split(",") if a.strip()}

    def who(request: Any, token: str | None) -> str | None:
        """Whose private uploads this session sees: the signed-in user, else the browser's key."""
        user = getattr(request, "username", None)
        if user:
            return f"user:{user}"
        return f"browser:{token}" if token else None

    def is_admin(request: Any) -> bool:
        """May remove shared documents: an administrator, or without login (a loopback server)
        its local user."""
        user = getattr(request, "username", None)
        return user is None or user in admins

    def reviews_uploads(request: Any) -> bool:
        """Sees and shares everyone's private uploads: a signed-in administrator only (without
        login, browsers are told apart only by their keys, so none sees another's uploads)."""
        user = getattr(request, "username", None)
        return user is not None and user in admins

    def session_rights(request: Any, token: str | None) -> tuple[str | None, bool]:
        """(whose private uploads this session sees, whether it sees everyone's)."""
        return who(request, token), reviews_uploads(request)

    def owns(source: str | None, owner: str | None) -> bool:
        from .uploads import owner_key, private_owner

        return bool(source) and private_owner(source) is not None and private_owner(source) == owner_key(owner)

    def ensure_token(token: str | None) -> str:
        import secrets

        return token if token and re.fullmatch(r"[0-9a-f]{32}", token) else secrets.token_hex(16)

    def new_state() -> dict[str, Any]:
        return {"history": [], "messages": [], "answers": []}

    # -- chat -----------------------------------------------------------------------------

    def respond(question: str, state: dict[str, Any], token: str, request: gr.Request):
        state = {k: list(v) for k, v in (state or new_state()).items()}
        try:
            question = validate_question(question)
            client = limiter.acquire(request)
        except (ValueError, TypeError) as err:
            reject(err, request)  # one line in the log
            yield gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), \
                f'<div class="hint err" role="alert">{html.escape(_error_message(err))}</div>'
            return
        try:
            yield from _respond(question, state, who(request, token))
        finally:
            limiter.release(client)

    def _respond(question: str, state: dict[str, Any], owner: str | None):
        turn = len(state["answers"])
        messages = state["messages"] + [{"role": "user", "content": plain_markdown(question)}]
        waiting = messages + [{"role": "assistant", "content": "_Searching the documents…_"}]
        yield waiting, state, gr.skip(), "", gr.skip(), ""
        result = None
        try:
            recent = state["history"][-HISTORY_TURNS_READ:]  # all that follow-ups need
            for partial, final in stream_answer(question, recent, owner=owner, **options):
                if final is None:
                    draft = ("_Draft from the language model, not yet verified: checking every "
                             "sentence against its sources…_\n\n" + safe_markdown(partial))
                    yield (messages + [{"role": "assistant", "content": draft}],
                           state, gr.skip(), "", gr.skip(), "")
                else:
                    result = final
        except Exception as err:  # noqa: BLE001 - the user sees a message, the session lives
            reject(err)
            yield state["messages"], state, gr.skip(), question, gr.skip(), \
                f'<div class="hint err" role="alert">{html.escape(_error_message(err))}</div>'
            return
        data = result.to_dict()
        state["answers"].append(data)
        state["history"] += [{"role": "user", "content": question},
                             {"role": "assistant", "content": result.text}]
        state["messages"] = messages + [{"role": "assistant",
                                         "content": answer_markdown(data, turn)}]
        yield state["messages"], state, sources_html(data, turn), "", first_view(data, owner), ""

    def open_citation(state: dict[str, Any], token: str, evt: gr.EventData, request: gr.Request):
        ident = str(getattr(evt, "_data", {}).get("cite", "") if evt else "")
        match = re.fullmatch(r"(cite|rel)-(\d+)-(\d+)", ident)
        answers = (state or {}).get("answers") or []
        if not match or int(match.group(2)) >= len(answers):
            return gr.skip(), gr.skip()
        kind, turn, n = match.group(1), int(match.group(2)), int(match.group(3))
        data = answers[turn]
        if kind == "cite":
            item = next((c for c in data.get("citations", []) if int(c["n"]) == n), None)
            text_key, label = "quote", f"[{n}]"
        else:
            related = data.get("related") or []
            item = related[n] if n < len(related) else None
            text_key, label = "text", f"related {n + 1}"
        if item is None:
            return gr.skip(), gr.skip()
        doc = engine().retriever(who(request, token)).documents.get(item["source"])
        if doc is None:
            view = (f'<div class="warn">{html.escape(display_source(item["source"]))} is no longer in the index.'
                    "</div>")
        else:
            view = document_html(doc.text, doc.title, doc.source, int(item["start"]),
                                 int(item["end"]), item.get("highlights") or [],
                                 label=label, related=kind == "rel",
                                 expected=item.get(text_key))
        return view, sources_html(data, turn)

    def first_view(data: dict[str, Any], owner: str | None) -> str:
        """The Document pane for an answer: its first citation in its document (or the
        placeholder), so the pane never shows an earlier answer's passage."""
        citations = data.get("citations") or []
        if not citations:
            return VIEWER_PLACEHOLDER
        c = citations[0]
        doc = engine().retriever(owner).documents.get(c["source"])
        if doc is None:
            return VIEWER_PLACEHOLDER
        return document_html(doc.text, doc.title, doc.source, int(c["start"]), int(c["end"]),
                             c.get("highlights") or [], label=f"[{c['n']}]", related=False,
                             expected=c.get("quote"))

    def select_message(state: dict[str, Any], token: str, evt: gr.SelectData, request: gr.Request):
        answers = (state or {}).get("answers") or []
        index = evt.index if not isinstance(evt.index, (list, tuple)) else evt.index[0]
        turn = int(index) // 2
        if 0 <= turn < len(answers):
            return sources_html(answers[turn], turn), first_view(answers[turn], who(request, token))
        return gr.skip(), gr.skip()

    def copy_answer(state: dict[str, Any] | None) -> str:
        """The last answer as plain text with numbered sources."""
        answers = (state or {}).get("answers") or []
        return plain_answer_text(answers[-1]) if answers else ""

    def restore(state: dict[str, Any] | None):
        """After a reload: the conversation kept in the browser, and its last answer's sources."""
        state = state or new_state()
        answers = state.get("answers") or []
        last = sources_html(answers[-1], len(answers) - 1) if answers else SOURCES_PLACEHOLDER
        return state.get("messages") or [], last

    def reset():
        return [], new_state(), SOURCES_PLACEHOLDER, VIEWER_PLACEHOLDER, "", ""

    # -- API ------------------------------------------------------------------------------

    def ask(question: str, history: list | str | None = None, request: gr.Request = None) -> dict:
        """Answer a question from the documents, with verbatim citations, or abstain.

        question: the question (1 to 4000 characters).
        history: earlier turns, oldest first: a list (or a JSON string) of
            {"role": "user" | "assistant", "content": str}; [] for none.
        Returns the Answer as JSON: text (markdown with [n] markers), citations (n, source,
        title, quote, start, end, section, page, highlights), abstained, related, ...
        """
        try:
            from .conversation import validate_history
            from .pipeline import answer

            if isinstance(history, str):
                history = json.loads(history) if history.strip() else []
            validate_question(question)
            validate_history(history)  # refused at once, without waiting for an answer slot
            with limiter(request), api_slots:
                owner = who(request, None)  # a signed-in user's own uploads count too
                return answer(question, history or None, owner=owner, **options).to_dict()
        except Exception as err:  # noqa: BLE001 - a clear error for the client, not a crash
            raise reject(err, request) from None

    # -- documents ------------------------------------------------------------------------
    # Each user sees the shared documents and their own private uploads; an administrator also
    # sees everyone's private uploads, to share or remove them (assistant.uploads).

    def list_documents(token: str, request: gr.Request):
        return documents_table_html(engine(), *session_rights(request, token))

    def upload(files, token: str, request: gr.Request):
        """Check, copy and index the files in a worker thread; meanwhile show its progress
        (documents, records, time left) in the status line. Answers go on from the current index."""

        owner, admin = session_rights(request, token)
        outcome: dict[str, Any] = {}

        def run() -> None:
            try:
                outcome["status"] = add_documents(files, engine(), owner=owner)[0]
            except Exception as err:  # noqa: BLE001 - shown to the user
                outcome["status"] = f'<div class="err">{html.escape(_error_message(err))}</div>'

        worker = threading.Thread(target=run, name="assistant-upload", daemon=True)
        worker.start()
        yield '<div class="progress-line">Checking the files…</div>', gr.skip(), gr.skip(), gr.skip()
        while worker.is_alive():
            worker.join(0.5)
            state = engine().indexing_progress()
            if state is not None and state.documents and worker.is_alive():
                yield progress_html(state), gr.skip(), gr.skip(), gr.skip()
        yield outcome.get("status", ""), documents_table_html(engine(), owner, admin), None, \
            gr.update(choices=document_choices(owner, admin))

    def document_choices(owner: str | None, admin: bool) -> list[tuple[str, str]]:
        try:
            documents = visible_documents(engine(), owner, admin)
        except Exception:  # noqa: BLE001 - an empty or broken index lists nothing
            return []
        return sorted(((f"{d.title} ({display_source(d.source)})", d.source) for d in documents.values()),
                      key=lambda item: item[0].lower())

    def load_choices(token: str, request: gr.Request):
        return gr.update(choices=document_choices(*session_rights(request, token)))

    def open_document(source: str | None, token: str, request: gr.Request):
        doc = visible_documents(engine(), *session_rights(request, token)).get(source or "")
        if doc is None:
            return '<div class="warn">Choose an indexed document to open.</div>'
        return (f'<div class="doc-view"><div class="doc-head">{html.escape(doc.title)}</div>'
                f'<div class="doc-meta">{html.escape(display_source(doc.source))} · '
                f'{len(doc.text):,} characters</div>'
                f'<div class="doc-text">{html.escape(doc.text)}</div></div>')

    def _after_change(message: str, owner: str | None, admin: bool):
        return message, documents_table_html(engine(), owner, admin), \
            gr.update(choices=document_choices(owner, admin), value=None)

    def remove_document(source: str | None, token: str, request: gr.Request):
        from .uploads import is_private

        owner, admin = session_rights(request, token)
        if not (owns(source, owner) or admin or (is_admin(request) and not is_private(source or ""))):
            reject(PermissionError("only an administrator can remove shared documents"), request)
            return ('<div class="err">Only an administrator (ASSISTANT_ADMINS) can remove shared '
                    "documents; you can remove your own private uploads.</div>", gr.skip(), gr.skip())
        return _after_change(remove_from_corpus(engine(), source or ""), owner, admin)

    def share_document(source: str | None, token: str, request: gr.Request):
        owner, admin = session_rights(request, token)
        local = getattr(request, "username", None) is None  # no login: the local operator
        if not (admin or (local and owns(source, owner))):
            reject(PermissionError("only an administrator can share uploads"), request)
            return ('<div class="err">Only an administrator (ASSISTANT_ADMINS, with login) can share '
                    "an upload with everyone; without login, the operator shares their own uploads."
                    "</div>", gr.skip(), gr.skip())
        return _after_change(share_with_everyone(engine(), source or ""), owner, admin)

    # -- layout ---------------------------------------------------------------------------

    with AssistantBlocks(title="Cited document assistant", analytics_enabled=False) as app:
        # In the browser's storage: the conversation survives a reload of the page.
        state = gr.BrowserState(new_state(), storage_key="assistant-conversation")
        # This browser's key: its private uploads are kept under it when nobody signs in.
        token = gr.BrowserState("", storage_key="assistant-owner")
        gr.HTML("<h1>Cited document assistant</h1><p>Answers come only from the documents, "
                "with numbered sources; click a number to read the passage in its document. "
                "When the documents do not contain the answer, it says so.</p>",
                elem_classes="assistant-header", js_on_load=None)
        with gr.Tabs():
            with gr.Tab("Ask", id="ask"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3, min_width=360):
                        chatbot = gr.Chatbot(
                            label="Chat", elem_id="chat", height=460, sanitize_html=True,
                            allow_tags=False, latex_delimiters=[], buttons=[],
                            feedback_options=None, render_markdown=True,
                            placeholder="Ask about the documents, e.g. a trial's primary "
                                        "endpoint or a deal's terms.")
                        with gr.Row():
                            box = gr.Textbox(placeholder="Ask a question about the documents…",
                                             show_label=False, scale=5, elem_id="question",
                                             max_lines=4, autofocus=True)
                            send = gr.Button("Ask", variant="primary", scale=1, min_width=80,
                                             elem_id="ask-button")
                        hint = gr.HTML("", elem_id="question-hint", js_on_load=None)
                        examples = corpus_examples(engine().settings.corpus)
                        if examples:
                            gr.Markdown("**Examples:**")
                        with gr.Row():
                            example_buttons = [(gr.Button(q, size="sm", elem_classes="example"), q)
                                               for q in examples]
                        with gr.Row():
                            clear = gr.Button("New conversation", size="sm", variant="secondary")
                            copy = gr.Button("Copy last answer (plain text)", size="sm", variant="secondary",
                                             elem_id="copy-answer")
                        copied = gr.Textbox(visible=False, elem_id="copied-text")
                    with gr.Column(scale=2, min_width=320):
                        gr.Markdown("### Sources")
                        sources = gr.HTML(SOURCES_PLACEHOLDER, elem_id="sources-panel",
                                          js_on_load=None)
                        gr.Markdown("### Document")
                        viewer = gr.HTML(VIEWER_PLACEHOLDER, elem_id="source-viewer",
                                         js_on_load=VIEWER_JS)
            with gr.Tab("Documents", id="documents"):
                docs_table = gr.HTML("<i>Loading…</i>", elem_id="docs-table", js_on_load=None)
                gr.Markdown("#### Add documents\nUpload .txt, .md, .rst, .html or .pdf files: each is "
                            "checked, copied and indexed. Files that cannot be read are rejected "
                            "with a message; existing files are never overwritten. "
                            + ("Uploads join the shared corpus and are marked as uploaded."
                               if engine().settings.share_uploads else
                               "**Uploads are private**: only your answers use them, until an "
                               "administrator shares them with everyone."))
                files = gr.File(file_count="multiple", label="Files to add",
                                file_types=list(SUPPORTED_SUFFIXES), elem_id="upload-files")
                add = gr.Button("Upload", variant="primary", elem_id="upload-button")
                status = gr.HTML("", elem_id="upload-status", js_on_load=None)
                gr.Markdown("#### Open, share or remove a document\nRemoving moves the file out of "
                            "the corpus into its `.removed/` folder (nothing is deleted) and out of "
                            "the index. Sharing makes a private upload part of everyone's corpus "
                            "(administrators only).")
                with gr.Row():
                    chosen = gr.Dropdown(choices=[], label="Document", elem_id="doc-choice",
                                         scale=4, allow_custom_value=False)
                    open_button = gr.Button("Open", elem_id="doc-open", scale=1)
                    share_button = gr.Button("Share with everyone", elem_id="doc-share", scale=1)
                    remove_button = gr.Button("Remove", variant="stop", elem_id="doc-remove", scale=1)
                removed = gr.HTML("", elem_id="doc-removed", js_on_load=None)
                opened = gr.HTML("", elem_id="doc-opened", js_on_load=None)

        chat_outputs = [chatbot, state, sources, box, viewer, hint]
        common = dict(api_visibility="private", show_progress="minimal")
        box.submit(respond, [box, state, token], chat_outputs, **common)
        send.click(respond, [box, state, token], chat_outputs, **common)
        for button, question in example_buttons:
            button.click(_constant(question), None, box, api_visibility="private",
                         queue=False).then(respond, [box, state, token], chat_outputs, **common)
        chatbot.clear(reset, None, [chatbot, state, sources, viewer, box, hint], api_visibility="private",
                      queue=False)
        clear.click(reset, None, [chatbot, state, sources, viewer, box, hint], api_visibility="private",
                    queue=False)
        viewer.click(open_citation, [state, token], [viewer, sources], api_visibility="private",
                     show_progress="hidden")
        chatbot.select(select_message, [state, token], [sources, viewer], api_visibility="private",
                       show_progress="hidden")
        add.click(upload, [files, token], [status, docs_table, files, chosen], api_visibility="private")
        open_button.click(open_document, [chosen, token], [opened], api_visibility="private")
        copy.click(copy_answer, [state], [copied], api_visibility="private", queue=False).then(
            None, [copied], None, js="(text) => { if (text) navigator.clipboard.writeText(text); }")
        remove_button.click(remove_document, [chosen, token], [removed, docs_table, chosen],
                            api_visibility="private")
        share_button.click(share_document, [chosen, token], [removed, docs_table, chosen],
                           api_visibility="private")
        # The browser's key first (made on its first visit), then what depends on it.
        app.load(ensure_token, [token], [token], api_visibility="private", queue=False).then(
            load_choices, [token], chosen, api_visibility="private").then(
            list_documents, [token], docs_table, api_visibility="private")
        app.load(restore, [state], [chatbot, sources], api_visibility="private")
        # Outside Gradio's queue, so a refusal (an over-limit history, a client over its limit)
        # costs no queue place; answers still run at most CONCURRENCY_LIMIT at once (api_slots).
        gr.api(ask, api_name="ask", queue=False)
    app.queue(default_concurrency_limit=CONCURRENCY_LIMIT, max_size=256)
    return app


# ---------------------------------------------------------------------------------------------
# assistant serve


def is_loopback(host: str) -> bool:
    if host.strip().lower() in ("localhost", "localhost.localdomain", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """``user:password`` → (user, password); None when unset. ValueError when malformed."""
    if value is None or not value.strip():
        return None
    user, sep, password = value.partition(":")
    if not sep or not user.strip() or not password:
        raise ValueError("credentials must look like user:password (both non-empty)")
    return user.strip(), password


def port_in_use(host: str, port: int) -> str:
    """Why ``host:port`` cannot be bound (for example already in use), or "" when it can."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as err:
        return f"unknown host ({err.strerror})"
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as err:
            return "the port is already in use" if err.errno in (98, 48, 10048) else (err.strerror or str(err))
    return ""


def serve(args) -> int:
    """``assistant serve``: the web UI on host:port (default 127.0.0.1:7860).

    Binding beyond loopback requires credentials (``--auth-file``/ASSISTANT_AUTH_FILE, or
    ``--auth user:password``/ASSISTANT_AUTH); without them it refuses to start (exit code 2), as
    it does on a busy port. Failed logins are slowed down and then locked out (:class:`LoginGuard`).
    The index is kept up to date in the background. Analytics are off; never shared."""
    from .cli import settings_options
    from .pipeline import get_engine

    host = getattr(args, "host", None) or DEFAULT_HOST
    port = int(getattr(args, "port", None) or DEFAULT_PORT)
    try:
        credentials = load_credentials(getattr(args, "auth", None) or os.environ.get("ASSISTANT_AUTH"),
                                       getattr(args, "auth_file", None) or os.environ.get("ASSISTANT_AUTH_FILE"))
    except ValueError as err:
        print(f"error: credentials (--auth, --auth-file, ASSISTANT_AUTH, ASSISTANT_AUTH_FILE): {err}",
              file=sys.stderr)
        return 2
    auth = LoginGuard(credentials).check if credentials else None
    if not is_loopback(host) and auth is None:
        print(f"error: refusing to serve on {host}: binding beyond loopback (127.0.0.1) exposes "
              "the documents to the network, so it requires credentials: pass "
              "--auth-file FILE (user:password lines) or set ASSISTANT_AUTH_FILE or "
              "ASSISTANT_AUTH=user:password (or use --host 127.0.0.1).", file=sys.stderr)
        return 2
    busy = port_in_use(host, port)
    if busy:
        print(f"error: cannot serve on {host}:{port}: {busy}. Stop the other server or choose "
              "another port with --port.", file=sys.stderr)
        return 2
    options = settings_options(args)
    options.setdefault("background_index", True)  # a shared server answers while it indexes
    options.setdefault("trace_models", True)  # many threads: a forward pass must not wait for the GIL
    engine = get_engine(**options)
    print(f"indexing {engine.settings.corpus} (only what changed)…", flush=True)
    report = engine.sync(log=lambda line: print(line, flush=True))
    for source, message in report.failed.items():
        print(f"  ! {source}: {message}", file=sys.stderr)
    print(report.summary(), flush=True)
    engine.reader()  # load the reader now: a missing model fails here, not at the first question
    app = build_app(**options)
    shown = f"[{host}]" if ":" in host else host
    print(f"serving on http://{shown}:{port}" + (" (login required)" if auth else ""), flush=True)
    try:
        app.launch(server_name=host, server_port=port, auth=auth, show_error=False, quiet=True,
                   inbrowser=False, auth_message="Sign in to the document assistant.")
    except OSError as err:  # the port was taken between the check and the launch
        print(f"error: cannot serve on {host}:{port}: {err}. Choose another port with --port.",
              file=sys.stderr)
        return 2
    return 0
