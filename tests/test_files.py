"""Inputs and outputs at the edges: devices, pipes, odd file names, clashing or missing outputs,
killed batches, unwritable folders, file modes. Bad input → exit 2 and one line, nothing written."""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from conftest import ROOT
from test_hardening import read_only

from newsdeck.cli import main
from newsdeck.files import remove_stale, write_text
from newsdeck.reader import MAX_BYTES

SEED = ROOT / "data" / "kerry-warns-russia.txt"
ARTICLE = b"Title\n\nSome text, and \xe2\x80\x9ca quote,\xe2\x80\x9d Ana Lima said.\n"


def newsdeck(*args, timeout: float = 60, **options) -> subprocess.CompletedProcess:
    """The real command in a child process, memory-capped, killed if it hangs."""

    def cap_memory():
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

    return subprocess.run(
        [sys.executable, "-m", "newsdeck", *args],
        capture_output=True,
        timeout=timeout,
        preexec_fn=cap_memory,
        **options,
    )


def one_line(done: subprocess.CompletedProcess, message: str) -> None:
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err, err


# 1. Output folders are created when missing; a file in the way is one line.


def test_build_creates_missing_output_folders(tmp_path):
    nb, ex = tmp_path / "out" / "nb", tmp_path / "out" / "ex"
    assert main(["build", str(SEED), "--notebooks", str(nb), "--export", str(ex)]) == 0
    assert [p.name for p in nb.iterdir()] == ["kerry-warns-russia.ipynb"]
    assert [p.name for p in ex.iterdir()] == ["kerry-warns-russia.html"]


@pytest.mark.parametrize("command", ["notebook", "build"])
def test_a_file_in_the_output_path_is_one_line(tmp_path, capsys, command):
    (tmp_path / "path").write_text("x")
    out = tmp_path / "path" / "to"
    args = ["-o", str(out / "x.ipynb")] if command == "notebook" else ["--notebooks", str(out), "--export", str(out)]
    assert main([command, str(SEED), *args]) == 2
    assert f"{tmp_path / 'path'} is a file, not a folder\n" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["path"]


# 2. Inputs that would hang or eat memory.


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused(device):
    one_line(newsdeck("parse", device, timeout=30), f"newsdeck: {device}: is a device, not an article file")


def test_fifo_without_a_writer_does_not_hang(tmp_path):
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    one_line(newsdeck("parse", str(fifo), timeout=30), f"newsdeck: {fifo}: is a pipe with no writer")


def test_pipe_on_stdin_is_read(tmp_path):
    done = newsdeck("parse", "/dev/stdin", input=ARTICLE)
    assert done.returncode == 0, done.stderr
    assert b'"title": "Title"' in done.stdout


