"""Speed figures: warm answer latency, fresh-process first answer, indexing throughput, unchanged
re-index. Prints figures; run with the project's venv: `.venv/bin/python scripts/benchmark.py`.

Uses a private copy of seeds/ and a temporary index so the real index/ is untouched."""

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
    records = report.units_embedded + report.chunks_embedded
    print(f"index build: {len(report.added)} docs, {report.units_embedded} units + "
          f"{report.chunks_embedded} chunks in {build_s:.2f}s = {records / build_s:.0f} records/s "
          f"({report.chunks_embedded / build_s:.0f} chunks/s)")

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
          f"(runs: {', '.join(f'{t:.2f}' for t in times)})")

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
        reads.append(result.timings.get("read_ms", 0.0))
    print(f"warm answer latency over {len(latencies)} dev questions: p50 {percentile(latencies, 50):.1f} ms, "
          f"p95 {percentile(latencies, 95):.1f} ms, max {max(latencies):.1f} ms "
          f"(of which the reader: p50 {percentile(reads, 50):.1f} ms, p95 {percentile(reads, 95):.1f} ms, "
          f"{engine.settings.reader_candidates} passages per question)")
    print(f"machine: {os.cpu_count()} cores; torch threads: {engine.settings.threads}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
