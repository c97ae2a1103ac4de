"""Zip the PyInstaller bundle (dist/madoguchi) into the portable archive, and print its
size and SHA-256.

    python installer/portable_zip.py dist/madoguchi dist/madoguchi-0.1.0-linux-portable.zip

The archive holds one top-level folder, `madoguchi/`, with a launcher beside the program
(madoguchi-portable.bat on Windows, madoguchi-portable.sh on Linux) that keeps the data in
`madoguchi-data/` next to it (MADOGUCHI_HOME) instead of the user's data folder: for a copy
that lives on a USB drive. Symbolic links (PyInstaller makes a
few on Linux, e.g. _internal/libQt6Core.so.6 → PySide6/Qt/lib/libQt6Core.so.6) are stored
as links, the way `zip -y` does, so that `unzip` recreates them: stored as copies, Qt
would be loaded twice. Windows bundles have no links. Only the standard library is used,
so this runs the same on the Windows build machine."""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import zipfile
from pathlib import Path

LAUNCHERS = {
    "windows": ("madoguchi-portable.bat", (
        "@echo off\r\n"
        "rem Madoguchi from this folder, with its data in madoguchi-data beside it\r\n"
        "rem (not in %LOCALAPPDATA%\\Madoguchi).\r\n"
        "set \"MADOGUCHI_HOME=%~dp0madoguchi-data\"\r\n"
        "start \"\" \"%~dp0madoguchi.exe\" %*\r\n"), 0o644),
    "unix": ("madoguchi-portable.sh", (
        "#!/bin/sh\n"
        "# Madoguchi from this folder, with its data in madoguchi-data beside it\n"
        "# (not in ~/.local/share/Madoguchi).\n"
        "here=$(dirname \"$(readlink -f \"$0\")\")\n"
        "MADOGUCHI_HOME=\"$here/madoguchi-data\" exec \"$here/madoguchi\" \"$@\"\n"), 0o755),
}


def make_zip(folder: Path, target: Path) -> Path:
    folder = folder.resolve()
    if not (folder / "_internal").is_dir():
        raise SystemExit(f"{folder} is not a PyInstaller onedir bundle (no _internal/).")
    target.parent.mkdir(parents=True, exist_ok=True)
    windows = (folder / "madoguchi.exe").exists()
    tmp = target.with_name(target.name + ".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            for name in sorted(files) + sorted(d for d in dirs
                                                if os.path.islink(os.path.join(root, d))):
                path = Path(root) / name
                arcname = (Path(folder.name) / path.relative_to(folder)).as_posix()
                if path.is_symlink():
                    info = zipfile.ZipInfo(arcname)
                    info.create_system = 3  # Unix, so that the mode below is read
                    info.external_attr = (stat.S_IFLNK | 0o777) << 16
                    archive.writestr(info, os.readlink(path))
                else:
                    archive.write(path, arcname)
        name, text, mode = LAUNCHERS["windows" if windows else "unix"]
        info = zipfile.ZipInfo(f"{folder.name}/{name}", date_time=(2026, 1, 1, 0, 0, 0))
        info.create_system = 3
        info.external_attr = (stat.S_IFREG | mode) << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, text)
    tmp.replace(target)
    return target


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    target = make_zip(Path(argv[0]), Path(argv[1]))
    size = target.stat().st_size
    print(f"{target}: {size / 1e6:.1f} MB ({size} bytes)")
    print(f"SHA-256 {sha256(target)}  {target.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
