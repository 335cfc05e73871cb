"""The wheel, installed in a fresh venv outside the checkout with no node_modules in reach, exports
offline decks from the command line, from nbconvert and from JupyterLab's export menu."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import ROOT
from lab import chromium, isolated_env, jupyterlab
from test_deck_e2e import Deck

SEED = ROOT / "data" / "kerry-warns-russia.txt"
# what could lead the installed newsdeck back to the checkout, its node_modules or our venv
LEAKS = ("NEWSDECK_NODE_MODULES", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "JUPYTER_PATH", "JUPYTER_CONFIG_PATH")


@dataclass
class Installed:
    venv: Path
    work: Path
    env: dict[str, str]
    decks: dict[str, Path] = field(default_factory=dict)
    lab_exporters: list[str] = field(default_factory=list)

    def run(self, command: str, *args: str) -> subprocess.CompletedProcess:
        """Run one of the venv's commands in the work folder."""
        path = str(self.venv / "bin" / command)
        return subprocess.run([path, *args], cwd=self.work, env=self.env, capture_output=True, text=True)


def _check(done: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert done.returncode == 0, f"{done.args} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done


def _lab_export(installed: Installed, notebook: str) -> tuple[list[str], str]:
    """Start the venv's JupyterLab; return the exporters its export menu lists and the newsdeck export."""
    python = str(installed.venv / "bin" / "python")
    with jupyterlab(installed.work, installed.work / "lab", python=python, env=installed.env) as (base, token):
        with urllib.request.urlopen(f"{base}/api/nbconvert?token={token}") as answer:
            exporters = sorted(json.load(answer))
        # what File ▸ Save and Export Notebook As ▸ newsdeck fetches
        with urllib.request.urlopen(f"{base}/nbconvert/newsdeck/{notebook}?download=true&token={token}") as answer:
            return exporters, answer.read().decode("utf-8")


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    """Build sdist + wheel (the wheel from the sdist), install it in a fresh venv, build and export the seed."""
    base = tmp_path_factory.mktemp("wheel")
    work = base / "work"
    for folder in ("notebooks", "export", "nbconvert", "lab"):
        (work / folder).mkdir(parents=True)
    shutil.copy(SEED, work)
    env = {k: v for k, v in isolated_env(base / "home").items() if k not in LEAKS}
    env["PATH"] = f"{base / 'venv' / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    installed = Installed(base / "venv", work, env)

    _check(subprocess.run([sys.executable, "-m", "build", "--outdir", base / "dist", ROOT], capture_output=True))
    (wheel,) = (base / "dist").glob("newsdeck-*.whl")

    _check(subprocess.run([sys.executable, "-m", "venv", base / "venv"], capture_output=True))
    requirements = (ROOT / "requirements.txt").read_text().splitlines()
    (base / "constraints.txt").write_text("\n".join(r for r in requirements if not r.startswith("-e")) + "\n")
    pip = ["pip", "install", "--quiet", "--disable-pip-version-check", "-c", str(base / "constraints.txt")]
    _check(installed.run(*pip, str(wheel), "jupyterlab"))

    _check(installed.run("newsdeck", "build", SEED.name))
    installed.decks["newsdeck build"] = work / "export" / "kerry-warns-russia.html"
    notebook = "notebooks/kerry-warns-russia.ipynb"
    _check(installed.run("jupyter", "nbconvert", "--to", "newsdeck", notebook, "--output-dir", "nbconvert"))
    installed.decks["nbconvert"] = work / "nbconvert" / "kerry-warns-russia.html"

    installed.lab_exporters, html = _lab_export(installed, notebook)
    installed.decks["lab export menu"] = work / "lab" / "kerry-warns-russia.html"
    installed.decks["lab export menu"].write_text(html, encoding="utf-8")
    return installed


def test_the_installed_newsdeck_reads_reveal_from_inside_the_package(installed):
    code = "import newsdeck, newsdeck.assets as a; print(newsdeck.__file__); print(a.reveal_folder())"
    module, folder = _check(installed.run("python", "-c", code)).stdout.split()
    site = next((installed.venv / "lib").glob("python3*/site-packages"))
    assert Path(module) == site / "newsdeck" / "__init__.py"
    assert Path(folder) == site / "newsdeck" / "static" / "vendor" / "reveal.js"


def test_each_way_of_exporting_inlines_reveal_and_its_notes_plugin(installed):
    assert "newsdeck" in installed.lab_exporters
    assert set(installed.decks) == {"newsdeck build", "nbconvert", "lab export menu"}
    for path in installed.decks.values():
        html = path.read_text(encoding="utf-8")
        assert "Reveal" in html
        assert "RevealNotes" in html  # the notes plugin's global
        assert "node_modules" not in html
        assert path.stat().st_size > 150_000  # reveal.js (110 KB) and the plugin (70 KB) are in the file


def test_server_extension_is_enabled_by_the_wheels_config_file(installed):
    config = installed.venv / "etc" / "jupyter" / "jupyter_server_config.d" / "newsdeck.json"
    assert json.loads(config.read_text()) == {"ServerApp": {"jpserver_extensions": {"newsdeck.server": True}}}
    listing = _check(installed.run("jupyter", "server", "extension", "list"))
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", line).split() for line in (listing.stdout + listing.stderr).splitlines()]
    assert ["newsdeck.server", "enabled"] in lines
    assert ["newsdeck.server", "OK"] in lines


@pytest.mark.browser
def test_each_deck_is_ready_offline_with_zero_requests_and_its_controls_open(installed, tmp_path):
    with chromium(tmp_path) as browser:
        for path in installed.decks.values():
            deck = Deck(browser, path)  # file://, every other request aborted, page errors recorded
            assert deck.js("Reveal.getTotalSlides()") >= 3
            assert deck.js("!!Reveal.getPlugin('notes')")
            deck.open_panel()
            deck.close()  # asserts no request and no error
