"""Is the database somewhere SQLite is safe? Not on a network share, not in a synced folder.

SQLite's locking does not hold over SMB/NFS, and sync clients (OneDrive, Dropbox, …) copy
a database and its -wal file at different moments; either can corrupt the file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePath

from app.errors import fill
from app.marks import QT_TRANSLATE_NOOP

NETWORK_FS = frozenset({"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs",
                        "fuse.sshfs", "davfs", "fuse.davfs2", "fuse.rclone", "afs", "9p"})
SOME_CLOUD = "a cloud storage service"
# folder names (lower case) used by sync clients; "onedrive - <organisation>" too
CLOUD_FOLDERS = {"onedrive": "OneDrive", "dropbox": "Dropbox", "google drive": "Google Drive",
                 "googledrive": "Google Drive", "my drive": "Google Drive",
                 "icloud drive": "iCloud Drive", "iclouddrive": "iCloud Drive",
                 "mobile documents": "iCloud Drive", "box": "Box", "box sync": "Box",
                 "box drive": "Box", "cloudstorage": SOME_CLOUD}
DRIVE_REMOTE = 4

NETWORK_MESSAGE = QT_TRANSLATE_NOOP(
    "errors", "The database is on a network drive, where SQLite is not safe and the file can "
    "be damaged, so please keep it on this computer's own disk.")
CLOUD_MESSAGE = QT_TRANSLATE_NOOP(
    "errors", "The database is in a folder synced by %1, where SQLite is not safe and the file "
    "can be damaged, so please move it to a folder that is not synced.")
SOME_CLOUD_MESSAGE = QT_TRANSLATE_NOOP(
    "errors", "The database is in a folder synced by a cloud storage service, where SQLite is "
    "not safe and the file can be damaged, so please move it to a folder that is not synced.")


def _is_unc(text: str) -> bool:
    for prefix in ("\\\\?\\UNC\\", "//?/UNC/"):
        if text.upper().startswith(prefix.upper()):
            return True
    if text.startswith(("\\\\?\\", "//?/", "\\\\.\\", "//./")):
        return False  # a long local path or a device, not a share
    return text.startswith(("\\\\", "//")) and len(text) > 2 and text[2] not in "\\/"


def _windows_remote_drive(path: Path) -> bool:
    if sys.platform == "win32":
        import ctypes

        drive = PurePath(os.path.abspath(path)).drive
        if len(drive) == 2 and drive[1] == ":":
            return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE)
    return False


def _unescape(field: str) -> str:
    """/proc/mounts writes a space as \\040, a tab as \\011, a backslash as \\134."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _linux_fs_type(path: Path, mounts: Path = Path("/proc/mounts")) -> str | None:
    """The file system type of the mount that holds `path`, from /proc/mounts."""
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = Path(os.path.realpath(path))
    best, best_type = -1, None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = Path(_unescape(fields[1]))
        if (target == point or point in target.parents) and len(point.parts) > best:
            best, best_type = len(point.parts), fields[2]
    return best_type


def _cloud_service(path: PurePath) -> str | None:
    for part in path.parts:
        name = part.lower().strip()
        if name in CLOUD_FOLDERS:
            return CLOUD_FOLDERS[name]
        if name.startswith("onedrive - ") or name.startswith("onedrive-"):
            return "OneDrive"
        if name.startswith("googledrive-"):  # macOS: CloudStorage/GoogleDrive-<account>
            return "Google Drive"
        if name.startswith("dropbox (") or name.startswith("dropbox-"):
            return "Dropbox"
    return None


def storage_warning(path: Path | str) -> str | None:
    """One plain sentence when `path` is on a network share or in a cloud-synced folder,
    else None. Only the path is looked at (and, on Windows and Linux, the kind of drive)."""
    found = storage_problem(path)
    return None if found is None else fill(*found)


def storage_problem(path: Path | str) -> tuple[str, tuple[str, ...]] | None:
    """storage_warning's sentence as (template, parameters), for the window to translate
    (context "errors"), else None."""
    text = str(path)
    if _is_unc(text):
        return NETWORK_MESSAGE, ()
    if "\\" in text and sys.platform != "win32":
        text = text.replace("\\", "/")  # a Windows path looked at elsewhere (tests, logs)
    pure = PurePath(text)
    service = _cloud_service(pure)
    if service == SOME_CLOUD:
        return SOME_CLOUD_MESSAGE, ()
    if service:
        return CLOUD_MESSAGE, (service,)
    real = Path(text)
    if _windows_remote_drive(real):
        return NETWORK_MESSAGE, ()
    if sys.platform.startswith("linux") and _linux_fs_type(real) in NETWORK_FS:
        return NETWORK_MESSAGE, ()
    return None


def read_only(path: Path | str) -> bool:
    """Whether the database file, or the folder it is in, cannot be written: a CD, a
    write-protected USB stick, a read-only mount or share. SQLite then cannot make its -wal
    and -shm files, so such a file is opened immutable and nothing is written to it."""
    path = Path(path)
    folder = path.parent
    if hasattr(os, "statvfs"):
        try:
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                return True
        except OSError:
            pass
    return (path.exists() and not os.access(path, os.W_OK)) or not os.access(folder, os.W_OK)
