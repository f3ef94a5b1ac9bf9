"""The web UI's API (/ask) against a real Gradio server, driven by gradio_client; `serve` refusing
to bind beyond loopback without credentials; uploads into a real corpus and index; escaping."""

from __future__ import annotations

import argparse
import json
import threading
import time
from pathlib import Path

import pytest

from conftest import free_port

gradio_client = pytest.importorskip("gradio_client")
from gradio_client import Client  # noqa: E402
from gradio_client.exceptions import AppError  # noqa: E402

from assistant.ui import (  # noqa: E402
    add_documents, answer_markdown, build_app, document_html, is_loopback, parse_auth, serve,
    sources_html,
)


@pytest.fixture(scope="module")
def server(seed_options):
    app = build_app(**seed_options)
    port = free_port()
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        app.close()


@pytest.fixture(scope="module")
def client(server):
    return Client(server, verbose=False)


def _doc_text(seed_options, source: str) -> str:
    return (Path(seed_options["corpus"]) / source).read_text(encoding="utf-8")


def _check_citations(result: dict, seed_options) -> None:
    """Every citation is a verbatim quote at exact offsets; every marker has its citation."""
    assert result["citations"], result
    for c in result["citations"]:
        text = _doc_text(seed_options, c["source"])
        assert text[c["start"]:c["end"]] == c["quote"]
        for start, end in c["highlights"]:
            assert c["start"] <= start < end <= c["end"]
        assert f"[{c['n']}]" in result["text"]


def test_api_is_documented_as_ask(client):
    endpoints = client.view_api(print_info=False, return_format="dict")["named_endpoints"]
    assert "/ask" in endpoints
    names = [p["parameter_name"] for p in endpoints["/ask"]["parameters"]]
    assert names[:2] == ["question", "history"]


def test_ask_returns_cited_answer(client, seed_options):
    result = client.predict("What was the primary endpoint of the MIROCALS trial?", [], api_name="/ask")
    assert result["abstained"] is False
    _check_citations(result, seed_options)
    titles = " ".join(c["title"] for c in result["citations"])
    assert "MIROCALS" in titles
    assert result["question"] == "What was the primary endpoint of the MIROCALS trial?"


def test_follow_up_uses_history(client, seed_options):
    first = client.predict("How much did Servier pay ILTOO upfront?", [], api_name="/ask")
    assert not first["abstained"]
    history = [{"role": "user", "content": "How much did Servier pay ILTOO upfront?"},
               {"role": "assistant", "content": first["text"]}]
    follow = client.predict("And the milestones?", history, api_name="/ask")
    assert not follow["abstained"], follow
    assert "Servier" in follow["standalone_question"]
    _check_citations(follow, seed_options)
    assert "200 million" in follow["text"]
    # History may also be given as a JSON string.
    again = client.predict("And the milestones?", json.dumps(history), api_name="/ask")
    assert again["citations"] == follow["citations"]


def test_unanswerable_question_abstains(client):
    result = client.predict("What is the capital of France?", [], api_name="/ask")
    assert result["abstained"] is True
    assert result["citations"] == []
    for passage in result["related"]:  # related passages are never citations
        assert "n" not in passage


@pytest.mark.parametrize("question, message", [
    ("", "empty"),
    ("   \n ", "empty"),
    ("x" * 5000, "too long"),
])
def test_bad_question_is_a_clear_error(client, question, message):
    with pytest.raises(AppError) as err:
        client.predict(question, [], api_name="/ask")
    assert message in str(err.value)


def test_bad_history_is_a_clear_error(client):
    with pytest.raises(AppError) as err:
        client.predict("What is the primary endpoint of MIROCALS?", "{not json", api_name="/ask")
    assert "Expecting" in str(err.value) or "JSON" in str(err.value)
    with pytest.raises(AppError) as err:
        client.predict("What is the primary endpoint of MIROCALS?", [{"who": "me"}],
                       api_name="/ask")
    assert "role" in str(err.value)


