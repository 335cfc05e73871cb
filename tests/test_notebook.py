"""The built notebook: byte-stable, valid, readable Markdown cells that read back as the article."""

import re
from html import unescape

import nbformat
import pytest
from conftest import ROOT, article_paths

from newsdeck.cells import read, read_markdown, render
from newsdeck.markup import literal, markdown_literal
from newsdeck.notebook import CONTROLS_SOURCE, WHO_SOURCE, build, writes
from newsdeck.parse import parse_file
from newsdeck.pipeline import deck_html, write_notebook

SEED = ROOT / "data" / "kerry-warns-russia.txt"
HARBOR = ROOT / "tests" / "data" / "harbor-strike.txt"


@pytest.mark.parametrize("article", sorted((ROOT / "data").iterdir()), ids=lambda p: p.name)
def test_committed_notebooks_equal_a_fresh_build(tmp_path, update_golden, article):
    fresh, committed = tmp_path / f"{article.stem}.ipynb", ROOT / "notebooks" / f"{article.stem}.ipynb"
    write_notebook(article, fresh)
    if update_golden:
        committed.write_bytes(fresh.read_bytes())
    assert fresh.read_bytes() == committed.read_bytes()


def test_builds_are_byte_identical():
    assert writes(build(parse_file(SEED), "a.txt")) == writes(build(parse_file(SEED), "a.txt"))


@pytest.mark.parametrize("path", article_paths(), ids=lambda p: p.stem)
def test_paragraph_cells_read_back_as_the_article(path):
    article = parse_file(path)
    notebook = nbformat.reads(writes(build(article, "article.txt")), as_version=4)
    nbformat.validate(notebook)
    assert [cell.id for cell in notebook.cells] == [
        "title",
        "controls",
        *(f"p{n}" for n in range(1, len(article.paragraphs) + 1)),
        "who",
    ]
    for cell, paragraph in zip(notebook.cells[2:-1], article.paragraphs, strict=True):
        assert cell.cell_type == "markdown" and cell.metadata in ({}, {"slideshow": {"slide_type": "slide"}})
        assert read_markdown(cell.source) == (paragraph, True)
        assert not re.search(r"style=|<p\b|<div\b|class=", cell.source)
    reading = read(notebook)
    assert reading.article.paragraphs == article.paragraphs
    assert reading.article.title == article.title
    assert reading.article.speakers == article.speakers


def test_seed_cells_are_mostly_prose():
    notebook = build(parse_file(SEED), "x")
    sources = [cell.source for cell in notebook.cells[2:-1]]
    prose = sum(len(p.text) for p in parse_file(SEED).paragraphs)
    markup = sum(len(s) for s in sources) - prose
    assert markup / sum(len(s) for s in sources) <= 0.25
    assert sources[0].startswith(
        'Secretary of State John Kerry voiced his <mark title="John Kerry">“strong concern”</mark> to Moscow'
    )


def test_code_cells_are_an_import_and_a_call_that_need_no_article_file():
    notebook = build(parse_file(SEED), "kerry-warns-russia.txt")
    assert notebook.cells[1].source == CONTROLS_SOURCE == "from newsdeck.controls import show\n\nshow()"
    assert notebook.cells[-1].source == WHO_SOURCE
    assert "article" not in notebook.metadata.newsdeck
    assert notebook.metadata.newsdeck.source == "kerry-warns-russia.txt"


def test_notebook_metadata_matches_the_kernel_jupyterlab_starts():
    from ipykernel.ipkernel import IPythonKernel

    notebook = build(parse_file(SEED), "x")
    assert notebook.metadata.language_info == IPythonKernel.language_info
    assert notebook.metadata.kernelspec.name == "python3"


def test_title_cell_is_a_heading_and_the_header():
    assert build(parse_file(SEED), "x").cells[0].source == "# Kerry warns Russia as peace talks falter"
    harbor = render(build(parse_file(HARBOR), "x").cells[0].source)
    text = unescape(re.sub(r"<[^>]+>", "", harbor))
    assert "Source: Coastal Ledger · Date: 2026-03-14 · URL: https://example.org/harbor-strike" in text


NASTY = [
    "*bold* _it_ __b__ `code` # head > quote | a | b |",
    "1. not a list",
    "2) not a list either",
    "- not a bullet",
    "+ nor this",
    "# not a heading",
    "> not a quote",
    "<script>alert(1)</script> <b>b</b> &amp; &lt; AT&T",
    "$5 and $10, or \\$5 and \\$10, or &#36;5",
    "\\(x\\) and \\[y\\] and $$z$$",
    "[link](http://example.com) ![img](x.png) <http://example.com>",
    "{{ jinja }} {% raw %} {# comment #}",
    "~~struck~~ and a trailing backslash \\",
    "   leading spaces and\ttabs",
]


@pytest.mark.parametrize("text", NASTY)
@pytest.mark.parametrize("escape", [markdown_literal, lambda t: f"<p>{literal(t)}</p>"], ids=["markdown", "html"])
def test_escaped_text_renders_as_written_in_nbconvert(text, escape):
    html = render(escape(text))
    assert unescape(re.sub(r"<[^>]+>", "", html)).strip() == text.strip()
    assert not re.search(r"<(?!/?(p|span|a)\b)", html), html  # bare URLs become links, their text unchanged
    without_isolated = re.sub(r"<span>(&#36;|&#92;|\$|\\)</span>", "", html)
    assert "$" not in without_isolated and "\\" not in without_isolated and "&#36;" not in without_isolated


def deck_slides_of_paragraphs(html: str) -> list[set[int]]:
    """For each horizontal slide of a deck, the numbers of the paragraphs it shows (or part of)."""
    slides = re.split(r"<section >\s*<section >", html.split('<div class="slides">', 1)[1])[1:]
    return [{int(n) for n in re.findall(r'class="nd-para nd-p(\d+)"', slide)} for slide in slides]


@pytest.mark.parametrize("path", article_paths(), ids=lambda p: p.stem)
def test_the_notebook_starts_a_slide_where_the_deck_does(path):
    """A slideshow of the notebook itself (RISE reads the cells' slide types) puts paragraphs
    together as the deck does; a paragraph too long for one slide is one slide there."""
    notebook = build(parse_file(path), "article.txt")
    paragraphs = [c for c in notebook.cells if re.fullmatch(r"p\d+", c.id)]
    starts = [c.metadata.get("slideshow", {}).get("slide_type") == "slide" for c in paragraphs]
    first_slide_of: dict[int, int] = {}
    last_slide_of: dict[int, int] = {}
    for k, numbers in enumerate(deck_slides_of_paragraphs(deck_html(notebook))):
        for n in numbers:
            first_slide_of.setdefault(n, k)
            last_slide_of[n] = k
    deck_starts = [n == 1 or first_slide_of[n] != last_slide_of[n - 1] for n in range(1, len(paragraphs) + 1)]
    assert starts == deck_starts
    assert {c.id: c.metadata["slideshow"]["slide_type"] for c in notebook.cells if not c.id.startswith("p")} == {
        "title": "slide",
        "controls": "slide",
        "who": "slide",
    }
