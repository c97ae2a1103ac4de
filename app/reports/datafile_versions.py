"""Versions a data file names, and how an older code list maps to the current one.

Code-list version 1 is the lists of Madoguchi 0.1.0 (db/migrations/0002); version 2 adds
the language やさしい日本語 (ja-x-easy, migration 0011). Every code of version 1 is a code
of version 2 with the same meaning, so its map is empty. A later version that renames or
merges codes adds {old code: new code} per list here, and the roll-up maps older files to
the current lists; a file of a code-list version this program does not know is refused."""

from __future__ import annotations

FORMAT = "madoguchi.annual-data"
FORMAT_VERSION = 1
CODE_LIST_VERSION = 2

# {code-list version: {list: {code in that version: code in the current version}}}
CodeMaps = dict[int, dict[str, dict[str, str]]]
CODE_MAPS: CodeMaps = {1: {}, 2: {}}
