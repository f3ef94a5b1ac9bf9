"""Tokens, stems and the small domain lexicon shared by retrieval, answering and verification."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Identifiers keep their inner hyphens and digits ("NCT03039673", "MS-IL2", "2016-000488-17").
_TOKEN_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9]+(?:[-'’.][A-Za-zÀ-ÖØ-öø-ÿ0-9]+)*")

STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over
own same she should so some such than that the their theirs them themselves then there these they
this those through to too under until up very was we were what when where which while who whom
why will with would you your yours yourself yourselves whose also there's it's what's whats tell give
show list describe please many much does did kind sort s t one ones any another other others
own else either neither whether via per yet still already ever
""".split())

# Words that say *how* something is asked, not *what*: they never have to appear in evidence.
QUESTION_FILLER = frozenset("""
value number total amount figure information detail details mentioned stated state says said
document documents corpus source sources text article page report according exactly approximately
roughly overall main key specific particular actually officially currently initially originally
know find us reported listed named called provided described
use used using obtain obtained get got have take taken make made perform performed involve involved
include included including carry carried do done go went happen happened see seen show shown
institution organisation organization company companies person people name names kind type sort
journal year date day month time city cities country countries place someone anyone somebody
part take news piece mention mentions mentioned appear appears appeared feature features
quoted quote coverage record entry registry release press
among must come came took participate participated participating far
beyond outside except besides anywhere somewhere elsewhere special really check link linked linking eventually finally ultimately paper papers scientific full entire whole
need needs want wants please tell give walk through list summarise summarize briefly quick quickly ago
every whole entire pls plz thanks thx receive receives received receiving formal official
outline describe explain sketch recap bottom
""".split())

# Words too common in this kind of corpus to identify a document or a passage on their own.
GENERIC = frozenset("""
trial trials study studies clinical patient patients participant participants drug drugs
therapy treatment company pharma research compound molecule asset product candidate medicine
program programme investigational firm protocol
""".split())

_MONTHS = ("january february march april may june july august september october november "
           "december jan feb mar apr jun jul aug sep sept oct nov dec janvier février fevrier "
           "mars avril mai juin juillet août aout septembre octobre novembre décembre decembre")
MONTHS = frozenset(_MONTHS.split())

# One author of a reference entry as bibliographies write it: "Humrich JY", "Smolen JS"
REFERENCE_AUTHOR = r"[A-Z][a-zà-ÿ’'-]+(?:\s[A-Z][a-zà-ÿ’'-]+)?\s[A-Z]{1,3}"

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100,
}


