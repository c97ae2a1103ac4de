"""Import files and command lines that used to end in "an unexpected error" (exit 70): each
gets one sentence and exit 2 (or just works), changes nothing, and echoes no value."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import exchange
from ui.launcher import main

RESIDENT = {"uuid": "0b9c2a4e-3f1d-4c2b-9a7e-5d6f8e1a2b3c", "nationality": "VN",
            "family_name_latin": "Qxcanary", "languages": ["vi"]}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def export(**change: object) -> dict[str, object]:
    data: dict[str, object] = {"format": exchange.FORMAT,
                               "format_version": exchange.FORMAT_VERSION,
                               "residents": [{**RESIDENT, **change}]}
    return data


def text_of(data: object) -> str:
    return json.dumps(data, ensure_ascii=False)


CASES = {
    "format_version true": (text_of({**export(), "format_version": True}), "format version"),
    "uuid of 10,000 characters": (text_of(export(uuid="x" * 10_000)), "not a UUID"),
    "uuid not a UUID": (text_of(export(uuid="Qxcanary-0000-0000")), "not a UUID"),
    "garbage timestamp": (text_of(export(created_at="yesterday-ish")), "created_at"),
    "duplicate keys": (text_of(export()).replace('"nationality": "VN"',
                                                 '"nationality": "VN", "nationality": "PH"'),
                       "same field twice"),
    "NUL in a name": (text_of(export(given_name="Qx\x00canary")), "control"),
    "bidi override": (text_of(export(given_name="Qx\u202ecanary")), "text-direction"),
    "deep nesting": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "nesting just too deep": (text_of(export(notes=json.loads("[" * 40 + "]" * 40))),
                              "nested too deeply"),
    "sort_order 2**70": (text_of({**export(), "code_items": [
        {"list": "topic", "code": "x", "label_ja": "x", "label_en": "x",
         "sort_order": 2 ** 70}]}), "number too large"),
    "sort_order 2**40": (text_of({**export(), "code_items": [
        {"list": "topic", "code": "x", "label_ja": "x", "label_en": "x",
         "sort_order": 2 ** 40}]}), "sort_order"),
    "a number of 5,000 digits": ('{"format": "x", "n": ' + "9" * 5000 + "}",
                                 "number too large"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_import_is_one_sentence_and_changes_nothing(
        case: str, demo_path: Path, tmp_path: Path, cli_login: list[str],
        capsys: pytest.CaptureFixture[str]) -> None:
    text, expected = CASES[case]
    source = tmp_path / "incoming.json"
    source.write_text(text, encoding="utf-8")
    code, _out, err = run(capsys, "import", "--db", str(demo_path), *cli_login, str(source))
    assert code == 2, err
    assert expected in err and len(err.strip().splitlines()) == 1, err
    assert "Qxcanary" not in err and "xxxxxxxxxx" not in err
    code, out, _ = run(capsys, "search", "--db", str(demo_path), *cli_login, "qxcanary")
    assert code == 0 and out == ""


def test_an_endless_file_is_refused_at_once(demo_path: Path, cli_login: list[str],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "import", "--db", str(demo_path), *cli_login, "/dev/zero")
    assert code == 2 and "not an ordinary file" in err


def test_the_same_record_added_meanwhile_is_one_sentence(
        demo_path: Path, tmp_path: Path, cli_login: list[str],
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Two imports of one file at once: the second's check passed before the first wrote.
    The race is reproduced by importing between the check and the write."""
    source = tmp_path / "incoming.json"
    source.write_text(text_of(export()), encoding="utf-8")
    real_check = exchange.check
    ran: list[bool] = []

    def check_then_other_import(store: object, data: dict[str, object], *rest: object) -> None:
        real_check(store, data, *rest)  # type: ignore[arg-type]
        if not ran:
            ran.append(True)
            exchange.import_data(store, data)  # type: ignore[arg-type]

    monkeypatch.setattr(exchange, "check", check_then_other_import)
    code, _out, err = run(capsys, "import", "--db", str(demo_path), *cli_login, str(source))
    assert code == 2 and "added to the database while" in err, err


@pytest.mark.parametrize("argv,expected", [
    (["check", "--db", "{tmp}"], "is a folder"),
    (["purge", "--db", "{db}", "--years", str(10 ** 6)], "at most 100 years"),
    (["demo", "--db", "{tmp}/new.db", "--years", str(10 ** 9)], "1 to 50 years"),
])
def test_command_line_limits_are_one_sentence(
        argv: list[str], expected: str, demo_path: Path, tmp_path: Path,
        cli_login: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    argv = [a.replace("{tmp}", str(tmp_path)).replace("{db}", str(demo_path)) for a in argv]
    code, _out, err = run(capsys, *argv, *cli_login)
    assert code == 2 and expected in err, err


def test_many_words_and_a_huge_limit_just_search(demo_path: Path, cli_login: list[str],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    words = " ".join(f"a{i % 10}" for i in range(1500)) + " " + "ab " * 1200
    code, _out, err = run(capsys, "search", "--db", str(demo_path), *cli_login,
                          "--limit", str(10 ** 30), words)
    assert code == 0, err
    code, out, err = run(capsys, "search", "--db", str(demo_path), *cli_login,
                         "--limit", str(10 ** 30), "a")
    assert code == 0 and out, err


def test_output_into_a_closed_pipe_is_not_an_error(demo_path: Path) -> None:
    read, write = os.pipe()
    os.close(read)  # like `| head` that has already read what it wanted
    root = Path(__file__).resolve().parents[1]
    try:
        done = subprocess.run(
            [sys.executable, "-m", "app", "search", "--db", str(demo_path), "--user", "admin",
             "a"], stdout=write, stderr=subprocess.PIPE, text=True, cwd=root, timeout=120,
            env={**os.environ, "PYTHONPATH": str(root), "MADOGUCHI_PASSWORD": "demo-pass"})
    finally:
        os.close(write)
    assert done.returncode == 0, done.stderr
    assert "unexpected" not in done.stderr and "Traceback" not in done.stderr
