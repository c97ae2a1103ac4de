"""Export and import of every record kind as one JSON document (docs/data-format.md).

Import checks the whole file first and then writes it in one transaction through the same
save methods as the window (app/exchange_apply.py): an invalid file changes nothing, and
the message names the record and the field. Files of format_version 1 (local references
under other names, no versions, no tombstones) are read by renaming their fields first.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from app import (
    __version__,
    audit,
    exchange_apply,
    exchange_export,
    migrations,
    rows,
)
from app.errors import MadoguchiError, Translatable, ValidationError
from app.exchange_check import (
    ADDED_MEANWHILE,
    FORMAT,
    FORMAT_VERSION,
    IDENTITY,
    INVALID_FIELD,
    KINDS,
    READS,
    STAMPS,
    WRONG_TYPE,
    ImportError_,
    _fail,
    check,
    load_file,
    total_records,
    upgrade,
)
from app.files import write_atomically
from app.jptime import utc_stamp
from app.marks import QT_TRANSLATE_NOOP
from app.progress import NO_PROGRESS, Progress
from app.store import Store

__all__ = ["FORMAT", "FORMAT_VERSION", "IDENTITY", "INVALID_FIELD", "KINDS", "READS",
           "STAMPS", "WRONG_TYPE", "ImportError_", "check", "export_data", "export_file",
           "import_data", "load_file", "total_records", "upgrade", "write_json_atomically"]

# ---------------------------------------------------------------- export

def export_data(store: Store, progress: Progress = NO_PROGRESS) -> dict[str, Any]:
    """Every record, by UUID, with its version and device, and every tombstone."""
    data: dict[str, Any] = {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "schema_version": migrations.schema_version(store.conn),
        "app_version": __version__, "exported_at": utc_stamp(),
        "device_id": store.setting("device_id"),
        "code_items": [dict(zip(("list", "code", "label_ja", "label_en", "sort_order",
                                 "active"), (*r[:5], bool(r[5])), strict=True))
                       for r in store.query("SELECT list, code, label_ja, label_en, "
                                            "sort_order, active FROM code_items "
                                            "ORDER BY list, sort_order, code")],
    }
    for step, kind in enumerate(KINDS, start=1):
        progress.step(step, len(KINDS) + 2)
        data[kind] = exchange_export.records(store.query, kind)
    data["tombstones"] = exchange_export.tombstones(store.query)
    return data


def write_json_atomically(data: dict[str, Any], out: Path) -> None:
    def write(fh: IO[bytes]) -> None:
        fh.write(json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))

    write_atomically(out, write)


def export_file(store: Store, out: Path, progress: Progress = NO_PROGRESS) -> dict[str, int]:
    store.require_admin("export every record")
    if not out.parent.is_dir():
        raise MadoguchiError(QT_TRANSLATE_NOOP(
            "errors", "The folder %1 does not exist."), out.parent)
    data = export_data(store, progress)
    progress.step(6, 7)
    write_json_atomically(data, out)
    counts = {k: len(data[k]) for k in KINDS}
    audit.log(store, "export", detail=f"{out.name}: {_counts_text(counts)}")
    progress.step(7, 7)
    return counts


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items())


def import_data(store: Store, data: dict[str, Any], progress: Progress = NO_PROGRESS,
                backup: Callable[[], object] | None = None) -> dict[str, int]:
    """Check `data`, then add it in one transaction, each record through its kind's save
    method. `backup` is called once the file has passed the check and before anything is
    written (callers pass `lambda: app.backup.make_backup(store, "before-import")`); if it
    raises, nothing is imported."""
    store.require_admin("import records")
    store.require_writable()
    check(store, data, progress)
    data = upgrade(data)
    if backup is not None:
        backup()
    total = 2 * total_records(data)
    done = total // 2
    now = utc_stamp()
    counts = {k: 0 for k in KINDS}
    with store.write() as conn:
        for item in data.get("code_items", []):
            conn.execute("INSERT OR IGNORE INTO code_items (list, code, label_ja, label_en, "
                         "sort_order, active) VALUES (?, ?, ?, ?, ?, ?)",
                         (item["list"], item["code"], item["label_ja"], item["label_en"],
                          int(item.get("sort_order", 0)), int(bool(item.get("active", True)))))
        services = exchange_apply.writer(store)  # after the code items: it reads them
        residents = data.get("residents", [])
        for kind in KINDS:
            for rec in data.get(kind, []):
                if kind == "residents":  # links once every resident is there
                    rec = {**rec, "links": []}
                if exchange_apply.local_id_or_none(conn, kind, rec["uuid"]) is not None:
                    raise ImportError_(ADDED_MEANWHILE)  # e.g. one file imported twice at once
                try:
                    exchange_apply.write(services, kind, rec, user=store.user, now=now)
                except exchange_apply.MissingReference:
                    raise ImportError_(QT_TRANSLATE_NOOP(
                        "errors", "Some of these records were deleted from the database "
                        "while the file was being imported. Nothing was imported.")) from None
                except ValidationError as exc:
                    name, message = next(iter(exc.errors.items()), ("*", ""))
                    raise _fail(kind, counts[kind], rec.get("uuid"), name, INVALID_FIELD,
                                Translatable("validation", message)) from None
                counts[kind] += 1
                done += 1
                progress.tick(done, total)
        for rec in residents:  # once per pair, on the side the file holds them
            rid = exchange_apply.local_id(conn, "residents", rec["uuid"])
            conn.executemany("INSERT OR REPLACE INTO resident_links VALUES (?, ?, ?)", [
                (rid, exchange_apply.local_id(conn, "residents", link["related_uuid"]),
                 link["relation"]) for link in rec.get("links", [])])
        for stone in data.get("tombstones", []):
            conn.execute("INSERT INTO tombstones (uuid, kind, deleted_at, deleted_by, "
                         "device_id, version) VALUES (?, ?, ?, ?, ?, ?)",
                         tuple(stone[k] for k in ("uuid", "kind", "deleted_at", "deleted_by",
                                                  "device_id", "version")))
            rows.set_clock(conn, stone["uuid"], stone["kind"],
                           {stone["device_id"]: stone["version"]})
        audit.record(conn, store.user, "import", detail=_counts_text(counts))
        progress.step(total, total)
    return counts
