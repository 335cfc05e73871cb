"""Article text → HTML that renders literally in JupyterLab's Markdown cells and in nbconvert."""

from __future__ import annotations

import html

from newsdeck.model import SPEECH, Paragraph, Quote

# Math delimiters ($, \( \[) are typeset by MathJax in both renderers unless the character
# sits alone in its own element; an entity alone is not enough (it is decoded first).
_ISOLATED = {"$": "<span>&#36;</span>", "\\": "<span>&#92;</span>"}


def literal(text: str) -> str:
    """Escape text so Markdown, HTML and math syntax all show as written."""
    escaped = html.escape(text, quote=False)
    return "".join(_ISOLATED.get(char, char) for char in escaped)


def speaker_classes(speakers: list[str]) -> dict[str, str]:
    """A stable CSS class per speaker: nd-s1, nd-s2 … in order of first quote."""
    return {name: f"nd-s{i}" for i, name in enumerate(speakers, start=1)}


def quote_html(paragraph_text: str, quote: Quote, classes: dict[str, str]) -> str:
    """A quote with its marks, wrapped so it can be styled, hidden and replaced by a placeholder."""
    open_mark = paragraph_text[quote.start - 1]
    close_mark = paragraph_text[quote.end] if quote.end < len(paragraph_text) else ""
    shown = literal(open_mark + quote.text + close_mark)
    if quote.kind != SPEECH:
        return f'<span class="nd-term">{shown}</span>'
    speaker = classes.get(quote.speaker or "", "nd-s0")
    placeholder = '<span class="nd-ph" style="display:none">“…”</span>'
    return f'<span class="nd-quote {speaker}"><span class="nd-qt">{shown}</span>{placeholder}</span>'


def paragraph_html(paragraph: Paragraph, number: int, classes: dict[str, str]) -> str:
    """One paragraph as a single-line <p> block (raw HTML: no Markdown parsing inside)."""
    text, parts, at = paragraph.text, [], 0
    for quote in paragraph.quotes:
        close = quote.end + (1 if quote.end < len(text) else 0)
        parts.append(literal(text[at : quote.start - 1]))
        parts.append(quote_html(text, quote, classes))
        at = close
    parts.append(literal(text[at:]))
    return f'<p class="nd-para nd-p{number}">{"".join(parts)}</p>'
