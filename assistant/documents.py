"""Load documents (txt/md/html/pdf → text + title), mark noise, segment into citable units.

The text a loader returns is what every offset points into. For .txt and .md it is exactly the
file's UTF-8 content; noise (navigation, share buttons, UI blurbs of scraped pages) is *marked*
as spans and kept out of retrieval, never cut out of the text, so offsets stay true.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import io
import re
from pathlib import Path
from typing import Iterator

from .config import SUPPORTED_SUFFIXES
from .types import Document, Span, Unit


class DocumentError(Exception):
    """A file that cannot be turned into text. The message says which file and why."""


# ---------------------------------------------------------------------------------------------
# Loading


def file_sha256(path: Path) -> str:
    # file_digest reads into one reusable buffer: reading blocks of 1 MB allocated a new
    # megabyte per read, and over thousands of small files that churn grew the heap.
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def decode_text(raw: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """UTF-8 when it is UTF-8 (the exact content); otherwise a stated fallback, never a crash."""
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError as err:
        for encoding in ("cp1252", "latin-1"):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            return text, (
                f"{name}: not valid UTF-8 (byte {err.start}); decoded as {encoding}. "
                "Offsets refer to the decoded text.",
            )
    raise DocumentError(f"{name}: cannot decode text")  # latin-1 decodes anything; unreachable


def _load_plain(raw: bytes, name: str) -> tuple[str, str, tuple[int, ...], tuple[str, ...]]:
    text, warnings = decode_text(raw, name)
    if "\x00" in text:
        raise DocumentError(f"{name}: looks like a binary file (contains NUL bytes), not text")
    return text, "", (), warnings


_BLOCK_TAGS = (
    "p", "div", "section", "article", "li", "ul", "ol", "table", "tr", "td", "th", "br", "h1",
    "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "dt", "dd", "figcaption", "main", "header",
    "caption",
)


def _load_html(raw: bytes, name: str) -> tuple[str, str, tuple[int, ...], tuple[str, ...]]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "html.parser")
    title = ""
    if soup.title and soup.title.get_text(strip=True):
        title = soup.title.get_text(" ", strip=True)
    h1 = soup.find("h1")
    if not title and h1:
        title = h1.get_text(" ", strip=True)
    for tag in soup(["script", "style", "noscript", "template", "nav", "footer", "aside", "form",
                     "svg", "iframe", "head"]):
        tag.decompose()
    for row in soup.find_all("tr"):
        if row.find("table") is None:  # a layout table's outer rows keep their nested tables
            line = _table_row_text([cell.get_text(" ", strip=True) for cell in row.find_all(["td", "th"])])
            row.clear()
            row.append(_ROW_MARK + line)
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in soup.get_text().split("\n")]
    text = ""
    previous_row = False
    for line in lines:
        row = line.startswith(_ROW_MARK)
        line = line.removeprefix(_ROW_MARK).strip()
        if line:  # one table's rows on consecutive lines, as in a text file; blocks apart
            text += ("\n" if row and previous_row else "\n\n" if text else "") + line
            previous_row = row
    if not text.strip():
        raise DocumentError(f"{name}: the HTML page has no visible text")
    return text + "\n", title, (), ()


_ROW_MARK = "\ue000"  # a private-use character marks table rows while the page is flattened


def _table_row_text(cells: list[str]) -> str:
    """An HTML table row as one line, "cell | cell" (the form table rows have in text files), so
    a value is read and cited with its row's label. Empty spacer cells are dropped, and a
    currency sign or parenthesis in a cell of its own joins its number ("$ | 50.0" → "$50.0")."""
    merged: list[str] = []
    for cell in (" ".join(c.split()) for c in cells):
        if not cell:
            continue
        if merged and (merged[-1] in _OPENING_CELLS or cell in _CLOSING_CELLS):
            merged[-1] += cell
        else:
            merged.append(cell)
    return " | ".join(merged)


_OPENING_CELLS = {"$", "€", "£", "¥", "(", "($", "CHF", "USD", "EUR"}
_CLOSING_CELLS = {")", "%", ")%", "%)"}


def _load_pdf(raw: bytes, name: str) -> tuple[str, str, tuple[int, ...], tuple[str, ...]]:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception as err:  # noqa: BLE001 - any failure means we cannot read it
                raise DocumentError(f"{name}: the PDF is encrypted ({err})") from err
        pages = [page.extract_text() or "" for page in reader.pages]
        title = ""
        if reader.metadata and reader.metadata.title:
            title = str(reader.metadata.title).strip()
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AssertionError) as err:
        raise DocumentError(f"{name}: not a readable PDF ({type(err).__name__}: {err})") from err
    except Exception as err:  # noqa: BLE001 - pypdf raises many kinds on corrupt input
        raise DocumentError(f"{name}: not a readable PDF ({type(err).__name__}: {err})") from err
    parts, starts, offset = [], [], 0
    for page_text in pages:
        page_text = page_text.replace("\x00", "").strip()
        starts.append(offset)
        parts.append(page_text)
        offset += len(page_text) + 2
    text = "\n\n".join(parts)
    if not text.strip():
        raise DocumentError(f"{name}: the PDF has no extractable text (scanned images need OCR)")
    return text + "\n", title, tuple(starts), ()


def load_document(path: Path, source: str | None = None) -> Document:
    """Load one file into a :class:`Document` with title, noise spans and units."""
    path = Path(path)
    name = source or path.name
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(f"{name}: unsupported file type {suffix or '(none)'}; "
                            f"supported: {', '.join(SUPPORTED_SUFFIXES)}")
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise DocumentError(f"{name}: cannot read file ({err.strerror or err})") from err
    if suffix == ".pdf":
        text, title, pages, warnings = _load_pdf(raw, name)
    elif suffix in (".html", ".htm"):
        text, title, pages, warnings = _load_html(raw, name)
    else:
        text, title, pages, warnings = _load_plain(raw, name)
    return build_document(name, text, title=title, page_starts=pages, warnings=warnings,
                          markdown=suffix in (".md", ".markdown"))


def build_document(source: str, text: str, title: str = "", page_starts: tuple[int, ...] = (),
                   warnings: tuple[str, ...] = (), markdown: bool = False) -> Document:
    noise = tuple(mark_noise(text))
    units = tuple(segment(text, noise, markdown=markdown))
    if not title:
        title = guess_title(text, noise, markdown=markdown, source=source) or Path(source).stem
    return Document(source=source, title=title, text=text, noise=noise, units=units,
                    page_starts=page_starts, warnings=warnings)


def iter_corpus(root: Path) -> Iterator[tuple[str, Path]]:
    """(source, path) for every supported file under ``root``, sorted; hidden files skipped,
    except private uploads (``.uploads/<owner key>/<file>``: see :mod:`assistant.uploads`).

    Walked with ``os.walk`` and plain strings: a server checks a folder of 10,000 files for
    changes every few seconds, and ``Path.rglob`` with its sorting took half a second of it."""
    from .uploads import is_private

    root = Path(root)
    if root.is_file():
        yield root.name, root
        return
    found = []
    top = str(root)
    for folder, _, names in os.walk(top):  # like rglob: symlinked folders are not entered
        prefix = os.path.relpath(folder, top)
        prefix = "" if prefix == "." else prefix.replace(os.sep, "/") + "/"
        for name in names:
            if os.path.splitext(name)[1].lower() not in SUPPORTED_SUFFIXES:
                continue
            source = prefix + name
            parts = source.split("/")
            if any(part.startswith(".") for part in parts) and not is_private(source):
                continue
            found.append((parts, source))
    found.sort()  # by path components, as Path objects sort
    for _, source in found:
        path = root / source
        if path.is_file():
            yield source, path


# ---------------------------------------------------------------------------------------------
# Noise: boilerplate of scraped pages, marked as spans


_NOISE_LINES = [
    r"top of page", r"bottom of page", r"back to top", r"skip to (main )?content", r"menu",
    r"share( this)?( article| post| page| story)?:?", r"share (article )?via .*",
    r"share on \w+", r"tweet", r"print", r"email", r"contact us", r"contact", r"or contact:?",
    r"subscribe.*", r"sign (up|in).*", r"log ?in", r"search", r"home", r"loading\.*", r"\.\.\.",
    r"read more\.*", r"see (the )?full (article|text|story)", r"see more", r"learn more",
    r"voir tout", r"posts? r[ée]cents?", r"commentaires?", r"comments?( \(\d+\))?",
    r"photo du r[ée]dacteur.*", r"\d+ min (de lecture|read)", r".{0,60} avatar",
    r"data sourced from .*", r"check our services", r"cookies?.*",
    r"accept( all)? cookies", r"privacy policy", r"terms of (use|service)", r"legal", r"resources",
    r"research sites", r"clinical trials", r"[•·▪*-]?\s*puce", r"[•·▪]", r"advertisement",
    r"(for further information, )?please visit our website:?", r"click here.*",
    r".{0,80}(can be found|is available) here:?", r"related (articles|posts|trials)",
    r"more related trials", r"next( article)?", r"previous( article)?",
]
_NOISE_RE = re.compile(r"^\s*(?:[•·▪*-]\s*)?(?:" + "|".join(_NOISE_LINES) + r")\s*$", re.IGNORECASE)

# Page-furniture blurbs that address the reader ("Get a concise snapshot of the trial, ...").
_UI_BLURB_RE = re.compile(
    r"^\s*(get|review|dive into|see|understand|learn about|meet|identify|explore|check|discover|"
    r"find out|browse|view)\b[^.!?]{12,}\.\s*$",
    re.IGNORECASE,
)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, without its newline."""
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        yield pos, pos + len(stripped)
        pos += len(line)


