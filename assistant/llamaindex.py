"""The assistant's parts as llama-index components, for use in anyone's llama-index app.

    from llama_index.core import SimpleDirectoryReader, VectorStoreIndex
    from assistant.llamaindex import AnswerReader, MiniLMEmbedding, Segmenter, file_extractor

    docs = SimpleDirectoryReader("my_docs", file_extractor=file_extractor()).load_data()
    index = VectorStoreIndex.from_documents(docs, embed_model=MiniLMEmbedding(),
                                            transformations=[Segmenter()])
    found = index.as_retriever(similarity_top_k=20).retrieve("What was the upfront payment?")
    best = AnswerReader().postprocess_nodes(found, query_str="What was the upfront payment?")
    # best: the passages the learned reader says answer it (raw score >= the model's threshold),
    # each with metadata["answer_start"/"answer_end"], offsets into its document's text.

* :class:`FileReader` — the product's loaders (text, Markdown, HTML, PDF with pages; noise
  marking, titles) as a llama-index reader; :func:`file_extractor` maps every supported suffix
  to it, for ``SimpleDirectoryReader``.
* :class:`Segmenter` — a ``TransformComponent``: documents → one ``TextNode`` per citable unit
  (sentence, or short line of a form), with ``start_char_idx``/``end_char_idx`` into the document
  text and metadata source, title, section, label, page. Boilerplate (noise) is never a node.
* :class:`MiniLMEmbedding` — the packaged all-MiniLM-L6-v2, offline, as a llama-index embedding.
* :class:`AnswerReader` — the learned reader as a ``BaseNodePostprocessor``: scores every node
  as answering the query or not, keeps those at or above the threshold, best first.
* :class:`HybridRetriever` and :class:`CitedQueryEngine` — the product's own retrieval (dense +
  BM25, fused by reciprocal rank) and its whole answer path (with verbatim citations and
  abstention) over an indexed folder, as a llama-index retriever and query engine.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, List, Optional

from llama_index.core.base.response.schema import Response
from llama_index.core.bridge.pydantic import Field, PrivateAttr
from llama_index.core.embeddings import BaseEmbedding
from llama_index.core.postprocessor.types import BaseNodePostprocessor
from llama_index.core.query_engine import CustomQueryEngine
from llama_index.core.readers.base import BaseReader
from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import (
    BaseNode, Document as LlamaDocument, NodeRelationship, NodeWithScore, QueryBundle,
    RelatedNodeInfo, TextNode, TransformComponent,
)

from .config import SUPPORTED_SUFFIXES, load_settings
from .types import Document, Passage

# Metadata the product's loader computed, carried on llama-index documents so that segmenting
# again is exact (the same text, title and pages as the loader saw).
_PAGES, _MARKDOWN = "page_starts", "markdown"
_INTERNAL = [_PAGES, _MARKDOWN]


def to_llama_document(doc: Document) -> LlamaDocument:
    """A loaded document as a llama-index ``Document`` (its text is what offsets point into)."""
    return LlamaDocument(
        id_=doc.source, text=doc.text,
        metadata={"source": doc.source, "title": doc.title, _PAGES: list(doc.page_starts),
                  _MARKDOWN: doc.source.lower().endswith((".md", ".markdown"))},
        excluded_embed_metadata_keys=list(_INTERNAL), excluded_llm_metadata_keys=list(_INTERNAL),
    )


def unit_node(node_id: str, doc: Document, start: int, end: int, section: str, label: str,
              kind: str) -> TextNode:
    """A citable unit of ``doc`` as a ``TextNode``: ``text == doc.text[start_char_idx:end_char_idx]``."""
    metadata = {"source": doc.source, "title": doc.title, "section": section, "label": label, "kind": kind}
    page = doc.page_of(start)
    if page is not None:
        metadata["page"] = page
    return TextNode(id_=node_id, text=doc.text[start:end], start_char_idx=start, end_char_idx=end,
                    metadata=metadata, excluded_embed_metadata_keys=["source", "kind", "page"],
                    excluded_llm_metadata_keys=["kind"],
                    relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=doc.source)})


def unit_nodes(doc: Document) -> list[TextNode]:
    """One ``TextNode`` per unit of ``doc``."""
    from .documents import unit_label, valueless_labels

    valueless = valueless_labels(doc)
    return [unit_node(f"{doc.source}#{i}", doc, u.start, u.end, u.section, unit_label(doc, i, valueless), u.kind)
            for i, u in enumerate(doc.units)]


def file_extractor() -> dict[str, "FileReader"]:
    """``SimpleDirectoryReader(folder, file_extractor=file_extractor())``: every supported suffix
    read by :class:`FileReader`."""
    reader = FileReader()
    return {suffix: reader for suffix in SUPPORTED_SUFFIXES}


class FileReader(BaseReader):
    """The product's loader for .txt/.md/.rst/.html/.pdf as a llama-index reader. Unreadable
    files raise :class:`assistant.documents.DocumentError` with the reason."""

    def load_data(self, file: Path, extra_info: Optional[dict] = None, **kwargs: Any) -> List[LlamaDocument]:
        from .documents import load_document

        document = to_llama_document(load_document(Path(file), Path(file).name))
        if extra_info:
            document.metadata.update({k: v for k, v in extra_info.items() if k not in document.metadata})
        return [document]


class Segmenter(TransformComponent):
    """Documents → citable units as ``TextNode``s (noise marked and skipped, sections and
    labels found), with character offsets into each document's text. Documents from any
    llama-index reader work; those from :class:`FileReader` keep their loader's title and pages."""

    def __call__(self, nodes: List[BaseNode], **kwargs: Any) -> List[BaseNode]:
        from .documents import build_document

        out: list[BaseNode] = []
        for node in nodes:
            metadata = node.metadata or {}
            source = str(metadata.get("source") or metadata.get("file_path") or
                         metadata.get("file_name") or node.node_id)
            doc = build_document(source, node.get_content(), title=str(metadata.get("title") or ""),
                                 page_starts=tuple(metadata.get(_PAGES) or ()),
                                 markdown=bool(metadata.get(_MARKDOWN)))
            out.extend(unit_nodes(doc))
        return out


