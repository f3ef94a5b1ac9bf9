"""The Chroma store: incremental sync, changes, deletions, failures and crash repair.

Real PersistentClient in temporary folders and the real embedding model."""

from __future__ import annotations

import collections
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.documents import load_document, make_chunks
from assistant.pipeline import get_engine

FILES = {
    "alpha.txt": "Alpha Trial Overview\n\nThe alpha trial enrolled 120 patients with lupus. "
                 "Patients received low-dose interleukin-2 for twelve weeks.\n",
    "beta.md": "# Beta Study\n\nThe beta study measured regulatory T cells in 40 volunteers. "
               "Treg counts doubled after five days of treatment.\n",
    "gamma.txt": "Gamma Registry Entry\n\nRecruitment Status\n\nCOMPLETED\n\nTotal Enrollment\n\n"
                 "64 participants\n",
    "delta.txt": "Delta News Release\n\nThe delta company signed a licence agreement in Paris. "
                 "The agreement covers development in Europe and Asia.\n",
}


def write_corpus(root: Path, files: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def unit_rows(store):
    got = store.units.get(include=["metadatas", "documents"])
    return got["ids"], got["metadatas"], got["documents"]


def assert_consistent(store, corpus: Path):
    """Every unit matches a complete document's text; no duplicates anywhere."""
    records = store.doc_records()
    ids, metas, docs = unit_rows(store)
    assert len(ids) == len(set(ids))
    keys = [(m["source"], m["start"], m["end"]) for m in metas]
    dupes = [k for k, n in collections.Counter(keys).items() if n > 1]
    assert not dupes, f"duplicate units: {dupes[:5]}"
    assert all(m.get("status") == "complete" for m in records.values()), records
    for meta, text in zip(metas, docs):
        assert meta["source"] in records
        path = corpus / meta["source"]
        assert path.read_text(encoding="utf-8")[meta["start"]:meta["end"]] == text
    chunk = store.chunks.get(include=["metadatas"])
    assert len(chunk["ids"]) == len(set(chunk["ids"]))
    chunk_keys = [(m["source"], m["start"], m["end"]) for m in chunk["metadatas"]]
    assert len(chunk_keys) == len(set(chunk_keys))
    # per document: unit count equals what the loader produces
    per_source = collections.Counter(m["source"] for m in metas)
    for source in records:
        expected = len(load_document(corpus / source, source).units)
        assert per_source[source] == expected, source
    return set(keys)


@pytest.fixture
def corpus_engine(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", FILES)
    engine = get_engine(corpus=corpus, index_dir=tmp_path / "index")
    return corpus, engine


def test_first_sync_adds_all_then_resync_embeds_nothing(corpus_engine):
    corpus, engine = corpus_engine
    first = engine.sync()
    assert sorted(first.added) == sorted(FILES)
    assert not first.updated and not first.removed and not first.failed
    assert first.units_embedded > 0 and first.chunks_embedded > 0
    assert_consistent(engine.store, corpus)
    status = engine.store.status()
    assert status["documents"] == status["complete"] == len(FILES)

    again = engine.sync()
    assert sorted(again.unchanged) == sorted(FILES)
    assert not (again.added or again.updated or again.removed or again.repaired or again.failed)
    assert again.units_embedded == 0 and again.chunks_embedded == 0
    assert not again.changed


def test_collections_are_named_after_the_corpus(corpus_engine):
    corpus, engine = corpus_engine
    engine.sync()
    name = engine.settings.collection_name
    names = {c if isinstance(c, str) else c.name for c in engine.store.client.list_collections()}
    assert {f"{name}-docs", f"{name}-units", f"{name}-chunks"} <= names


def test_touch_without_content_change_embeds_nothing(corpus_engine):
    corpus, engine = corpus_engine
    engine.sync()
    path = corpus / "alpha.txt"
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns + 5_000_000_000, st.st_mtime_ns + 5_000_000_000))
    assert engine.is_stale()
    report = engine.sync()
    assert report.units_embedded == 0 and report.chunks_embedded == 0
    assert "alpha.txt" in report.unchanged
    assert not report.changed
    assert not engine.is_stale()  # new mtime recorded
    assert engine.store.doc_records()["alpha.txt"]["mtime_ns"] == str(path.stat().st_mtime_ns)


