"""Read a workbook (.xlsx, .xls) or a CSV file into sheets of cell values, within limits.

python-calamine reads the values of both Excel formats (old .xls too). It reads values, not
styles, so struck-through rows and formula cells of an .xlsx come from its XML
(xlsx_styles); an .xls file's strike-through is not seen (its rows marked 取消 are)."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import charset_normalizer
import python_calamine

from app.tableimport.errors import (
    CELL_TOO_LONG,
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_UNPACKED_BYTES,
    NO_SUCH_FILE,
    NOT_A_TABLE,
    PASSWORD_PROTECTED,
    TOO_BIG,
    TOO_MANY_COLUMNS,
    TOO_MANY_ROWS,
    UNPACKS_TOO_BIG,
    UNREADABLE,
    TableImportError,
)
from app.tableimport.xlsx_styles import read_marks

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted .xlsx is an OLE container holding a stream of this name (MS-OFFCRYPTO).
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
# Encodings a Japanese town's CSV is written in; charset-normalizer chooses among them.
JAPANESE_ENCODINGS = ["cp932", "shift_jis", "euc_jp", "iso2022_jp"]


@dataclass
class Sheet:
    name: str
    rows: list[list[Any]]            # rows[i] is the sheet's row i + 1
    struck: set[int] = field(default_factory=set)  # 1-based rows with struck-through cells
    formulas: int = 0                # cells holding a formula (.xlsx only)
    hidden: bool = False             # a hidden sheet: often the lists behind drop-downs

    def value_cells(self) -> int:
        return sum(1 for row in self.rows for v in row if v not in ("", None))


@dataclass
class Workbook:
    path: Path
    kind: str                        # xlsx | xls | csv
    sha256: str
    sheets: list[Sheet]
    encoding: str = ""               # csv only

    def sheet(self, name: str) -> Sheet | None:
        return next((s for s in self.sheets if s.name == name), None)


def read_workbook(path: Path) -> Workbook:
    """The file's sheets, or TableImportError with one sentence; nothing else happens."""
    path = Path(path)
    if not path.is_file():
        raise TableImportError(NO_SUCH_FILE, path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise TableImportError(TOO_BIG, path.name, MAX_FILE_BYTES // (1024 * 1024))
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if data.startswith(b"PK\x03\x04"):
        sheets = _read_xlsx(path, data)
        return Workbook(path, "xlsx", digest, sheets)
    if data.startswith(OLE_MAGIC):
        if ENCRYPTED_STREAM in data:
            raise TableImportError(PASSWORD_PROTECTED, path.name)
        return Workbook(path, "xls", digest, _read_xls_apart(path, data))
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise TableImportError(NOT_A_TABLE, path.name)
    text, encoding = decode_text(data, path.name)
    return Workbook(path, "csv", digest, [_read_csv(path, text)], encoding)


_PASS_ON = (TableImportError, KeyboardInterrupt, SystemExit, MemoryError)


def _read_xlsx(path: Path, data: bytes) -> list[Sheet]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if "xl/workbook.xml" not in zf.namelist():
                raise TableImportError(NOT_A_TABLE, path.name)
            if sum(info.file_size for info in zf.infolist()) > MAX_UNPACKED_BYTES:
                raise TableImportError(UNPACKS_TOO_BIG, path.name,
                                       MAX_UNPACKED_BYTES // (1024 * 1024))
            try:
                marks = read_marks(zf)
            except _PASS_ON:
                raise
            except Exception:  # a damaged part: its struck-through rows cannot be known
                raise TableImportError(UNREADABLE, path.name) from None
    except zipfile.BadZipFile:
        raise TableImportError(NOT_A_TABLE, path.name) from None
    except _PASS_ON:
        raise
    except Exception:  # a zip file damaged inside (names, compression, lengths)
        raise TableImportError(UNREADABLE, path.name) from None
    for name, found in marks.items():  # before calamine holds the whole sheet in memory
        if found.rows > MAX_ROWS:
            raise TableImportError(TOO_MANY_ROWS, name, f"{MAX_ROWS:,}")
    sheets = _read_calamine(path, data)
    for sheet in sheets:
        if sheet.name in marks:
            sheet.struck = marks[sheet.name].struck
            sheet.formulas = marks[sheet.name].formulas
    return sheets


# A damaged old .xls can make the Excel reader exhaust memory and abort the whole process
# (seen on 5 of 600 randomly damaged files): such a file is read in a child process with a
# memory ceiling, so that at worst the child ends and the user gets one sentence.
XLS_CHILD_MEMORY = 2 * 1024 * 1024 * 1024


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimit; the child still keeps a crash away from the window
        return
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _read_xls_apart(path: Path, data: bytes) -> list[Sheet]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_limit_memory,
                             initargs=(XLS_CHILD_MEMORY,)) as pool:
        try:
            return pool.submit(_read_calamine, path, data).result()
        except (BrokenProcessPool, MemoryError):  # the reader died, or hit the ceiling
            raise TableImportError(UNREADABLE, path.name) from None


def _read_calamine(path: Path, data: bytes) -> list[Sheet]:
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError:
        raise TableImportError(PASSWORD_PROTECTED, path.name) from None
    except _PASS_ON:
        raise
    except BaseException:  # calamine's errors, and its Rust panics (BaseException)
        raise TableImportError(UNREADABLE, path.name) from None
    sheets: list[Sheet] = []
    try:
        for meta in book.sheets_metadata:
            if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
                continue
            sheet = book.get_sheet_by_name(meta.name)
            if sheet.total_height > MAX_ROWS:
                raise TableImportError(TOO_MANY_ROWS, meta.name, f"{MAX_ROWS:,}")
            if sheet.total_width > MAX_COLUMNS:
                raise TableImportError(TOO_MANY_COLUMNS, meta.name, MAX_COLUMNS)
            rows = [list(r) for r in sheet.to_python(skip_empty_area=False)]
            _check_cells(meta.name, rows)
            _fill_merged(rows, sheet)
            sheets.append(Sheet(meta.name, rows, hidden=meta.visible
                                != python_calamine.SheetVisibleEnum.Visible))
    except python_calamine.PasswordError:
        raise TableImportError(PASSWORD_PROTECTED, path.name) from None
    except _PASS_ON:
        raise
    except BaseException:
        raise TableImportError(UNREADABLE, path.name) from None
    finally:
        book.close()
    return sheets


def _fill_merged(rows: list[list[Any]], sheet: Any) -> None:
    """A merged cell's value in every cell it covers: a date merged over the rows of one
    day belongs to each of them."""
    try:
        ranges = sheet.merged_cell_ranges or []
    except (python_calamine.CalamineError, ValueError):
        return
    for (r0, c0), (r1, c1) in ranges:
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            for c in range(c0, min(c1, len(rows[r]) - 1) + 1):
                rows[r][c] = value


def _check_cells(sheet: str, rows: Iterable[list[Any]]) -> None:
    for number, row in enumerate(rows, 1):
        for value in row:
            if isinstance(value, str) and len(value) >= MAX_CELL_CHARS:
                raise TableImportError(CELL_TOO_LONG, sheet, number, f"{MAX_CELL_CHARS:,}")


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else the Japanese encoding
    charset-normalizer finds (Shift_JIS is read as CP932, its Windows superset)."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[3:], "utf-8", name), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16", name), "utf-16"
    if b"\x00" in data[:8192]:
        raise TableImportError(NOT_A_TABLE, name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data, cp_isolation=JAPANESE_ENCODINGS).best()
    if best is None:
        raise TableImportError(NOT_A_TABLE, name)
    encoding = "cp932" if best.encoding in ("shift_jis", "cp932") else best.encoding
    return _decode(data, encoding, name), encoding


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise TableImportError(NOT_A_TABLE, name) from None


def _read_csv(path: Path, text: str) -> Sheet:
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[Any]] = []
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        for row in reader:
            if len(rows) >= MAX_ROWS:
                raise TableImportError(TOO_MANY_ROWS, path.name, f"{MAX_ROWS:,}")
            if len(row) > MAX_COLUMNS:
                raise TableImportError(TOO_MANY_COLUMNS, path.name, MAX_COLUMNS)
            rows.append(row)
    except csv.Error:  # a field over csv's own limit (131,072 characters)
        raise TableImportError(CELL_TOO_LONG, path.name, reader.line_num,
                               f"{MAX_CELL_CHARS:,}") from None
    _check_cells(path.name, rows)
    return Sheet(path.name, rows)
