"""The front-end files a deck inlines (reveal.js, its notes plugin, a theme), wherever they live."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from newsdeck.errors import InputError

HERE = Path(__file__).resolve().parent
VENDORED = HERE / "static" / "vendor" / "reveal.js"  # put there by the wheel's build step (setup.py)
CHECKOUT = HERE.parents[1] / "node_modules" / "reveal.js"  # an editable install's `npm ci`


def _has_reveal(folder: Path) -> bool:
    return (folder / "dist" / "reveal.js").is_file()


def reveal_folder() -> Path:
    """The reveal.js package folder: from $NEWSDECK_NODE_MODULES if set, else the copy inside the
    installed package, else the checkout's node_modules."""
    configured = os.environ.get("NEWSDECK_NODE_MODULES")
    if configured:
        folder = Path(configured) / "reveal.js"
        if not _has_reveal(folder):
            raise InputError(f"reveal.js not found in $NEWSDECK_NODE_MODULES ({configured}); run `npm ci` there")
        return folder
    for folder in (VENDORED, CHECKOUT):
        if _has_reveal(folder):
            return folder
    raise InputError(f"reveal.js not found in {VENDORED} or {CHECKOUT}; run `make setup` (npm ci) in the checkout")


@cache
def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def reveal_text(name: str) -> str:
    """A file of the reveal.js package, e.g. `dist/reveal.css`, `plugin/notes/notes.js`."""
    folder = reveal_folder()
    if not (folder / name).is_file():
        raise InputError(f"{name} not found in {folder}")
    return _read(folder / name)