CONCURRENT = [
    ("What is the primary endpoint of MIROCALS?", "001_", "21 months"),
    ("How much did Servier pay ILTOO upfront?", "000_", "8 million euros"),
    ("How many patients did MIROCALS randomise?", "001_", "220"),
    ("How many participants were enrolled in the ILT-101 lupus trial?", "002_", "100"),
    ("What is the NCT ID of the ILT-101 lupus trial?", "002_", "NCT02955615"),
    ("How many RRMS patients will be treated in MS-IL2?", "004_", "30 RRMS"),
    ("What is the primary efficacy criterion of MS-IL2?", "004_", "Treg"),
    ("What milestones can ILTOO receive from Servier?", "000_", "200 million"),
    ("When was ILTOO Pharma created?", "001_", "2012"),
    ("What is the capital of France?", None, None),
]


def test_ten_concurrent_clients_get_independent_answers(server, seed_options):
    results: dict[int, dict] = {}
    errors: list[BaseException] = []
    barrier = threading.Barrier(len(CONCURRENT))

    def worker(i: int, question: str) -> None:
        try:
            own = Client(server, verbose=False)
            barrier.wait(timeout=120)
            results[i] = own.predict(question, [], api_name="/ask")
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=worker, args=(i, q)) for i, (q, _, _) in
               enumerate(CONCURRENT)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors
    assert len(results) == len(CONCURRENT)
    # Independent: each answer is the one the same question gets alone, and about its own subject.
    alone = Client(server, verbose=False)
    answered = 0
    for i, (question, source, keyword) in enumerate(CONCURRENT):
        result = results[i]
        assert result["question"] == question
        reference = alone.predict(question, [], api_name="/ask")
        assert (result["text"], result["citations"]) == (reference["text"], reference["citations"]), question
        if source is None:
            assert result["abstained"] and not result["citations"]
            continue
        if result["abstained"]:
            continue  # the same abstention as alone (checked above)
        answered += 1
        _check_citations(result, seed_options)
        assert any(c["source"].startswith(source) for c in result["citations"]), question
        assert keyword in " ".join(c["quote"] for c in result["citations"]), question
    assert answered >= 6, answered
    assert time.monotonic() - started < 300


# ---------------------------------------------------------------------------------------------
# serve()


def _serve_args(**overrides) -> argparse.Namespace:
    from assistant.cli import build_parser

    args = build_parser().parse_args(["serve"])
    for key, value in overrides.items():
        setattr(args, key, value)
    return args


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::", "example.org"])
def test_serve_refuses_exposed_host_without_auth(host, monkeypatch, capsys):
    monkeypatch.delenv("ASSISTANT_AUTH", raising=False)
    started = time.monotonic()
    code = serve(_serve_args(host=host, port=free_port()))
    assert code == 2
    err = capsys.readouterr().err
    assert "refusing" in err and "--auth" in err and "ASSISTANT_AUTH" in err
    assert time.monotonic() - started < 5  # no index work, no server


def test_serve_rejects_malformed_credentials(monkeypatch, capsys):
    monkeypatch.setenv("ASSISTANT_AUTH", "no-colon")
    assert serve(_serve_args(host="0.0.0.0", port=free_port())) == 2
    assert "user:password" in capsys.readouterr().err


def test_cli_serve_exit_code(monkeypatch, capsys):
    from assistant.cli import main

    monkeypatch.delenv("ASSISTANT_AUTH", raising=False)
    assert main(["serve", "--host", "0.0.0.0", "--port", str(free_port())]) == 2
    assert "refusing" in capsys.readouterr().err


def test_loopback_and_auth_parsing():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert is_loopback("127.0.0.2")
    assert not is_loopback("0.0.0.0") and not is_loopback("10.0.0.1") and not is_loopback("::")
    assert parse_auth("ann:s3cr:et") == ("ann", "s3cr:et")
    assert parse_auth(None) is None and parse_auth("") is None
    for bad in ("ann", "ann:", ":pw"):
        with pytest.raises(ValueError):
            parse_auth(bad)


# ---------------------------------------------------------------------------------------------
# Uploads (the Documents tab's handler, on a real temporary corpus and index)


def _snapshot(corpus: Path) -> dict[str, bytes]:
    return {p.relative_to(corpus).as_posix(): p.read_bytes()
            for p in sorted(corpus.rglob("*")) if p.is_file()}


