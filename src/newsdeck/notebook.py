"""Article → notebook: a title cell, the controls cell, one Markdown cell per paragraph, and the
Who-said-what cell. After this, the cells are the truth (see `newsdeck.cells`).

Slide types follow the deck (`newsdeck.layout`): a paragraph that starts a slide on the deck says
so, so a slideshow of the notebook itself (RISE) shows the same slides; the controls and
Who-said-what cells are slides of their own there."""

from __future__ import annotations

import sys

import nbformat
from nbformat import v4

from newsdeck.cells import CONTROLS, TITLE, WHO
from newsdeck.layout import slide_starts
from newsdeck.markup import markdown_literal, paragraph_source
from newsdeck.model import Article

KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
HEADER_LABELS = {"url": "URL"}
CONTROLS_SOURCE = "from newsdeck.controls import show\n\nshow()"
WHO_SOURCE = "from newsdeck.controls import who_said_what\n\nwho_said_what()"


def language_info() -> dict:
    """What ipykernel reports for this Python: JupyterLab marks a notebook unsaved when it differs."""
    return {
        "codemirror_mode": {"name": "ipython", "version": sys.version_info[0]},
        "file_extension": ".py",
        "mimetype": "text/x-python",
        "name": "python",
        "nbconvert_exporter": "python",
        "pygments_lexer": f"ipython{sys.version_info[0]}",
        "version": sys.version.split()[0],
    }


def title_source(article: Article) -> str:
    lines = [f"# {markdown_literal(article.title, line_start=False)}"]
    if article.header:
        items = [f"{HEADER_LABELS.get(key, key.capitalize())}: {value}" for key, value in article.header]
        lines.append(markdown_literal(" · ".join(items)))
    return "\n\n".join(lines)


NEW_SLIDE = {"slideshow": {"slide_type": "slide"}}


def _role(role: str, slide_type: str) -> dict:
    return {"newsdeck": {"role": role}, "slideshow": {"slide_type": slide_type}}


def _markdown_cell(source: str, id: str, metadata: dict | None = None) -> dict:
    return {"cell_type": "markdown", "id": id, "metadata": metadata or {}, "source": source}


def _code_cell(source: str, id: str, metadata: dict) -> dict:
    return {
        "cell_type": "code",
        "execution_count": None,
        "id": id,
        "metadata": metadata,
        "outputs": [],
        "source": source,
    }


def build(article: Article, source: str) -> nbformat.NotebookNode:
    """The notebook for an article; `source` names where it came from (kept for the record).
    Cells are plain dicts (nbformat's cell builders validate each one: most of a build's time);
    the notebook is validated once, when it is written."""
    cells = [
        _markdown_cell(title_source(article), "title", _role(TITLE, "slide")),
        _code_cell(CONTROLS_SOURCE, "controls", _role(CONTROLS, "slide")),
    ]
    starts = slide_starts([p.text for p in article.paragraphs])
    for n, (paragraph, starts_slide) in enumerate(zip(article.paragraphs, starts, strict=True), start=1):
        cells.append(_markdown_cell(paragraph_source(paragraph), f"p{n}", NEW_SLIDE if starts_slide else None))
    cells.append(_code_cell(WHO_SOURCE, "who", _role(WHO, "slide")))
    record = {
        "source": source,
        "language": article.language,
        "header": dict(article.header),
        "removed": list(article.removed),
    }
    return nbformat.from_dict(
        {
            "cells": cells,
            "metadata": {"kernelspec": KERNELSPEC, "language_info": language_info(), "newsdeck": record},
            "nbformat": v4.nbformat,
            "nbformat_minor": v4.nbformat_minor,
        }
    )


def writes(notebook: nbformat.NotebookNode) -> str:
    return nbformat.writes(notebook) + "\n"
