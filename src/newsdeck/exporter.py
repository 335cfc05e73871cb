"""The `newsdeck` nbconvert exporter: reveal.js slides in one offline file."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files

from jinja2 import pass_context
from nbconvert.exporters import SlidesExporter, TemplateExporter
from nbconvert.filters.highlight import Highlight2HTML
from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter
from traitlets import Unicode, default
from traitlets.config import Config

from newsdeck import csp
from newsdeck.assets import reveal_text
from newsdeck.files import package_text

_GENERATED_BLOCK = re.compile(r'<(p|div|h1|ul) class="nd-[\w -]*">')
_IMPORT = re.compile(r"@import\s+url\([^)]*\)\s*;?")


def _size(value: str, default: int) -> int | str:
    """reveal_width / reveal_height as reveal.js takes them: pixels, or a string such as "100%"."""
    value = str(value).strip()
    if not value:
        return default
    return int(value) if value.isdigit() else value


def inline_script(js: str) -> str:
    """JS text safe inside <script>…</script>."""
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def inline_style(css: str) -> str:
    """CSS with @imports removed (nothing may load from elsewhere), safe inside <style>."""
    return _IMPORT.sub("", css).replace("</style", "<\\/style")


@cache
def _inlined(theme: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """What every deck inlines, read and hashed once per process: styles, scripts and the CSP."""
    styles = [
        inline_style(reveal_text("dist/reveal.css")),
        inline_style(reveal_text(f"dist/theme/{theme}.css")),
        inline_style(package_text("static/controls.css") + package_text("static/deck.css")),
    ]
    notes_plugin = reveal_text("plugin/notes/notes.js")
    scripts = [
        inline_script(reveal_text("dist/reveal.js")),
        inline_script(notes_plugin),
        inline_script(package_text("static/deck.js")),
    ]
    return tuple(styles), tuple(scripts), csp.policy((*scripts, *csp.speaker_view_scripts(notes_plugin)))


class NewsdeckExporter(SlidesExporter):
    """reveal.js slides with reveal.js, its notes plugin and newsdeck's controls inlined."""

    export_from_notebook = "newsdeck slides (offline HTML)"

    reveal_theme = Unicode("white", help="reveal.js theme, from reveal.js/dist/theme/").tag(config=True)

    @default("default_preprocessors")
    def _default_preprocessors_default(self):
        return []  # none of nbconvert's stock stages has work in a deck; ours comes from conf.json

    @default("optimistic_validation")
    def _optimistic_validation_default(self):
        return True  # validate once, not after every stage

    @property
    def default_config(self):
        config = super().default_config.copy()
        config.merge(Config({"CSSHTMLHeaderPreprocessor": {"enabled": False}}))  # no pygments CSS: no code
        return config

    @default("template_name")
    def _template_name_default(self):
        return "newsdeck"

    @default("exclude_anchor_links")
    def _exclude_anchor_links_default(self):
        return True  # a "¶" link after every heading has no place on a slide

    @default("file_extension")
    def _file_extension_default(self):
        return ".html"

    @default("extra_template_basedirs")
    def _extra_template_basedirs_default(self):
        return [str(files("newsdeck").joinpath("templates"))]

    def _init_resources(self, resources):
        resources = super()._init_resources(resources)
        deck = resources.setdefault("newsdeck", {})
        deck.setdefault("title", resources.get("metadata", {}).get("name", "slides"))
        configured = any("language_code" in self.config.get(c.__name__, {}) for c in type(self).__mro__)
        deck["lang"] = self.language_code if configured else deck.get("article_language", self.language_code)
        deck["styles"], deck["scripts"], deck["csp"] = _inlined(self.reveal_theme)
        deck["scroll"] = bool(self.reveal_scroll)
        config = {
            "hash": True,
            "controls": True,
            "progress": True,
            "center": True,
            "width": _size(self.reveal_width, 960),
            "height": _size(self.reveal_height, 700),
            "transition": self.reveal_transition,
            "slideNumber": self.reveal_number or False,
        }
        deck["config"] = inline_script(json.dumps(config, sort_keys=True))
        return resources

    @pass_context
    def markdown2html(self, context, source):
        """Cells newsdeck generated are single raw-HTML blocks, which Markdown passes through
        verbatim (CommonMark HTML blocks); skip building a Markdown parser for each of them."""
        if _GENERATED_BLOCK.match(source) and "\n\n" not in source:
            return source
        return super().markdown2html(context, source)

    def from_notebook_node(self, nb, resources=None, **kw):
        """HTMLExporter's export without its BeautifulSoup pass: that pass only adds alt text to
        images and tabindex to notebook input areas, neither of which a newsdeck deck has, and it
        re-serializes the whole ~280 KB page (about half the export time)."""
        language = nb.metadata.get("language_info", {})
        lexer = language.get("pygments_lexer", language.get("name"))
        self.register_filter("highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self))
        resources = self._init_resources(resources)
        ours = nb.metadata.get("newsdeck")
        language = ours.get("language") if isinstance(ours, dict) else None
        if isinstance(language, str) and language:
            resources["newsdeck"]["article_language"] = language
        data_types = WidgetsDataTypeFilter(notebook_metadata=self._nb_metadata, parent=self, resources=resources)
        self.register_filter("filter_data_type", data_types)
        return TemplateExporter.from_notebook_node(self, nb, resources, **kw)
