"""One shape for the services the window calls: `services.<area>.<method>(…)`. The window
passes neither a Store nor Services to an app function or class, except where listed with
the reason.

The check reads each call in ui/ to something imported from app/, finds that function (or
class) and looks at its parameters: one annotated `Store` or `Services` means the window is
calling the old shape, whatever the argument is named at the call (`own`, `self.w.services`).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path

from app.services import Services

UI = Path(__file__).resolve().parent.parent / "ui"
ALLOWED = {
    # the lists' paging reads on the window's own connection, row by row (ui/table_model.py,
    # the startup read-ahead): a service in between would cost a call per page scrolled
    "app.listing.count": "paging on the window's connection",
    "app.listing.page": "paging on the window's connection",
    "app.listing.read_ahead": "the read-ahead after login, on its job's own connection",
    # the login's check runs before there is a Services (ui/startup.py)
    "app.integrity.cheap_check": "runs before a Services exists",
    "app.integrity.full_check": "runs before a Services exists",
    # ui/selftest.py finds records in the demo town it has just made: helpers of the demo
    # data, not a service the window offers
    "app.demo.first_ids": "the self-test's demo town",
    "app.demo.busiest": "the self-test's demo town",
}
OLD_SHAPE = re.compile(r"\b(Store|Services)\b")


def _app_imports(tree: ast.Module) -> dict[str, tuple[str, str]]:
    """local name → (module, name) for every `from app… import name [as local]`."""
    names: dict[str, tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 \
                and (node.module or "").split(".")[0] == "app":
            for alias in node.names:
                names[alias.asname or alias.name] = (node.module or "", alias.name)
    return names


def _resolve(module: str, name: str, attr: str | None) -> tuple[str, object]:
    owner = importlib.import_module(module)
    try:
        found: object = getattr(owner, name)
    except AttributeError:  # a submodule not yet imported by its package
        found = importlib.import_module(f"{module}.{name}")
    qualified = f"{found.__name__}" if inspect.ismodule(found) else f"{module}.{name}"
    if attr is not None:
        found = getattr(found, attr)
        qualified = f"{qualified}.{attr}"
    return qualified, found


def _takes_store_or_services(target: object) -> bool:
    function = target.__init__ if inspect.isclass(target) else target
    if not callable(function):
        return False
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return False
    for parameter in parameters:
        annotation = parameter.annotation
        text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
        if OLD_SHAPE.search(text):
            return True
    return False


def old_shape_calls(source: str) -> list[str]:
    """The app functions and classes called here that take a Store or Services."""
    tree = ast.parse(source)
    imported = _app_imports(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in imported:
            qualified, target = _resolve(*imported[func.id], None)
        elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                and func.value.id in imported:
            qualified, target = _resolve(*imported[func.value.id], func.attr)
        else:
            continue
        if _takes_store_or_services(target):
            found.append(qualified)
    return found


def test_the_window_calls_services_not_module_functions_with_a_store_or_services() -> None:
    found = {f"{path.relative_to(UI)}: {call}" for path in sorted(UI.rglob("*.py"))
             for call in old_shape_calls(path.read_text(encoding="utf-8"))
             if call not in ALLOWED}
    assert found == set()


def test_every_allowed_call_is_still_made() -> None:
    """An allowance nobody needs any more goes, so that the list stays the true exceptions."""
    made = {call for path in sorted(UI.rglob("*.py"))
            for call in old_shape_calls(path.read_text(encoding="utf-8"))}
    assert set(ALLOWED) <= made


def test_the_check_finds_a_module_function_called_with_a_store() -> None:
    planted = ("from app import backup\n"
               "def f(services):\n"
               "    backup.make_backup(services.store, 'manual')\n")
    assert old_shape_calls(planted) == ["app.backup.make_backup"]


def test_the_check_finds_services_passed_under_any_name() -> None:
    planted = ("from app.tableimport.apply import import_log\n"
               "from app.sync import folder\n"
               "def work(own, preview, where):\n"
               "    folder.exchange(own, where)\n"
               "    return import_log(own, preview)\n")
    assert sorted(old_shape_calls(planted)) == ["app.sync.folder.exchange",
                                                "app.tableimport.apply.import_log"]


def test_the_check_finds_an_old_call_put_back_in_the_window() -> None:
    """The login screen's recovery as it was before services.users: caught."""
    source = (UI / "login.py").read_text(encoding="utf-8")
    assert "services.users.list()" in source and "app.accounts.Users" not in \
        old_shape_calls(source)
    old = source.replace("services.users.list()", "accounts.Users(services).list()")
    assert "app.accounts.Users" in old_shape_calls(old)


def test_every_area_is_an_attribute_with_methods(services: Services) -> None:
    for name in ("users", "reports", "backups", "audit", "exchange", "handover", "retention",
                 "kb_packs", "sync", "table_import"):
        area = getattr(services, name)
        assert area.store is services.store and getattr(services, name) is area
    made = services.backups.make("manual")
    services.backups.verify(made)
    assert services.audit.count() > 0
    assert services.handover.town_notes() == ""
    assert services.sync.open_count() == 0 and not services.sync.has_conflict("resident", 1)
