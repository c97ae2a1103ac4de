"""Owner-only permissions for the files Madoguchi writes, on Windows.

On Linux and macOS a new database, key file, backup or output is created 0600. Windows has
no such mode: a new file inherits the folder's access list, which on a shared PC may let
other accounts read it. So on Windows each such file, as soon as it exists (under its
temporary name, before it is renamed into place), is given an access list with inheritance
removed and full control for the current account only, with the `icacls` tool every
Windows has; no administrator rights are needed for one's own files.

This has NOT been run on a real Windows machine (the project's tests run on Linux): the
command built is tested, running it is not. SQLite's -wal and -shm files are created by
SQLite itself and take the folder's permissions; the default data folder (under
%LOCALAPPDATA%) is private to the account already.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
TIMEOUT_S = 30


def current_account(env: Mapping[str, str] = os.environ) -> str:
    """DOMAIN\\user of the account running Madoguchi (the computer's name as the domain
    for a local account)."""
    user = env.get("USERNAME", "")
    if not user:
        raise OSError("USERNAME is not set")
    domain = env.get("USERDOMAIN", "")
    return f"{domain}\\{user}" if domain else user


def icacls_command(path: Path, account: str) -> list[str]:
    """Inherited entries removed, full control for `account` alone (replacing any entry
    it had)."""
    return ["icacls", str(path), "/inheritance:r", "/grant:r", f"{account}:(F)", "/Q"]


def restrict(path: Path, *, platform: str = sys.platform,
             env: Mapping[str, str] = os.environ,
             run: Callable[..., Any] | None = None) -> bool:
    """Make `path` readable by its owner only, on Windows (elsewhere the file was created
    0600 and nothing is done). Returns whether icacls ran and succeeded; a failure is
    logged (the file name only) and the write goes on: the folder's permissions stay."""
    if platform != "win32":
        return False
    import subprocess  # here: the login screen imports this module (app.files), not icacls

    run = run or subprocess.run
    try:
        command = icacls_command(path, current_account(env))
        result = run(command, capture_output=True, timeout=TIMEOUT_S, check=False,
                     creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not restrict the permissions of %s: %s", path.name,
                    type(exc).__name__)
        return False
    if result.returncode != 0:
        log.warning("icacls could not restrict the permissions of %s (exit %s)", path.name,
                    result.returncode)
        return False
    return True