def test_changed_file_replaces_its_units(corpus_engine):
    corpus, engine = corpus_engine
    engine.sync()
    before = engine.store.units.count()
    old_alpha = len(engine.store.units.get(where={"source": "alpha.txt"})["ids"])
    assert old_alpha == len(load_document(corpus / "alpha.txt").units)
    new_text = ("Alpha Trial Overview\n\nThe alpha trial was stopped after enrolling 75 patients. "
                "A safety board reviewed the data. Zebrafish models were also studied. "
                "Follow-up lasted two years.\n")
    (corpus / "alpha.txt").write_text(new_text, encoding="utf-8")
    report = engine.sync()
    assert report.updated == ["alpha.txt"]
    assert sorted(report.unchanged) == sorted(set(FILES) - {"alpha.txt"})
    assert report.units_embedded == len(load_document(corpus / "alpha.txt").units)
    _, metas, docs = unit_rows(engine.store)
    alpha_docs = [d for m, d in zip(metas, docs) if m["source"] == "alpha.txt"]
    assert not any("120 patients" in d for d in alpha_docs)
    assert not any("120 patients" in d for d in docs)
    assert any("75 patients" in d for d in alpha_docs)
    assert_consistent(engine.store, corpus)
    assert engine.store.units.count() == before - old_alpha + len(alpha_docs)
    stored = engine.store.docs.get(include=["documents", "metadatas"])
    texts = {m["source"]: t for m, t in zip(stored["metadatas"], stored["documents"])}
    assert texts["alpha.txt"] == new_text


def test_deleted_file_records_are_removed(corpus_engine):
    corpus, engine = corpus_engine
    engine.sync()
    (corpus / "delta.txt").unlink()
    report = engine.sync()
    assert report.removed == ["delta.txt"]
    assert "delta.txt" not in engine.store.doc_records()
    for collection in (engine.store.units, engine.store.chunks):
        assert not collection.get(where={"source": "delta.txt"})["ids"]
    assert_consistent(engine.store, corpus)


def test_unreadable_file_is_reported_and_others_indexed(corpus_engine):
    corpus, engine = corpus_engine
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.7\nthis is not really a pdf \x00\xff")
    report = engine.sync()
    assert set(report.failed) == {"broken.pdf"}
    assert "broken.pdf" in report.failed["broken.pdf"]
    assert sorted(report.added) == sorted(FILES)
    assert "broken.pdf" not in engine.store.doc_records()
    assert_consistent(engine.store, corpus)
    # still failing next time, still not breaking the rest
    again = engine.sync()
    assert set(again.failed) == {"broken.pdf"}
    assert sorted(again.unchanged) == sorted(FILES)


def test_pending_record_is_repaired(corpus_engine):
    corpus, engine = corpus_engine
    engine.sync()
    store = engine.store
    clean = assert_consistent(store, corpus)
    got = store.docs.get(where={"source": "beta.md"}, include=["metadatas"])
    doc_id, meta = got["ids"][0], got["metadatas"][0]
    # a crash between "mark pending" and "complete": some units written, status pending
    store.docs.update(ids=[doc_id], metadatas=[{**meta, "status": "pending"}])
    beta_ids = store.units.get(where={"source": "beta.md"})["ids"]
    store.units.delete(ids=beta_ids[:1])
    assert engine.is_stale()
    report = engine.sync()
    assert report.repaired == ["beta.md"]
    assert not report.added and not report.updated
    assert store.doc_records()["beta.md"]["status"] == "complete"
    assert assert_consistent(store, corpus) == clean


