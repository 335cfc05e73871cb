"""Raw article text → Article: clean it, find its quotes, attribute them."""

from __future__ import annotations

from pathlib import Path

from newsdeck.clean import clean
from newsdeck.errors import InputError
from newsdeck.language import language_of
from newsdeck.model import SPEECH, Article, Paragraph, Quote
from newsdeck.quotes import find_spans
from newsdeck.reader import read_text
from newsdeck.speakers import attribute


def parse(raw: str) -> Article:
    """Parse raw scraped article text into the article model."""
    text = clean(raw)
    language = language_of(dict(text.header), "\n".join(text.paragraphs))
    spans = [find_spans(p, language) for p in text.paragraphs]
    attributions = attribute(list(text.paragraphs), spans, language)
    paragraphs = [
        Paragraph(
            paragraph,
            tuple(
                Quote(paragraph[s.start : s.end], s.start, s.end, a.speaker, a.kind)
                for s, a in zip(paragraph_spans, found, strict=True)
            ),
        )
        for paragraph, paragraph_spans, found in zip(text.paragraphs, spans, attributions, strict=True)
    ]
    return Article(text.title, tuple(_join_chains(paragraphs, spans)), text.removed, text.header, language)


def parse_named(raw: str, where: str | Path) -> Article:
    """Parse raw article text; InputError messages name where it came from."""
    try:
        return parse(raw)
    except InputError as error:
        raise InputError(f"{where}: {error}") from None


def parse_file(path: str | Path) -> Article:
    """Read and parse an article text file."""
    return parse_named(read_text(path), path)


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
