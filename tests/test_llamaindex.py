"""The assistant's parts inside a llama-index app: its loader, segmenter, embedding and answer
reader composed with llama-index's own IngestionPipeline, ChromaVectorStore (real Chroma),
BM25Retriever and QueryFusionRetriever; and the product's retrieval and answer path as a
llama-index retriever and query engine."""

from __future__ import annotations

from pathlib import Path

import pytest

llama_core = pytest.importorskip("llama_index.core")

from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex  # noqa: E402
from llama_index.core.ingestion import IngestionPipeline  # noqa: E402
from llama_index.core.llms import MockLLM  # noqa: E402
from llama_index.core.retrievers import QueryFusionRetriever  # noqa: E402
from llama_index.core.schema import Document as LlamaDocument  # noqa: E402

from assistant.llamaindex import (  # noqa: E402
    AnswerReader, CitedQueryEngine, HybridRetriever, MiniLMEmbedding, Segmenter, file_extractor,
)

DEAL = ("# Zephyr licence\n\nShare this article\nPrint\n\nQuillon Bio will pay Zephyr Therapeutics an "
        "upfront fee of 17 million euros for the rights to ZP-9.\n\nTotal Enrollment\n240 participants\n")
TRIAL = ("Beta Trial Record\n\nThe beta trial tested ZP-4 in 80 adults with gout in Lisbon. Its primary "
         "endpoint is the serum urate level at week 12.\n")


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("li-docs")
    (root / "deal.md").write_text(DEAL, encoding="utf-8")
    (root / "trial.txt").write_text(TRIAL, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def nodes(folder):
    documents = SimpleDirectoryReader(str(folder), file_extractor=file_extractor()).load_data()
    return documents, IngestionPipeline(transformations=[Segmenter()]).run(documents=documents)


def test_reader_and_segmenter_give_nodes_with_exact_offsets_and_metadata(nodes):
    documents, units = nodes
    texts = {d.metadata["source"]: d.text for d in documents}
    assert set(texts) == {"deal.md", "trial.txt"}
    assert {d.metadata["title"] for d in documents} == {"Zephyr licence", "Beta Trial Record"}
    for node in units:
        assert texts[node.metadata["source"]][node.start_char_idx:node.end_char_idx] == node.text
    by_text = {n.text: n for n in units}
    assert "Share this article" not in by_text and "Print" not in by_text  # page noise is no node
    value = by_text["240 participants"]
    assert value.metadata["label"] == "Total Enrollment" and value.metadata["kind"] == "line"
    assert value.metadata["title"] == "Zephyr licence"


def test_segmenter_takes_documents_from_any_reader():
    plain = LlamaDocument(text="Gamma note\n\nThe gamma cohort had 31 members. It met twice.",
                          metadata={"file_name": "gamma.txt"})
    units = Segmenter()([plain])
    assert units[0].text == "Gamma note" and "The gamma cohort had 31 members." in units[-1].text
    for u in units:
        assert plain.text[u.start_char_idx:u.end_char_idx] == u.text
        assert u.metadata["source"] == "gamma.txt" and u.metadata["title"] == "Gamma note"


def test_answer_reader_in_a_llama_index_hybrid_over_chroma(nodes, tmp_path):
    """ChromaVectorStore (a real local Chroma) + BM25Retriever, fused by QueryFusionRetriever
    (reciprocal rerank), then the learned reader picks the answering passage or none."""
    import chromadb
    from llama_index.retrievers.bm25 import BM25Retriever
    from llama_index.vector_stores.chroma import ChromaVectorStore

    _, units = nodes
    client = chromadb.PersistentClient(path=str(tmp_path / "chroma"))
    store = ChromaVectorStore(chroma_collection=client.get_or_create_collection("li_test"))
    index = VectorStoreIndex(units, storage_context=StorageContext.from_defaults(vector_store=store),
                             embed_model=MiniLMEmbedding())
    fusion = QueryFusionRetriever(
        [index.as_retriever(similarity_top_k=6), BM25Retriever.from_defaults(nodes=units, similarity_top_k=6)],
        mode="reciprocal_rerank", num_queries=1, similarity_top_k=8, use_async=False,
        llm=MockLLM())  # one query: no query generation, so no language model is used
    reader = AnswerReader(top_n=3)

    question = "How much is the upfront fee Quillon Bio pays Zephyr Therapeutics?"
    best = reader.postprocess_nodes(fusion.retrieve(question), query_str=question)
    assert best, "the reader found no answering passage"
    top = best[0]
    assert "17 million euros" in top.node.text and top.score >= reader.reader().threshold
    start, end = top.node.metadata["answer_start"], top.node.metadata["answer_end"]
    assert DEAL[start:end] in top.node.text and "17 million" in DEAL[start:end]

    unasked = "Who is the chief executive of Quillon Bio?"
    assert reader.postprocess_nodes(fusion.retrieve(unasked), query_str=unasked) == []
    # In a fresh client, the stored vectors answer the same way (persisted by Chroma).
    again = chromadb.PersistentClient(path=str(tmp_path / "chroma")).get_collection("li_test")
    assert again.count() == len(units)


def test_product_retriever_and_query_engine(folder, tmp_path):
    options = {"corpus": folder, "index_dir": tmp_path / "index"}
    question = "What is the primary endpoint of the beta trial?"
    found = HybridRetriever(top_k=5, **options).retrieve(question)
    assert found and "serum urate" in found[0].node.text
    assert TRIAL[found[0].node.start_char_idx:found[0].node.end_char_idx] == found[0].node.text

    response = CitedQueryEngine(options=options).query(question)
    assert "[1]" in str(response) and response.source_nodes
    cited = response.source_nodes[0].node
    assert cited.metadata["source"] == "trial.txt" and TRIAL[cited.start_char_idx:cited.end_char_idx] == cited.text
    assert response.metadata["answer"]["abstained"] is False

    none = CitedQueryEngine(options=options).query("What did the gamma study cost?")
    assert none.metadata["answer"]["abstained"] and not none.source_nodes
