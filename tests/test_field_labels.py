"""ui/field_labels.py is generated from the forms (i18n/field_labels.py): it must say what
the forms say, or the audit page would name a field differently from its form."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_field_labels_are_in_step_with_the_forms() -> None:
    spec = importlib.util.spec_from_file_location("field_labels_tool",
                                                  ROOT / "i18n" / "field_labels.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert (ROOT / "ui" / "field_labels.py").read_text(encoding="utf-8") == tool.source(), \
        "run: python i18n/field_labels.py"
    from ui.field_labels import FIELD_LABELS

    assert FIELD_LABELS["resident"]["card_expiry"][0] == "ResidentForm"
    assert set(FIELD_LABELS) == {"resident", "consultation", "accompaniment", "session",
                                 "organisation", "bridge_person", "kb_entry"}
