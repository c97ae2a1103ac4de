"""One shape for the services the window calls: `services.<area>.<method>(…)`. The window
passes no Store to an app module's function, except where listed with the reason."""

from __future__ import annotations

import ast
from pathlib import Path

from app.services import Services

UI = Path(__file__).resolve().parent.parent / "ui"
# the lists' paging reads on the window's own connection, row by row (ui/table_model.py,
# the read-ahead); the login's check runs before there is a window (ui/startup.py)
ALLOWED = {"listing.count", "listing.page", "listing.read_ahead", "integrity.cheap_check",
           "integrity.full_check"}


def _app_modules(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app"):
            names.update(alias.asname or alias.name for alias in node.names)
    return names


def _is_store(node: ast.expr) -> bool:
    return (isinstance(node, ast.Name) and node.id == "store") or (
        isinstance(node, ast.Attribute) and node.attr == "store")


def store_calls(source: str) -> list[str]:
    tree = ast.parse(source)
    modules = _app_modules(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Name) and node.func.value.id in modules \
                and node.args and _is_store(node.args[0]):
            found.append(f"{node.func.value.id}.{node.func.attr}")
    return found


def test_the_window_calls_services_not_module_functions_with_a_store() -> None:
    found = {f"{path.relative_to(UI)}: {call}" for path in sorted(UI.rglob("*.py"))
             for call in store_calls(path.read_text(encoding="utf-8"))
             if call not in ALLOWED}
    assert found == set()


def test_the_check_finds_a_module_function_called_with_a_store() -> None:
    planted = ("from app import backup\n"
               "def f(services):\n"
               "    backup.make_backup(services.store, 'manual')\n")
    assert store_calls(planted) == ["backup.make_backup"]


def test_every_area_is_an_attribute_with_methods(services: Services) -> None:
    for name in ("reports", "backups", "audit", "exchange", "handover", "retention",
                 "kb_packs"):
        area = getattr(services, name)
        assert area.store is services.store and getattr(services, name) is area
    made = services.backups.make("manual")
    services.backups.verify(made)
    assert services.audit.count() > 0
    assert services.handover.town_notes() == ""