def mark_noise(text: str) -> list[Span]:
    spans = []
    for start, end in _lines(text):
        line = text[start:end]
        if not line.strip():
            continue
        if _NOISE_RE.match(line) or _UI_BLURB_RE.match(line):
            spans.append(Span(start, end))
    return spans


def is_noise_line(line: str) -> bool:
    """Page furniture (shown in a quote's context, never as part of an answer)."""
    plain = line.replace("\\", "")  # markdown-escaped text
    return bool(_NOISE_RE.match(plain) or _UI_BLURB_RE.match(plain))


def in_noise(noise: tuple[Span, ...] | list[Span], start: int, end: int) -> bool:
    """Whether [start, end) lies inside a noise span. ``noise`` is sorted by start and its
    spans do not overlap (:func:`mark_noise` marks whole lines): a binary search, so that
    segmenting a document stays linear in its size."""
    at = bisect.bisect_right(noise, start, key=lambda span: span.start) - 1
    return at >= 0 and noise[at].start <= start and end <= noise[at].end


# ---------------------------------------------------------------------------------------------
# Segmentation: sentences of prose and the short lines of forms, each with exact offsets

_ABBREVIATIONS = {
    "dr", "mr", "mrs", "ms", "prof", "st", "vs", "e.g", "i.e", "al", "fig", "no", "inc", "ltd",
    "co", "corp", "jr", "sr", "u.s", "approx", "etc", "ann", "rheum", "dis", "epub", "vol", "pp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ca",
    "cf", "resp", "min", "max", "mg", "kg", "iu", "ref", "sci", "med", "engl", "j", "int",
}
_BOUNDARY_RE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Ý•*])")
_BULLET_RE = re.compile(r"^\s*(?:[•·▪*‣◦-]|\d+[.)])\s+")
_WORD_RE = re.compile(r"\w+", re.UNICODE)


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]`` (one line or paragraph)."""
    spans, cursor = [], start
    segment_text = text[start:end]
    for match in _BOUNDARY_RE.finditer(segment_text):
        cut = start + match.end()
        before = text[cursor:start + match.start()]
        last_word = re.findall(r"[\w.]+$", before)
        token = last_word[0].lower().rstrip(".") if last_word else ""
        if token in _ABBREVIATIONS or re.fullmatch(r"(?:[^\W\d_]\.)*[^\W\d_]", token):
            continue  # "Dr. Smith", "P. J. Jones", "A.T. King"
        if re.search(r"\d$", before) and re.match(r"\.\d", segment_text[match.start():]):
            continue  # decimal point
        spans.append((cursor, cut))
        cursor = cut
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end:
        spans.append((cursor, end))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in spans) if e > s]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_short_line(line: str) -> bool:
    """Labels, values, list items and names: one unit each, never split at "Osp." or "Dr."."""
    words = _WORD_RE.findall(line)
    return 0 < len(words) <= 12 and len(line) <= 90


def _is_heading(line: str) -> bool:
    words = _WORD_RE.findall(line)
    return 0 < len(words) <= 6 and not re.search(r"[(),;]|\d{3,}", line)


# "2.3 Recommended Dosage in Pediatric Patients 10 Years of Age and Older": a numbered section's
# title may be longer than other headings; its number and a capitalised word say what it is
# ("2.5 mg once daily" is a value, not a section)
_NUMBERED_TITLE_RE = re.compile(r"^\s*(?:[A-Z]?\d+(?:\.\d+)+|[A-Z](?:\.\d+)+)\.?\s+(?:[A-Z][a-z]+|[A-Z]{3,})\b")


def names_a_topic(line: str) -> bool:
    """A heading-like line ("4 CONTRAINDICATIONS", "3.3 Exploratory Objectives", "Sponsors"): a few
    words, no value (no digit past its section number, no "label: value"), no sentence. Alone it
    names what the text after it is about and answers nothing."""
    text = line.strip()
    body = re.sub(r"^(?:[A-Z]?\d+(?:\.\d+)*|[A-Z](?:\.\d+)+)\.?\s+", "", text)
    if not body or re.search(r"\d|:\s*\S|[.;!?]$|\|", body):
        return False
    return _is_heading(body) or _is_numbered_heading(text)


def _heads_numbered_subsections(line: str, following: str) -> bool:
    """"B.5 Contact point designated by the sponsor" above "B.5.1 Name of organisation: …":
    a numbered title followed by its own first subsection heads the fields under it."""
    if not _is_numbered_heading(line):
        return False
    number = line.split(None, 1)[0].rstrip(".")
    return following.lstrip().startswith(number + ".")


def _is_numbered_heading(line: str) -> bool:
    match = _NUMBERED_TITLE_RE.match(line)
    if not match or len(line.strip()) > 120 or re.search(r"[.;:!?]$|;|:\s+\S", line.strip()):
        return False
    return len(_WORD_RE.findall(line[match.end():])) <= 14


_OPEN_END_RE = re.compile(r"[,(\-–—&]$")
_CLOSED_END_RE = re.compile(r"[.!?:;][\"'”’)\]]*$")
# "Start Date: 2014", "D.3.11 Gene therapy product: No", "judge selection and term of office: ..."
_FIELD_RE = re.compile(r"^\s*(?:[A-Z]?\d+(?:\.\d+)*\.?\s+)?[^.!?:\s][^.!?:]{0,79}:(?:\s|$)")
_WIKI_HEADING_RE = re.compile(r"^(={1,6})\s*[^=\s][^=]{0,80}?\s*\1$")  # "== Geography =="
# "class: INDUSTRY", "Volume: 16": a field and its value, not a heading ("Note 5: Collaborations" is one)
_FIELD_VALUE_RE = re.compile(r"^\s*[^:\d]{1,40}:\s+\S")
_COLUMNS_RE = re.compile(r"\S {3,}\S|\t")  # a table laid out in spaced columns
_SECTION_NUMBER_RE = re.compile(r"^\s*[A-Z]?\d+(?:\.\d+)+\.?\s|^\s*[A-Z]\.\d")  # "E.1.2 ...", "3.1 ..."


def _wrap_width(text: str) -> int:
    """The width prose lines are wrapped at: the 90th percentile length of lines of six words
    or more (a document with one paragraph per line gets a width no wrapped line reaches)."""
    lengths = sorted(len(line.strip()) for line in text.splitlines() if len(_WORD_RE.findall(line)) >= 6)
    if not lengths:
        return 0
    return lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]


def _continues(previous: str, line: str, width: int) -> bool:
    """Whether ``line`` carries on the sentence ``previous`` left open: text wrapped at a fixed
    width (PDF extraction, plain-text reports, RFCs) breaks sentences at every line end. Only a
    nearly full line is wrapped: its next word did not fit. Form fields, table rows, list items,
    headings and links never continue one."""
    previous, line = previous.strip(), line.strip()
    if not previous or not line or _CLOSED_END_RE.search(previous) or line.endswith(":"):
        return False
    if _BULLET_RE.match(line) or _SECTION_NUMBER_RE.match(line) or line.startswith(("#", ">")) or \
            "|" in previous or "|" in line or _COLUMNS_RE.search(previous) or _COLUMNS_RE.search(line):
        return False
    fullness = (len(previous) + 1 + len(line.split(None, 1)[0])) / width if width else 0.0
    words = len(_WORD_RE.findall(previous))
    if _OPEN_END_RE.search(previous):
        return words >= 3 and fullness >= 0.6  # "(Washington," / "D.C.: April 2021)"
    if _FIELD_RE.match(line) or (_FIELD_RE.match(previous) and not line[0].islower()):
        return False  # the next field of a form
    if words < 6 or "/" in previous.rsplit(None, 1)[-1]:
        return False  # a label, a heading, a value, a link
    # "... a period of about 90" / "days and ...": a line that stops on a word with no
    # punctuation, and the next starts in lower case, or the line was full
    if line[0].islower():
        return fullness >= 0.6
    return previous[-1].isalnum() and fullness >= 0.85


def _logical_lines(text: str, noise: tuple[Span, ...]) -> Iterator[tuple[int, int]]:
    """Lines outside noise, a hard-wrapped sentence's lines joined into one span."""
    width = _wrap_width(text)
    current: tuple[int, int] | None = None
    previous = ""  # the last physical line of ``current``
    for line_start, line_end in _lines(text):
        line = text[line_start:line_end]
        if not line.strip() or in_noise(noise, line_start, line_end):
            if current is not None:
                yield current
            current = None
            continue
        if current is not None and _continues(previous, line, width):
            current = (current[0], line_end)
        else:
            if current is not None:
                yield current
            current = (line_start, line_end)
        previous = line
    if current is not None:
        yield current


