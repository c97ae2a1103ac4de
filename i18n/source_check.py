"""Strings that lupdate cannot see, or that never pass through a translation, found in the
source: the coverage of the .ts files says nothing about them.

- A `tr()`, `translate()` or `QT_TRANSLATE_NOOP()` whose text is not one string literal (an
  f-string, a variable, `a if c else b`): lupdate skips it and the text stays English.
- Any of these calls inside an f-string: lupdate does not read f-strings at all.
- `page.tr()`: lupdate files the text under the context "page", while Qt looks it up under
  the page's class name, so it is never translated.
- A word in a string literal of the SQL that fills a list (app/listing.py): it reaches the
  window untranslated ('online' in the sessions list was one).
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP"}
# Which argument holds the text: tr(text), translate(context, text), NOOP(context, text).
TEXT_ARG = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}
SQL_FILES = ("app/listing.py",)
_SQL_LITERAL = re.compile(r"'([^']*)'")


def _name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def _is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def check_python(source: str, filename: str) -> list[str]:
    problems: list[str] = []
    tree = ast.parse(source, filename)
    inside_fstring: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    inside_fstring.add(id(inner))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        if name not in CALLS:
            continue
        where = f"{filename}:{node.lineno}"
        if name == "tr" and isinstance(node.func, ast.Attribute) and not (
                isinstance(node.func.value, ast.Name) and node.func.value.id == "self"):
            problems.append(f"{where}: tr() of another object: lupdate files it under that "
                            "variable's name, not the class the translation is looked up in")
            continue
        if id(node) in inside_fstring:
            problems.append(f"{where}: {name}() inside an f-string is not read by lupdate")
            continue
        index = TEXT_ARG[name]
        if len(node.args) <= index:
            continue
        text = node.args[index]
        if name == "translate" and isinstance(text, (ast.Name, ast.Attribute, ast.Subscript,
                                                     ast.Call)):
            continue  # a marked constant (QT_TRANSLATE_NOOP), looked up where it is shown
        if not _is_literal(text):
            problems.append(f"{where}: {name}() of something other than one string literal")
    return problems


def check_sql(source: str, filename: str) -> list[str]:
    """Words in SQL string literals of list queries."""
    problems: list[str] = []
    tree = ast.parse(source, filename)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for literal in _SQL_LITERAL.findall(node.value):
                if re.search(r"[^\W\d_]{2,}", literal):  # a word, not a separator like 'T'
                    problems.append(f"{filename}:{node.lineno}: the SQL literal '{literal}' "
                                    "reaches the window untranslated")
    return problems


def check(root: Path = ROOT) -> list[str]:
    problems: list[str] = []
    for path in sorted((root / "ui").rglob("*.py")):
        problems += check_python(path.read_text(encoding="utf-8"),
                                 str(path.relative_to(root)))
    for name in SQL_FILES:
        path = root / name
        problems += check_sql(path.read_text(encoding="utf-8"), name)
    return problems


if __name__ == "__main__":
    found = check()
    print("\n".join(found) or "no strings hidden from translation")
    sys.exit(1 if found else 0)
