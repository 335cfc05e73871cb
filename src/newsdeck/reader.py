"""Read an article file as text, turning every way it can be unreadable into an InputError."""

from __future__ import annotations

from pathlib import Path

from newsdeck.errors import InputError

BOM = b"\xef\xbb\xbf"
MAX_BYTES = 2_000_000  # ~300,000 words: far beyond any news article, well within a deck's reach


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


def read_text(path: str | Path) -> str:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES and path.is_file():
            raise InputError(
                f"{path}: article is {size / 1e6:.1f} MB; newsdeck takes up to {MAX_BYTES / 1e6:.0f} MB (split it)"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not an article file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    return decode(data, str(path))
