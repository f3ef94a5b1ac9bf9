"""Load on a real shared server: normal users keep getting the same answers, quickly, while
others attack it. Prints figures (recorded in the README); run with the project's venv:

    .venv/bin/python scripts/load_test.py [--clients 20] [--attackers 4] [--seconds 90]
                                          [--think 10] [--nice 19]

Starts ``assistant serve`` on 127.0.0.1 over a private copy of seeds/ with its own index, then:

1. quiet: one client asks every question once; its answers are the reference;
2. load: ``--clients`` clients (each its own gradio_client session) ask those questions in a
   loop for ``--seconds``, without any attack: the baseline latency. By default they ask without
   pause (the server's saturation); ``--think S`` makes each client pause a random time, S
   seconds on average (exponential), between an answer and its next question, as people do;
3. attack: the same load, while ``--attackers`` clients send over-limit histories (300 messages,
   300,000 characters) as fast as they are refused, and one user uploads a 1 MB file through the
   web UI in headless Chromium (``/usr/bin/chromium``; without it the file is dropped into the
   corpus folder instead, which the server indexes in the background).

A *wrong* answer is one whose text or citations differ from the quiet reference: load and
attacks must change nothing (the upload is private to its uploader, so nobody else's answers
may change either). Every over-limit request must get a clear refusal.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
UPLOAD_WAIT_S = 1200  # longest wait for an upload to be indexed


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))] if values else float("nan")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited with code {process.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.5)
    raise SystemExit("the server did not open its port")


def questions(limit: int) -> list[str]:
    """Standalone answerable questions of the seed dev set (no follow-ups: no history needed)."""
    out = []
    for line in (ROOT / "evals" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item.get("answerable") and not item.get("history"):
            out.append(item["question"])
    return out[:limit]


def signature(answer: dict) -> tuple:
    return (answer["text"], tuple((c["source"], c["start"], c["end"]) for c in answer["citations"]))


class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.wrong: list[str] = []
        self.errors: list[str] = []
        self.refused: list[float] = []
        self.unclear: list[str] = []


def machine_cpu() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far, from /proc/stat."""
    fields = [int(v) for v in open("/proc/stat").readline().split()[1:]]
    tick = os.sysconf("SC_CLK_TCK")
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / tick, sum(fields[:8]) / tick


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far, all its threads."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class CpuShares:
    """Where the machine's CPU went during a phase: the server, the clients (this process's
    threads) and everything else (the browser, its driver, the system), in cores."""

    def __init__(self, server_pid: int):
        self.server_pid = server_pid
        self.start = (machine_cpu(), process_cpu(server_pid), sum(os.times()[:2]), time.perf_counter())

    def report(self) -> str:
        (busy0, _), server0, clients0, t0 = self.start
        busy, _ = machine_cpu()
        seconds = time.perf_counter() - t0
        server = process_cpu(self.server_pid) - server0
        clients = sum(os.times()[:2]) - clients0
        rest = max(0.0, busy - busy0 - server - clients)
        return (f"CPU in cores: server {server / seconds:.2f}, clients {clients / seconds:.2f}, browser and "
                f"the rest {rest / seconds:.2f} (of {os.cpu_count()})")


def lower_priority(nice: int) -> None:
    """Lower this thread's priority (Linux: per thread; threads it starts inherit it)."""
    if nice:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), nice)


def normal_client(url: str, qs: list[str], reference: dict, stop: threading.Event, results: Results,
                  seed: int, think: float = 0.0, nice: int = 0) -> None:
    from gradio_client import Client

    lower_priority(nice)
    client = Client(url, verbose=False)
    rng = random.Random(seed)
    if think:  # clients that pause also start at random times, not all in the same instant
        stop.wait(rng.expovariate(1 / think))
    while not stop.is_set():
        question = rng.choice(qs)
        started = time.perf_counter()
        try:
            answer = client.predict(question, "[]", api_name="/ask")
        except Exception as err:  # noqa: BLE001 - counted, reported
            with results.lock:
                results.errors.append(f"{question}: {err}")
            continue
        elapsed = time.perf_counter() - started
        with results.lock:
            results.latencies.append(elapsed)
            if signature(answer) != reference[question]:
                results.wrong.append(f"{question}: {answer['text'][:120]!r}")
        if think:
            stop.wait(rng.expovariate(1 / think))


