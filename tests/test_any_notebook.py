"""Notebooks newsdeck did not make: `newsdeck slides` and `jupyter nbconvert --to newsdeck` give a
deck, or `newsdeck slides` refuses in one line and writes nothing."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import nbformat
import pytest
from nbformat import v4

from newsdeck.cells import PARAGRAPH, read
from newsdeck.cli import main
from newsdeck.deck import EMPTY
from newsdeck.model import Paragraph

JUPYTER = Path(sys.executable).parent / "jupyter"
PROSE = ["First paragraph of prose.", "Second paragraph, a little longer.", "Third and last paragraph."]
OLD_CELL = (
    '<p class="nd-para nd-p3"><span class="nd-quote nd-s2"><span class="nd-qt">"He said it,"</span>'
    '<span class="nd-ph" style="display:none">“…”</span></span> the spokesman added.</p>'
)
OLD_TEXT = '"He said it," the spokesman added.'


def plain() -> nbformat.NotebookNode:
    return v4.new_notebook(
        cells=[
            v4.new_markdown_cell("# Field notes"),
            v4.new_markdown_cell("Prices rose **sharply** this quarter, the report said."),
            v4.new_code_cell(
                "print('code-sentinel')", outputs=[v4.new_output("stream", name="stdout", text="output-sentinel\n")]
            ),
            v4.new_markdown_cell("Tickets cost $5 and $10 at the door."),
            v4.new_code_cell(
                "1 + 1",
                execution_count=2,
                outputs=[v4.new_output("execute_result", {"text/plain": "2"}, execution_count=2)],
            ),
        ]
    )


V3 = {
    "nbformat": 3,
    "nbformat_minor": 0,
    "metadata": {"name": "old"},
    "worksheets": [
        {
            "metadata": {},
            "cells": [
                {"cell_type": "heading", "level": 1, "source": ["Old times"], "metadata": {}},
                {"cell_type": "markdown", "source": ["An old paragraph ", "in two pieces."], "metadata": {}},
                {
                    "cell_type": "code",
                    "input": ["old_sentinel = 1"],
                    "language": "python",
                    "outputs": [],
                    "collapsed": False,
                    "metadata": {},
                    "prompt_number": 1,
                },
            ],
        }
    ],
}


def three(cell_metadata: dict | None = None, notebook_metadata: dict | None = None) -> nbformat.NotebookNode:
    """Three prose paragraphs, the first cell's and the notebook's metadata pasted over."""
    notebook = v4.new_notebook(cells=[v4.new_markdown_cell(text) for text in PROSE])
    notebook.cells[0].metadata.update(cell_metadata or {})
    notebook.metadata.update(notebook_metadata or {})
    return notebook


BROKEN = {
    "newsdeck-int": three({"newsdeck": 5}),
    "newsdeck-role-list": three({"newsdeck": {"role": ["x"]}}),
    "newsdeck-paragraph-word": three({"newsdeck": {"paragraph": "twelve"}}),
    "newsdeck-paragraph-12": three({"newsdeck": {"paragraph": 12}}),
    "slideshow-string": three({"slideshow": "x"}),
    "slideshow-type-int": three({"slideshow": {"slide_type": 7}}),
    "notebook-newsdeck-string": three(notebook_metadata={"newsdeck": "junk"}),
    "notebook-newsdeck-wrong-types": three(notebook_metadata={"newsdeck": {"header": 3, "removed": "x"}}),
}
GOOD = {
    "plain": nbformat.writes(plain()),
    "v3": json.dumps(V3),
    "no-cells": nbformat.writes(v4.new_notebook()),
    "code-only": nbformat.writes(v4.new_notebook(cells=[v4.new_code_cell("x = 1"), v4.new_code_cell("y = 2")])),
    "old-cell": nbformat.writes(v4.new_notebook(cells=[v4.new_markdown_cell(OLD_CELL)])),
    **{name: nbformat.writes(notebook) for name, notebook in BROKEN.items()},
}
BAD = {
    "not-json": "{not json",
    "json-object": '{"a": 1}',
    "json-list": "[1, 2]",
    "cells-not-a-list": '{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": 7}',
    "unknown-version": '{"nbformat": 99, "nbformat_minor": 0, "metadata": {}, "cells": []}',
}


def nbconvert(paths: list[Path], out: Path) -> subprocess.CompletedProcess:
    command = [str(JUPYTER), "nbconvert", "--to", "newsdeck", *map(str, paths), "--output-dir", str(out)]
    return subprocess.run(command, capture_output=True, text=True)


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """Every good notebook through one `jupyter nbconvert --to newsdeck` run (it takes seconds to start)."""
    folder = tmp_path_factory.mktemp("nbconvert")
    paths = []
    for name, text in GOOD.items():
        paths.append(folder / f"{name}.ipynb")
        paths[-1].write_text(text, encoding="utf-8")
    return nbconvert(paths, folder / "out"), folder / "out"


@pytest.fixture(params=["cli", "nbconvert"])
def deck(request, tmp_path, capsys):
    """name → the deck HTML of GOOD[name], by `newsdeck slides` or by `jupyter nbconvert`."""

    def export(name: str) -> str:
        if request.param == "cli":
            path, out = tmp_path / f"{name}.ipynb", tmp_path / f"{name}.html"
            path.write_text(GOOD[name], encoding="utf-8")
            assert main(["slides", str(path), "-o", str(out)]) == 0
            assert capsys.readouterr().err == f"wrote {out}\n"
        else:
            done, folder = request.getfixturevalue("converted")
            assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
            out = folder / f"{name}.html"
        return out.read_text(encoding="utf-8")

    return export


def text_of(fragment: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def slides(html: str) -> str:
    return html[html.index('<div class="slides">') : html.index('id="nd-panel"')]


def paragraphs(html: str) -> dict[str, str]:
    """¶ checkbox class → its label's text."""
    found = re.findall(r'<label class="nd-ctl nd-ctl-para (nd-ctl-p\d+)"><input[^>]*> (.*?)</label>', html)
    return {css_class: text_of(label) for css_class, label in found}


