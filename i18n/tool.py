"""Translation workflow: Qt Linguist sources (.ts) in this folder, compiled to .qm.

    python i18n/tool.py update            # pyside6-lupdate: refresh every .ts from the code
    python i18n/tool.py release           # pyside6-lrelease: build every .qm
    python i18n/tool.py coverage          # translated share per language; exit 1 below target
    python i18n/tool.py export LANG FILE  # unfinished messages as JSON, for a translator
    python i18n/tool.py merge LANG FILE   # translations from that JSON back into the .ts
    python i18n/tool.py glossary [LANG]   # key terms translated otherwise than the glossary

`make i18n` runs update + release; `make setup` runs release. Needs no display and no Qt
import, only the pyside6-lupdate / pyside6-lrelease tools from PySide6.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import source_check  # noqa: E402  (beside this file; i18n/ is not a package)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# UI language code → locale name Qt Linguist records in the .ts file.
LANGUAGES = {
    "ja": "ja_JP", "en": "en_US", "vi": "vi_VN", "id": "id_ID", "th": "th_TH",
    "my": "my_MM", "ne": "ne_NP", "zh_CN": "zh_CN", "tl": "fil_PH",
    "pt_BR": "pt_BR", "es": "es_ES",
}
COMPLETE = ("ja", "en", "vi")
MINIMUM_SHARE = 0.90
# Languages held to a higher share than MINIMUM_SHARE (the busiest at town desks).
MINIMUM_SHARES = {"pt_BR": 0.95, "es": 0.95}


def ts_path(lang: str) -> Path:
    return HERE / f"madoguchi_{lang}.ts"


def qm_path(lang: str) -> Path:
    return HERE / f"madoguchi_{lang}.qm"


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} was not found; run this inside the project's .venv.")
    return found


def sources() -> list[str]:
    """ui/, and the files of app/ that mark messages with app/marks.py's QT_TRANSLATE_NOOP."""
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    marked = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py")
                    if p.name != "marks.py"
                    and "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8"))
    return files + marked


def update() -> None:
    for lang, locale in LANGUAGES.items():
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "relative",
                        "-target-language", locale, *sources(), "-ts", str(ts_path(lang))],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def release() -> None:
    for lang in LANGUAGES:
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_path(lang)),
                        "-qm", str(qm_path(lang))], check=True)


def _messages(lang: str) -> tuple[ET.ElementTree[ET.Element], list[tuple[str, ET.Element]]]:
    tree = ET.parse(ts_path(lang))
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message))
    return tree, found


def _done(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    return all(f.text for f in forms) if forms else bool(translation.text)


def coverage(lang: str) -> tuple[int, int, list[str]]:
    """(translated, total, missing source strings) for one language."""
    _, messages = _messages(lang)
    missing = [f"{ctx}: {m.findtext('source')}" for ctx, m in messages if not _done(m)]
    return len(messages) - len(missing), len(messages), missing


def glossary_path(lang: str) -> Path:
    return HERE / f"glossary_{lang}.json"


def _term_pattern(term: str) -> re.Pattern[str]:
    """The English term as a word, singular or plural ('session', 'sessions')."""
    return re.compile(r"\b" + re.escape(term) + r"(?:s|es)?\b", re.IGNORECASE)


def glossary_problems(lang: str) -> list[str]:
    """Messages whose source holds a key term of the language's glossary while the
    translation has none of the glossary's renderings: the term translated another way.
    A glossary is {"English term": "translation" or ["form", "plural form", ...]}."""
    path = glossary_path(lang)
    if not path.exists():
        return []
    glossary: dict[str, str | list[str]] = json.loads(path.read_text(encoding="utf-8"))
    problems = []
    for ctx, message in _messages(lang)[1]:
        if not _done(message):
            continue
        # placeholders such as {town} are code, not words
        source = re.sub(r"\{\w+\}", "", message.findtext("source") or "")
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")
        text = " ".join(f.text or "" for f in forms) if forms else translation.text or ""
        for term, wanted in glossary.items():
            renderings = [wanted] if isinstance(wanted, str) else wanted
            if _term_pattern(term).search(source) and not any(
                    r.casefold() in text.casefold() for r in renderings):
                problems.append(f"{lang}: '{term}' is not {' / '.join(renderings)} in "
                                f"{ctx}: {source!r} → {text!r}")
    return problems


def check() -> list[str]:
    problems = []
    for lang in LANGUAGES:
        done, total, missing = coverage(lang)
        if lang in COMPLETE and missing:
            problems.append(f"{lang}: {len(missing)} untranslated, e.g. {missing[:3]}")
        elif lang not in COMPLETE and done < MINIMUM_SHARES.get(lang, MINIMUM_SHARE) * total:
            share = MINIMUM_SHARES.get(lang, MINIMUM_SHARE)
            problems.append(f"{lang}: {done}/{total} translated, below {share:.0%}")
        problems += glossary_problems(lang)
    return problems


def export(lang: str, out: Path) -> None:
    _, messages = _messages(lang)
    items = [{"context": ctx, "source": m.findtext("source") or "",
              "comment": m.findtext("comment") or "",
              "numerus": m.get("numerus") == "yes", "translation": ""}
             for ctx, m in messages if not _done(m)]
    out.write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(items)} messages to translate → {out}")


def merge(lang: str, source: Path) -> None:
    items = json.loads(source.read_text(encoding="utf-8"))
    wanted = {(i["context"], i["source"]): i["translation"] for i in items if i["translation"]}
    tree, messages = _messages(lang)
    merged = 0
    for ctx, message in messages:
        text = wanted.get((ctx, message.findtext("source") or ""))
        if not text:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in (text if isinstance(text, list) else [text]):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text if isinstance(text, str) else text[0]
        merged += 1
    write(tree, ts_path(lang))
    print(f"{merged} translations merged into {ts_path(lang).name}")


def write(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "coverage":
        for lang in LANGUAGES:
            done, total, _ = coverage(lang)
            print(f"{lang:6} {done:5}/{total:<5} {done / total:7.1%}")
        problems = check() + source_check.check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    elif command == "glossary":
        found = [p for lang in (argv[1:] or list(LANGUAGES)) for p in glossary_problems(lang)]
        for problem in found:
            print(problem)
        return 1 if found else 0
    elif command == "export" and len(argv) == 3:
        export(argv[1], Path(argv[2]))
    elif command == "merge" and len(argv) == 3:
        merge(argv[1], Path(argv[2]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
