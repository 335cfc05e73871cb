"""Hostile input through the whole pipeline: a correct deck, or exit 2 with one line and no files."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from deckcheck import paragraph_text, read_deck
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdeck.cli import main
from newsdeck.errors import InputError
from newsdeck.parse import parse, parse_file
from newsdeck.reader import decode

ALLOWED_TAGS = {"mark", "i", "section", "div", "p", "span", "h1", "h2", "ul", "li", "b", "small", "aside"}


def build(tmp_path: Path, data: bytes, name: str = "article.txt") -> tuple[int, Path]:
    article = tmp_path / name
    article.write_bytes(data)
    for folder in ("nb", "ex"):
        (tmp_path / folder).mkdir(exist_ok=True)
    code = main(["build", str(article), "--notebooks", str(tmp_path / "nb"), "--export", str(tmp_path / "ex")])
    return code, tmp_path / "ex" / f"{article.stem}.html"


def assert_correct_deck(deck_path: Path, article_path: Path) -> None:
    """Every word of every paragraph on the slides, and only newsdeck's own markup there."""
    deck = read_deck(deck_path.read_text(encoding="utf-8"))
    article = parse_file(article_path)
    for n, paragraph in enumerate(article.paragraphs, start=1):
        shown = paragraph_text(deck, n)
        assert shown.split() == paragraph.text.split() or "".join(shown.split()) == "".join(paragraph.text.split())
    assert deck.tags_in_slides <= ALLOWED_TAGS
    assert deck.scripts == 4  # the config and reveal.js, its notes plugin, newsdeck's deck.js


def assert_refused(tmp_path: Path, capsys, message: str) -> None:
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if not line.startswith("built ")]
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in err
    assert list((tmp_path / "ex").iterdir()) == []
    assert list((tmp_path / "nb").iterdir()) == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the article is empty or blank"),
        (b" \n\t\r\n\xc2\xa0\n", "the article is empty or blank"),
        (b"Just a title\n\n", "has no paragraph after it"),
        (b"Title\n\nA\x00B", "NUL byte at byte offset 8"),
        (b"Title\n\ncaf\xe9", "not UTF-8 at byte offset 10"),
    ],
    ids=["empty", "whitespace", "title-only", "nul", "invalid-utf8"],
)
def test_refused_inputs(tmp_path, capsys, data, message):
    code, _ = build(tmp_path, data)
    assert code == 2
    assert_refused(tmp_path, capsys, message)


def test_ten_megabyte_article_is_refused_without_reading_it(tmp_path, capsys):
    paragraph = ("A sentence of an enormous article, repeated. " * 20).encode()
    code, _ = build(tmp_path, b"Huge\n\n" + b"\n\n".join([paragraph] * 11_000))
    assert code == 2
    assert_refused(tmp_path, capsys, "newsdeck takes up to 2 MB")


WEIRD = {
    "bom": "\ufeffTitle\n\nBody with a BOM before the title.",
    "crlf": "Title\r\n\r\nFirst line\r\nsecond line.\r\n\r\nNext.",
    "lone-cr": "Title\r\rFirst line\rsecond line.\r\rNext.",
    "long-paragraph": "Title\n\n" + " ".join(f"Sentence number {i} says “quote {i}” plainly." for i in range(600)),
    "long-word": "Title\n\nBefore " + "x" * 5000 + " after.",
    "unbalanced": 'Title\n\nHe said "this never closes.\n\nAnd ”this never opens" either “ at all.',
    "control-chars": "Title\n\nBell\x07 escape\x1b[31m delete\x7f vertical\x0btab form\x0cfeed.",
    "zero-width-bidi": "Title\n\nzero\u200bwidth join\u200der over\u202eride\u202c iso\u2066late\u2069 end.",
    "rtl-emoji": "עיתון\n\nהשר אמר כי “המצב קשה” היום. 🎉📰 مرحبا بالعالم 👍🏽 done.",
    "html": "Title\n\n<img src=x onerror=alert(1)> </textarea> <script>alert(2)</script> <!-- c --> &amp; <b>b",
    "jinja": "Title {{ x }}\n\n{{ resources }} {% for x in y %}loop{% endfor %} {# note #} {{'a'|upper}}",
}


@pytest.mark.parametrize("name", WEIRD)
def test_weird_articles_build_correct_decks(tmp_path, name):
    code, deck = build(tmp_path, WEIRD[name].encode("utf-8"))
    assert code == 0
    assert_correct_deck(deck, tmp_path / "article.txt")


def test_20000_character_paragraph_is_split_between_sentences(tmp_path):
    text = "Title\n\n" + " ".join(f"Clause {i} of a very long paragraph ends here." for i in range(450))
    assert len(text) > 20_000
    code, deck = build(tmp_path, text.encode())
    assert code == 0
    assert_correct_deck(deck, tmp_path / "article.txt")
    html = deck.read_text(encoding="utf-8")
    assert html.count('<div class="nd-para nd-p1">') >= 29
    parts = re.findall(r'<div class="nd-para nd-p1">\s*<p>([^<]*)</p>', html)
    assert len(parts) == html.count('<div class="nd-para nd-p1">')
    assert all(part.startswith("Clause ") and part.endswith(" here.") for part in parts)


