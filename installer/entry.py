"""The entry script PyInstaller freezes (installer/madoguchi.spec): the same `madoguchi`
command that `pip install` makes, in ui/launcher.py."""

import multiprocessing
import sys

from ui.launcher import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # an old .xls is read in a child process
    sys.exit(main())