def segment(text: str, noise: tuple[Span, ...] = (), markdown: bool = False) -> list[Unit]:
    """Units (sentences and short lines) outside noise, with their section heading."""
    raw: list[tuple[int, int, str]] = []
    list_items: set[int] = set()  # starts of short lines that are items of a list, never headings
    numbered_before = False
    for line_start, line_end in _logical_lines(text, noise):
        start, end = _trim(text, line_start, line_end)
        bullet = _BULLET_RE.match(text[start:end])
        numbered = bool(bullet) and bullet.group(0).strip()[:1].isdigit()
        # "- you are a woman", or "3. History of …" after "2. …": an item, where "1. Introduction"
        # after prose may head a section
        listed = bool(bullet) and (not numbered or numbered_before)
        numbered_before = numbered
        if bullet and bullet.end() < end - start:
            start += bullet.end()
        if markdown and text[start] == "#" or _WIKI_HEADING_RE.match(text[start:end]):
            raw.append((start, end, "heading"))
            continue
        if _is_short_line(text[start:end]) or _is_numbered_heading(text[start:end]):
            kind = "sentence" if text[start:end].endswith((".", ";", "?", "!")) else "line"
            raw.append((start, end, kind))
            if listed:
                list_items.add(start)
            continue
        for s, e in split_sentences(text, start, end):
            raw.append((s, e, "sentence"))

    blurbs = [s for s in noise if _UI_BLURB_RE.match(text[s.start:s.end])]
    units: list[Unit] = []
    section = ""
    for i, (start, end, kind) in enumerate(raw):
        following = raw[i + 1][2] if i + 1 < len(raw) else ""
        if kind == "heading":
            section = text[start:end].strip().strip("#=").strip()
            continue
        # A short line followed by prose is a heading ("Detailed Description", "About the Company");
        # so is one followed by a page blurb ("Sponsors" + "Meet the organizations funding ...").
        next_start = raw[i + 1][0] if i + 1 < len(raw) else len(text)
        blurbed = any(end <= b.start and b.end <= next_start for b in blurbs)
        line = text[start:end]
        if (kind == "line" and not markdown and not _FIELD_VALUE_RE.match(line) and start not in list_items
                and (((following == "sentence" or blurbed) and (_is_heading(line) or _is_numbered_heading(line)))
                     or _heads_numbered_subsections(line, text[raw[i + 1][0]:raw[i + 1][1]] if following else ""))):
            section = line.strip().rstrip(":")
        units.append(Unit(start=start, end=end, kind=kind, section=section))
    return units


