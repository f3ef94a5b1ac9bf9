"""Deterministic support scorer: is a claim backed by the passages it cites?

Shared by the LLM verification guard (:mod:`assistant.llm`) and the evaluation tool. It is
deliberately simple, cheap and reproducible: no model other than the optional MiniLM embedder
is involved, and with the same inputs it always gives the same verdict.

The rule
--------
``support(claim, passages, embedder)`` says ``supported=True`` iff **both**

1. every *key token* of the claim appears among the key tokens of the passages
   (``missing`` is empty). Key tokens (:func:`key_tokens`) are the facts a reader would
   copy: numbers, amounts, percentages, dates and identifiers, normalised so that equivalent
   spellings match ("8 million euros" = "EUR 8,000,000" = "€8m"; "March 14, 2016" =
   "14 March 2016" = "2016-03-14"; "Phase II" = "phase 2"; "NCT 01234567" is not an
   identifier but "NCT01234567" is); **and**
2. the claim is close to the passages in wording or meaning:
   ``overlap >= OVERLAP_MIN`` (0.6) **or** ``similarity >= SIMILARITY_MIN`` (0.8).

   * ``overlap``: the largest fraction, over the passages taken one at a time, of the claim's
     distinct content terms
     (:func:`assistant.text.content_terms`: folded, stopwords and question filler removed,
     lightly stemmed; terms containing digits left out, they are judged by criterion 1) that
     occur among that passage's terms (:func:`assistant.text.terms`). A claim without such
     terms has overlap 0. Per passage, so that words scattered over a long text do not add
     up: pass sentences (or short windows), not whole documents.

   Key tokens (criterion 1) may come from different passages: a sentence may combine facts
   from two cited sentences.
   * ``similarity``: the best cosine between the MiniLM embedding of the claim and that of
     each passage (0.0 when no embedder is given, so then only ``overlap`` can satisfy 2).

``score`` (0..1) is ``max(overlap, similarity)`` scaled by the fraction of key tokens found;
it is a ranking aid (e.g. choosing the best supporting sentence), the verdict is ``supported``.

Key tokens, and what counts as "the same"
-----------------------------------------
* amounts: the number scaled by an attached "thousand/million/billion/k/m/bn" gives the value
  ("8000000") *and* its mantissa at the largest clean scale ("8"), so "8 million" and
  "8,000,000" produce the same tokens; an attached currency adds a currency code
  ("eur", "usd", "gbp", "chf", "jpy") — "99 million dollars" is not supported by
  "99 million euros".
* numbers: "1,000" → "1000", "2.50" → "2.5", "2,5" → "2.5"; number words two..hundred
  ("eight" → "8"); "one" is ignored (too often not a number).
* percentages: "12.5%", "12.5 percent", "12.5 per cent" → "12.5%" (plus "12.5").
* dates: "14 March 2016", "March 14, 2016", "2016-03-14", "14/03/2016" → "2016-03-14",
  "2016-03" and "2016"; "March 2016" → "2016-03", "2016"; a lone year → "2016".
* identifiers: words mixing letters and digits or digit codes with hyphens
  ("NCT01234567", "AB-X7", "2019-001234-56", "COVID-19"), folded and without hyphens
  ("abx7"), plus each hyphen part that contains a digit ("x7").

Limits (read these before trusting a verdict)
--------------------------------------------
* Bag-of-tokens: key tokens are matched as a set, not bound to their subject. "A paid 8
  million, B paid 5 million" supports "B paid 8 million". Numbers are matched, not computed
  ("a total of 13 million" is not supported by "8 million plus 5 million").
* Negation and modality are invisible: "X was not approved" scores like "X was approved";
  "may reduce" like "reduces". Overlap and MiniLM similarity both ignore polarity.
* Paraphrase beyond the vocabulary: a faithful paraphrase with different words ("cash paid at
  signing" for "upfront payment") relies on MiniLM similarity alone; without an embedder it
  will usually be judged unsupported (false negatives, never false positives on numbers).
* Similarity is topical: a fluent sentence on the passage's topic can pass criterion 2 with a
  claim the passage does not make, as long as it introduces no new number/date/identifier.
  Numbers are the hard guarantee; the wording criterion only filters off-topic sentences.
* Number words above "hundred", fractions ("half"), ranges ("8-10") and relative dates
  ("last year") are not normalised; a year inside a range is still a year.
* English-centric: the stemmer and number words are English; French month names are known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .text import MONTHS, NUMBER_WORDS, content_terms, fold, terms

# Calibrated on the seed corpus (MiniLM all-MiniLM-L6-v2): faithful paraphrases of a sentence
# mostly reach overlap 0.6-1.0; fluent on-topic sentences the passage does not make ("the drug was
# approved by the FDA") reach similarity 0.55-0.72 with little overlap, so similarity alone
# only counts when it is very high.
OVERLAP_MIN = 0.6
SIMILARITY_MIN = 0.8

__all__ = ["Support", "key_tokens", "support", "split_cited_sentences", "looks_like_instruction",
           "OVERLAP_MIN",
           "SIMILARITY_MIN", "MARKER_RE"]


@dataclass(frozen=True)
class Support:
    supported: bool
    score: float  # 0..1
    missing: tuple[str, ...]  # key tokens of the claim absent from the passages
    overlap: float  # fraction of the claim's content terms found in the passages
    similarity: float  # MiniLM cosine between claim and best passage (0.0 without embedder)
    reason: str  # human-readable


# ---------------------------------------------------------------------------------------------
# key tokens

_MONTH_NUMBER = {
    "january": 1, "jan": 1, "janvier": 1, "february": 2, "feb": 2, "fevrier": 2, "march": 3,
    "mar": 3, "mars": 3, "april": 4, "apr": 4, "avril": 4, "may": 5, "mai": 5, "june": 6,
    "jun": 6, "juin": 6, "july": 7, "jul": 7, "juillet": 7, "august": 8, "aug": 8, "aout": 8,
    "september": 9, "sep": 9, "sept": 9, "septembre": 9, "october": 10, "oct": 10,
    "octobre": 10, "november": 11, "nov": 11, "novembre": 11, "december": 12, "dec": 12,
    "decembre": 12,
}
assert set(_MONTH_NUMBER) <= {fold(m) for m in MONTHS} | set(_MONTH_NUMBER)
_MONTH_ALT = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))

_SCALES = {"thousand": 10**3, "k": 10**3, "million": 10**6, "millions": 10**6, "m": 10**6,
           "mn": 10**6, "mio": 10**6, "billion": 10**9, "billions": 10**9, "bn": 10**9,
           "b": 10**9, "trillion": 10**12}
_CURRENCIES = {"€": "eur", "eur": "eur", "euro": "eur", "euros": "eur", "$": "usd",
               "usd": "usd", "us$": "usd", "dollar": "usd", "dollars": "usd", "£": "gbp",
               "gbp": "gbp", "pound": "gbp", "pounds": "gbp", "sterling": "gbp", "chf": "chf",
               "swiss francs": "chf", "francs": "chf", "¥": "jpy", "jpy": "jpy", "yen": "jpy"}
_CUR_ALT = "|".join(re.escape(c) for c in sorted(_CURRENCIES, key=len, reverse=True))
_SCALE_ALT = "|".join(sorted(_SCALES, key=len, reverse=True))
_NUM = r"\d+(?:[.,]\d+)*"
_NUMWORD_ALT = "|".join(w for w in NUMBER_WORDS if w != "one")

_DATE_PATTERNS = [
    # 2016-03-14, 2016/03/14
    (re.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b"), ("y", "m", "d")),
    # 14/03/2016, 14.03.2016 (day first, the European convention of this corpus)
    (re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b"), ("d", "m", "y")),
    # 14 March 2016, 14th of March, 2016
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_ALT})\.?,?\s+(\d{{4}})\b"),
     ("d", "M", "y")),
    # March 14, 2016 / March 14th 2016
    (re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"),
     ("M", "d", "y")),
    # March 2016 / March, 2016
    (re.compile(rf"\b({_MONTH_ALT})\.?,?\s+(\d{{4}})\b"), ("M", "y")),
    # 2016-03 (year-month)
    (re.compile(r"\b(\d{4})-(\d{2})\b(?!-)"), ("y", "m")),
]
_AMOUNT_RE = re.compile(
    rf"(?:(?P<cur1>{_CUR_ALT})\s?)?(?P<num>{_NUM}|{_NUMWORD_ALT})"
    rf"(?:\s?(?P<scale>{_SCALE_ALT})\b)?(?:\s?(?P<pct>%|percent\b|per\s?cent\b))?"
    rf"(?:\s?(?P<cur2>{_CUR_ALT})(?![a-z]))?",
)
_IDENT_RE = re.compile(r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*(?![\w-])"
                       r"|(?<![\w-])\d+(?:-\d+){2,}(?![\w-])")
_PHASE_RE = re.compile(r"\bphase\s+(iv|iii|ii|i)\b(?:\s*/\s*(iv|iii|ii|i)\b)?")
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}


def _norm_number(raw: str) -> str | None:
    """'1,000' → '1000', '2.50' → '2.5', '2,5' → '2.5', 'eight' → '8'."""
    if raw in NUMBER_WORDS:
        return str(NUMBER_WORDS[raw])
    if "," in raw and "." in raw:
        raw = raw.replace(",", "")  # 1,234.5
    elif "," in raw:
        parts = raw.split(",")
        if all(len(p) == 3 for p in parts[1:]):
            raw = raw.replace(",", "")  # 1,000 / 8,000,000
        elif len(parts) == 2:
            raw = raw.replace(",", ".")  # 2,5 (decimal comma)
        else:
            return None
    elif raw.count(".") > 1:
        if all(len(p) == 3 for p in raw.split(".")[1:]):
            raw = raw.replace(".", "")  # 8.000.000
        else:
            return None
    try:
        value = float(raw)
    except ValueError:
        return None
    return _fmt(value)


def _fmt(value: float) -> str:
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _mantissa(value: float) -> str | None:
    """8000000 → '8' (million), 8500000 → '8.5', 1200000000 → '1.2' (billion)."""
    for scale in (10**12, 10**9, 10**6, 10**3):
        if value >= scale:
            m = value / scale
            if abs(m * 1000 - round(m * 1000)) < 1e-6:
                return _fmt(round(m, 3))
            return None
    return None


def key_tokens(text: str) -> set[str]:
    """Normalised numbers, amounts, percentages, dates and identifiers in ``text``.

    >>> sorted(key_tokens("an upfront payment of 8 million euros"))
    ['8', '8000000', 'eur']
    >>> sorted(key_tokens("registered as NCT01234567 on March 14, 2016"))
    ['2016', '2016-03', '2016-03-14', 'nct01234567']
    """
    s = fold(text)
    out: set[str] = set()
    consumed = [False] * len(s)

    def take(m: re.Match) -> None:
        for i in range(m.start(), m.end()):
            consumed[i] = True

    def free(m: re.Match) -> bool:
        return not any(consumed[m.start():m.end()])

    # identifiers first ("NCT01234567", "AB-X7", "2019-001234-56"), unless they are dates
    for m in _IDENT_RE.finditer(s):
        token = m.group(0)
        if re.fullmatch(r"\d{4}-\d{1,2}(?:-\d{1,2})?", token):
            continue  # an ISO date, handled below
        if re.fullmatch(r"\d+(?:st|nd|rd|th|s)", token):
            continue  # ordinals, decades: numbers
        if re.fullmatch(r"\d+(?:[a-z]{1,3})", token) and not re.search(r"[a-z]\d", token):
            continue  # units glued to a number ("10mg", "8m"): handled as numbers
        out.add(token.replace("-", ""))
        if "-" in token:
            for part in token.split("-"):
                if re.search(r"\d", part) and re.search(r"[a-z]", part):
                    out.add(part)
        take(m)

    for m in _PHASE_RE.finditer(s):
        if free(m):
            out.add(_ROMAN[m.group(1)])
            if m.group(2):
                out.add(_ROMAN[m.group(2)])
            take(m)

    for pattern, roles in _DATE_PATTERNS:
        for m in pattern.finditer(s):
            if not free(m):
                continue
            parts = dict(zip(roles, m.groups()))
            year = parts["y"]
            month = _MONTH_NUMBER.get(parts["M"]) if "M" in parts else int(parts["m"])
            if not month or not 1 <= month <= 12 or not 1000 <= int(year) <= 2999:
                continue
            out.add(year)
            out.add(f"{year}-{month:02d}")
            if "d" in parts:
                day = int(parts["d"])
                if not 1 <= day <= 31:
                    continue
                out.add(f"{year}-{month:02d}-{day:02d}")
            take(m)

    for m in _AMOUNT_RE.finditer(s):
        if not free(m):
            continue
        raw = m.group("num")
        if raw.isalpha() and (m.start("num") > 0 and s[m.start("num") - 1].isalnum()
                              or m.end("num") < len(s) and s[m.end("num")].isalnum()):
            continue  # "someone", "tone"
        if not raw.isalpha() and (m.start("num") > 0 and s[m.start("num") - 1].isalpha()):
            continue
        number = _norm_number(raw)
        if number is None:
            continue
        scale = m.group("scale")
        if scale in ("m", "b", "k", "mn", "bn") and not (m.group("cur1") or m.group("cur2")):
            scale = None  # "8 m" (metres?) without a currency: not an amount
        if scale:
            value = float(number) * _SCALES[scale]
            out.add(_fmt(value))
            mantissa = _mantissa(value)
            if mantissa:
                out.add(mantissa)
        else:
            out.add(number)
            mantissa = _mantissa(float(number))
            if mantissa and float(number) >= 10**6:
                out.add(mantissa)
        if m.group("pct"):
            out.add(number + "%")
        currency = m.group("cur1") or m.group("cur2")
        if currency:
            out.add(_CURRENCIES[currency.strip()])
        take(m)
    return out


# ---------------------------------------------------------------------------------------------
# support


def _cosine_best(embedder, claim: str, passages: Sequence[str]) -> float:
    if embedder is None or not passages:
        return 0.0
    vectors = embedder.encode([claim, *passages])
    sims = vectors[1:] @ vectors[0]
    return float(max(0.0, min(1.0, float(sims.max()))))


def support(claim: str, passages: list[str], embedder=None) -> Support:
    """Is ``claim`` supported by ``passages`` (see the module docstring for the rule)?"""
    passages = [p for p in passages if p and p.strip()]
    claim_keys = key_tokens(claim)
    passage_keys: set[str] = set()
    for passage in passages:
        passage_keys |= key_tokens(passage)
    missing = tuple(sorted(claim_keys - passage_keys))

    # numbers are judged by the key-token criterion; overlap measures the wording
    claim_terms = [t for t in dict.fromkeys(content_terms(claim)) if not any(c.isdigit() for c in t)]
    overlap = 0.0
    if claim_terms:
        for passage in passages:
            passage_terms = set(terms(passage))
            found = sum(1 for t in claim_terms if t in passage_terms)
            overlap = max(overlap, found / len(claim_terms))
    similarity = _cosine_best(embedder, claim, passages) if passages else 0.0

    keys_ok = not missing
    close = overlap >= OVERLAP_MIN or similarity >= SIMILARITY_MIN
    key_fraction = 1.0 if not claim_keys else 1 - len(missing) / len(claim_keys)
    score = round(max(overlap, similarity) * key_fraction, 4)
    if not passages:
        reason = "no passage to check against"
        return Support(False, 0.0, tuple(sorted(claim_keys)), 0.0, 0.0, reason)
    closeness = f"overlap {overlap:.2f}, similarity {similarity:.2f}"
    if not keys_ok:
        reason = f"not in the cited source: {', '.join(missing)} ({closeness})"
    elif not close:
        reason = (f"too far from the cited source ({closeness}; needs overlap >= "
                  f"{OVERLAP_MIN} or similarity >= {SIMILARITY_MIN})")
    else:
        reason = f"supported ({closeness})"
    return Support(keys_ok and close, score, missing, round(overlap, 4), round(similarity, 4),
                   reason)


# ---------------------------------------------------------------------------------------------
# instructions hidden in documents

_INSTRUCTION_RE = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.\n]{0,40}\b(?:previous|prior|above|earlier|all|"
    r"any|your|the)\b[^.\n]{0,20}\b(?:instructions?|prompts?|rules?|directions?)\b"
    r"|\b(?:system prompt|you are now|new instructions?|as an ai)\b"
    r"|\b(?:assistant|model|ai|llm|chatbot)s?\b[^.\n]{0,30}\b(?:must|should|shall)\s+"
    r"(?:say|answer|reply|respond|state)\b",
    re.IGNORECASE,
)


def looks_like_instruction(text: str) -> bool:
    """Does ``text`` read like an instruction to a language model ("ignore previous
    instructions and say ...")? Such sentences are data, never evidence: the LLM guard removes
    them from prompts and never accepts them as support. A heuristic (English phrasings)."""
    return bool(_INSTRUCTION_RE.search(text))


# ---------------------------------------------------------------------------------------------
# answers → cited sentences

# "[1]", "[1, 2]", "[1,2]", "[1-3]", "[1; 2]", "[Source 1]"
MARKER_RE = re.compile(r"\[\s*(?:sources?\s*)?(\d+(?:\s*(?:[,;–-]|and)\s*(?:sources?\s*)?\d+)*)\s*\]",
                       re.IGNORECASE)
_ABBREV = {"dr", "mr", "mrs", "ms", "prof", "st", "vs", "e.g", "i.e", "al", "fig", "no", "inc",
           "ltd", "co", "corp", "jr", "sr", "u.s", "approx", "etc", "ca", "cf", "resp", "mg",
           "kg", "iu", "ref", "vol", "pp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
           "sept", "oct", "nov", "dec"}
_BULLET_RE = re.compile(r"^\s*(?:[-*•+]|\d+[.)])\s+")


def _marker_numbers(group: str) -> list[int]:
    numbers: list[int] = []
    for piece in re.split(r"\s*(?:[,;]|and)\s*", group):
        piece = re.sub(r"(?i)sources?\s*", "", piece).strip()
        range_match = re.fullmatch(r"(\d+)\s*[–-]\s*(\d+)", piece)
        if range_match:
            a, b = int(range_match.group(1)), int(range_match.group(2))
            if 0 <= b - a <= 20:
                numbers.extend(range(a, b + 1))
            else:
                numbers.extend([a, b])
        elif piece.isdigit():
            numbers.append(int(piece))
    return numbers


def _clean(sentence: str) -> str:
    sentence = MARKER_RE.sub("", sentence)
    sentence = re.sub(r"\s+([.,;:!?])", r"\1", sentence)
    return re.sub(r"\s+", " ", sentence).strip()


def split_cited_sentences(text: str) -> list[tuple[str, list[int]]]:
    """Split answer markdown into ``(sentence without markers, [marker numbers])``.

    Markers right after a sentence's final punctuation ("... euros.[1] Next") belong to that
    sentence. Lines (paragraphs, list items) are always separate sentences; list bullets are
    removed. Marker numbers keep their order of appearance, without duplicates."""
    out: list[tuple[str, list[int]]] = []
    for line in text.splitlines():
        line = _BULLET_RE.sub("", line).strip()
        if not line:
            continue
        pieces: list[str] = []
        cursor = 0
        # a boundary: end punctuation, optional closing quotes, optional markers, whitespace,
        # then something that can start a sentence
        for m in re.finditer(r"[.!?…]+[\"'”’)]*((?:\s*\[[^\]]*\])*)(?=\s+[\"'“‘(\[*]?[A-Z0-9À-Ý*])",
                             line):
            before = line[cursor:m.start()]
            last = re.findall(r"[\w.]+$", before)
            token = last[0].lower().rstrip(".") if last else ""
            if token in _ABBREV or (len(token) == 1 and token.isalpha()):
                continue
            pieces.append(line[cursor:m.end()])
            cursor = m.end()
        pieces.append(line[cursor:])
        for piece in pieces:
            numbers: list[int] = []
            for marker in MARKER_RE.finditer(piece):
                for n in _marker_numbers(marker.group(1)):
                    if n not in numbers:
                        numbers.append(n)
            sentence = _clean(piece)
            if not sentence and numbers and out:
                # stray markers on their own: attach to the previous sentence
                prev, prev_numbers = out[-1]
                out[-1] = (prev, prev_numbers + [n for n in numbers if n not in prev_numbers])
                continue
            if sentence:
                out.append((sentence, numbers))
    return out