def test_3000_paragraphs(tmp_path):
    body = "\n\n".join(f"Paragraph {i}: the council met, and “item {i}” was read, Ana Lima said." for i in range(3000))
    code, deck = build(tmp_path, f"Long agenda\n\n{body}".encode())
    assert code == 0
    assert_correct_deck(deck, tmp_path / "article.txt")


@contextmanager
def read_only(folder: Path):
    """A folder this process cannot write into, even as root (immutable flag)."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(folder)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)


SEED = Path(__file__).resolve().parent.parent / "data" / "kerry-warns-russia.txt"


def test_read_only_output_folder(tmp_path, capsys):
    out = tmp_path / "ro"
    out.mkdir()
    with read_only(out):
        assert main(["notebook", str(SEED), "-o", str(out / "x.ipynb")]) == 2
    assert capsys.readouterr().err == f"newsdeck: {out / 'x.ipynb'}: cannot write to folder {out} (permission denied)\n"
    assert list(out.iterdir()) == []


def test_output_folder_is_a_file(tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    for export in (tmp_path / "file", tmp_path / "file" / "deeper"):
        assert main(["build", str(SEED), "--notebooks", str(tmp_path), "--export", str(export)]) == 2
        reason = "is a file" if export == tmp_path / "file" else f"{tmp_path / 'file'} is a file"
        assert capsys.readouterr().err == f"newsdeck: {export}: {reason}, not a folder\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_existing_output_is_replaced_whole(tmp_path):
    (tmp_path / "nb").mkdir()
    (tmp_path / "ex").mkdir()
    old = tmp_path / "ex" / "kerry-warns-russia.html"
    old.write_text("old deck")
    assert main(["build", str(SEED), "--notebooks", str(tmp_path / "nb"), "--export", str(tmp_path / "ex")]) == 0
    assert old.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in (tmp_path / "ex").iterdir()) == ["kerry-warns-russia.html"]


def test_batch_reports_failures_and_builds_the_rest(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Good\n\nFine text.")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff")
    (tmp_path / "nb").mkdir()
    (tmp_path / "ex").mkdir()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsdeck",
            "build",
            str(bad),
            str(good),
            "--notebooks",
            "nb",
            "--export",
            "ex",
            "-j",
            "2",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert lines[0] == f"newsdeck: {bad}: not UTF-8 at byte offset 0"
    assert lines[1].startswith("built 1 of 2 decks in ") and lines[1].endswith("; 1 failed")
    assert "\r" not in done.stderr  # no progress bar when stderr is not a terminal
    assert (tmp_path / "ex" / "good.html").exists() and not (tmp_path / "ex" / "bad.html").exists()


def test_batch_output_equals_one_by_one(tmp_path):
    articles = sorted((Path(__file__).parent / "data").glob("*.txt"))
    for run, jobs in (("one", "1"), ("many", "2")):
        (tmp_path / run / "nb").mkdir(parents=True)
        (tmp_path / run / "ex").mkdir()
        args = ["build", *map(str, articles), "--notebooks", f"{tmp_path / run}/nb", "--export", f"{tmp_path / run}/ex"]
        assert main([*args, "--jobs", jobs]) == 0
    for path in sorted((tmp_path / "one").rglob("*.*")):
        assert path.read_bytes() == (tmp_path / "many" / path.relative_to(tmp_path / "one")).read_bytes()


small_articles = st.builds(
    lambda title, paragraphs: title + "\n\n" + "\n\n".join(paragraphs),
    st.text(min_size=1, max_size=30).filter(lambda t: t.strip() and "\n" not in t and "\r" not in t),
    st.lists(st.text(min_size=1, max_size=120), min_size=1, max_size=5),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(small_articles)
def test_pipeline_on_generated_articles(tmp_path_factory, raw):
    tmp = tmp_path_factory.mktemp("gen")
    try:
        parse(decode(raw.encode("utf-8"), "generated"))
    except InputError:
        code, _ = build(tmp, raw.encode("utf-8"))
        assert code == 2
        return
    code, deck = build(tmp, raw.encode("utf-8"))
    assert code == 0
    assert_correct_deck(deck, tmp / "article.txt")


def test_progress_bar_only_on_a_terminal(tmp_path):
    import pty

    articles = [tmp_path / f"a{i}.txt" for i in range(3)]
    for path in articles:
        path.write_text("Title\n\nSome text.")
    (tmp_path / "nb").mkdir()
    (tmp_path / "ex").mkdir()
    controller, terminal = pty.openpty()
    done = subprocess.run(
        [sys.executable, "-m", "newsdeck", "build", *map(str, articles), "--notebooks", "nb", "--export", "ex"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=terminal,
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    assert done.returncode == 0
    assert b"0/3 [" in shown and b"article/s" in shown and b"\r" in shown
    assert shown.rstrip().splitlines()[-1].startswith(b"built 3 of 3 decks in ")