def test_orphan_units_without_doc_record_are_cleaned(corpus_engine):
    corpus, engine = corpus_engine
    engine.sync()
    store = engine.store
    clean = assert_consistent(store, corpus)
    # a doc record lost while its units remain, and its file since deleted
    got = store.docs.get(where={"source": "gamma.txt"})
    store.docs.delete(ids=got["ids"])
    (corpus / "gamma.txt").unlink()
    report = engine.sync()
    assert "gamma.txt" in report.repaired
    assert not store.units.get(where={"source": "gamma.txt"})["ids"]
    assert not store.chunks.get(where={"source": "gamma.txt"})["ids"]
    assert assert_consistent(store, corpus) == {k for k in clean if k[0] != "gamma.txt"}


def _big_corpus(root: Path, n: int = 40) -> Path:
    # sixty sentences a file: enough embedding work that the run is still going when it is killed
    root.mkdir(parents=True)
    for i in range(n):
        sentences = " ".join(
            f"Study {i} cohort {j} enrolled {10 * i + j} patients in centre number {j + 3} "
            f"and measured outcome {j} over {j + 2} months."
            for j in range(60))
        (root / f"doc_{i:03d}.txt").write_text(f"Study {i} report\n\n{sentences}\n",
                                               encoding="utf-8")
    return root


def _children(pid: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            if f"\nPPid:\t{pid}\n" in status.read_text():
                found.append(int(status.parent.name))
        except OSError:
            pass
    return found


def _state(pid: int) -> str:
    try:
        return next(line.split()[1] for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                    if line.startswith("State:"))
    except (OSError, StopIteration):
        return "gone"


@pytest.mark.slow
def test_killed_index_run_is_repaired_to_clean_state(tmp_path):
    corpus = _big_corpus(tmp_path / "corpus")
    index_dir = tmp_path / "index"
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env["PYTHONUNBUFFERED"] = "1"
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "index", "--corpus", str(corpus),
         "--index-dir", str(index_dir), "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
        cwd=Path(__file__).resolve().parent.parent)
    added_lines = []
    deadline = time.monotonic() + 180
    try:
        for line in proc.stdout:
            if line.strip().startswith("+ added"):
                added_lines.append(line)
                if len(added_lines) >= 3:
                    break
            assert time.monotonic() < deadline, "indexer too slow"
        children = _children(proc.pid)  # the embedding process (see Engine.sync(embed_in_child=True))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert len(added_lines) >= 3, "the run ended before it could be killed"
    if Path("/proc").is_dir():  # the embedding child does not outlive the killed run
        assert children, "no embedding child process was running"
        deadline = time.monotonic() + 30
        while any(Path(f"/proc/{pid}").exists() and _state(pid) != "Z" for pid in children):
            assert time.monotonic() < deadline, f"child processes {children} outlived the killed run"
            time.sleep(0.2)

    engine = get_engine(corpus=corpus, index_dir=index_dir)
    before = engine.store.doc_records()
    assert len(before) < 40, "the killed run had already finished"
    report = engine.sync()
    assert not report.failed
    done_before = {s for s, m in before.items() if m.get("status") == "complete"}
    assert set(report.unchanged) == done_before
    assert set(report.added) | set(report.repaired) == {f"doc_{i:03d}.txt" for i in range(40)} - done_before
    assert not report.updated and not report.removed
    recovered = assert_consistent(engine.store, corpus)

    # a clean build holds exactly the loader's units and chunks of every file
    clean, n_chunks = set(), 0
    for path in sorted(corpus.iterdir()):
        doc = load_document(path)
        clean |= {(path.name, u.start, u.end) for u in doc.units}
        n_chunks += len(make_chunks(doc, engine.settings.chunk_chars))
    assert recovered == clean
    assert engine.store.chunks.count() == n_chunks
    records = engine.store.doc_records()
    assert len(records) == 40 and all(m["status"] == "complete" for m in records.values())