class MiniLMEmbedding(BaseEmbedding):
    """The packaged all-MiniLM-L6-v2 (normalised vectors, CPU, offline) as a llama-index embedding."""

    model_path: str = Field(default="", description="sentence-transformers folder (default: the packaged MiniLM)")
    threads: int = Field(default=0, description="torch threads (0: the settings' default)")
    _embedder: Any = PrivateAttr(default=None)

    def __init__(self, **data: Any):
        super().__init__(model_name="all-MiniLM-L6-v2", **data)
        from .embed import get_embedder

        settings = load_settings()
        self._embedder = get_embedder(self.model_path or settings.embed_model_path,
                                      self.threads or settings.threads, settings.dtype, settings.trace_models)

    def _get_text_embedding(self, text: str) -> List[float]:
        return self._embedder.encode([text])[0].tolist()

    def _get_text_embeddings(self, texts: List[str]) -> List[List[float]]:
        return self._embedder.encode(list(texts)).tolist()

    def _get_query_embedding(self, query: str) -> List[float]:
        return self._embedder.encode_query(query).tolist()

    async def _aget_query_embedding(self, query: str) -> List[float]:
        return self._get_query_embedding(query)


def _passage(node: BaseNode) -> Passage:
    metadata = node.metadata or {}
    text = node.get_content()
    start = node.start_char_idx if isinstance(node, TextNode) and node.start_char_idx is not None else 0
    return Passage(source=str(metadata.get("source") or node.node_id), title=str(metadata.get("title") or ""),
                   text=text, start=start, end=start + len(text), section=str(metadata.get("section") or ""))


