"""Small-count suppression for the tables of the annual report.

Primary suppression hides every count from 1 to threshold - 1 (inner cells and published
totals alike). Secondary suppression then hides more numbers until no hidden number can be
worked back out from what is shown: neither exactly, by adding and subtracting the visible
numbers and totals (checked by exact Gaussian elimination over the rationals), nor through
the fact that counts are never negative ("the hidden cells of this line add up to 0, so
they are all 0"). The numbers to add are chosen by closing the cheapest loop of hidden
numbers around each disclosed one. The method is explained in docs/reports-suppression.md.

A published number is named by an Item:
    ("cell", r, c)            inner cell r, c
    ("row_total", r, -1)      the total of row r (the "total" column)
    ("col_total", -1, c)      the total of column c (the total row)
    ("grand_total", -1, -1)   the grand total
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from app.reports.model import SUPPRESSED

Item = tuple[str, int, int]
CELL, ROW_TOTAL, COL_TOTAL, GRAND_TOTAL = "cell", "row_total", "col_total", "grand_total"
GRAND: Item = (GRAND_TOTAL, -1, -1)
_KIND_ORDER = {CELL: 0, ROW_TOTAL: 1, COL_TOTAL: 2, GRAND_TOTAL: 3}


@dataclass(frozen=True)
class Suppressed:
    hidden: frozenset[tuple[int, int]]      # (row, col) of hidden inner cells
    hidden_row_totals: frozenset[int]       # rows whose published total is hidden
    hidden_col_totals: frozenset[int]       # columns whose published total is hidden
    hidden_grand_total: bool

    def items(self) -> set[Item]:
        """Every hidden number as an Item."""
        out: set[Item] = {(CELL, r, c) for r, c in self.hidden}
        out |= {(ROW_TOTAL, r, -1) for r in self.hidden_row_totals}
        out |= {(COL_TOTAL, -1, c) for c in self.hidden_col_totals}
        if self.hidden_grand_total:
            out.add(GRAND)
        return out


def _order(item: Item) -> tuple[int, int, int]:
    """Cells first (row by row), then row totals, column totals, the grand total."""
    return (_KIND_ORDER[item[0]], item[1], item[2])


class _Table:
    """The published numbers of one table and the equations that tie them together."""

    def __init__(self, cells: Sequence[Sequence[int]], row_totals: bool, col_totals: bool):
        self.cells = [list(line) for line in cells]
        self.n_rows = len(self.cells)
        self.n_cols = len(self.cells[0]) if self.cells else 0
        for line in self.cells:
            if len(line) != self.n_cols:
                raise ValueError("The table is not rectangular.")
            if any(isinstance(v, bool) or not isinstance(v, int) or v < 0 for v in line):
                raise ValueError("Counts must be non-negative integers.")
        rows, cols = range(self.n_rows), range(self.n_cols)
        self.items: list[Item] = [(CELL, r, c) for r in rows for c in cols]
        # Each line: (whole, parts) meaning sum(parts) == whole.
        self.lines: list[tuple[Item, list[Item]]] = []
        if self.n_rows and self.n_cols:
            if row_totals:
                self.items += [(ROW_TOTAL, r, -1) for r in rows]
                self.lines += [((ROW_TOTAL, r, -1), [(CELL, r, c) for c in cols]) for r in rows]
            if col_totals:
                self.items += [(COL_TOTAL, -1, c) for c in cols]
                self.lines += [((COL_TOTAL, -1, c), [(CELL, r, c) for r in rows]) for c in cols]
            if row_totals or col_totals:
                # The grand total is published, or (with one kind of total only) is the sum
                # of the published totals, which any reader can add up.
                self.items.append(GRAND)
            if row_totals:
                self.lines.append((GRAND, [(ROW_TOTAL, r, -1) for r in rows]))
            if col_totals:
                self.lines.append((GRAND, [(COL_TOTAL, -1, c) for c in cols]))
        # Every number lies on at most two lines; as a graph, it is an edge between them
        # (-1 stands for "no published line").
        on: dict[Item, list[int]] = {item: [] for item in self.items}
        for k, (whole, parts) in enumerate(self.lines):
            for item in [whole, *parts]:
                on[item].append(k)
        self.ends = {item: (ks + [-1, -1])[0:2] for item, ks in on.items()}
        self.touching: dict[int, list[Item]] = {}
        for item, ends in self.ends.items():
            for end in dict.fromkeys(ends):
                self.touching.setdefault(end, []).append(item)

    def value(self, item: Item) -> int:
        kind, r, c = item
        if kind == CELL:
            return self.cells[r][c]
        if kind == ROW_TOTAL:
            return sum(self.cells[r])
        if kind == COL_TOTAL:
            return sum(line[c] for line in self.cells)
        return sum(map(sum, self.cells))

    def neighbours(self, item: Item) -> list[Item]:
        """The numbers that share a published line with item."""
        return [other for whole, parts in self.lines if item == whole or item in parts
                for other in [whole, *parts] if other != item]


def _pivot_rows(equations: list[dict[int, Fraction]]) -> list[tuple[int, dict[int, Fraction]]]:
    """Reduced row echelon form of the equations (sparse rows: unknown -> coefficient), as
    (pivot unknown, row) pairs. Exact: Fractions throughout."""
    pivots: list[tuple[int, dict[int, Fraction]]] = []
    for equation in equations:
        row = dict(equation)
        for p, prow in pivots:
            factor = row.get(p)
            if factor:
                for k, v in prow.items():
                    row[k] = row.get(k, Fraction(0)) - factor * v
                row = {k: v for k, v in row.items() if v}
        if not row:
            continue
        p = min(row)
        lead = row[p]
        row = {k: v / lead for k, v in row.items()}
        for q, (pq, prow) in enumerate(pivots):
            factor = prow.get(p)
            if factor:
                new = dict(prow)
                for k, v in row.items():
                    new[k] = new.get(k, Fraction(0)) - factor * v
                pivots[q] = (pq, {k: v for k, v in new.items() if v})
        pivots.append((p, row))
    return pivots


def _disclosed(table: _Table, hidden: set[Item]) -> set[Item]:
    found: set[Item] = set()
    # Counts are never negative: a line whose hidden parts must add up to 0 reveals them.
    for whole, parts in table.lines:
        if whole not in hidden:
            unknown = [p for p in parts if p in hidden]
            if unknown and sum(table.value(p) for p in unknown) == 0:
                found.update(unknown)
    # Exact linear algebra: a hidden number is determined by the published equations iff
    # its unit vector lies in their row space, i.e. the reduced form has a row that names
    # it alone.
    unknowns = sorted(hidden, key=_order)
    index = {item: k for k, item in enumerate(unknowns)}
    equations: list[dict[int, Fraction]] = []
    for whole, parts in table.lines:
        row = {index[p]: Fraction(1) for p in parts if p in index}
        if whole in index:
            row[index[whole]] = Fraction(-1)
        if row:
            equations.append(row)
    found.update(unknowns[p] for p, row in _pivot_rows(equations) if len(row) == 1)
    return found


def _partner(table: _Table, hidden: set[Item], target: Item) -> Item:
    """The plain rule: the smallest visible number on a line with target (cells before
    totals, non-zero cells before zeros), else the smallest visible number anywhere. Used
    when target is disclosed although it lies on a loop (its line adds up to 0)."""
    def rank(item: Item) -> tuple[bool, bool, int, tuple[int, int, int]]:
        value = table.value(item)
        return (item[0] != CELL, value == 0, value, _order(item))

    pool = [i for i in table.neighbours(target) if i not in hidden]
    return min(pool or [i for i in table.items if i not in hidden], key=rank)


Cost = tuple[int, int, int]


def _loop(table: _Table, hidden: set[Item], target: Item) -> list[Item]:
    """The visible numbers to hide so that target lies on a closed loop of hidden numbers
    (each line of the loop then has two unknowns): the cheapest loop, counting totals first,
    then zeros, then the sum of the values. Empty if target lies on such a loop already."""
    start, goal = table.ends[target]
    best: dict[int, Cost] = {start: (0, 0, 0)}
    back: dict[int, tuple[int, Item]] = {}
    heap: list[tuple[Cost, int]] = [((0, 0, 0), start)]
    done: set[int] = set()
    while heap:
        cost, node = heapq.heappop(heap)
        if node == goal:
            break
        if node in done:
            continue
        done.add(node)
        for item in table.touching[node]:
            a, b = table.ends[item]
            if item == target or a == b:
                continue
            value = table.value(item)
            step = (0, 0, 0) if item in hidden else (item[0] != CELL, value == 0, value)
            new = (cost[0] + step[0], cost[1] + step[1], cost[2] + step[2])
            nxt = b if node == a else a
            if nxt not in best or new < best[nxt]:
                best[nxt], back[nxt] = new, (node, item)
                heapq.heappush(heap, (new, nxt))
    path: list[Item] = []
    node = goal
    while node != start and node in back:
        node, item = back[node]
        path.append(item)
    return [item for item in reversed(path) if item not in hidden]


def disclosed(cells: Sequence[Sequence[int]], suppressed: Suppressed, *,
              row_totals: bool = True, col_totals: bool = True) -> set[Item]:
    """The hidden numbers of suppressed that a reader could work back out (see the module
    docstring for how). Empty for a safe suppression."""
    table = _Table(cells, row_totals, col_totals)
    hidden = suppressed.items() & set(table.items)
    return _disclosed(table, hidden)


def suppress(cells: Sequence[Sequence[int]], threshold: int, *, row_totals: bool = True,
             col_totals: bool = True) -> Suppressed:
    """Which numbers of the table to show as x. cells is R x C non-negative counts;
    row_totals publishes each row's sum, col_totals each column's sum, and with either the
    grand total counts as published. An empty table hides nothing."""
    if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 1:
        raise ValueError("The threshold must be a whole number of at least 1.")
    table = _Table(cells, row_totals, col_totals)
    hidden = {i for i in table.items if 0 < table.value(i) < threshold}
    while found := _disclosed(table, hidden):
        # Close a loop around one disclosed number, totals first: their loops must pass
        # through other totals, which the cells' loops can then use too.
        target = min(found, key=lambda i: (-_KIND_ORDER[i[0]], *i[1:]))
        hidden.update(_loop(table, hidden, target) or [_partner(table, hidden, target)])
    return Suppressed(
        hidden=frozenset((r, c) for kind, r, c in hidden if kind == CELL),
        hidden_row_totals=frozenset(r for kind, r, _ in hidden if kind == ROW_TOTAL),
        hidden_col_totals=frozenset(c for kind, _, c in hidden if kind == COL_TOTAL),
        hidden_grand_total=GRAND in hidden)


def publish(cells: Sequence[Sequence[int]], suppressed: Suppressed, *, row_totals: bool = True,
            col_totals: bool = True) -> list[list[int | str]]:
    """The table as printed: each row's cells (then its total, if row_totals), then, if
    col_totals, the total row (with the grand total at the end if row_totals too). Hidden
    numbers are SUPPRESSED ("x"); every other number is the true one."""
    table = _Table(cells, row_totals, col_totals)
    hidden = suppressed.items()

    def show(item: Item) -> int | str:
        return SUPPRESSED if item in hidden else table.value(item)

    grid: list[list[int | str]] = []
    for r in range(table.n_rows):
        line = [show((CELL, r, c)) for c in range(table.n_cols)]
        grid.append(line + ([show((ROW_TOTAL, r, -1))] if row_totals else []))
    if col_totals and table.n_rows:
        total = [show((COL_TOTAL, -1, c)) for c in range(table.n_cols)]
        grid.append(total + ([show(GRAND)] if row_totals else []))
    return grid
