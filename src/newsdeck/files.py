"""Files: output written whole or not at all (a temporary file, then a rename); package files read once."""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from functools import cache
from importlib.resources import files
from pathlib import Path

from newsdeck.errors import InputError

NEW_FILE_MODE = 0o644  # fixed, not from the umask, so builds are the same on every machine
STALE_SECONDS = 60  # a write takes milliseconds; a temporary file this old was left by a killed writer
_TEMPORARY = re.compile(r"(?:(\d+)\.)?[a-z0-9_]{8}\.tmp")  # after ".NAME.": [pid.]mkstemp-letters.tmp
_LEFT: dict[Path, set[str]] = {}  # folder → temporary files seen there, see _temporaries


@cache
def package_text(name: str) -> str:
    """A text file shipped inside the package, e.g. `static/deck.css` (read once per process)."""
    return files("newsdeck").joinpath(name).read_text(encoding="utf-8")


def printable(message: str) -> str:
    """`message` with undecodable file-name bytes shown as \\xNN, safe to print on any stderr."""
    try:
        return message.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return message.encode("utf-8", "backslashreplace").decode("utf-8")


def file_name(path: str | Path) -> str:
    """The file name of `path` as text; an InputError if its bytes are not UTF-8."""
    try:
        return os.fsencode(Path(path).name).decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: file name is not UTF-8 (rename the file)") from None


def check_distinct(output: str | Path, source: str | Path) -> None:
    """An InputError if `output` is the file `source`, however spelled (symlink, `./`, hard link)."""
    try:
        same = os.path.samefile(output, source)
    except OSError:  # output does not exist yet, or source cannot be read (reported when it is read)
        return
    if same:
        raise InputError(f"{output}: would overwrite the input {source} (choose another output)")


def make_folder(folder: str | Path, what: str | Path | None = None) -> Path:
    """Create `folder` and its parents if missing (errors start with `what`, default the folder)."""
    folder = Path(folder)
    what = folder if what is None else what
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        file = next((p for p in reversed([folder, *folder.parents]) if p.exists() and not p.is_dir()), folder)
        raise InputError(f"{what}: {'' if file == what else f'{file} '}is a file, not a folder") from None
    except OSError as error:
        raise _cannot_write(what, folder, error) from None
    return folder


def check_writable(folder: str | Path, what: str | Path | None = None) -> None:
    """An InputError unless a file can really be created in `folder` (mode bits do not stop root)."""
    try:
        with tempfile.TemporaryFile(dir=folder):  # O_TMPFILE on Linux: nothing named is left behind
            pass
    except OSError as error:
        raise _cannot_write(folder if what is None else what, Path(folder), error) from None


def remove_stale(folder: Path, name: str) -> list[Path]:
    """Remove `.NAME.*.tmp` files left by killed writes of `name`: their writer is dead or they are old."""
    prefix, left, removed = f".{name}.", _temporaries(folder), []
    for candidate in [n for n in left if n.startswith(prefix)]:
        found, path = _TEMPORARY.fullmatch(candidate[len(prefix) :]), folder / candidate
        try:
            if found and (_age(path) > STALE_SECONDS or (found[1] and not _alive(int(found[1])))):
                path.unlink(missing_ok=True)
                left.discard(candidate)
                removed.append(path)
        except OSError:
            continue  # not ours to remove
    return removed


def _temporaries(folder: Path) -> set[str]:
    """The hidden `.tmp` files in `folder`, listed once per process (a batch writes thousands of files)."""
    if folder not in _LEFT:
        try:
            _LEFT[folder] = {n for n in os.listdir(folder) if n.startswith(".") and n.endswith(".tmp")}
        except OSError:  # an unlistable folder may still be writable: then there is nothing to clean
            return set()
    return _LEFT[folder]


def write_text(path: str | Path, text: str) -> None:
    """Write text (UTF-8, newlines as given) to path; see write_bytes."""
    write_bytes(path, text.encode("utf-8"))


def write_bytes(path: str | Path, data: bytes) -> None:
    """Write data to path atomically, keeping the mode of a file it replaces; user-fixable errors
    become one-line InputErrors."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name")
    folder = make_folder(path.parent, path)
    try:
        remove_stale(folder, path.name)
        mode = _mode_of(path)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
    except OSError as error:
        raise _cannot_write(path, folder, error) from None
    try:
        with os.fdopen(handle, "wb") as out:
            os.fchmod(out.fileno(), mode)
            out.write(data)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write ({error.strerror})") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_of(path: Path) -> int:
    try:
        info = os.stat(path)
    except OSError:
        return NEW_FILE_MODE
    return stat.S_IMODE(info.st_mode) if stat.S_ISREG(info.st_mode) else NEW_FILE_MODE


def _age(path: Path) -> float:
    return time.time() - path.lstat().st_mtime


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:  # someone else's process
        return True
    try:  # a killed writer stays a zombie until reaped: dead all the same
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def _cannot_write(what: str | Path, folder: Path, error: OSError) -> InputError:
    reason = "permission denied" if isinstance(error, PermissionError) else error.strerror
    where = "this folder" if folder == what else f"folder {folder}"
    return InputError(f"{what}: cannot write to {where} ({reason})")