@lru_cache(maxsize=50_000)
def fold(text: str) -> str:
    """Lowercase without accents, typographic quotes and non-breaking spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return (text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
            .replace("\u00a0", " ").replace("–", "-").replace("—", "-").lower())


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """A light English stemmer that also folds British spellings (randomised → randomiz, enrol → enrol)."""
    w = word
    if len(w) <= 3 or any(ch.isdigit() for ch in w):
        return w
    w = re.sub(r"is(e|ed|es|ing|ation|ations)$", r"iz\1", w)
    if re.search(r"orit(y|ies)$", w):
        return re.sub(r"orit(y|ies)$", "orit", w)  # authority ≠ author, priority ≠ prior
    for suffix, replacement in (
        ("izations", "iz"), ("ization", "iz"), ("ational", "ate"), ("ations", "ate"),
        ("ation", "ate"), ("ements", ""), ("ement", ""), ("ments", ""), ("ment", ""),
        ("ingly", ""), ("edly", ""), ("ness", ""), ("ities", ""), ("ity", ""), ("ies", "y"),
        ("ing", ""), ("ied", "y"), ("ed", ""), ("ers", "er"), ("es", ""), ("s", ""), ("ly", ""),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                continue
            if suffix == "es" and not w.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
                w = w[:-1]
                break
            w = w[: len(w) - len(suffix)] + replacement
            break
    if w.endswith(("val", "sal", "wal")) and len(w) >= 7:
        w = w[:-2]  # survival → surviv (survive), approval → approv, withdrawal → withdraw
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "sz":
        w = w[:-1]  # also British and American "l": enrol/enrolled/enrollment, labelled/labeled
    return w


_FILLER_STEMS = frozenset(stem(w) for w in QUESTION_FILLER)


# Tokenising is the answerer's hot path (every candidate passage, every question): cached, and
# handed out as fresh lists so callers may extend them.
def words(text: str) -> list[str]:
    """Folded word tokens, identifiers kept whole."""
    return list(_words(text))


def terms(text: str) -> list[str]:
    """Index terms: stems of words, plus the parts of hyphenated identifiers."""
    return list(_terms(text))


def content_terms(text: str) -> list[str]:
    """Terms of a question that carry meaning (no stopwords or question filler)."""
    return list(_content_terms(text))


@lru_cache(maxsize=50_000)
def _words(text: str) -> tuple[str, ...]:
    out = []
    for token in _TOKEN_RE.findall(fold(text)):
        token = re.sub(r"'s$", "", token).strip(".'")  # "Servier's" is about Servier
        if token:
            out.append(token)
    return tuple(out)


@lru_cache(maxsize=50_000)
def _terms(text: str) -> tuple[str, ...]:
    out = []
    for token in _words(text):
        out.append(stem(token))
        if "-" in token or "'" in token:
            for part in re.split(r"[-']", token):
                if part and part not in STOPWORDS:
                    out.append(stem(part))
        letters = re.match(r"^([a-z]{2,})\d{3,}$", token)  # "nct03039673" also counts as "nct"
        if letters:
            out.append(letters.group(1))
    return tuple(out)


@lru_cache(maxsize=50_000)
def _content_terms(text: str) -> tuple[str, ...]:
    out = []
    for token in _words(text):
        if token in STOPWORDS or token in QUESTION_FILLER or stem(token) in _FILLER_STEMS:
            continue
        out.append(stem(token))
    return tuple(out)


# Domain lexicon: question words (space-separated aliases, looked up by stem) -> stems any of
# which, found in evidence, means the evidence speaks of the same thing. Kept general: the
# vocabulary of clinical trials and licence deals, and analysts' paraphrases of it.
_LEXICON_SOURCE = {
    "main": "primary main principal key",
    "recent recently lately": "past last",
    "finish finished finishing ended": "completion completed",
    # "How long were patients treated?": given, received, administered
    "treated treat treating": "treated treatment administrations administered received injections",
    # an organ's diseases by name: "gastrointestinal and liver diseases" in a list of diagnoses
    "gastrointestinal gut digestive bowel intestinal": "crohn colitis ulcerative",
    "liver hepatic": "hepatitis cholangitis",
    "target planned anticipated": "enrollment estimated",
    # "the rationale for IL-2 in MS": the page's background ("About", "Purpose", "Detailed Description")
    "rationale basis reasoning": "purpose aim background about description",
    # "Can she join / enrol / take part?": what the eligibility criteria answer
    "join enrol enroll enter qualify eligible": "eligibility inclusion exclusion criteria",
    "period periods window windows": "past weeks months duration",
    "plan planned": "will planned expected",
    "alongside combination combined concomitant": "top add-on riluzole background",
    "threshold cutoff cut-off": "count level limit minimum maximum less greater",
    "pregnancy pregnant": "pregnant lactating childbearing",
    "issued": "issued released published publication announced",
    "fraction proportion share percentage slice": "representing population percent",
    "min lower lowest youngest": "minimum",
    "max upper highest oldest": "maximum",
    "limit": "limit minimum maximum",
    "principal": "primary principal main",
    "goal aim objective purpose": "purpose aim objective assess evaluate",
    "blinded blind blinding double-blind double-blinded": "blind double-blind blinding masking double open-label open",
    "unblinded": "open-label open",
    "stage phase": "phase",
    "population": "patients participants subjects enrollment population",
    "behind": "sponsor sponsored funded",
    "backer": "sponsor sponsored funded funder",
    "cash": "payment receive euros dollars upfront",
    "consideration": "payment receive euros",
    "biobuck": "milestones milestone",
    "compensation": "payment receive royalties milestones",
    "economics": "payment receive milestones royalties euros",
    "terms": "agreement payment milestones royalty rights",
    "geography": "territories countries rights",
    "commercial commercialization": "commercialize commercialization market rights",
    "commence": "start started initiated",
    "began kick": "start started",
    "launch": "start started launch initiated",
    "finish ended wrap complete": "completion completed",
    "conclude": "completion completed conclusions",
    "finding": "results findings demonstrate showed",
    "headline topline readout": "results findings demonstrated showed",
    "show": "results demonstrate showed shown",
    "adverse": "safety tolerated adverse",
    "side": "safety tolerated",
    "tolerability tolerat": "tolerated safety",
    "pi": "principal investigator investigators",
    "comparator": "placebo comparator placebo_comparator",
    "route": "subcutaneous administered administrations injections",
    "inject injection injections injected": "injections subcutaneous administered administrations",
    "frequency": "weekly daily fortnightly every day",
    "often": "weekly daily fortnightly every",
    "gender men women male female males females": "sex",
    "volunteer": "volunteers",
    "healthy": "healthy volunteers",
    "why": "because aim purpose rationale",
    "rationale": "because aim purpose shown",
    "drive": "mechanism stimulate activate expands",
    "work": "mechanism stimulate activate expands action",
    "benefit": "efficacy improves survival advantage",
    "effective": "efficacy effective improves",
    "improve": "improves efficacy",
    "subgroup": "patients population levels",
    "biomarker": "biomarker pnfh",
    "diagnos": "diagnosis diagnosed",
    "treat": "treat treatment treated indication",
    "regulator agency": "fda ema regulatory agencies",
    "fda": "fda",
    "ema": "ema",
    "waiver": "waiver pip",
    "headquart": "based paris",
    "based": "based",
    "located": "based locations sites",
    "history": "history prior previous past",
    "arrangement pact": "agreement license licence partnership",
    "tie-up alliance collaboration": "agreement partnership",
    "tie": "agreement partnership joined",
    "transaction": "agreement license",
    "counterparty party signatory": "partnership agreement joined",
    "revenue sale": "sales royalty royalties",
    "cut royalty": "royalty royalties",
    "downstream": "future sales",
    "hold keep retain": "retain rights",
    "markets": "territories countries rights market",
    "executive exec execs chief representative rep": "ceo chairman head",
    "statement comment say spoke speak spokesperson spokesman spokeswoman": "said",
    "title": "title entitled head ceo chairman role position founder director",
    "switch boost": "stimulate activate expands",
    "dark unaware": "masking blind blinding double",
    "recruit": "enrollment recruitment sites locations",
    "set establish creat": "founded creation created",
    "money": "euros dollars million payment funded funding",
    "funding fund funder": "funded funding funder sponsored",
    "subtype": "relapsing-remitting rrms form",
    "profil profiling": "immunomonitoring",
    "monotherapy add-on layer": "add-on top",
    "care": "riluzole background therapy",
    "hit miss meet": "met",
    "test tested": "evaluate assess assessed",
    "washout stop": "past weeks months",
    "enrol enroll enrollment":
        "enrol enroll enrollment enrolment participants patients subjects randomizing randomized included recruited treated",
    "size big large": "enrollment participants patients subjects randomizing",
    "headcount sample": "enrollment participants patients subjects",
    "participant": "participants patients subjects enrollment",
    "patient subject people": "patients participants subjects enrollment",
    "randomiz": "randomizing randomized randomization allocation",
    "endpoint outcome": "endpoint endpoints outcome outcomes criteria criterion",
    "criterion": "criteria criterion endpoint outcome",
    "criteria": "criteria criterion endpoint outcome inclusion exclusion",
    "upfront up-front": "upfront up-front initial receive received signing payment",
    "signing": "upfront initial receive signing payment",
    "initial": "upfront initial receive payment",
    "payment": "payment payments receive paid pay milestones royalty",
    "pay paid": "payment payments receive paid pay",
    "fee": "payment payments receive paid",
    "worth value": "payment receive milestones euros dollars million",
    "milestone": "milestone milestones",
    "territory": "territory territories rights countries states japan retain",
    "region": "territory territories rights countries states",
    "right": "rights retain exclusive license",
    "market": "market commercialize commercialization rights",
    "licens licenc": "license licence licensing agreement option",
    "deal": "agreement license licence partnership deal option",
    "agreement": "agreement license licence partnership deal",
    "partner": "partnership agreement servier license joined",
    "partnership": "partnership agreement license joined",
    "site": "sites site centres centers centre center hospital locations",
    "hospital hospitals clinic clinics": "hospital hopital hospitalier clinic klinikum universitatsmedizin "
                                         "ospedaliera osp sites site centres centre locations",
    "centr center": "sites centres centers hospital locations",
    "location where": "locations sites countries centres",
    "country": "countries country france kingdom austria germany",
    "sponsor": "sponsor sponsored sponsors funded",
    "ceo": "ceo chief executive",
    "chairman chair chairs chairperson": "chairman chair",
    "founder": "founder founded pioneer",
    "found founded founding": "founder founded creation",
    "investigator": "investigator investigators coordinated principal",
    "lead leads": "coordinated principal investigator lead led head heads chair",
    "run ran runs running": "coordinated sponsored conducted led running",
    "coordinat": "coordinated coordinator consortium",
    "mask masking": "masking blind blinding double-blind double",
    "placebo": "placebo placebo-controlled placebo_comparator",
    "control": "placebo placebo-controlled controlled comparator",
    "design":
        "randomized double-blind placebo-controlled open-label allocation parallel prospective design",
    "dose": "dose dosing iu/day million doses administered",
    "dosing": "dose dosing administered injections administrations daily weekly",
    "regimen": "dose administered injections administrations course induction maintenance",
    "schedule": "administered injections administrations course induction maintenance weekly",
    "administer": "administered administrations injections subcutaneous",
    "given give": "given administered administrations injections received",
    "duration": "months weeks years days period treated",
    "long": "months weeks years days period treated followed",
    "follow-up followup": "follow-up followed-up followup",
    "start begin": "start started initiated began",
    "end": "completion completed end",
    "update": "updated update last",
    "publish": "published publication epub references reference",
    "citation citations cite bibliographic": "reference references pmid doi publication",
    "readout readouts topline": "results data",
    "regulatory": "regulatory designation orphan waiver approval granted",
    "exemption exemptions": "waiver waivers exemption",
    "secured secure secures obtained obtain won": "granted received acquired obtained secured",
    "supplied supply supplies packaged packaging presentation": "vials vial injectable ready-to-use form formulation",
    "treg tregs": "treg tregs regulatory",
    "timeline timelines": "date dates start completion updated",
    "closed close": "completed terminated closed",
    "finding findings": "results demonstrated showed shows revealed conclusions",
    "keep keeps kept": "retain retains retained keep",
    "subgroup subgroups subpopulation": "subgroup patients population analysis levels",
    "package packages": "payments milestones euros",
    "step steps": "launch next further future planned foundation",
    "anticipated anticipate due": "expected expect",
    "publication publications paper papers": "publication published reference references pmid doi article journal",
    "result": "results findings demonstrate",
    "efficacy": "efficacy effective efficacious",
    "safety safe": "safety safe tolerated",
    "survival": "survival death",
    "death": "death survival",
    "age old": "age years",
    "eligible": "eligibility inclusion criteria eligible",
    "eligibility": "eligibility inclusion exclusion criteria eligible",
    "exclude exclusion": "exclusion excluded",
    "include": "inclusion included including",
    "inclusion": "inclusion included",
    "disease": "diseases disease indication indications condition",
    "indication": "indications indication disease diseases conditions",
    "condition": "conditions condition disease",
    "target": "target targets indication",
    "approval": "approval approved designation",
    "orphan": "orphan odd",
    "designation": "designation granted",
    "identifier": "identifier nct id number",
    "registry": "nct identifier",
    "eudract": "eudract_number eudract",
    "euro": "euros eur €",
    "dollar": "dollars usd $",
    "mechanism": "mechanism action stimulate activate expands",
    "formulation": "formulation form liquid vials formulated",
    "stable stability": "stable stability",
    "role":
        "role founder pioneer investigator ceo chairman chair head principal author coordinated sponsor sponsored",
    "il": "il interleukin",
    "il-2 il2": "il-2 interleukin-2 il2 il-2ld ld-il2",
    "interleukin-2": "il-2 interleukin-2 il2",
    "german": "germany german",
    "french": "france french",
    "italian": "italy italian",
    "spanish": "spain spanish",
    "british": "uk kingdom british",
    "european": "europe eu european",
    "american": "us usa states american",
    "us usa": "us usa states american",  # "the US market": "the United States"
    "uk": "uk kingdom british",
    "eu": "eu europe european",
    "japanese": "japan japanese",
    "mexican": "mexico mexican",
    "austrian": "austria austrian",
    "portuguese": "portugal",
    "romanian": "romania",
    "bulgarian": "bulgaria",
    "front": "upfront up-front initial receive",
    "financ finance": "funded funding funder sponsored financed",
    "wrote write written author authors writer": "byline author authors wrote written",
    "affiliation affiliated": "affiliated hospital university institute assistance centre center",
    "motivate": "shown reduced rationale aim because",
    "recommend": "should recommend suggest licence launch",
    "next": "next further future launch foundation",
    "past previous prior": "history previous prior last past",
    "stand acronym": "acronym stands",
    "arm": "arms group groups cohort placebo experimental",
    "group": "arms group groups cohort",
    "severity severe sick ill": "severe moderate mild severity",
    "form": "form formulation liquid",
}
def _build_lexicon() -> dict[str, frozenset[str]]:
    lexicon: dict[str, set[str]] = {}
    for keys, value in _LEXICON_SOURCE.items():
        for key in keys.split():
            for form in {key, stem(fold(key))}:  # looked up by stem, so keyed by stem too
                lexicon.setdefault(form, {form}).update(stem(w) for w in fold(value).split())
    return {k: frozenset(v) for k, v in lexicon.items()}


LEXICON: dict[str, frozenset[str]] = _build_lexicon()


# Multi-word phrasings analysts use for what documents say in one word ("stage of development"
# is the phase); applied to the question before it is analysed.
_IDIOMS = [
    # "For a comparison table, how many ...": what the answer is for, not what it is about
    (r"^\s*(?:for|in) (?:a|an|the|my|our) (?:[\w-]+ ){0,3}(?:table|deck|memo|briefing|slides?|summary|report|note|"
     r"document|presentation|e-?mail|review|spreadsheet|dossier|overview|brief)\s*[,:–—-]\s*", ""),
    (r"^\s*line up\b", "compare"),
    (r"\b(w)h?at['’]?s\b", r"\1hat's"),  # "wat's the rule on ...", "whats the dose"
    # "How common is ALS?": how many people it affects
    (r"\bhow (?:common|prevalent|widespread) is ([\w-]+)", r"how many patients does \1 affect"),
    # "What date is on it? I want to make sure we cite it correctly.": why they ask, not what
    (r"([?.])\s+(?:I|we)(?:['’]d| would| just)? (?:want|need|like|am|['’]m|have|hope)\b[^?]*$", r"\1"),
    # "the primary efficacy criterion, including the timepoint": the criterion states its time
    (r",?\s+(?:including|incl\.?|with|plus) (?:the |its )?(?:exact )?(?:time ?points?|time ?frames?|timing)\b", ""),
    # "ok back to lupus - what was the dosing schedule?": the topic named, then the question
    (r"^\W*(?:(?:ok(?:ay)?|right|so|now|and)[,.!\s]+)*(?:going\s+|coming\s+)?back to (?:the\s+)?"
     r"([\w’'-]+(?:\s[\w’'-]+)?)\s*(?:[-–—:,]|\.\.\.)\s*(.+?)\s*\??$", r"\2 (\1)?"),
    (r"\bon the ([\w-]+) side\b", r"from \1"),  # "quoted on the ILTOO side"
    (r"\bpub ?med (?:id|identifier|number)\b", "PMID"),
    (r"\bchief executive(?: officer)?\b", "CEO"),
    (r"\b(the (?:[\w-]+ )?phase (?:[1-4]|i{1,3}v?)[ab]?)\b(?! (?:trial|study|studies|trials)\b)", r"\1 trial"),
    (r"\bR\s?&\s?D\b", "research and development"),
    (r"\bM\s?&\s?A\b", "mergers and acquisitions"),
    (r"\bstage of (clinical )?development\b", "phase"),
    (r"\bdevelopment stage\b", "phase"),
    (r"\bkick[- ]?off\b", "start"),
    (r"\bwrap[- ]?up\b", "completion"),
    (r"\bshelf[- ]life\b", "stability"),
    (r"\bset up\b", "founded"),
    (r"\bdid (.{1,40}?) (find|show|demonstrate|reveal)\b", r"were the results of \1"),
    (r"\b(come|came|comes) out\b", "published"),
    (r"\bswitch(ed)? on\b", "stimulate"),
    (r"\bturn(ed)? up\b", "show"),
    (r"\bbio-?bucks\b", "milestones"),
    (r"\bstill (enrolling|recruiting)\b", "recruitment status"),
    (r"\bkept in the dark\b", "masked"),
    (r"\bwhat (?:was|were|is|are) the outcomes? of\b", "what were the results of"),
    (r"\bU\.?S\.? dollars?\b", "dollars"),
    (r"\b(?:(?:the )?sponsor['’]?s? )?(?:own |internal )?protocol (?:number|id|code)\b", "org study id"),
    (r"\b(?:based on|according to)\b", "in"),
    (r"\b(?:type|kind|sort) of (?:study|trial)\b|\b(?:study|trial) type\b", "study classification"),
    (r"\bput up (the )?(money|cash|funds?|funding)\b", "funded"),
    (r"\bpaid for\b", "funded"),
    (r"\bbankroll\w*", "funded"),
    (r"\bf(oo|oo)t(ed|ing|s)? the bill\b", "funded"),
    # "the first and last authors": the author list answers; positions in it are read off it
    (r"\b(?:first|last|senior|lead|corresponding)\s+(?:and|or|&)\s+(?:first|last|senior|lead|corresponding)"
     r"\s+(authors?)\b", r"\1"),
    (r"\b(?:first|last|senior|corresponding)\s+(authors?)\b", r"\1"),
]


def normalize_question(question: str) -> str:
    for pattern, replacement in _IDIOMS:
        question = re.sub(pattern, replacement, question, flags=re.I)
    # "the eleven-disease study" is how people say "the 11-disease study"; documents write digits
    return re.sub(r"\b(" + "|".join(NUMBER_WORDS) + r")-(?=(?:disease|arm|week|month|year|day|site|cent|countr|trial|stud|patient|dose|part)\w*)",
                  lambda m: f"{NUMBER_WORDS[m.group(1).lower()]}-", question, flags=re.I)


def expansions(term: str) -> frozenset[str]:
    """The stems that count as evidence for a question term."""
    return LEXICON.get(term, frozenset({term}))