# ---------------------------------------------------------------------------------------------
# Titles


_LABEL_VALUE = re.compile(r"^[\w ()/-]{1,30}:\s+\S")


_FIELD_LINE_RE = re.compile(r"^\s*([A-Za-z][\w ]{0,40}?)\s*:\s+(\S.*?)\s*$")
_LABEL_LINE_RE = re.compile(r"^\s*([A-Za-z][\w ]{0,40}?)\s*:?\s*$")
_LABEL_WORD_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# a part's title, or the title of what holds the document ("Journal Title: …")
_NOT_THE_DOCUMENT = {"section", "sub", "table", "figure", "chapter", "part", "page", "column",
                     "journal", "book", "series", "source", "periodical", "collection", "container"}


def _title_field(text: str, lines: list[tuple[int, int]]) -> str:
    """A record written out as fields names itself: the value of its first title field
    ("briefTitle: …", "ArticleTitle: …", "title: …"). A label that recurs marks a collection of
    records, or a part's title ("section title: Use"), and names no one document."""
    for n, (s, e) in enumerate(lines):
        field = _FIELD_LINE_RE.match(text[s:e])
        alone = _LABEL_LINE_RE.match(text[s:e])
        if field:
            label, value = field.groups()
        elif alone and n + 1 < len(lines):  # "Public title" above its value
            label, value = alone.group(1), text[slice(*lines[n + 1])].strip()
        else:
            continue
        words = [w.lower() for w in _LABEL_WORD_RE.findall(label)]
        if not words or words[-1] != "title" or len(words) > 3 or _NOT_THE_DOCUMENT & set(words[:-1]):
            continue
        if len(_WORD_RE.findall(value)) < 2 or len(value) > 250:
            continue
        if len(re.findall(r"(?m)^\s*" + re.escape(label) + (r"\s*:" if field else r"\s*:?\s*$"), text)) > 1:
            continue
        return value if len(value) <= 160 else value[:158].rsplit(" ", 1)[0] + "…"
    return ""