def test_file_over_the_size_limit_is_refused_and_the_others_index(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", FILES)
    (corpus / "huge.txt").write_text("Huge Filing\n\n" + "The filing repeats itself. " * 400)
    engine = get_engine(corpus=corpus, index_dir=tmp_path / "index", max_file_mb=0.005)
    report = engine.sync()
    assert "huge.txt" in report.failed
    assert "max_file_mb" in report.failed["huge.txt"] and "MB" in report.failed["huge.txt"]
    assert sorted(report.added) == sorted(FILES)
    assert "huge.txt" not in engine.store.doc_records()
    assert not engine.is_stale()  # a refused file is not retried until it changes


def test_documents_are_written_as_they_finish_smallest_first(corpus_engine):
    corpus, engine = corpus_engine
    order = []
    engine.sync(log=lambda line: order.append(line.split()[2]) if line.strip().startswith("+") else None)
    sizes = {name: (corpus / name).stat().st_size for name in FILES}
    assert order == sorted(FILES, key=lambda name: (sizes[name], name))


def test_questions_are_answered_from_the_current_index_while_indexing(tmp_path):
    """Indexing runs without the lock answers need: a question asked while a new file is being
    embedded is answered at once, from the documents indexed before, with a notice; once the
    run finishes, the new file answers."""
    import threading

    corpus = write_corpus(tmp_path / "corpus", FILES)
    engine = get_engine(corpus=corpus, index_dir=tmp_path / "index", background_index=True)
    engine.sync()
    assert not engine.answer("How many patients did the alpha trial enrol?").abstained
    (corpus / "epsilon.txt").write_text("Epsilon Study Report\n\nThe epsilon study enrolled 77 "
                                        "patients with psoriasis in Lyon.\n")
    release, embedding = threading.Event(), threading.Event()
    real = engine._embed_batch

    def held_embed():  # the embedding step of this run waits until the test lets it go
        encode = real()

        def run(texts):
            embedding.set()
            assert release.wait(120)
            return encode(texts)
        return run

    engine._embed_batch = held_embed
    engine._checked_at = 0.0  # the next question checks the corpus and starts the indexing run
    first = engine.answer("How many patients did the alpha trial enrol?")
    assert embedding.wait(60), "the background indexing run did not start"
    during = engine.answer("How many patients did the alpha trial enrol?")
    assert not during.abstained and "120" in during.text
    assert any("Indexing is under way" in n for n in during.notices)
    release.set()
    engine._background.join(120)
    assert not engine._background.is_alive()
    after = engine.answer("How many patients did the epsilon study enrol?")
    assert not after.notices
    assert not after.abstained and any(c.source == "epsilon.txt" for c in after.citations)
    assert "120" in first.text


def test_a_server_sees_what_another_process_indexed(tmp_path):
    """`assistant index` run beside `assistant serve`: the serving engine notices the index's new
    generation within seconds and answers from it, without a restart."""
    from assistant.config import load_settings
    from assistant.pipeline import Engine

    corpus = write_corpus(tmp_path / "corpus", FILES)
    settings = load_settings(corpus=corpus, index_dir=tmp_path / "index", background_index=True)
    serving = Engine(settings)
    serving.sync()
    serving.answer("How many patients did the alpha trial enrol?")
    assert "epsilon.txt" not in serving.retriever().documents
    reads = []
    real_read = serving.store.doc_records
    serving.store.doc_records = lambda: reads.append(1) or real_read()
    serving._checked_at = 0.0
    serving.answer("How many patients did the alpha trial enrol?")
    assert reads == [], "the index did not change: its records were read again anyway"
    (corpus / "epsilon.txt").write_text("Epsilon Study Report\n\nThe epsilon study enrolled 77 "
                                        "patients with psoriasis in Lyon.\n")
    other = Engine(settings)  # another process's engine over the same store
    other.sync()
    reads.clear()
    serving._checked_at = 0.0  # as if the check interval had passed
    serving.answer("How many patients did the alpha trial enrol?")  # notices, swaps in the background
    assert reads, "another process wrote to the index: its records must be read again"
    if serving._background is not None:
        serving._background.join(60)
    assert "epsilon.txt" in serving.retriever().documents
    after = serving.answer("How many patients did the epsilon study enrol?")
    assert not after.abstained and any(c.source == "epsilon.txt" for c in after.citations)
    assert serving.store.doc_records().keys() == other.store.doc_records().keys()


def test_background_indexing_lets_answers_in_flight_go_first(corpus_engine, monkeypatch):
    """While an index is served, each embedding batch of an indexing run waits for the answers
    being computed; the vectors still come back in the texts' order (batched by length)."""
    import threading

    import numpy as np

    from assistant import pipeline

    _, engine = corpus_engine
    engine.sync()
    engine.retriever()  # an index is being served
    monkeypatch.setattr(pipeline, "ANSWERS_FIRST_WAIT_S", 30.0)
    embedder = engine.embedder()
    calls: list[float] = []
    real_encode = embedder.encode
    monkeypatch.setattr(embedder, "encode", lambda texts, size=32: (calls.append(time.monotonic()),
                                                                     real_encode(texts, size))[1])
    texts = ["A much longer sentence about the alpha trial and its many patients.", "Short one.",
             "A middle-sized sentence here."]
    answered = threading.Event()
    finished: list[float] = []

    def answer_in_flight():
        with engine._answer_in_flight():
            answered.set()
            time.sleep(0.5)
            finished.append(time.monotonic())

    worker = threading.Thread(target=answer_in_flight)
    worker.start()
    assert answered.wait(10)
    vectors = engine._embed_batch()(texts)
    worker.join()
    assert calls and calls[0] >= finished[0], "the batch was embedded while an answer was in flight"
    expected = real_encode(texts, 32)
    assert np.allclose(vectors, expected, atol=1e-5)


def _fresh_engine(corpus: Path, index_dir: Path):
    """An engine as a new process would make it (no shared engine cache)."""
    from assistant.config import load_settings
    from assistant.pipeline import Engine

    return Engine(load_settings(corpus=corpus, index_dir=index_dir))


def test_a_fresh_process_loads_the_retriever_from_its_snapshot(tmp_path, monkeypatch):
    """An unchanged index is not read back from Chroma unit by unit: the retriever built once is
    loaded from its snapshot and answers the same. A changed index, or a damaged snapshot, is
    rebuilt (and the snapshot rewritten), never served stale."""
    from assistant.store import Store

    corpus, index_dir = write_corpus(tmp_path / "corpus", FILES), tmp_path / "index"
    first = _fresh_engine(corpus, index_dir)
    first.sync()
    built = first.retriever()
    question = "How many patients did the alpha trial enrol?"
    expected = first.answer(question)
    [snapshot] = list(index_dir.glob(".*.retriever.pickle"))

    def no_unit_reads(self):
        raise AssertionError("the retriever was rebuilt from Chroma")

    with monkeypatch.context() as patch:
        patch.setattr(Store, "unit_pages", no_unit_reads)
        second = _fresh_engine(corpus, index_dir)
        loaded = second.retriever()
        assert list(loaded.units) == list(built.units) and len(loaded.units) == len(built.units) > 0
        assert loaded.units[1:3] == [built.units[1], built.units[2]]
        assert (loaded.vectors == built.vectors).all() and loaded.doc_terms == built.doc_terms
        query = ["alpha", "patients", "enrol"]
        assert (loaded.bm25.scores(query) == built.bm25.scores(query)).all()
        again = second.answer(question)
    assert again.text == expected.text and "120" in again.text
    assert [(c.source, c.start, c.end) for c in again.citations] == \
        [(c.source, c.start, c.end) for c in expected.citations]

    # the index changes: a fresh engine rebuilds, serves the new document, rewrites the snapshot
    (corpus / "epsilon.txt").write_text("Epsilon Study Report\n\nThe epsilon study enrolled 77 "
                                        "patients with psoriasis in Lyon.\n", encoding="utf-8")
    first.sync()
    third = _fresh_engine(corpus, index_dir)
    assert "epsilon.txt" in third.retriever().documents
    assert "77" in third.answer("How many patients did the epsilon study enrol?").text

    # a damaged snapshot is rebuilt, not fatal
    snapshot.write_bytes(b"\x80\x05 not a pickle")
    fourth = _fresh_engine(corpus, index_dir)
    assert "epsilon.txt" in fourth.retriever().documents
    with monkeypatch.context() as patch:
        patch.setattr(Store, "unit_pages", no_unit_reads)
        assert "epsilon.txt" in _fresh_engine(corpus, index_dir).retriever().documents


def test_small_documents_are_written_in_groups(tmp_path):
    """Thirty small files are written in a few Chroma calls, not three per file, and the index
    is exactly as if each had been written alone: every document complete, no duplicates, each
    unit matching its file. A larger file is written on its own."""
    from assistant import store as store_module

    files = {f"note{n:02d}.txt": f"Note {n}\n\nThe note number {n} records a dose of {n * 10} mg given "
                                  f"to patient group {n}.\n" for n in range(30)}
    files["long.txt"] = "Long Report\n\n" + "".join(
        f"Finding {n} was recorded at visit {n} of the study.\n" for n in range(store_module.WRITE_SIZES.units + 20))
    corpus = write_corpus(tmp_path / "corpus", files)
    engine = get_engine(corpus=corpus, index_dir=tmp_path / "index")
    calls = []
    for name in ("docs", "units", "chunks"):
        collection = getattr(engine.store, name)
        real = collection.upsert

        def counted(*args, _real=real, _name=name, **kwargs):
            calls.append((_name, len(kwargs.get("ids") or args[0])))
            return _real(*args, **kwargs)
        collection.upsert = counted
    report = engine.sync()
    assert sorted(report.added) == sorted(files)
    assert len(calls) < len(files), calls  # one file at a time made 3 calls each
    assert max(n for name, n in calls if name == "docs") > 1  # several documents in one call
    assert ("docs", 1) in calls  # the long file on its own
    assert_consistent(engine.store, corpus)
    answer = engine.answer("What dose does note number 17 record?")
    assert not answer.abstained and "170 mg" in answer.text


def test_whole_collections_are_read_a_page_at_a_time(corpus_engine, monkeypatch):
    """Chroma refuses one read of ~33,000 records ("too many SQL variables"): an unchanged
    re-index of 100,000 sentences failed. Reads go page by page; with pages of 3 records the
    index reads back exactly what one read gives, and syncing and answering work."""
    from assistant import store as store_module

    corpus, engine = corpus_engine
    engine.sync()
    whole = engine.store.units.get(include=["metadatas", "documents"])
    monkeypatch.setattr(store_module, "READ_PAGE", 3)
    monkeypatch.setattr(store_module, "DOC_READ_PAGE", 3)
    got = store_module.read_all(engine.store.units, ["metadatas", "documents", "embeddings"])
    ids, texts, vectors = got["ids"], got["documents"], got["embeddings"]
    assert len(ids) == len(set(ids)) == engine.store.units.count() > 3
    assert sorted(zip(ids, texts)) == sorted(zip(whole["ids"], whole["documents"]))
    assert vectors.shape == (len(ids), 384)
    assert set(engine.store.doc_records()) == set(FILES)
    # the retriever, built from pages of 3, holds each unit's own vector, in its unit order
    from assistant.retrieve import Retriever

    built = Retriever(engine.store, engine.store.load_documents())
    stored = dict(zip(ids, vectors))
    assert len(built.units) == len(ids)
    assert all((built.vectors[n] == stored[unit_id]).all() for n, unit_id in enumerate(built.units.id))
    assert [(u.source, u.i) for u in built.units] == sorted((u.source, u.i) for u in built.units)
    report = engine.sync()
    assert sorted(report.unchanged) == sorted(FILES) and not report.repaired
    assert "120" in get_engine(corpus=corpus, index_dir=engine.settings.index_dir).answer(
        "How many patients did the alpha trial enrol?").text


def test_an_unchanged_index_is_not_scanned_for_leftovers(corpus_engine, monkeypatch):
    """The scan for records a killed run left reads every record's metadata (10 s at 100,000
    sentences). When every document is complete and the collections hold exactly the records
    their documents count, it is skipped; an orphan breaks the count and is found."""
    from assistant import store as store_module

    corpus, engine = corpus_engine
    engine.sync()
    read = []
    real = store_module.read_all
    monkeypatch.setattr(store_module, "read_all",
                        lambda collection, include, size=None: read.append(collection.name) or real(collection, include, size))
    assert sorted(engine.sync().unchanged) == sorted(FILES)
    assert not [name for name in read if name.endswith(("-units", "-chunks"))], read
    engine.store.units.upsert(ids=["orphan-u0"], embeddings=[[0.0] * 384], documents=["left over"],
                              metadatas=[{"source": "gone.txt", "sha256": "x", "i": 0, "start": 0, "end": 9,
                                          "kind": "sentence", "section": "", "label": ""}])
    report = engine.sync()
    assert report.repaired == ["gone.txt"]
    assert not engine.store.units.get(where={"source": "gone.txt"})["ids"]


def test_indexing_beside_a_served_index_embeds_in_a_low_priority_process(tmp_path):
    """A server indexing an upload embeds in a child process at the lowest CPU priority (its
    answers get the cores first), with the same vectors; the child is gone when the run ends."""
    import os

    import numpy as np

    from assistant.config import load_settings
    from assistant.pipeline import Engine

    corpus = write_corpus(tmp_path / "corpus", FILES)
    engine = Engine(load_settings(corpus=corpus, index_dir=tmp_path / "index", background_index=True))
    engine.sync()
    assert engine._embedding_process is None  # nothing served yet: indexed in this process
    engine.retriever()  # an index is being served
    embed = engine._embed_batch()
    child = engine._embedding_process
    assert child is not None and child._process.pid != os.getpid() and child._process.is_alive()
    assert os.getpriority(os.PRIO_PROCESS, child._process.pid) > os.getpriority(os.PRIO_PROCESS, 0) \
        or os.getpriority(os.PRIO_PROCESS, 0) == 19
    texts = ["The epsilon study enrolled 77 patients in Lyon.", "Short one.", "A third, middle-sized text."]
    # the same vectors up to bfloat16's rounding, which depends on the batch and the number of
    # torch threads (the child's workers each use one); another text's vector is far below this
    cosines = (embed(texts) * engine.embedder().encode(texts, 32)).sum(axis=1)
    assert float(cosines.min()) > 0.9999, cosines
    (corpus / "epsilon.txt").write_text("Epsilon Study Report\n\nThe epsilon study enrolled 77 "
                                        "patients with psoriasis in Lyon.\n")
    from assistant import store as store_module

    sizes = []
    real_sync = engine.store.sync
    engine.store.sync = lambda *args, **kwargs: sizes.append(kwargs.get("sizes")) or real_sync(*args, **kwargs)
    report = engine.sync()
    assert report.added == ["epsilon.txt"]
    # served: the smaller writes (each Chroma write holds the GIL the answers need)
    assert sizes == [store_module.SERVED_WRITE_SIZES]
    assert engine._embedding_process is None and not child._process.is_alive()
    after = engine.answer("How many patients did the epsilon study enrol?")
    assert not after.abstained and any(c.source == "epsilon.txt" for c in after.citations)


def test_the_embedding_process_reports_a_bad_request_and_keeps_working():
    """A request the child cannot embed comes back as a clear error, and the child goes on."""
    import numpy as np

    from assistant.config import load_settings
    from assistant.embed import EmbeddingProcess

    settings = load_settings()
    with EmbeddingProcess(settings.embed_model_path, settings.threads, settings.dtype) as child:
        with pytest.raises(RuntimeError, match="embedding process failed"):
            child._call("not a request")
        vectors = child.encode(["The epsilon study enrolled 77 patients."])
        assert vectors.shape == (1, child.dimension) and np.isclose(np.linalg.norm(vectors[0]), 1.0, atol=1e-3)
    assert not child._process.is_alive()


@pytest.mark.parametrize("embed_in_child", [False, True], ids=["in-process", "child-embeds-ahead"])
def test_each_chunk_vector_is_the_mean_of_its_units_written_as_they_are_embedded(tmp_path, monkeypatch,
                                                                                  embed_in_child):
    """Chunks are written as their units are embedded, holding only the open chunk's vectors:
    with a batch of four units, chunks that span batches and documents written as a group
    still get exactly the normalised mean of their own units' vectors, and every chunk of
    make_chunks is there once. With the embedder in a child process, each batch is embedded
    while the one before is written: the same must hold."""
    import numpy as np

    from assistant import store as store_module
    from assistant.config import load_settings
    from assistant.pipeline import Engine

    monkeypatch.setattr(store_module, "WRITE_SIZES", store_module.WriteSizes(documents=256, units=1024, records=4))

    long_text = "Long Report\n\n" + "".join(
        f"Section {s}\n\n" + " ".join(f"Finding {s}.{k} concerns {8 * s + k} patients in cohort {k}."
                                      for k in range(9)) + "\n\n" for s in range(6))
    corpus = write_corpus(tmp_path / "corpus", {**FILES, "long.txt": long_text})
    settings = load_settings(corpus=corpus, index_dir=tmp_path / "index", embed_batch_size=1, chunk_chars=300)
    engine = Engine(settings)
    assert not engine.sync(embed_in_child=embed_in_child).failed
    units = engine.store.units.get(include=["metadatas", "embeddings"])
    vectors = {(m["source"], m["i"]): np.asarray(e) for m, e in zip(units["metadatas"], units["embeddings"])}
    # each unit's vector is its own text's (not a neighbouring batch's)
    from assistant.documents import unit_label, valueless_labels
    from assistant.store import embedding_text

    texts = {}
    for path in corpus.iterdir():
        doc = load_document(path, path.name)
        valueless = valueless_labels(doc)
        for i, unit in enumerate(doc.units):
            texts[(path.name, i)] = embedding_text(doc.title, unit.section, unit_label(doc, i, valueless),
                                                   doc.text[unit.start:unit.end])
    assert set(vectors) == set(texts)
    keys = sorted(texts)
    fresh = engine.embedder().encode([texts[key] for key in keys])
    assert min(float(np.dot(vectors[key], row)) for key, row in zip(keys, fresh)) > 0.999
    chunks = engine.store.chunks.get(include=["metadatas", "embeddings"])
    expected = {}
    for path in sorted(corpus.iterdir()):
        doc = load_document(path)
        for first, last in make_chunks(doc, settings.chunk_chars):
            expected[(path.name, doc.units[first].start, doc.units[last].end)] = (first, last)
    assert sum(1 for first, last in expected.values() if last > first) >= 4, "too few chunks span several units"
    assert len(chunks["ids"]) == len(expected)
    for meta, vector in zip(chunks["metadatas"], chunks["embeddings"]):
        first, last = expected[(meta["source"], meta["start"], meta["end"])]
        assert (meta["first_unit"], meta["last_unit"]) == (first, last)
        mean = np.mean([vectors[(meta["source"], i)] for i in range(first, last + 1)], axis=0)
        assert np.allclose(vector, mean / np.linalg.norm(mean), atol=1e-6)
    records = engine.store.doc_records()
    assert records["long.txt"]["n_chunks"] == sum(1 for source, *_ in expected if source == "long.txt")