def attacker(url: str, stop: threading.Event, results: Results, nice: int = 0) -> None:
    from gradio_client import Client

    lower_priority(nice)
    client = Client(url, verbose=False)
    history = json.dumps([{"role": "user" if i % 2 == 0 else "assistant", "content": "x" * 999 + " "}
                          for i in range(300)])
    while not stop.is_set():
        started = time.perf_counter()
        try:
            client.predict("What is the primary endpoint?", history, api_name="/ask")
        except Exception as err:  # noqa: BLE001 - a refusal is expected
            message = str(err)
            with results.lock:
                if "too long" in message:
                    results.refused.append(time.perf_counter() - started)
                else:
                    results.unclear.append(message[:200])
        else:
            with results.lock:
                results.unclear.append("an over-limit history was answered")


def upload_in_browser(url: str, path: Path, outcome: dict) -> None:
    """Upload ``path`` through the Documents tab; record how long from the click until it is
    indexed."""
    from playwright.sync_api import sync_playwright

    started = time.perf_counter()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM),
                                    args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.set_default_timeout(120_000)
        page.goto(url)
        page.locator("#question textarea").wait_for()
        page.get_by_role("tab", name="Documents").click()
        page.locator("#upload-files input[type=file]").set_input_files(str(path))
        # Click once the browser has sent the file (the file list shows it), as a user would. Its
        # name is shown as two spans, stem and extension, so no element's text is the name: the
        # cell's label is. (Matching the text caught a transient element, or under load nothing.)
        page.locator(f'#upload-files [aria-label="{path.name}"]').wait_for()
        started = time.perf_counter()
        page.locator("#upload-button").click()
        try:
            page.locator("#upload-status li").first.wait_for(timeout=UPLOAD_WAIT_S * 1000)
            outcome["status"] = page.locator("#upload-status").inner_text()
        except Exception as err:  # noqa: BLE001 - reported with what the page showed
            outcome["status"] = f"not finished ({type(err).__name__}); the page showed: " + \
                page.locator("#upload-status").inner_text()
            page.screenshot(path=str(path.parent / "upload-timeout.png"))
        browser.close()
    outcome["seconds"] = time.perf_counter() - started


def run_phase(url: str, qs: list[str], reference: dict, clients: int, seconds: float,
              attackers: int = 0, upload: Path | None = None, corpus: Path | None = None, think: float = 0.0,
              nice: int = 0):
    results, stop = Results(), threading.Event()
    threads = [threading.Thread(target=normal_client, args=(url, qs, reference, stop, results, n, think, nice))
               for n in range(clients)]
    threads += [threading.Thread(target=attacker, args=(url, stop, results, nice)) for _ in range(attackers)]
    outcome: dict = {}
    uploader = None
    if upload is not None:
        if CHROMIUM.exists():
            uploader = threading.Thread(target=upload_in_browser, args=(url, upload, outcome))
        else:
            def drop() -> None:
                shutil.copyfile(upload, corpus / upload.name)
                outcome["status"] = "dropped into the corpus folder (no Chromium)"
            uploader = threading.Thread(target=drop)
    for thread in threads:
        thread.start()
    if uploader is not None:
        time.sleep(2)
        uploader.start()
    time.sleep(seconds)
    if uploader is not None:
        uploader.join()  # the load goes on until the upload is indexed
    stop.set()
    for thread in threads:
        thread.join()
    return results, outcome


