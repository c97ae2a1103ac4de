"""The entry script PyInstaller freezes (installer/madoguchi.spec): the same `madoguchi`
command that `pip install` makes, in ui/launcher.py."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
