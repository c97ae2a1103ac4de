from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "en_US.UTF-8")

import pytest  # noqa: E402

from app.demo import make_demo  # noqa: E402
from app.services import Services  # noqa: E402


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    svc = Services.open(tmp_path / "town.db", create=True, user="tester")
    yield svc
    svc.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    make_demo(path, residents=120, years=2, seed=7)
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the small demo town (the template is never changed)."""
    target = tmp_path / "demo.db"
    shutil.copy(demo_template, target)
    return target


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Services]:
    svc = Services.open(demo_path, user="tester")
    yield svc
    svc.close()
