"""Opt-in LLM answers through any OpenAI-compatible server, every sentence verified.

Flow (``answer_with_llm`` and its streaming twin ``stream_with_llm``):

1. **Condense** a follow-up (history non-empty) into a standalone question with
   ``prompts/condense.txt``; on any problem the rule-based resolution the pipeline already did
   (``standalone``) is used instead.
2. **Retrieve** numbered sources: windows around the best hybrid (dense + BM25) units, then the
   best dense chunks, merged per document, within a character budget. Each source is an exact
   span ``document.text[start:end]`` with its title and file.
3. **Generate** with ``prompts/answer.txt`` through llama-index's ``OpenAILike`` (chat API).
   Sources are fenced in ``<source>`` tags, the prompt says they are data, and sentences that
   read like instructions to a model ("ignore previous instructions ...") are redacted from the
   prompt *and* never count as evidence.
4. **Guard**: the draft is split into sentences (:func:`assistant.verify.split_cited_sentences`).
   A sentence is kept only if it cites at least one existing source and
   :func:`assistant.verify.support` accepts it against the cited sources' sentences (every
   number/amount/date/identifier present, wording or meaning close enough). If the cited
   source does not support it but another retrieved source does (a wrong citation number),
   the citation is corrected to that source — the user only ever sees a citation whose quote
   supports the sentence. Everything else is dropped into ``Answer.dropped`` with a reason.
   Each citation's quote is the supporting sentence(s) of the passage, verbatim, with exact
   document offsets; citations are renumbered 1..k in order of first appearance.
5. **Fallbacks** — the extractive answer (``backend="extractive"``) with ``fallback_reason``
   when the server errors, times out, returns garbage, or no sentence survives the guard.

Abstention policy: when the model says the sources do not answer ("NOT IN SOURCES") and no
sentence survives, the extractive reader is consulted. If it also finds nothing, the answer is
an abstention (``abstained=True``, no citations, ``backend="llm"``). If it does find cited
passages, those verbatim passages are shown (``backend="extractive"``, with a fallback reason):
an LLM may neither invent an answer nor hide one the corpus verifiably contains.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

import numpy as np

from .config import Settings, project_root
from .types import Answer, Citation, Dropped
from .verify import key_tokens, looks_like_instruction, split_cited_sentences, support

MAX_SOURCES = 5
SOURCE_BUDGET_CHARS = 4000  # all sources together, in the prompt
MAX_SOURCE_CHARS = 1200  # one source
MAX_QUOTE_SENTENCES = 3
PLACEHOLDER_API_KEY = "not-needed"  # local servers (Ollama, llama.cpp, vLLM) ignore the key

_ABSTAIN_RE = re.compile(
    r"not in (?:the )?sources?"
    r"|\b(?:sources?|documents?|context|passages?|provided (?:text|information))\b[^.]{0,20}"
    r"\b(?:do|does|did)\s*(?:n't|not)\s+(?:contain|answer|mention|provide|include|say|specify|state|address)"
    r"|\b(?:cannot|can't|could not|couldn't|unable to)\s+(?:find|answer|determine|be determined)"
    r"|\bno (?:relevant )?information\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------------------------
# prompts


@lru_cache(maxsize=8)
def load_prompt(name: str) -> tuple[str, str]:
    """``prompts/<name>.txt`` → (system, user) templates (``### system`` / ``### user``)."""
    path = project_root() / "prompts" / f"{name}.txt"
    raw = path.read_text(encoding="utf-8")
    parts = re.split(r"^###\s*(system|user)\s*$", raw, flags=re.MULTILINE | re.IGNORECASE)
    sections: dict[str, str] = {}
    for label, body in zip(parts[1::2], parts[2::2]):
        sections[label.lower()] = body.strip()
    if "user" not in sections:
        return "", raw.strip()
    return sections.get("system", ""), sections["user"]


def _fill(template: str, **values: str) -> str:
    # str.replace, not str.format: sources contain braces
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


def _messages(name: str, **values: str):
    from llama_index.core.llms import ChatMessage, MessageRole

    system, user = load_prompt(name)
    messages = []
    if system:
        messages.append(ChatMessage(role=MessageRole.SYSTEM, content=_fill(system, **values)))
    messages.append(ChatMessage(role=MessageRole.USER, content=_fill(user, **values)))
    return messages


# ---------------------------------------------------------------------------------------------
# sources


@dataclass(frozen=True)
class Source:
    """One numbered source of the prompt: an exact span of a document."""

    n: int
    source: str
    title: str
    start: int
    end: int
    section: str
    text: str  # == document.text[start:end]


@dataclass(frozen=True)
class Evidence:
    """A sentence of a source that may be quoted (instruction-like sentences never are)."""

    source: Source
    start: int
    end: int
    text: str


def select_sources(question: str, retriever, embedding, settings: Settings,
                   max_sources: int = MAX_SOURCES, budget: int = SOURCE_BUDGET_CHARS) -> list[Source]:
    """Windows around the best hybrid units, then the best dense chunks, merged per document."""
    spans: list[tuple[str, int, int, str]] = []
    if retriever.units:
        hits = retriever.search(question, embedding, settings.candidates)
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1]["rrf"], -kv[1]["dense"]))
        for index, _scores in ranked[: max_sources * 3]:
            unit = retriever.units[index]
            lo = hi = unit
            for step, attr in ((-1, "lo"), (1, "hi")):
                neighbour = retriever.neighbour(index, step)
                if neighbour is not None:
                    if attr == "lo":
                        lo = retriever.units[neighbour]
                    else:
                        hi = retriever.units[neighbour]
            spans.append((unit.source, lo.start, hi.end, unit.section))
    if embedding is not None:
        try:
            for chunk in retriever.chunk_passages(embedding, 3):
                spans.insert(min(2, len(spans)), (chunk["source"], chunk["start"], chunk["end"],
                                                  chunk.get("section", "")))
        except Exception:  # chunk store unavailable: unit windows are enough
            pass

    chosen: list[list[Any]] = []  # [source, start, end, section]
    used = 0
    for source, start, end, section in spans:
        if source not in retriever.documents or end <= start:
            continue
        end = min(end, start + MAX_SOURCE_CHARS)
        merged = False
        for item in chosen:
            if item[0] == source and start <= item[2] + 40 and item[1] <= end + 40:
                new_start, new_end = min(item[1], start), max(item[2], end)
                growth = (new_end - new_start) - (item[2] - item[1])
                if new_end - new_start <= MAX_SOURCE_CHARS and used + growth <= budget:
                    used += growth
                    item[1], item[2] = new_start, new_end
                merged = True
                break
        if merged:
            continue
        if len(chosen) >= max_sources or used + (end - start) > budget:
            continue
        chosen.append([source, start, end, section])
        used += end - start
    out = []
    for n, (source, start, end, section) in enumerate(chosen, 1):
        doc = retriever.documents[source]
        out.append(Source(n=n, source=source, title=doc.title, start=start, end=end,
                          section=section, text=doc.text[start:end]))
    return out


