"""The Chroma index: documents, units (sentences/lines) and chunks, updated incrementally.

Three collections per corpus, in a local ``PersistentClient`` (default ``index/``) or a
``chroma run`` server (``chroma_host``/``chroma_port``):

- ``<name>-docs``: one record per document: its text (what offsets point into), title, content
  hash and a ``status`` that is ``complete`` only once all its units and chunks are written.
- ``<name>-units``: one record per sentence or short line, embedded with its context.
- ``<name>-chunks``: runs of units up to ``chunk_chars``, for passage-level context; each
  vector is the normalised mean of its units' vectors (chunks are not encoded again).

Crash safety: a document is marked ``pending`` before its old records are removed and its new
ones written, and ``complete`` after. The next sync redoes every non-complete document and
removes records whose document is gone, so a killed run is repaired, never left half-built.
Record ids are deterministic and written with ``upsert``: duplicates cannot arise.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, NamedTuple

import numpy as np

from .config import Settings
from .documents import (DocumentError, file_sha256, iter_corpus, load_document, make_chunks, unit_label,
                        valueless_labels)
from .types import Document


class WriteSizes(NamedTuple):
    """How much an indexing run writes at a time (:meth:`Store.sync`)."""

    documents: int  # small documents are written together, at most this many ...
    units: int  # ... and this many units (a larger document is written on its own)
    records: int  # records embedded and written to Chroma per call


# Long runs: the embedder sorts them by length into batches with less padding, and Chroma takes
# fewer, larger writes (README, twenty-second session).
WRITE_SIZES = WriteSizes(documents=256, units=1024, records=1024)
# A server indexing beside its answers: each Chroma write holds Python's GIL (about half a
# second for 1,024 records), and the answers in flight wait for it, so it writes less at a time.
SERVED_WRITE_SIZES = WriteSizes(documents=64, units=256, records=128)
SCHEMA_VERSION = 12  # bump when segmentation or titles change: documents are re-indexed


class StoreError(Exception):
    """The index cannot be opened or written (message says why)."""


@dataclass
class IndexProgress:
    """Where an indexing run is: documents, records embedded, and an estimate of the rest."""

    documents: int = 0
    documents_done: int = 0
    bytes_total: int = 0
    bytes_done: int = 0
    records: int = 0
    current: str = ""  # the document being embedded now
    current_bytes: int = 0
    current_records_total: int = 0
    current_records_done: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def fraction(self) -> float:
        """Share of the run done, by size (the current document counted by its records)."""
        if not self.bytes_total:
            return 1.0
        within = self.current_bytes * self.current_records_done / self.current_records_total \
            if self.current_records_total else 0.0
        return min(1.0, (self.bytes_done + within) / self.bytes_total)

    def eta_seconds(self) -> float | None:
        fraction, elapsed = self.fraction, time.monotonic() - self.started
        if fraction <= 0.02 or elapsed < 1.0:
            return None
        return elapsed * (1.0 - fraction) / fraction

    def describe(self) -> str:
        eta = self.eta_seconds()
        left = "" if eta is None else f", about {eta:.0f} s left"
        return (f"indexing: {self.documents_done}/{self.documents} documents done, "
                f"{self.records:,} records embedded{left}")


@dataclass
class IndexReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    units_embedded: int = 0
    chunks_embedded: int = 0  # chunk records written (their vectors come from the units')
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.repaired)

    def summary(self) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.updated)} updated",
                 f"{len(self.removed)} removed", f"{len(self.unchanged)} unchanged"]
        if self.repaired:
            parts.append(f"{len(self.repaired)} repaired")
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        rate = ""
        if self.units_embedded and self.seconds:
            rate = f", {self.units_embedded} units embedded, {self.chunks_embedded} chunks"
        return ", ".join(parts) + f" in {self.seconds:.2f}s{rate}"

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in (
            "added", "updated", "removed", "repaired", "unchanged", "failed", "warnings",
            "units_embedded", "chunks_embedded", "seconds")}


def _doc_id(source: str) -> str:
    return "d-" + hashlib.sha1(source.encode("utf-8")).hexdigest()[:20]


def _open_client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_host:
        try:
            return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port,
                                       settings=chroma_settings)
        except Exception as err:  # noqa: BLE001 - connection errors come in many types
            raise StoreError(
                f"cannot reach the Chroma server at {settings.chroma_host}:{settings.chroma_port}"
                f" ({err}); is `chroma run` running?") from err
    index_dir = Path(settings.index_dir)
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"cannot create the index directory {index_dir}: {err}") from err
    return chromadb.PersistentClient(path=str(index_dir), settings=chroma_settings)


class Store:
    """Access to one corpus's three collections. Create with :func:`open_store`."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.client = _open_client(settings)
        name = settings.collection_name
        kwargs = dict(embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
        self.docs = self.client.get_or_create_collection(f"{name}-docs", **kwargs)
        self.units = self.client.get_or_create_collection(f"{name}-units", **kwargs)
        self.chunks = self.client.get_or_create_collection(f"{name}-chunks", **kwargs)

    def close(self) -> None:
        """Let go of Chroma's client and what it holds in memory (a collection's vector index,
        about 2 KB a record, once it has been read or written). This store cannot be used
        after; :func:`open_store` opens a new one."""
        from .embed import release_freed_memory

        for key, store in list(_stores.items()):
            if store is self:
                del _stores[key]
        self.docs = self.units = self.chunks = None
        self.client.close()
        release_freed_memory()

    # -- reading ------------------------------------------------------------------------------

    def doc_records(self) -> dict[str, dict[str, Any]]:
        """source -> metadata of every document record."""
        got = read_all(self.docs, ["metadatas"], DOC_READ_PAGE)
        return {m["source"]: m for m in got["metadatas"] or []}

    def load_documents(self) -> dict[str, Document]:
        """Every complete document, rebuilt from its stored text (units re-derived)."""
        got = read_all(self.docs, ["metadatas", "documents"], DOC_READ_PAGE)
        documents = {}
        for meta, text in zip(got["metadatas"] or [], got["documents"] or []):
            if meta.get("status") != "complete":
                continue
            documents[meta["source"]] = _document_from_record(meta, text)
        return documents

    def unit_pages(self, include: tuple[str, ...]) -> Iterator[dict[str, Any]]:
        """The unit records (their ids and ``include``: "metadatas", "documents", "embeddings"),
        a page at a time."""
        return read_pages(self.units, list(include))

    def query_units(self, embedding, n: int) -> list[tuple[str, float]]:
        count = self.units.count()
        if count == 0:
            return []
        res = self.units.query(query_embeddings=[list(map(float, embedding))],
                               n_results=min(n, count), include=["distances"])
        return list(zip(res["ids"][0], res["distances"][0]))

    def query_chunks(self, embedding, n: int) -> list[tuple[str, dict[str, Any], str, float]]:
        count = self.chunks.count()
        if count == 0:
            return []
        res = self.chunks.query(query_embeddings=[list(map(float, embedding))],
                                n_results=min(n, count),
                                include=["metadatas", "documents", "distances"])
        return list(zip(res["ids"][0], res["metadatas"][0], res["documents"][0],
                        res["distances"][0]))

    def change_stamp(self) -> tuple | None:
        """What changes whenever any process writes to this local index: the size and time of
        change of Chroma's database files (a stat, not a read of every document's record).
        None in server mode, where there is no local file to look at."""
        if self.settings.chroma_host:
            return None
        stamp = []
        for name in ("chroma.sqlite3", "chroma.sqlite3-wal"):
            try:
                info = os.stat(Path(self.settings.index_dir) / name)
            except OSError:
                stamp.append(None)
                continue
            stamp.append((info.st_mtime_ns, info.st_size))
        return tuple(stamp)

    def status(self) -> dict[str, Any]:
        records = self.doc_records()
        return {
            "documents": len(records),
            "complete": sum(1 for m in records.values() if m.get("status") == "complete"),
            "units": self.units.count(),
            "chunks": self.chunks.count(),
        }

    # -- writing ------------------------------------------------------------------------------

    def _delete_source(self, source: str) -> None:
        self.units.delete(where={"source": source})
        self.chunks.delete(where={"source": source})

    # Small documents are written in groups of up to this many documents and units: each write
    # to Chroma costs tens of milliseconds, which dominated folders of many small files. A
    # larger document is written on its own (as soon as it is embedded).
    def _write_documents(self, group: list[tuple[Document, str, int, int]],
                         embed: Callable[[list[str]], Any], progress, batch: int) -> list[tuple[int, int]]:
        """Write a group of documents ((doc, sha, size, mtime_ns) each): units and chunks per
        document, in as few Chroma calls as possible (each costs tens of milliseconds, which
        dominated a folder of many small files). The crash-safety steps are the same as for one
        document: all marked pending, their old records removed, units and chunks written,
        then all marked complete. Returns (units, chunks) per document."""
        metas, doc_ids = [], []
        for doc, sha, size, mtime_ns in group:
            doc_ids.append(_doc_id(doc.source))
            metas.append({
                "source": doc.source, "title": doc.title, "sha256": sha, "size": size,
                "mtime_ns": str(mtime_ns), "status": "pending", "schema": SCHEMA_VERSION,
                "noise": json.dumps([[s.start, s.end] for s in doc.noise]),
                "page_starts": json.dumps(list(doc.page_starts)),
                "warnings": json.dumps(list(doc.warnings)),
                "n_units": len(doc.units), "indexed_at": time.time(),
            })
        # 1. mark pending (with the new text) before touching their records
        self.docs.upsert(ids=doc_ids, embeddings=[[1.0]] * len(group),
                         documents=[doc.text for doc, *_ in group], metadatas=metas)
        # 2. remove what an earlier version (or a killed run) left
        sources = [doc.source for doc, *_ in group]
        where = {"source": sources[0]} if len(sources) == 1 else {"source": {"$in": sources}}
        self.units.delete(where=where)
        self.chunks.delete(where=where)
        # 3. write units and, as their units are embedded, chunks. Records are made a batch at a
        # time, and a chunk's vector is the normalised mean of its units' vectors (chunks are
        # passage context for the LLM backend; encoding ~250-token chunks again cost about half
        # of all indexing time). Only the vectors of the chunk not yet complete are held: a
        # 30 MB document's 276,000 unit vectors (420 MB) never are.
        places = [(d, i) for d, (doc, *_) in enumerate(group) for i in range(len(doc.units))]
        prefixes = [f"{_doc_id(doc.source)}-{sha[:12]}" for doc, sha, _, _ in group]
        valueless = [valueless_labels(doc) for doc, *_ in group]
        plans = [make_chunks(doc, self.settings.chunk_chars) for doc, *_ in group]
        starts = np.cumsum([0] + [len(doc.units) for doc, *_ in group]).tolist()  # each document's first place
        # every chunk in writing order: (document, chunk number, its first and last place)
        spans = [(d, c, starts[d] + first, starts[d] + last)
                 for d, plan in enumerate(plans) for c, (first, last) in enumerate(plan)]
        pending: tuple[list, list, list, list] = ([], [], [], [])  # chunks: ids, vectors, texts, metadatas

        def write_chunks() -> None:
            ids, chunk_vectors, docs, chunk_metas = pending
            if ids:
                self.chunks.upsert(ids=ids, embeddings=np.asarray(chunk_vectors, dtype=np.float32),
                                   documents=docs, metadatas=chunk_metas)
                if progress is not None:
                    progress.update(len(ids))
                for part in pending:
                    part.clear()

        def unit_records(b: int):
            ids, texts, docs, unit_metas = [], [], [], []
            for d, i in places[b:b + batch]:
                doc, sha = group[d][0], group[d][1]
                unit = doc.units[i]
                text = doc.text[unit.start:unit.end]
                label = unit_label(doc, i, valueless[d])
                ids.append(f"{prefixes[d]}-u{i}")
                docs.append(text)
                texts.append(embedding_text(doc.title, unit.section, label, text))
                unit_metas.append({
                    "source": doc.source, "sha256": sha, "i": i, "start": unit.start,
                    "end": unit.end, "kind": unit.kind, "section": unit.section, "label": label,
                })
            return ids, texts, docs, unit_metas

        # An embedder in another process (``embed.overlaps``) computes the next batch while this
        # one is written to Chroma (whose writes hold the GIL; the waiting thread does not).
        ahead = ThreadPoolExecutor(1, thread_name_prefix="embed-ahead") \
            if getattr(embed, "overlaps", False) and len(places) > batch else None
        upcoming = None  # (records, future vectors) of the next batch
        held, held_from, next_chunk = None, 0, 0  # vectors of places held_from, held_from + 1, ...
        try:
            for b in range(0, len(places), batch):
                if upcoming is None:
                    ids, texts, docs, unit_metas = unit_records(b)
                    vectors = np.asarray(embed(texts), dtype=np.float32)
                else:
                    (ids, texts, docs, unit_metas), future = upcoming
                    vectors = np.asarray(future.result(), dtype=np.float32)
                    upcoming = None
                if ahead is not None and b + batch < len(places):
                    following = unit_records(b + batch)
                    upcoming = (following, ahead.submit(embed, following[1]))
                self.units.upsert(ids=ids, embeddings=vectors, documents=docs, metadatas=unit_metas)
                if progress is not None:
                    progress.update(len(ids))
                held = vectors if held is None else np.concatenate([held, vectors])
                done = b + len(ids)  # places embedded so far
                while next_chunk < len(spans) and spans[next_chunk][3] < done:  # its last unit is embedded
                    d, c, first_place, last_place = spans[next_chunk]
                    first, last = plans[d][c]
                    doc, sha = group[d][0], group[d][1]
                    start, stop = doc.units[first].start, doc.units[last].end
                    mean = held[first_place - held_from:last_place + 1 - held_from].mean(axis=0)
                    pending[0].append(f"{prefixes[d]}-c{c}")
                    pending[1].append(mean / (np.linalg.norm(mean) or 1.0))
                    pending[2].append(doc.text[start:stop])
                    pending[3].append({
                        "source": doc.source, "sha256": sha, "start": start, "end": stop,
                        "first_unit": first, "last_unit": last, "section": doc.units[first].section,
                    })
                    if len(pending[0]) >= batch:
                        write_chunks()
                    next_chunk += 1
                keep_from = spans[next_chunk][2] if next_chunk < len(spans) else done  # the open chunk's first place
                held, held_from = held[keep_from - held_from:].copy(), keep_from
        finally:
            if ahead is not None:
                ahead.shutdown(wait=True, cancel_futures=True)
        write_chunks()
        counts = []
        for (doc, *_), plan, meta in zip(group, plans, metas):
            meta["status"], meta["n_chunks"] = "complete", len(plan)
            counts.append((len(doc.units), len(plan)))
        # 4. only now are the documents complete
        self.docs.update(ids=doc_ids, metadatas=metas)
        return counts

    def sync(self, corpus: Path, embed_factory: Callable[[], Callable[[list[str]], Any]],
             paths: list[Path] | None = None, log: Callable[[str], None] | None = None,
             show_progress: bool = False,
             on_progress: Callable[[IndexProgress], None] | None = None,
             sizes: WriteSizes | None = None) -> IndexReport:
        """Bring the index in line with ``corpus`` (or only ``paths`` inside it).

        ``on_progress`` is called with an :class:`IndexProgress` as documents are loaded and
        records embedded (for a progress bar with an ETA). ``sizes``: how much is written at a
        time (default :data:`WRITE_SIZES`)."""
        sizes = sizes or WRITE_SIZES
        report = IndexReport()
        started = time.perf_counter()
        log = log or (lambda message: None)
        corpus = Path(corpus)
        if not corpus.exists():
            raise StoreError(f"corpus folder {corpus} does not exist")
        with self._lock():
            records = self.doc_records()
            files = dict(iter_corpus(corpus))
            if paths:
                wanted = {_relative(corpus, Path(p)) for p in paths}
                files = {s: p for s, p in files.items() if s in wanted or any(
                    s.startswith(w.rstrip("/") + "/") for w in wanted)}
            todo: list[tuple[str, Path, str, int, int, str]] = []  # (..., reason)
            for source, path in files.items():
                try:
                    stat = path.stat()
                except OSError as err:
                    report.failed[source] = f"cannot read file ({err.strerror or err})"
                    continue
                record = records.get(source)
                if record and record.get("status") == "complete" and record.get(
                        "schema") == SCHEMA_VERSION and record.get("size") == stat.st_size and record.get("mtime_ns") == str(stat.st_mtime_ns):
                    report.unchanged.append(source)
                    continue
                try:
                    sha = file_sha256(path)
                except OSError as err:
                    report.failed[source] = f"cannot read file ({err.strerror or err})"
                    continue
                if record and record.get("status") == "complete" and record.get(
                        "schema") == SCHEMA_VERSION and record.get("sha256") == sha:
                    self.docs.update(ids=[_doc_id(source)], metadatas=[
                        {**record, "mtime_ns": str(stat.st_mtime_ns), "size": stat.st_size}])
                    report.unchanged.append(source)
                    continue
                reason = "added" if not record else (
                    "repaired" if record.get("status") != "complete" else "updated")
                todo.append((source, path, sha, stat.st_size, stat.st_mtime_ns, reason))

            # Documents gone from the corpus (only when syncing the whole corpus).
            if not paths:
                for source in sorted(set(records) - set(files)):
                    self._delete_source(source)
                    self.docs.delete(ids=[_doc_id(source)])
                    report.removed.append(source)
                    log(f"  - removed {source}")
                # Records left by a run killed between steps, whose document record is gone.
                # When every document is complete and the collections hold exactly the records
                # their documents count, there can be none: the scan (every record's metadata,
                # 10 s at 100,000 sentences) is skipped.
                live = set(records) - set(report.removed)
                for collection, field_name in ((self.units, "n_units"), (self.chunks, "n_chunks")):
                    kept = [records[source] for source in live]
                    if all(m.get("status") == "complete" and isinstance(m.get(field_name), int) for m in kept) \
                            and sum(m[field_name] for m in kept) == collection.count():
                        continue
                    metas = read_all(collection, ["metadatas"])["metadatas"] or []
                    for orphan in sorted({m["source"] for m in metas} - live - {t[0] for t in todo}):
                        collection.delete(where={"source": orphan})
                        if orphan not in report.repaired:
                            report.repaired.append(orphan)

            # Smallest first, each written (and answerable) as soon as it is embedded, small ones
            # in groups: a huge file does not hold up the others, and a run that stops early
            # keeps what it finished.
            todo.sort(key=lambda item: (item[3], item[0]))
            limit = int(self.settings.max_file_mb * 1024 * 1024)
            progress = None
            if show_progress and todo:
                from tqdm import tqdm

                progress = tqdm(total=sum(item[3] for item in todo), unit="B", unit_scale=True,
                                desc=f"indexing 0/{len(todo)} documents", file=sys.stderr, leave=False)
            embed = None
            state = IndexProgress(documents=len(todo), bytes_total=sum(item[3] for item in todo))
            notify = on_progress or (lambda _: None)
            notify(state)

            class Records:  # what _write_document reports per embedded batch
                @staticmethod
                def update(n: int) -> None:
                    state.records += n
                    state.current_records_done += n
                    if progress is not None:
                        progress.set_postfix(records=state.records)
                    notify(state)

            group: list[tuple[Document, str, int, int, str]] = []  # small documents written together

            def finish(source: str, size: int) -> None:
                state.documents_done, state.bytes_done = state.documents_done + 1, state.bytes_done + size
                state.current, state.current_bytes = "", 0
                notify(state)
                if progress is not None:
                    progress.set_description(f"indexing {state.documents_done}/{len(todo)} documents")
                    progress.update(size)

            def flush() -> None:
                nonlocal embed
                if not group:
                    return
                embed = embed or embed_factory()
                state.current = ", ".join(doc.source for doc, *_ in group[:3]) + (" ..." if len(group) > 3 else "")
                state.current_bytes = sum(size for _, _, size, _, _ in group)
                state.current_records_done = 0
                state.current_records_total = sum(len(doc.units) + len(make_chunks(doc, self.settings.chunk_chars))
                                                  for doc, *_ in group)
                notify(state)
                counts = self._write_documents([(doc, sha, size, mtime_ns) for doc, sha, size, mtime_ns, _ in group],
                                               embed, Records, sizes.records)
                for (doc, _, size, _, reason), (n_units, n_chunks) in zip(group, counts):
                    report.units_embedded += n_units
                    report.chunks_embedded += n_chunks
                    getattr(report, reason).append(doc.source)
                    log(f"  + {reason} {doc.source} ({n_units} units, {n_chunks} chunks)")
                    finish(doc.source, size)
                group.clear()

            try:
                for source, path, sha, size, mtime_ns, reason in todo:
                    if size > limit:
                        report.failed[source] = (f"{source} is {size / 1024 / 1024:.0f} MB; files over "
                                                 f"{self.settings.max_file_mb:g} MB are not indexed "
                                                 "(setting max_file_mb)")
                        log(f"  ! skipped {report.failed[source]}")
                        finish(source, size)
                        continue
                    if not group:
                        state.current, state.current_bytes = source, size  # shown while it loads
                        notify(state)
                    try:
                        doc = load_document(path, source)
                    except DocumentError as err:
                        report.failed[source] = str(err)
                        log(f"  ! skipped {err}")
                        finish(source, size)
                        continue
                    report.warnings.extend(doc.warnings)
                    if group and (len(group) >= sizes.documents or
                                  sum(len(d.units) for d, *_ in group) + len(doc.units) > sizes.units):
                        flush()
                    group.append((doc, sha, size, mtime_ns, reason))
                flush()
            finally:
                if progress is not None:
                    progress.close()
        report.seconds = time.perf_counter() - started
        return report

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        """One writer at a time per local index (a server serialises writes itself)."""
        if self.settings.chroma_host:
            yield
            return
        path = Path(self.settings.index_dir) / f".{self.settings.collection_name}.lock"
        with open(path, "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


# Records per Chroma read. One unpaged read of ~33,000 fails ("too many SQL variables"). Pages
# of 2,000: memory that Chroma's reads leave behind after reading 100,000 units' records, vectors
# and texts was 614 MB with pages of 10,000 and 352 MB with 2,000, for 0.3 s more.
READ_PAGE = 2_000
# Document records hold whole document texts, and Chroma's reads of them cost more per record:
# the 9,203 document records of that folder took 1.31 s and left 142 MB behind in pages of 2,000,
# 0.46 s and 48 MB in pages of 500 (at the end of `assistant index`, that read was its peak).
DOC_READ_PAGE = 500


def read_pages(collection, include: list[str], size: int | None = None) -> Iterator[dict[str, Any]]:
    """Every record of ``collection`` (ids and ``include``), ``size`` (default
    :data:`READ_PAGE`) at a time: a reader that keeps only part of each record never holds
    every record whole."""
    size = size or READ_PAGE
    offset = 0
    while True:
        page = collection.get(include=include, limit=size, offset=offset)
        yield page
        if len(page["ids"] or []) < size:
            break
        offset += size


def read_all(collection, include: list[str], size: int | None = None) -> dict[str, Any]:
    """Every record of ``collection`` (ids and ``include``), read a page at a time."""
    out: dict[str, Any] = {"ids": [], **{name: [] for name in include}}
    for page in read_pages(collection, include, size):
        out["ids"].extend(page["ids"] or [])
        for name in include:
            values = page.get(name)
            out[name].extend(list(values) if values is not None else [])
    if "embeddings" in include:
        out["embeddings"] = np.asarray(out["embeddings"], dtype=np.float32) if out["embeddings"] else None
    return out


def embedding_text(title: str, section: str, label: str, text: str) -> str:
    """What gets embedded: the passage with its document title and heading for context."""
    context = " · ".join(part for part in (title, section if section != label else "", label) if part)
    return f"{context}\n{text}" if context else text


def _relative(corpus: Path, path: Path) -> str:
    try:
        return path.resolve().relative_to(corpus.resolve()).as_posix()
    except ValueError:
        return path.name


def _document_from_record(meta: dict[str, Any], text: str) -> Document:
    from .documents import build_document

    doc = build_document(meta["source"], text, title=meta.get("title", ""),
                         page_starts=tuple(json.loads(meta.get("page_starts") or "[]")),
                         warnings=tuple(json.loads(meta.get("warnings") or "[]")),
                         markdown=meta["source"].lower().endswith((".md", ".markdown")))
    return doc


_stores: dict[tuple, Store] = {}


def open_store(settings: Settings) -> Store:
    key = settings.store_key()
    if key not in _stores:
        _stores[key] = Store(settings)
    return _stores[key]

