"""newsdeck: a news article → a Jupyter notebook presentation → offline reveal.js slides."""

from newsdeck.errors import InputError
from newsdeck.model import Article, Paragraph, Quote, Speaker
from newsdeck.parse import parse

__all__ = ["Article", "InputError", "Paragraph", "Quote", "Speaker", "parse"]
__version__ = "0.1.0"
