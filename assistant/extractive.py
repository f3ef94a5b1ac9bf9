"""The default answerer: verbatim evidence, cited by construction, or a plain abstention.

For a question it (1) works out what kind of information is asked (an amount, a count, a date,
a name, an endpoint, ...), which words name the *thing asked about* (attribute terms: "upfront",
"enrollment", "primary endpoint") and which name *whose* (entity terms: "MIROCALS", "Servier");
(2) scores candidate evidence spans from retrieval; (3) accepts a span only if it holds the
asked kind of information, speaks of the attribute in its own words or its heading, and belongs
to the entity asked about; (4) quotes the accepted spans verbatim, highlighting the answering
part, or abstains. Similarity alone never makes an answer.
"""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field

import numpy as np

from .documents import in_noise, is_noise_line, split_sentences
from .verify import looks_like_instruction
from .retrieve import Retriever
from .text import (GENERIC, NUMBER_WORDS, REFERENCE_AUTHOR, STOPWORDS, content_terms, expansions, fold,
                   normalize_question, stem, terms, words)
from .render import ABSTAIN_TEXT, render_piece as _render  # the one writer of answer markdown
from .types import Answer, Citation, Passage


# ---------------------------------------------------------------------------------------------
# What kind of information a question asks for

_MONTH_NAMES = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|f[ée]vrier|"
                r"mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)")
# Countries and regions (a city is something else: "Lille, , France", "Paris")
_WIDE_PLACES = (r"United States|United Kingdom|UK|US|USA|EU|Europe|Japan|France|Austria|Germany|Italy|Spain|"
                r"Portugal|Romania|Bulgaria|Mexico|Mauritius|China|Canada|Belgium|Switzerland|Netherlands|"
                r"Sweden|Poland|Australia|India|Brazil|countries|worldwide|territor(?:y|ies)")
