"""The deck's Content-Security-Policy: nothing loads from anywhere, and only the deck's own
inline scripts run (by hash), so a <script> or an onerror= that reaches a slide never runs."""

from __future__ import annotations

import base64
import hashlib
import re
from functools import cache

_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
OTHER = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; media-src data:; "
    "frame-src 'self'; base-uri 'none'; form-action 'none'"
)


def script_hash(js: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii") + "'"


def _unescape(match: re.Match) -> str:
    code = match.group(1)
    if code[0] in "ux" and len(code) > 1:
        return chr(int(code[1:], 16))
    return _SIMPLE.get(code, code)


def _string_around(source: str, at: int) -> str:
    """The double-quoted JavaScript string literal of `source` that contains offset `at`, decoded."""
    start = at
    while True:
        start = source.rindex('"', 0, start)
        backslashes = 0
        while source[start - 1 - backslashes] == "\\":
            backslashes += 1
        if backslashes % 2 == 0:
            break
    end = start + 1
    while source[end] != '"':
        end += 2 if source[end] == "\\" else 1
    return _ESCAPE.sub(_unescape, source[start + 1 : end])


@cache
def speaker_view_scripts(notes_plugin: str) -> tuple[str, ...]:
    """The inline scripts of the speaker view, which reveal's notes plugin writes into a popup
    that inherits the deck's policy; they sit in a JavaScript string literal of the plugin."""
    at = notes_plugin.find("<script>")
    return tuple(_SCRIPT.findall(_string_around(notes_plugin, at))) if at != -1 else ()


@cache
def policy(scripts: tuple[str, ...]) -> str:
    """The policy for a page whose only scripts are `scripts` (exact element texts)."""
    hashes = " ".join(dict.fromkeys(script_hash(js) for js in scripts))
    return f"script-src {hashes}; {OTHER}"
