"""The README's two commands do all the set-up: `make test` gets Chromium, or says what to run."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from conftest import ROOT

MISSING = "/nonexistent/chromium"


def test_make_test_installs_chromium_when_it_is_missing():
    dry_run = subprocess.run(
        ["make", "-n", "test", f"CHROMIUM={MISSING}"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert "apt-get install -y -qq chromium" in dry_run.stdout
    assert dry_run.stdout.index("apt-get install") < dry_run.stdout.index("/bin/pytest")


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root to become another user")
def test_make_test_without_root_stops_with_one_line_saying_what_to_run():
    as_nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    with tempfile.TemporaryDirectory() as folder:  # a copy nobody can read: the checkout may be private
        os.chmod(folder, 0o755)
        makefile = Path(folder, "Makefile")
        shutil.copyfile(ROOT / "Makefile", makefile)
        makefile.chmod(0o644)
        done = subprocess.run(
            [*as_nobody, "make", "-s", "-f", str(makefile), f"CHROMIUM={MISSING}", MISSING],
            cwd=folder,
            capture_output=True,
            text=True,
        )
    assert done.returncode == 2
    ours = [line for line in done.stderr.splitlines() if line.startswith("newsdeck:")]
    assert ours == [
        f"newsdeck: the browser tests need Debian's chromium at {MISSING}; run: sudo apt-get install chromium"
    ]
