"""The per-user cache: made once, read back, remade when broken, skipped when it cannot be made."""

import marshal

import pytest

from newsdeck.cache import cache_folder, cached


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_made_once_then_read_back(home):
    calls = []

    def make():
        calls.append(1)
        return {"ana": "f", "kim": None}

    assert cached("names.marshal", make) == {"ana": "f", "kim": None}
    assert cached("names.marshal", make) == {"ana": "f", "kim": None}
    assert calls == [1]
    assert marshal.loads((home / "newsdeck" / "data" / "names.marshal").read_bytes()) == {"ana": "f", "kim": None}
    assert not [p for p in (home / "newsdeck" / "data").iterdir() if p.name.endswith(".tmp")]


def test_a_broken_file_is_made_again(home):
    (home / "newsdeck" / "data").mkdir(parents=True)
    (home / "newsdeck" / "data" / "names.marshal").write_bytes(b"\x00not marshal")
    assert cached("names.marshal", lambda: [1, 2]) == [1, 2]
    assert cached("names.marshal", lambda: [3]) == [1, 2]


def test_a_cache_path_that_is_a_file_is_skipped(home):
    (home / "newsdeck").write_text("in the way")
    assert cache_folder("data") is None
    assert cached("names.marshal", lambda: "made") == "made"


def test_a_relative_cache_home_is_ignored(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative")
    assert cache_folder("data") is None
    assert not (tmp_path / "relative").exists()


def test_a_folder_others_may_write_is_not_used(home):
    (home / "newsdeck" / "templates").mkdir(parents=True)
    (home / "newsdeck" / "templates").chmod(0o777)
    assert cache_folder("templates") is None


def test_something_else_in_the_file_is_made_again(home):
    (home / "newsdeck" / "data").mkdir(parents=True)
    (home / "newsdeck" / "data" / "names.marshal").write_bytes(marshal.dumps([1, 2]))
    assert cached("names.marshal", lambda: {"ana": "f"}, dict) == {"ana": "f"}


def test_a_template_cache_that_vanishes_only_costs_time(home):
    import shutil

    from newsdeck.cache import template_cache
    from newsdeck.exporter import NewsdeckExporter
    from newsdeck.notebook import build
    from newsdeck.parse import parse

    exporter = NewsdeckExporter()
    exporter.environment.bytecode_cache = template_cache()
    shutil.rmtree(home / "newsdeck")
    html, _ = exporter.from_notebook_node(build(parse('Title\n\n"Yes," she said.\n'), "t"))
    assert "Yes," in html
