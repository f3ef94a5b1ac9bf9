"""Hybrid retrieval over units: dense (Chroma, MiniLM) + lexical BM25, fused by reciprocal rank.

Units are sentences and short lines; each knows its document, offsets, section and label, so
the answerer can quote exactly. BM25 keeps identifiers, numbers and names findable verbatim
("NCT01234567", "8 million euros", "IL-6R"), which dense embeddings blur.
"""

from __future__ import annotations

import math
import re
import sys
from array import array
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .embed import release_freed_memory
from .text import REFERENCE_AUTHOR, index_terms, terms
from .types import Document

RRF_K = 60
# Units searched exactly in memory (about 75 MB of vectors). Beyond it Chroma's candidates are
# ranked: at 100,000 units, searching all exactly gave the same 100 answers a little slower
# (warm p50 158 against 152 ms) and no faster first answer (measured, fifteenth session).
EXACT_LIMIT = 50_000
SECTION_MAX_UNITS, SECTION_MAX_CHARS = 10, 1000  # a field group quotable whole
_BYLINE_RE = re.compile(r"^\s*by\s+[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3}\s*(?:[|,–-]|$)")  # "by Alice Melão |"
# A reference entry opens with its authors: "Smith JA, Jones B, Garcia Lopez M, ..."
_AUTHOR_LIST_RE = re.compile(rf"^\s*(?:{REFERENCE_AUTHOR},\s){{2,}}")


@dataclass(slots=True)
class UnitRef:
    """One indexed unit, for BM25, context and quoting (made on access from :class:`UnitTable`)."""

    id: str
    source: str
    i: int  # position in its document
    start: int
    end: int
    kind: str
    section: str
    label: str
    text: str


DIMENSIONS = 384  # the embedder's vectors (all-MiniLM-L6-v2): the shape of an empty index's array


class UnitTable(Sequence):
    """The retriever's units, held as columns: ``table[n]`` is a :class:`UnitRef`, made on
    access. Why: a data room holds 100,000 units; as objects they took 3 s to load from the
    snapshot in a fresh process (a question reads a few hundred of them), as columns of
    interned strings and numbers a few tenths of a second."""

    COLUMNS = ("id", "source", "i", "start", "end", "kind", "section", "label", "text")
    NUMBERS = ("i", "start", "end")  # typed arrays: 8 bytes a number, not a pointer and an int object

    def __init__(self, units: list[UnitRef] = ()):
        self.id, self.source, self.kind, self.section, self.label, self.text = [], [], [], [], [], []
        self.i, self.start, self.end = array("q"), array("q"), array("q")
        for unit in units:
            self.append(unit)

    def append(self, unit: UnitRef) -> None:
        """One more unit, straight into the columns (no object kept for it)."""
        intern = sys.intern  # sources, kinds, sections and labels repeat: one string each
        self.id.append(unit.id)
        self.source.append(intern(unit.source))
        self.i.append(unit.i)
        self.start.append(unit.start)
        self.end.append(unit.end)
        self.kind.append(intern(unit.kind))
        self.section.append(intern(unit.section))
        self.label.append(intern(unit.label))
        self.text.append(unit.text)

    def reorder(self, order: list[int]) -> None:
        """Put row ``order[n]`` at row n, one column at a time (one column's copy at the peak)."""
        for name in self.COLUMNS:
            column = getattr(self, name)
            reordered = (column[n] for n in order)
            setattr(self, name, array("q", reordered) if name in self.NUMBERS else list(reordered))
            del column

    def __len__(self) -> int:
        return len(self.id)

    def __getitem__(self, n):
        if isinstance(n, slice):
            return [self[k] for k in range(*n.indices(len(self)))]
        return UnitRef(self.id[n], self.source[n], self.i[n], self.start[n], self.end[n], self.kind[n],
                       self.section[n], self.label[n], self.text[n])


class Postings:
    """BM25's postings gathered a unit at a time, in flat typed arrays: a unit's terms are
    counted and dropped as it is read, never held as lists of strings for the whole folder."""

    def __init__(self):
        self.term_ids: dict[str, int] = {}
        self.term_of, self.unit_of, self.counts = array("i"), array("i"), array("f")
        self.lengths = array("f")

    def add(self, unit_terms: list[str]) -> None:
        unit = len(self.lengths)
        self.lengths.append(len(unit_terms))
        ids = self.term_ids
        for term, tf in Counter(unit_terms).items():
            self.term_of.append(ids.setdefault(term, len(ids)))
            self.unit_of.append(unit)
            self.counts.append(tf)


