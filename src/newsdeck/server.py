"""A jupyter_server extension: newsdeck notebooks are saved without dangling widget views.

Without saved widget state (ipywidgets' ``saveState`` setting, off for us), a saved
widget-view output shows "Error displaying widget: model not found" when the notebook is
reopened. Before each save, this extension drops the widget-view entry from the outputs of
newsdeck's controls cell that also carry ``text/plain``, so what is saved is the panel's static
twin (HTML checkboxes driven by CSS: what a reopened notebook and a RISE slideshow show) and its
hint to run the cell. Only notebooks with a top-level ``metadata.newsdeck`` key and no
``metadata.widgets`` are touched; the open session keeps showing the live widget.
"""

from __future__ import annotations

from typing import Any

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
_RICH_OUTPUTS = ("display_data", "execute_result")


def strip_widget_views(notebook: dict[str, Any]) -> None:
    """Remove widget-view entries from a newsdeck notebook's outputs, in place.

    Does nothing unless ``metadata`` has a ``newsdeck`` key and no ``widgets`` key. Only the
    controls cell (cell ``metadata.newsdeck.role == "controls"``) is touched, and an output loses
    its widget view only when it is display_data or execute_result and also has ``text/plain``.
    """
    metadata = notebook.get("metadata") or {}
    if "newsdeck" not in metadata or "widgets" in metadata:
        return
    for cell in notebook.get("cells") or []:
        ours = (cell.get("metadata") or {}).get("newsdeck")
        if not isinstance(ours, dict) or ours.get("role") != "controls":
            continue
        for output in cell.get("outputs") or []:
            data = output.get("data")
            if output.get("output_type") in _RICH_OUTPUTS and isinstance(data, dict) and "text/plain" in data:
                data.pop(WIDGET_VIEW, None)


def pre_save_hook(model: dict[str, Any], path: str, contents_manager: Any = None, **kwargs: Any) -> None:
    """jupyter_server pre-save hook: strip widget views from a notebook model before it is written."""
    if model.get("type") == "notebook" and isinstance(model.get("content"), dict):
        strip_widget_views(model["content"])


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    """Tell jupyter_server where this extension lives."""
    return [{"module": "newsdeck.server"}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    """Register the pre-save hook on the server's contents manager."""
    serverapp.contents_manager.register_pre_save_hook(pre_save_hook)
    serverapp.log.info("newsdeck: widget views are stripped from newsdeck notebooks on save")
