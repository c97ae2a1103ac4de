"""A wheel built from the files git tracks (what a clean clone has) carries the schema
migrations and the compiled translations (made in the build step: a clean clone has no .qm
files), and an installed copy finds both as package data, not beside the source."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow  # builds and installs a wheel: about 10 s of CPU


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs the git checkout to know which files a clean clone has")
    clone = tmp_path_factory.mktemp("clone")
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                             check=True).stdout.decode().split("\0")
    for name in filter(None, tracked):
        if (ROOT / name).is_file():
            (clone / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, clone / name)
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--quiet", "--wheel-dir", str(out), str(clone)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    (built,) = out.glob("madoguchi-*.whl")
    return built


def test_the_wheel_carries_every_migration(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = sorted(p.name for p in (ROOT / "db" / "migrations").glob("*.sql"))
    assert sources
    assert {f"db/migrations/{n}" for n in sources} <= names
    assert "app/migrations.py" in names and "app/dbapi.py" in names


def test_an_installed_wheel_reads_its_own_migrations(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--target", str(site), str(wheel)], check=True, timeout=300)
    probe = (
        "import app, db.migrations\n"
        "from app import migrations\n"
        "from app.store import open_store\n"
        "store = open_store('town.db', create=True)\n"
        "print(app.__file__)\n"
        "print(db.migrations.__file__)\n"
        "print(migrations.latest_version(), migrations.schema_version(store.conn))\n")
    run = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True,
                         text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(site)})
    assert run.returncode == 0, run.stderr[-3000:]
    app_file, migrations_file, versions = run.stdout.splitlines()
    assert Path(app_file).is_relative_to(site) and Path(migrations_file).is_relative_to(site)
    expected = len(list((ROOT / "db" / "migrations").glob("*.sql")))
    assert versions == f"{expected} {expected}"


def test_the_wheel_carries_the_annual_data_schema(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"app/reports/annual_data.schema.json",
            "app/reports/one_stop_categories.json"} <= names


def test_the_wheel_carries_the_compiled_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = sorted(p.stem for p in (ROOT / "i18n").glob("madoguchi_*.ts"))
    assert sources
    assert {f"ui/translations/{stem}.qm" for stem in sources} <= names


def test_an_installed_wheel_reads_its_own_translations(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--target", str(site), str(wheel)], check=True, timeout=300)
    probe = (
        "from PySide6.QtCore import QTranslator\n"
        "from ui import i18n\n"
        "path = i18n.qm_file('ja')\n"
        "translator = QTranslator()\n"
        "print(path)\n"
        "print(translator.load(str(path)), translator.translate('MainWindow', 'Today'))\n")
    run = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True,
                         text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(site),
                              "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-3000:]
    path, loaded = run.stdout.splitlines()
    assert Path(path).is_relative_to(site) and Path(path).name == "madoguchi_ja.qm"
    assert loaded.startswith("True ") and loaded != "True Today"
