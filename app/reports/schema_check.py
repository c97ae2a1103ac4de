"""A small, strict JSON Schema validator for the files Madoguchi reads and writes.

The `jsonschema` package is not among Madoguchi's dependencies (nor in its bundle), and the
annual data file's schema needs only a handful of keywords, so they are checked here:
type, const, enum, properties, required, additionalProperties, propertyNames,
maxProperties, items, maxItems, pattern, minLength, maxLength, minimum, maximum, anyOf and
local $ref. A keyword this module does not know makes the schema itself an error, so a
schema can never pass a file by asking for something that is silently not checked."""

from __future__ import annotations

import re
from typing import Any

from app.errors import Translatable
from app.marks import QT_TRANSLATE_NOOP

ANNOTATIONS = {"$schema", "$id", "title", "description", "$defs"}
KEYWORDS = ANNOTATIONS | {
    "type", "const", "enum", "properties", "required", "additionalProperties",
    "propertyNames", "maxProperties", "items", "maxItems", "pattern", "minLength", "maxLength",
    "minimum", "maximum", "anyOf", "$ref"}
_TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def _reason(text: str, *params: object) -> Translatable:
    """The reason, English here, in the reader's language in the window."""
    return Translatable("errors", text, *params)


class SchemaError(Exception):
    """The instance does not follow the schema; `path` is a JSON pointer to the place."""

    def __init__(self, path: str, reason: str, *, wrong_kind: bool = False):
        super().__init__(f"{path or '/'}: {reason}")
        self.path = path or "/"
        self.reason = reason
        self.wrong_kind = wrong_kind  # not even the kind of value (or the one value) wanted


def _is_type(value: Any, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    kind = _TYPES.get(name)
    if kind is None:
        raise ValueError(f"unknown type {name!r} in the schema")
    return isinstance(value, kind) and (name == "boolean" or not isinstance(value, bool))


class Validator:
    def __init__(self, schema: dict[str, Any]):
        self.root = schema
        self._patterns: dict[str, re.Pattern[str]] = {}
        self._check_schema(schema)

    def _check_schema(self, node: Any) -> None:
        if isinstance(node, dict):
            unknown = set(node) - KEYWORDS
            if unknown:
                raise ValueError(f"schema keyword(s) not supported: {sorted(unknown)}")
            for key in ("properties", "$defs"):
                for sub in node.get(key, {}).values():
                    self._check_schema(sub)
            for key in ("additionalProperties", "propertyNames", "items"):
                if isinstance(node.get(key), dict):
                    self._check_schema(node[key])
            for sub in node.get("anyOf", []):
                self._check_schema(sub)

    def _resolve(self, ref: str) -> dict[str, Any]:
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are supported: {ref}")
        node: Any = self.root
        for part in ref[2:].split("/"):
            node = node[part]
        return dict(node)

    def _pattern(self, text: str) -> re.Pattern[str]:
        if text not in self._patterns:
            self._patterns[text] = re.compile(text)
        return self._patterns[text]

    def validate(self, value: Any) -> None:
        self._check(value, self.root, "")

    def _check(self, value: Any, schema: dict[str, Any], path: str) -> None:
        if "$ref" in schema:
            self._check(value, self._resolve(schema["$ref"]), path)
        if "anyOf" in schema:
            failures: list[SchemaError] = []
            for option in schema["anyOf"]:
                try:
                    self._check(value, option, path)
                    break
                except SchemaError as exc:
                    failures.append(exc)
            else:
                # The option the value has the kind of says best what is wrong (-1 for
                # "a count or x": "should be at least 0").
                for failure in failures:
                    if not failure.wrong_kind:
                        raise failure
                raise SchemaError(path, _reason(QT_TRANSLATE_NOOP(
                    "errors", "matches none of the allowed forms")))
        if "type" in schema:
            names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            if not any(_is_type(value, n) for n in names):
                raise SchemaError(path, _reason(QT_TRANSLATE_NOOP(
                    "errors", "is not of the expected kind (%1)"), ", ".join(names)),
                    wrong_kind=True)
        if "const" in schema and not _same(value, schema["const"]):
            raise SchemaError(path, _reason(QT_TRANSLATE_NOOP("errors", "should be %1"),
                                            repr(schema["const"])), wrong_kind=True)
        if "enum" in schema and not any(_same(value, v) for v in schema["enum"]):
            raise SchemaError(path, _reason(QT_TRANSLATE_NOOP("errors", "should be one of %1"),
                                            repr(schema["enum"])))
        if isinstance(value, str):
            self._string(value, schema, path)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            if "minimum" in schema and value < schema["minimum"]:
                raise SchemaError(path, _reason(QT_TRANSLATE_NOOP(
                    "errors", "should be at least %1"), schema["minimum"]))
            if "maximum" in schema and value > schema["maximum"]:
                raise SchemaError(path, _reason(QT_TRANSLATE_NOOP(
                    "errors", "should be at most %1"), schema["maximum"]))
        elif isinstance(value, dict):
            self._object(value, schema, path)
        elif isinstance(value, list):
            if "maxItems" in schema and len(value) > schema["maxItems"]:
                raise SchemaError(path, _reason(QT_TRANSLATE_NOOP(
                    "errors", "has more than %1 items"), schema["maxItems"]))
            if "items" in schema:
                for i, item in enumerate(value):
                    self._check(item, schema["items"], f"{path}/{i}")

    def _string(self, value: str, schema: dict[str, Any], path: str) -> None:
        if "minLength" in schema and len(value) < schema["minLength"]:
            raise SchemaError(path, _reason(QT_TRANSLATE_NOOP("errors", "is too short")))
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise SchemaError(path, _reason(QT_TRANSLATE_NOOP("errors", "is too long")))
        if "pattern" in schema and not self._pattern(schema["pattern"]).search(value):
            raise SchemaError(path, _reason(QT_TRANSLATE_NOOP(
                "errors", "is not in the expected form")))

    def _object(self, value: dict[str, Any], schema: dict[str, Any], path: str) -> None:
        for name in schema.get("required", []):
            if name not in value:
                raise SchemaError(path, _reason(QT_TRANSLATE_NOOP("errors", "lacks %1"),
                                                repr(name)))
        if "maxProperties" in schema and len(value) > schema["maxProperties"]:
            raise SchemaError(path, _reason(QT_TRANSLATE_NOOP(
                "errors", "has more than %1 entries"), schema["maxProperties"]))
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            where = f"{path}/{_escape(name)}"
            if "propertyNames" in schema:
                self._check(name, schema["propertyNames"], where)
            if name in properties:
                self._check(item, properties[name], where)
            elif extra is False:
                raise SchemaError(where, _reason(QT_TRANSLATE_NOOP(
                    "errors", "is not expected here")))
            elif isinstance(extra, dict):
                self._check(item, extra, where)


def _same(a: Any, b: Any) -> bool:
    """JSON equality: True is not 1."""
    return type(a) is type(b) and a == b


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")
