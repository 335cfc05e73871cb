"""The stages wired together for the command line: article file → notebook file → deck file."""

from __future__ import annotations

import os
from pathlib import Path

from newsdeck.files import write_text


def article_ref(article: Path, notebook: Path) -> str:
    """The article's path relative to the notebook's folder (where the kernel starts)."""
    return Path(os.path.relpath(article.resolve(), notebook.resolve().parent)).as_posix()


def write_notebook(article_path: str | Path, notebook_path: str | Path):
    from newsdeck import notebook
    from newsdeck.parse import parse_file

    article_path, notebook_path = Path(article_path), Path(notebook_path)
    article = parse_file(article_path)
    node = notebook.build(article, article_ref(article_path, notebook_path))
    write_text(notebook_path, notebook.writes(node))
    return node
