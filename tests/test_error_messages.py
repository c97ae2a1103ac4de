"""Messages app/ raises are English templates with %1, %2, … that the window translates."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app import accounts, db, files, handover, store
from app.backup import BackupError
from app.errors import MadoguchiError, Translatable, ValidationError, fill
from app.exchange import INVALID_FIELD, ImportError_
from app.marks import QT_TRANSLATE_NOOP
from app.progress import Cancelled
from app.reports import mail
from ui.jobs import Job
from ui.labels import error_text

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"
PLACEHOLDER = re.compile(r"%(\d+)")

# Helpers that put parameters of their own in front of the caller's: (file, name) → count.
WRAPPERS = {("exchange.py", "_fail"): 2, ("exchange.py", "fail"): 2,
            ("exchange_check.py", "_fail"): 2, ("exchange_check.py", "fail"): 2,
            ("kbpack.py", "_fail"): 2, ("kbpack.py", "fail"): 2,
            ("reports/mail.py", "error"): 1}
# Raised with a plain sentence on purpose: argparse never lets these happen.
PLAIN_ON_PURPOSE = {"kb_cli.py", "backup_cli.py"}


# -- the English text

def test_str_is_the_english_sentence_with_the_parameters() -> None:
    template = QT_TRANSLATE_NOOP("errors", "There is no database at %1.")
    exc = MadoguchiError(template, Path("/data/town.db"))
    assert str(exc) == "There is no database at /data/town.db."
    assert exc.template == template and exc.params == (Path("/data/town.db"),)
    assert str(BackupError("The backup %1 is damaged (%2).", "a.db", "oops")) == \
        "The backup a.db is damaged (oops)."


def test_the_highest_placeholder_goes_first() -> None:
    params = [f"p{n}" for n in range(1, 11)]
    assert fill("%10 %1 %2%1", params) == "p10 p1 p2p1"
    assert fill("%12", ["x"]) == "x2"  # only %1 exists: the 2 is text
    # a parameter's own text is not searched for placeholders
    assert fill("%1 and %2", ["50%2", "b"]) == "50%2 and b"


def test_plain_sentences_keep_working() -> None:
    assert str(MadoguchiError("Nothing to see.")) == "Nothing to see."
    assert str(MadoguchiError(f"Disk {50}% full (%1)")) == "Disk 50% full (%1)"
    exc = MadoguchiError()
    assert str(exc) == "" and exc.template == "" and exc.params == ()
    assert str(Cancelled()) == "Cancelled; nothing was changed."


def test_validation_error_keeps_its_signature() -> None:
    exc = ValidationError({"name": "Required."}, "user")
    assert exc.errors == {"name": "Required."} and exc.record == "user"
    assert str(exc) == "user: name: Required."
    assert str(ValidationError({}, "user")) == "user: invalid"


def test_messages_read_as_before(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    with pytest.raises(db.DatabaseOpenError) as caught:
        db.connect(missing)
    assert str(caught.value) == f"There is no database at {missing}."
    assert caught.value.template == "There is no database at %1."
    with pytest.raises(ImportError_) as info:
        files.read_json_object(tmp_path, ImportError_, "a Madoguchi export")
    assert str(info.value) == f"{tmp_path} is a folder, not a Madoguchi export."
    error = mail._explain(TimeoutError(), "connect", "smtp.example.jp:587",
                          mail.MailSettings(smtp_host="smtp.example.jp"))
    assert str(error) == "The mail server smtp.example.jp:587 did not answer within 30 seconds."


def test_validation_messages_name_their_constants() -> None:
    assert str(accounts.MIN_PASSWORD) in accounts.PASSWORD_TOO_SHORT
    assert f"{handover.TOWN_NOTES_MAX:,}" in handover.TOWN_NOTES_TOO_LONG


# -- translated in the window

class Marking(QTranslator):
    """Answers every lookup in the contexts app/ uses with a marked, reordered text."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if context == "errors" and source:
            return "[T] " + source.replace("%1", "<%1>")
        if context == "validation" and source:
            return "[V] " + source
        return ""

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return False


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[Marking]:
    translator = Marking(qapp)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_error_text_translates_the_template(marking: Marking) -> None:
    exc = BackupError(QT_TRANSLATE_NOOP("errors", "The backup %1 is damaged (%2)."),
                      "a.db", "oops")
    assert error_text(exc) == "[T] The backup <a.db> is damaged (oops)."
    assert str(exc) == "The backup a.db is damaged (oops)."
    marked = ImportError_(INVALID_FIELD, "residents[0]", "kana",
                          Translatable("validation", "Use katakana only."))
    assert error_text(marked) == \
        "[T] <residents[0]>, field 'kana': [V] Use katakana only. Nothing was imported."
    assert error_text(ValidationError({"name": "Required."}, "user")) == "[V] Required."
    assert error_text(ValidationError({}, "user")) == "user: invalid"
    assert error_text(ValueError("not from app")) == "not from app"


def test_error_text_uses_a_real_translation_file(qapp: QApplication, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) \
        or shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "t.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context><name>errors</name>
