"""Read an article file as text, turning every way it can be unreadable into an InputError."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from newsdeck.errors import InputError

BOM = b"\xef\xbb\xbf"
MAX_BYTES = 2_000_000  # ~300,000 words: far beyond any news article, well within a deck's reach
LIMIT = f"newsdeck takes up to {MAX_BYTES / 1e6:.0f} MB (split it)"
# What can be read: regular files and pipes (`<(cmd)`, /dev/stdin from a pipe). Anything else is
# named by the first matching kind; devices like /dev/zero would never end.
NOT_ARTICLES = (
    (stat.S_ISDIR, "is a folder, not an article file"),
    (stat.S_ISCHR, "is a device, not an article file"),
    (stat.S_ISBLK, "is a device, not an article file"),
    (stat.S_ISSOCK, "is a socket, not an article file"),
)


def decode(data: bytes, where: str) -> str:
    """UTF-8 bytes (a BOM allowed) → str; NUL bytes and invalid UTF-8 are errors naming the byte."""
    offset = len(BOM) if data.startswith(BOM) else 0
    nul = data.find(b"\x00")
    if nul != -1:
        raise InputError(f"{where}: NUL byte at byte offset {nul}; is this a text file?")
    try:
        return data[offset:].decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"{where}: not UTF-8 at byte offset {offset + error.start}") from None


def check_kind(path: str | Path, mode: int) -> None:
    """An InputError unless `mode` (from a stat) is a regular file or a pipe."""
    if stat.S_ISREG(mode) or stat.S_ISFIFO(mode):
        return
    reason = next((why for test, why in NOT_ARTICLES if test(mode)), "is not a regular file")
    raise InputError(f"{path}: {reason}")


def read_bytes(path: str | Path) -> bytes:
    """At most MAX_BYTES from a regular file or a pipe; never hangs on a named pipe with no writer."""
    try:
        check_kind(path, os.stat(path).st_mode)  # before opening: opening a device can have effects
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO with no writer opens without waiting
        try:
            info = os.fstat(fd)
            check_kind(path, info.st_mode)  # it may have been swapped since the stat
            if stat.S_ISREG(info.st_mode) and info.st_size > MAX_BYTES:
                raise InputError(f"{path}: article is {info.st_size / 1e6:.1f} MB; {LIMIT}")
            data = _read_at_most(fd, MAX_BYTES + 1, path, stat.S_ISFIFO(info.st_mode))
        finally:
            os.close(fd)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{path}: article is over {MAX_BYTES / 1e6:.0f} MB; {LIMIT}")
    return data


def read_text(path: str | Path) -> str:
    return decode(read_bytes(path), str(path))


def _read_at_most(fd: int, limit: int, path: str | Path, pipe: bool) -> bytes:
    chunks, size = [], 0
    if pipe:
        try:
            first = os.read(fd, min(limit, 1 << 20))
        except BlockingIOError:  # a writer is there and has not written yet: wait for it below
            first = None
        if first == b"":
            raise InputError(f"{path}: is a pipe with no writer (nothing to read)")
        if first:
            chunks, size = [first], len(first)
    os.set_blocking(fd, True)
    while size < limit:
        chunk = os.read(fd, min(limit - size, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)