def test_upload_rejects_bad_files_and_indexes_good_ones(tmp_corpus, tmp_path):
    from assistant.pipeline import answer, get_engine
    from assistant.uploads import private_folder

    (tmp_corpus / "base.md").write_text(
        "# Base notes\n\nThe Alpha study enrolled 12 volunteers in Lyon.\n", encoding="utf-8")
    options = {"corpus": tmp_corpus, "index_dir": tmp_path / "index"}
    engine = get_engine(**options)
    engine.sync()
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    corrupt = uploads / "broken.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n1 0 obj <<>> garbage\x00\xff\xfe not a pdf at all")
    binary = uploads / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary\x00data")
    wrong = uploads / "tool.exe"
    wrong.write_bytes(b"MZ\x90\x00")
    before_files = _snapshot(tmp_corpus)
    before_index = engine.store.doc_records()

    for bad, expected in [(corrupt, "broken.pdf"), (binary, "binary"), (wrong, "unsupported")]:
        message, added = add_documents([str(bad)], engine, owner="user:ann")
        assert added == []
        assert expected in message, message
        assert 'class="err"' in message
        assert _snapshot(tmp_corpus) == before_files
        assert engine.store.doc_records() == before_index

    good = uploads / "zephyr-deal.md"
    good.write_text("# Zephyr licensing deal\n\nQuillon Bio paid Zephyr Therapeutics an upfront "
                    "fee of 17 million euros for the rights to ZP-9.\n", encoding="utf-8")
    steps = []
    message, added = add_documents([str(good), str(corrupt)], engine, owner="user:ann",
                                   progress=lambda value, desc=None: steps.append(value))
    private = private_folder(tmp_corpus, "user:ann")
    source = (private / "zephyr-deal.md").relative_to(tmp_corpus).as_posix()
    assert added == [source]
    assert "Added and indexed zephyr-deal.md" in message and "broken.pdf" in message
    assert "private" in message
    assert steps and steps[-1] == 1.0
    assert (private / "zephyr-deal.md").read_bytes() == good.read_bytes()
    assert set(_snapshot(tmp_corpus)) == set(before_files) | {source}
    assert (tmp_corpus / "base.md").read_bytes() == before_files["base.md"]

    result = answer("How much did Quillon Bio pay Zephyr Therapeutics upfront?", owner="user:ann", **options)
    assert not result.abstained
    assert any(c.source == source and "17 million euros" in c.quote and c.origin == "uploaded, private"
               for c in result.citations)

    # Uploading the identical file again changes nothing and says so; a different file with the
    # same name is not written over.
    message, added = add_documents([str(good)], engine, owner="user:ann")
    assert added == [] and "already uploaded" in message
    clash = uploads / "other" / "zephyr-deal.md"
    clash.parent.mkdir()
    clash.write_text("# Different\n\nSomething else entirely.\n", encoding="utf-8")
    message, added = add_documents([str(clash)], engine, owner="user:ann")
    assert added == [] and "not overwritten" in message
    assert (private / "zephyr-deal.md").read_bytes() == good.read_bytes()


def test_an_upload_is_private_to_its_owner_until_shared(tmp_corpus, tmp_path):
    """Another user's answers, document list and conflicts never see an unshared upload; an
    administrator shares it, and then everyone's citations of it say it was uploaded."""
    from assistant.pipeline import answer, get_engine
    from assistant.ui import documents_table_html, remove_from_corpus, share_with_everyone

    (tmp_corpus / "release.md").write_text(
        "# Quillon and Zephyr sign a licence\n\nQuillon Bio will pay Zephyr Therapeutics an upfront "
        "fee of 17 million euros for the rights to ZP-9.\n", encoding="utf-8")
    options = {"corpus": tmp_corpus, "index_dir": tmp_path / "index"}
    engine = get_engine(**options)
    engine.sync()
    memo = tmp_path / "memo.md"
    memo.write_text("# Internal memo\n\nThe upfront fee Quillon Bio pays Zephyr Therapeutics is "
                    "42 euros.\n", encoding="utf-8")
    _, added = add_documents([str(memo)], engine, owner="user:mallory")
    assert len(added) == 1
    question = "How much is the upfront fee Quillon Bio pays Zephyr Therapeutics?"

    for owner in (None, "user:bob", "browser:" + "0" * 32):
        other = answer(question, owner=owner, **options)
        assert not other.abstained and "17 million euros" in other.text
        assert "42" not in other.text and not other.conflicts
        assert {c.source for c in other.citations} == {"release.md"}
        table = documents_table_html(engine, owner)
        assert "Internal memo" not in table and "memo.md" not in table
    assert "Internal memo" in documents_table_html(engine, "user:mallory")
    # An administrator sees it pending, to review and share.
    assert "not shared yet" in documents_table_html(engine, "user:admin", admin=True)

    # The uploader's own answers use it, and show that the sources disagree.
    own = answer(question, owner="user:mallory", **options)
    assert own.conflicts and "The sources disagree" in own.text
    assert {c.source for c in own.citations} == {"release.md", added[0]}
    assert {c.origin for c in own.citations} == {"corpus", "uploaded, private"}

    message = share_with_everyone(engine, added[0])
    assert "Shared memo.md" in message, message
    shared = answer(question, owner="user:bob", **options)
    assert shared.conflicts and "The sources disagree" in shared.text
    origins = {c.source: c.origin for c in shared.citations}
    assert origins == {"release.md": "corpus", "memo.md": "uploaded"}

    assert "Removed" in remove_from_corpus(engine, "memo.md")
    after = answer(question, owner="user:bob", **options)
    assert not after.conflicts and {c.source for c in after.citations} == {"release.md"}