def _is_injection(text: str) -> bool:
    return looks_like_instruction(text)


def source_evidence(source: Source, document_text: str) -> list[Evidence]:
    """The quotable sentences of a source, with document offsets."""
    from .documents import split_sentences

    out = []
    for line in re.finditer(r"[^\n]+", source.text):
        line_start, line_end = source.start + line.start(), source.start + line.end()
        if not document_text[line_start:line_end].strip():
            continue
        for start, end in split_sentences(document_text, line_start, line_end):
            text = document_text[start:end]
            if len(text.strip()) < 2 or _is_injection(text):
                continue
            out.append(Evidence(source, start, end, text))
    return out


def _fence(text: str) -> str:
    text = re.sub(r"</?\s*source\b[^>]*>", "[tag removed]", text, flags=re.IGNORECASE)
    return text


def render_sources(sources: list[Source], document_texts: dict[str, str]) -> str:
    blocks = []
    for s in sources:
        text = s.text
        if _is_injection(text):  # redact instruction-like sentences; keep the rest as data
            kept = []
            for ev in source_evidence(s, document_texts[s.source]):
                kept.append(ev.text)
            text = " ".join(kept) + " [instruction-like text removed]"
        title = _fence(s.title).replace('"', "'")
        blocks.append(f'<source n="{s.n}" title="{title}" file="{_fence(s.source)}">\n'
                      f"{_fence(text).strip()}\n</source>")
    return "\n\n".join(blocks)


