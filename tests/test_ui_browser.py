"""The web UI in a real headless Chromium (Playwright, the system's /usr/bin/chromium): ask, see a
cited answer, click the citation, see the passage highlighted in its document; and untrusted
HTML in documents and questions shown as text, never executed."""

from __future__ import annotations

from pathlib import Path
import time

import pytest

from conftest import free_port

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("headless browser tests need /usr/bin/chromium "
                "(apt-get install -y chromium chromium-driver)", allow_module_level=True)
playwright_sync = pytest.importorskip("playwright.sync_api")

from assistant.ui import build_app  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
TIMEOUT = 60_000  # ms; the machine is shared


def _launch(options: dict):
    app = build_app(**options)
    port = free_port()
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    return app, f"http://127.0.0.1:{port}/"


@pytest.fixture(scope="module")
def browser():
    with playwright_sync.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="module")
def seed_url(seed_options):
    app, url = _launch(seed_options)
    try:
        yield url
    finally:
        app.close()


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _ask(page, question: str, turn: int) -> None:
    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")
    page.locator(f'#sources-panel .src-panel[data-turn="{turn}"]').wait_for(timeout=TIMEOUT)


def _wait_for_text(page, needle: str, timeout_s: float = TIMEOUT / 1000, selector: str = "body") -> str:
    """The text of ``selector`` once it shows ``needle`` (Gradio's progress lines are re-rendered
    on every update, so poll the rendered text)."""
    deadline = time.monotonic() + timeout_s
    while True:
        text = page.locator(selector).inner_text()
        if needle in text:
            return text
        if time.monotonic() > deadline:
            raise AssertionError(f"{needle!r} never appeared; the page shows: {text[-800:]}")
        page.wait_for_timeout(250)


def _open_page(browser, url: str):
    page = browser.new_page(viewport={"width": 1400, "height": 1050})
    page.set_default_timeout(TIMEOUT)
    page.goto(url)
    page.locator("#question textarea").wait_for()
    return page


def test_ask_click_citation_shows_highlighted_passage(browser, seed_url, artifacts):
    page = _open_page(browser, seed_url)
    try:
        _ask(page, "How much did Servier pay ILTOO upfront?", 0)
        link = page.locator('#chat a[href*="#cite-0-1"]').first
        link.wait_for()
        assert link.inner_text().strip() == "[1]"
        panel = page.locator("#sources-panel")
        assert "Answer" in panel.inner_text()
        quote = _norm(panel.locator("li.src blockquote").first.inner_text())
        assert quote
        assert panel.locator("li.src blockquote mark").count() >= 1  # the answering span

        link.click()
        mark = page.locator("#source-viewer mark.quote")
        mark.wait_for(state="visible")
        assert _norm(mark.inner_text()) == quote
        assert page.url.endswith("/")  # the link was handled, not followed
        # Scrolled into view inside the document pane.
        pane = page.locator("#source-viewer .doc-text").bounding_box()
        box = mark.bounding_box()
        assert pane and box
        assert box["y"] >= pane["y"] - 1 and box["y"] + box["height"] <= pane["y"] + pane["height"] + 1
        viewer_text = page.locator("#source-viewer .doc-text").inner_text()
        assert len(viewer_text) > 3 * len(quote)  # the whole document, not just the quote
        assert "Servier" in page.locator("#source-viewer .doc-head").inner_text()

        # The number in the sources panel opens the same passage.
        page.locator('#sources-panel a.cite-link[href="#cite-0-1"]').click()
        mark.wait_for(state="visible")
        assert _norm(mark.inner_text()) == quote

        page.evaluate("window.scrollTo(0, 0)")
        page.wait_for_timeout(300)
        shot = artifacts / "ui_answer.png"
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
    finally:
        page.close()


def test_follow_up_and_abstention_in_the_browser(browser, seed_url):
    page = _open_page(browser, seed_url)
    try:
        # Example buttons: a follow-up pair.
        page.get_by_role("button", name="How much did Servier pay ILTOO upfront?").click()
        page.locator('#sources-panel .src-panel[data-turn="0"]').wait_for()
        page.get_by_role("button", name="And the milestones?").click()
        page.locator('#sources-panel .src-panel[data-turn="1"]').wait_for()
        panel = page.locator("#sources-panel").inner_text()
        assert "200 million" in panel and "No answer" not in panel
        page.locator('#chat a[href*="#cite-1-1"]').first.click()
        page.locator("#source-viewer mark.quote").wait_for(state="visible")
        assert "milestones" in page.locator("#source-viewer mark.quote").inner_text()
        # A citation of the earlier answer selects that answer in the sources panel.
        page.locator('#chat a[href*="#cite-0-1"]').first.click()
        page.locator('#sources-panel .src-panel[data-turn="0"]').wait_for()

        # An abstention looks different and shows related passages, not citations.
        _ask(page, "What is the capital of France?", 2)
        chat = page.locator("#chat").inner_text()
        assert "Not answered from the documents" in chat
        assert page.locator('#chat a[href*="#cite-2-"]').count() == 0
        panel = page.locator("#sources-panel")
        assert "No answer in the documents" in panel.inner_text()
        assert panel.locator("a.cite-link[href^='#cite-']").count() == 0
        related = panel.locator("li.related")
        if related.count():
            assert "Related" in panel.inner_text()
            related.first.locator("a.cite-link").click()
            page.locator("#source-viewer mark.quote.related").wait_for(state="visible")
            assert "not a citation" in page.locator("#source-viewer").inner_text()

        # Another visitor has a session of their own.
        other = _open_page(browser, seed_url)
        try:
            assert other.locator('#chat a[href*="#cite-"]').count() == 0
            assert other.locator('#sources-panel .src-panel').count() == 0
        finally:
            other.close()
    finally:
        page.close()


