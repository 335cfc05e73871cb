"""Raw article text → Article: clean it, find its quotes, attribute them."""

from __future__ import annotations

from pathlib import Path

from newsdeck.clean import clean
from newsdeck.errors import InputError
from newsdeck.model import SPEECH, Article, Paragraph, Quote
from newsdeck.quotes import find_spans
from newsdeck.reader import read_text
from newsdeck.speakers import Context, attribute_paragraph, full_names, masked


def parse(raw: str) -> Article:
    """Parse raw scraped article text into the article model."""
    text = clean(raw)
    spans = [find_spans(p) for p in text.paragraphs]
    context = Context(full_names([masked(p, s) for p, s in zip(text.paragraphs, spans, strict=True)]))
    paragraphs, previous = [], None
    for paragraph, paragraph_spans in zip(text.paragraphs, spans, strict=True):
        continues = _continuing_speaker(previous) or context.reported
        found = attribute_paragraph(paragraph, paragraph_spans, context, continues)
        quotes = tuple(
            Quote(paragraph[s.start : s.end], s.start, s.end, a.speaker, a.kind)
            for s, a in zip(paragraph_spans, found, strict=True)
        )
        previous = Paragraph(paragraph, quotes)
        paragraphs.append(previous)
    return Article(text.title, tuple(_join_chains(paragraphs, spans)), text.removed, text.header)


def parse_named(raw: str, where: str | Path) -> Article:
    """Parse raw article text; InputError messages name where it came from."""
    try:
        return parse(raw)
    except InputError as error:
        raise InputError(f"{where}: {error}") from None


def parse_file(path: str | Path) -> Article:
    """Read and parse an article text file."""
    return parse_named(read_text(path), path)


def _continuing_speaker(previous: Paragraph | None) -> str | None:
    """Who spoke last in the previous paragraph, for a paragraph that carries on their quote."""
    speeches = [q for q in previous.quotes if q.kind == SPEECH and q.speaker] if previous else []
    return speeches[-1].speaker if speeches else None


def _join_chains(paragraphs: list[Paragraph], spans: list[list]) -> list[Paragraph]:
    """A quote left open at a paragraph's end continues in the next: one speaker for the chain."""
    result = list(paragraphs)
    i = 0
    while i < len(result):
        chain = [i]
        while (
            spans[chain[-1]]
            and spans[chain[-1]][-1].open
            and chain[-1] + 1 < len(result)
            and spans[chain[-1] + 1]
            and spans[chain[-1] + 1][0].starts_paragraph
        ):
            chain.append(chain[-1] + 1)
        if len(chain) > 1:
            pieces = [result[chain[0]].quotes[-1]] + [result[j].quotes[0] for j in chain[1:]]
            speaker = next((q.speaker for q in pieces if q.speaker), None)
            for position, j in enumerate(chain):
                quotes = list(result[j].quotes)
                at = len(quotes) - 1 if position == 0 else 0
                quotes[at] = Quote(quotes[at].text, quotes[at].start, quotes[at].end, speaker, SPEECH)
                result[j] = Paragraph(result[j].text, tuple(quotes))
        i = chain[-1] + 1
    return result
