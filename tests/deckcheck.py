"""Reading a built deck back: the article text on its slides, and the tags found there."""

from __future__ import annotations

import re
from html.parser import HTMLParser

VOID = {"meta", "br", "img", "input", "hr", "link", "source", "wbr"}


class SlideText(HTMLParser):
    """Text of each `nd-pN` element on the slides, outside speaker notes and placeholders."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, set[str]]] = []
        self.paragraphs: dict[int, list[str]] = {}
        self.tags_in_slides: set[str] = set()
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        classes = set((dict(attrs).get("class") or "").split())
        if tag == "script":
            self.scripts += 1
        if any("slides" in c for _, c in self.stack):
            self.tags_in_slides.add(tag)
        if tag not in VOID:
            self.stack.append((tag, classes))

    def handle_endtag(self, tag):
        if not any(open_tag == tag for open_tag, _ in self.stack):
            return  # a void element written as <img />, or a stray end tag
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        classes = [c for _, cs in self.stack for c in cs]
        if "nd-ph" in classes or "notes" in classes or "nd-notes" in classes:
            return
        numbers = [int(c[4:]) for c in classes if re.fullmatch(r"nd-p\d+", c)]
        if numbers and "slides" in classes:
            self.paragraphs.setdefault(numbers[-1], []).append(data)


def read_deck(html: str) -> SlideText:
    parser = SlideText()
    parser.feed(html)
    return parser


def paragraph_text(deck: SlideText, n: int) -> str:
    return "".join(deck.paragraphs.get(n, []))