def guess_title(text: str, noise: tuple[Span, ...], markdown: bool = False, source: str = "") -> str:
    lines = [(s, e) for s, e in _lines(text) if text[s:e].strip() and not in_noise(noise, s, e)]
    if markdown:
        for s, e in lines:
            heading = re.match(r"^\s*#\s+(.+)$", text[s:e])
            if heading:
                return heading.group(1).strip()
    named = _title_field(text, lines[:60])
    if named:
        return named
    for s, e in lines[:40]:
        line = text[s:e].strip()
        words = _WORD_RE.findall(line)
        if _LABEL_VALUE.match(line):
            continue  # "URL: https://…", "Org study ID: AB-1": a field, not a name
        if 5 <= len(words) <= 30 and not line.endswith((".", ":", ";")) and not re.search(
            r"\b(19|20)\d\d$", line
        ):
            return line
        if len(words) > 30 or line.endswith("."):
            break  # the prose has started: a title comes before it
    # A short first line set apart from the prose that follows ("Labatt Brewing Company",
    # blank line, "LABATT BREWING COMPANY LIMITED is a …") names the document; a short line
    # followed by more short lines is a field label or a heading.
    if len(lines) >= 2:
        (s, e), (s2, e2) = lines[0], lines[1]
        line, following = text[s:e].strip(), text[s2:e2].strip()
        if 2 <= len(_WORD_RE.findall(line)) < 5 and not re.match(r"^(\d|item\b|page\b)", line, re.I) \
                and "\n\n" in text[e:s2] + "\n" and not line.endswith((".", ":", ";")) \
                and (following.endswith(".") or len(_WORD_RE.findall(following)) > 12):
            return line
    # No title line: name it by its first sentence, preferring one that opens with the
    # document's own acronym ("AB-12 will assess ..."), which says what the page is about.
    # A file name made of words says it better than a sentence ("world_factbook_iceland").
    stem_words = re.split(r"[\s_.-]+", Path(source).stem) if source else []
    if len([w for w in stem_words if re.fullmatch(r"[A-Za-z]{2,}", w)]) >= 2 and \
            not any(re.search(r"\d{4,}|[0-9a-f]{8,}", w) for w in stem_words):
        return " ".join(w for w in stem_words if w)
    sentences = [text[u.start:u.end] for u in segment(text, noise) if u.kind == "sentence"]
    named = [s for s in sentences if re.match(r"^[A-Z][A-Z0-9]*-?[A-Z0-9]+\b", s) and
             re.match(r"^\S*[A-Z]{2}", s)]
    pick = (named or sentences or [text[s:e].strip() for s, e in lines[:1]] or [""])[0]
    return pick if len(pick) <= 90 else pick[:88].rsplit(" ", 1)[0] + "…"