EVIL_DOC = """# Zorblax trial report

The Zorblax trial enrolled 42 patients <script>window.__xss=1</script> at three sites in Norway.

The sponsor paid <img src=x onerror="window.__xss=2"> 5 million euros upfront to Kelvar Labs.

The Zorblax trial used a placebo-controlled design.
"""


@pytest.fixture(scope="module")
def evil_url(tmp_path_factory):
    root = tmp_path_factory.mktemp("evil")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "zorblax.md").write_text(EVIL_DOC, encoding="utf-8")
    app, url = _launch({"corpus": corpus, "index_dir": root / "index"})
    try:
        yield url
    finally:
        app.close()


def test_html_in_documents_and_questions_is_shown_not_run(browser, evil_url):
    page = _open_page(browser, evil_url)
    try:
        _ask(page, "How many patients did the Zorblax trial enroll?", 0)
        page.locator('#chat a[href*="#cite-0-1"]').first.click()
        mark = page.locator("#source-viewer mark.quote")
        mark.wait_for(state="visible")
        viewer = page.locator("#source-viewer .doc-text").inner_text()
        assert "<script>window.__xss=1</script>" in viewer
        assert '<img src=x onerror="window.__xss=2">' in viewer
        assert "<script>window.__xss=1</script>" in mark.inner_text()
        assert "<script>window.__xss=1</script>" in page.locator("#chat").inner_text()
        assert "<script>window.__xss=1</script>" in page.locator("#sources-panel").inner_text()

        question = 'How much did the sponsor pay Kelvar Labs upfront? <img src=x onerror="window.__xss=3">'
        _ask(page, question, 1)
        assert question in page.locator("#chat").inner_text()
        link = page.locator('#chat a[href*="#cite-1-1"]')
        if link.count():
            link.first.click()
            page.wait_for_function(
                "document.querySelector('#source-viewer mark.quote')?.innerText.includes('Kelvar')")
            assert '<img src=x onerror="window.__xss=2">' in page.locator(
                "#source-viewer mark.quote").inner_text()
        page.wait_for_timeout(500)  # give any injected onerror handler time to fire
        assert page.evaluate("typeof window.__xss") == "undefined"
        for where in ("#chat", "#sources-panel", "#source-viewer"):
            assert page.locator(f"{where} script").count() == 0
            assert page.locator(f"{where} img[src='x']").count() == 0
    finally:
        page.close()


def test_pane_follows_answers_reload_keeps_conversation_and_empty_enter_is_inline(browser, seed_url):
    page = _open_page(browser, seed_url)
    try:
        # Enter on an empty box: a message under the box, no error overlay over the chat.
        page.locator("#question textarea").press("Enter")
        hint = page.locator("#question-hint .hint")
        hint.wait_for()
        assert "empty" in hint.inner_text()
        page.wait_for_timeout(500)
        assert page.locator(".toast-body, .toast-wrap .error").count() == 0

        _ask(page, "How many patients did MIROCALS randomise?", 0)
        page.locator("#source-viewer mark.quote").wait_for(state="visible")
        first_head = page.locator("#source-viewer .doc-head").inner_text()
        first_quote = _norm(page.locator("#source-viewer mark.quote").inner_text())
        assert _norm(page.locator("#sources-panel li.src blockquote").first.inner_text()) == first_quote
        assert page.locator("#question-hint .hint").count() == 0  # the hint went with the question

        _ask(page, "How much did Servier pay ILTOO upfront?", 1)
        page.wait_for_function(
            "(q) => { const m = document.querySelector('#source-viewer mark.quote');"
            " return m && m.innerText.replace(/\\s+/g, ' ').trim() !== q; }", arg=first_quote)
        second_quote = _norm(page.locator("#source-viewer mark.quote").inner_text())
        assert second_quote == _norm(page.locator("#sources-panel li.src blockquote").first.inner_text())
        assert "Servier" in page.locator("#source-viewer").inner_text() or \
            page.locator("#source-viewer .doc-head").inner_text() != first_head

        # A reload keeps the conversation (browser storage) and shows the last answer's sources.
        page.reload()
        page.locator("#question textarea").wait_for()
        page.locator('#sources-panel .src-panel[data-turn="1"]').wait_for()
        chat = page.locator("#chat").inner_text()
        assert "How much did Servier pay ILTOO upfront?" in chat and "MIROCALS" in chat
        # and the conversation goes on: a follow-up after the reload
        _ask(page, "And the milestones?", 2)
        assert "No answer" not in page.locator("#sources-panel").inner_text()
    finally:
        page.close()


