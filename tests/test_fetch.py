"""Links: fetched from a real HTTP server on 127.0.0.1 (never beyond), every failure one line."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import ROOT

from newsdeck import fetch
from newsdeck.cli import main

PAGE = (ROOT / "data" / "varesh-ceasefire.html").read_bytes()
LATIN1 = (
    "<html><head><title>Café prices rise</title></head><body><article>"
    "<h1>Café prices rise</h1><p>The owner of the café on Rue Brûlée said prices would rise by 2 €."
    " “We have no choice,” said Amélie Durand, who has run it for 20 years – since 2006.</p>"
    "<p>Customers were unhappy. “It is too much,” said one regular, a retired teacher named José Muñoz.</p>"
    "</article></body></html>"
)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, status: int, body: bytes, kind: str = "text/html; charset=utf-8", **headers):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 (http.server's name)
        path = self.path
        if path == "/news/ceasefire-talks.html":
            self.send(200, PAGE)
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            target = "/news/ceasefire-talks.html" if left == 0 else f"/hop/{left - 1}"
            self.send(302, b"", Location=target)
        elif path == "/missing":
            self.send(404, b"<h1>Not found</h1>")
        elif path == "/data.json":
            self.send(200, b'{"a": 1}', "application/json")
        elif path == "/slow":
            time.sleep(2)
            self.send(200, PAGE)
        elif path == "/big":
            self.send(200, b"<p>" + b"x" * 3_000_000 + b"</p>")
        elif path == "/big-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(300):
                self.wfile.write(b"<p>" + b"word " * 2000 + b"</p>\n")
        elif path == "/latin1":
            self.send(200, LATIN1.encode("cp1252"), "text/html; charset=windows-1252")
        elif path == "/to-file":
            self.send(302, b"", Location="file:///etc/passwd")
        else:
            self.send(500, b"")


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a client that hung up on an oversize page: expected here


@pytest.fixture(scope="module")
def server():
    httpd = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def short_timeouts(monkeypatch):
    monkeypatch.setattr(fetch, "READ_SECONDS", 0.5)
    monkeypatch.setattr(fetch, "CONNECT_SECONDS", 0.5)


def test_a_link_builds_a_deck_named_after_its_path(server, tmp_path, capsys):
    url = f"{server}/hop/4"  # five redirects: allowed
    assert main(["build", url, "--notebooks", str(tmp_path / "nb"), "--export", str(tmp_path / "ex")]) == 0
    assert (tmp_path / "ex" / "4.html").is_file()
    url = f"{server}/news/ceasefire-talks.html"
    assert main(["build", url, "--notebooks", str(tmp_path / "nb"), "--export", str(tmp_path / "ex")]) == 0
    deck = (tmp_path / "ex" / "ceasefire-talks.html").read_text(encoding="utf-8")
    assert "Varesh and Toluk agree to 30-day ceasefire" in deck
    assert f"Source: {url}" not in deck  # the page's own canonical URL goes in the header
    assert "https://example.org/world/2026/03/10/varesh-toluk-ceasefire-geneva" in deck


def test_declared_charset_is_used(server, capsys):
    assert main(["parse", f"{server}/latin1"]) == 0
    out = capsys.readouterr().out
    assert "Café" in out and "2 €" in out and "José Muñoz" in out and "“We have no choice,”" in out


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/data.json", "not a web page (content type application/json)"),
        ("/slow", "timed out"),
        ("/big", "page is 3.0 MB; newsdeck takes up to 2 MB"),
        ("/big-unannounced", "page is over 2 MB; newsdeck takes up to that"),
        ("/hop/5", "more than 5 redirects"),
    ],
)
def test_a_failing_link_is_one_line_naming_it(server, capsys, path, reason):
    url = f"{server}{path}"
    assert main(["parse", url]) == 2
    assert capsys.readouterr().err == f"newsdeck: {url}: {reason}\n"


def test_only_http_and_https(server, capsys):
    assert main(["parse", "file:///etc/passwd"]) == 2
    assert capsys.readouterr().err == "newsdeck: file:///etc/passwd: only http and https links are fetched\n"
    assert main(["parse", f"{server}/to-file"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsdeck: {server}/to-file: ") and err.count("\n") == 1


def test_nothing_listening_is_one_line(capsys):
    url = "http://127.0.0.1:9/article.html"  # the discard port: nothing answers
    assert main(["parse", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsdeck: {url}: cannot fetch (ConnectError") and err.count("\n") == 1


def test_in_a_batch_a_bad_link_does_not_stop_the_others(server, tmp_path, capsys):
    good = ROOT / "data" / "kerry-warns-russia.txt"
    args = [f"{server}/missing", str(good), "--notebooks", str(tmp_path / "nb"), "--export", str(tmp_path / "ex")]
    assert main(["build", *args]) == 2
    err = capsys.readouterr().err
    assert f"newsdeck: {server}/missing: HTTP 404 Not Found" in err
    assert "built 1 of 2 decks" in err
    assert (tmp_path / "ex" / "kerry-warns-russia.html").is_file()
