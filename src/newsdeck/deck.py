"""Notebook → deck-ready notebook, derived from its cells as they are now: paragraphs grouped
and split to fit slides, a compact Who-said-what, speaker notes for every slide. An nbconvert
preprocessor; pure at its core."""

from __future__ import annotations

from dataclasses import dataclass

from nbconvert.preprocessors import Preprocessor
from nbformat import NotebookNode, from_dict

from newsdeck import cells, controls
from newsdeck.cells import CELL, PARAGRAPH, TITLE, WHO, Block, Reading, source_of
from newsdeck.layout import SLIDE_LIMIT, place, split_points
from newsdeck.markup import markdown_literal, paragraph_source, plural, render
from newsdeck.model import SPEECH, Paragraph, Quote

SPEAKERS_PER_SLIDE = 6
AUTO = ("-", "", None)  # slide types that leave the choice to newsdeck
EMPTY = "This notebook has no Markdown cells to show."


@dataclass(frozen=True)
class Part:
    """A piece of a cell on the deck: the cell, its slide type, and what its notes say."""

    cell: NotebookNode
    slide_type: str
    number: int = 0  # ¶ number, for paragraph parts
    content: Paragraph | None = None  # the text and quotes it shows, for notes
    role: str = CELL


def piece(paragraph: Paragraph, lo: int, hi: int) -> Paragraph:
    """Paragraph text [lo, hi) with the parts of its quotes that fall inside."""
    quotes = tuple(
        Quote(
            paragraph.text[max(q.start, lo) : min(q.end, hi)],
            max(q.start, lo) - lo,
            min(q.end, hi) - lo,
            q.speaker,
            q.kind,
        )
        for q in paragraph.quotes
        if q.start < hi and q.end > lo
    )
    return Paragraph(paragraph.text[lo:hi], quotes)


def _cell(source: str, cell_id: str) -> NotebookNode:
    """A Markdown cell for the deck only. Unlike v4.new_markdown_cell it skips validating each
    cell on its own: nbconvert validates the whole notebook right after this preprocessor."""
    return from_dict({"cell_type": "markdown", "id": cell_id, "metadata": {}, "source": source})


def _with_slide_type(cell: NotebookNode, slide_type: str) -> NotebookNode:
    """A copy of the cell with the slide type the deck gives it."""
    metadata = cell.get("metadata")
    metadata = dict(metadata) if isinstance(metadata, dict) else {}
    return from_dict({**cell, "metadata": {**metadata, "slideshow": {"slide_type": slide_type}}})


def _chosen_slide_type(cell: NotebookNode) -> str | None:
    """The slide type the presenter set on a cell, if any (broken metadata counts as none)."""
    slideshow = cell.get("metadata", {}).get("slideshow")
    kind = slideshow.get("slide_type") if isinstance(slideshow, dict) else None
    return None if kind in AUTO or not isinstance(kind, str) else kind


def paragraph_parts(cell: NotebookNode, block: Block) -> list[Part]:
    """A paragraph cell as one deck cell, or one per slide when too long for one."""
    chosen = _chosen_slide_type(cell) or "-"
    text = block.content.text

    def box(source: str) -> str:
        if cell.get("attachments"):  # nbconvert resolves attachment: links while it renders
            return f'<div class="nd-para nd-p{block.number}">\n\n{source}\n\n</div>'
        return f'<div class="nd-para nd-p{block.number}">{cells.render(source).strip()}</div>'

    if len(text) <= SLIDE_LIMIT:
        deck_cell = _cell(box(source_of(cell)), f"nd-{block.index}")
        return [Part(deck_cell, chosen, block.number, block.content, PARAGRAPH)]
    parts = []
    for k, (lo, hi) in enumerate(split_points(text)):
        content = piece(block.content, lo, hi)
        kind = chosen if k == 0 else "slide"
        deck_cell = _cell(box(paragraph_source(content)), f"nd-{block.index}-{k + 1}")
        parts.append(Part(deck_cell, "slide" if kind == "-" else kind, block.number, content, PARAGRAPH))
    return parts


def who_said_what_parts(reading: Reading) -> list[Part]:
    """The compact Who-said-what: names, bars, counts and ¶ numbers, a few speakers a slide."""
    rows = controls.who_said_what_rows(reading.article)
    chunks = [rows[i : i + SPEAKERS_PER_SLIDE] for i in range(0, len(rows), SPEAKERS_PER_SLIDE)] or [[]]
    parts = []
    for k, chunk in enumerate(chunks, start=1):
        title = "Who said what" + (f" ({k}/{len(chunks)})" if len(chunks) > 1 else "")
        source = render("who.html.j2", rows=chunk, compact=True, title=title)
        parts.append(Part(_cell(source, f"nd-who-{k}"), "slide", role=WHO))
    return parts