PATTERNS: dict[str, re.Pattern] = {
    "amount": re.compile(
        r"(?:[€$£]\s?\d[\d,.]*(?:\s?(?:million|billion|thousand|bn|m|k)\b)?"
        r"|\b\d[\d,.]*\s?(?:million|billion|thousand|bn|m)?\s?(?:euros?|dollars?|usd|eur|gbp|pounds?"
        r"|chf)\b|\b\d[\d,.]*\s?(?:million|billion)\b)", re.I),
    "percent": re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b)", re.I),
    "date": re.compile(
        r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s" + _MONTH_NAMES + r"\.?,?\s\d{4}\b|\b"
        + _MONTH_NAMES + r"\.?\s(?:\d{1,2},?\s)?\d{4}\b|\b(?:19|20)\d{2}\s" + _MONTH_NAMES + r"(?:\s\d{1,2}\b)?|\b(?:in|by|since|from|until|of|on)\s(?:19|20)\d{2}\b"
        r"|\b(?:19|20)\d{2}\b", re.I),
    "duration": re.compile(
        r"\b(?:\d+|" + "|".join(NUMBER_WORDS) + r")(?:\s?(?:to|-|–|or)\s?\d+)?[\s-]?"
        r"(?:days?|weeks?|months?|years?|hours?)\b|\bday-\d+\b", re.I),
    "phase": re.compile(
        r"\bphase[\s_-]?(?:[1-4]|i{1,3}v?)(?:[ab]\b|\s?[–/-]\s?(?:[1-4]|i{1,3}v?)[ab]?)?\b|\bphase\d\b",
        re.I),
    "identifier": re.compile(
        r"\bNCT\d{8}\b|\b\d{4}-\d{6}-\d{2}\b|\bPMID:?\s?\d+|\b[A-Z]{2,}-?\d{2,}\b|\b\d{4}-\d{3}\b"),
    "design": re.compile(
        r"\b(?:randomi[sz]ed|randomi[sz]ing|double[- ]blind|single[- ]blind|triple[- ]blind|"
        r"placebo[- ]controlled|placebo|open[- ]label|parallel|crossover|cross-over|blinded|"
        r"masking|double|prospective|single-arm|non-randomi[sz]ed|placebo_comparator|interventional)\b",
        re.I),
    "endpoint": re.compile(r"\b(?:end[- ]?points?|outcomes?(?: measures?)?|efficacy criteria|criteri(?:on|a))\b", re.I),
    "name": re.compile(
        r"\b(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+[A-Z][\w’'-]+|"
        r"\b[A-Z][a-zà-ÿ’'-]+(?:\s(?:[A-Z]\.\s?)+)?(?:\s(?:de|du|van|von|le|la)\s)?\s?[A-Z][a-zà-ÿ’'-]+\b|"
        r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b(?:\s(?:Pharma|Inc|Ltd|SA|AG|GmbH))?|\b[A-Z][a-z]+\s(?:Pharma|University|Hospital|Foundation|Association)\b"),
    "place": re.compile(r"\b(?:" + _WIDE_PLACES + r"|[A-Z][a-z]+, , [A-Z][a-z]+|Paris|London)\b"),
    "dose": re.compile(
        r"\b\d[\d.,\u2009\s]*(?:million\s|thousand\s)?(?:mg|µg|mcg|g|iu|miu|units?)(?:/(?:kg|m2|day|d|week))*\b",
        re.I),
    # A journal's name as papers and reference lists write it
    "journal": re.compile(
        r"\b(?:The Lancet(?: [A-Z]\w+)?|Lancet|Annals of (?:the )?[A-Z]\w+(?: [A-Z]\w+){0,3}|Ann(?: [A-Z][a-z]+){1,3}\.|"
        r"(?:Journal|J\.?) of (?:the )?[A-Z]\w+(?: [A-Z]\w+){0,3}|N Engl J Med|NEJM|JAMA\b|BMJ\b|"
        r"Nature(?: [A-Z]\w+)?|Science Translational Medicine|PLoS [A-Z]\w+|Front(?:iers in)? [A-Z]\w+)"),
    # A threshold: a number with its comparison ("<3000 /mm3", "> 2", "less than five years").
    "limit": re.compile(r"[<>≤≥]\s?\d[\d\s,.]*(?:\s?/\s?\w+\d?)?|\b(?:less|more|greater|fewer|lower|higher) than\s+"
                        r"(?:\d[\d,.]*|" + "|".join(NUMBER_WORDS) + r")\b[^,;.]*|\b(?:above|below|under|over|at least|at most)"
                        r"\s+\d[\d,.]*\s?\w*", re.I),
    "frequency": re.compile(r"\b(?:weekly|daily|fortnightly|monthly|yearly|annual|annually|once|twice|(?:each|every|per|a) "
                            r"(?:other |two |three |four |\d+ )?(?:day|week|month|year)s?|\d+ times)\b", re.I),
    "count": re.compile(
        r"\b\d[\d,]*(?:\s\d{3})*\b|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.I),
}

_SUBJECT_NOUNS = r"(?:trials?|stud(?:y|ies)|papers?|records?|cohorts?|programmes?|programs?|projects?)\b"
_REGIMEN_RE = re.compile(r"\b(dosing|regimens?|dosing schedules?|treatment schedules?|treatment scheme|posology|"
                         r"route of administration|administration route|how (?:is|was|were|are|will|would) (?:[\w-]+ ){1,6}?"
                         r"(?:given|administered|dosed|delivered|injected|taken))\b", re.I)
# Words that only say a regimen is asked ("dosing", "given"): its values answer, not these words.
_REGIMEN_WORDS = frozenset(stem(w) for w in "dosing dose regimen regimens schedule scheme posology route "
                           "administration administered given dosed delivered injected taken".split())

# How a drug is given, facet by facet; "What dosing regimen ...?" is answered by any of them.
_REGIMEN_FACETS = {
    "dose": PATTERNS["dose"],
    "frequency": PATTERNS["frequency"],
    "duration": re.compile(r"\b(?:\d+|" + "|".join(NUMBER_WORDS) + r")(?:\s?(?:to|-|–|or)\s?\d+)?[\s-]?"
                           r"(?:days?|weeks?|months?)\b", re.I),
    "route": re.compile(r"\b(?:subcutaneous|intravenous|oral|intramuscular)\w*", re.I),
}
PATTERNS["regimen"] = re.compile("|".join(f"(?:{p.pattern})" for p in _REGIMEN_FACETS.values()) +
                                 r"|\b(?:injections?|infusions?|induction|maintenance)\b", re.I)

_QTYPE_RULES: list[tuple[str, re.Pattern]] = [
    # Asked for a source, not a place or an amount: "Where did the money come from?"
    ("name", re.compile(r"\bcome from\b|\bsource of\b", re.I)),  # a funder, a source: a name
    ("name", re.compile(r"^\s*(and\s+)?whose\b", re.I)),
    ("duration", re.compile(r"\bhow recent(ly)?\b|\bhow old\b|\b(minimum|maximum|min|max|lower|upper)?\s*age\b"
                            r"(?! group)", re.I)),
    ("frequency", re.compile(r"\bhow (often|frequently)\b|\b(what|which) (dosing )?frequency\b", re.I)),
    ("limit", re.compile(r"\b(thresholds?|cut-?offs?|cut offs?|limits? (?:for|on|of))\b", re.I)),
    ("dose", re.compile(r"\b(what|which)('s| is| was| are)?( the)?( [\w-]+){0,2} doses?\b|\bat what dose\b|\bdosage\b|"
                        r"\bdose (of|was|used|level|given)\b|\bdosed at\b|"
                        r"\bhow much .*\b(given|administered|injected)\b", re.I)),
    ("journal", re.compile(r"\b(which|what) (journal|periodical)s?\b|\bwhere (?:(?:was|were|is|are|has|have|had)"
                           r"\b.{0,80}\b)?published\b|\bpublished where\b|\bjournal\b", re.I)),
    # "What dosing regimen ...?", "How is ILT-101 given?": dose, frequency, duration and route together
    ("regimen", _REGIMEN_RE),
    ("percent", re.compile(r"\b(percent|percentage|proportion|rate|what fraction|how much of|%)\b|\bby how much\b|"
                           r"\bhow much\b.*\b(reduc|lower|drop|decreas|increas|improv|cut|fell|fall|rose|rise)\w*",
                           re.I)),
    ("duration", re.compile(r"\bhow long\b|\bduration\b|\bhow many (days|weeks|months|years)\b|"
                            r"\bfor how long\b|\blength of\b|\bperiod\b", re.I)),
    ("amount", re.compile(r"\bhow much\b|\b(upfront|up-front|payments?|fees?|prices?|costs?|worth|revenues?|turnover|"
                          r"milestones?|amount|paid|pay|financial terms?|sum)\b", re.I)),
    ("identifier", re.compile(r"\b(nct|identifier|registry number|registration number|eudract|"
                              r"trial number|id number|pmid|id)\b", re.I)),
    ("count", re.compile(r"\bhow many\b|\bnumber of\b|\bhow (big|large)\b|\bsample sizes?\b|"
                         r"\b(bigger|larger|smaller|biggest|largest|smallest)\b|"
                         r"\benrol+ments?\b|\bheadcount\b|\bsize of\b", re.I)),
    # "when" asks a date; "What happens when Tregs decrease?" does not.
    ("date", re.compile(r"(?<!happens )(?<!happened )(?<!happen )\bwhen\b(?! (?:the|a|an|its|their|regulatory|patients?|"
                        r"treg\w*|it|they|you|someone|one)\b(?! (?:was|were|is|are|did|does)))|"
                        r"\bwhat (year|date|month|day)\b|\bwhich (year|date|month)\b|"
                        r"\bdates?\b|\bsince when\b|\bhow recent", re.I)),
    ("phase", re.compile(r"\b(what|which) (\w+ ){0,2}(phase|stage)\b|['’]s (clinical )?(phase|stage)\b|\bphases? of\b|\bin phase\b|\bphases\b|"
                         r"\bstage of development\b|\b(is|was|are|were)\b.*\bphase\s?(?:[1-4]|i{1,3}v?)", re.I)),
    ("endpoint", re.compile(r"\b(end[- ]?points?|outcome measures?|outcomes?|efficacy criteri\w*|"
                            r"criterion)\b", re.I)),
    # "Where's David Klatzmann based?": a person is based at an institution, not in a country
    ("name", re.compile(r"\b[Ww]here(?:['’]s| is| was| are| were)\s+(?:Dr\.?\s+|Prof\.?\s+)?[A-Z][a-zà-ÿ’'-]+"
                        r"\s+(?!Pharma\b|Inc\b|Ltd\b|SA\b)[A-Z][a-zà-ÿ’'-]+\s+(?:based|working|employed)\b")),
    ("place", re.compile(r"\bwhere\b|\b(which|what) (countr|cit(y|ies)\b|towns?\b)|\bterritor|\bin which (countries|regions)\b|"
                         r"\blocations?\b|\bcountries\b|\bregions?\b|\b(?:every|each|all|all the) countr", re.I)),
    ("name", re.compile(r"^\s*(and\s+)?who\b|\bwhose\b|\bby whom\b|\bwho (is|was|were|are|led|ran|sponsor|fund|"
                        r"coordinat|found)|\b(which|what) (company|companies|organi[sz]ation|"
                        r"sponsor|person|investigator|institution|hospital|partner|journal)\b|"
                        r"\b(which|what) ([\w’'-]+ )?(executive|official|officer|spokes\w+|researcher|scientist|"
                        r"doctor|physician|chair\w*|founder|coordinator|expert|manager|director)s?\b|"
                        r"\bname of\b", re.I)),
    ("design", re.compile(r"\b(design|designed|blind\w*|mask\w*|randomi[sz]\w*|placebo|"
                          r"open[- ]label|allocation|controlled)\b", re.I)),
]
_YESNO_RE = re.compile(r"^\s*(is|was|were|are|did|does|do|has|have|had|can|could|will)\b", re.I)
_MULTI_RE = re.compile(r"\b(compare[ds]?|comparing|comparison|rank|ranked|ranking|versus|vs\.?|each|both|all (the )?(trials|studies|"
                       r"documents)|which (trials|studies|documents|companies)|what trials|"
                       r"any of the|which of the|across (?:the |all |these |both |different |several )?(?:\w+ )?"
                       r"(?:trials|studies|documents|sources|programmes|programs|companies)|respectively|differ|"
                       r"in common|more than one|(?:two|both|several|multiple|different|many)(?: of)?(?: these| the)? "
                       r"(?:documents|sources)|"
                       r"shows? up|pops? up|popping up|keeps? (?:popping|coming|showing|turning) up|"
                       r"the (?:same )?way (?:as )?(?=(?-i:[A-Z]))|(?<!would )like (?=(?-i:[A-Z]))|same as)\b", re.I)

_WH_RE = re.compile(r"\b(what|which|who|whom|whose|when|where|how)\b", re.I)
_ENUMERATION_RE = re.compile(r"\b(and|or|vs\.?|versus|compared (with|to))\b", re.I)

# Counted nouns: "how many <noun>" should be answered by a number next to that noun.
_COUNT_NOUN_RE = re.compile(r"\bhow many\s+(?!of\b|them\b|those\b)(?:\w+\s+){0,2}?(\w+)\b|"
                            r"\bnumber of\s+(?:\w+\s+){0,1}?(\w+)", re.I)


@dataclass
class Question:
    text: str
    qtype: str  # amount, percent, count, date, duration, phase, identifier, endpoint, place, name,
    #             design, yesno, generic
    attribute_terms: list[str]
    entity_terms: list[str]
    qualifiers: list[str] = field(default_factory=list)  # "primary"/"secondary" for endpoints
    count_noun: str = ""
    multi: bool = False
    entity_groups: list[list[str]] = field(default_factory=list)  # one per name in the question
    raw_words: dict[str, str] = field(default_factory=dict)  # stem -> the word as written
    focus_terms: list[str] = field(default_factory=list)  # the words right after "what/which/..."
    of_entity: list[tuple[str, str]] = field(default_factory=list)  # ("ceo", "servier")
    head: str = ""  # the noun asked for: "revenues" in "What were Servier's annual revenues?"
    defines: list[str] = field(default_factory=list)  # "What is ILT-101?": ["ILT-101"]
    plural: bool = False  # "Which French hospitals ...?" asks for every one
    who_focus: str = ""  # "Who wrote ...?" → wrot, "Who is the CEO of ...?" → ceo
    excluded_regions: list[str] = field(default_factory=list)  # "outside Europe" → ["europe"]
    compound_parts: dict[str, str] = field(default_factory=dict)  # "diseas" → "11-disease"
    context_groups: list[list[str]] = field(default_factory=list)  # a preamble's names: one must hold
    in_document: list[str] = field(default_factory=list)  # "the 2018 study": the document says 2018


def _is_name_token(token: str, position: int) -> bool:
    """Capitalised (not at the start), all-caps, or alphanumeric tokens name things."""
    if any(ch.isdigit() for ch in token) and any(ch.isalpha() for ch in token):
        return True
    if sum(ch.isupper() for ch in token) >= 2:
        return True
    return position > 0 and token[:1].isupper()


def analyse(question: str, retriever: Retriever) -> Question:
    qtype = "generic"
    for name, rule in _QTYPE_RULES:
        if rule.search(question):
            qtype = name
            break
    if qtype == "generic" and not _WH_RE.search(question) and not _YESNO_RE.search(question):
        # "ILT-101 lupus study - phase?", "min age?": a bare noun asks for its value.
        tail = re.sub(r"^\s*(?:give|list|provide|state|tell)(?: me)?(?: the)?\s+", "",
                      re.split(r"\s[-–—:]\s|:\s", question)[-1], flags=re.I)
        for name, rule in _QTYPE_RULES:
            if rule.search("what is the " + tail) or rule.search("what " + tail):
                qtype = name
                break
    if qtype == "name" and re.match(r"^\s*(?i:who\s+(is|was|are|were))\s+(Dr\.?\s+|Prof\.?\s+)?[A-Z][\w’'-]+"
                                    r"(\s+[A-Z][\w’'-]+)*\s*\??\s*$", question):
        qtype = "generic"  # "Who is Patricia Belissa-Mathiot?" asks for a description, not a name
    if qtype == "generic" and _YESNO_RE.search(question):
        qtype = "yesno"
    elif qtype == "design" and _YESNO_RE.search(question):
        qtype = "yesno"
    # Entity terms: names in the question, and terms that name a document in its title.
    matches = list(re.finditer(r"[\w’'-]+", question))
    raw_tokens = [m.group(0) for m in matches]
    entity: list[str] = []
    groups: list[list[str]] = []
    contrast: set[str] = set()
    for position, token in enumerate(raw_tokens):
        token = re.sub(r"['’]s?$", "", token)  # "Servier's" names Servier
        folded = fold(token).strip("'-")
        if not folded or folded in STOPWORDS:
            continue
        before = question[:matches[position].start()]
        if re.search(r"\b(outside|beyond|except|besides|excluding|other than|apart from|non)[\s-]+$", before, re.I):
            contrast.add(stem(folded))  # "sites outside Europe": Europe is what the answer is not
            continue
        # A capital after a full stop starts a sentence ("... tie-up. Name?"); it names nothing.
        sentence_start = position == 0 or bool(re.search(r"[.!?:]\s*$", before))
        if _is_name_token(token, 0 if sentence_start else position) and stem(folded) not in _ATTRIBUTE_WORDS:
            # "MRI-based" names MRI; "ILT-101" names ILT-101, ILT and 101.
            parts = [p for p in re.split(r"[-']", token) if p and _is_name_token(p, 1)] if "-" in token else []
            token_terms = [t for t in [stem(folded)] + [stem(fold(p)) for p in parts]
                           if t not in STOPWORDS and t not in GENERIC]
            entity.extend(token_terms)
            if token_terms:
                groups.append(token_terms)
    title_vocab = frozenset().union(*retriever.title_terms.values()) if retriever.title_terms else frozenset()
    attribute: list[str] = []
    question_terms: list[str] = []
    compound_parts: dict[str, str] = {}
    # "the multi-disease open-label trial": its words say which trial, not what is asked
    describing = {t for m in re.finditer(r"\b(?:the|this|that|its|their)\s+((?:(?!(?:of|the|a|an|in|on|at|for|by|with|"
                                         r"and|or|to|from|which|that)\b)[\w’'-]+\s+){1,4}?)" + _SUBJECT_NOUNS,
                                         question, re.I)
                  for t in content_terms(m.group(1)) + content_terms(m.group(1).replace("-", " "))}
    written = {stem(w): w for w in words(question)}
    for term in content_terms(question):
        if "-" in term and not _matches(term, retriever.corpus_terms) and term not in _STAT_TERMS:
            # "prior-treatment", "Servier–ILTOO": an unknown compound is read as its parts
            # (stemmed from the word as written: "in-license" → in, licens)
            parts = content_terms(written.get(term, term).replace("-", " "))
            question_terms.extend(parts)
            if term in entity:
                compound_parts.update((p, term) for p in parts if p not in entity)

        else:
            question_terms.append(term)
    for term in question_terms:
        if term in entity or term in GENERIC or term in contrast or contrast and term == "exclud":
            continue  # ("sites excluding Europe": the word only marks the contrast)
        if term in title_vocab and term not in _ATTRIBUTE_WORDS and term not in _FUNCTION_WORDS and \
                retriever.term_df.get(term, 0) < max(
                2, len(retriever.documents)):
            entity.append(term)
            groups.append([term])
            continue
        attribute.append(term)
    entity = [t for t in dict.fromkeys(entity) if t not in STOPWORDS and t not in GENERIC]
    named_parts = {part for part, compound in compound_parts.items()
                   if any(retriever.near_in_doc(source, terms(compound.replace("-", " ")))
                          for source in retriever.doc_terms)}
    listed = _LISTED_HEAD_RE.match(question)
    if listed:
        # "Which diseases were included in the 11-disease trial?": the diseases are what is asked
        named_parts.discard(stem(fold(listed.group(1))))
        describing.discard(stem(fold(listed.group(1))))
    # "the 11-disease study" names the document on "11 autoimmune diseases": its "disease"
    # describes which study, not what is asked about it.
    # ... and "three" in "the three trials" is a value, not a topic.
    attribute = [t for t in dict.fromkeys(attribute)
                 if t not in named_parts and t not in _NUMBER_STEMS and t not in _FUNCTION_WORDS]
    if groups:
        attribute = [t for t in attribute if t not in describing]
    # "the 2018 basket study": a year that says which study, not a value asked about
    years = [t for t in attribute if re.fullmatch(r"(?:19|20)\d\d", t)] if qtype != "date" else []
    attribute = [t for t in attribute if t not in years]
    # "pregnancy" asked, "pregnant" written: a word the documents never use, read as the form of
    # it they do use (same long stem).
    attribute = list(dict.fromkeys(_corpus_form(t, retriever) for t in attribute))
    if re.search(r"\bhow (long|old|big|large|soon|far)\b", question, re.I):
        # "How long is ILT-101 stable?": "long" says what kind of answer, not what it is about.
        marker = stem(fold(re.search(r"\bhow (long|old|big|large|soon|far)\b", question, re.I).group(1)))
        attribute = [t for t in attribute if t != marker] if len(attribute) > 1 else attribute
    if qtype == "place":
        # "Where was MIROCALS conducted?": the verb only says that it happened somewhere.
        attribute = [t for t in attribute if t not in _PLACE_VERBS]
    if _MULTI_RE.search(question) or len(groups) > 1:
        # "Compare ...", "What do A and B have in common?": how to answer, not what to find.
        attribute = [t for t in attribute if t not in _COMPARISON_WORDS] or (
            attribute if qtype in ("generic", "yesno") else [])  # a count or a date needs no topic word
    if qtype == "name" and _INSTITUTION_ASKED_RE.search(question):
        # "Where's he based?", "his affiliation": the words only say an institution is asked
        attribute = [t for t in attribute if t not in _INSTITUTION_WORDS]
    if qtype == "name" and _SPEAKER_ASKED_RE.search(question) and "said" not in attribute:
        # "Who from Servier is quoted ...?": the one who said something ("quoted" is only filler)
        attribute.append("said")
    if re.search(r"\b(blind\w*|mask\w*)\b", question, re.I):
        # "Were patients and investigators blinded?": who is masked; "double-blind" answers
        attribute = [t for t in attribute if t not in _MASKED_PARTIES] or attribute
    if len(groups) <= 1 and _ROLE_ASKED_RE.search(question):
        # "In what capacities does Jérémie Mariau appear?": each passage that names them says it
        # (with more names, "his role at ILTOO and in the lupus trial", the word still picks the passage)
        attribute = [t for t in attribute if t not in _ROLE_WORDS]
    if qtype == "journal":
        attribute = [t for t in attribute if t not in ("journal", "publish", "publicat", "result")]
    if qtype == "regimen":
        attribute = [t for t in attribute if t not in _REGIMEN_WORDS and t not in _COMPARISON_WORDS
                     and t not in ("low-dos", "often")]
    if qtype == "endpoint" and re.search(r"\b(inclu|exclu|eligib)\w*", question, re.I):
        qtype = "generic"  # "What MRI criterion excludes patients?" asks for eligibility, not an endpoint
    qualifiers = [q for q in ("primary", "secondary") if re.search(rf"\b{q}\b", question, re.I)]
    if not qualifiers and re.search(r"\b(main|principal|key|chief)\s+(efficacy\s+)?(end[- ]?points?|outcomes?|"
                                    r"criteri\w+)", question, re.I):
        qualifiers = ["primary"]  # "the main outcome measure" is the primary endpoint
    count_noun = ""
    if qtype == "count":
        match = _COUNT_NOUN_RE.search(question)
        if match:
            count_noun = stem(fold(match.group(1) or match.group(2) or ""))
            # "how many patient groups does ..." counts groups: the last noun before the verb.
            phrase = re.match(r"\s*((?:[\w-]+\s+){0,2}?)(?:do|does|did|were|was|are|is|have|has|had|will|"
                              r"would|can|could)\b",
                              question[match.start() + len(match.group(0).split()[0]) + 5:], re.I) \
                if match.group(1) else None
            nouns = phrase.group(1).split() if phrase else []
            if nouns:
                count_noun = stem(fold(nouns[-1]))
            if re.match(r"how many\s+(?:were|was|are|is|did|do|got|get|had|have|will|received|took|dropped|"
                        r"died)\b", match.group(0), re.I):
                count_noun = "patient"  # "How many were on placebo?" counts people
        elif re.search(r"\b(bigger|larger|smaller|biggest|largest|smallest|sample sizes?|size of)\b", question, re.I):
            # "Which trial was bigger?": a trial's size is its patients
            attribute = [t for t in attribute if t not in _SIZE_WORDS]
            count_noun = "patient"
        elif attribute:
            # "Target enrolment": the noun, not the word that qualifies it
            count_noun = next((t for t in attribute if t not in _COUNT_QUALIFIERS), attribute[0])
    of_entity = []
    for match in re.finditer(r"\b([A-Za-z]+)\s+(?:of|at|for)\s+(?:the\s+)?([A-Z][\w-]+)", question):
        of_entity.append((stem(fold(match.group(1))), fold(match.group(2))))
    raw_words = {stem(w): w for w in words(question)}
    # What is asked starts after "what/which/..." or after a request ("Compare the sample sizes ...").
    wh = _WH_RE.search(question) or re.match(r"\s*(?:compare|list|give|describe|summari[sz]e|name|tell me|show|"
                                             r"explain|outline|contrast)\b(?:\s+me)?", question, re.I)
    # The asked noun phrase: up to 8 words, ending at its first preposition ("sample sizes | of ...").
    asked_phrase = re.split(r"\s(?:of|for|in|at|on|from|with|by|across|between|among|under|per)\s",
                            " ".join(question[wh.end():].split()[:8]), maxsplit=1)[0] if wh else ""
    focus_terms = content_terms(asked_phrase)
    multi = bool(_MULTI_RE.search(question))
    if len(groups) > 1 and _ENUMERATION_RE.search(question) and retriever.doc_terms and not any(
            all(any(_names_doc(t, source, retriever) for t in g) for g in groups) for source in retriever.doc_terms):
        multi = True  # "What phase are MIROCALS and MS-IL2?": no one document names them all
    head, plural = _head_noun(question, attribute)
    who = re.match(r"^\s*(?:and\s+)?who(?:'s|\s+(?:is|was|are|were|did|does|do|has|have|had|will))?"
                   r"(?:\s+(?:the|a|an|its|their|his|her))?"
                   r"(?:\s+(?:first|last|main|lead|leading|principal|senior|chief|corresponding|current|"
                   r"new|former|formal|official|actual|and|or))*\s+([\w’'-]+)(?:\s+([a-z][\w’'-]*))?", question, re.I)
    who_focus = ""
    if who and qtype == "name":
        who_focus = stem(fold(who.group(1)))
        if who_focus in entity and who.group(2) and who.group(2).islower():
            who_focus = stem(fold(who.group(2)))  # "Who's the Servier person quoted ...": person
    defines = []
    definition = re.match(r"^\s*what\s+(?:is|are|was|were)\s+(?:the\s+)?([\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s*\??\s*$",
                          question, re.I)
    if definition and not attribute and entity and qtype == "generic":
        name = re.sub(r"\s+(trial|study|drug|company|programme|program|project)$", "", definition.group(1), flags=re.I)
        qtype, defines = "definition", [name]
    return Question(text=question, qtype=qtype, attribute_terms=attribute, entity_terms=entity, defines=defines,
                    qualifiers=qualifiers, count_noun=count_noun, multi=multi,
                    entity_groups=groups, raw_words=raw_words, focus_terms=focus_terms,
                    of_entity=of_entity, head=head, plural=plural, who_focus=who_focus,
                    excluded_regions=[r for r in _REGIONS if stem(r) in contrast],
                    compound_parts=compound_parts, in_document=years)


_HEAD_STOP_RE = re.compile(r"^(of|for|in|on|at|with|by|from|to|does|did|do|is|was|were|are|has|have|had|"
                           r"took|take|takes|got|get|gets|made|make|makes|gave|give|gives|went|go|goes|ran|run|"
                           r"runs|led|lead|leads|began|begin|begins|saw|see|sees|hosted|host|hosts|"
                           r"will|would|can|could|should|that|which|who|when|where|and|or|after|before|"
                           r"between|under|during|per|across|among|than)$", re.I)


def _head_noun(question: str, attribute: list[str]) -> tuple[str, bool]:
    """The last word of the noun phrase after "what/which/how many ..." (what is asked for, if
    it is an attribute word), and whether it is plural ("Which German cities ...")."""
    match = re.search(r"\b(?:what|which|how many|how much)\b(?:\s+(?:is|was|were|are|'s))?\s+(.*)", question, re.I)
    if not match:
        return "", False
    phrase = []
    for token in re.findall(r"[\w’'-]+|[?.,;:!()]", match.group(1)):
        if not token[0].isalnum() or _HEAD_STOP_RE.match(token) or phrase and token.lower().endswith("ed"):
            break  # "Which collaborator worked with ...": the phrase ends at the verb
        phrase.append(token)
    if not phrase:
        return "", False
    if len(phrase) >= 2 and _plural(phrase[-2]) and not _plural(phrase[-1]) and phrase[-1].islower():
        phrase.pop()  # "which territories stay with ILTOO": a plural noun, then its verb
    word = re.sub(r"['’]s?$", "", phrase[-1])
    head = stem(fold(word))
    return (head if head in attribute else "", _plural(word))


def _plural(word: str) -> bool:
    word = word.lower()
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


_PLACE_VERBS = frozenset(stem(w) for w in (
    "conducted conduct run running held hold performed perform carried took "
    "take happen happened recruit recruited recruiting operate operated operating").split())

# Countries by region, for questions that exclude one ("sites outside Europe", "ex-US rights").
_REGIONS = {
    "europe": {"europe", "eu", "european union", "austria", "belgium", "bulgaria", "croatia", "cyprus",
               "czech republic", "czechia", "denmark", "estonia", "finland", "france", "germany", "greece",
               "hungary", "ireland", "italy", "latvia", "lithuania", "luxembourg", "malta", "netherlands",
               "poland", "portugal", "romania", "slovakia", "slovenia", "spain", "sweden", "uk",
               "united kingdom", "switzerland", "norway", "iceland", "serbia", "ukraine"},
    "us": {"us", "usa", "united states"},
    "japan": {"japan"},
}


def _places_outside(q: Question, text: str) -> list[tuple[int, int]] | None:
    """The places a passage names outside the regions the question excludes (None: no exclusion)."""
    if not q.excluded_regions:
        return None
    excluded = set().union(*(_REGIONS[r] for r in q.excluded_regions))
    return [(m.start(), m.end()) for m in PATTERNS["place"].finditer(text)
            if fold(m.group(0).split(",")[-1]).strip() not in excluded and m.group(0).lower() not in ("countries", "worldwide")
            and not m.group(0).lower().startswith("territor")]


# Function words a title may hold ("... across 11 autoimmune diseases"): they name nothing.
_FUNCTION_WORDS = frozenset(stem(w) for w in "across among amongst between within without via versus "
                            "upon toward towards into onto".split())
_SIZE_WORDS = frozenset(stem(w) for w in "bigger larger smaller biggest largest smallest size sizes".split())
_COMPARISON_WORDS = frozenset(stem(w) for w in (
    "compare compared comparison contrast differ differs difference differences different versus vs "
    "common both each respectively similar similarity similarities side relative rank ranked ranking order "
    "way like same").split())

# Words that always describe *what* is asked, even when a title happens to contain them.
_ATTRIBUTE_WORDS = frozenset(stem(w) for w in (
    "phase results safety efficacy primary secondary endpoint outcome dose enrollment design "
    "publication approval designation development market survival placebo sponsor criteria "
    "ceo cfo coo cso cmo chairman president founder director head author pi id nct eudract pmid doi url "
    "iu miu mg mcg ml kg"  # units: "the dose in IU" names no subject
).split())


# ---------------------------------------------------------------------------------------------
# Evidence spans and their checks


@dataclass
class Span:
    first: int  # unit indexes in the retriever, inclusive
    last: int
    start: int
    end: int
    source: str
    text: str
    context_terms: frozenset[str]
    retrieval: float = 0.0
    dense: float = 0.0
    score: float = 0.0
    highlights: list[tuple[int, int]] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    covers: frozenset[str] = frozenset()
    whole_section: bool = False
    carried_terms: frozenset[str] = frozenset()  # names "these patients" refers back to
    group_terms: frozenset[str] = frozenset()  # a short field group's other lines (its record item)


# (Not inside a quotation: "“These findings show ..." is someone speaking of their own results.)
_ANAPHORA_RE = re.compile(r"^[^\w“\"‘']*(?:(?:for|in|among|of|with)\s+)?(?:these|those|such)\s+\w+", re.I)


_SAID_RE = re.compile(r"\b(said|says|added|adds|explained|commented|noted|stated)\b")


def _asked_event(q: Question) -> str:
    """The verb a "when did X <verb> ...?" question dates ("exercise"), if it is an asked term."""
    match = re.search(r"\b(?:did|does|do|will|would)\s+(?:[\w’'-]+\s+){1,3}?(?:actually\s+|first\s+|finally\s+)?"
                      r"([a-z]+)\b", q.text)
    if not match or re.match(r"\s+(?:and|or)\s", q.text[match.end():]):
        return ""  # "When did it start and finish?": two events, each dated by its own passage
    event = stem(fold(match.group(1)))
    return event if event in q.attribute_terms else ""


def _span(retriever: Retriever, first: int, last: int) -> Span:
    a, b = retriever.units[first], retriever.units[last]
    doc = retriever.documents[a.source]
    ctx = set()
    for index in range(first, last + 1):
        ctx |= retriever.units[index].terms
    previous = retriever.neighbour(first, -1)
    carried = frozenset()
    if previous is not None and a.kind == "sentence" and (_ANAPHORA_RE.match(a.text) or (
            a.text.startswith(("“", '"')) and _SAID_RE.search(retriever.units[previous].text))):
        # "For these patients representing 80% ...": the sentence before says which patients;
        # a quotation going on after "..., said Patricia Belissa-Mathiot, ..." is still hers.
        carried = retriever.units[previous].terms
    group = frozenset()
    section = retriever.section_range(first) if a.kind == "line" else None
    if section and section[0] <= last <= section[1]:
        # "Assistance Publique Hôpitaux de Paris (AP-HP)" is the affiliation of the investigator
        # named two lines up, in the same "Principal Investigators" group.
        group = frozenset().union(*(retriever.units[i].terms for i in range(section[0], section[1] + 1)))
    return Span(first=first, last=last, start=a.start, end=b.end, source=a.source,
                text=doc.text[a.start:b.end], context_terms=frozenset(ctx), carried_terms=carried,
                group_terms=group)


def candidate_spans(retriever: Retriever, hits: dict[int, dict[str, float]],
                    extra: list[int], embedding=None) -> list[Span]:
    """Each hit unit as a span; a short line also with its label before or its value after."""
    spans: dict[tuple[int, int], Span] = {}
    sections: set[tuple[int, int]] = set()
    pool = dict(hits)
    for index in extra:
        pool.setdefault(index, {"rrf": 0.0, "dense": 0.0, "bm25": 0.0})
    indexes = list(pool)
    for index, sim in zip(indexes, retriever.dense(embedding, indexes)):
        pool[index] = {**pool[index], "dense": float(sim)}
    for index, score in pool.items():
        unit = retriever.units[index]
        ranges = [(index, index)]
        block = _list_block(retriever, index)
        if block is not None:
            ranges.append((index, block))
        section = retriever.section_range(index)
        if section is not None and unit.kind == "line":
            ranges.append(section)  # a registry field group: "Sponsors", "Iltoo Pharma", "INDUSTRY", ...
            sections.add(section)
        if unit.kind == "line":
            before = retriever.neighbour(index, -1)
            after = retriever.neighbour(index, +1)
            labels_next = after is not None and retriever.units[after].label == unit.text
            # Pairs stay inside a section: a heading ("Principal Investigators") labels no value.
            if before is not None and retriever.units[before].kind == "line" and not labels_next \
                    and not _starts_section(retriever, index) and not _FIELD_RE.match(retriever.units[before].text) \
                    and not _noise_between(retriever, before, index):
                ranges.append((before, index))  # label then value, or value then its label
            if after is not None and retriever.units[after].kind == "line" and retriever.units[after].label \
                    and not _starts_section(retriever, after):
                ranges.append((index, after))
            # A value followed by its own "Key: value" lines ("2016-000488-17", "Identifier Type:
            # EUDRACT_NUMBER", "Identifier Source: secondary_id") is quoted with them.
            last = index
            for step in (1, 2):
                nxt = retriever.neighbour(index, step)
                if nxt is None or not _FIELD_RE.match(retriever.units[nxt].text) or _FIELD_RE.match(unit.text):
                    break
                last = nxt
            if last != index:
                ranges.append((index, last))
        for first, last in ranges:
            key = (first, last)
            if key not in spans:
                spans[key] = _span(retriever, first, last)
            spans[key].retrieval = max(spans[key].retrieval, score["rrf"])
            spans[key].dense = max(spans[key].dense, score["dense"])
    for key in sections:
        # A whole field group is about what its heading and the page's blurb under it say
        # ("Countries" + "... where the study has at least one active or historical site").
        span = spans[key]
        span.whole_section = True
        span.context_terms = span.context_terms | retriever.section_about(span.first)
    return list(spans.values())


_FIELD_RE = re.compile(r"^[A-Z][\w ]{1,40}:\s+\S")  # "Identifier Type: EUDRACT_NUMBER", a whole field


def _noise_between(retriever: Retriever, first: int, second: int) -> bool:
    """Page furniture between two lines ("by Alice Melão |", "Share this article:", a caption):
    they are not a label and its value."""
    doc = retriever.documents[retriever.units[first].source]
    return bool(doc.text[retriever.units[first].end:retriever.units[second].start].strip())


def _is_bare_label(retriever: Retriever, index: int) -> bool:
    """"Intervention Model" alone: the value ("PARALLEL") is the next line."""
    after = retriever.neighbour(index, +1)
    return after is not None and retriever.units[after].label == retriever.units[index].text


def _starts_section(retriever: Retriever, index: int) -> bool:
    unit = retriever.units[index]
    return bool(unit.section) and unit.text.strip().rstrip(":") == unit.section


_HEADING_RE = re.compile(r"(criteria|arms?|groups?|sites?|locations?|countries|conditions|"
                         r"interventions|diseases|outcomes?|:)\s*$", re.I)


_ELIGIBILITY_RE = re.compile(r"\b(inclusion|exclusion|eligibility)\s+criteri", re.I)
_ELIGIBILITY_ASKED_RE = re.compile(r"\b(inclu\w*|exclu\w*|eligib\w*|criteri\w*|enrol\w*|enter|join|take part|"
                                   r"participat\w*|qualif\w*|allowed|permitted|barred|ban\w*|can (?:a |an )?"
                                   r"(?:patient|someone|people|women|men)|washout|contracepti\w*|pregnan\w*|"
                                   r"prior|previous|history)\b", re.I)
_BULLET_RE = re.compile(r"\s*(?:[*•·▪◦‣-]|\d{1,2}[.)])?\s*")


def _list_block(retriever: Retriever, index: int) -> int | None:
    """A heading line followed by a list ("Inclusion Criteria" + its items): the last item."""
    unit = retriever.units[index]
    if unit.kind != "line" or not _HEADING_RE.search(unit.text):
        return None
    doc = retriever.documents[unit.source]
    last, count, bulleted = None, 0, None
    for step in range(1, 13):
        nxt = retriever.neighbour(index, step)
        if nxt is None:
            break
        item = retriever.units[nxt]
        gap = doc.text[retriever.units[nxt - 1].end:item.start]
        if gap.count("\n") > 2 or len(item.text) > 300 or item.end - unit.start > 2500:
            break
        line_start = doc.text.rfind("\n", 0, item.start) + 1
        line_end = doc.text.find("\n", item.end)
        marker = doc.text[line_start:item.start]
        if not _BULLET_RE.fullmatch(marker) or doc.text[item.end:line_end if line_end >= 0 else None].strip():
            break  # a sentence of a paragraph: the prose after a list is not part of it
        if bulleted is None:
            bulleted = bool(marker.strip())
        elif bulleted != bool(marker.strip()):
            break  # "* Vaccination ..." then "Minimum Eligible Age": the bullets have ended
        if item.kind == "line" and _HEADING_RE.search(item.text) and len(item.text.split()) <= 4:
            break  # the next list's heading ("Exclusion Criteria"), not an item ending in ":"
        last, count = nxt, count + 1
    return last if count >= 2 else None


def _matches(term: str, vocabulary: frozenset[str]) -> bool:
    return bool(expansions(term) & vocabulary)


def _spelled_apart(term: str, text: str) -> bool:
    """"placebo-controlled" asked, "placebo controlled" written: the parts, side by side."""
    parts = [re.escape(p) for p in term.split("-") if p]
    return len(parts) > 1 and bool(re.search(r"\b" + r"[\s-]+".join(parts), fold(text)))


def _entity_bound(term: str, span: Span, retriever: Retriever, follow_aliases: bool = True) -> bool:
    """An entity term counts for a span when the span, its heading, the document title or the
    document's opening names it, or the document is plainly about it (named 3+ times)."""
    names = expansions(term)
    if names & (span.context_terms | span.carried_terms | span.group_terms) or \
            names & retriever.title_terms.get(span.source, frozenset()):
        return True
    if names & retriever.head_terms(span.source) or names & retriever.byline_terms(span.source):
        return True
    counts = retriever.term_counts(span.source)
    if sum(counts.get(t, 0) for t in names) >= 3:
        return True
    # "the funders of NCT03039673": the document's "MIROCALS (NCT03039673)" names the same trial.
    if not follow_aliases:
        return False
    aliases = retriever.aliases(span.source).get(term, frozenset())
    return any(_entity_bound(alias, span, retriever, follow_aliases=False) for alias in aliases - {term})


def _group_ok(group: list[str], span: Span, retriever: Retriever, doc_vocab: frozenset[str]) -> bool:
    """A name in the question ("IL-2" → il-2, il, 2) is matched whole, or by all its parts."""
    if _entity_ok(group[0], span, retriever, doc_vocab):
        return True
    return len(group) > 1 and all(_entity_ok(t, span, retriever, doc_vocab) for t in group[1:])


def _entity_ok(term: str, span: Span, retriever: Retriever, doc_vocab: frozenset[str]) -> bool:
    if "-" in term and retriever.near_in_doc(span.source, terms(term.replace("-", " "))):
        return True  # "11-disease study" names the document on "11 autoimmune diseases"
    return _matches(term, doc_vocab) and _entity_bound(term, span, retriever)


def _type_matches(q: Question, span: Span) -> list[tuple[int, int]]:
    """Offsets (in span.text) of the asked kind of information."""
    text = span.text
    if q.qtype in ("generic", "yesno"):
        return []
    if q.qtype == "definition":
        found = []
        for name in q.defines:
            named = r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"
            # "X is an acronym for ...", "X (…) is a ...", "X, a Paris-based ...", "X (human IL-2)"
            for pattern in (named + r"(?:\s*\([^)]*\))?\s+(?:is|was|are)\s+(?:an acronym for|also known as|a|an|the)\s+([^.;]+)",
                            named + r",\s+((?:a|an|the|its)\s+[^,.;]+)",
                            named + r"\)?:\s+((?:a|an)\s+[^.;]+)",
                            named + r"\s+(?:will|is designed to|aims to)\s+((?:assess|evaluate|investigate|test|compare|"
                                    r"examine|study|define)\b[^.;]+)",
                            named + r"\s*\(((?!NCT)[^)]{3,})\)"):
                found += [(m.start(1), m.end(1)) for m in re.finditer(pattern, text, re.I)]
            # "... moderate levels of phosphorylated neurofilament heavy chain protein (pNFH)"
            for m in re.finditer(r"\(" + re.escape(name) + r"\)", text, re.I):
                before = text[max(0, m.start() - 80):m.start()]
                words_before = re.split(r"[,.;:(]|\b(?:of|with|in|and|the|a|an|by|for|to|at|as)\b", before)[-1]
                # "ILT-101 has been granted Orphan Drug Designation (ODD)": the words the letters spell
                tokens = before.split()
                letters = re.sub(r"[^a-z]", "", name.lower())
                for k in range(1, min(len(tokens), 8) + 1):
                    initials = "".join(part[0] for tok in tokens[-k:] for part in re.split(r"-", tok) if part).lower()
                    if initials == letters:
                        words_before = " ".join(tokens[-k:])
                        break
                phrase = re.search(re.escape(words_before.strip()) + r"\s*$", before) if words_before.strip() else None
                if phrase and len(words_before.split()) >= 2:
                    end = m.start() - (len(before) - len(before.rstrip()))
                    found.append((m.start() - len(before) + phrase.start(), end))
        return list(dict.fromkeys(found))  # in order of preference: the first defines best
    if q.qtype == "count":
        found = []
        for m in PATTERNS["count"].finditer(text):
            value = m.group(0)
            # A year, a date part or an identifier is not a count.
            if re.search(r"(phase|day|week|type|grade|stage|version|interleukin|il|covid|h)[\s_-]?$", text[max(0, m.start() - 12):m.start()], re.I):
                continue
            if re.fullmatch(r"(19|20)\d\d", value) or re.match(r"[-/]\d", text[m.end():m.end() + 2]) \
                    or re.search(r"[-/]$", text[max(0, m.start() - 1):m.start()]):
                continue
            if re.match(r"\s?(%|percent|mg|iu|million|billion|euros?|dollars?|days?\b|weeks?\b|months?\b|"
                        r"years?\b|hours?\b)", text[m.end():m.end() + 9], re.I):
                continue  # an amount or a duration is not a count
            if q.count_noun and _counts_something_else(q.count_noun, text[m.end():m.end() + 40]):
                continue  # "30 participants" does not answer "how many lesions"
            found.append((m.start(), m.end()))
        return found
    if q.qtype == "endpoint":
        found = [(m.start(), m.end()) for m in PATTERNS["endpoint"].finditer(text)]
        if q.qualifiers:
            lowered = fold(text)
            if not any(re.search(rf"\b{qual}\b", lowered) for qual in q.qualifiers):
                return []
        return found
    if q.qtype == "date":
        return [(m.start(), m.end()) for m in PATTERNS["date"].finditer(text)]
    if q.qtype == "name":
        # "Who founded ILTOO Pharma?" is not answered by the name "ILTOO Pharma".
        own = set(q.entity_terms) | GENERIC
        tokens = re.findall(r"[A-Za-zÀ-ÿ][\w’'-]*", text)
        if len(tokens) >= 5 and sum(t[0].isupper() for t in tokens) >= 0.6 * len(tokens) \
                and "\n" not in text.strip() and not text.rstrip().endswith((".", "!", "?")) \
                and not _INSTITUTION_RE.fullmatch(text.strip()):
            return []  # a headline in Title Case: its capitals ("Market Lupus") name nobody
        asked = set().union(*(expansions(t) for t in q.attribute_terms)) if q.attribute_terms else set()
        return [(m.start(), m.end()) for m in PATTERNS["name"].finditer(text)
                if not set(terms(m.group(0))) <= own and not set(terms(m.group(0))) & asked
                and not re.match(r"-\d", text[m.end():m.end() + 2])]  # "IL" of "IL-2LD" names nothing
    found = [(m.start(), m.end()) for m in PATTERNS[q.qtype].finditer(text)]
    if q.qtype == "place" and re.search(r"\b(cit(y|ies)|towns?)\b", q.text, re.I):
        # "In which cities ...?": a country or region is not a city
        found = [(a, b) for a, b in found if not _WIDE_PLACE_RE.fullmatch(text[a:b])]
    if q.qtype == "amount" and _CHANGE_RE.search(q.text):
        # "How much did it reduce the risk of death?": the amount is a percentage.
        found += [(m.start(), m.end()) for m in PATTERNS["percent"].finditer(text)]
    return found


_WIDE_PLACE_RE = re.compile(_WIDE_PLACES)
_CHANGE_RE = re.compile(r"\b(reduc\w*|increas\w*|decreas\w*|drop\w*|declin\w*|improv\w*|lower\w*|"
                        r"rais\w*|rise|rose|risk|change\w*|cut)\b", re.I)


_PAST_YESNO_RE = re.compile(r"^\s*(and\s+)?(did|has|have|had|was|were)\b", re.I)
_HYPOTHETICAL_RE = re.compile(r"\b(will|would|could|can|may|might|should|expect\w*|when|if|once|until|"
                              r"option to|plans?|aims?|intends?|towards?|potential)\b", re.I)


def _only_hypothetical(span: Span) -> bool:
    """Every word the span shares with the question comes after a "will", "when", "expected"...
    in its clause."""
    text = span.text
    places = [m for m in re.finditer(r"[\w’'-]+", text) if stem(fold(m.group(0))) in
              set().union(*(expansions(t) for t in span.covers))]
    if not places:
        return False
    for m in places:
        clause = re.split(r"[.;:,!?]", text[max(0, m.start() - 60):m.start()])[-1]
        if not _HYPOTHETICAL_RE.search(clause):
            return False
    return True


_PAYMENT_KINDS = {"milestone": r"milestones?|bio-?bucks", "royalty": r"royalt(?:y|ies)",
                  "upfront": r"up-?front|initial|signing", "annual": r"annual|yearly", "equity": r"equity",
                  "sales": r"sales", "revenue": r"revenues?|turnover|income|profits?"}


def _payment_kinds(text: str) -> set[str]:
    """Which kinds of payment a text names (milestones, royalties, upfront, ...)."""
    return {kind for kind, pattern in _PAYMENT_KINDS.items() if re.search(rf"\b(?:{pattern})\b", text, re.I)}


def _in_enumeration(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is one item of a list ("A, B, C", "France and the UK")."""
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    if re.search(r",\s+(?:[\w’'-]+\s+){0,3}$|,$", before) and re.match(r"^[^,.;]{0,30},(?:\s|$)", after):
        return True  # "..., systemic lupus erythematosus, psoriasis": a several-word item too
    if re.search(r"\b(either|both|among|including)\b[^.;]{0,60}$", before):
        return True
    if re.search(r"[A-Z][\w’'-]*\s+(and|or|&)\s+(the\s+)?$", before):
        return True
    return bool(re.match(r"^(['’]s)?(\s+[a-z]+)?\s*(and|or|&)\s+(the\s+)?[A-Z]", after))


def _count_of_a_part(q: Question, span: Span, bound: list[list[str]], retriever: Retriever) -> str:
    """A name that narrows what is counted (not the document's own subject) must be said in
    the span, and not only as one item of a list: else the number counts something wider."""
    about = retriever.about_terms(span.source) | frozenset(terms(retriever.units[span.first].section))
    aliases = retriever.aliases(span.source)
    compounds = set(q.compound_parts.values())
    text = span.text
    for group in bound:
        if any(t in compounds or (expansions(t) | aliases.get(t, frozenset())) & about for t in group):
            continue  # the document's (or the section's) own subject: "MIROCALS", "NCT03039673"
        names = set().union(*(expansions(t) for t in group))
        places = [(m.start(), m.end()) for m in re.finditer(r"[\w’'-]+", text) if stem(fold(m.group(0))) in names]
        if not places or all(_in_enumeration(text, a, b) for a, b in places):
            return q.raw_words.get(group[0], group[0])
    return ""


def _counts_something_else(noun: str, after: str) -> bool:
    """The number is followed by what it counts, and that is not the asked noun."""
    following = [w for w in re.findall(r"[A-Za-z][\w-]*", after)[:2]]
    if not following:
        return False
    wanted = expansions(noun) | {noun}
    if any(stem(fold(w)) in wanted for w in following):
        return False
    first = following[0]
    # "30 RRMS patients": an acronym may come before the noun; a plain lowercase word is the noun.
    return first.islower() and fold(first) not in STOPWORDS and stem(fold(first)) not in _COUNT_FILLERS


_NUMBER_STEMS = frozenset(stem(w) for w in NUMBER_WORDS)
_COUNT_FILLERS = frozenset(stem(w) for w in "more less fewer additional other new further total".split())


def _highlight(q: Question, span: Span, found: list[tuple[int, int]],
               retriever: Retriever) -> list[tuple[int, int]]:
    """The answering part: the typed value nearest the attribute words (or the endpoint phrase)."""
    text = span.text
    if q.qtype == "definition":
        return found[:1]
    if q.qtype == "design":
        # "Which trials were placebo-controlled?": the design word asked, not the first one.
        asked_words = set(terms(q.text))
        wanted = sorted((f for f in found if set(terms(text[f[0]:f[1]])) & asked_words),
                        key=lambda f: -len(set(terms(text[f[0]:f[1]])) & asked_words))
        if wanted:
            return wanted[:1]
    if q.qtype == "endpoint":
        match = re.search(r"\b(?:primary|secondary)\s+(?:end[- ]?points?|outcomes?|efficacy criteria|criteri\w+)"
                          r"(?:\s+(?:was|is|will be|were|are))?[,:]?\s+(?:the\s+)?(.+?)(?=,\s*(?:was|is|which)\b|[.;]|$)",
                          text, re.I)
        if match:
            return [(match.start(1), match.end(1))]
        return found[:1]
    if not found:
        return []
    if q.qtype == "place" and re.search(r"\b(countries|where|which|what)\b", q.text, re.I):
        return found[:12]  # "In which countries ...": every place the span names
    anchors = _anchor_positions(q, text)
    # Names that qualify the question ("... in the US") pick among several values: "45,000
    # patients in Europe and approximately 33,000 patients in the US".
    names = {n for g in _qualifier_groups(q, span.source, retriever) for t in g for n in expansions(t)}
    qualifiers = [m.start() for m in re.finditer(r"\w+", text) if stem(fold(m.group(0))) in names]
    if q.qtype == "count" and q.count_noun:
        nouns = expansions(q.count_noun) | {q.count_noun}
        best = []
        for start, end in found:
            after = [stem(w) for w in words(text[end:end + 40])[:3]]
            if nouns & set(after):
                tail = re.match(r"\s?[\w-]+(?:\s[\w-]+)?", text[end:])
                best.append((start, end + (len(tail.group(0)) if tail else 0)))
        if best:
            if qualifiers:
                best.sort(key=lambda f: min(abs(f[0] - a) for a in qualifiers))
            return best[:1]
    anchors = qualifiers or anchors
    if q.qtype == "name":
        # Registry enumerations ("INDUSTRY", "PRINCIPAL_INVESTIGATOR") are not names: last resort.
        found = sorted(found, key=lambda f: text[f[0]:f[1]].isupper())
    if not anchors:
        return found[:1]
    scored = sorted(found, key=lambda f: (q.qtype == "name" and text[f[0]:f[1]].isupper(),
                                          min(abs(f[0] - a) for a in anchors)))
    return scored[:1]


# A person is asked for: "Who ...?", "by whom?", "Which Servier executive ...?"
_PERSON_ASKED_RE = re.compile(r"^\s*(and\s+)?(who|by whom)\b|\b(which|what)\s+([\w’'-]+\s+)?(person|people|"
                              r"executive|exec|official|officer|representative|rep|spokes\w+|investigator|researcher|author|scientist|doctor|"
                              r"physician|chair\w*|ceo|founder|coordinator|expert|manager|director)s?\b", re.I)
_ORG_FOCUS = frozenset(stem(w) for w in "sponsored sponsors sponsor funded funds fund financed hosted owns "
                                          "owned licensed partnered".split())
_ORG_WORDS_RE = re.compile(r"\b(Pharma|Universit\w*|Hospital\w*|H[oô]pita\w*|Foundation|Association|Institute|"
                           r"Commission|Programme|Program|Ministry|Centre|Center|Inserm|Paris|France|Lancet|"
                           r"Study|Trial|Group|Council|Society|Agency|Inc|Ltd|Consortium)\b")
_NAME_WORD = r"[A-Z][a-zà-ÿ’']+(?:-[A-Z][a-zà-ÿ’']+)*"  # "Belissa-Mathiot", "Jérémie"
_PERSON_RE = re.compile(r"\b(?:Dr|Prof|Professor)\.?\s+(?:[A-Z]\.\s?)*" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r")?|"
                        r"\b" + _NAME_WORD + r"\s+(?:[A-Z]\.\s?)*" + _NAME_WORD + r"\b")


def _person_near(q: Question, span: Span, found: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A person's name (not an organisation's) within a dozen words of the asked word."""
    return _name_near(q, span, _PERSON_RE, lambda name: not _ORG_WORDS_RE.search(name))


def _name_near(q: Question, span: Span, pattern: re.Pattern, accept) -> tuple[int, int] | None:
    """The name matching ``pattern`` (and ``accept``) closest to an asked word, within a dozen
    words; never one of the question's own names."""
    text = span.text
    anchors = _anchor_positions(q, text)
    if not anchors:
        return None
    own = set(q.entity_terms) | GENERIC
    best = None
    for m in pattern.finditer(text):
        if not accept(m.group(0)) or set(terms(m.group(0))) <= own:
            continue
        gap = min(len(re.findall(r"\w+", text[min(m.start(), a):max(m.end(), a)])) for a in anchors)
        if gap <= 12 and (best is None or gap < best[0]):
            best = (gap, (m.start(), m.end()))
    return best[1] if best else None


_RANKED_AUTHOR_RE = re.compile(r"\b(first|lead|last|senior)[\s-]+(?:named\s+|listed\s+)?author\b", re.I)
# An author list: "Authors: Michelle Rosenzwajg, Roberta Lorenzon, ..." or "Humrich JY, Cacoub P, ... Klatzmann D."
_AUTHOR_LIST_RES = (re.compile(r"^[ \t]*Authors?\s*:\s*([^\n]+)", re.M),
                    re.compile(rf"^[ \t]*((?:{REFERENCE_AUTHOR}(?:,\s|\.))+)", re.M))


def _ranked_author(asked: re.Match, text: str) -> tuple[int, int] | None:
    """The first (or last) name of an author list, the position ``asked`` names."""
    for pattern in _AUTHOR_LIST_RES:
        listed = pattern.search(text)
        if listed:
            names = [(m.start(), m.end()) for m in re.finditer(r"[^,.;]+", listed.group(1)) if m.group(0).strip()]
            if len(names) < 2:
                return None
            start, end = names[0] if asked.group(1).lower() in ("first", "lead") else names[-1]
            while text[listed.start(1) + start] == " ":
                start += 1
            return listed.start(1) + start, listed.start(1) + end
    return None


_LISTED_HEAD_RE = re.compile(r"^\s*(?:which|what|list(?:\s+all)?(?:\s+the)?|name(?:\s+the)?)\s+([\w-]+)", re.I)


def _enumerates_asked(q: Question, text: str) -> bool:
    """The text lists several items of the asked plural kind ("rheumatoid arthritis, ...,
    Behcet’s disease, Crohn’s disease, ...") for "Which diseases ...?"."""
    listed = _LISTED_HEAD_RE.match(q.text)
    if not listed or not listed.group(1).lower().endswith("s") or text.count(",") < 4:
        return False
    head = stem(fold(listed.group(1)))
    inside = text[text.find(","):text.rfind(",")]
    return any(stem(fold(w)) == head for w in words(inside))


_TOGETHER_RE = re.compile(r"\b(together|in total|combined|overall|altogether)\b", re.I)
# Counts asked per arm: "on placebo vs drug", "in each arm" (not "MIROCALS vs MS-IL2": names)
_PER_GROUP_RE = re.compile(r"\bhow many\b[^?]*?\b(?:vs\.?|versus)\s+(?:the\s+)?(?=(?-i:[a-z]))\w+(?!\s+(?:trial|study))|"
                           r"\bhow many\b[^?]*?\b(?:per|each|by|in each) (?:arm|group)s?\b", re.I)


def _counts_of(noun: str, text: str) -> int:
    """How many counts of ``noun`` the text states ("110 patients ... 110 patients")."""
    nouns = expansions(noun) | {noun}
    return sum(1 for m in PATTERNS["count"].finditer(text)
               if nouns & {stem(w) for w in words(text[m.end():m.end() + 40])[:3]})


# A request to write something new (not a summary of what the documents say)
_DRAFTING_RE = re.compile(r"^\W*(?:(?:can|could|would|will) you\s+(?:please\s+)?|please\s+)?(?:draft|write|compose|"
                          r"generate|create|prepare)\s+(?:me\s+|us\s+)?(?:a|an|some)\s+(?!(?:short\s+|brief\s+|quick\s+)?"
                          r"(?:summary|overview|recap|list|table|comparison)\b)", re.I)
_PREVALENCE_RE = re.compile(r"\b(affect(?:s|ing|ed)?|suffer(?:s|ing)?|living with|prevalence|incidence|"
                            r"diagnosed each year|worldwide|population)\b", re.I)
_SPEAKER_ASKED_RE = re.compile(r"\b(quoted|quotes?|said|says|spoke|speaks|comment(?:s|ed)?|statement)\b", re.I)
_COMPANY_ASKED_RE = re.compile(r"\b(which|what) (company|companies|firm|organi[sz]ation|partner|licensee|licensor)\b",
                               re.I)
_INSTITUTION_ASKED_RE = re.compile(r"\b(which|what) (institution|hospital|university|institute|employer|centre|center)s?\b|"
                                   r"\baffiliat\w*|\binstitution\b|\bwhere(?:['’]s| is| was| are| were)\b.*\b(?:based|working|"
                                   r"employed)\b", re.I)
_MASKED_PARTIES = frozenset(stem(w) for w in "patient patients participant participants investigator investigators "
                                              "assessor assessors outcome doctors physicians staff subjects".split())
_ROLE_ASKED_RE = re.compile(r"\b(roles?|capacit(?:y|ies)|positions?|hats?|involvement|functions?)\b", re.I)
_ROLE_WORDS = frozenset(stem(w) for w in "role roles capacity capacities position positions hat hats involvement "
                                          "function functions play plays played appear appears appeared show shows "
                                          "described hold holds held serve serves served".split())
_COUNT_QUALIFIERS = frozenset(stem(w) for w in "target planned total actual estimated overall final anticipated "
                                                "expected intended".split())
_INSTITUTION_WORDS = frozenset(stem(w) for w in "based working work works employed affiliation affiliated "
                                                 "institution institutions".split())
_INSTITUTION_RE = re.compile(r"\b(?:Assistance Publique[\w\s’'-]*?(?:\([A-Z-]+\))?(?=[,.;\n]|$)|"
                             r"(?:[A-Z][\w’'-]*\s+)*(?:H[oô]pita\w*|Hospital\w*|Universit\w*|Institut\w*|Inserm|CHU)"
                             r"(?:\s+(?:de|du|des|of|the|d['’])?\s*[A-Z][\w’'-]*)*)")
_COMPANY_RE = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:Pharma|Pharmaceuticals|Therapeutics|Biotech|"
                         r"Inc|Ltd|SA|AG|GmbH|Corp|Laboratories)\b")


def _company_near(q: Question, span: Span) -> tuple[int, int] | None:
    """A company's name ("ILTOO Pharma") within a dozen words of the asked word."""
    return _name_near(q, span, _COMPANY_RE, lambda name: True)


def _affiliation_bonus(q: Question, after: str) -> float:
    """"Who spoke for Servier?": a person whose title names Servier ("..., head of Servier's
    R&D"), not one whose title names another organisation ("..., CEO of ILTOO Pharma")."""
    title = re.match(r"\s*,\s*([^.,;“”\"]{3,100})", after)
    if not title or not q.entity_terms:
        return 0.0
    named = set(terms(title.group(1)))
    if any(expansions(t) & named for t in q.entity_terms):
        return 0.3
    return -0.6 if re.search(r"\b(of|at|from)\s+[A-Z]", title.group(1)) else 0.0


def _qualifier_groups(q: Question, source: str, retriever: Retriever) -> list[list[str]]:
    """Names in the question that the document is not about ("French" in "Which French hospitals
    took part in the lupus trial?"): they qualify what is asked, not whose it is."""
    about = retriever.about_terms(source)
    return [g for g in q.entity_groups if not any(expansions(t) & about for t in g)]


def _anchor_positions(q: Question, text: str) -> list[int]:
    """Where the text says an asked (attribute) word."""
    return [m.start() for m in re.finditer(r"\w+", text) if expansions_any(q, stem(fold(m.group(0))))]


def expansions_any(q: Question, token_stem: str) -> bool:
    return any(token_stem in expansions(t) for t in q.attribute_terms)


def _of_entity_conflict(q: Question, span: Span) -> bool:
    """"CEO of Servier" asked, "CEO of ILTOO Pharma" found: the attribute belongs to another."""
    for attribute, entity in q.of_entity:
        for m in re.finditer(r"\b([A-Za-z]+)\s+(?:of|at|for)\s+(?:the\s+)?([A-Z][\w-]+)", span.text):
            if stem(fold(m.group(1))) == attribute and fold(m.group(2)) != entity:
                if entity not in fold(span.text[m.start():m.end() + 40]):
                    return True
    return False


_LIST_QUESTION_RE = re.compile(r"\b(what are|list|which|criteria|arms|groups|sites|countries|"
                               r"conditions|interventions|locations)\b", re.I)
_VALUE_TYPES = ("amount", "count", "percent", "date", "duration")
# Opposite sides: a passage on one side does not answer a question asked on the other.
_ANTONYMS = [({"maximum", "max", "upper", "highest", "oldest"}, {"minimum", "min", "lower", "lowest", "youngest"}),
             ({"primary"}, {"secondary"}), ({"inclusion"}, {"exclusion", "exclude", "excludes", "excluded", "excluding"}),
             ({"start", "started", "starting", "begin", "began", "commence", "commenced"},
              {"completion", "completed", "end", "ended", "finish", "finished", "close", "closed"}),
             ({"first"}, {"last"})]


def _antonym_conflict(q: Question, span: Span, section: str = "") -> bool:
    asked = set(words(q.text))
    # (a page's blurb, "... including inclusion and exclusion rules", says neither)
    said = set(words(" ".join(line for line in span.text.split("\n") if not is_noise_line(line))))
    heading = set(words(section))  # items under "Exclusion criteria" are exclusions, whatever they say
    for one, other in _ANTONYMS + [(b, a) for a, b in _ANTONYMS]:
        if asked & one and not asked & other and (
                heading & other and not heading & one or said & other and not said & one):
            return True
    return False


WINDOW = 7  # tokens between a stated value and the asked word it belongs to


_DATELINE_RE = re.compile(r"^[A-Z][\w .'-]{1,40},\s*[A-Z][\w .'-]{1,40}\s+[–—-]\s+")
_LOCATION_TERMS = frozenset(stem(w) for w in "locations location countries country sites site centres".split())
_RELEASE_WORDS = frozenset(stem(w) for w in "published publication released release announced issued dated".split())


def _near_focus(q: Question, span: Span, found: list[tuple[int, int]], retriever: Retriever) -> bool:
    """The stated value sits near the most specific asked word that the span itself says."""
    if q.qtype == "date" and _DATELINE_RE.match(span.text) and any(
            expansions(t) & _RELEASE_WORDS for t in q.attribute_terms):
        # "Paris, France – May 10, 2025 – ...": a press release's dateline dates the release.
        head = _DATELINE_RE.match(span.text).end()
        if any(start == head for start, _ in found):
            return True
    tokens = [(m.start(), stem(fold(m.group(0)))) for m in re.finditer(r"[\w’'-]+", span.text)]
    present = [t for t in q.attribute_terms if any(tok in expansions(t) for _, tok in tokens)]
    if not present:
        return True  # the attribute is named by the heading or label, not in the text
    # The asked words themselves ("how much upfront?") before words that only place them ("deal");
    # without those, the most specific word the span says.
    asked = [t for t in present if t in q.focus_terms] or [max(present, key=lambda t: _idf(retriever, t))]
    wanted = set().union(*(expansions(t) for t in asked))
    positions = [i for i, (_, tok) in enumerate(tokens) if tok in wanted]
    starts = [pos for pos, _ in tokens]
    for start, _ in found:
        index = next((i for i, pos in enumerate(starts) if pos >= start), len(starts) - 1)
        if any(abs(index - p) <= WINDOW for p in positions):
            return True
    return False


_RESULTS_ASKED_RE = re.compile(r"\b(results?|findings?|found|show(ed|n)?|demonstrat\w*|reveal\w*)\b", re.I)
_RESULT_SAID_RE = re.compile(r"(?<!\bto )\b(results?|show(s|ed|n)?|demonstrat\w*|found|improv(es|ed)|reduc(es|ed)|"
                             r"increas(es|ed)|significant\w*|tolerated|effective|observed|met|failed|"
                             r"slow(s|ed)|expan(ded|sion)|extend(s|ed)|conclu\w*|confirm\w*)\b", re.I)


def judge(q: Question, span: Span, retriever: Retriever) -> bool:
    """Does this span answer the question? Fills span.score, span.highlights, span.reasons."""
    if looks_like_instruction(span.text):
        span.reasons.append("an instruction inside a document is not evidence")
        return False
    ctx = span.context_terms
    if span.first == span.last and _is_bare_label(retriever, span.first):
        span.reasons.append("a label without its value")
        return False
    lines = [line.strip() for line in span.text.split("\n") if line.strip() and not is_noise_line(line)]
    if len(lines) > 1 and all(len(line.split()) <= 3 and re.fullmatch(r"[A-Za-zÀ-ÿ ]+", line)
                              and not line.isupper() and line.lower() not in ("yes", "no") for line in lines):
        # "Volunteers / Inclusion criteria": a page's field names whose values are missing.
        span.reasons.append("labels without values")
        return False
    asked = set(terms(q.text))
    heading = retriever.units[span.first].section if _starts_section(retriever, span.first) else ""
    said = [line for line in lines if line.rstrip(":") != heading]
    answers_yes_no = q.qtype == "yesno" and any(line.lower() in ("yes", "no") for line in said)  # "... Volunteers: No"
    states_value = q.qtype in _VALUE_TYPES + ("regimen", "dose") and bool(PATTERNS[q.qtype].search(span.text))
    if not answers_yes_no and not states_value and \
            all(t in asked or t in GENERIC or len(t) <= 2 for t in content_terms(" ".join(said))):
        span.reasons.append("says nothing the question does not")  # "ILT-101", "Exclusion criteria"
        return False
    # Attribute terms must be spoken of in the span (its text, label or heading).
    missing = [t for t in q.attribute_terms if not _matches(t, ctx) and not _spelled_apart(t, span.text)]
    if q.attribute_terms and len(missing) == len(q.attribute_terms):
        span.reasons.append(f"does not mention {', '.join(missing)}")
        return False
    span.covers = frozenset(t for t in q.attribute_terms if t not in missing)
    if q.qtype == "generic" and _RESULTS_ASKED_RE.search(q.text) and "result" in missing and \
            not _RESULT_SAID_RE.search(span.text):
        # "What did the IVORY study show?": a study's aim ("explored the potential ... to reduce")
        # is not what it found.
        span.reasons.append("states no result")
        return False
    if q.qtype == "count" and _TOGETHER_RE.search(span.text) and len(
            {fold(m.group(0)) for m in PATTERNS["place"].finditer(q.text) if m.group(0)[0].isupper()}) == 1 and \
            len({fold(m.group(0)) for m in PATTERNS["place"].finditer(span.text)}) > 1:
        # "How many MIROCALS patients were treated in the UK?": "across France and the United
        # Kingdom, together randomising 220 patients" counts both countries at once
        span.reasons.append("counts several places together")
        return False
    if q.qtype == "count" and q.count_noun and _PER_GROUP_RE.search(q.text) and \
            _counts_of(q.count_noun, span.text) < 2:
        # "How many were on placebo vs drug?": one total does not split the patients by arm
        span.reasons.append("gives no count per group")
        return False
    if q.who_focus and q.who_focus in q.attribute_terms and q.who_focus in missing:
        # "Who wrote the article about the deal?": a sentence about the deal that does not say
        # who wrote anything does not answer.
        span.reasons.append(f"does not say who {q.raw_words.get(q.who_focus, q.who_focus)}")
        return False
    if q.qtype == "yesno" and _PAST_YESNO_RE.match(q.text) and span.covers and _only_hypothetical(span):
        # "Did Servier exercise its option?" is not answered by "payments when the option is
        # exercised": the text speaks of it as a plan or a condition, not as done.
        span.reasons.append("speaks of it only as expected or possible")
        return False
    unit = retriever.units[span.first]
    if span.first == span.last and unit.label and span.covers:
        own = frozenset(terms(f"{unit.section} {unit.text}"))
        if any(not _matches(t, own) and not _spelled_apart(t, span.text) for t in span.covers):
            # "Lille, , France" matches "hospital" only through its label "Hopital Claude Huriez":
            # the quote must hold the label too (the label + value span).
            span.reasons.append("what it matches is in its label")
            return False
    qualifiers = _qualifier_groups(q, span.source, retriever)  # "EudraCT", not "MIROCALS"
    if span.whole_section and not any(_matches(t, retriever.section_about(span.first))
                                      for t in list(span.covers) + [t for g in qualifiers for t in g] + [q.qtype]
                                      + (list(_LOCATION_TERMS) if q.qtype == "place" else [])):
        # A whole field group ("Sponsors" and its lines) answers a question about that group only.
        span.reasons.append("the question is not about this section")
        return False
    # Entity terms must belong to this span's document and be bound to the span.
    doc_vocab = retriever.doc_terms.get(span.source, frozenset())
    bound = [g for g in q.entity_groups if _group_ok(g, span, retriever, doc_vocab)]
    if q.multi and len(q.entity_groups) > 1:
        # "Compare MIROCALS and MS-IL2": each document answers for the names it is about; a
        # name some titles carry ("the lupus trial") is about those documents only.
        titles = retriever.title_terms
        bound = [g for g in bound if not any(expansions(t) & ts for t in g for ts in titles.values())
                 or any(expansions(t) & titles.get(span.source, frozenset()) for t in g)]
        if not bound:
            span.reasons.append("about none of the names asked")
            return False
    else:
        unbound = [g[0] for g in q.entity_groups if g not in bound]
        if unbound:
            span.reasons.append(f"not about {', '.join(unbound)}")
            return False
    if any(t not in doc_vocab for t in q.in_document):
        span.reasons.append(f"its document does not say {', '.join(q.in_document)}")
        return False
    if q.context_groups and not any(_group_ok(g, span, retriever, doc_vocab) for g in q.context_groups):
        span.reasons.append("about none of the names the question's preamble gives")
        return False
    entity_terms = [t for g in bound for t in g]
    if _of_entity_conflict(q, span):
        span.reasons.append("the attribute belongs to another entity")
        return False
    if _antonym_conflict(q, span, retriever.units[span.first].section):
        span.reasons.append("speaks of the opposite (minimum vs maximum, inclusion vs exclusion, ...)")
        return False
    found = _type_matches(q, span)
    given = set(re.findall(r"(?<![\w-])\d+(?![\w-])", q.text))  # not the 2 of "MS-IL2"
    found = [f for f in found if not (re.fullmatch(r"\d+", span.text[f[0]:f[1]].strip()) and
                                      span.text[f[0]:f[1]].strip() in given)]
    if q.qtype == "amount" and _payment_kinds(q.text):
        # "How much upfront?" is not answered by "milestones equal to 200 million euros".
        # "How large are the annual payments?" is not answered by "8 million euros ..., with
        # subsequent annual payments": the asked kind is said, but of no amount.
        asked_kinds = _payment_kinds(q.text)
        said_kinds = _payment_kinds(span.text)

        def attached(f: tuple[int, int]) -> set[str]:
            before = re.split(r"[.;:]", span.text[max(0, f[0] - 60):f[0]])[-1]
            after = re.sub(r"^\s*\([^)]*\)", "", span.text[f[1]:f[1] + 60])
            return _payment_kinds(before) | _payment_kinds(" ".join(after.split()[:3]))

        kinds = {f: attached(f) for f in found}
        found = [f for f in found if not (kinds[f] and not kinds[f] & asked_kinds)
                 and not (said_kinds & asked_kinds and not kinds[f] & asked_kinds)]
    if q.qtype == "phase":
        # "the foundation for a clinical phase II" is a plan, not the trial's phase.
        found = [f for f in found if not re.search(r"(foundation for|next|future|further|planned|"
                                                   r"upcoming|launch of|towards)\W+(\w+\W+){0,2}$",
                                                   span.text[max(0, f[0] - 40):f[0]], re.I)]
    if q.qtype == "duration" and "age" in q.attribute_terms and not re.search(
            r"\bage[sd]?\b|\byears? old\b|\byear-old\b", fold(span.text + " " + retriever.units[span.first].section)):
        found = []  # "What's the age range?": "cured for less than five years" is no age
    outside = _places_outside(q, span.text)
    if outside is not None:
        # "Did it recruit outside Europe?": only places beyond Europe answer.
        if not outside:
            span.reasons.append(f"names no place outside {', '.join(q.excluded_regions)}")
            return False
        if q.qtype in ("place", "yesno", "generic"):
            found = outside
    if q.qtype not in ("generic", "yesno", "definition") and not found:
        span.reasons.append(f"holds no {q.qtype}")
        return False
    if q.qtype == "date" and found and q.attribute_terms and q.attribute_terms[-1] in missing and \
            q.raw_words.get(q.attribute_terms[-1], "").endswith("ed"):
        # "On what date was the licence agreement signed?": a date the passage gives for
        # something else ("results expected by 2018") is not when it was signed.
        span.reasons.append(f"does not say when it was {q.raw_words.get(q.attribute_terms[-1], '')}")
        return False
    event = _asked_event(q)
    if q.qtype == "date" and found and event in missing:
        # "On what date did Servier exercise its option?": the date must be of that event, not of
        # "results expected by 2018 ... will trigger the option".
        span.reasons.append(f"does not say when it {q.raw_words.get(event, event)}")
        return False
    if q.qtype == "count" and found:
        partial = _count_of_a_part(q, span, bound, retriever)
        if partial:
            # "How many patients with Crohn's disease ...?" is not answered by the 46 patients
            # with any of 11 diseases, nor "... treated in the UK" by the trial's total.
            span.reasons.append(f"the count is not for {partial} alone")
            return False
    if q.qtype in _VALUE_TYPES and found and not _near_focus(q, span, found, retriever):
        span.reasons.append(f"the {q.qtype} it states is not about what was asked")
        return False
    if not q.attribute_terms and not q.entity_terms:
        span.reasons.append("the question names nothing to look for")
        return False
    span.highlights = outside[:12] if outside else _highlight(q, span, found, retriever)
    # Score: how much of the question the span covers, how close it is, how strong the match.
    weights = {t: _idf(retriever, t) for t in q.attribute_terms + entity_terms}
    # The asked word itself counts more than a synonym of it ("funded" over "sponsored").
    covered = sum(w * (1.0 if t in ctx or t in entity_terms or _spelled_apart(t, span.text) else 0.8)
                  for t, w in weights.items() if t in span.covers or _matches(t, ctx)) / (sum(weights.values()) or 1)
    bonus = 0.0
    if q.qtype == "definition" and found:
        bonus = 1.0  # "ILT-101, a patented liquid form of IL-2LD": the text defines it
    if q.qtype == "place":
        bonus = 0.1 * min(len(found), 6)  # a list of countries answers "where" more fully
    if q.qtype == "name" and _PERSON_ASKED_RE.search(q.text) and q.who_focus not in _ORG_FOCUS:
        # "Who founded ILTOO?" asks for a person: one named next to the asked word answers best.
        person = _person_near(q, span, found)
        if person:
            bonus = 0.5 + _affiliation_bonus(q, span.text[person[1]:])
            span.highlights = [person]
    elif q.qtype == "name" and _COMPANY_ASKED_RE.search(q.text):
        # "Which company is developing ILT-101?": a company named by the asked word
        company = _company_near(q, span)
        if company:
            bonus = 0.5
            span.highlights = [company]
    elif q.qtype == "name" and _INSTITUTION_ASKED_RE.search(q.text):
        # "Which institution is he with?", "his affiliation": a hospital, university or institute
        place = _INSTITUTION_RE.search(span.text)
        if place:
            bonus = 0.6
            span.highlights = [(place.start(), place.end())]
        else:
            bonus = -1.0  # a person's name and degrees do not say where they work
    if q.qtype == "count" and q.count_noun:
        bonus = 1.0 if span.highlights and span.highlights[0] not in found else -0.5
        if q.count_noun in ("patient", "particip", "subject") and span.highlights and _PREVALENCE_RE.search(
                span.text[max(0, span.highlights[0][0] - 60):span.highlights[0][1] + 40]):
            # "a disease that affects about 45,000 patients in Europe" counts the ill, not a trial's patients
            bonus -= 1.0
    if q.qtype == "generic" and _enumerates_asked(q, span.text):
        bonus += 1.0  # "Which diseases ...?": the passage listing them, not the one counting them
    length_penalty = 0.15 if len(span.text) > 400 else 0.0
    if span.whole_section:
        # "Which French hospitals ...": a field group where the asked name is only on some lines
        # is broader than the answer; the lines themselves answer better.
        named = [g for g in qualifiers if any(expansions(t) & set(terms(span.text)) for t in g)]
        values = lines[1:]
        if values and named:
            off = sum(1 for line in values
                      if not any(expansions(t) & set(terms(line)) for g in named for t in g))
            length_penalty += 2.0 * off / len(values)
    if span.last > span.first + 1 and _LIST_QUESTION_RE.search(q.text):
        length_penalty -= 0.6  # "What are the inclusion criteria?": the whole list answers
    # A form field whose label names what is asked ("Clinical Phase: PHASE2", "Total Enrollment:
    # 100 participants") is the record's own statement of it.
    label = retriever.units[span.last].label
    inline = re.match(r"^([A-Z][\w ]{2,30}):\s", span.text)  # a structured abstract: "Results: ..."
    if label and span.last == span.first + 1 and retriever.units[span.first].text == label or inline:
        label_terms = frozenset(terms(inline.group(1) if inline else label))
        if any(_matches(t, label_terms) for t in q.attribute_terms + [q.qtype]):
            bonus += 0.5
    elif span.whole_section and not retriever.section_about(span.first) & _LOCATION_TERMS and any(
            expansions(t) & _section_names(span, retriever) for t in q.attribute_terms):
        bonus += 0.5  # "Which arms ...?": the page's "Study Groups" section ("Review each arm or cohort ...")
    if q.qtype == "regimen":
        # "How is it given?": the passage that says how (several facets, a verb of giving) first
        bonus += 0.4 * len(_regimen_facets(span.text)) + (
            0.5 if _GIVING_RE.search(span.text) and not _ELIGIBILITY_RE.search(retriever.units[span.first].section) else 0.0)
    if any(re.fullmatch(r"nct\d{8}", t) and t in retriever.head_terms(span.source) for t in q.entity_terms):
        bonus += 1.0  # "NCT02955615 phase?": the record of that trial states it, before a news mention
    if _names_field(q, span, retriever):
        bonus += 1.5  # "What other intervention name ...": the field "Other Intervention Names" itself
    if _ELIGIBILITY_RE.search(retriever.units[span.first].section + " " + span.text[:40]) and \
            not _ELIGIBILITY_ASKED_RE.search(q.text):
        # "How is IL-2 given?" is not answered by the exclusion criterion "Administration of a
        # non-authorized treatment": criteria say who may enter, not what the trial does.
        length_penalty += 0.5
    if q.qtype == "place" and retriever.section_about(span.first) & _LOCATION_TERMS:
        bonus += 0.8  # "Where is it run?": the record's locations, not a deal's territories
    # "the lupus trial": the document whose title names lupus, before one that lists it in passing.
    title = retriever.title_terms.get(span.source, frozenset())
    if q.entity_groups and not q.multi:
        named_in_title = sum(1 for g in q.entity_groups if any(expansions(t) & title for t in g))
        bonus += 0.4 * named_in_title / len(q.entity_groups)
        if q.qtype in _VALUE_TYPES and all(any(expansions(t) & ctx for t in g) for g in q.entity_groups):
            bonus += 0.3  # "ILT-101 ... stability over 36 months": the passage names what the value is of
    span.score = (1.5 * covered + 1.0 * span.dense + 20.0 * span.retrieval + bonus
                  - length_penalty - 0.25 * len(missing))
    return True


def _stem_phrase(text: str) -> str:
    return " " + " ".join(stem(w) for w in words(text)) + " "


def _names_field(q: Question, span: Span, retriever: Retriever) -> bool:
    """The question spells out, word for word, the several-word name of the form field or
    section that holds the span's values (not just the heading line)."""
    units = retriever.units[span.first:span.last + 1]
    heading = units[0].section
    in_section = all(u.section == heading for u in units) and any(u.text != heading for u in units)
    names = {heading} if heading and in_section else set()
    if span.last == span.first + 1 and units[0].text == units[1].label:
        names.add(units[1].label)
    asked = _stem_phrase(q.text)
    return any(len(words(name)) >= 2 and _stem_phrase(name) in asked for name in names)


def _section_names(span: Span, retriever: Retriever) -> frozenset[str]:
    """What a field group is about: its heading, and the page's blurb under it when the group
    holds fields (lines); a prose section's blurb ("... the scientific background, objectives")
    is too general to say what its sentences answer."""
    heading = frozenset(terms(retriever.units[span.first].section))
    fields = all(retriever.units[i].kind == "line" for i in range(span.first, span.last + 1)
                 if not is_noise_line(retriever.units[i].text))
    return heading | retriever.section_about(span.first) if fields else heading


def _idf(retriever: Retriever, term: str) -> float:
    df = retriever.bm25.postings.get(term)
    n = max(1, retriever.bm25.n)
    return float(np.log(1 + n / (1 + (len(df) if df else 0))))


# ---------------------------------------------------------------------------------------------
# Answering


def _names_doc(term: str, source: str, retriever: Retriever) -> bool:
    """The document names this term ("11-autoimmune-disease" as "11 autoimmune diseases")."""
    return _matches(term, retriever.doc_terms.get(source, frozenset())) or (
        "-" in term and retriever.near_in_doc(source, terms(term.replace("-", " "))))


def _document_scores(q: Question, retriever: Retriever) -> dict[str, float]:
    """How well each document matches the question's entity terms (the documents in play)."""
    scores = {}
    for source in retriever.doc_terms:
        if q.multi and len(q.entity_groups) > 1:
            scores[source] = 1.0 if any(all(_names_doc(t, source, retriever) for t in g)
                                        for g in q.entity_groups) else 0.0
        elif q.entity_terms:
            hits = sum(1 for t in q.entity_terms if _names_doc(t, source, retriever))
            scores[source] = hits / len(q.entity_terms)
        else:
            scores[source] = 1.0
    return scores


_SPLIT_RE = re.compile(
    # "... published? journal, year, PMID please": a list of fields after the question
    r"\?\s+(?=[\w-]+(?:\s[\w-]+)?(?:,\s*(?:and\s+)?[\w-]+(?:\s[\w-]+)?)+(?:,?\s*please)?\s*[.?]?\s*$)|"
    r"(?:\?\s+|,?\s+and\s+(?:also\s+|\w+ly\s+)?|;\s*|,\s+(?=(?:what|when|who|which|how|where)\b))"
    r"(?=(?:what|when|who|which|how|where|"
    r"(?:in|on|at|from|for|to|with|by|of|under|through) (?:what|which|whom)|"
    r"is|was|were|are|did|does|do|has|have|if so|give|list|tell|name|show|provide|state)\b)", re.I)


# "... and when does the registry say it completed?": a part that names where to look
_DOCUMENT_KIND_RE = re.compile(r"\b(registry|registration|record|article|press release|paper|abstract|"
                               r"publication|announcement)\b", re.I)
_PRONOUN_RE = re.compile(r"\b(its|it|their|they|them|his|her|(this|that|these|those|the same) (trial|study|drug|"
                         r"deal|company|paper|agreement|programme|program|product|record|entry))\b", re.I)
_ASKING_RE = re.compile(r"^\W*(what|which|who|whom|whose|when|where|why|how|is|was|were|are|did|does|do|has|have|"
                        r"had|can|could|will|would|should|give|list|tell|name|show|describe|compare|summari[sz]e|"
                        r"explain|provide|state|include|and|or|so|also|please)\b", re.I)


# Sentences, or a statement and a question joined by a dash ("Results are pending - has it
# been published?").
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.?!])\s+(?=[A-Z\W])|,\s+but\s+(?=(?:did|does|do|is|was|were|has|have|are|"
                                r"can|could|will|would)\b)|\s+[-–—]+\s+(?=(?i:" + _ASKING_RE.pattern[5:] + ")")
_VERB_RE = re.compile(r"\b(is|are|was|were|has|have|had|do|does|did|will|would|can|could|said|says|say|"
                      r"looks?|seems?|appears?|sounds?|"
                      r"got|gets|\w{3,}ed)\b", re.I)
_HIDDEN_VALUE_RE = re.compile(r"\b(a certain|certain|some|a given|a particular|an? \w+ (amount|number|date|year))\b", re.I)


_INTERJECTION_RE = re.compile(r"(?:ok(?:ay)?|thanks?(?: you)?|great|cool|right|alright|got it|i see|hmm+|nice|"
                              r"perfect|understood|sure|fine)[\s.!,]*", re.I)


def split_context(question: str) -> tuple[str, str]:
    """A statement before the question sets its scene ("The deal said results were due by
    2018. When did that trial complete?"): (the asking sentences, the statements)."""
    sentences: list[str] = []
    for piece in _SENTENCE_SPLIT_RE.split(question.strip()):
        if sentences and not sentences[-1].rstrip().endswith((".", "?", "!")) and (
                len(sentences[-1].split()) < 5 or not _VERB_RE.search(sentences[-1])):
            # "lupus licensing deal - which markets ...?", "ALS trial vs lupus trial - which was
            # bigger?": a topic, not a statement
            sentences[-1] += " - " + piece
        elif piece.strip():
            sentences.append(piece)
    # "OK.", "Thanks!": a reply, not a statement
    sentences = [s for s in sentences if not _INTERJECTION_RE.fullmatch(s.strip())] or sentences
    asking = [s for s in sentences if s.rstrip().endswith("?") or _ASKING_RE.match(s)]
    if not asking or len(asking) == len(sentences):
        return " ".join(sentences) if len(sentences) > 1 or sentences[0] != question.strip() else question, ""
    return " ".join(asking), " ".join(s for s in sentences if s not in asking)


def _borrow_subject(q: Question, lead: Question) -> list[list[str]]:
    """"... and when was it completed?", "What's its target?", "and what's its NCT number?":
    the part takes the first part's subject, with its own names if any (q is changed in place;
    returns the part's own name groups). The subject is what the first part is about, not what
    it asked for ("What is the EudraCT number of the lupus trial, and its protocol number?":
    the lupus trial)."""
    about = [g for g in lead.entity_groups if not all(t in lead.focus_terms for t in g)]
    subject_groups = about if about else lead.entity_groups
    subject = [t for g in subject_groups for t in g] + [
        t for t in lead.attribute_terms  # ("belimumab", not "minimum")
        if _is_specific(t, lead.raw_words.get(t, "")) and t not in _STAT_TERMS]
    own = [g for g in q.entity_groups if not any(t in subject for t in g)]
    q.entity_terms = list(dict.fromkeys(subject + [t for g in own for t in g]))
    q.entity_groups = subject_groups + [[t] for t in subject if not any(t in g for g in subject_groups)] + own
    return own


def _set_scene(q: Question, part: str, scene: Question, retriever: Retriever) -> None:
    """What a statement before the question adds to it (q is changed in place)."""
    # A technical word of the statement ("belimumab") is what the question turns on; its
    # everyday words only set the scene.
    q.attribute_terms = list(dict.fromkeys(q.attribute_terms + [
        t for t in scene.attribute_terms if t.isalpha() and _is_specific(t, scene.raw_words.get(t, ""))
        and _matches(t, retriever.corpus_terms)]))  # ("hinged": a word the documents never use only sets the scene)
    added = [g for g in scene.entity_groups if g not in q.entity_groups]
    if not added:
        return
    # "when did that trial end?", "when does the registry say the study completed?"
    refers_back = not q.entity_terms and (_PRONOUN_RE.search(part) or _DOCUMENT_KIND_RE.search(part) or
                                          re.search(r"\bthe (?:trial|study)\b", part, re.I))
    if not refers_back and any(all(any(_names_doc(t, source, retriever) for t in g) for g in q.entity_groups + added)
                               for source in retriever.doc_terms):
        # "A patient had belimumab three weeks ago. Can she enter the lupus trial?": the
        # statement's names are the question's too.
        q.entity_groups = q.entity_groups + added
        q.entity_terms = list(dict.fromkeys(q.entity_terms + [t for g in added for t in g]))
    else:
        # "The Servier deal said the SLE trial would read out by 2018 - when did that trial
        # complete?": no one document names them all; the answer is about one of them.
        q.context_groups = added


# A subject and the fields asked of it: (prefix kept for every field, the list of fields).
_FIELD_LIST_RES = (
    re.compile(r"^(.*?(?::|\s[-–—])\s+)(.+?)\??$"),  # "NCT02955615: phase, status and enrollment?"
    re.compile(r"^((?:give|list|provide|state|tell)(?: me)?(?: the)?\s+)(.+?)[.?]?$", re.I),  # "Give journal, year"
    re.compile(r"^()([a-z][\w-]*(?:\s[\w-]+)?(?:,\s*(?:and\s+)?[\w-]+(?:\s[\w-]+)?)+)[.?]?$", re.I),  # "journal, year"
)


def split_compound(question: str) -> list[str]:
    """"When did it start and when was it completed?" → two questions."""
    parts = [p.strip(" ,;") for p in _SPLIT_RE.split(question) if p and p.strip(" ,;?")]
    if len(parts) > 1 and not _WH_RE.search(parts[0]) and not _YESNO_RE.search(parts[0]) and \
            question[len(parts[0]):question.find(parts[1], len(parts[0]))].strip() == ",":
        # "For the lupus trial NCT02955615, what is the minimum age, ...": a subject, not a question
        parts = [f"{parts[0]}, {parts[1]}"] + parts[2:]
    if len(parts) == 2 and re.match(r"^\W*(?:and\s+)?who\b", parts[0], re.I) and \
            re.match(r"^(?:at|from|with|in) (?:which|what) (?:institution|hospital|organi[sz]ation|university|"
                     r"company|centre|center)\b[^,;]{0,60}$", parts[1], re.I):
        # "Who's the PI, and at which institution?": where that person is, asked of the same person
        return [question]
    out = []
    for part in parts:
        part = re.sub(r",?\s+please\s*([.?]?)\s*$", r"\1", part, flags=re.I)
        # "the start and completion dates": two dates
        part = re.sub(r"\b(\w+) and (\w+) (date|endpoint)s\b", r"\1 \3 and \2 \3", part)
        fields = _split_field_list(part)
        if len(fields) > 1:
            out.extend(fields)
            continue
        # "NCT02955615: phase, status and enrollment?": one question per listed field.
        match = next((m for m in (pattern.match(part) for pattern in _FIELD_LIST_RES) if m), None)
        if not match and not _WH_RE.search(part) and not _YESNO_RE.search(part) and not _ASKING_RE.search(part):
            # "NCT02955615 phase and enrollment?": a named subject, then the fields asked of it
            match = re.match(r"^((?:[\w’'().-]*[A-Z0-9][\w’'().-]*\s+)+(?:(?:[a-z][\w-]*\s+){0,2}(?:trial|study|record|deal|paper)(?:['’]s)?\s+)?)"
                             r"([a-z].+?)\??$", part)
        items = re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group(2)) if match else []
        if len(items) > 1 and all(0 < len(item.split()) <= 3 and not _WH_RE.search(item) for item in items):
            out.extend(match.group(1) + item for item in items)
        else:
            out.append(part)
    return out or [question]


