"""A per-user cache for what every process would otherwise rebuild: the first-name table and the
compiled deck templates (a batch worker spends a quarter of its start-up on them)."""

from __future__ import annotations

import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_folder(part: str) -> Path | None:
    """$XDG_CACHE_HOME/newsdeck/PART (default ~/.cache), created if missing; None when it cannot be."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base) / "newsdeck" / part
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK | os.X_OK) else None


def cached(name: str, make: Callable[[], T]) -> T:
    """make(), kept in the cache as a marshal file NAME; a missing, unreadable or broken file is
    made again. `name` must change whenever what `make` returns could."""
    folder = cache_folder("data")
    path = folder / name if folder else None
    if path is not None:
        try:
            return marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            pass
    value = make()
    if path is not None:
        _store(path, marshal.dumps(value))
    return value


def _store(path: Path, data: bytes) -> None:
    """Write atomically (workers of a batch may store the same file at once); failing is fine."""
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