def report(name: str, results: Results, seconds: float) -> None:
    lat = results.latencies
    print(f"{name}: {len(lat)} answers in {seconds:.0f}s ({len(lat) / seconds:.1f}/s); "
          f"p50 {statistics.median(lat) if lat else float('nan'):.2f}s, p95 {percentile(lat, 95):.2f}s, "
          f"max {max(lat) if lat else float('nan'):.2f}s; wrong {len(results.wrong)}; "
          f"errors {len(results.errors)}")
    for line in (results.wrong + results.errors)[:5]:
        print("   ", line)
    if results.refused or results.unclear:
        print(f"  over-limit requests: {len(results.refused)} refused clearly "
              f"(p95 {percentile(results.refused, 95):.2f}s), {len(results.unclear)} not")
        for line in results.unclear[:5]:
            print("   ", line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--attackers", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=90)
    parser.add_argument("--questions", type=int, default=30)
    parser.add_argument("--upload-mb", type=float, default=1.0, help="0: no upload")
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean pause in seconds between a client's answer and its next question (0: none)")
    parser.add_argument("--nice", type=int, default=0,
                        help="lower the priority of the asking and attacking clients by this much (the "
                        "server and the uploading browser keep theirs): on one machine the clients then "
                        "take only the CPU the server leaves, as clients on other machines would")
    parser.add_argument("--skip-baseline", action="store_true", help="no load phase without attack")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="assistant-load-"))
    corpus = work / "corpus"
    shutil.copytree(ROOT / "seeds", corpus)
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    log = open(work / "server.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--port", str(port),
                               "--corpus", str(corpus), "--index-dir", str(work / "index")],
                              stdout=log, stderr=subprocess.STDOUT, cwd=ROOT,
                              env={**os.environ, "HF_HUB_OFFLINE": "1"})
    try:
        wait_for_port(port, server)
        from gradio_client import Client

        qs = questions(args.questions)
        paced = f" pausing {args.think:g}s on average" if args.think else " without pause"
        client = Client(url, verbose=False)
        reference, quiet = {}, []
        for question in qs:
            started = time.perf_counter()
            reference[question] = signature(client.predict(question, "[]", api_name="/ask"))
            quiet.append(time.perf_counter() - started)
        print(f"server: {os.cpu_count()} cores; {len(qs)} questions from evals/dev.jsonl; clients on the same "
              f"machine, their priority lowered by {args.nice}")
        print(f"quiet, one client: p50 {statistics.median(quiet):.2f}s, p95 {percentile(quiet, 95):.2f}s")

        if not args.skip_baseline:
            started, cpu = time.perf_counter(), CpuShares(server.pid)
            results, _ = run_phase(url, qs, reference, args.clients, args.seconds, think=args.think,
                                   nice=args.nice)
            report(f"{args.clients} clients{paced}, no attack", results, time.perf_counter() - started)
            print("  " + cpu.report())

        upload = work / "upload" / "big_upload_report.txt"
        upload.parent.mkdir()
        sentence = ("Section {n} of the annual monitoring report records visit {n} at the regional "
                    "site, with routine paperwork, sample logistics and a short note on staffing. ")
        with open(upload, "w", encoding="utf-8") as out:
            out.write("Annual Monitoring Report\n\n")
            n = 0
            while out.tell() < args.upload_mb * 1_000_000:
                out.write(sentence.format(n=n))
                n += 1
                if n % 8 == 0:
                    out.write("\n\n")
        started, cpu = time.perf_counter(), CpuShares(server.pid)
        results, outcome = run_phase(url, qs, reference, args.clients, args.seconds,
                                     attackers=args.attackers, upload=upload if args.upload_mb else None,
                                     corpus=corpus, think=args.think, nice=args.nice)
        elapsed = time.perf_counter() - started
        uploaded = f"a {upload.stat().st_size / 1e6:.1f} MB upload" if args.upload_mb else "no upload"
        report(f"{args.clients} clients{paced}, {args.attackers} over-limit attackers, {uploaded}", results, elapsed)
        print("  " + cpu.report())
        if outcome:
            took = f" in {outcome['seconds']:.0f}s" if "seconds" in outcome else ""
            print(f"  upload{took}: {' '.join(outcome.get('status', '').split())[:200]}")
        return 0 if not results.wrong and not results.unclear else 1
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