class AnswerReader(BaseNodePostprocessor):
    """The learned answer reader as a node postprocessor.

    Scores each node as answering the query (``score`` in [0, 1]), keeps those at or above
    ``score_threshold`` (default: the model's threshold for its raw score; ``0`` keeps all), best
    first, at most ``top_n``. Where the reader finds the answer inside a node, its offsets are
    in ``metadata["answer_start"]``/``["answer_end"]`` (into the document text when the node has
    ``start_char_idx``, else into the node text)."""

    top_n: int = Field(default=5, description="most nodes returned")
    score_threshold: Optional[float] = Field(default=None, description="no-answer threshold")
    model_dir: str = Field(default="", description="reader model folder (default: models/reader)")
    _reader: Any = PrivateAttr(default=None)

    @classmethod
    def class_name(cls) -> str:
        return "AssistantAnswerReader"

    def reader(self):
        if self._reader is None:
            from .readers.learned import get_learned_reader

            settings = load_settings()
            self._reader = get_learned_reader(self.model_dir or settings.reader_model_path, settings.threads,
                                              settings.dtype, settings.trace_models)
        return self._reader

    def _postprocess_nodes(self, nodes: List[NodeWithScore],
                           query_bundle: Optional[QueryBundle] = None) -> List[NodeWithScore]:
        if query_bundle is None:
            raise ValueError("AnswerReader needs the query: postprocess_nodes(nodes, query_str=...)")
        if not nodes:
            return []
        reader = self.reader()
        threshold = reader.threshold if self.score_threshold is None else self.score_threshold
        scored = reader.read(query_bundle.query_str, [_passage(n.node) for n in nodes])
        kept = []
        for item, result in zip(nodes, scored):
            if result.score < threshold:
                continue
            node = item.node.model_copy()
            node.metadata = dict(node.metadata or {})
            if result.answer is not None:
                node.metadata["answer_start"], node.metadata["answer_end"] = result.answer
            kept.append(NodeWithScore(node=node, score=result.score))
        kept.sort(key=lambda n: -(n.score or 0.0))
        return kept[:self.top_n]


def _engine(options: dict):
    from .pipeline import get_engine

    return get_engine(**options)


class HybridRetriever(BaseRetriever):
    """The product's retrieval over an indexed folder (dense MiniLM + BM25, reciprocal-rank
    fusion) as a llama-index retriever. ``options`` are :func:`assistant.answer` options
    (``corpus=``, ``index_dir=``, ...); the folder is indexed on first use."""

    def __init__(self, top_k: int = 20, **options: Any):
        super().__init__()
        self.top_k = top_k
        self.options = options

    def _retrieve(self, query_bundle: QueryBundle) -> List[NodeWithScore]:
        engine = _engine(self.options)
        retriever = engine.retriever()
        embedding = engine.embedder().encode_query(query_bundle.query_str) if retriever.units else None
        found = retriever.search(query_bundle.query_str, embedding, self.top_k)
        out = []
        for index in sorted(found, key=lambda i: -found[i]["rrf"])[:self.top_k]:
            unit = retriever.units[index]
            node = unit_node(unit.id, retriever.documents[unit.source], unit.start, unit.end,
                             unit.section, unit.label, unit.kind)
            out.append(NodeWithScore(node=node, score=found[index]["rrf"]))
        return out


class CitedQueryEngine(CustomQueryEngine):
    """The whole answer path — retrieval, the configured answerer (or LLM), verification,
    abstention — as a llama-index query engine. ``response`` is the answer text with ``[n]``
    markers; ``source_nodes`` are its citations (verbatim quotes with offsets, in order);
    ``metadata["answer"]`` is the full :class:`assistant.Answer` as a dict."""

    options: dict = Field(default_factory=dict, description="assistant.answer() options")

    def custom_query(self, query_str: str) -> Response:
        from .pipeline import answer

        result = answer(query_str, **self.options)
        nodes = []
        for c in result.citations:
            metadata = {"source": c.source, "title": c.title, "section": c.section, "n": c.n,
                        "origin": c.origin, "highlights": [list(h) for h in c.highlights]}
            if c.page is not None:
                metadata["page"] = c.page
            nodes.append(NodeWithScore(node=TextNode(
                id_=f"{c.source}@{c.start}-{c.end}", text=c.quote, start_char_idx=c.start,
                end_char_idx=c.end, metadata=metadata), score=result.confidence))
        return Response(response=result.text, source_nodes=nodes, metadata={"answer": result.to_dict()})