def shown(html: str, n: int) -> str:
    return " ".join(text_of(b) for b in re.findall(rf'<div class="nd-para nd-p{n}">(.*?)</div>', slides(html), re.S))


def test_a_plain_notebook_shows_its_prose_and_no_code(deck):
    html = deck("plain")
    assert 'id="nd-panel"' in html
    assert paragraphs(html) == {
        "nd-ctl-p1": "¶1 “Prices rose sharply this quarter…”",
        "nd-ctl-p2": "¶2 “Tickets cost $5 and $10…”",
    }
    assert shown(html, 1) == "Prices rose sharply this quarter, the report said."
    assert "<strong>sharply</strong>" in slides(html)
    assert shown(html, 2) == "Tickets cost $5 and $10 at the door."
    assert "Field notes</h1>" in slides(html)
    for code in ("code-sentinel", "output-sentinel", "1 + 1", "jp-CodeCell", "jp-OutputArea"):
        assert code not in html


def test_an_nbformat_3_notebook_makes_a_deck(deck):
    html = deck("v3")
    assert "Old times</h1>" in slides(html)
    assert paragraphs(html) == {"nd-ctl-p1": "¶1 “An old paragraph in two…”"}
    assert shown(html, 1) == "An old paragraph in two pieces."
    assert "old_sentinel" not in html


@pytest.mark.parametrize("name", ["no-cells", "code-only"])
def test_nothing_to_show_is_a_one_slide_deck_that_says_so(deck, name):
    html = deck(name)
    assert EMPTY in slides(html)
    assert slides(html).count("<section") == 2  # one slide: reveal's section and its vertical stack
    assert paragraphs(html) == {} and "x = 1" not in html


@pytest.mark.parametrize("name", BROKEN)
def test_broken_newsdeck_metadata_is_ignored(deck, name):
    html = deck(name)
    assert list(paragraphs(html)) == ["nd-ctl-p1", "nd-ctl-p2", "nd-ctl-p3"]
    assert [shown(html, n) for n in (1, 2, 3)] == PROSE
    assert "nd-ctl-p4" not in html and "nd-p12" not in html


def test_an_old_newsdeck_cell_shows_its_visible_text(deck):
    html = deck("old-cell")
    assert OLD_TEXT in text_of(slides(html))
    (block,) = read(nbformat.reads(GOOD["old-cell"], as_version=4)).blocks
    assert block.content.text == OLD_TEXT and "…" not in block.content.text


def test_an_old_newsdeck_paragraph_cell_is_still_a_paragraph():
    """A first-version paragraph cell renders as one paragraph of text, so it reads as ¶1."""
    reading = read(nbformat.reads(GOOD["old-cell"], as_version=4))
    assert [b.role for b in reading.blocks] == [PARAGRAPH]
    assert reading.article.paragraphs == (Paragraph(OLD_TEXT),)


@pytest.mark.parametrize("name", BAD)
def test_a_file_that_is_no_notebook_is_one_line(tmp_path, capsys, name):
    path = tmp_path / "bad.ipynb"
    path.write_text(BAD[name], encoding="utf-8")
    assert main(["slides", str(path), "-o", str(tmp_path / "bad.html")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsdeck: {path}: not a notebook (") and err.count("\n") == 1 and err.endswith(")\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.ipynb"]


@pytest.mark.parametrize("name", ["not-json", "json-object"])
def test_nbconvert_refuses_a_file_that_is_no_notebook(tmp_path, name):
    path = tmp_path / "bad.ipynb"
    path.write_text(BAD[name], encoding="utf-8")
    assert nbconvert([path], tmp_path).returncode != 0
    assert not (tmp_path / "bad.html").exists()
