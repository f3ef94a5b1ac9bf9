"""Where uploaded files live, who sees them, and where a document came from.

An upload is private to whoever uploaded it (a user name when login is on, else a random key
kept in the browser) until it is shared: it is kept in ``<corpus>/.uploads/<owner key>/`` and
indexed with the rest, but only that owner's answers may use or cite it. Sharing (an
administrator, or ``share_uploads=True``) moves the file into the corpus proper, and
``.uploads/origins.json`` remembers that it was uploaded, so citations can say so.

Sources (paths relative to the corpus) carry the scope: ``.uploads/3f9c…/memo.txt`` is private
to the owner whose key is ``3f9c…``; every other source is shared.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from pathlib import Path

UPLOADS_DIR = ".uploads"
ORIGINS_FILE = "origins.json"
_KEY_RE = re.compile(r"[0-9a-f]{16}")

# What a citation's ``origin`` says.
CORPUS, UPLOADED, PRIVATE = "corpus", "uploaded", "uploaded, private"


def owner_key(owner: str | None) -> str | None:
    """The folder name of an owner's uploads: a hash, so user names never appear in paths."""
    if not owner:
        return None
    return hashlib.sha256(f"assistant-owner:{owner}".encode("utf-8")).hexdigest()[:16]


def private_owner(source: str) -> str | None:
    """The owner key of a private upload's source, or None for a shared document."""
    parts = source.split("/")
    if len(parts) == 3 and parts[0] == UPLOADS_DIR and _KEY_RE.fullmatch(parts[1]) and \
            not parts[2].startswith("."):
        return parts[1]
    return None


def is_private(source: str) -> bool:
    return private_owner(source) is not None


def visible(source: str, key: str | None) -> bool:
    """Shared documents are visible to everyone; a private upload only to its owner."""
    owner = private_owner(source)
    return owner is None or owner == key


def private_folder(corpus: Path, owner: str) -> Path:
    return Path(corpus) / UPLOADS_DIR / owner_key(owner)


_origins_cache: dict[Path, tuple[int, dict]] = {}


def read_origins(corpus: Path) -> dict[str, dict]:
    """source -> what is known about an uploaded (then shared) document's origin. Read again
    only when the file changed (every answer with citations asks)."""
    path = Path(corpus) / UPLOADS_DIR / ORIGINS_FILE
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return {}
    cached = _origins_cache.get(path)
    if cached and cached[0] == stamp:
        return cached[1]
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    data = data if isinstance(data, dict) else {}
    _origins_cache[path] = (stamp, data)
    return data


def record_origin(corpus: Path, source: str, key: str | None) -> None:
    """Remember that the shared document ``source`` was uploaded (by the owner whose key is
    ``key``); written atomically."""
    folder = Path(corpus) / UPLOADS_DIR
    folder.mkdir(exist_ok=True)
    origins = dict(read_origins(corpus))  # the cached dict is shared: never changed in place
    origins[source] = {"origin": UPLOADED, "owner": key,
                       "shared_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    handle, tmp = tempfile.mkstemp(dir=folder, prefix=".origins-", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(origins, out, indent=1, sort_keys=True)
    os.replace(tmp, folder / ORIGINS_FILE)


def display_source(source: str) -> str:
    """How a source is shown: a private upload by its file name (the owner key is internal)."""
    return source.rsplit("/", 1)[-1] if is_private(source) else source


def origin_of(source: str, origins: dict[str, dict]) -> str:
    if is_private(source):
        return PRIVATE
    return UPLOADED if source in origins else CORPUS


def share(corpus: Path, source: str) -> str:
    """Move a private upload into the corpus proper (visible to everyone). Returns the new
    source. Raises ValueError (not a private upload) or FileExistsError (the name is taken)."""
    if not is_private(source):
        raise ValueError(f"{source} is not a private upload")
    corpus = Path(corpus)
    path = corpus / source
    if not path.is_file():
        raise ValueError(f"{source} is no longer there")
    target = corpus / path.name
    try:
        os.link(path, target)  # never overwrites: fails if the name is taken
    except FileExistsError:
        raise FileExistsError(f"a different document named {path.name} is already shared") from None
    record_origin(corpus, path.name, private_owner(source))
    path.unlink()  # the next sync moves the document in the index
    return path.name
