"""A no-op twin of Qt's QT_TRANSLATE_NOOP, so that app/ can mark strings without Qt.

pyside6-lupdate finds the marked strings in these files (see i18n/tool.py); the window
translates them with QCoreApplication.translate(context, text).
"""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - Qt's own name
    return source