class BM25:
    """Okapi BM25 with its postings in flat arrays: scoring a term is one vectorised step over
    the units holding it, and a snapshot of 100,000 units loads as a few arrays, not millions
    of Python tuples."""

    def __init__(self, docs: list[list[str]], k1: float = 1.2, b: float = 0.75):
        postings = Postings()
        for doc in docs:
            postings.add(doc)
        self._build(postings, None, k1, b)

    @classmethod
    def from_postings(cls, postings: "Postings", order: list[int] | None = None, k1: float = 1.2,
                      b: float = 0.75) -> "BM25":
        """BM25 over postings gathered unit by unit; ``order[n]`` is the gathered unit that is
        unit n here (the retriever sorts its units by document after reading them)."""
        bm25 = cls.__new__(cls)
        bm25._build(postings, order, k1, b)
        return bm25

    def _build(self, postings: "Postings", order: list[int] | None, k1: float, b: float) -> None:
        self.k1, self.b = k1, b
        self.n = len(postings.lengths)
        self.term_ids = postings.term_ids
        term_of = np.frombuffer(postings.term_of, dtype=np.int32)
        unit_of = np.frombuffer(postings.unit_of, dtype=np.int32)
        lengths = np.frombuffer(postings.lengths, dtype=np.float32)
        if order is not None:  # gathered unit -> its place here
            order = np.asarray(order, dtype=np.int64)
            place = np.empty(len(order), dtype=np.int32)
            place[order] = np.arange(len(order), dtype=np.int32)
            unit_of, lengths = place[unit_of], lengths[order]
        self.avg = float(lengths.mean()) if self.n else 1.0
        # Grouped by term, units in order within a term: one sort of the flat arrays (as a dict
        # of lists of tuples, the 1.5 million postings of 100,000 units took over 100 MB).
        grouped = np.lexsort((unit_of, term_of))
        sizes = np.bincount(term_of, minlength=len(self.term_ids))
        self.idf = {t: math.log(1 + (self.n - size + 0.5) / (size + 0.5))
                    for t, size in zip(self.term_ids, sizes.tolist())}
        self.offsets = np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)
        self.units = unit_of[grouped]
        tf = np.frombuffer(postings.counts, dtype=np.float32)[grouped]
        # Each posting's saturated, length-normalised term frequency; a term's score is idf x this.
        self.weights = tf * (k1 + 1) / (tf + k1 * (1 - b + b * lengths[self.units] / self.avg)) \
            if len(tf) else np.zeros(0, dtype=np.float32)

    def scores(self, query_terms: list[str]) -> np.ndarray:
        scores = np.zeros(self.n, dtype=np.float32)
        for term in dict.fromkeys(query_terms):  # each term once, in the question's order
            n = self.term_ids.get(term)
            if n is None:
                continue
            start, end = self.offsets[n], self.offsets[n + 1]
            scores[self.units[start:end]] += np.float32(self.idf[term]) * self.weights[start:end]
        return scores


