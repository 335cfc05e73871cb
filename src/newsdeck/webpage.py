"""A saved web page → the article text newsdeck parses: a title line, header lines, paragraphs.

The article is found by trafilatura (made for exactly this: boilerplate, navigation, ads,
comments and captions dropped). What it leaves that a text scrape would leave too, such as a
person's hover card glued to their name, is then removed by the text pipeline like any other
junk, and kept in `removed`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdeck.clean import collapse
from newsdeck.errors import InputError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.IGNORECASE)
_HIDING_RULE = re.compile(r"(?:^|[{};,\s])\.([\w-]+)\s*\{[^}]*?\b(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.S)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
INLINE = frozenset("a abbr b bdi bdo cite code em i mark q s small span strong sub sup time u".split())
LABEL_WORDS = 4  # a leading line this short with no final stop is a kicker
MIN_DUPLICATE = 20  # characters: a shorter paragraph may repeat by chance ("Yes.")


@dataclass(frozen=True)
class Page:
    title: str
    header: tuple[tuple[str, str], ...]
    paragraphs: tuple[str, ...]
    removed: tuple[str, ...] = ()  # hidden text inside the prose, such as a person's hover card


def decode(data: bytes, where: str, declared: str | None = None) -> str:
    """Page bytes → text: the charset the server declared, else the page's own <meta>, else UTF-8
    (undecodable bytes shown as U+FFFD rather than lost silently)."""
    found = _META_CHARSET.search(data[:4096])
    for charset in (declared, found.group(1).decode("ascii") if found else None):
        if not charset:
            continue
        try:
            return data.decode(charset)
        except LookupError:
            continue
        except UnicodeDecodeError as error:
            raise InputError(f"{where}: not {charset} at byte offset {error.start}") from None
    return data.decode("utf-8", errors="replace")


def _paragraphs(body) -> list[str]:
    """Body paragraphs in order: <p>, quotations and list items; subheads and tables are not prose."""
    texts = []
    for element in body:
        if element.tag in ("p", "quote"):
            texts.append(collapse("".join(element.itertext())))
        elif element.tag == "list":
            texts += [collapse("".join(item.itertext())) for item in element if item.tag == "item"]
    return [t for t in texts if t]


def without_repeats(paragraphs: list[str]) -> list[str]:
    """Drop exact repeats and paragraphs another paragraph already contains (pull quotes)."""
    kept = []
    for text in paragraphs:
        contained = len(text) >= MIN_DUPLICATE and any(text in other and text != other for other in paragraphs)
        if text not in kept and not contained:
            kept.append(text)
    return kept


def _hidden_classes(tree) -> set[str]:
    """Classes the page's own <style> rules hide (`.card { display: none }`)."""
    css = " ".join(style.text_content() for style in tree.iter("style"))
    return set(_HIDING_RULE.findall(css))


def _is_hidden(element, classes: set[str]) -> bool:
    if element.get("hidden") is not None or _HIDDEN_STYLE.search(element.get("style") or ""):
        return True
    return bool(classes & set((element.get("class") or "").split()))


def _in_running_text(element) -> bool:
    """True when text runs around `element` within its paragraph (directly or via inline parents)."""
    node = element
    while True:
        parent = node.getparent()
        if (node.tail or "").strip() or (parent is not None and (parent.text or "").strip()):
            return True
        if parent is None or parent.tag not in INLINE:
            return False
        node = parent


def drop_hidden_in_prose(tree) -> list[str]:
    """Remove hidden elements that sit inside running text (a hover card after a name), keeping
    the text around them; return their text, which a reader never sees."""
    classes, removed = _hidden_classes(tree), []
    for element in list(tree.iter()):
        parent = element.getparent()
        if parent is None or not isinstance(element.tag, str) or not _is_hidden(element, classes):
            continue
        if any(_is_hidden(a, classes) for a in element.iterancestors()):
            continue  # inside another hidden element: removed with it
        if _in_running_text(element):
            text = collapse(" ".join(element.itertext()))
            if text:
                removed.append(text)
            element.drop_tree()
    return removed


def extract(html: str, where: str, url: str | None = None) -> Page:
    """The article of a web page: title, header (outlet, author, date, URL) and paragraphs."""
    import lxml.html
    import trafilatura

    tree = lxml.html.document_fromstring(html)
    removed = drop_hidden_in_prose(tree)
    document = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=False, include_images=False
    )
    body = getattr(document, "body", None)
    paragraphs = without_repeats(_paragraphs(body)) if body is not None else []
    while len(paragraphs) > 1 and _is_label(paragraphs[0]):
        paragraphs.pop(0)  # a kicker above the story ("The long read"), not prose
    summary = None
    if len(paragraphs) > 1 and _letters(paragraphs[0]) == _letters(document.description or ""):
        summary = paragraphs.pop(0)  # the standfirst: kept in the header, shown on the title slide
    if not paragraphs:
        raise InputError(f"{where}: no article text found in the page")
    header = [
        ("summary", summary),
        ("source", document.sitename),
        ("author", document.author),
        ("date", document.date),
        ("url", document.url or url),
    ]
    title = collapse(document.title or "") or where
    header = tuple((k, collapse(v)) for k, v in header if v and collapse(v))
    return Page(title, header, tuple(paragraphs), tuple(removed))


def _is_label(text: str) -> bool:
    return len(text.split()) <= LABEL_WORDS and not text.rstrip("”’\"'").endswith((".", "!", "?"))


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def article_text(page: Page) -> str:
    """The page in the text format `newsdeck.clean` reads: title, header lines, paragraphs."""
    blocks = [page.title]
    if page.header:
        blocks.append("\n".join(f"{key.capitalize()}: {value}" for key, value in page.header))
    return "\n\n".join([*blocks, *page.paragraphs]) + "\n"
