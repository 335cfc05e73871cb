"""A per-user cache for what every process would otherwise rebuild: the first-name table and the
compiled deck templates (a batch worker spends a quarter of its start-up on them)."""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_folder(part: str) -> Path | None:
    """$XDG_CACHE_HOME/newsdeck/PART (default ~/.cache), created if missing; None when it cannot
    be, or when it is not the user's own (compiled templates are run as code)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):  # no home, or a relative XDG_CACHE_HOME (which the spec says to ignore)
        return None
    folder = Path(base) / "newsdeck" / part
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        info = folder.stat()
    except OSError:
        return None
    private = info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    return folder if private and os.access(folder, os.W_OK | os.X_OK) else None


def cached(name: str, make: Callable[[], T], kind: type = object) -> T:
    """make(), kept in the cache as a marshal file NAME; a missing, unreadable, broken or
    foreign file (not of `kind`) is made again. `name` must change whenever what `make` returns could."""
    folder = cache_folder("data")
    path = folder / name if folder else None
    if path is not None:
        try:
            value = marshal.loads(path.read_bytes())
            if isinstance(value, kind):
                return value
        except (OSError, EOFError, ValueError, TypeError):
            pass
    value = make()
    if path is not None:
        store(path, marshal.dumps(value))
    return value


def store(path: Path, data: bytes) -> None:
    """Write atomically (workers of a batch may store the same file at once); failing is fine,
    and nothing half-written is left, even when interrupted."""
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError:
        return
    try:
        with open(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def template_cache():
    """Jinja's bytecode cache in the user's cache folder, or None; a cache it cannot write or
    read only costs time."""
    from jinja2 import FileSystemBytecodeCache

    folder = cache_folder("templates")
    if folder is None:
        return None

    class QuietCache(FileSystemBytecodeCache):
        def load_bytecode(self, bucket):
            try:
                super().load_bytecode(bucket)
            except OSError:
                bucket.reset()

        def dump_bytecode(self, bucket):
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    return QuietCache(str(folder))