# ---------------------------------------------------------------------------------------------
# the server


def make_llm(settings: Settings):
    from llama_index.llms.openai_like import OpenAILike

    api_key = os.environ.get(settings.llm_api_key_env or "", "") or PLACEHOLDER_API_KEY
    return OpenAILike(
        model=settings.llm_model,
        api_base=settings.llm.rstrip("/"),
        api_key=api_key,
        timeout=settings.llm_timeout,
        temperature=settings.llm_temperature,
        max_tokens=settings.llm_max_tokens,
        max_retries=0,  # a failing server falls back at once; no silent multi-minute retries
        is_chat_model=True,
        is_function_calling_model=False,
        context_window=8192,
        reuse_client=False,
    )


class LLMFailure(Exception):
    """The server could not give a usable reply; ``str()`` is the user-facing reason."""


def describe_error(exc: BaseException, settings: Settings) -> str:
    try:
        import openai
    except ImportError:  # pragma: no cover
        openai = None
    import httpx

    if isinstance(exc, LLMFailure):
        return str(exc)
    if isinstance(exc, (TimeoutError, httpx.TimeoutException)) or (
            openai and isinstance(exc, openai.APITimeoutError)):
        return f"LLM server timed out after {settings.llm_timeout:g} s"
    if openai and isinstance(exc, openai.APIStatusError):
        return f"LLM server error: HTTP {exc.status_code}"
    if openai and isinstance(exc, openai.APIConnectionError) or isinstance(exc, httpx.HTTPError):
        return f"LLM server unreachable at {settings.llm}"
    if openai and isinstance(exc, openai.APIResponseValidationError) or isinstance(
            exc, (ValueError, KeyError, IndexError, TypeError, AttributeError)):
        return f"LLM server returned an invalid response ({type(exc).__name__})"
    return f"LLM call failed ({type(exc).__name__}: {str(exc)[:120]})"


def _chat(llm, messages) -> str:
    response = llm.chat(messages)
    content = response.message.content
    if not isinstance(content, str):
        raise LLMFailure("LLM server returned an invalid response (no message content)")
    return content


# ---------------------------------------------------------------------------------------------
# follow-ups


def _history_text(history: list[dict[str, str]], max_turns: int = 6) -> str:
    lines = []
    for turn in history[-max_turns:]:
        role = "User" if turn.get("role") == "user" else "Assistant"
        content = re.sub(r"\[\d+\]", "", turn.get("content", "")).strip()
        content = re.sub(r"\s+", " ", content)[:600]
        lines.append(f"{role}: {_fence(content)}")
    return "\n".join(lines)


def condense(question: str, history: list[dict[str, str]], standalone: str, llm) -> str:
    """The LLM's standalone rewrite of a follow-up; ``standalone`` when it gives nothing usable.

    Connection errors and timeouts propagate (the answer call would fail the same way)."""
    import openai

    try:
        raw = _chat(llm, _messages("condense", history=_history_text(history), question=question))
    except (openai.APIConnectionError, TimeoutError):
        raise
    except Exception:
        return standalone
    line = next((ln.strip() for ln in raw.strip().splitlines() if ln.strip()), "")
    line = re.sub(r"^(?:standalone question\s*:\s*)", "", line, flags=re.IGNORECASE)
    line = line.strip().strip('"“”\'').strip()
    from .text import content_terms

    if not line or len(line) > 500 or not content_terms(line) or _is_injection(line):
        return standalone
    return line


