"""Old-log import: a ten-year log of 20,000 rows (.xlsx, with a struck-through row and a
formula summary sheet, so openpyxl's style pass runs too) into a new, empty encrypted town.
Each phase runs in a fresh child process, whose peak memory is reported."""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from benchlib import figure

ROWS = 20_000
PASSWORD = "bench-password-1"


def make_csv(xlsx: Path, out: Path) -> None:
    """The same log as a Shift_JIS (CP932) CSV file, as a registry or an old tool exports it."""
    import csv
    import io

    from app.tableimport.cells import text_of
    from app.tableimport.source import read_workbook

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in read_workbook(xlsx).sheets[0].rows:
        writer.writerow([text_of(v) for v in row])
    out.write_bytes(buffer.getvalue().encode("cp932"))


def make_log(path: Path, rows: int, seed: int = 1) -> None:
    import openpyxl
    from openpyxl.styles import Font

    rng = random.Random(seed)
    family = ["グエン", "チャン", "レ", "ファム", "サントス", "タパ", "シティ", "リー", "ワン"]
    given = ["アン", "ミン", "ホア", "マリア", "ラム", "ヌル", "メイ", "タオ"]
    nations = ["ベトナム", "フィリピン", "ネパール", "インドネシア", "中国"]
    topics = ["病院", "保険", "年金・税", "ゴミの出し方", "住宅", "仕事", "日本語", "ビザ"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "相談記録"
    ws.append(["外国人相談記録（平成27年度～令和6年度）"])
    ws.merge_cells("A1:G1")
    ws.append(["相談日", "相談者", "国籍", "相談方法", "分類", "対応", "備考"])
    start = date(2015, 4, 1).toordinal()
    for n in range(rows):
        day = date.fromordinal(start + n * 3650 // rows)
        person = rng.randrange(1500)
        name = f"{family[person % 9]}・{given[person // 9 % 8]}"
        latin = f"Person {person}"
        when: object = day if n % 3 else (f"R{day.year - 2018}.{day.month}.{day.day}"
                                          if day.year >= 2020 else day.strftime("%Y/%m/%d"))
        ws.append([when, f"{name}（{latin}）" if n % 17 else "", nations[person % 5],
                   ["窓口", "電話", "SNS"][n % 3], "、".join(rng.sample(topics, 1 + n % 2)),
                   "説明した。" * (1 + n % 4), "匿名" if n % 17 == 0 else ""])
    for cell in ws[10]:
        cell.font = Font(strike=True)
    ws.append(["合計"])
    summary = wb.create_sheet("集計")
    summary.append(["件数", f"=COUNTA('相談記録'!A3:A{rows + 2})"])
    wb.save(path)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def child(phase: str, db: Path, log: Path) -> None:
    from app import accounts
    from app.tableimport.apply import import_log
    from app.tableimport.profile import Profile
    from app.tableimport.steps import preview_file

    services = accounts.login(db, "admin", PASSWORD)
    profile = Profile()
    profile.defaults["language"] = "ja"
    start = time.perf_counter()
    preview = preview_file(services, log, profile)
    previewed = time.perf_counter() - start
    print(f"preview {previewed:.2f} s {preview.summary()}", flush=True)
    if phase == "import":
        start = time.perf_counter()
        done = import_log(services, preview)
        print(f"import {time.perf_counter() - start:.2f} s, consultations "
              f"{done.consultations}, residents {done.residents_new}", flush=True)
    print(f"peak {peak_mb():.0f} MB", flush=True)
    services.close()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--rows", type=int, default=ROWS)
    p.add_argument("--child", nargs=3, metavar=("PHASE", "DB", "LOG"))
    args = p.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return
    from app import accounts

    with tempfile.TemporaryDirectory(prefix="madoguchi-bench-") as folder:
        log = Path(folder) / "log.xlsx"
        start = time.perf_counter()
        make_log(log, args.rows)
        figure("made the log", f"{args.rows:,} rows, {log.stat().st_size // 1024:,} KB in "
               f"{time.perf_counter() - start:.1f} s")
        sjis = Path(folder) / "log.csv"
        make_csv(log, sjis)
        for n, (kind, source) in enumerate((("xlsx", log), ("csv cp932", sjis))):
            db = Path(folder) / f"town{n}.db"
            services, _code = accounts.create_database(db, "admin", PASSWORD)
            services.close()
            for phase in ("preview", "import"):
                out = subprocess.run([sys.executable, __file__, "--child", phase, str(db),
                                      str(source)], capture_output=True, text=True,
                                     check=True).stdout
                for line in out.splitlines():
                    name, _space, value = line.partition(" ")
                    budget = {"preview": "5 s", "import": "20 s", "peak": "300 MB"}.get(name)
                    figure(f"{kind}, {phase} phase: {name}", value, budget)


if __name__ == "__main__":
    main()