def test_share_uploads_setting_puts_uploads_in_the_shared_corpus(tmp_corpus, tmp_path):
    from assistant.pipeline import answer, get_engine

    options = {"corpus": tmp_corpus, "index_dir": tmp_path / "index", "share_uploads": True}
    (tmp_corpus / "base.md").write_text("# Base\n\nThe Alpha study enrolled 12 volunteers.\n",
                                        encoding="utf-8")
    engine = get_engine(**options)
    engine.sync()
    note = tmp_path / "note.md"
    note.write_text("# Beta note\n\nThe Beta study enrolled 31 volunteers in Oslo.\n", encoding="utf-8")
    message, added = add_documents([str(note)], engine)  # no owner needed: it is shared
    assert added == ["note.md"] and "shared with everyone" in message
    result = answer("How many volunteers did the Beta study enrol?", **options)
    assert [(c.source, c.origin) for c in result.citations] == [("note.md", "uploaded")]


# ---------------------------------------------------------------------------------------------
# Escaping (the browser test checks the same end to end)

EVIL = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2"> & [link](javascript:x)'


def test_rendering_escapes_document_and_question_text():
    answer = {"text": "It says \\<script\\>alert(1)\\</script\\> and <img src=x onerror=y> [1]",
              "question": EVIL, "abstained": False,
              "citations": [{"n": 1, "source": "<b>evil</b>.md", "title": EVIL, "quote": EVIL,
                             "start": 5, "end": 5 + len(EVIL), "section": EVIL, "page": None,
                             "highlights": [[5, 13]]}]}
    md = answer_markdown(answer, 3)
    assert "<" not in md.replace("&lt;", "")
    assert "&lt;script&gt;" in md and "](#cite-3-1)" in md
    panel = sources_html(answer, 3)
    assert "<script" not in panel and "<img" not in panel and "<b>evil" not in panel
    assert "&lt;script&gt;" in panel and 'href="#cite-3-1"' in panel
    doc = "intro" + EVIL + "\n<style>body{display:none}</style>"
    view = document_html(doc, EVIL, "<b>x</b>.md", 5, 5 + len(EVIL), [[5, 13]], expected=EVIL)
    assert "<script" not in view and "<img" not in view and "<style" not in view
    assert '<mark class="quote" id="viewer-focus">' in view
    assert "&lt;script&gt;" in view


def test_document_view_finds_moved_quote():
    view = document_html("NEW TEXT. The quote here.", "T", "s.md", 0, 15, [],
                         expected="The quote here.")
    assert '<mark class="quote" id="viewer-focus">The quote here.</mark>' in view
    assert "changed" in view


# ---------------------------------------------------------------------------------------------
# Limits, login hardening, clear start-up errors


def test_over_limit_history_is_refused_over_http(client):
    from assistant.config import MAX_HISTORY_CHARS

    huge = [{"role": "user", "content": "x" * (MAX_HISTORY_CHARS + 1)}]
    started = time.monotonic()
    with pytest.raises(AppError) as err:
        client.predict("How many patients did MIROCALS randomise?", huge, api_name="/ask")
    assert "history is too long" in str(err.value)
    assert time.monotonic() - started < 30