# ---------------------------------------------------------------------------------------------
# the guard


class _CachedEmbedder:
    """Embeds each text once per answer (claims are compared with many sentences)."""

    def __init__(self, inner):
        self.inner = inner
        self.cache: dict[str, np.ndarray] = {}

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if todo:
            for text, vector in zip(todo, self.inner.encode(todo, batch_size)):
                self.cache[text] = vector
        return np.stack([self.cache[t] for t in texts])


@dataclass
class Verified:
    sentence: str
    quotes: list[Evidence]  # merged, in order


def _choose_quotes(claim: str, evidence: list[Evidence], embedder) -> list[Evidence] | None:
    """The fewest sentences of the supporting source(s) that carry the claim's key tokens."""
    claim_keys = key_tokens(claim)
    scored = []
    for ev in evidence:
        s = support(claim, [ev.text], embedder)
        scored.append((ev, key_tokens(ev.text) & claim_keys, s.score))
    if not scored:
        return None
    remaining = set(claim_keys)
    chosen: list[Evidence] = []
    while len(chosen) < MAX_QUOTE_SENTENCES:
        candidates = [(len(keys & remaining), score, ev) for ev, keys, score in scored
                      if ev not in chosen]
        if not candidates:
            break
        covered, score, best = max(candidates, key=lambda c: (c[0], c[1]))
        if chosen and covered == 0:
            break
        chosen.append(best)
        remaining -= key_tokens(best.text)
        if not remaining:
            break
    if remaining:
        return None
    return _merge_adjacent(chosen)


def _merge_adjacent(chosen: list[Evidence]) -> list[Evidence]:
    chosen = sorted(chosen, key=lambda e: (e.source.n, e.start))
    merged: list[Evidence] = []
    for ev in chosen:
        if merged and merged[-1].source.source == ev.source.source:
            prev = merged[-1]
            doc_text_between = None
            if prev.end <= ev.start and ev.start - prev.end <= 300:
                # contiguous enough: one quote from the first to the last sentence
                base = prev.source
                offset = base.start
                if base.start <= prev.start and ev.end <= base.end:
                    doc_text_between = base.text[prev.start - offset:ev.end - offset]
            if doc_text_between is not None and not _is_injection(doc_text_between):
                merged[-1] = Evidence(prev.source, prev.start, ev.end, doc_text_between)
                continue
        merged.append(ev)
    return merged


def _windows(evidence: list[Evidence]) -> list[str]:
    """The passages a sentence is checked against: the source's sentences, one at a time.

    (Pairs of adjacent sentences were tried and dropped: words scattered over two sentences
    let short off-topic claims reach the overlap threshold.)"""
    return [ev.text for ev in evidence]


