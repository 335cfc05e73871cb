"""Article text → HTML that renders literally in JupyterLab's Markdown cells and in nbconvert."""

from __future__ import annotations

import html

from newsdeck.model import SPEECH, Article, Paragraph, Quote

# Math delimiters ($, \( \[) are typeset by MathJax in both renderers unless the character
# sits alone in its own element; an entity alone is not enough (it is decoded first).
_ISOLATED = {"\\": "<span>&#92;</span>", "$": "<span>&#36;</span>"}  # backslash first


def literal(text: str) -> str:
    """Escape text so Markdown, HTML and math syntax all show as written."""
    escaped = html.escape(text, quote=False)
    for char, isolated in _ISOLATED.items():
        escaped = escaped.replace(char, isolated)
    return escaped


def speaker_classes(article: Article) -> dict[str, str]:
    """A stable CSS class per speaker: nd-s1, nd-s2 … in order of first quote."""
    return {speaker.name: f"nd-s{i}" for i, speaker in enumerate(article.speakers, start=1)}


def control_class(target_class: str) -> str:
    """The class of the control that hides `target_class`: nd-s2 → nd-ctl-s2, nd-p3 → nd-ctl-p3."""
    return "nd-ctl-" + target_class.removeprefix("nd-")


def quote_html(text: str, quote: Quote, classes: dict[str, str], lo: int = 0, hi: int | None = None) -> str:
    """A quote with its marks (the part of it inside [lo, hi)), wrapped to be styled and hidden."""
    region_end = quote.end + 1 if quote.end < len(text) else quote.end
    shown = literal(text[max(lo, quote.start - 1) : min(region_end, len(text) if hi is None else hi)])
    if quote.kind != SPEECH:
        return f'<span class="nd-term">{shown}</span>'
    speaker = classes.get(quote.speaker or "", "nd-s0")
    placeholder = '<span class="nd-ph" style="display:none">“…”</span>'
    return f'<span class="nd-quote {speaker}"><span class="nd-qt">{shown}</span>{placeholder}</span>'


def paragraph_html(
    paragraph: Paragraph, number: int, classes: dict[str, str], lo: int = 0, hi: int | None = None
) -> str:
    """Paragraph text [lo, hi) as a single-line <p> block (raw HTML: no Markdown parsing inside)."""
    text = paragraph.text
    hi = len(text) if hi is None else hi
    parts, at = [], lo
    for quote in paragraph.quotes:
        region = (quote.start - 1, quote.end + 1 if quote.end < len(text) else quote.end)
        if region[1] <= lo or region[0] >= hi:
            continue
        parts.append(literal(text[at : max(at, region[0])]))
        parts.append(quote_html(text, quote, classes, lo, hi))
        at = min(region[1], hi)
    parts.append(literal(text[at:hi]))
    return f'<p class="nd-para nd-p{number}">{"".join(parts)}</p>'
