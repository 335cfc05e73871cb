"""Notebook → deck-ready notebook: long paragraphs split between sentences, a compact
Who-said-what, speaker notes for every slide. An nbconvert preprocessor; pure at its core."""

from __future__ import annotations

import re

from nbconvert.preprocessors import Preprocessor
from nbformat import NotebookNode, from_dict

from newsdeck import controls
from newsdeck.markup import literal, paragraph_html, speaker_classes
from newsdeck.model import SPEECH, Article, Speaker
from newsdeck.notebook import NOBODY, bar, plural, who_said_what_source

SLIDE_LIMIT = 700  # characters of paragraph text on one slide
SPEAKERS_PER_SLIDE = 6
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*(?= )")


def article_of(notebook: NotebookNode) -> Article | None:
    data = notebook.metadata.get("newsdeck", {}).get("article")
    return Article.from_dict(data) if data else None


def split_points(text: str, limit: int = SLIDE_LIMIT) -> list[tuple[int, int]]:
    """[lo, hi) ranges of text, each at most `limit` long, cut after a sentence where possible."""
    ranges, lo = [], 0
    while len(text) - lo > limit:
        window = text[lo : lo + limit + 1]
        ends = [m.end() for m in _SENTENCE_END.finditer(window) if m.end() > limit // 3]
        cut = ends[-1] if ends else window.rfind(" ")
        if cut <= 0:
            cut = limit
            ranges.append((lo, lo + cut))
            lo += cut
            continue
        ranges.append((lo, lo + cut))
        lo += cut + (1 if text[lo + cut : lo + cut + 1] == " " else 0)
    ranges.append((lo, len(text)))
    return ranges


def _slide(kind: str) -> dict:
    return {"slideshow": {"slide_type": kind}}


def _cell(source: str, cell_id: str, metadata: dict) -> NotebookNode:
    """A Markdown cell for the deck only. Unlike v4.new_markdown_cell it skips validating each
    cell on its own: nbconvert validates the whole notebook right after this preprocessor."""
    return from_dict({"cell_type": "markdown", "id": cell_id, "metadata": metadata, "source": source})


def split_long_paragraphs(cells: list, article: Article) -> list:
    """Paragraph cells too long for a slide become one cell per slide (unless edited by hand)."""
    classes = speaker_classes(article)
    result = []
    for cell in cells:
        n = cell.metadata.get("newsdeck", {}).get("paragraph")
        paragraph = article.paragraphs[n - 1] if n and n <= len(article.paragraphs) else None
        if not paragraph or len(paragraph.text) <= SLIDE_LIMIT or cell.source != paragraph_html(paragraph, n, classes):
            result.append(cell)
            continue
        for k, (lo, hi) in enumerate(split_points(paragraph.text), start=1):
            kind = cell.metadata.slideshow.slide_type if k == 1 else "slide"
            metadata = _slide(kind) | {"newsdeck": {"paragraph": n, "part": k}}
            source = paragraph_html(paragraph, n, classes, lo, hi)
            result.append(_cell(source, f"p{n}-{k}", metadata))
    return result


def compact_who_said_what(cells: list, article: Article) -> list:
    """The notebook's full Who-said-what becomes slides of names, bars, counts and ¶ numbers."""
    result = []
    for cell in cells:
        if cell.get("id") != "who" or cell.source != who_said_what_source(article):
            result.append(cell)
            continue
        step = SPEAKERS_PER_SLIDE
        chunks = [article.speakers[i : i + step] for i in range(0, len(article.speakers), step)]
        for k, chunk in enumerate(chunks or [()], start=1):
            rows = [_who_row(article, speaker) for speaker in chunk]
            body = f'<ul class="nd-who-list">{"".join(rows)}</ul>' if rows else f"<p>{NOBODY}</p>"
            title = "Who said what" + (f" ({k}/{len(chunks)})" if len(chunks) > 1 else "")
            source = f'<div class="nd-who">\n<h2>{title}</h2>\n{body}\n</div>'
            result.append(_cell(source, f"who-{k}", _slide("slide")))
    return result


def _who_row(article: Article, speaker: Speaker) -> str:
    """One speaker on the deck's Who-said-what: name, bar, count, the ¶ numbers of their quotes."""
    most = max(s.quotes for s in article.speakers)
    where = sorted({n for n, p in enumerate(article.paragraphs, 1) for q in p.quotes if q.speaker == speaker.name})
    share = bar(speaker.quotes, most)
    return (
        f'<li><b>{literal(speaker.name)}</b> <span class="nd-bar" aria-hidden="true">{share}</span> '
        f"{plural(speaker.quotes, 'quote')} <small>({', '.join(f'¶{n}' for n in where)})</small></li>"
    )


def notes_html(cells: list, article: Article) -> str:
    """Speaker notes for the cells of one slide: full paragraphs, quotes with speakers, ¶ numbers."""
    numbers = []
    for cell in cells:
        n = cell.metadata.get("newsdeck", {}).get("paragraph")
        if n and n not in numbers:
            numbers.append(n)
    lines = []
    if not numbers and any(c.get("id") == "title" for c in cells):
        lines.append(f"<p>{literal(article.title)}</p>")
        lines += [f"<p>{literal(s.name)}: {plural(s.quotes, 'quote')}</p>" for s in article.speakers]
    if not numbers and any(str(c.get("id", "")).startswith("who") for c in cells):
        numbers = [n for n, p in enumerate(article.paragraphs, 1) if any(q.kind == SPEECH for q in p.quotes)]
        lines += [_quote_lines(article, n) for n in numbers]
        return "\n".join(lines)
    for n in numbers:
        lines.append(f"<p><b>¶{n}</b> {literal(article.paragraphs[n - 1].text)}</p>")
        lines.append(_quote_lines(article, n))
    return "\n".join(line for line in lines if line)


def _quote_lines(article: Article, n: int) -> str:
    items = []
    for quote in article.paragraphs[n - 1].quotes:
        who = quote.speaker or ("term" if quote.kind != SPEECH else "unattributed")
        items.append(f"<li>¶{n} “{literal(quote.text)}” — {literal(who)}</li>")
    return f"<ul>{''.join(items)}</ul>" if items else ""


def add_notes(cells: list, article: Article) -> list:
    """After each slide's cells, a `notes` cell (nbconvert turns it into <aside class="notes">)."""
    slides, current = [], []
    for cell in cells:
        kind = cell.metadata.get("slideshow", {}).get("slide_type", "-")
        if kind == "skip":
            continue
        if kind in ("slide", "subslide") and current:
            slides.append(current)
            current = []
        current.append(cell)
    if current:
        slides.append(current)
    result = []
    for k, slide in enumerate(slides, start=1):
        result += slide
        notes = notes_html(slide, article)
        if notes:
            notes = f'<div class="nd-notes">\n{notes}\n</div>'
            result.append(_cell(notes, f"notes-{k}", _slide("notes")))
    return result


def prepare(notebook: NotebookNode, article: Article) -> NotebookNode:
    """The notebook as the deck shows it: `article` is the model stored in its metadata."""
    cells = [c for c in notebook.cells if c.cell_type == "markdown"]
    cells = split_long_paragraphs(cells, article)
    cells = compact_who_said_what(cells, article)
    return NotebookNode({**notebook, "cells": add_notes(cells, article)})


class DeckPreprocessor(Preprocessor):
    """nbconvert stage: prepare the notebook and hand the static control panel to the template."""

    def preprocess(self, nb, resources):
        article = article_of(nb)
        deck = resources.setdefault("newsdeck", {})
        if article is None:
            return nb, resources
        deck["panel"] = controls.static_panel(article)
        deck["rules"] = controls.rules(article, "body")
        deck["title"] = article.title
        return prepare(nb, article), resources
