"""A notebook's cells → the Article they show. The cells are the truth once a notebook is built:
the controls, Who-said-what and the deck are all derived from this reading, never from the
article file or from stale metadata.

Each Markdown cell is rendered as nbconvert renders it and read back: its visible text, and its
quotes (`<mark>` elements, the speaker in `title`) and terms (`<i>` elements). A cell that renders
as one paragraph of text is an article paragraph; any other Markdown cell (a heading, a list, an
image) is the presenter's own and is shown as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from html.parser import HTMLParser

from nbformat import NotebookNode

from newsdeck.markup import QUOTE_MARKS
from newsdeck.model import SPEECH, TERM, Article, Paragraph, Quote

TITLE, PARAGRAPH, CELL, WHO, CONTROLS = "title", "paragraph", "cell", "who", "controls"
ROLES = (TITLE, WHO, CONTROLS)  # the roles newsdeck writes into metadata.newsdeck.role
_SPACE = re.compile(r"\s+")
_HIDDEN = re.compile(r"display\s*:\s*none")
_SKIPPED = {"script", "style", "template"}
_VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass(frozen=True)
class Block:
    """One cell as the deck and the controls see it."""

    index: int  # position in notebook.cells
    role: str  # title | paragraph | cell | who
    content: Paragraph  # visible text and quotes
    number: int = 0  # ¶ number, for paragraphs
    blocks: int = 1  # top-level HTML blocks the cell renders to


@dataclass(frozen=True)
class Reading:
    article: Article
    blocks: tuple[Block, ...]

    def paragraph_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.role == PARAGRAPH]


class _Text(HTMLParser):
    """Visible text of rendered Markdown (whitespace collapsed), with quote and term ranges."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.length = 0
        self.stack: list[tuple[str, bool]] = []  # (tag, hides its content)
        self.open: tuple[str, int, str | None] | None = None  # (tag, start, speaker)
        self.quotes: list[Quote] = []
        self.top_level = 0
        self.first_tag: str | None = None

    def _hidden(self) -> bool:
        return any(hides for _, hides in self.stack)

    def handle_starttag(self, tag, attrs):
        if not self.stack:
            self.top_level += 1
            self.first_tag = self.first_tag or tag
        attributes = dict(attrs)
        if tag in _VOID:
            if tag == "br":
                self.handle_data(" ")
            return
        hides = tag in _SKIPPED or bool(_HIDDEN.search(attributes.get("style") or ""))
        self.stack.append((tag, hides))
        if self.open is None and not self._hidden() and tag in ("mark", "i"):
            speaker = _SPACE.sub(" ", attributes.get("title") or "").strip() or None
            self.open = (tag, self.length, speaker)

    def handle_endtag(self, tag):
        if not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            top, _ = self.stack.pop()
            if self.open and top == self.open[0] and not any(t == top for t, _ in self.stack):
                self._close_quote()
            if top == tag:
                break

    def handle_data(self, data):
        if self._hidden():
            return
        data = _SPACE.sub(" ", data)
        if data.startswith(" ") and (not self.text or self.text[-1].endswith(" ")):
            data = data[1:]
        if data:
            self.text.append(data)
            self.length += len(data)

    def _close_quote(self):
        tag, start, speaker = self.open
        self.open = None
        end = self.length
        text = "".join(self.text)
        while start < end and text[start] == " ":
            start += 1
        while end > start and text[end - 1] == " ":
            end -= 1
        if end - start >= 2 and text[start] in QUOTE_MARKS:
            start += 1
        if end - start >= 2 and text[end - 1] in QUOTE_MARKS:
            end -= 1
        if end > start:
            kind = SPEECH if tag == "mark" else TERM
            self.quotes.append(Quote(text[start:end], start, end, speaker if kind == SPEECH else None, kind))

    def result(self) -> tuple[Paragraph, int]:
        if self.open:
            self._close_quote()
        text = "".join(self.text)
        stripped = text.rstrip()
        quotes = tuple(
            Quote(stripped[q.start : min(q.end, len(stripped))], q.start, min(q.end, len(stripped)), q.speaker, q.kind)
            for q in self.quotes
            if q.start < len(stripped)
        )
        return Paragraph(stripped, quotes), self.top_level


@cache
def _markdown():
    from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath

    return MarkdownWithMath(renderer=IPythonRenderer(escape=False, exclude_anchor_links=True))


@lru_cache(maxsize=4096)
def render(source: str) -> str:
    """A Markdown cell's HTML as nbconvert renders it for the deck (no heading anchors); the
    deck renders each paragraph once, here, for reading it and for showing it."""
    return _markdown().render(source)


def read_markdown(source: str) -> tuple[Paragraph, bool]:
    """A Markdown cell's visible text and quotes, and whether it renders as one paragraph."""
    html = render(source)
    reader = _Text()
    reader.feed(html)
    reader.close()
    content, blocks = reader.result()
    is_paragraph = blocks == 1 and reader.first_tag == "p" and bool(content.text)
    return content, is_paragraph


def role_of(cell: NotebookNode) -> str | None:
    """The role newsdeck gave a cell, or None (foreign or broken metadata is ignored)."""
    metadata = cell.get("metadata")
    ours = metadata.get("newsdeck") if isinstance(metadata, dict) else None
    role = ours.get("role") if isinstance(ours, dict) else None
    return role if role in ROLES else None


def _strings(value, kind) -> tuple:
    return tuple(v for v in value if isinstance(v, kind)) if isinstance(value, list | tuple) else ()


def read(notebook: NotebookNode, name: str = "slides") -> Reading:
    """The article a notebook's cells show now; `name` titles a notebook that has no title cell."""
    blocks: list[Block] = []
    numbers = 0
    for index, cell in enumerate(notebook.get("cells", [])):
        role = role_of(cell)
        kind = cell.get("cell_type")
        if kind == "code" and role == WHO:
            blocks.append(Block(index, WHO, Paragraph("")))
        if kind != "markdown":
            continue
        content, is_paragraph = read_markdown(source_of(cell))
        if role == TITLE:
            blocks.append(Block(index, TITLE, content))
        elif is_paragraph:
            numbers += 1
            blocks.append(Block(index, PARAGRAPH, content, numbers))
        else:
            blocks.append(Block(index, CELL, content))
    ours = notebook.get("metadata", {}).get("newsdeck")
    ours = ours if isinstance(ours, dict) else {}
    header = ours.get("header")
    header = tuple((k, v) for k, v in header.items() if isinstance(v, str)) if isinstance(header, dict) else ()
    article = Article(
        title=_title(notebook, blocks, name),
        paragraphs=tuple(b.content for b in blocks if b.role == PARAGRAPH),
        removed=_strings(ours.get("removed"), str),
        header=header,
        language=ours["language"] if isinstance(ours.get("language"), str) else "en",
    )
    return Reading(article, tuple(blocks))


def _title(notebook: NotebookNode, blocks: list[Block], name: str) -> str:
    title_block = next((b for b in blocks if b.role == TITLE), None)
    if title_block:
        first = render(source_of(notebook.cells[title_block.index]))
        reader = _Text()
        reader.feed(first.split("\n", 1)[0])
        heading = reader.result()[0].text
        if heading:
            return heading
    title = notebook.get("metadata", {}).get("title")
    return title if isinstance(title, str) and title.strip() else name


def source_of(cell) -> str:
    source = cell.get("source", "")
    return source if isinstance(source, str) else "".join(s for s in source if isinstance(s, str))
