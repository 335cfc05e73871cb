"""The pre-save hook drops widget views only from newsdeck notebooks without saved widget state."""

from __future__ import annotations

import copy

import pytest

from newsdeck.server import WIDGET_VIEW, pre_save_hook, strip_widget_views

HINT = "Run this cell to show the controls."
VIEW = {"version_major": 2, "version_minor": 0, "model_id": "abc123"}


def output(kind: str = "execute_result", **data) -> dict:
    out = {"output_type": kind, "data": data, "metadata": {}}
    if kind == "execute_result":
        out["execution_count"] = 1
    return out


def notebook(metadata: dict, *outputs: dict, role: str = "controls") -> dict:
    code = {"newsdeck": {"role": role}}
    cells = [
        {"cell_type": "markdown", "id": "t", "metadata": {}, "source": "# Title"},
        {"cell_type": "code", "id": "c", "metadata": code, "source": "p", "execution_count": 1, "outputs": [*outputs]},
    ]
    return {"nbformat": 4, "nbformat_minor": 5, "metadata": metadata, "cells": cells}


WIDGET = {"text/plain": HINT, WIDGET_VIEW: VIEW}
PLAIN = {"text/plain": HINT}
NEWSDECK = {"newsdeck": {"source": "a.txt"}}
STREAM = {"output_type": "stream", "name": "stdout", "text": "hi\n"}

CASES = [
    # (name, notebook before, outputs of the code cell after)
    ("newsdeck execute_result", notebook(NEWSDECK, output(**WIDGET)), [output(**PLAIN)]),
    ("newsdeck display_data", notebook(NEWSDECK, output("display_data", **WIDGET)), [output("display_data", **PLAIN)]),
    (
        "newsdeck, mixed outputs",
        notebook(NEWSDECK, STREAM, output(**WIDGET), output("display_data", **{WIDGET_VIEW: VIEW})),
        [STREAM, output(**PLAIN), output("display_data", **{WIDGET_VIEW: VIEW})],
    ),
    ("newsdeck, no text/plain", notebook(NEWSDECK, output(**{WIDGET_VIEW: VIEW})), [output(**{WIDGET_VIEW: VIEW})]),
    ("foreign notebook", notebook({"kernelspec": {}}, output(**WIDGET)), [output(**WIDGET)]),
    ("saved widget state", notebook(NEWSDECK | {"widgets": {}}, output(**WIDGET)), [output(**WIDGET)]),
    ("newsdeck, no outputs", notebook(NEWSDECK), []),
    ("the presenter's own widget", notebook(NEWSDECK, output(**WIDGET), role="mine"), [output(**WIDGET)]),
]


@pytest.mark.parametrize(("before", "outputs"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_strip_widget_views(before: dict, outputs: list[dict]):
    nb = copy.deepcopy(before)
    assert strip_widget_views(nb) is None
    assert nb["cells"][1]["outputs"] == outputs
    assert nb["metadata"] == before["metadata"]
    assert nb["cells"][0] == before["cells"][0]


def test_hook_strips_notebook_models_only():
    model = {"type": "notebook", "format": "json", "content": notebook(NEWSDECK, output(**WIDGET))}
    pre_save_hook(model=model, path="a.ipynb", contents_manager=None)
    assert model["content"]["cells"][1]["outputs"] == [output(**PLAIN)]

    text = {"type": "file", "format": "text", "content": '{"metadata": {"newsdeck": {}}}'}
    pre_save_hook(model=text, path="a.json", contents_manager=None)
    assert text["content"] == '{"metadata": {"newsdeck": {}}}'
    pre_save_hook(model={"type": "notebook"}, path="b.ipynb", contents_manager=None)  # no content: no error