@pytest.mark.parametrize("how", ["stdin", "process-substitution"])
def test_pipe_gets_the_same_2_mb_limit(tmp_path, how):
    big = b"Big\n\n" + b"A sentence that goes on. " * (MAX_BYTES // 25 + 1000)
    if how == "stdin":
        done = newsdeck("parse", "/dev/stdin", input=big)
    else:
        (tmp_path / "big.txt").write_bytes(big)
        command = f"exec {sys.executable} -m newsdeck parse <(cat big.txt)"
        done = subprocess.run(["bash", "-c", command], cwd=tmp_path, capture_output=True, timeout=60)
    one_line(done, ": article is over 2 MB; newsdeck takes up to 2 MB (split it)")
    assert done.stdout == b""


# 3. File names that are not UTF-8, or not ASCII under the C locale.


@pytest.mark.parametrize("utf8_mode", [None, "0"], ids=["default", "PYTHONUTF8=0"])
def test_undecodable_file_name_is_one_bad_article(tmp_path, utf8_mode):
    names = [b"bad\xffname.txt", "Über.txt".encode(), b"good.txt"]
    for name in names:
        with open(os.path.join(os.fsencode(tmp_path), name), "wb") as out:
            out.write(ARTICLE)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONIOENCODING", "PYTHONUTF8"))}
    env |= {"LC_ALL": "C"} | ({"PYTHONUTF8": utf8_mode} if utf8_mode else {})
    done = subprocess.run(
        [sys.executable.encode(), b"-m", b"newsdeck", b"build", *names, b"--notebooks", b"nb", b"--export", b"ex"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        timeout=60,
    )
    lines = done.stderr.decode("ascii").splitlines()
    assert done.returncode == 2
    assert lines[0] == r"newsdeck: bad\xffname.txt: file name is not UTF-8 (rename the file)"
    assert lines[1].startswith("built 2 of 3 decks in ") and lines[1].endswith("; 1 failed")
    assert len(lines) == 2
    assert set(os.listdir(os.fsencode(tmp_path / "ex"))) == {"Über.html".encode(), b"good.html"}
    assert '"source": "Über.txt"' in (tmp_path / "nb" / "Über.ipynb").read_text(encoding="utf-8")


# 4. Two articles that would be built into the same files.


def test_same_output_name_from_two_folders_is_refused_before_writing(tmp_path, capsys):
    for folder in ("d1", "d2"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_bytes(ARTICLE)
    a, b = tmp_path / "d1" / "x.txt", tmp_path / "d2" / "x.txt"
    nb, ex = tmp_path / "nb", tmp_path / "ex"
    assert main(["build", str(a), str(b), "--notebooks", str(nb), "--export", str(ex), "-j", "2"]) == 2
    assert capsys.readouterr().err == (
        f"newsdeck: {a}, {b}: both would be built as {nb / 'x.ipynb'} and {ex / 'x.html'} (rename one)\n"
    )
    assert not nb.exists() and not ex.exists()


# 5. An output that is the input, however spelled.


@pytest.mark.parametrize("spelling", ["same", "dot-slash", "symlink", "hard-link"])
def test_notebook_over_its_own_article_is_refused(tmp_path, monkeypatch, capsys, spelling):
    monkeypatch.chdir(tmp_path)
    Path("art.txt").write_bytes(ARTICLE)
    output = {"same": "art.txt", "dot-slash": "./art.txt", "symlink": "link.txt", "hard-link": "hard.txt"}[spelling]
    if spelling == "symlink":
        os.symlink("art.txt", "link.txt")
    if spelling == "hard-link":
        os.link("art.txt", "hard.txt")
    assert main(["notebook", "art.txt", "-o", output]) == 2
    assert (
        capsys.readouterr().err
        == f"newsdeck: {Path(output)}: would overwrite the input art.txt (choose another output)\n"
    )
    assert Path("art.txt").read_bytes() == ARTICLE


def test_slides_over_its_own_notebook_is_refused(tmp_path, capsys):
    notebook = tmp_path / "n.ipynb"
    assert main(["notebook", str(SEED), "-o", str(notebook)]) == 0
    before = notebook.read_bytes()
    for output in (notebook, tmp_path / "." / "n.ipynb"):
        assert main(["slides", str(notebook), "-o", str(output)]) == 2
        assert capsys.readouterr().err.endswith(
            f"{output}: would overwrite the input {notebook} (choose another output)\n"
        )
    assert notebook.read_bytes() == before


def test_build_over_its_own_article_is_one_bad_article(tmp_path, capsys):
    (tmp_path / "nb").mkdir()
    (tmp_path / "ex").mkdir()
    article = tmp_path / "nb" / "a.ipynb"  # an article file named like the notebook it would become
    article.write_bytes(ARTICLE)
    assert main(["build", str(article), "--notebooks", str(tmp_path / "nb"), "--export", str(tmp_path / "ex")]) == 2
    assert f"newsdeck: {article}: would overwrite the input {article}" in capsys.readouterr().err
    assert article.read_bytes() == ARTICLE and list((tmp_path / "ex").iterdir()) == []


# 6. A killed batch leaves no workers and, after the next build, no temporary files.


def test_killed_batch_leaves_no_workers_and_rebuild_no_temporary_files(tmp_path):
    articles = []
    for i in range(200):
        articles.append(tmp_path / f"a{i:03}.txt")
        articles[-1].write_bytes(ARTICLE + f"\n\nParagraph {i}: “more words,” she said. ".encode() * 10)
    (tmp_path / "nb").mkdir()
    (tmp_path / "ex").mkdir()
    args = [sys.executable, "-m", "newsdeck", "build", *map(str, articles), "--notebooks", "nb", "--export", "ex"]
    batch = subprocess.Popen([*args, "-j", "2"], cwd=tmp_path, start_new_session=True, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while len(list((tmp_path / "ex").iterdir())) < 5:
            assert batch.poll() is None and time.monotonic() < deadline, "the batch ended before it could be killed"
            time.sleep(0.02)
        assert len(ours(tmp_path)) == 3  # the batch and its two workers
        os.kill(batch.pid, signal.SIGKILL)
        batch.wait(timeout=10)
        deadline = time.monotonic() + 5
        while ours(tmp_path) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ours(tmp_path) == []
    finally:
        for process in ours(tmp_path):  # a regression must not leave them running
            with contextlib.suppress(psutil.NoSuchProcess):
                process.kill()
    stale = tmp_path / "ex" / f".a000.html.{batch.pid}.abcdefgh.tmp"  # as a killed write leaves it
    stale.write_text("half a deck")
    done = subprocess.run([*args, "-j", "2"], cwd=tmp_path, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert [p for p in tmp_path.rglob("*.tmp")] == []
    assert len(list((tmp_path / "ex").iterdir())) == len(articles)


def ours(tmp_path: Path) -> list[psutil.Process]:
    """Live processes whose command line names `tmp_path` (a forked worker keeps its parent's)."""
    found = []
    for process in psutil.process_iter(["cmdline", "status"]):
        if process.info["status"] != psutil.STATUS_ZOMBIE and str(tmp_path) in " ".join(process.info["cmdline"] or []):
            found.append(process)
    return found


def test_stale_temporary_files_of_the_target_are_removed(tmp_path):
    dead = subprocess.Popen(["true"])
    dead.wait()
    old = time.time() - 3600
    files = {
        f".x.html.{dead.pid}.abcdefgh.tmp": False,  # its writer is dead
        ".x.html.a1b2c3d4.tmp": "old",  # an older newsdeck's name, no pid, an hour old
        f".x.html.{os.getpid()}.zzzzzzzz.tmp": "old",  # a live pid, but an hour old
        f".x.html.{os.getpid()}.yyyyyyyy.tmp": True,  # a write in progress: kept
        f".y.html.{dead.pid}.abcdefgh.tmp": True,  # another target's: kept
        f".x.html.5.{dead.pid}.abcdefgh.tmp": True,  # the target x.html.5's: kept
    }
    for name, keep in files.items():
        (tmp_path / name).write_text("partial")
        if keep == "old":
            os.utime(tmp_path / name, (old, old))
    write_text(tmp_path / "x.html", "deck")
    left = {p.name for p in tmp_path.iterdir()}
    assert left == {"x.html"} | {name for name, keep in files.items() if keep is True}
    assert remove_stale(tmp_path, "x.html") == []


# 7. Output folders are checked writable (for real: root ignores mode bits) before anything is written.


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_unwritable_export_folder_writes_no_notebook(tmp_path, capsys, jobs):
    nb, ex = tmp_path / "nb", tmp_path / "ex"
    nb.mkdir()
    ex.mkdir()
    articles = [str(SEED), str(ROOT / "tests" / "data" / "water-report.txt")]
    with read_only(ex):
        code = main(["build", *articles, "-j", jobs, "--notebooks", str(nb), "--export", str(ex)])
    assert code == 2
    assert capsys.readouterr().err == f"newsdeck: {ex}: cannot write to this folder (permission denied)\n"
    assert list(nb.iterdir()) == [] and list(ex.iterdir()) == []


# 8. A rewrite keeps the file's mode; a new file is 0644 whatever the umask.


def test_rewrite_keeps_the_mode_and_new_files_are_0644(tmp_path):
    kept = tmp_path / "private.ipynb"
    kept.write_text("old")
    kept.chmod(0o600)
    assert main(["notebook", str(SEED), "-o", str(kept)]) == 0
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600 and kept.read_text(encoding="utf-8").startswith("{")
    previous = os.umask(0o077)
    try:
        assert main(["notebook", str(SEED), "-o", str(tmp_path / "new.ipynb")]) == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.ipynb").stat().st_mode) == 0o644