<message><source>The backup %1 could not be made in %2 (%3).</source>
<translation>%2 にバックアップ %1 を作れませんでした（%3）。</translation></message>
</context>
</TS>
""", encoding="utf-8")
    qm = tmp_path / "t.qm"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        exc = BackupError("The backup %1 could not be made in %2 (%3).", "b.db", "E:\\", "full")
        assert error_text(exc) == "E:\\ にバックアップ b.db を作れませんでした（full）。"
    finally:
        qapp.removeTranslator(translator)


def test_a_job_reports_the_translated_error(qtbot: QtBot, marking: Marking) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(_progress: object) -> None:
        raise BackupError(QT_TRANSLATE_NOOP("errors", "There is no backup file at %1."), "x")

    job = Job(parent, "title", work)
    with qtbot.waitSignal(job.failed, timeout=10_000) as signal:
        job.start()
    assert signal.args == ["[T] There is no backup file at <x>."]


# -- every marked message in app/ is one lupdate can read, and its raise fits it

def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(APP.rglob("*.py")):
        if path.name != "marks.py":
            yield path.relative_to(APP).as_posix(), ast.parse(path.read_text("utf-8"))


def _marked(node: ast.AST) -> tuple[str, str] | None:
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "QT_TRANSLATE_NOOP"):
        assert len(node.args) == 2 and not node.keywords, ast.unparse(node)
        context, source = node.args
        assert isinstance(context, ast.Constant) and isinstance(context.value, str) \
            and isinstance(source, ast.Constant) and isinstance(source.value, str), \
            f"lupdate needs two literal strings: {ast.unparse(node)}"
        return context.value, source.value
    return None


def _numbers(template: str) -> set[int]:
    return {int(n) for n in PLACEHOLDER.findall(template)}


def _module_templates(tree: ast.Module) -> dict[str, list[str]]:
    """Module-level names bound to a marked "errors" message, or to a dict of them."""
    found: dict[str, list[str]] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                and isinstance(stmt.targets[0], ast.Name):
            value = stmt.value
            items = value.values if isinstance(value, ast.Dict) else [value]
            marks = [_marked(v) for v in items]
            if marks and all(m is not None and m[0] == "errors" for m in marks):
                found[stmt.targets[0].id] = [m[1] for m in marks if m is not None]
    return found


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else \
        func.attr if isinstance(func, ast.Attribute) else ""


def test_marked_messages_are_literal_and_numbered_from_one() -> None:
    count = 0
    for name, tree in _modules():
        for node in ast.walk(tree):
            mark = _marked(node)
            if mark is None:
                continue
            context, text = mark
            # TableImport: the import's field names, shown inside its messages
            assert context in ("errors", "validation", "TableImport"), \
                f"{name}: context {context!r}"
            numbers = _numbers(text)
            if context != "errors":  # shown with translate() alone: nothing is filled in
                assert not numbers, f"{name}: {text!r}"
            else:
                assert numbers == set(range(1, len(numbers) + 1)), f"{name}: {text!r}"
                count += 1
    assert count > 150


def test_each_raise_gives_as_many_parameters_as_its_message_has_placeholders() -> None:
    checked = 0
    for name, tree in _modules():
        named = _module_templates(tree)
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or _marked(call) is not None:
                continue
            for index, arg in enumerate(call.args):
                mark = _marked(arg)
                if mark is not None and mark[0] == "errors":
                    templates = [mark[1]]
                elif isinstance(arg, ast.Name) and arg.id in named:
                    templates = named[arg.id]
                elif isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name) \
                        and arg.value.id in named:
                    templates = named[arg.value.id]
                else:
                    continue
                rest = call.args[index + 1:]
                if any(isinstance(a, ast.Starred) for a in rest):
                    break
                given = len(rest) + WRAPPERS.get((name, _callee(call)), 0)
                for template in templates:
                    assert len(_numbers(template)) == given, \
                        f"{name}:{call.lineno}: {template!r} gets {given} parameter(s)"
                    checked += 1
                break
    assert checked > 150


def _error_classes() -> set[str]:
    known = {"MadoguchiError"}
    trees = [tree for _name, tree in _modules()]
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in known and any(
                        isinstance(b, ast.Name) and b.id in known for b in node.bases):
                    known.add(node.name)
                    grew = True
    return known - {"ValidationError"}


def test_no_error_in_app_is_raised_with_an_unmarked_sentence() -> None:
    classes = _error_classes()
    assert {"BackupError", "LoginRefused", "WrongSecret", "ImportError_", "PackError"} <= classes
    unmarked = []
    for name, tree in _modules():
        if name in PLAIN_ON_PURPOSE:
            continue
        for call in ast.walk(tree):
            if isinstance(call, ast.Call) and _callee(call) in classes and call.args:
                first = call.args[0]
                if isinstance(first, ast.JoinedStr) or (
                        isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    unmarked.append(f"{name}:{call.lineno}")
    assert unmarked == []


def test_validation_messages_in_app_are_marked() -> None:
    unmarked = []
    for name, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name)
                    and t.value.id == "errors" for t in node.targets):
                value = node.value
                if isinstance(value, ast.JoinedStr) or (
                        isinstance(value, ast.Constant) and isinstance(value.value, str)):
                    unmarked.append(f"{name}:{node.lineno}")
            if isinstance(node, ast.Call) and _callee(node) == "ValidationError" \
                    and node.args and isinstance(node.args[0], ast.Dict):
                for value in node.args[0].values:
                    if isinstance(value, ast.JoinedStr | ast.Constant):
                        unmarked.append(f"{name}:{node.lineno}")
    assert unmarked == []


def test_phrases_callers_pass_have_whole_sentences() -> None:
    """require_admin(what) and read_json_object(..., what) look their sentence up."""
    for name, tree in _modules():
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            if _callee(call) == "require_admin" and call.args \
                    and isinstance(call.args[0], ast.Constant):
                assert call.args[0].value in store.ADMIN_ONLY, f"{name}:{call.lineno}"
            if _callee(call) == "read_json_object" and len(call.args) == 3:
                what = call.args[2]
                assert isinstance(what, ast.Constant) and what.value in files.NOT_WHAT, \
                    f"{name}:{call.lineno}"
    for what, template in store.ADMIN_ONLY.items():
        assert template == f"Only an administrator can {what}."
