"""`madoguchi categories` (wired into app/cli.py): the town's mapping from its topics to
another body's category list (app/reports/categories.py).

    madoguchi categories show                      each category and the topics feeding it
    madoguchi categories map CATEGORY TOPIC…       set the topics feeding a category
    madoguchi categories export --out FILE.json    the mapping, to edit or share
    madoguchi categories import FILE.json          replace the mapping (checked first)
    madoguchi categories reset                     back to the shipped example
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import MadoguchiError
from app.files import atomic_path
from app.marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the domain loads for the command, not for the parser
    from app.services import Services

UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP(
    "errors", "%1 is not a category of %2; the categories are: %3.")
UNREADABLE = QT_TRANSLATE_NOOP("errors", "%1 could not be read as JSON.")


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                  common: argparse.ArgumentParser) -> None:
    c = sub.add_parser("categories", help="map the town's topics to another body's "
                                          "categories (e.g. the one-stop centre list)")
    actions = c.add_subparsers(dest="cat_action", metavar="ACTION", required=True)
    actions.add_parser("show", parents=[common], help="each category and its topics")
    m = actions.add_parser("map", parents=[common],
                           help="set the topics that feed one category (administrator)")
    m.add_argument("category")
    m.add_argument("topics", nargs="*", help="topic codes (none: the category gets none)")
    e = actions.add_parser("export", parents=[common], help="write the mapping as JSON")
    e.add_argument("--out", type=Path, dest="cat_out", required=True)
    i = actions.add_parser("import", parents=[common],
                           help="replace the mapping from a JSON file (administrator)")
    i.add_argument("cat_file", type=Path, metavar="FILE")
    actions.add_parser("reset", parents=[common], help="use the shipped example again")


def run(args: argparse.Namespace, services: Services) -> int:
    from app.reports import categories

    store = services.store
    mapping = categories.load(store)
    topics = {i.code for i in services.codes.items("topic", active_only=False)}
    if args.cat_action == "show":
        print(f"{mapping.id}\t{mapping.name}")
        for cat in mapping.categories:
            print(f"{cat.code}\t{cat.label}\t{' '.join(cat.topics) or '-'}")
        unmapped = mapping.unmapped(sorted(topics))
        print(f"{categories.UNMAPPED}\t{categories.UNMAPPED_LABEL}\t"
              f"{' '.join(unmapped) or '-'}")
        return 0
    if args.cat_action == "export":
        with atomic_path(args.cat_out) as tmp:
            tmp.write_text(mapping.to_json() + "\n", encoding="utf-8")
        print(args.cat_out)
        return 0
    if args.cat_action == "reset":
        categories.reset(store)
        return 0
    if args.cat_action == "map":
        chosen = mapping.category(args.category)
        if chosen is None:
            raise MadoguchiError(UNKNOWN_CATEGORY, args.category, mapping.name,
                                 ", ".join(c.code for c in mapping.categories))
        chosen.topics = list(dict.fromkeys(args.topics))
    else:
        try:
            data = json.loads(Path(args.cat_file).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            raise MadoguchiError(UNREADABLE, args.cat_file.name) from None
        mapping = categories.from_data(data, args.cat_file.name)
    categories.save(store, mapping, topics)
    return 0
