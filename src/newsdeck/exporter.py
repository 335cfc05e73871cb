"""The `newsdeck` nbconvert exporter: reveal.js slides in one offline file."""

from __future__ import annotations

import json
import os
import re
from functools import cache
from importlib.resources import files
from pathlib import Path

from nbconvert.exporters import SlidesExporter
from traitlets import Unicode, default

from newsdeck.errors import InputError

CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:; media-src data:; frame-src 'self'; base-uri 'none'; form-action 'none'"
)
_IMPORT = re.compile(r"@import\s+url\([^)]*\)\s*;?")


def node_modules() -> Path:
    """Where reveal.js is installed: $NEWSDECK_NODE_MODULES, else the checkout's node_modules."""
    configured = os.environ.get("NEWSDECK_NODE_MODULES")
    folder = Path(configured) if configured else Path(__file__).resolve().parents[2] / "node_modules"
    if not (folder / "reveal.js" / "dist" / "reveal.js").is_file():
        raise InputError(f"reveal.js not found in {folder}; run `make setup` (npm ci) first")
    return folder


@cache
def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _static(name: str) -> str:
    return files("newsdeck").joinpath("static", name).read_text(encoding="utf-8")


def inline_script(js: str) -> str:
    """JS text safe inside <script>…</script>."""
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def inline_style(css: str) -> str:
    """CSS with @imports removed (nothing may load from elsewhere), safe inside <style>."""
    return _IMPORT.sub("", css).replace("</style", "<\\/style")


class NewsdeckExporter(SlidesExporter):
    """reveal.js slides with reveal.js, its notes plugin and newsdeck's controls inlined."""

    export_from_notebook = "newsdeck slides (offline HTML)"

    reveal_theme = Unicode("white", help="reveal.js theme, from reveal.js/dist/theme/").tag(config=True)
    language = Unicode("en", help="the deck's lang attribute").tag(config=True)

    @default("template_name")
    def _template_name_default(self):
        return "newsdeck"

    @default("file_extension")
    def _file_extension_default(self):
        return ".html"

    @default("extra_template_basedirs")
    def _extra_template_basedirs_default(self):
        return [str(files("newsdeck").joinpath("templates"))]

    def _init_resources(self, resources):
        resources = super()._init_resources(resources)
        reveal = node_modules() / "reveal.js"
        deck = resources.setdefault("newsdeck", {})
        deck.setdefault("title", resources.get("metadata", {}).get("name", "slides"))
        deck["lang"] = self.language
        deck["csp"] = CSP
        deck["styles"] = [
            inline_style(_read(reveal / "dist" / "reveal.css")),
            inline_style(_read(reveal / "dist" / "theme" / f"{self.reveal_theme}.css")),
            inline_style(_static("controls.css") + _static("deck.css")),
        ]
        deck["scripts"] = [
            inline_script(_read(reveal / "dist" / "reveal.js")),
            inline_script(_read(reveal / "plugin" / "notes" / "notes.js")),
            inline_script(_static("deck.js")),
        ]
        config = {
            "hash": True,
            "controls": True,
            "progress": True,
            "center": True,
            "width": 960,
            "height": 700,
            "transition": self.reveal_transition,
            "slideNumber": self.reveal_number or False,
        }
        deck["config"] = inline_script(json.dumps(config, sort_keys=True))
        return resources