def guard(draft: str, sources: list[Source], document_texts: dict[str, str],
          embedder) -> tuple[list[Verified], list[Dropped]]:
    """Keep the sentences of ``draft`` that their cited sources support; drop the rest."""
    evidence = {s.n: source_evidence(s, document_texts[s.source]) for s in sources}
    kept: list[Verified] = []
    dropped: list[Dropped] = []
    k = len(sources)
    for sentence, markers in split_cited_sentences(draft):
        if not markers:
            if _ABSTAIN_RE.search(sentence):
                continue  # the model's "not in sources": handled by the caller
            dropped.append(Dropped(sentence, "no citation"))
            continue
        valid = [m for m in markers if 1 <= m <= k]
        if not valid:
            shown = ", ".join(f"[{m}]" for m in markers)
            dropped.append(Dropped(sentence, f"cites {shown}, but only sources [1]–[{k}] exist"
                                   if k else f"cites {shown}, but no source was given"))
            continue
        cited_evidence = [ev for m in valid for ev in evidence[m]]
        verdict = support(sentence, _windows(cited_evidence), embedder)
        chosen_evidence = cited_evidence
        if not verdict.supported:
            # a wrong citation number: does another retrieved source support the sentence?
            best = None
            for s in sources:
                if s.n in valid or not evidence[s.n]:
                    continue
                other = support(sentence, _windows(evidence[s.n]), embedder)
                if other.supported and (best is None or other.score > best[0].score):
                    best = (other, s.n)
            if best is None:
                shown = ", ".join(f"[{m}]" for m in valid)
                dropped.append(Dropped(sentence, f"cited {shown}: {verdict.reason}"))
                continue
            chosen_evidence = evidence[best[1]]
        quotes = _choose_quotes(sentence, chosen_evidence, embedder)
        if not quotes:
            dropped.append(Dropped(sentence, "no single passage sentence carries its facts"))
            continue
        kept.append(Verified(sentence, quotes))
    return kept, dropped


def _highlights(claim: str, ev: Evidence) -> tuple[tuple[int, int], ...]:
    claim_keys = key_tokens(claim)
    out = []
    pattern = (r"[€$£]?\s?\d[\d.,]*(?:\s?(?:million|billion|thousand|%|percent|euros?|dollars?))?"
               r"|\b[A-Za-z]+-?\d[\w-]*")
    for m in re.finditer(pattern, ev.text):
        raw = m.group(0).rstrip(".,")
        if raw and key_tokens(raw) & claim_keys:
            start = ev.start + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            out.append((start, start + len(raw.strip())))
    return tuple(out)


def compose(kept: list[Verified], document_titles: dict[str, str], document_pages) -> tuple[str, list[Citation]]:
    """Render verified sentences with citations numbered 1..k by first appearance."""
    numbers: dict[tuple[str, int, int], int] = {}
    citations: list[Citation] = []
    parts = []
    for item in kept:
        marks = []
        for ev in item.quotes:
            key = (ev.source.source, ev.start, ev.end)
            if key not in numbers:
                numbers[key] = len(citations) + 1
                citations.append(Citation(
                    n=numbers[key], source=ev.source.source,
                    title=document_titles[ev.source.source], quote=ev.text, start=ev.start,
                    end=ev.end, section=ev.source.section,
                    page=document_pages(ev.source.source, ev.start),
                    highlights=_highlights(item.sentence, ev)))
            mark = f"[{numbers[key]}]"
            if mark not in marks:
                marks.append(mark)
        body = item.sentence.rstrip()
        if not body.endswith((".", "!", "?", "…", '."', ".”")):
            body += "."
        parts.append(f"{body} {''.join(marks)}")
    return " ".join(parts), citations


# ---------------------------------------------------------------------------------------------
# answering


@dataclass
class _Prepared:
    llm: Any
    sources: list[Source]
    messages: list
    question: str  # what was asked of the model (the condensed follow-up)


def _embedder(settings: Settings):
    from .embed import get_embedder

    return get_embedder(settings.embed_model_path, settings.threads, settings.dtype, settings.trace_models)


def _fallback(reason: str, standalone: str, retriever, embedding, settings: Settings,
              dropped: list[Dropped] | None = None) -> Answer:
    from .pipeline import extractive_answer

    result = extractive_answer(standalone, retriever, embedding, settings)
    result.backend = "extractive"
    result.fallback_reason = f"{reason}; showing the extractive answer"
    result.dropped = list(dropped or [])
    return result


