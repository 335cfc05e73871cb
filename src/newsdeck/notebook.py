"""Article → notebook: one Markdown cell per paragraph, a controls cell, a Who-said-what cell."""

from __future__ import annotations

import json

import nbformat
from nbformat import v4

from newsdeck.markup import literal, paragraph_html, quote_html, speaker_classes
from newsdeck.model import SPEECH, Article

KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
SHARE_LIMIT = 560  # characters: short neighbouring paragraphs share a slide up to this
BAR_WIDTH = 12
HEADER_LABELS = {"url": "URL"}
NOBODY = "Nobody is quoted in this article."


def bar(quotes: int, most: int) -> str:
    """A text bar for a speaker's share of quotes, relative to the most quoted speaker."""
    return "█" * max(1, round(BAR_WIDTH * quotes / most))


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def title_source(article: Article) -> str:
    lines = [f'<h1 class="nd-title">{literal(article.title)}</h1>']
    if article.header:
        items = " · ".join(
            f"{literal(HEADER_LABELS.get(key, key.capitalize()))}: {literal(value)}" for key, value in article.header
        )
        lines.append(f'<p class="nd-header">{items}</p>')
    counts = [
        plural(len(article.paragraphs), "paragraph"),
        plural(len(article.quotes), "quote"),
        plural(len(article.speakers), "speaker"),
    ]
    lines.append(f'<p class="nd-counts">{" · ".join(counts)}</p>')
    return "\n".join(lines)


def controls_source(article_ref: str) -> str:
    return f"from newsdeck.controls import show\n\nshow({json.dumps(article_ref, ensure_ascii=False)})"


def who_said_what_source(article: Article) -> str:
    classes = speaker_classes(article)
    most = max((s.quotes for s in article.speakers), default=1)
    lines = ['<div class="nd-who">', "<h2>Who said what</h2>"]
    if not article.speakers:
        lines.append(f"<p>{NOBODY}</p>")
    for speaker in article.speakers:
        share = bar(speaker.quotes, most)
        lines.append(
            f'<p class="nd-who-name"><b>{literal(speaker.name)}</b> <span class="nd-bar">{share}</span> '
            f"{plural(speaker.quotes, 'quote')}</p>"
        )
        items = [
            f"<li>{quote_html(p.text, q, classes)} <small>¶{n}</small></li>"
            for n, p in enumerate(article.paragraphs, start=1)
            for q in p.quotes
            if q.kind == SPEECH and q.speaker == speaker.name
        ]
        lines.append(f"<ul>{''.join(items)}</ul>")
    lines.append("</div>")
    return "\n".join(lines)


def slide_starts(article: Article) -> list[bool]:
    """Which paragraphs start a new slide: short neighbours share one."""
    starts, used = [], SHARE_LIMIT + 1
    for paragraph in article.paragraphs:
        size = len(paragraph.text)
        if used + size <= SHARE_LIMIT:
            starts.append(False)
            used += size
        else:
            starts.append(True)
            used = size
    return starts


def build(article: Article, article_ref: str) -> nbformat.NotebookNode:
    """The notebook for an article; `article_ref` is the article's path as the kernel will see it."""
    classes = speaker_classes(article)

    def slide(kind: str) -> dict:
        return {"slideshow": {"slide_type": kind}}

    cells = [
        v4.new_markdown_cell(title_source(article), id="title", metadata=slide("slide")),
        v4.new_code_cell(controls_source(article_ref), id="controls", metadata=slide("skip")),
    ]
    for n, (paragraph, starts) in enumerate(zip(article.paragraphs, slide_starts(article), strict=True), start=1):
        metadata = slide("slide" if starts else "-") | {"newsdeck": {"paragraph": n}}
        cells.append(v4.new_markdown_cell(paragraph_html(paragraph, n, classes), id=f"p{n}", metadata=metadata))
    cells.append(v4.new_markdown_cell(who_said_what_source(article), id="who", metadata=slide("slide")))
    return v4.new_notebook(
        cells=cells,
        metadata={
            "kernelspec": KERNELSPEC,
            "language_info": {"name": "python"},
            "newsdeck": {"article": article.to_dict(), "source": article_ref},
        },
    )


def writes(notebook: nbformat.NotebookNode) -> str:
    return nbformat.writes(notebook) + "\n"