_HASH_RE = re.compile(r"(?=.*\d)[0-9a-f]{8,}", re.I)


def file_name_words(source: str) -> str:
    """The words of a file's name ("01_ema-leaflet_ontozry_cenobamate.txt" → "ema-leaflet
    ontozry cenobamate"), or "" when the name is not made of words ("000_8af6616f.txt",
    "scan.pdf")."""
    tokens = [t for t in re.split(r"[\s_.]+", Path(source).stem) if t]
    while tokens and tokens[0].isdigit():
        tokens.pop(0)  # a place in a list ("01_"), not a name
    tokens = [t for t in tokens if not _HASH_RE.fullmatch(t)]
    if sum(1 for t in tokens if re.search(r"[A-Za-z]{3,}", t)) < 2:
        return ""
    return " ".join(tokens)


def reading_title(title: str, source: str) -> str:
    """What names a document to the reader: its title, after the words of its file name when
    they add to it. A title is often a heading every document of its kind shares ("What is in
    this leaflet", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION"), while the file name
    says which one it is."""
    words = file_name_words(source)
    if not words:
        return title
    have = {w.lower() for w in _WORD_RE.findall(title)}
    if all(w.lower() in have for w in _WORD_RE.findall(words)):
        return title
    return f"{words} — {title}" if title else words


