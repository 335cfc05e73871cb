"""The built notebook: byte-stable, valid, every word present, text escaped to render literally."""

import re
from html import unescape
from html.parser import HTMLParser

import nbformat
import pytest
from conftest import DATA, ROOT, article_paths
from nbconvert.filters.markdown_mistune import markdown2html_mistune

from newsdeck.markup import literal
from newsdeck.notebook import build, writes
from newsdeck.parse import parse_file
from newsdeck.pipeline import write_notebook

SEED = ROOT / "data" / "kerry-warns-russia.txt"
COMMITTED = ROOT / "notebooks" / "kerry-warns-russia.ipynb"


class TextOf(HTMLParser):
    """The text a browser shows, skipping elements hidden with an inline display:none."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        if self.hidden or "display:none" in (dict(attrs).get("style") or ""):
            self.hidden += 1

    def handle_endtag(self, tag):
        if self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def text_of(html: str) -> str:
    parser = TextOf()
    parser.feed(html)
    return "".join(parser.parts)


def test_committed_notebook_equals_a_fresh_build(tmp_path, update_golden):
    fresh = tmp_path / "notebooks" / "kerry-warns-russia.ipynb"
    fresh.parent.mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / SEED.name).write_bytes(SEED.read_bytes())
    write_notebook(tmp_path / "data" / SEED.name, fresh)
    if update_golden:
        COMMITTED.write_bytes(fresh.read_bytes())
    assert fresh.read_bytes() == COMMITTED.read_bytes()


def test_builds_are_byte_identical():
    article = parse_file(SEED)
    assert writes(build(article, "a.txt")) == writes(build(parse_file(SEED), "a.txt"))


@pytest.mark.parametrize("path", article_paths(), ids=lambda p: p.stem)
def test_notebook_is_valid_and_holds_every_word(path):
    article = parse_file(path)
    notebook = nbformat.reads(writes(build(article, "article.txt")), as_version=4)
    nbformat.validate(notebook)
    assert notebook.metadata.kernelspec.name == "python3"
    assert notebook.metadata.newsdeck.article == article.to_dict()
    ids = [cell.id for cell in notebook.cells]
    paragraph_ids = [f"p{n}" for n in range(1, len(article.paragraphs) + 1)]
    assert ids == ["title", "controls", *paragraph_ids, "who"]
    assert all(cell.metadata.slideshow.slide_type in ("slide", "-", "skip") for cell in notebook.cells)
    for cell, paragraph in zip(notebook.cells[2:-1], article.paragraphs, strict=True):
        assert cell.cell_type == "markdown"
        assert text_of(cell.source) == paragraph.text
        rendered = text_of(markdown2html_mistune(cell.source))
        assert rendered.split() == paragraph.text.split()


def test_controls_cell_is_an_import_and_a_call():
    notebook = build(parse_file(SEED), "../data/kerry-warns-russia.txt")
    assert notebook.cells[1].source == 'from newsdeck.controls import show\n\nshow("../data/kerry-warns-russia.txt")'


def test_title_cell_shows_counts_and_header():
    seed = build(parse_file(SEED), "x").cells[0].source
    assert text_of(seed) == "Kerry warns Russia as peace talks falter\n13 paragraphs · 11 quotes · 4 speakers"
    harbor = build(parse_file(DATA / "harbor-strike.txt"), "x").cells[0].source
    assert "Source: Coastal Ledger · Date: 2026-03-14 · URL: https://example.org/harbor-strike" in text_of(harbor)


NASTY = [
    "*bold* _it_ __b__ `code` # head > quote | a | b |",
    "1. not a list",
    "- not a bullet",
    "<script>alert(1)</script> <b>b</b> &amp; &lt;",
    "$5 and $10, or \\$5 and \\$10, or &#36;5",
    "\\(x\\) and \\[y\\] and $$z$$",
    "[link](http://example.com) ![img](x.png) <http://example.com>",
    "{{ jinja }} {% raw %} {# comment #}",
    "trailing backslash \\",
    "   leading spaces and\ttabs",
]


@pytest.mark.parametrize("text", NASTY)
def test_literal_text_renders_as_written_in_nbconvert(text):
    html = markdown2html_mistune(f"<p>{literal(text)}</p>")
    assert unescape(re.sub(r"<[^>]+>", "", html)).strip() == text.strip()
    assert not re.search(r"<(?!/?(p|span)\b)", html), html
    without_isolated = html.replace("<span>&#36;</span>", "").replace("<span>&#92;</span>", "")
    assert "$" not in without_isolated and "\\" not in without_isolated and "&#36;" not in without_isolated
