"""The `newsdeck` nbconvert exporter: reveal.js slides in one offline file."""

from __future__ import annotations

import json
import re
from importlib.resources import files

from jinja2 import pass_context
from nbconvert.exporters import SlidesExporter, TemplateExporter
from nbconvert.filters.highlight import Highlight2HTML
from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter
from nbconvert.preprocessors import (
    CSSHTMLHeaderPreprocessor,
    HighlightMagicsPreprocessor,
    RegexRemovePreprocessor,
    TagRemovePreprocessor,
)
from traitlets import Unicode, default

from newsdeck.assets import reveal_text
from newsdeck.files import package_text

CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:; media-src data:; frame-src 'self'; base-uri 'none'; form-action 'none'"
)
_GENERATED_BLOCK = re.compile(r'<(p|div|h1|ul) class="nd-[\w -]*">')
_IMPORT = re.compile(r"@import\s+url\([^)]*\)\s*;?")


def inline_script(js: str) -> str:
    """JS text safe inside <script>…</script>."""
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def inline_style(css: str) -> str:
    """CSS with @imports removed (nothing may load from elsewhere), safe inside <style>."""
    return _IMPORT.sub("", css).replace("</style", "<\\/style")


def _has_work(preprocessor) -> bool:
    """False for stages that cannot change a newsdeck deck as configured."""
    if isinstance(preprocessor, CSSHTMLHeaderPreprocessor | HighlightMagicsPreprocessor):
        return False  # pygments CSS and code-cell magics: the deck has neither
    if isinstance(preprocessor, TagRemovePreprocessor):
        traits = ("remove_cell_tags", "remove_all_outputs_tags", "remove_single_output_tags", "remove_input_tags")
        return any(getattr(preprocessor, name) for name in traits)
    if isinstance(preprocessor, RegexRemovePreprocessor):
        return bool(preprocessor.patterns)
    return True


class NewsdeckExporter(SlidesExporter):
    """reveal.js slides with reveal.js, its notes plugin and newsdeck's controls inlined."""

    export_from_notebook = "newsdeck slides (offline HTML)"

    reveal_theme = Unicode("white", help="reveal.js theme, from reveal.js/dist/theme/").tag(config=True)
    language = Unicode("en", help="the deck's lang attribute").tag(config=True)

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
        deck["lang"] = self.language
        deck["csp"] = CSP
        deck["styles"] = [
            inline_style(reveal_text("dist/reveal.css")),
            inline_style(reveal_text(f"dist/theme/{self.reveal_theme}.css")),
            inline_style(package_text("static/controls.css") + package_text("static/deck.css")),
        ]
        deck["scripts"] = [
            inline_script(reveal_text("dist/reveal.js")),
            inline_script(reveal_text("plugin/notes/notes.js")),
            inline_script(package_text("static/deck.js")),
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

    def __init__(self, **kw):
        super().__init__(**kw)
        # nbconvert validates the whole notebook after every registered preprocessor, enabled or
        # not (a third of the export time); keep only those with work to do in a deck.
        self._preprocessors = [p for p in self._preprocessors if p.enabled and _has_work(p)]

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
        data_types = WidgetsDataTypeFilter(notebook_metadata=self._nb_metadata, parent=self, resources=resources)
        self.register_filter("filter_data_type", data_types)
        return TemplateExporter.from_notebook_node(self, nb, resources, **kw)