# ---------------------------------------------------------------------------------------------
# Chunks: consecutive units up to a size, never splitting a unit; offsets into the text


def make_chunks(doc: Document, max_chars: int) -> list[tuple[int, int]]:
    """(first_unit, last_unit) index pairs, inclusive. A new section starts a new chunk."""
    chunks: list[tuple[int, int]] = []
    first = None
    for i, unit in enumerate(doc.units):
        if first is None:
            first = i
            continue
        span = unit.end - doc.units[first].start
        if span > max_chars or unit.section != doc.units[i - 1].section and span > max_chars // 3:
            chunks.append((first, i - 1))
            first = i
    if first is not None:
        chunks.append((first, len(doc.units) - 1))
    return chunks


def unit_label(doc: Document, index: int, valueless: frozenset[str] | None = None) -> str:
    """The short line just before a short line: the label of a form value ("Total Enrollment")."""
    unit = doc.units[index]
    if unit.kind != "line" or index == 0:
        return ""
    previous = doc.units[index - 1]
    label = doc.text[previous.start:previous.end]
    if valueless is None:
        valueless = valueless_labels(doc)
    if previous.kind == "line" and doc.text.count("\n", previous.end, unit.start) <= 3 and \
            _looks_like_label(label) and label.strip() not in valueless and not _in_label_run(doc, index - 1):
        return label
    return ""


def _in_label_run(doc: Document, index: int) -> bool:
    """"Primary purpose / Allocation / Interventional model / Masking / 30 participants ...": a
    page's field names listed without their values; the line after the run is no one's value."""
    def label_like(i: int) -> bool:  # a short field name, in Title or sentence case
        unit = doc.units[i] if 0 <= i < len(doc.units) else None
        if unit is None or unit.kind != "line":
            return False
        line = doc.text[unit.start:unit.end].strip()
        tokens = line.rstrip(":").split()
        return 0 < len(tokens) <= 4 and line[:1].isupper() and not line.isupper() and \
            not any(ch.isdigit() or ch == "," for ch in line) and not line.endswith((".", ";", "!", "?")) and \
            line.lower() not in ("yes", "no", "none", "unknown", "n/a")
    run, i, j = 1, index - 1, index + 1
    while label_like(i):
        run, i = run + 1, i - 1
    while label_like(j):
        run, j = run + 1, j + 1
    return run >= 3


