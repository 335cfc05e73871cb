"""Build step: the reveal.js files a deck inlines go into the wheel and the sdist as package data.

They come from the checkout's node_modules when it holds the version package-lock.json pins,
else from `npm ci` run in a temporary folder (the only time a build touches the network). An
sdist carries the copied files, so a wheel built from it needs neither npm nor node_modules.
Editable installs copy nothing: there newsdeck.assets reads the checkout's node_modules.
"""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
VENDOR = Path("newsdeck", "static", "vendor", "reveal.js")  # read by newsdeck/assets.py
PATTERNS = ["LICENSE", "dist/reveal.js", "dist/reveal.css", "dist/theme/*.css", "plugin/notes/notes.js"]
NPM_CI = ["npm", "ci", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"]


def _version(package_json: Path) -> str | None:
    return json.loads(package_json.read_text())["version"] if package_json.is_file() else None


def _copy(source: Path, target: Path) -> None:
    for pattern in PATTERNS:
        matches = sorted(source.glob(pattern))
        if not matches:
            raise SystemExit(f"newsdeck build: {source / pattern} not found")
        for path in matches:
            destination = target / path.relative_to(source)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination)


def vendor_reveal(target: Path) -> None:
    """Copy the pinned reveal.js files into target, running `npm ci` only if node_modules lacks them."""
    pinned = json.loads((ROOT / "package-lock.json").read_text())["packages"]["node_modules/reveal.js"]["version"]
    installed = ROOT / "node_modules" / "reveal.js"
    if _version(installed / "package.json") == pinned:
        _copy(installed, target)
        return
    with tempfile.TemporaryDirectory(prefix="newsdeck-npm-") as work:
        for name in ("package.json", "package-lock.json"):
            shutil.copyfile(ROOT / name, Path(work, name))
        subprocess.run(NPM_CI, cwd=work, check=True)
        _copy(Path(work, "node_modules", "reveal.js"), target)


class BuildPy(build_py):
    def run(self):
        super().run()
        if self.editable_mode or (ROOT / "src" / VENDOR / "dist" / "reveal.js").is_file():
            return  # editable: node_modules is read in place; from an sdist: already package data
        vendor_reveal(Path(self.build_lib, VENDOR))


class Sdist(sdist):
    def make_release_tree(self, base_dir, files):
        super().make_release_tree(base_dir, files)
        vendor_reveal(Path(base_dir, "src", VENDOR))


setup(cmdclass={"build_py": BuildPy, "sdist": Sdist})
