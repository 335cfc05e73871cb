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
