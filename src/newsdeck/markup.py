"""How newsdeck writes text: the Markdown of a paragraph cell, escaping, the nd- class vocabulary.

A paragraph cell is the article's prose as Markdown. Each quotation is one inline element,
`<mark title="Speaker">“…”</mark>` (`<mark>` alone when nobody is named); a term in quotation
marks (a title, a scare quote) is `<i>“…”</i>`. JupyterLab's sanitizer keeps both, and both are
visible before any code runs. `newsdeck.cells` reads them back.
"""

from __future__ import annotations

import html
import re
from functools import cache

from newsdeck.model import SPEECH, Article, Paragraph, Quote

# Math delimiters ($, \( \[) are typeset by MathJax in JupyterLab and nbconvert unless the
# character sits alone in its own element; an entity alone is not enough (it is decoded first).
QUOTE_MARKS = "\"'“”„‟‘’‚‛«»‹›「」『』"
_ISOLATED = {"\\": "<span>&#92;</span>", "$": "<span>&#36;</span>"}
_INLINE_SPECIAL = re.compile(r"[\\$*_`\[\]~]|&(?=#?\w+;)|<(?=[A-Za-z/!?])")
_LINE_START = re.compile(r"^(?:[#>+=|-]|\d+[.)]|\*)")
_LEADING_SPACE = re.compile(r"^\s+")


def literal(text: str) -> str:
    """Escape text for generated HTML so markup and math syntax show as written."""
    escaped = html.escape(text, quote=False)
    for char, isolated in _ISOLATED.items():
        escaped = escaped.replace(char, isolated)
    return escaped


def _escape_inline(match: re.Match) -> str:
    char = match.group()
    if char in _ISOLATED:
        return _ISOLATED[char]
    if char == "&":
        return "&amp;"
    if char == "<":
        return "&lt;"
    return "\\" + char


def markdown_literal(text: str, line_start: bool = True) -> str:
    """Text as Markdown that renders exactly as written, escaped only where Markdown would act."""
    escaped = _INLINE_SPECIAL.sub(_escape_inline, text)
    if line_start:
        escaped = _LEADING_SPACE.sub(lambda m: "".join(f"&#{ord(c)};" for c in m.group()), escaped)
        start = _LINE_START.match(escaped)
        if start:
            escaped = escaped[: start.end() - 1] + "\\" + escaped[start.end() - 1 :]
    return escaped


def quote_region(text: str, quote: Quote) -> tuple[int, int]:
    """The quote with the quotation marks around it, where there are any."""
    lo = quote.start - 1 if quote.start > 0 and text[quote.start - 1] in QUOTE_MARKS else quote.start
    hi = quote.end + 1 if quote.end < len(text) and text[quote.end] in QUOTE_MARKS else quote.end
    return lo, hi


def mark(inner: str, quote: Quote) -> str:
    """The inline element that carries a quote (already escaped `inner`) and its speaker."""
    if quote.kind != SPEECH:
        return f"<i>{inner}</i>"
    if quote.speaker:
        return f'<mark title="{html.escape(quote.speaker)}">{inner}</mark>'
    return f"<mark>{inner}</mark>"


def paragraph_source(paragraph: Paragraph) -> str:
    """The Markdown source of a paragraph cell: its prose, one inline element per quote."""
    text, parts, at = paragraph.text, [], 0
    for quote in paragraph.quotes:
        lo, hi = quote_region(text, quote)
        if lo < at:
            continue
        parts.append(markdown_literal(text[at:lo], line_start=at == 0))
        parts.append(mark(markdown_literal(text[lo:hi], line_start=False), quote))
        at = hi
    parts.append(markdown_literal(text[at:], line_start=at == 0))
    return "".join(parts)


def css_string(value: str) -> str:
    """A CSS string literal for `value`, safe inside a <style> element."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ").replace("<", "\\3c ")
    return f'"{escaped}"'


def speaker_classes(article: Article) -> dict[str, str]:
    """A stable CSS class per speaker: nd-s1, nd-s2 … in order of first quote."""
    return {speaker.name: f"nd-s{i}" for i, speaker in enumerate(article.speakers, start=1)}


def control_class(target_class: str) -> str:
    """The class of the control that hides `target_class`: nd-s2 → nd-ctl-s2, nd-p3 → nd-ctl-p3."""
    return "nd-ctl-" + target_class.removeprefix("nd-")


def speaker_selector(name: str | None) -> str:
    """The quotes of one speaker (None: quotes nobody is named for), in any rendered cell."""
    return f"mark[title={css_string(name)}]" if name else "mark:not([title])"


@cache
def _templates():
    from importlib.resources import files

    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    folder = str(files("newsdeck").joinpath("templates", "parts"))
    env = Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(default=True), trim_blocks=True)
    env.filters["literal"] = lambda text: Markup(literal(str(text)))
    env.filters["plural"] = plural
    return env


def render(template: str, **values) -> str:
    """One of newsdeck's HTML parts (templates/parts/NAME.html.j2), text escaped by `literal`."""
    return _templates().get_template(template).render(**values).strip()


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")
