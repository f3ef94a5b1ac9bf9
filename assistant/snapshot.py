"""A fresh process loads the retriever from a snapshot instead of rebuilding it from Chroma.

Building the retriever reads every unit and vector back from Chroma and tokenises every unit for
BM25: about 1.5 s for 5,000 sentences, and it grows with the folder. The finished retriever
(units, vectors, BM25 postings, document vocabularies, the documents) is written beside the
index once, and a fresh process whose index is unchanged loads it in a fraction of that time.

The snapshot is used only when it was made from exactly this index content (the engine's
*generation*: every document's hash, status and time of writing) by exactly this code (a hash of
the package's source). Anything else, an unreadable file included, means: build again and
write a new one. Like Chroma's own files, the snapshot is trusted local data of the index
directory (it is a pickle).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

FORMAT = 1


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the package's source: a snapshot made by other code is never loaded."""
    digest = hashlib.sha1(str(FORMAT).encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def key(generation: frozenset) -> str:
    """What a snapshot must match: this code and this index content."""
    content = hashlib.sha1(repr(sorted(generation, key=repr)).encode()).hexdigest()
    return f"{code_version()}-{content}"


def load(path: Path, generation: frozenset) -> Any | None:
    """The object saved for ``generation``, or None (no snapshot, another index content or
    code, or an unreadable file)."""
    try:
        with open(path, "rb") as handle:
            saved_key = pickle.load(handle)
            if saved_key != key(generation):
                return None
            return pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception as err:  # noqa: BLE001 - a damaged snapshot is rebuilt, never fatal
        print(f"retriever snapshot {path} is unreadable ({type(err).__name__}); rebuilding it", file=sys.stderr)
        return None


def is_current(path: Path, generation: frozenset) -> bool:
    """Whether the snapshot at ``path`` was made for ``generation`` by this code (reads only
    its key, not the whole file)."""
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle) == key(generation)
    except Exception:  # noqa: BLE001 - missing or unreadable: not current
        return False


def save(path: Path, generation: frozenset, value: Any) -> None:
    """Write atomically (a killed process leaves the old snapshot or none, never half of one)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(key(generation), out, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as err:  # a read-only index directory: answers still work, only slower to start
        print(f"retriever snapshot not written to {path} ({err})", file=sys.stderr)
