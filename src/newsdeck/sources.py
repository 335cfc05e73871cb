"""Where an article comes from: a text file, a saved web page (.html) or a link (http/https).
Each becomes the raw article text newsdeck parses; its name names the notebook and the deck."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from newsdeck.errors import InputError
from newsdeck.fetch import fetch, is_link
from newsdeck.model import Article
from newsdeck.reader import read_bytes, read_text
from newsdeck.webpage import Page

PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
_UNSAFE = re.compile(r"[^\w.-]+")


def name_of(source: str | Path) -> str:
    """The name of the files built from a source: `x.txt`, `x.html` and `https://…/x.html` → `x`."""
    source = str(source)
    if not is_link(source):
        return Path(source).stem
    parts = urlsplit(source)
    last = PurePosixPath(unquote(parts.path)).stem or parts.hostname or "page"
    return _UNSAFE.sub("-", last).strip("-.") or "page"


def read_page(source: str) -> Page | None:
    """The web page a source names (a link or a saved .html file), extracted; None for a text file."""
    from newsdeck import webpage

    if is_link(source):
        fetched = fetch(source)
        return webpage.extract(webpage.decode(fetched.data, source, fetched.charset), source, fetched.url)
    if Path(source).suffix.lower() in PAGE_SUFFIXES:
        return webpage.extract(webpage.decode(read_bytes(source), source), source)
    if "://" in source:
        raise InputError(f"{source}: only http and https links are fetched")
    return None


def load(source: str | Path) -> Article:
    """Read and parse an article from any source; InputError messages name the source."""
    from newsdeck.parse import parse_named
    from newsdeck.webpage import article_text

    source = str(source)
    page = read_page(source)
    if page is None:
        return parse_named(read_text(source), source)
    article = parse_named(article_text(page), source)
    return replace(article, removed=(*page.removed, *article.removed))