def _prepare(standalone: str, question: str, history, retriever, embedding,
             settings: Settings) -> _Prepared:
    llm = make_llm(settings)
    asked = standalone
    if history:
        asked = condense(question, history, standalone, llm)
    query_embedding = embedding
    if asked != standalone and retriever.units:
        query_embedding = _embedder(settings).encode_query(asked)
    sources = select_sources(asked, retriever, query_embedding, settings)
    texts = {s.source: retriever.documents[s.source].text for s in sources}
    messages = _messages("answer", sources=render_sources(sources, texts) or "(no sources)",
                         question=asked)
    return _Prepared(llm, sources, messages, asked)


def finish(draft: str, prepared: _Prepared, standalone: str, retriever, embedding,
           settings: Settings) -> Answer:
    """Verify a complete draft and build the user's Answer (or a fallback)."""
    if not draft or not draft.strip():
        return _fallback("LLM returned an empty answer", standalone, retriever, embedding, settings)
    texts = {s.source: retriever.documents[s.source].text for s in prepared.sources}
    embedder = _CachedEmbedder(_embedder(settings)) if retriever.units else None
    kept, dropped = guard(draft, prepared.sources, texts, embedder)
    if kept:
        documents = retriever.documents
        text, citations = compose(kept, {s: d.title for s, d in documents.items()},
                                  lambda source, offset: documents[source].page_of(offset))
        return Answer(text=text, citations=citations, abstained=False, backend="llm",
                      dropped=dropped)
    if _ABSTAIN_RE.search(draft):
        from .pipeline import extractive_answer

        result = extractive_answer(standalone, retriever, embedding, settings)
        result.dropped = dropped
        if result.abstained:
            result.backend = "llm"
            return result
        result.backend = "extractive"
        result.fallback_reason = ("the LLM said the sources do not answer, but the extractive "
                                  "reader found cited passages; showing the extractive answer")
        return result
    return _fallback(f"no sentence of the LLM answer could be verified against its sources "
                     f"({len(dropped)} dropped)", standalone, retriever, embedding, settings,
                     dropped)


def answer_with_llm(standalone: str, question: str, history, retriever, embedding,
                    settings: Settings) -> Answer:
    """The verified LLM answer, or the extractive answer with ``fallback_reason``."""
    try:
        prepared = _prepare(standalone, question, history, retriever, embedding, settings)
        if not prepared.sources:
            return _fallback("no source was retrieved for the LLM", standalone, retriever,
                             embedding, settings)
        draft = _chat(prepared.llm, prepared.messages)
    except Exception as exc:  # noqa: BLE001 - every server failure becomes a fallback
        return _fallback(describe_error(exc, settings), standalone, retriever, embedding, settings)
    return finish(draft, prepared, standalone, retriever, embedding, settings)


def stream_with_llm(standalone: str, question: str, history, retriever, embedding,
                    settings: Settings) -> Iterator[tuple[str, Answer | None]]:
    """Yield ``(draft_so_far, None)`` while the model writes, then ``(text, verified Answer)``.

    The draft is *unverified*: show it as a draft and replace it with the final text."""
    try:
        prepared = _prepare(standalone, question, history, retriever, embedding, settings)
    except Exception as exc:  # noqa: BLE001
        result = _fallback(describe_error(exc, settings), standalone, retriever, embedding, settings)
        yield result.text, result
        return
    if not prepared.sources:
        result = _fallback("no source was retrieved for the LLM", standalone, retriever,
                           embedding, settings)
        yield result.text, result
        return
    draft = ""
    deadline = time.monotonic() + settings.llm_timeout
    try:
        for chunk in prepared.llm.stream_chat(prepared.messages):
            delta = chunk.delta or ""
            if delta:
                draft += delta
                yield draft, None
            if time.monotonic() > deadline:
                raise TimeoutError("stream exceeded the LLM timeout")
    except Exception as exc:  # noqa: BLE001
        result = _fallback(describe_error(exc, settings), standalone, retriever, embedding, settings)
        yield result.text, result
        return
    result = finish(draft, prepared, standalone, retriever, embedding, settings)
    yield result.text, result