def title_part(cell: NotebookNode, block: Block, reading: Reading) -> Part:
    source = f'{source_of(cell)}\n\n<p class="nd-counts">{controls.counts(reading.article)}</p>'
    kind = _chosen_slide_type(cell) or "slide"
    return Part(_cell(source, f"nd-{block.index}"), kind, content=block.content, role=TITLE)


def parts_of(notebook: NotebookNode, reading: Reading) -> list[Part]:
    """Every cell the deck shows, in the notebook's order."""
    parts: list[Part] = []
    for block in reading.blocks:
        cell = notebook.cells[block.index]
        if block.role == PARAGRAPH:
            parts += paragraph_parts(cell, block)
        elif block.role == TITLE:
            parts.append(title_part(cell, block, reading))
        elif block.role == WHO:
            parts += who_said_what_parts(reading)
        else:
            kind = _chosen_slide_type(cell) or "slide"
            parts.append(Part(cell, kind, content=block.content))
    if not parts:
        parts.append(
            Part(
                _cell(f"# {markdown_literal(reading.article.title, line_start=False)}\n\n{EMPTY}", "nd-empty"), "slide"
            )
        )
    return parts


def group(parts: list[Part]) -> list[Part]:
    """Slide types for the parts newsdeck places: short neighbouring paragraphs share a slide."""
    result, used = [], None
    for part in parts:
        kind = part.slide_type
        if part.role == PARAGRAPH and kind == "-":
            starts, used = place(used, len(part.content.text))
            kind = "slide" if starts else "-"
        elif part.role == PARAGRAPH and kind in ("slide", "subslide"):
            used = len(part.content.text)
        elif kind not in ("skip", "notes"):  # neither is shown on the slide
            used = None
        result.append(part if kind == part.slide_type else Part(part.cell, kind, part.number, part.content, part.role))
    return result


def notes_html(slide: list[Part], reading: Reading) -> str:
    """Speaker notes for one slide: what it shows, and its quotes with their speakers."""
    lines, quotes = [], []
    for part in slide:
        if part.role == TITLE:
            lines.append({"text": reading.article.title})
            lines += [{"text": f"{s.name}: {plural(s.quotes, 'quote')}"} for s in reading.article.speakers]
        elif part.role == WHO:
            quotes += [
                (n, q) for n, p in enumerate(reading.article.paragraphs, 1) for q in p.quotes if q.kind == SPEECH
            ]
        elif part.content is not None and part.content.text:
            lines.append({"number": part.number, "text": part.content.text})
            quotes += [(part.number, q) for q in part.content.quotes]
    if not lines and not quotes:
        return ""
    return render("notes.html.j2", lines=lines, quotes=quotes)


def add_notes(parts: list[Part], reading: Reading) -> list[NotebookNode]:
    """After each slide's cells, a `notes` cell (nbconvert turns it into <aside class="notes">)."""
    slides: list[list[Part]] = []
    for part in parts:
        if part.slide_type == "skip":
            continue
        if part.slide_type in ("slide", "subslide") or not slides:
            slides.append([])
        slides[-1].append(part)
    result = []
    for k, slide in enumerate(slides, start=1):
        result += [_with_slide_type(part.cell, part.slide_type) for part in slide]
        notes = notes_html([p for p in slide if p.slide_type != "notes"], reading)
        if notes:
            result.append(_with_slide_type(_cell(notes, f"nd-notes-{k}"), "notes"))
    return result


def prepare(notebook: NotebookNode, reading: Reading) -> NotebookNode:
    """The notebook as the deck shows it."""
    return NotebookNode({**notebook, "cells": add_notes(group(parts_of(notebook, reading)), reading)})


class DeckPreprocessor(Preprocessor):
    """nbconvert stage: read the cells, prepare the deck, hand the static control panel to the template."""

    def preprocess(self, nb, resources):
        reading = cells.read(nb, resources.get("metadata", {}).get("name") or "slides")
        deck = resources.setdefault("newsdeck", {})
        deck["panel"] = controls.static_panel(reading.article)
        deck["rules"] = controls.rules(reading.article, "body")  # paragraphs: deck.js toggles a class
        deck["title"] = reading.article.title
        return prepare(nb, reading), resources
