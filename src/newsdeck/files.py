"""Files: output written whole or not at all (a temporary file, then a rename); package files read once."""

from __future__ import annotations

import os
import tempfile
from functools import cache
from importlib.resources import files
from pathlib import Path

from newsdeck.errors import InputError


@cache
def package_text(name: str) -> str:
    """A text file shipped inside the package, e.g. `static/deck.css` (read once per process)."""
    return files("newsdeck").joinpath(name).read_text(encoding="utf-8")


def check_folder(path: Path) -> Path:
    """The folder `path` will be written into, if it is one; else an InputError."""
    folder = path.parent
    if not folder.exists():
        raise InputError(f"{path}: output folder {folder} does not exist")
    if not folder.is_dir():
        raise InputError(f"{path}: {folder} is a file, not a folder")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name")
    return folder


def write_text(path: str | Path, text: str) -> None:
    """Write text to path atomically; errors a user can fix become one-line InputErrors."""
    path = Path(path)
    folder = check_folder(path)
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except PermissionError:
        raise InputError(f"{path}: cannot write to folder {folder} (permission denied)") from None
    except OSError as error:
        raise InputError(f"{path}: cannot write ({error.strerror})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write ({error.strerror})") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
