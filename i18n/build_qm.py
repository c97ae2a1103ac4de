"""The wheel's build step compiles the translations: setuptools' build_py, then each
i18n/madoguchi_*.ts through Qt's lrelease into ui/translations/ inside the build, where the
window finds them with importlib.resources (ui/i18n.py). A clean clone has no .qm files (they
are not kept in git), so a wheel without this step would start in English only; a build that
cannot compile them fails rather than make such a wheel."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools.command.build_py import build_py

SOURCES = Path(__file__).resolve().parent


def lrelease() -> str:
    """Qt's own lrelease from PySide6 (a build requirement), else one on the PATH."""
    try:
        import PySide6

        shipped = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32"
                                                   else "lrelease")
        if shipped.is_file():
            return str(shipped)
    except ImportError:
        pass
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise SystemExit("Building Madoguchi needs Qt's lrelease (pyside6-lrelease, from "
                         "PySide6) to compile the translations.")
    return found


def compile_all(target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    # a pyside6-lrelease script runs its own Python: not with the build's module path
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONNOUSERSITE")}
    made = []
    for ts in sorted(SOURCES.glob("madoguchi_*.ts")):
        qm = target / f"{ts.stem}.qm"
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, env=env)
        made.append(qm)
    if not made:
        raise SystemExit(f"No translations (madoguchi_*.ts) in {SOURCES}.")
    return made


class BuildPy(build_py):
    def run(self) -> None:
        super().run()
        compile_all(Path(self.build_lib) / "ui" / "translations")
