"""Speed figures: warm answer latency, fresh-process first answer, indexing throughput, unchanged
re-index. Prints figures; run with the project's venv: `.venv/bin/python scripts/benchmark.py`.

Uses a private copy of seeds/ and a temporary index so the real index/ is untouched.

``--scale N --data ../shared/datasets`` instead builds a folder of about N sentences from public
text that can be regenerated (MedQuAD answers and SQuAD 2.0 train contexts, one file per source
document or article; the evaluation-only sets are never read), then measures indexing it in a
fresh ``assistant index`` process (time and peak resident memory), the unchanged re-index, a
fresh process's first answer and warm answers to the datasets' own questions.

``--single-file MB --data ../shared/datasets`` measures one file of about MB megabytes (the
same public text, concatenated and repeated) indexed beside a copy of seeds/: the time until the
seed documents answer from another process while it indexes, the whole run's time and peak
resident memory."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class TreeMemory:
    """Samples the resident memory of a process and all its descendants (Linux /proc) every
    ``every`` seconds in a thread: the peak of the largest process and of all of them together.
    Why: `assistant index` embeds in one child and writes the retriever's snapshot in another,
    and ``ru_maxrss`` only gives the largest."""

    def __init__(self, pid: int, every: float = 0.5):
        import threading

        self.pid, self.every = pid, every
        self.largest = self.together = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    @staticmethod
    def _status(pid: str) -> dict[str, str]:
        try:
            with open(f"/proc/{pid}/status") as handle:
                return dict(line.rstrip("\n").split(":\t", 1) for line in handle if ":\t" in line)
        except OSError:
            return {}

    def _run(self) -> None:
        while not self._stop.is_set():
            parents = {pid: self._status(pid) for pid in os.listdir("/proc") if pid.isdigit()}
            tree, grew = {str(self.pid)}, True
            while grew:
                more = {pid for pid, status in parents.items() if status.get("PPid") in tree} - tree
                tree |= more
                grew = bool(more)
            sizes = [int(parents[pid].get("VmRSS", "0 kB").split()[0]) / 1024 for pid in tree if pid in parents]
            self.largest = max([self.largest, *sizes])
            self.together = max(self.together, sum(sizes))
            self._stop.wait(self.every)

    def stop(self) -> str:
        self._stop.set()
        self._thread.join()
        return f"largest process {self.largest:.0f} MB, all processes together {self.together:.0f} MB (sampled)"


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))]


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="assistant-bench-"))
    corpus, index = work / "seeds", work / "index"
    shutil.copytree(ROOT / "seeds", corpus)
    env = {**os.environ, "ASSISTANT_CORPUS": str(corpus), "ASSISTANT_INDEX_DIR": str(index)}
    cli = [sys.executable, "-m", "assistant.cli"]

    # 1. Indexing from scratch (fresh process, includes model load) and throughput in-process.
    from assistant.pipeline import get_engine

    engine = get_engine(corpus=corpus, index_dir=index)
    engine.embedder()  # load the model first: throughput counts embedding + writing only
    started = time.perf_counter()
    report = engine.sync()
    build_s = time.perf_counter() - started
    print(f"index build: {len(report.added)} docs, {report.units_embedded} units embedded + "
          f"{report.chunks_embedded} chunks in {build_s:.2f}s = {report.units_embedded / build_s:.0f} units/s")

    # 2. Unchanged re-index: in-process and as a fresh CLI process.
    started = time.perf_counter()
    again = engine.sync()
    print(f"unchanged re-index (in process): {time.perf_counter() - started:.3f}s "
          f"({len(again.unchanged)} unchanged, {again.units_embedded} embedded)")
    started = time.perf_counter()
    subprocess.run(cli + ["index", "--quiet"], env=env, check=True, capture_output=True)
    print(f"unchanged re-index (fresh `assistant index` process): {time.perf_counter() - started:.2f}s")

    # 3. Fresh process, index built: time to first answer (imports + model + index load).
    times = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "from assistant import answer; "
                        "answer('How many patients were randomised?')"],
                       env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    print(f"fresh process to first answer: median {statistics.median(times):.2f}s "
          f"(runs: {', '.join(f'{t:.2f}' for t in times)}; each loads the retriever's "
          f"snapshot, which `assistant index` wrote)")

    # 4. Warm latency over the dev set's single-turn questions.
    from assistant import answer

    questions = [json.loads(line)["question"] for line in open(ROOT / "evals" / "dev.jsonl")
                 if line.strip() and not json.loads(line).get("history")]
    for q in questions[:5]:
        answer(q, corpus=corpus, index_dir=index)  # warm-up
    latencies, reads = [], []
    for q in questions:
        started = time.perf_counter()
        result = answer(q, corpus=corpus, index_dir=index)
        latencies.append((time.perf_counter() - started) * 1000)
        # a question read in parts (clauses, documents) has its reading, with their retrieval, in parts_ms
        reads.append(result.timings.get("read_ms", 0.0) + result.timings.get("parts_ms", 0.0))
    print(f"warm answer latency over {len(latencies)} dev questions: p50 {percentile(latencies, 50):.1f} ms, "
          f"p95 {percentile(latencies, 95):.1f} ms, max {max(latencies):.1f} ms "
          f"(of which the reader: p50 {percentile(reads, 50):.1f} ms, p95 {percentile(reads, 95):.1f} ms, "
          f"{engine.settings.reader_candidates} passages per question)")
    print(f"machine: {os.cpu_count()} cores; torch threads: {engine.settings.threads}")
    shutil.rmtree(work, ignore_errors=True)


def build_scale_folder(data: Path, folder: Path, sentences: int) -> list[str]:
    """About ``sentences`` sentences of MedQuAD and SQuAD text in ``folder``; returns questions."""
    import gzip
    import re
    from collections import defaultdict

    def rows(name):
        for path in sorted((data / name).glob("*.jsonl.gz")):
            with gzip.open(path, "rt", encoding="utf-8") as lines:
                for line in lines:
                    yield json.loads(line)

    texts: dict[str, list[str]] = defaultdict(list)
    seen: set[str] = set()
    questions: list[str] = []
    count = 0
    sources = [("squad", r["title"], r["context"], r["question"]) for r in rows("squad_v2_train")
               if r["title"] != "Normans"]
    for r in rows("medquad"):
        group = r["id"].split("_QA-")[0] + "_" + r["id"].split("_QA-")[1].split("_")[0] if "_QA-" in r["id"] else r["id"]
        for candidate in r["candidates"]:
            if candidate.get("label"):
                sources.append(("medquad", group, candidate["text"], r["question"]))
    for kind, title, text, question in sources:
        if count >= sentences:
            break
        if text not in seen:
            seen.add(text)
            texts[f"{kind}-{title}"].append(text)
            count += len(re.findall(r"[.!?](?:\s|$)", text)) or 1
        if len(questions) < 200:
            questions.append(question)
    folder.mkdir(parents=True)
    for name, parts in texts.items():
        safe = re.sub(r"[^\w-]+", "_", name)[:80]
        (folder / f"{safe}.txt").write_text(name.split("-", 1)[1].replace("_", " ") + "\n\n"
                                            + "\n\n".join(parts) + "\n", encoding="utf-8")
    return questions


def scale(sentences: int, data: Path) -> None:
    import resource

    work = Path(tempfile.mkdtemp(prefix="assistant-scale-"))
    corpus, index = work / "corpus", work / "index"
    questions = build_scale_folder(data, corpus, sentences)
    size = sum(p.stat().st_size for p in corpus.iterdir())
    print(f"scale folder: {len(list(corpus.iterdir()))} files, {size / 1e6:.1f} MB, about {sentences:,} sentences")
    env = {**os.environ, "ASSISTANT_CORPUS": str(corpus), "ASSISTANT_INDEX_DIR": str(index)}
    cli = [sys.executable, "-m", "assistant.cli"]
    started = time.perf_counter()
    indexing = subprocess.Popen(cli + ["index", "--json", "--quiet"], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
    memory = TreeMemory(indexing.pid)
    out, err = indexing.communicate()
    took = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if indexing.returncode:
        print(err[-2000:])
        raise SystemExit("indexing failed")
    report = json.loads(out[out.index("{"):]) if "{" in out else {}
    print(f"index build (fresh process): {took:.0f}s, peak resident {peak:.0f} MB (largest process); "
          f"{memory.stop()}; {report.get('units_embedded')} units, {report.get('chunks_embedded')} chunks")
    started = time.perf_counter()
    subprocess.run(cli + ["index", "--quiet"], env=env, check=True, capture_output=True)
    print(f"unchanged re-index (fresh process): {time.perf_counter() - started:.2f}s")
    for what, without_snapshot in (("retriever snapshot written by `assistant index`, loaded", False),
                                   ("no snapshot: retriever built from the index", True),
                                   ("retriever snapshot loaded", False)):
        if without_snapshot:
            for path in index.glob(".*.retriever.pickle"):
                path.unlink()
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", f"from assistant import answer; answer({questions[0]!r})"],
                       env=env, check=True, capture_output=True)
        print(f"fresh process to first answer ({what}): {time.perf_counter() - started:.2f}s")
    from assistant import answer

    for q in questions[:5]:
        answer(q, corpus=corpus, index_dir=index)
    latencies = []
    for q in questions[:100]:
        started = time.perf_counter()
        answer(q, corpus=corpus, index_dir=index)
        latencies.append((time.perf_counter() - started) * 1000)
    print(f"warm answer latency over {len(latencies)} questions: p50 {percentile(latencies, 50):.0f} ms, "
          f"p95 {percentile(latencies, 95):.0f} ms")
    shutil.rmtree(work, ignore_errors=True)


def single_file(megabytes: float, data: Path) -> None:
    """One very long file beside the seeds: when are the seeds answerable, when is it all done."""
    import resource

    work = Path(tempfile.mkdtemp(prefix="assistant-bigfile-"))
    parts, corpus, index = work / "parts", work / "corpus", work / "index"
    build_scale_folder(data, parts, 10**9)
    texts = [p.read_text(encoding="utf-8") for p in sorted(parts.iterdir())]
    shutil.copytree(ROOT / "seeds", corpus)
    target, written, rounds = int(megabytes * 1e6), 0, 0
    with open(corpus / "very-long-filing.txt", "w", encoding="utf-8") as out:
        while written < target:  # the public text holds fewer MB than asked: repeat it, numbered
            rounds += 1
            for text in texts:
                if written >= target:
                    break
                chunk = f"Part {rounds}.\n\n{text}\n"
                out.write(chunk)
                written += len(chunk.encode("utf-8"))
    print(f"one file of {written / 1e6:.1f} MB ({rounds} pass(es) over the public text) beside "
          f"{len(list((ROOT / 'seeds').iterdir()))} seed documents")
    env = {**os.environ, "ASSISTANT_CORPUS": str(corpus), "ASSISTANT_INDEX_DIR": str(index)}
    started = time.perf_counter()
    indexing = subprocess.Popen([sys.executable, "-m", "assistant.cli", "index", "--json", "--quiet"], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    question = "How much did Servier pay ILTOO upfront?"  # answered from the seeds alone
    probe = ("import sys; from assistant import answer; "
             f"a = answer({question!r}, auto_index=False); "
             "print('abstained' if a.abstained else ' '.join(a.text.split())[:100])")
    memory = TreeMemory(indexing.pid)
    answered = None
    while indexing.poll() is None:
        time.sleep(10)
        if answered is None:
            asked = time.perf_counter()
            got = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
            line = (got.stdout.strip().splitlines() or got.stderr.strip().splitlines() or [""])[-1]
            if got.returncode == 0 and line != "abstained":
                answered = asked - started
                print(f"seed question answered from another process {answered:.0f}s after indexing started "
                      f"(in {time.perf_counter() - asked:.1f}s): {line}", flush=True)
    out, err = indexing.communicate()
    took = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if indexing.returncode:
        print(err[-2000:])
        raise SystemExit("indexing failed")
    report = json.loads(out[out.index("{"):]) if "{" in out else {}
    figures = ", ".join(f"{k} {report[k]}" for k in ("units_embedded", "chunks_embedded", "seconds") if k in report)
    print(f"whole folder indexed: {took:.0f}s, peak resident {peak:.0f} MB (largest child process; "
          f"the probes' processes included); indexing's: {memory.stop()}; {figures}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="speed figures (see the module docstring)")
    parser.add_argument("--scale", type=int, metavar="SENTENCES", help="measure a folder of this many sentences")
    parser.add_argument("--single-file", type=float, metavar="MB", help="measure one file of this many MB")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets")
    args = parser.parse_args()
    if args.single_file:
        single_file(args.single_file, args.data)
    elif args.scale:
        scale(args.scale, args.data)
    else:
        main()
