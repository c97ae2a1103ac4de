"""`madoguchi --selftest` from the source tree: it passes, leaves nothing behind, and names
the step that failed."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from ui import selftest

ROOT = Path(__file__).resolve().parent.parent
STEP_NAMES = [name for name, _ in selftest.STEPS] + ["cleanup"]


def ensure_translations() -> None:
    """The selftest loads i18n/madoguchi_ja.qm; build the .qm files when one is missing or
    older than its .ts source (as `make setup` does)."""
    stale = [ts for ts in (ROOT / "i18n").glob("madoguchi_*.ts")
             if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        subprocess.run([sys.executable, str(ROOT / "i18n" / "tool.py"), "release"],
                       check=True, cwd=ROOT)


def madoguchi_command() -> list[str]:
    """The installed `madoguchi` script of this environment, else the same entry point."""
    script = Path(sys.executable).parent / ("madoguchi.exe" if os.name == "nt" else "madoguchi")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from ui.launcher import main; sys.exit(main())"]


def isolated_env(folder: Path) -> dict[str, str]:
    """An environment whose home, temporary and Madoguchi folders are all inside `folder`,
    so that the test can see whatever a run leaves behind."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MADOGUCHI_")}
    for name in ("home", "tmp", "madoguchi-home"):
        (folder / name).mkdir(parents=True, exist_ok=True)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(folder / "home"),
        USERPROFILE=str(folder / "home"),
        XDG_CONFIG_HOME=str(folder / "home" / ".config"),
        XDG_DATA_HOME=str(folder / "home" / ".local" / "share"),
        XDG_STATE_HOME=str(folder / "home" / ".local" / "state"),
        XDG_CACHE_HOME=str(folder / "home" / ".cache"),
        TMPDIR=str(folder / "tmp"), TEMP=str(folder / "tmp"), TMP=str(folder / "tmp"),
        MADOGUCHI_HOME=str(folder / "madoguchi-home"),
    )
    return env


def assert_passed(result: subprocess.CompletedProcess[str], folder: Path) -> None:
    """Exit 0, one "ok" line per step in order, and nothing left in the temporary, home
    and MADOGUCHI_HOME folders of the run (Qt's font cache aside)."""
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FAILED" not in result.stderr
    lines = [line for line in result.stdout.splitlines() if line.endswith(" ... ok")]
    assert lines == [f"selftest: {name} ... ok" for name in STEP_NAMES], result.stdout
    assert result.stdout.splitlines()[-1].startswith("selftest: passed (")
    assert list((folder / "tmp").iterdir()) == [], "the selftest left its folder behind"
    assert list((folder / "madoguchi-home").iterdir()) == []
    left = [p for p in (folder / "home").rglob("*") if "madoguchi" in str(p).casefold()]
    assert left == [], f"the selftest wrote into the user's folders: {left}"


def test_selftest_passes_from_source(tmp_path: Path) -> None:
    ensure_translations()
    result = subprocess.run([*madoguchi_command(), "--selftest"], env=isolated_env(tmp_path),
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert_passed(result, tmp_path)


def test_selftest_reports_a_broken_installation(tmp_path: Path) -> None:
    """Through the real command line: with the font folder empty (as in a bundle that lost
    its data files), the fonts step fails, names itself and exits 1."""
    ensure_translations()
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    code = ("import sys; from pathlib import Path; import app.reports.fonts as fonts; "
            f"fonts.FONT_DIR = Path({str(empty)!r}); "
            "from ui.launcher import main; sys.exit(main(['--selftest']))")
    result = subprocess.run([sys.executable, "-c", code], env=isolated_env(tmp_path),
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "selftest: translations ... ok" in result.stdout
    assert "selftest: fonts ... ok" not in result.stdout
    assert "selftest: demo ... ok" not in result.stdout
    failed = [line for line in result.stderr.splitlines() if "FAILED" in line]
    assert failed == ["selftest: FAILED at fonts: the licence LICENSE-IPA-Font.txt is missing"]
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_qt_platform_that_cannot_start_is_reported(tmp_path: Path) -> None:
    """Qt aborts the process when no platform plugin loads; the selftest reports that as a
    failed step, removes its folder and exits 1 instead."""
    env = isolated_env(tmp_path)
    env["QT_QPA_PLATFORM"] = "no-such-platform"
    result = subprocess.run([*madoguchi_command(), "--selftest"], env=env,
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    failed = [line for line in result.stderr.splitlines() if "FAILED" in line]
    assert len(failed) == 1 and failed[0].startswith("selftest: FAILED at qt: Qt: "), failed
    assert list((tmp_path / "tmp").iterdir()) == []


def _boom(_run: object) -> None:
    raise RuntimeError("the printer\nis on fire")


def test_a_failing_step_stops_the_run_and_is_named(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        tmp_path: Path, private_home: Path) -> None:
    """The runner itself, in this process (Qt left out: the first step is a stand-in): the
    steps before print ok, the failing one is named on stderr with a one-line reason, the
    ones after do not run, the database is closed and the temporary folder removed."""
    ran: list[str] = []
    steps = dict(selftest.STEPS)

    def later(run: object) -> None:
        ran.append("later")

    monkeypatch.setattr(selftest, "STEPS", [
        ("qt", lambda run: None), ("demo", steps["demo"]), ("login", steps["login"]),
        ("reports", _boom), ("backup", later)])
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert selftest.run_selftest() == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == ["selftest: qt ... ok", "selftest: demo ... ok",
                                "selftest: login ... ok"]
    assert err.splitlines() == ["selftest: FAILED at reports: RuntimeError: the printer is on "
                                "fire"]
    assert ran == []
    assert list(tmp_path.iterdir()) == []
    assert os.environ["MADOGUCHI_HOME"] == str(private_home)


def test_a_failed_check_gives_its_reason_alone() -> None:
    assert selftest._reason(selftest.SelftestError("x.pdf is not a PDF")) == "x.pdf is not a PDF"
    assert selftest._reason(ValueError()) == "ValueError"
    assert len(selftest._reason(OSError("y" * 1000))) == 300