def test_copy_gives_plain_text_with_numbered_sources(browser, seed_url):
    context = browser.new_context(viewport={"width": 1400, "height": 1050})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=seed_url.rstrip("/"))
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    try:
        page.goto(seed_url)
        page.locator("#question textarea").wait_for()
        _ask(page, "How much did Servier pay ILTOO upfront?", 0)
        page.locator("#copy-answer").click()
        page.wait_for_function("async () => (await navigator.clipboard.readText()).includes('Sources:')")
        copied = page.evaluate("navigator.clipboard.readText()")
        assert "[1]" in copied and "#cite" not in copied and "](" not in copied
        assert "\n[1] " in copied and ".txt" in copied
    finally:
        context.close()


def test_upload_indexes_in_the_background_while_questions_are_answered(browser, tmp_path_factory):
    """Upload a file; while it is being indexed (with visible progress), a question about the
    other documents is answered; then the new file answers."""
    root = tmp_path_factory.mktemp("upload")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "alpha.txt").write_text("Alpha Trial Overview\n\nThe alpha trial enrolled 120 patients "
                                      "with lupus in Paris.\n", encoding="utf-8")
    filler = " ".join(f"Section {i} of the omega registry describes routine monitoring visit number "
                      f"{i} and its paperwork." for i in range(2500))
    upload = root / "omega_registry.txt"
    upload.write_text("Omega Registry Report\n\nThe omega registry enrolled 4321 patients in Oslo.\n\n"
                      + filler + "\n", encoding="utf-8")
    app, url = _launch({"corpus": corpus, "index_dir": root / "index", "background_index": True})
    page = browser.new_page()
    page.set_default_timeout(TIMEOUT)
    page.goto(url)
    page.locator("#question textarea").wait_for()
    try:
        _ask(page, "How many patients did the alpha trial enrol?", 0)
        assert "120" in page.locator("#chat").inner_text()
        page.get_by_role("tab", name="Documents").click()
        page.locator("#upload-files input[type=file]").set_input_files(str(upload))
        # Click once the browser has sent the file (the list shows it), as a user would: by the
        # cell's label, since the name is shown as two spans, stem and extension.
        page.locator(f'#upload-files [aria-label="{upload.name}"]').wait_for()
        page.locator("#upload-button").click()
        page.locator("#upload-status progress").wait_for()
        shown = _wait_for_text(page, "records embedded")
        assert "documents done" in shown

        # Meanwhile, in the chat: answered at once, from the current index, with a notice.
        page.get_by_role("tab", name="Ask").click()
        _ask(page, "How many patients did the alpha trial enrol?", 1)
        chat = page.locator("#chat").inner_text()
        assert "120" in chat.split("How many patients did the alpha trial enrol?")[-1]
        assert "Indexing is under way" in chat

        page.get_by_role("tab", name="Documents").click()
        page.locator("#upload-status li.ok").wait_for(timeout=10 * TIMEOUT)
        assert "omega_registry.txt" in page.locator("#upload-status").inner_text()
        page.get_by_role("tab", name="Ask").click()
        _ask(page, "How many patients did the omega registry enrol?", 2)
        panel = page.locator("#sources-panel").inner_text()
        assert "4321" in panel and "No answer" not in panel
        assert "uploaded, private" in panel  # the citation says where the document came from

        # Another browser (its own storage: another session) neither sees nor is answered from
        # the unshared upload; the uploader still is, after a reload.
        other = _open_page(browser, url)
        try:
            _ask(other, "How many patients did the omega registry enrol?", 0)
            assert "4321" not in other.locator("#chat").inner_text()
            assert "4321" not in other.locator("#sources-panel").inner_text()
            other.get_by_role("tab", name="Documents").click()
            table = _wait_for_text(other, "Alpha Trial Overview", selector="#docs-table")
            assert "Omega Registry" not in table and "omega_registry" not in table
        finally:
            other.close()
        page.reload()
        page.locator("#question textarea").wait_for()
        page.get_by_role("tab", name="Documents").click()
        assert "uploaded, private to you" in _wait_for_text(page, "Omega Registry Report", selector="#docs-table")
    finally:
        page.close()
        app.close()

