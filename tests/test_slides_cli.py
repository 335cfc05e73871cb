"""Deck building from the command line and through `jupyter nbconvert --to newsdeck`."""

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import DATA, ROOT

from newsdeck.cli import main

SEED = ROOT / "data" / "kerry-warns-russia.txt"
BIN = Path(sys.executable).parent


def test_build_names_files_after_the_article_and_is_byte_identical(tmp_path, capsys):
    for run in ("one", "two"):
        (tmp_path / run / "nb").mkdir(parents=True)
        (tmp_path / run / "ex").mkdir()
        args = ["build", str(SEED), str(DATA / "water-report.txt")]
        assert main([*args, "--notebooks", str(tmp_path / run / "nb"), "--export", str(tmp_path / run / "ex")]) == 0
    for name in ("nb/kerry-warns-russia.ipynb", "ex/kerry-warns-russia.html", "ex/water-report.html"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    assert capsys.readouterr().err.startswith("built 2 of 2 decks in ")


def test_slides_command_equals_build_output(tmp_path):
    (tmp_path / "nb").mkdir()
    (tmp_path / "ex").mkdir()
    assert main(["build", str(SEED), "--notebooks", str(tmp_path / "nb"), "--export", str(tmp_path / "ex")]) == 0
    deck = tmp_path / "again.html"
    assert main(["slides", str(tmp_path / "nb" / "kerry-warns-russia.ipynb"), "-o", str(deck)]) == 0
    assert deck.read_bytes() == (tmp_path / "ex" / "kerry-warns-russia.html").read_bytes()


def test_jupyter_nbconvert_to_newsdeck_works_from_any_folder(tmp_path):
    shutil.copy(ROOT / "notebooks" / "kerry-warns-russia.ipynb", tmp_path / "talk.ipynb")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    done = subprocess.run(
        [str(BIN / "jupyter"), "nbconvert", "--to", "newsdeck", str(tmp_path / "talk.ipynb"), "--output-dir", "."],
        cwd=elsewhere,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    html = (elsewhere / "talk.html").read_text(encoding="utf-8")
    assert 'class="nd-para nd-p13"' in html
    assert 'id="nd-panel"' in html


def test_bad_notebook_is_one_line(tmp_path, capsys):
    broken = tmp_path / "broken.ipynb"
    broken.write_text("{not json", encoding="utf-8")
    assert main(["slides", str(broken), "-o", str(tmp_path / "x.html")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsdeck: {broken}: not a notebook") and err.count("\n") == 1
    assert not (tmp_path / "x.html").exists()


def test_missing_output_folders_are_created(tmp_path, capsys):
    notebook = tmp_path / "no" / "such" / "x.ipynb"
    assert main(["notebook", str(SEED), "-o", str(notebook)]) == 0
    assert capsys.readouterr().err == f"wrote {notebook}\n"
    deck = tmp_path / "other" / "x.html"
    assert main(["slides", str(notebook), "-o", str(deck)]) == 0
    assert deck.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