# Record fields a list asks for: "recruitment status, phase, total enrollment and start date"
_FIELD_WORDS = frozenset(stem(w) for w in (
    "phase status enrollment enrolment sponsor pmid doi journal year title acronym nct id identifier "
    "design masking allocation endpoint endpoints outcome sites countries investigator upfront milestones "
    "royalties territories dose duration start completion date dates size arms eudract").split())
_FIELD_WORD = r"(?!(?:of|for|in|from|on|according|exactly|as)\b)[\w-]+"  # a tail starts at these
_FIELD_LIST_SHAPE_RE = re.compile(
    r"^(?P<head>(?:.*?\b(?:what(?:'s|’s| is| are| were| was)|give(?: me)?|list|provide|state|tell me|show(?: me)?)"
    r"(?:\s+(?:its|their|the|his|her))?\s+)?)"
    rf"(?P<fields>{_FIELD_WORD}(?:\s{_FIELD_WORD}){{0,2}}"
    rf"(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{_FIELD_WORD}(?:\s{_FIELD_WORD}){{0,2}})+)"
    r"(?P<tail>\s+(?:of|for|in|from|on|according to|exactly|as)\b.*|\s*\(.*|\s*[?.]?)$", re.I)


def _split_field_list(part: str) -> list[str]:
    """"Give me recruitment status, phase and the start and completion dates for NCT02955615" →
    one question per field, each with the request's head and tail (the subject)."""
    match = _FIELD_LIST_SHAPE_RE.match(part)
    if not match:
        return [part]
    items = [re.sub(r"^the\s+", "", item) for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group("fields"))]
    if len(items) < 2 or not all(item and set(content_terms(item)) & _FIELD_WORDS for item in items):
        return [part]
    tail = match.group("tail").rstrip(" ?.")
    return [f"{match.group('head')}{item}{tail}?" for item in items]