class Retriever:
    """Everything the answerer needs from the index, loaded once per store."""

    def __init__(self, store, documents: dict[str, Document]):
        self.store = store
        self.documents = documents
        records = store.doc_records()
        units = UnitTable()
        postings = Postings()
        # Document-level vocabulary: which documents a term occurs in (title included), with
        # "byline" and "authors" for documents that have such lines.
        by_source: dict[str, set[str]] = defaultdict(set)
        # Page by page, each unit straight into the columns and its terms into BM25's postings:
        # the records of 100,000 units, read whole, took 670 MB on top of what the retriever
        # keeps, and their term lists, held until BM25 was built, 65 MB for a 30 MB file. What
        # Chroma frees after each page is handed back to the system at once: kept by the
        # allocator, it was a quarter of the peak (README, twenty-fourth session).
        for page in store.unit_pages(("metadatas", "documents")):
            release_freed_memory()
            for unit_id, meta, text in zip(page["ids"], page["metadatas"], page["documents"]):
                record = records.get(meta["source"])
                # Only units of complete documents at their current version are served.
                if not record or record.get("status") != "complete" or record.get(
                        "sha256") != meta.get("sha256") or meta["source"] not in documents:
                    continue
                units.append(UnitRef(
                    id=unit_id, source=meta["source"], i=int(meta["i"]), start=int(meta["start"]),
                    end=int(meta["end"]), kind=meta["kind"], section=meta.get("section", ""),
                    label=meta.get("label", ""), text=text))
                found = index_terms(f"{meta.get('label', '')} {meta.get('section', '')} {text}")
                postings.add(found)
                have = by_source[meta["source"]]
                have.update(found)
                if _BYLINE_RE.match(text):
                    have.update(terms("byline"))
                if _AUTHOR_LIST_RE.match(text):
                    have.update(terms("authors"))
        order = sorted(range(len(units)), key=lambda n: (units.source[n], units.i[n]))
        units.reorder(order)
        self.units = units
        self.bm25 = BM25.from_postings(postings, order)
        del postings, order
        self.by_id = {unit_id: n for n, unit_id in enumerate(self.units.id)}
        # All unit vectors in memory: any candidate (not only Chroma's top k) gets a dense score.
        # Read in a second pass, once every unit's place is known, each page's vectors straight
        # into their places: one array. Kept page by page until the order was known, they took
        # twice its size at the peak (424 MB a copy for a 30 MB file's 276,000 units).
        vectors = None
        for page in store.unit_pages(("embeddings",)):
            release_freed_memory()
            rows = [(n, self.by_id.get(unit_id)) for n, unit_id in enumerate(page["ids"])]
            rows = [(n, place) for n, place in rows if place is not None]
            if rows:
                got = np.asarray(page["embeddings"], dtype=np.float32)
                if vectors is None:
                    vectors = np.zeros((len(units), got.shape[1]), dtype=np.float32)
                vectors[[place for _, place in rows]] = got[[n for n, _ in rows]]
        self.vectors = vectors if vectors is not None else np.zeros((len(units), DIMENSIONS), dtype=np.float32)
        # A unit's id names its document's version, so the two passes cannot mix versions; a unit
        # deleted by another process between them keeps a zero vector (no dense score) until the
        # engine, seeing the index changed, builds a retriever for the new content.
        self._units_of: dict[str, list[int]] | None = None
        self.doc_terms: dict[str, frozenset[str]] = {
            source: frozenset(terms(doc.title)) | frozenset(by_source.get(source, ()))
            for source, doc in documents.items()}
        self.corpus_terms = frozenset().union(*self.doc_terms.values()) if self.doc_terms else frozenset()
        self._sections: dict[int, tuple[int, int]] = {}

    def state(self) -> dict[str, Any]:
        """Everything but the store, for :mod:`assistant.snapshot`."""
        return {name: value for name, value in self.__dict__.items() if name not in ("store", "_sections", "_units_of")}

    @classmethod
    def restore(cls, store, state: dict[str, Any]) -> "Retriever":
        """The retriever :meth:`state` was taken from, over ``store`` (no Chroma reads)."""
        retriever = cls.__new__(cls)
        retriever.__dict__.update(state)
        retriever.store, retriever._sections, retriever._units_of = store, {}, None
        return retriever

    def section_bounds(self, index: int) -> tuple[int, int]:
        """(first, last) units of the section holding this unit, within its document."""
        if index not in self._sections:
            sources, sections = self.units.source, self.units.section
            source, section, first, last = sources[index], sections[index], index, index
            while first > 0 and sources[first - 1] == source and sections[first - 1] == section:
                first -= 1
            while last + 1 < len(sources) and sources[last + 1] == source and sections[last + 1] == section:
                last += 1
            self._sections[index] = (first, last)
        return self._sections[index]

    def section_range(self, index: int) -> tuple[int, int] | None:
        """The short section holding this unit ("Sponsors" and its values), or None."""
        if not self.units[index].section:
            return None
        first, last = self.section_bounds(index)
        if first == last or last - first + 1 > SECTION_MAX_UNITS or \
                self.units[last].end - self.units[first].start > SECTION_MAX_CHARS:
            return None
        return first, last

    def units_of(self, source: str) -> list[int]:
        """The indexes of a document's units, in document order."""
        if self._units_of is None:
            units_of: dict[str, list[int]] = defaultdict(list)
            for n, of in enumerate(self.units.source):
                units_of[of].append(n)
            self._units_of = dict(units_of)
        return self._units_of.get(source, [])

    def neighbour(self, index: int, step: int) -> int | None:
        """The unit ``step`` places from this one in its document, if there is one. Units are
        sorted by document and place, so it is within ``step`` rows of this one (no map of every
        unit's place is kept: 40 MB for a 30 MB file)."""
        sources, places = self.units.source, self.units.i
        source, wanted = sources[index], places[index] + step
        for n in range(max(0, min(index, index + step)), min(len(sources), max(index, index + step) + 1)):
            if places[n] == wanted and sources[n] == source:
                return n
        return None

    def dense(self, embedding: np.ndarray | None, indexes: list[int]) -> np.ndarray:
        if embedding is None or not len(indexes):
            return np.zeros(len(indexes), dtype=np.float32)
        return self.vectors[indexes] @ np.asarray(embedding, dtype=np.float32)

    def search(self, query: str, embedding: np.ndarray | None, k: int,
               within: frozenset[str] | None = None) -> dict[int, dict[str, float]]:
        """unit index -> {"rrf", "dense", "bm25"} for the union of both retrievers' top k
        (among the units of the documents ``within`` when given)."""
        found: dict[int, dict[str, float]] = defaultdict(lambda: {"rrf": 0.0, "dense": 0.0, "bm25": 0.0})
        # the units searched: a few documents' (exactly), or the whole folder
        pool = sorted(n for source in within for n in self.units_of(source)) if within is not None else None
        if embedding is not None:
            # Chroma's HNSW search is approximate: its candidates can change when an index is
            # rebuilt. Up to EXACT_LIMIT units (all vectors are in memory anyway) the search is
            # exact over every unit, so answers never depend on how the index was built; beyond
            # it, Chroma's candidates are ranked by exact similarity.
            if pool is not None:
                returned = np.asarray(pool, dtype=np.int64)
                exact = self.dense(embedding, pool)
            elif len(self.units) <= EXACT_LIMIT:
                returned = np.arange(len(self.units))
                exact = self.vectors @ np.asarray(embedding, dtype=np.float32)  # no copy of the vectors
            else:
                returned = np.asarray([self.by_id[unit_id] for unit_id, _ in
                                       self.store.query_units(embedding, max(3 * k, 100)) if unit_id in self.by_id],
                                      dtype=np.int64)
                exact = self.dense(embedding, returned)
            for rank, n in enumerate(_top(exact, returned, k)):
                index = int(returned[n])
                found[index]["dense"] = float(exact[n])
                found[index]["rrf"] += 1.0 / (RRF_K + rank + 1)
        scores = self.bm25.scores(terms(query))
        if pool is not None and scores.size:
            scores = scores[np.asarray(pool, dtype=np.int64)]
        if scores.size:
            top = np.argsort(-scores, kind="stable" if pool is not None else "quicksort")[:k]
            for rank, n in enumerate(top):
                if scores[n] <= 0:
                    break
                index = pool[n] if pool is not None else int(n)
                found[index]["bm25"] = float(scores[n])
                found[index]["rrf"] += 1.0 / (RRF_K + rank + 1)
        return dict(found)

    def chunk_passages(self, embedding: np.ndarray, k: int) -> list[dict[str, Any]]:
        """Top chunks for passage-level context (the LLM backend)."""
        out = []
        for chunk_id, meta, text, distance in self.store.query_chunks(embedding, k):
            if meta["source"] not in self.documents:
                continue
            out.append({"id": chunk_id, "source": meta["source"], "start": int(meta["start"]),
                        "end": int(meta["end"]), "section": meta.get("section", ""),
                        "text": text, "score": 1.0 - float(distance)})
        return out


def _top(scores: np.ndarray, indexes: np.ndarray, k: int) -> np.ndarray:
    """Positions of the ``k`` highest ``scores``, best first, ties in ``indexes`` order (document
    order), without sorting every score: the k-th best is found first, then only those at or
    above it are sorted."""
    if len(scores) > k:
        kth = np.partition(scores, len(scores) - k)[len(scores) - k]
        kept = np.flatnonzero(scores >= kth)
    else:
        kept = np.arange(len(scores))
    return kept[np.lexsort((indexes[kept], -scores[kept]))][:k]