def valueless_labels(doc: Document) -> frozenset[str]:
    """Labels repeated down a list of records, each followed by a different line: a field whose
    value the page left out ("Site Status" then the next site's name), so they label nothing."""
    following: dict[str, list[str]] = {}
    for unit, after in zip(doc.units, doc.units[1:]):
        if unit.kind == "line":
            following.setdefault(doc.text[unit.start:unit.end].strip(), []).append(
                doc.text[after.start:after.end].strip())
    return frozenset(line for line, afters in following.items()
                     if len(afters) >= 3 and len(set(afters)) == len(afters) and _looks_like_label(line))


def _looks_like_label(line: str) -> bool:
    """"Total Enrollment", "Study Start Date:", "Date submitted" are labels; "COMPLETED",
    "100 participants", "Yes" are values."""
    tokens = line.strip().rstrip(":").split()
    if not 0 < len(tokens) <= 5 or any(ch.isdigit() for ch in line):
        return False
    if all(t.isupper() for t in tokens if t.isalpha()) or line.strip().endswith((".", ";", "!", "?")):
        return False
    if line.strip().lower() in ("yes", "no", "none", "unknown", "n/a", "not applicable"):
        return False
    # Title Case or sentence case, as forms write their field names
    return line.strip().endswith(":") or tokens[0][:1].isupper() and all(
        t[:1].isupper() or t.isalpha() and t.islower() for t in tokens[1:])


# ---------------------------------------------------------------------------------------------
# Tables: a row's cells mean what its caption and header rows say

_TABLE_SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")  # markdown |---|---|
MAX_TABLE_HEADER_ROWS = 3
MAX_CAPTION_WORDS = 40


def is_table_row(line: str) -> bool:
    """"EASI-75 | 59% | 16%", "| Placebo | Drug |": cells separated by pipes."""
    return line.count("|") >= 2 or (line.count("|") == 1 and not line.strip().startswith("|")
                                     and not line.strip().endswith("|") and len(line) <= 200)


def _line_at(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def _cells(line: str) -> list[str]:
    """A row's cells; the first is "" under a spanning header ("| Placebo | Drug")."""
    line = line.strip()
    if line.startswith("|") and line.endswith("|") and len(line) > 1:  # markdown: | a | b |
        line = line[1:-1]
    return [cell.strip() for cell in line.split("|")]


def table_context(text: str, position: int, max_lines: int = 200) -> str:
    """For a unit on a table row: the table's caption (the line just above the table) and its
    header rows (the first row, and the rows after it whose first cell is empty, as under a
    spanning header), so that "59% | 16%" can be read as "Drug 59%, Placebo 16%":
    "caption · header row / header row"; "" for any other unit, and for a header row itself.
    Reads at most ``max_lines`` lines up."""
    start, end = _line_at(text, position)
    line = text[start:end]
    if not is_table_row(line) or _TABLE_SEPARATOR_RE.match(line):
        return ""
    rows = [(start, end)]  # this row and the table's rows above it, bottom up
    cursor = start
    while cursor > 0 and len(rows) < max_lines:
        above = _line_at(text, cursor - 1)
        above_line = text[above[0]:above[1]]
        if not above_line.strip() or not is_table_row(above_line):
            break
        rows.append(above)
        cursor = above[0]
    rows.reverse()
    table = [(s, e) for s, e in rows if not _TABLE_SEPARATOR_RE.match(text[s:e])]
    header = table[:1]
    for s, e in table[1:MAX_TABLE_HEADER_ROWS]:
        if _cells(text[s:e])[0]:
            break
        header.append((s, e))
    if (start, end) in header:
        header = []  # a header row is read as it is
    parts = []
    caption_end = cursor - 1
    while caption_end > 0:  # the caption: the nearest non-blank line above the table
        s, e = _line_at(text, caption_end - 1)
        candidate = text[s:e].strip()
        if candidate:
            if not is_table_row(candidate) and len(candidate.split()) <= MAX_CAPTION_WORDS:
                parts.append(candidate)
            break
        caption_end = s - 1 if s > 0 else 0
        if s == 0:
            break
    header_text = " / ".join(" | ".join(c for c in _cells(text[s:e]) if c) for s, e in header)
    return " · ".join(p for p in (*parts, header_text) if p)
