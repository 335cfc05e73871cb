"""The front-end files a deck inlines (reveal.js, its notes plugin, a theme), wherever they live."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from newsdeck.errors import InputError


def node_modules() -> Path:
    """Where reveal.js is installed: $NEWSDECK_NODE_MODULES, else the checkout's node_modules."""
    configured = os.environ.get("NEWSDECK_NODE_MODULES")
    folder = Path(configured) if configured else Path(__file__).resolve().parents[2] / "node_modules"
    if not (folder / "reveal.js" / "dist" / "reveal.js").is_file():
        raise InputError(f"reveal.js not found in {folder}; run `make setup` (npm ci) first")
    return folder


@cache
def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def reveal_text(name: str) -> str:
    """A file of the reveal.js package, e.g. `dist/reveal.css`, `plugin/notes/notes.js`."""
    return _read(node_modules() / "reveal.js" / name)