def answer_extractive(question: str, retriever: Retriever, embedding, max_citations: int = 4,
                      candidates: int = 40) -> Answer:
    # "Who is the first author?" (the words go: the list answers, its first name is highlighted)
    ranked = _RANKED_AUTHOR_RE.search(question)
    question = normalize_question(question)  # "R&D", "stage of development", "kick-off"
    hits = retriever.search(question, embedding, candidates)
    analyses: dict[str, Question] = {}

    def analysed_once(text: str) -> Question:  # a fresh copy: parts are changed in place below
        if text not in analyses:
            analyses[text] = analyse(text, retriever)
        return dataclasses.replace(analyses[text])

    if _DRAFTING_RE.search(question):
        # "Can you draft me a term sheet template?": new material is not in the documents
        return Answer(text=ABSTAIN_TEXT + " Drafting new material is not something the documents can answer; "
                      "ask what they say instead.", abstained=True)
    asked, context = split_context(question)
    if context and not analysed_once(asked).attribute_terms:
        # "ILTOO's CEO is quoted in the deal piece. Name?", "A patient had Benlysta three weeks
        # ago - can she enter the lupus study?": the statement holds what is asked.
        asked, context = question, ""
    hidden = ""
    if context and _HIDDEN_VALUE_RE.search(context):
        # "The deal said results were expected by a certain year. When did the trial end?": asks
        # twice, the statement's hidden value ("by which year?") first.
        hidden = re.sub(r"\b(?:a certain|certain|some|a given|a particular)\s+(year|date|month|amount|number)\b",
                        lambda m: {"amount": "how much", "number": "how many"}.get(m.group(1), "which " + m.group(1)),
                        context)
        hidden = hidden if hidden != context else ""
        context = "" if hidden else context
        asked = asked if hidden else question
    scene = analysed_once(context) if context else None
    parts = ([hidden] if hidden else []) + split_compound(asked)
    first = analysed_once(parts[0])
    chosen: list[Span] = []
    all_spans: list[Span] = []
    whole = first if len(parts) == 1 and not context else analysed_once(question)
    if _OVERVIEW_RE.search(question) and len(parts) == 1:
        overview = _overview(first, retriever, embedding)
        if overview:
            return compose(overview, retriever)
    bridged = _role_bridge(question, retriever)
    if bridged:
        return compose(bridged, retriever)
    analysed = [first] + [analysed_once(part) for part in parts[1:]]
    # The subject of the parts: the first part's, or the first named one ("who's sponsoring it,
    # and which hospitals run it (MS-IL2)?").
    lead = first if first.entity_terms else next((a for a in analysed if a.entity_terms), first)
    for index, part in enumerate(parts):
        q = analysed[index]
        borrowed = q is not lead and (index and not q.entity_terms or _PRONOUN_RE.search(part))
        if borrowed:
            own = _borrow_subject(q, lead)
            if not q.attribute_terms and not own and not q.count_noun:
                if not chosen:
                    continue  # "Did Servier exercise its option, and when?": no "if", no "when"
                q.attribute_terms = list(lead.attribute_terms)  # "... and when?": when that happened
                if q.qtype == "place" and "publish" in q.attribute_terms:
                    q.qtype = "journal"  # "Has it been published, and where?": in which journal
        if scene:
            _set_scene(q, part, scene, retriever)
        q.multi = q.multi or whole.multi
        searched = part if not borrowed else " ".join(
            [part] + [lead.raw_words.get(g[0], g[0]) for g in lead.entity_groups])  # "journal" of what
        part_hits = hits if len(parts) == 1 else _merge(hits, retriever.search(searched, None, candidates))
        if q.multi and len(q.entity_groups) > 1:
            # "Compare the sample sizes of MIROCALS, the lupus study and MS-IL2": one search per
            # name, so each document's own passage is a candidate.
            asked_words = " ".join(sorted(set().union(*(expansions(t) for t in q.attribute_terms)))) \
                if q.attribute_terms else ""
            for group in q.entity_groups:
                name = q.raw_words.get(group[0], group[0])
                part_hits = _merge(part_hits, retriever.search(f"{name} {asked_words}", None, candidates // 2))
        spans = _answer_part(q, retriever, part_hits, max_citations, embedding)
        all_spans.extend(spans[1])
        picked = spans[0]
        if borrowed and chosen and not whole.multi and not _DOCUMENT_KIND_RE.search(part):
            # "If so, in which countries?" goes on about the document the first part was answered from.
            picked = [s for s in picked if s.source in {c.source for c in chosen}]
        for span in picked:
            if not any(span.source == c.source and span.start < c.end and c.start < span.end for c in chosen):
                chosen.append(span)
    if not chosen:
        related = sorted(all_spans, key=lambda s: -(s.retrieval + 0.01 * s.dense))
        seen, shown = set(), []
        for span in related:
            if span.retrieval > 0 and (span.source, span.start) not in seen and len(shown) < 3:
                seen.add((span.source, span.start))
                shown.append(_passage(retriever, span))
        return Answer(text=ABSTAIN_TEXT + _why_not(first, all_spans), abstained=True, related=shown)
    if len(parts) == 1:
        # The best passage first; the others grouped by document, in reading order.
        best = chosen[0]
        chosen = [best] + sorted(chosen[1:], key=lambda s: (s.source != best.source, s.source, s.start))
    chosen = chosen[: max(max_citations, len(parts))]
    if scene and scene.entity_groups:
        # "The deal said results were expected by 2018. When did that trial complete?": the
        # statement is checked too, and quoted first when another document says it.
        stated = dataclasses.replace(scene, attribute_terms=[t for t in scene.attribute_terms
                                                             if _matches(t, retriever.corpus_terms)])
        premise = _answer_part(stated, retriever, _merge(hits, retriever.search(context, None, candidates)), 1)[0]
        if premise and premise[0].source not in {c.source for c in chosen} and premise[0].score >= 2.0:
            chosen = premise[:1] + chosen
    if ranked:
        for span in chosen:
            position = _ranked_author(ranked, span.text)
            if position:
                span.highlights = [position]
    return compose(_with_antecedents(chosen, retriever), retriever)


_ROLE_RE = re.compile(r"(?:\b(?P<org>[A-Z][\w’'-]+(?:\s+Pharma)?)(?:['’]s)?\s+)?\b(?P<role>CEO|chief executive(?: officer)?|"
                      r"chairman|chair|founder|co-founder|president)\b(?:\s+of\s+(?P<org2>[A-Z][\w’'-]+(?:\s+Pharma)?))?")
_BRIDGE_ASKED_RE = re.compile(r"\b(authors?|co-?authors?|authored|wrote|investigators?|listed|named)\b", re.I)


def _role_bridge(question: str, retriever: Retriever) -> list[Span]:
    """"Is the ILTOO CEO from the Servier deal also an author of the 2018 paper?": who holds the
    role (one passage), then where that name appears in another document (a second passage)."""
    match = _ROLE_RE.search(question)
    if not match or not _BRIDGE_ASKED_RE.search(question) or not re.search(
            r"(^|[.?!—–-]\s*)(is|was|are|were|did|does|has)\b", question, re.I):
        return []
    org = match.group("org") or match.group("org2")
    if not org or org.lower() in ("the", "is", "was", "did", "does"):
        return []
    asked = f"Who is the {match.group('role')} of {org}?"
    spans = _answer_part(analyse(asked, retriever), retriever, retriever.search(asked, None, 40), 2)[0]
    if not spans or not spans[0].highlights:
        return []
    a, b = spans[0].highlights[0]
    name = spans[0].text[a:b]
    if len(name.split()) < 2:
        return []
    wanted = " ".join(words(name))
    found = [index for index, unit in enumerate(retriever.units)
             if unit.source != spans[0].source and wanted in " ".join(words(unit.text))]
    if not found:
        return []
    # the document the rest of the question is about ("the 2018 paper on 11 autoimmune diseases")
    rest = analyse(_ROLE_RE.sub(" ", question), retriever)
    scores = _document_scores(rest, retriever)
    index = max(found, key=lambda i: scores.get(retriever.units[i].source, 0.0))
    span = _span(retriever, index, index)
    last = re.escape(name.split()[-1])
    where = re.search(last, span.text)
    if where:
        start = span.text.rfind(" ", 0, max(0, where.start() - 1)) + 1 if where.start() > 1 else 0
        span.highlights = [(start, where.end())]
    return [spans[0], span]


def _with_antecedents(chosen: list[Span], retriever: Retriever) -> list[Span]:
    """"For these patients representing 80% ...": the sentence before, which says which
    patients, is quoted first so the answer reads on its own."""
    out: list[Span] = []
    for span in chosen:
        previous = retriever.neighbour(span.first, -1) if span.carried_terms else None
        if previous is not None and not any(c.source == span.source and c.first <= previous <= c.last
                                            for c in chosen + out):
            out.append(_span(retriever, previous, previous))
        out.append(span)
    return out


_OVERVIEW_RE = re.compile(r"^\s*(?:please\s+)?(?:tell me (?:more )?about|give me an overview of|overview of|"
                          r"summari[sz]e|describe|what is (?:the )?[\w -]{2,60} about\??\s*$)", re.I)


def _overview(q: Question, retriever: Retriever, embedding) -> list[Span]:
    """"Tell me about the ILT-101 lupus trial": the document about it, in its own summary words.

    The document is the one whose title (then opening, then body) names the question's subject
    most; the quotes are its two prose sentences closest to the question, in reading order."""
    if not q.entity_groups or q.attribute_terms or q.qtype not in ("generic", "definition"):
        return []  # "Describe the dosing regimen in MS-IL2" asks for something in particular

    def aboutness(source: str) -> tuple[int, int, int]:
        title, head = retriever.title_terms.get(source, frozenset()), retriever.head_terms(source)
        counts = retriever.term_counts(source)
        in_title = sum(1 for g in q.entity_groups if any(expansions(t) & title for t in g))
        in_head = sum(1 for g in q.entity_groups if any(expansions(t) & head for t in g))
        mentions = sum(counts.get(t, 0) for g in q.entity_groups for t in g)
        return in_title, in_head, mentions

    named = [source for source in retriever.documents  # each name whole ("MS-IL2", not "IL2")
             if all(_names_doc(g[0], source, retriever) for g in q.entity_groups)]
    if not named:
        return []
    source = max(named, key=aboutness)
    doc = retriever.documents[source]
    prose = [i for i, u in enumerate(retriever.units) if u.source == source and u.kind == "sentence"
             and len(u.text.split()) >= 8 and not looks_like_instruction(u.text)
             and not in_noise(doc.noise, u.start, u.end)]
    if not prose:
        return []
    names = set().union(*(expansions(g[0]) for g in q.entity_groups))
    in_title, in_head, _ = aboutness(source)
    if not in_title and not in_head:
        # "What is the IVORY study about?": a document that only mentions it in passing; its
        # sentences that name it are all there is.
        prose = [i for i in prose if names & retriever.units[i].terms]
        if not prose:
            return []
    similarity = retriever.dense(embedding, prose)
    # Closest to the question, and saying the subject's name ("... efficacy and safety of ILT-101").
    best = sorted(zip(prose, similarity),
                  key=lambda p: -(float(p[1]) + (0.2 if names & retriever.units[p[0]].terms else 0.0)))[:2]
    spans = [_span(retriever, i, i) for i, _ in sorted(best)]
    return spans


def _merge(a: dict, b: dict) -> dict:
    merged = {k: dict(v) for k, v in a.items()}
    for k, v in b.items():
        if k in merged:
            merged[k]["rrf"] += v["rrf"]
        else:
            merged[k] = dict(v)
    return merged


_STAT_TERMS = frozenset(stem(w) for w in (
    "median mean average ratio hazard odds interval confidence significance p-value rate price "
    "cost valuation incidence prevalence variance deviation correlation maximum minimum max min "
    "highest lowest youngest oldest fold").split())


_DRUG_NAME_RE = re.compile(r"(mab|nib|kin|cept|stat|vir|zole|pril|sartan|olol|parin|tide|mide|"
                           r"pine|lukast|profen|cycline|mycin|cillin|azepam|oxacin)$")


def _is_specific(term: str, raw: str = "") -> bool:
    """A technical word (an identifier, a statistic, a drug's name) rather than a paraphrase.

    Everyday English words are whole tokens of the embedding model's vocabulary; a word it has
    to split into pieces ("edaravone", "tocilizumab") is a technical term."""
    if any(ch.isdigit() for ch in term) or term in _STAT_TERMS:
        return True
    vocabulary = common_words()
    if raw and raw.lower() in vocabulary:
        return False  # "estate" is English, whatever its ending
    return _DRUG_NAME_RE.search(term) is not None or bool(vocabulary) and term not in vocabulary


_common_words: frozenset[str] | None = None


def common_words() -> frozenset[str]:
    """Whole-word entries of the packaged MiniLM tokenizer's vocabulary (about 20,000)."""
    global _common_words
    if _common_words is None:
        import json

        from .config import load_settings

        try:
            with open(os.path.join(load_settings().embed_model_path, "tokenizer.json")) as handle:
                vocab = json.load(handle)["model"]["vocab"]
            _common_words = frozenset(w for w in vocab if w.isalpha() and not w.startswith("##"))
        except (OSError, KeyError, ValueError):
            _common_words = frozenset()
    return _common_words


def _corpus_form(term: str, retriever: Retriever) -> str:
    if not term.isalpha() or len(term) < 6 or _matches(term, retriever.corpus_terms):
        return term
    forms = retriever.terms_with_prefix(term)
    best = None
    for form in forms:
        common = len(os.path.commonprefix([form, term]))
        if common >= 6 and common >= 0.75 * min(len(form), len(term)) and (best is None or common > best[0]):
            best = (common, form)
    return best[1] if best else term


def _hard_misses(q: Question, retriever: Retriever) -> list[str]:
    """Attribute words found nowhere in the corpus: the question asks for something it lacks."""
    # A number in the question ("three weeks ago") is a value to compare, not a topic.
    return [t for t in q.attribute_terms if not _matches(t, retriever.corpus_terms)
            and q.raw_words.get(t, t).lower() not in NUMBER_WORDS]


def _answer_part(q: Question, retriever: Retriever, hits, max_citations: int,
                 embedding=None) -> tuple[list[Span], list[Span]]:
    doc_scores = _document_scores(q, retriever)
    named = [s for s, v in doc_scores.items() if v == 1.0 and q.entity_terms]
    extra = [i for i, u in enumerate(retriever.units) if u.source in named] if len(named) <= 4 else []
    spans = candidate_spans(retriever, hits, extra[:2000], embedding)
    hard = _hard_misses(q, retriever)
    specific = [t for t in hard if _is_specific(t, q.raw_words.get(t, ""))]
    if q.who_focus in hard:
        specific.append(q.who_focus)  # "Who audited ...?": nothing here is said to be audited
    if q.head in hard:
        specific.append(q.head)  # the very thing asked for ("revenues", "collaborator") is never named
    if q.qtype == "date":
        # A date belongs to an event ("announced", "signed"): an event the documents never name
        # cannot be matched to any date they state.
        specific = hard
    unknown_names = [g[0] for g in q.entity_groups
                     if not any(_names_doc(t, source, retriever) for t in g for source in retriever.doc_terms)]
    if q.qtype == "yesno" and unknown_names:
        # "Has ILT-101 got Breakthrough Therapy or Fast Track designation?": a name the documents
        # never use; what they say about other names does not answer yes or no.
        specific.extend(unknown_names)
    if specific or hard and 2 * len(hard) > len(q.attribute_terms):
        # ...or most of what is asked is never spoken of: the question is about something else.
        # A statistic, a drug or an identifier the documents never name: they cannot answer.
        for span in spans:
            span.reasons.append(f"nothing in the documents mentions {', '.join(specific or hard)}")
        return [], spans
    if hard:
        # Everyday words the documents never use ("cash", "pact") are paraphrase: what the
        # question asks is carried by its other words, which must still be matched.
        q = dataclasses.replace(q, attribute_terms=[t for t in q.attribute_terms if t not in hard])
    accepted = [s for s in spans if judge(q, s, retriever)]
    accepted.sort(key=lambda s: (-s.score, s.first - s.last))  # on a tie, the value with its label
    chosen = _choose(q, accepted, max_citations, retriever)
    if chosen and (_CITATION_ASKED_RE.search(q.text) or q.qtype in ("journal", "yesno") and "publish" in q.attribute_terms):
        # the whole reference entry, and its identifiers, from the document answering
        parts = [s for s in accepted if s.source == chosen[0].source and _REFERENCE_PARTS_RE.search(s.text)]
        whole: list[Span] = []
        for span in parts[:6]:
            paragraph = _whole_paragraph(span, retriever)
            if not any(p.start < paragraph.end and paragraph.start < p.end for p in whole):
                whole.append(paragraph)
        chosen = sorted(whole[:3], key=lambda s: s.start) or chosen
    return chosen, spans


_REFERENCE_PARTS_RE = re.compile(r"\bdoi\b|\bPMID\b|\b(?:19|20)\d\d\s?(?:[A-Z][a-z]{2})?;\s?\d+\(", re.I)
_CITATION_ASKED_RE = re.compile(r"\b(citation|bibliographic|full reference|reference details|"
                                r"publication details)\b|\bpublished\b.*\bwhere\b|\bwhere\b.*\bpublished\b", re.I)


def _whole_paragraph(span: Span, retriever: Retriever) -> Span:
    """"Give me the full citation": the whole reference entry (authors, title, journal, DOI), not
    the one sentence of it that matched best. A paragraph ends at a blank line."""
    text = retriever.documents[span.source].text
    first, last = span.first, span.last
    while (previous := retriever.neighbour(first, -1)) is not None and \
            "\n\n" not in text[retriever.units[previous].end:retriever.units[first].start]:
        first = previous
    while (following := retriever.neighbour(last, 1)) is not None and \
            "\n\n" not in text[retriever.units[last].end:retriever.units[following].start]:
        last = following
    if (first, last) == (span.first, span.last) or last - first > 12:
        return span
    whole = _span(retriever, first, last)
    return dataclasses.replace(whole, score=span.score, covers=span.covers, retrieval=span.retrieval,
                               dense=span.dense)


def _named_alone(q: Question, source: str, retriever: Retriever) -> bool:
    """One of the question's names is this document's subject and not every document's
    ("the MIROCALS press release" among "the Servier deal article and ...")."""
    about = retriever.about_terms(source)
    return any(any(expansions(t) & about for t in g) and
               not all(any(expansions(t) & retriever.about_terms(other) for t in g) for other in retriever.doc_terms)
               for g in q.entity_groups)


def _covered_enough(q: Question, covered: set[str], doc_vocab: frozenset[str] = frozenset(),
                    doc_words: frozenset[str] = frozenset()) -> bool:
    """Enough of what is asked is in the chosen spans: most attribute words, or some of them
    with the rest among the document's topic words (title and opening: the question describes
    its context, "the licence agreement")."""
    if not q.attribute_terms:
        return True
    if len(covered) / len(q.attribute_terms) >= 0.6 or len(covered) >= 3:
        return True
    rest = [t for t in q.attribute_terms if t not in covered]
    if bool(covered) and all(_matches(t, doc_vocab) for t in rest):
        return True
    # A long question: what it asks (the words after "what/which/how ...") must be in the
    # quote; the words that only describe the subject ("the ALS study testing IL-2LD on top of
    # riluzole") need only be in the same document.
    if not q.focus_terms or not doc_words:
        return False
    focus = [t for t in q.focus_terms if t in q.attribute_terms]
    described = [t for t in q.attribute_terms if t not in focus]
    if not focus or not described:
        return False
    focus_hit = sum(1 for t in focus if t in covered) / len(focus)
    described_hit = sum(1 for t in described if t in covered or _matches(t, doc_words)) / len(described)
    return focus_hit >= 0.5 and described_hit >= 0.6


def _choose(q: Question, accepted: list[Span], max_citations: int, retriever: Retriever) -> list[Span]:
    """The best span, plus spans that cover what it leaves out; per document when comparing."""
    if not accepted:
        return []

    def overlaps(span: Span, chosen: list[Span]) -> bool:
        return any(span.source == c.source and span.start < c.end and c.start < span.end for c in chosen)

    def cover_from(pool: list[Span], limit: int) -> list[Span]:
        title = retriever.about_terms(pool[0].source)  # title and opening: what the document is about
        chosen = [pool[0]]
        covered = set(pool[0].covers)
        facets = _regimen_facets(pool[0].text) if q.qtype == "regimen" else set()
        for span in pool[1:]:
            if len(chosen) >= limit or _covered_enough(q, covered) and len(q.attribute_terms) <= 1 and not facets:
                break
            adds = span.covers - covered
            if overlaps(span, chosen):
                continue
            if facets and span.source == chosen[0].source and span.score >= pool[0].score - 1.5 and \
                    _regimen_facets(span.text) - facets:
                # "How is it given?": the dose in one line, how often and how long in another
                chosen.append(span)
                facets |= _regimen_facets(span.text)
                continue
            if adds and span.source == chosen[0].source:
                chosen.append(span)
                covered |= adds
        source = pool[0].source
        spelled = {t for t in q.attribute_terms if "-" in t and  # "low-dose" as "Low dose IL-2"
                   retriever.near_in_doc(source, terms(t.replace("-", " ")), window=1)}
        split_ask = q.multi and len(q.entity_groups) > 1 and (covered or q.qtype == "count" and q.count_noun)
        if not split_ask and not _covered_enough(q, covered, title, retriever.doc_terms.get(source, frozenset()) | spelled):
            # ("how many MIROCALS randomised, and the lupus trial's enrollment": each name has its own word)
            return []
        return chosen

    if q.multi:
        best_per_doc: dict[str, list[Span]] = {}
        for span in accepted:
            best_per_doc.setdefault(span.source, []).append(span)
        top = accepted[0].score
        chosen = []
        # "Was the 11-disease IL-2 study blinded the way MS-IL2 is?": "IL-2" is in every document;
        # the names that pick documents are the others, and only their documents are compared.
        distinctive = [g for g in q.entity_groups if g[0] in q.raw_words  # (not a borrowed subject)
                       and not all(all(_names_doc(t, other, retriever) for t in g) for other in retriever.doc_terms)]
        for source, pool in sorted(best_per_doc.items(), key=lambda kv: -kv[1][0].score):
            if len(chosen) >= max_citations:
                continue
            if len(distinctive) > 1 and not any(all(_names_doc(t, source, retriever) for t in g) for g in distinctive):
                continue
            if pool[0].score < top - 1.2 and not _named_alone(q, source, retriever):
                continue  # a weak passage counts only from a document the question names
            chosen.extend(cover_from(pool, 2)[: max_citations - len(chosen)])
        return sorted(chosen, key=lambda s: (s.source, s.start))
    for start in range(min(3, len(accepted))):
        chosen = cover_from(accepted[start:], min(max_citations, 3))
        if chosen:
            break
    if not chosen:
        return []
    # "Which French hospitals ...?": a plural asks for every item, one quote each.
    # A name the best passage itself says and the document's title does not ("French" for a site
    # list) qualifies the question: more passages are added only if they say it too.
    # (Title only: a name in the document's opening still qualifies the list.)
    title = retriever.title_terms.get(chosen[0].source, frozenset())
    qualifiers = [t for t in q.entity_terms if expansions(t) & chosen[0].context_terms and not expansions(t) & title]

    def qualified(span: Span) -> bool:
        return all(expansions(t) & span.context_terms for t in qualifiers)

    if q.plural and q.qtype in ("generic", "place", "name") and len(chosen) == 1:
        for span in accepted[1:]:
            if len(chosen) >= max_citations or span.score < chosen[0].score - 1.0:
                break
            if span.source == chosen[0].source and not overlaps(span, chosen) and qualified(span):
                chosen.append(span)
    # A close second from the same document adds detail (a second sentence of the answer).
    if len(chosen) == 1 and q.qtype in ("generic", "yesno", "design", "endpoint", "place", "name"):
        for span in accepted[1:]:
            if not overlaps(span, chosen) and span.score >= chosen[0].score - 0.35 and \
                    span.source == chosen[0].source and qualified(span):
                chosen.append(span)
                break
    return chosen


_GIVING_RE = re.compile(r"\b(administ\w+|dos(e|es|ed|ing)|inject\w*|infus\w*|received|given|treated with)\b", re.I)


def _regimen_facets(text: str) -> set[str]:
    return {name for name, pattern in _REGIMEN_FACETS.items() if pattern.search(text)}


def _why_not(q: Question, spans: list[Span]) -> str:
    reasons = [r for s in sorted(spans, key=lambda s: -s.retrieval)[:5] for r in s.reasons[:1]]
    if q.qtype not in ("generic", "yesno") and any(r.startswith("holds no") for r in reasons):
        return f" The closest passages do not state the {q.qtype.replace('_', ' ')} asked for."
    return ""


def _passage(retriever: Retriever, span: Span) -> Passage:
    doc = retriever.documents[span.source]
    return Passage(source=span.source, title=doc.title, text=span.text, start=span.start,
                   end=span.end, section=retriever.units[span.first].section, score=span.retrieval,
                   kind=retriever.units[span.first].kind, page=doc.page_of(span.start))


def _pieces(span: Span, retriever: Retriever) -> list[tuple[int, int]]:
    """The span cut into the sentences it holds (offsets within span.text): each gets a marker."""
    if span.first == span.last:
        return [(0, len(span.text))]
    units = retriever.units[span.first:span.last + 1]
    if "\n" in span.text.strip():
        if all(u.kind == "line" for u in units):
            return [(0, len(span.text))]  # a field group reads as one line: "Sponsors: a; b; c"
        # Lines and sentences: a heading goes with the sentence after it, each sentence its marker.
        pieces, start = [], None
        for unit in units:
            start = unit.start - span.start if start is None else start
            if unit.kind == "sentence":
                pieces.append((start, unit.end - span.start))
                start = None
        if start is not None:
            pieces.append((start, units[-1].end - span.start))
        return pieces
    doc = retriever.documents[span.source]
    return [(a - span.start, b - span.start) for a, b in split_sentences(doc.text, span.start, span.end)]


def compose(spans: list[Span], retriever: Retriever) -> Answer:
    citations: list[Citation] = []
    lines = []
    said: set[str] = set()
    for span in spans:
        if span.text in said:
            continue  # a registry repeats itself (arms and interventions): quote it once
        said.add(span.text)
        doc = retriever.documents[span.source]
        n = len(citations) + 1
        citations.append(Citation(
            n=n, source=span.source, title=doc.title, quote=span.text, start=span.start,
            end=span.end, section=retriever.units[span.first].section,
            page=doc.page_of(span.start),
            highlights=tuple((span.start + a, span.start + b) for a, b in span.highlights),
        ))
        sentences = []
        for a, b in _pieces(span, retriever):
            local = [(max(h0, a) - a, min(h1, b) - a) for h0, h1 in span.highlights if h0 < b and h1 > a]
            body = _render(span.text[a:b], local)
            if not body.endswith((".", "!", "?", "…", ".”", '."')):
                body += "."
            sentences.append(f"{body} [{n}]")
        lines.append(" ".join(sentences))
    separator = "\n\n" if len({s.source for s in spans}) > 1 else " "
    return Answer(text=separator.join(lines), citations=citations, abstained=False)