def test_refused_question_is_one_line_in_the_log(client, capfd):
    capfd.readouterr()
    with pytest.raises(AppError):
        client.predict("   ", [], api_name="/ask")
    time.sleep(0.5)
    err = capfd.readouterr().err
    assert "refused" in err and "question is empty" in err
    assert "Traceback" not in err


def test_client_limiter_refuses_a_third_question_in_flight_from_one_client():
    from assistant.ui import ClientLimiter

    class Request:
        def __init__(self, session):
            self.session_hash = session

    limiter = ClientLimiter(limit=2)
    with limiter(Request("a")), limiter(Request("a")):
        with pytest.raises(ValueError, match="too many questions at once"):
            with limiter(Request("a")):
                pass
        with limiter(Request("b")):  # another client is not affected
            pass
    with limiter(Request("a")):  # slots are given back
        pass


def test_login_guard_delays_then_locks_out():
    import asyncio

    from assistant.ui import LoginGuard

    guard = LoginGuard({"ann": "right"}, max_failures=5, lockout=0.6, base_delay=0.02, max_delay=0.2)

    async def attempts():
        timings = []
        for _ in range(8):
            started = time.monotonic()
            assert await guard.check("ann", "wrong") is False
            timings.append(time.monotonic() - started)
        return timings

    timings = asyncio.run(attempts())
    assert timings[3] > timings[0] * 3  # the delay grows
    assert guard.locked("ann")
    assert asyncio.run(guard.check("ann", "right")) is False  # locked: even the right password
    assert asyncio.run(guard.check("bob", "right")) is False
    time.sleep(0.7)
    assert asyncio.run(guard.check("ann", "right")) is True


def test_login_over_http_is_slowed_and_locked(seed_options):
    import urllib.error
    import urllib.parse
    import urllib.request

    from assistant.ui import LoginGuard

    guard = LoginGuard({"ann": "right"}, max_failures=5, lockout=60, base_delay=0.05, max_delay=0.4)
    app = build_app(**seed_options)
    port = free_port()
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True,
               auth=guard.check)

    def login(password: str) -> int:
        data = urllib.parse.urlencode({"username": "ann", "password": password}).encode()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", data=data, timeout=30) as r:
                return r.status
        except urllib.error.HTTPError as err:
            return err.code

    try:
        started = time.monotonic()
        codes = [login("wrong") for _ in range(12)]
        elapsed = time.monotonic() - started
        assert all(code >= 400 for code in codes)
        assert elapsed > 2.0  # 12 guesses: 0.05+0.1+0.2+0.4*9 s at least, not 12 instant answers
        assert login("right") >= 400  # locked out
    finally:
        app.close()


def test_credentials_from_a_file_and_clear_errors(tmp_path):
    from assistant.ui import load_credentials

    good = tmp_path / "users"
    good.write_text("# team\nann:s3cret\nbob:pa:ss\n")
    assert load_credentials(None, str(good)) == {"ann": "s3cret", "bob": "pa:ss"}
    bad = tmp_path / "bad"
    bad.write_text("ann\n")
    with pytest.raises(ValueError, match="line 1"):
        load_credentials(None, str(bad))
    with pytest.raises(ValueError, match="cannot read"):
        load_credentials(None, str(tmp_path / "missing"))


def test_serve_with_a_busy_port_says_so(monkeypatch, capsys):
    import socket

    monkeypatch.delenv("ASSISTANT_AUTH", raising=False)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        assert serve(_serve_args(host="127.0.0.1", port=port)) == 2
    err = capsys.readouterr().err
    assert "already in use" in err and "--port" in err and "Traceback" not in err


def test_plain_text_copy_has_numbered_sources_and_no_links():
    from assistant.ui import plain_answer_text

    data = {"text": "**220** patients were randomised [1] in **MIROCALS** \\[sic\\].",
            "citations": [{"n": 1, "source": "b.txt", "title": "The B trial", "quote": "220 patients\nwere",
                           "page": None}]}
    text = plain_answer_text(data)
    assert text.startswith("220 patients were randomised [1] in MIROCALS [sic].")
    assert '[1] The B trial (b.txt): "220 patients were"' in text
    assert "#cite" not in text and "**" not in text
