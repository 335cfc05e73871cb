"""The cells are the truth: a presenter's edits to the notebook's cells reach the reading and the deck."""

from __future__ import annotations

import re
from html import unescape

import nbformat
import pytest
from conftest import ROOT
from nbformat import v4

from newsdeck.cells import CELL, PARAGRAPH, read
from newsdeck.cli import main
from newsdeck.model import SPEECH, TERM, Quote, Speaker
from newsdeck.notebook import build
from newsdeck.parse import parse_file
from newsdeck.pipeline import deck_html

SEED = ROOT / "data" / "kerry-warns-russia.txt"
SPEAKERS = ["John Kerry", "State Department spokesman", "Vladimir Putin", "Josh Earnest"]
P5 = "Ukrainian President Petro Poroshenko on Tuesday ordered air and artillery strikes"
P6 = "The weeklong pause in military action"
PNG = (
    "data:image/png;base64,"
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def seed() -> nbformat.NotebookNode:
    return build(parse_file(SEED), "x.txt")


def cell(notebook, cell_id: str):
    return next(c for c in notebook.cells if c.get("id") == cell_id)


def text_of(fragment: str) -> str:
    """Visible text of an HTML fragment, whitespace collapsed."""
    return " ".join(unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def slides(html: str) -> str:
    return html[html.index('<div class="slides">') : html.index('id="nd-panel"')]


def panel(html: str) -> str:
    return html[html.index('id="nd-panel"') : html.index("</body>")]


def paragraph_labels(html: str) -> list[tuple[str, str]]:
    found = re.findall(r'<label class="nd-ctl nd-ctl-para (nd-ctl-p\d+)"><input[^>]*> (.*?)</label>', panel(html))
    return [(css_class, text_of(label)) for css_class, label in found]


def speaker_labels(html: str) -> list[str]:
    found = re.findall(r'<label class="nd-ctl nd-ctl-s\d+"[^>]*><input[^>]*> (.*?)</label>', panel(html))
    return [text_of(label) for label in found]


def notes(html: str) -> list[str]:
    return [text_of(aside) for aside in re.findall(r'<aside class="notes">(.*?)</aside>', html, re.S)]


def parts_of(html: str, n: int) -> list[str]:
    """The text of each part of paragraph n on the slides (its boxes hold no other <div>)."""
    return [text_of(box) for box in re.findall(rf'<div class="nd-para nd-p{n}">(.*?)</div>', slides(html), re.S)]


def shown(html: str, n: int) -> str:
    return " ".join(parts_of(html, n))


def who(html: str) -> str:
    return "".join(re.findall(r'<div class="nd-who">(.*?)</div>', slides(html), re.S))


def test_a_changed_word_reaches_slide_notes_and_panel():
    notebook = seed()
    cell(notebook, "p1").source = cell(notebook, "p1").source.replace("Secretary of State", "Chancellor of State")
    new = (
        "Chancellor of State John Kerry voiced his “strong concern” to Moscow on Tuesday as peace talks between "
        "pro-Russian separatists in Ukraine and the government in Kiev appeared on the brink of collapse."
    )
    assert read(notebook).article.paragraphs[0].text == new
    html = deck_html(notebook)
    assert shown(html, 1) == new
    assert sum(f"¶1 {new}" in n for n in notes(html)) == 1
    assert paragraph_labels(html)[0] == ("nd-ctl-p1", "¶1 “Chancellor of State John Kerry…”")
    for where in (text_of(slides(html)), " ".join(notes(html)), text_of(panel(html))):
        assert "Chancellor" in where and "Secretary" not in where


def test_a_deleted_paragraph_is_gone_and_the_rest_renumber():
    notebook = seed()
    notebook.cells.remove(cell(notebook, "p3"))
    html = deck_html(notebook)
    labels = paragraph_labels(html)
    assert [c for c, _ in labels] == [f"nd-ctl-p{n}" for n in range(1, 13)]
    assert "nd-ctl-p13" not in html and 'class="nd-para nd-p13"' not in html
    assert "reiterated" not in html
    assert shown(html, 3).startswith('"He also made clear')  # old ¶4
    assert '<p class="nd-counts">12 paragraphs · 9 quotes · 4 speakers</p>' in html
    assert read(notebook).article.speakers[1] == Speaker("State Department spokesman", 2)


def test_presenter_cells_show_in_place_and_are_not_paragraphs():
    notebook = seed()
    at = notebook.cells.index(cell(notebook, "p6"))
    notebook.cells[at:at] = [v4.new_markdown_cell("## My remark"), v4.new_markdown_cell(f"![chart]({PNG})")]
    reading = read(notebook)
    roles = {b.index: b.role for b in reading.blocks}
    assert [roles[i] for i in range(at - 1, at + 3)] == [PARAGRAPH, CELL, CELL, PARAGRAPH]
    assert len(reading.article.paragraphs) == 13
    full = deck_html(notebook)
    positions = [slides(full).index(s) for s in (P5, "My remark</h2>", f'src="{PNG}"', P6)]
    assert positions == sorted(positions)
    assert len(paragraph_labels(full)) == 13 and "nd-ctl-p14" not in full and "My remark" not in panel(full)
    assert shown(full, 6).startswith(P6)


def test_an_inserted_prose_line_becomes_a_paragraph():
    notebook = seed()
    at = notebook.cells.index(cell(notebook, "p6"))
    notebook.cells.insert(at, v4.new_markdown_cell("A presenter's own aside, in one line."))
    html = deck_html(notebook)
    labels = paragraph_labels(html)
    assert len(labels) == 14 and labels[5] == ("nd-ctl-p6", "¶6 “A presenter's own aside, in…”")
    assert shown(html, 6) == "A presenter's own aside, in one line."
    assert shown(html, 7).startswith(P6)


def test_a_moved_paragraph_is_renumbered_where_it_now_stands():
    notebook = seed()
    last = cell(notebook, "p13")
    notebook.cells.remove(last)
    notebook.cells.insert(notebook.cells.index(cell(notebook, "p1")), last)
    article = read(notebook).article
    assert [s.name for s in article.speakers] == ["Josh Earnest", *SPEAKERS[:3]]
    html = deck_html(notebook)
    assert paragraph_labels(html)[:2] == [
        ("nd-ctl-p1", "¶1 “If they continue to take…”"),
        ("nd-ctl-p2", "¶2 “Secretary of State John Kerry…”"),
    ]
    assert shown(html, 13).startswith("Earnest accused Putin")
    assert slides(html).index("If they continue") < slides(html).index("Secretary of State")


def test_a_renamed_speaker_is_renamed_everywhere():
    notebook = seed()
    for c in notebook.cells:
        if c.cell_type == "markdown":
            c.source = c.source.replace('title="Vladimir Putin"', 'title="V. Putin"')
    names = [s.name for s in read(notebook).article.speakers]
    assert names == ["John Kerry", "State Department spokesman", "V. Putin", "Josh Earnest"]
    html = deck_html(notebook)
    assert speaker_labels(html) == names
    assert "<b>V. Putin</b>" in who(html) and "3 quotes" in who(html)
    assert "Vladimir Putin" not in who(html)
    attributions = " ".join(notes(html))  # the slides of ¶7 and ¶8, and Who-said-what's, list the quotes
    assert attributions.count("— V. Putin") == 3 + 3 and "— Vladimir Putin" not in attributions
    assert 'mark[title="V. Putin"]' in html and 'mark[title="Vladimir Putin"]' not in html
    # the prose itself still says "Russian President Vladimir Putin blamed…" (¶7 and its label)
    assert "Vladimir Putin" not in "".join(re.findall(r"<fieldset><legend>Quotes.*?</fieldset>", html, re.S))


P3_QUOTE = (
    "He reiterated our support for the Ukrainians and their right to defend themselves and highlighted the efforts "
    "the Ukrainian government had made to reach out to Russian-backed separatists,"
)


@pytest.mark.parametrize(
    ("cell_id", "replacement", "number", "quotes", "speaker", "count"),
    [
        ("p11", r"\1", 11, (), "Josh Earnest", 2),
        ("p3", r"<i>\1</i>", 3, (Quote(P3_QUOTE, 1, 1 + len(P3_QUOTE), None, TERM),), "State Department spokesman", 2),
    ],
    ids=["mark-removed", "mark-to-term"],
)
def test_unmarking_a_quote(cell_id, replacement, number, quotes, speaker, count):
    notebook = seed()
    before = read(notebook).article.paragraphs[number - 1].text
    target = cell(notebook, cell_id)
    target.source = re.sub(r'<mark title="[^"]*">(.*?)</mark>', replacement, target.source)
    article = read(notebook).article
    assert article.paragraphs[number - 1].text == before
    assert article.paragraphs[number - 1].quotes == quotes
    assert dict((s.name, s.quotes) for s in article.speakers)[speaker] == count
    assert len([q for q in article.quotes if q.kind == SPEECH]) == 9
    html = deck_html(notebook)
    assert '<p class="nd-counts">13 paragraphs · 9 quotes · 4 speakers</p>' in html
    assert f"{count} quotes" in who(html).split(f"<b>{speaker}</b>")[1].split("</li>")[0]
    if quotes:
        assert f"¶{number} “{P3_QUOTE}” — term" in " ".join(notes(html))


def test_a_new_mark_is_a_new_speaker():
    notebook = seed()
    p5 = cell(notebook, "p5")
    before = read(notebook).article.paragraphs[4].text
    p5.source += ' <mark title="New Person">“fresh words”</mark>'
    article = read(notebook).article
    start = len(before) + 2  # a space and the opening quotation mark
    assert article.paragraphs[4].quotes == (Quote("fresh words", start, start + 11, "New Person", SPEECH),)
    assert [s.name for s in article.speakers] == [*SPEAKERS[:2], "New Person", *SPEAKERS[2:]]
    assert Speaker("New Person", 1) in article.speakers
    html = deck_html(notebook)
    assert speaker_labels(html) == [*SPEAKERS[:2], "New Person", *SPEAKERS[2:]]
    assert "<b>New Person</b>" in who(html) and "1 quote" in who(html)
    assert "¶5 “fresh words” — New Person" in " ".join(notes(html))


def test_a_long_paragraph_is_split_between_sentences_with_notes_per_part():
    notebook = seed()
    sentences = [
        f"Point {k} of the briefing went over sanctions, the border, the hostages and the ceasefire talks ahead."
        for k in range(1, 9)
    ]
    assert {len(s) for s in sentences} == {100}
    cell(notebook, "p4").source += " " + " ".join(sentences)
    text = read(notebook).article.paragraphs[3].text
    # the 353-character quote, then 8 sentences of 100 characters and a space each: 1161 characters,
    # cut after the last sentence ending within 700: after Point 3 (353 + 3 × 101 = 656)
    assert len(text) == 353 + 8 * 101
    html = deck_html(notebook)
    boxes = [m.start() for m in re.finditer(r'<div class="nd-para nd-p4">', html)]
    parts = parts_of(html, 4)
    assert [len(p) for p in parts] == [656, 1161 - 657]
    assert parts[0].endswith(sentences[2]) and parts[1].startswith(sentences[3]) and parts[1].endswith(sentences[7])
    assert max(len(p) for p in parts) <= 700
    assert " ".join(parts).split() == text.split()
    for k, (box, part) in enumerate(zip(boxes, parts, strict=True)):
        aside = text_of(re.search(r'<aside class="notes">(.*?)</aside>', html[box:], re.S).group(1))
        assert f"¶4 {part}" in aside and parts[1 - k][:40] not in aside


def test_an_edited_notebook_file_exports_alone(tmp_path, monkeypatch, capsys):
    notebook = seed()
    notebook.cells.remove(cell(notebook, "p3"))
    path = tmp_path / "talk.ipynb"
    nbformat.write(notebook, path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert not list(tmp_path.rglob("*.txt"))
    assert main(["slides", str(path), "-o", "talk.html"]) == 0
    assert capsys.readouterr().err == "wrote talk.html\n"
    html = (elsewhere / "talk.html").read_text(encoding="utf-8")
    assert 'class="nd-para nd-p12"' in html and "nd-p13" not in html and "reiterated" not in html
