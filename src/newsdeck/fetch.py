"""A link → the page's bytes, carefully: http(s) only, timeouts, a size limit counted while
reading, at most 5 redirects, HTML only. Nothing else of the page is fetched or run."""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from newsdeck.errors import InputError
from newsdeck.reader import MAX_BYTES

CONNECT_SECONDS = 10.0
READ_SECONDS = 15.0  # between two pieces of the answer
TOTAL_SECONDS = 30.0  # for the whole page, however slowly it trickles in
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    charset: str | None  # as the server declared it


def is_link(source: str) -> bool:
    return urlsplit(source).scheme.lower() in ("http", "https")


def fetch(url: str) -> Fetched:
    """GET `url`; every way it can fail is a one-line InputError naming the URL."""
    import httpx

    timeout = httpx.Timeout(READ_SECONDS, connect=CONNECT_SECONDS)
    headers = {"User-Agent": "newsdeck (article to slides)", "Accept": "text/html,application/xhtml+xml"}
    try:
        with (
            httpx.Client(
                timeout=timeout, follow_redirects=True, max_redirects=MAX_REDIRECTS, headers=headers
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise InputError(f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
            kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind not in HTML_TYPES:
                raise InputError(f"{url}: not a web page (content type {kind or 'missing'})")
            return Fetched(str(response.url), _body(url, response), response.charset_encoding)
    except httpx.TooManyRedirects:
        raise InputError(f"{url}: more than {MAX_REDIRECTS} redirects") from None
    except httpx.TimeoutException:
        raise InputError(f"{url}: timed out") from None
    except httpx.UnsupportedProtocol as error:
        raise InputError(f"{url}: {error}") from None
    except httpx.HTTPError as error:
        raise InputError(f"{url}: cannot fetch ({type(error).__name__}: {error})".replace("\n", " ")) from None


def _body(url: str, response) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BYTES:
        raise InputError(f"{url}: page is {int(declared) / 1e6:.1f} MB; newsdeck takes up to {MAX_BYTES / 1e6:.0f} MB")
    deadline, chunks, size = time.monotonic() + TOTAL_SECONDS, [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > MAX_BYTES:
            raise InputError(f"{url}: page is over {MAX_BYTES / 1e6:.0f} MB; newsdeck takes up to that")
        if time.monotonic() > deadline:
            raise InputError(f"{url}: timed out (still arriving after {TOTAL_SECONDS:.0f} s)")
        chunks.append(chunk)
    return b"".join(chunks)
