"""The command line: JSON on stdout; bad input → exit 2 and one line on stderr, no traceback."""

import json
import subprocess
import sys

import pytest
from conftest import ROOT

from newsdeck.cli import main

SEED = ROOT / "data" / "kerry-warns-russia.txt"


def test_parse_prints_the_model(capsys):
    assert main(["parse", str(SEED)]) == 0
    model = json.loads(capsys.readouterr().out)
    assert set(model) >= {"title", "paragraphs", "removed", "speakers"}
    assert model["speakers"][0] == {"name": "John Kerry", "quotes": 1}


def test_python_dash_m_runs_the_cli():
    done = subprocess.run([sys.executable, "-m", "newsdeck", "parse", str(SEED)], capture_output=True, text=True)
    assert done.returncode == 0
    assert json.loads(done.stdout)["title"] == "Kerry warns Russia as peace talks falter"


BAD_INPUTS = [
    ("empty.txt", b"", "the article is empty or blank"),
    ("blank.txt", b"  \n\t\n\xc2\xa0\n", "the article is empty or blank"),
    ("title-only.txt", b"Just a title\n\n \n", "the title (line 1) has no paragraph after it"),
    ("nul.txt", b"Title\n\nab\x00cd", "NUL byte at byte offset 9"),
    ("latin1.txt", b"Title\n\nna\xefve", "not UTF-8 at byte offset 9"),
    ("bom-latin1.txt", b"\xef\xbb\xbfTitle\n\n\xff", "not UTF-8 at byte offset 10"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    assert main(["parse", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"newsdeck: {path}: {message}" + ("; is this a text file?\n" if "NUL" in message else "\n")


def test_missing_file_and_folder(tmp_path, capsys):
    assert main(["parse", str(tmp_path / "nope.txt")]) == 2
    assert capsys.readouterr().err == f"newsdeck: {tmp_path / 'nope.txt'}: no such file\n"
    assert main(["parse", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"newsdeck: {tmp_path}: is a folder, not an article file\n"


def test_bad_input_from_a_real_process_has_no_traceback(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xff\xfe")
    done = subprocess.run([sys.executable, "-m", "newsdeck", "parse", str(path)], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


@pytest.mark.parametrize("data", [b"\xef\xbb\xbfTitle\r\n\r\nOne\r\ntwo", b"Title\r\rOne\rtwo", b"Title\n\nOne\ntwo"])
def test_bom_and_line_ends_are_fine(tmp_path, capsys, data):
    path = tmp_path / "ok.txt"
    path.write_bytes(data)
    assert main(["parse", str(path)]) == 0
    model = json.loads(capsys.readouterr().out)
    assert model["title"] == "Title"
    assert [p["text"] for p in model["paragraphs"]] == ["One two"]
