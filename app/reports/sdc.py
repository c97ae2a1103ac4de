"""Statistical disclosure control over a set of linked tables, solved and proven with HiGHS.

A report is modelled as *figures* (every number it prints, plus unprinted parts such as a
left-out table's counts) and *relations* between them: a total is the sum of its parts (the
same figure printed in two tables is one figure), a topic's count in a month is at most the
consultations of that month, an accompaniment measure is the sum of its destinations.

The attacker knows every printed number, every relation and that counts are whole numbers
of at least 0 (at least 1 for a row listed only when not 0). For a hidden figure h the
attacker's best knowledge is its *interval*: min and max of h over all such whole-number
tables that agree with what is printed. `audit` computes it by linear programming (HiGHS);
where the optimal vertex is not whole it solves the integer programme too, so the interval
reported is the attacker's exact one.

`protect` chooses what to hide: the primary figures (1 … threshold−1), then, for each hidden
figure whose interval is narrower than the protection width, the cheapest pair of
alternative tables (one LP) in which the figure lies `width` apart; the printed figures that
differ in them are hidden. When the LP's fractional tables name nothing new, whole-number
tables are asked for (an integer programme). Each round hides more or refuses, so the loop
ends, with `audit`, which proves the result.
See docs/reports-suppression.md.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

State = Literal["free", "shown", "hidden", "internal"]
# free:     printed, hidden only if needed
# shown:    printed and must stay printed (activities of the town, or issued already)
# hidden:   printed as x whatever happens (an issued report hid it)
# internal: never printed (a part the reader does not see): always unknown, not protected
INF = math.inf
_EPS = 1e-6
# Hiding a 0 costs as much as hiding a 10: a month or a row of x where nothing happened
# puzzles the reader more than it protects anyone.
ZERO_COST = 10
# The whole-number cover is a small integer programme; should one ever take longer than
# this, the figures next to the narrow one are hidden instead (more than needed, but safe).
WHOLE_COVER_SECONDS = 20.0


def _libs() -> tuple[Any, Any]:
    """numpy and HiGHS, imported when a report is made, not when the window starts
    (together about 0.1 s). The plain solver class of highspy._core is used because
    highspy.Highs prints a banner on standard output. The models are small: numpy's BLAS
    keeps to one thread, since its spinning threads slow everything on a busy 2-core PC."""
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    import numpy
    from highspy import _core

    return numpy, _core


@dataclass
class Figure:
    key: str
    value: int
    state: State = "free"
    weight: float = 1.0   # the cost of hiding it, per unit of value moved (totals cost more)
    least: int = 0        # what a reader knows it is at least (a printed row is never 0)


@dataclass(frozen=True)
class Relation:
    """sum(coef * figure) == 0 (sense "=") or <= 0 (sense "<=")."""

    terms: tuple[tuple[str, int], ...]
    sense: Literal["=", "<="]

    def holds(self, values: dict[str, int]) -> bool:
        total = sum(c * values[k] for k, c in self.terms)
        return total == 0 if self.sense == "=" else total <= 0


@dataclass(frozen=True)
class Interval:
    low: float
    high: float
    exact: bool = True   # False: the true interval may be wider still

    @property
    def width(self) -> float:
        return self.high - self.low


@dataclass
class Model:
    """Figures and relations of one or more published tables."""

    figures: dict[str, Figure] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)

    def add(self, key: str, value: int, state: State = "free", weight: float = 1.0,
            least: int = 0) -> str:
        """A figure; `least` is what a reader knows it is at least: 1 for a row that is
        printed only when its count is not 0."""
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError("Counts must be non-negative integers.")
        if not 0 <= least <= value:
            raise ValueError("A figure below what it is known to be at least.")
        old = self.figures.get(key)
        if old is not None:
            if old.value != value:
                raise ValueError("One figure with two values.")
            return key
        self.figures[key] = Figure(key, value, state, weight, least)
        return key

    def _relate(self, terms: dict[str, int], sense: Literal["=", "<="]) -> None:
        clean = tuple((k, c) for k, c in terms.items() if c)
        for k, _ in clean:
            if k not in self.figures:
                raise ValueError("A relation names a figure the model lacks.")
        if not clean:
            return
        relation = Relation(clean, sense)
        if not relation.holds({k: self.figures[k].value for k, _ in clean}):
            raise ValueError("A relation does not hold for the true figures.")
        self.relations.append(relation)

    def total(self, whole: str, parts: Iterable[str]) -> None:
        """whole == sum(parts)."""
        terms: dict[str, int] = {}
        for p in parts:
            terms[p] = terms.get(p, 0) + 1
        terms[whole] = terms.get(whole, 0) - 1
        self._relate(terms, "=")

    def at_most(self, small: Iterable[str], big: Iterable[str]) -> None:
        """sum(small) <= sum(big)."""
        terms: dict[str, int] = {}
        for k in small:
            terms[k] = terms.get(k, 0) + 1
        for k in big:
            terms[k] = terms.get(k, 0) - 1
        self._relate(terms, "<=")

    def add_table(self, name: str, cells: list[list[int]], *, row_totals: bool = True,
                  col_totals: bool = True, total_weight: float = 5.0) -> dict[str, str]:
        """A table of counts with its totals, as figures "name[r,c]", "name[r,+]",
        "name[+,c]" and "name[+,+]" (the grand total, present whenever a total is); returns
        {place: key}. Figures of another table that are the same number can then be tied to
        these with total() or at_most()."""
        keys: dict[str, str] = {}
        n_cols = len(cells[0]) if cells else 0
        for r, line in enumerate(cells):
            if len(line) != n_cols:
                raise ValueError("The table is not rectangular.")
            for c, v in enumerate(line):
                keys[f"{r},{c}"] = self.add(f"{name}[{r},{c}]", v)
        if not (row_totals or col_totals) or not cells:
            return keys
        grand = keys["+,+"] = self.add(f"{name}[+,+]", sum(map(sum, cells)),
                                       weight=total_weight)
        for axis, wanted, count in (("row", row_totals, len(cells)), ("col", col_totals,
                                                                      n_cols)):
            if not wanted:
                continue
            totals = []
            for i in range(count):
                parts = ([keys[f"{i},{c}"] for c in range(n_cols)] if axis == "row"
                         else [keys[f"{r},{i}"] for r in range(len(cells))])
                place = f"{i},+" if axis == "row" else f"+,{i}"
                keys[place] = self.add(f"{name}[{place}]",
                                       sum(self.figures[k].value for k in parts),
                                       weight=total_weight)
                self.total(keys[place], parts)
                totals.append(keys[place])
            self.total(grand, totals)
        return keys

    def assume(self, small: Iterable[str], big: Iterable[str]) -> None:
        """sum(small) <= sum(big) where a reader assumes it from a rule that the records
        may break (imported records, say): added only where it holds, since a reader's
        false assumption leads away from the truth, not to it."""
        small, big = list(small), list(big)
        values = self.values()
        if sum(values[k] for k in small) <= sum(values[k] for k in big):
            self.at_most(small, big)

    def values(self) -> dict[str, int]:
        return {k: f.value for k, f in self.figures.items()}


def primary(model: Model, threshold: int) -> set[str]:
    return {k for k, f in model.figures.items()
            if f.state == "free" and 0 < f.value < threshold}


def _new_solver() -> Any:
    np, _core = _libs()
    h = _core._Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("presolve", "off")   # small models: warm starts beat presolve
    h.setOptionValue("threads", 1)
    h.setOptionValue("parallel", "off")
    return h


def _run(h: Any) -> Any:
    """Solve and return the model status. A warm start that ends in an unknown status
    (HiGHS can, after switching between whole-number and plain solves) is retried from
    scratch once."""
    np, _core = _libs()
    h.run()
    status = h.getModelStatus()
    settled = (_core.HighsModelStatus.kOptimal, _core.HighsModelStatus.kUnbounded,
               _core.HighsModelStatus.kUnboundedOrInfeasible,
               _core.HighsModelStatus.kInfeasible,
               _core.HighsModelStatus.kTimeLimit)   # a limit set on purpose: not again
    if status not in settled:
        h.clearSolver()
        h.run()
        status = h.getModelStatus()
    return status


def _rows(model: Model, index: dict[str, int], constant: dict[str, int]
          ) -> tuple[list[float], list[float], list[int], list[int], list[float]]:
    """The relations as sparse rows over the columns in index, with the figures in
    constant moved to the right-hand side. Rows left with no column are dropped."""
    lower: list[float] = []
    upper: list[float] = []
    starts: list[int] = []
    cols: list[int] = []
    coefs: list[float] = []
    for rel in model.relations:
        rhs = 0.0
        row: list[tuple[int, int]] = []
        for k, c in rel.terms:
            if k in index:
                row.append((index[k], c))
            else:
                rhs -= c * constant[k]
        if not row:
            continue
        starts.append(len(cols))
        cols += [i for i, _ in row]
        coefs += [float(c) for _, c in row]
        lower.append(rhs if rel.sense == "=" else -INF)
        upper.append(rhs)
    return lower, upper, starts, cols, coefs


def _add_rows(h: Any, rows: tuple[list[float], list[float], list[int], list[int],
                                  list[float]]) -> None:
    np, _core = _libs()
    lower, upper, starts, cols, coefs = rows
    if lower:
        h.addRows(len(lower), np.array(lower), np.array(upper), len(cols),
                  np.array(starts, dtype=np.int32), np.array(cols, dtype=np.int32),
                  np.array(coefs))


class _Attacker:
    """The attacker's programme: the hidden figures are unknowns >= 0, printed ones are
    constants."""

    def __init__(self, model: Model, hidden: set[str]):
        np, _core = _libs()
        self.keys = sorted(hidden)
        self.index = {k: i for i, k in enumerate(self.keys)}
        values = model.values()
        self.h = _new_solver()
        n = len(self.keys)
        # The least and greatest value of each unknown seen in a whole-number solution so
        # far (the true table is one): a spread already wide enough needs no solve.
        self.low_seen = np.array([float(values[k]) for k in self.keys])
        self.high_seen = self.low_seen.copy()
        self.low_bound = np.array([float(model.figures[k].least) for k in self.keys])
        if n:
            self.h.addVars(n, self.low_bound, np.full(n, INF))
            _add_rows(self.h, _rows(model, self.index, values))

    def _seen(self, x: Any) -> None:
        np, _core = _libs()
        x = np.asarray(x)
        if len(x) == len(self.keys) and np.all(np.abs(x - np.round(x)) < _EPS):
            self.low_seen = np.minimum(self.low_seen, np.round(x))
            self.high_seen = np.maximum(self.high_seen, np.round(x))

    def _bound(self, col: int, maximise: bool, exact: bool = True) -> tuple[float, bool]:
        """The attacker's bound on the column, and whether it is exact. The LP bound is
        exact when its vertex is whole; otherwise the integer programme is solved, or, with
        exact False, the LP bound rounded inwards is returned (the integer bound lies
        within it)."""
        np, _core = _libs()
        h = self.h
        h.changeColsCost(1, np.array([col], dtype=np.int32), np.array([1.0]))
        h.changeObjectiveSense(_core.ObjSense.kMaximize if maximise
                               else _core.ObjSense.kMinimize)
        status = _run(h)
        try:
            if status in (_core.HighsModelStatus.kUnbounded,
                          _core.HighsModelStatus.kUnboundedOrInfeasible):
                return INF, True   # the true table is a solution: not infeasible
            if status != _core.HighsModelStatus.kOptimal:
                raise RuntimeError(f"The disclosure audit's solver failed ({status}).")
            x = h.getSolution().col_value
            value = h.getInfo().objective_function_value
            if all(abs(v - round(v)) < _EPS for v in x):
                self._seen(x)
                return float(round(value)), True
            if not exact:
                return float(math.floor(value + _EPS) if maximise
                             else math.ceil(value - _EPS)), False
            return self._integer_bound(maximise), True
        finally:
            h.changeColsCost(1, np.array([col], dtype=np.int32), np.array([0.0]))

    def _integer(self) -> Any:
        """The programme with whole-number unknowns, for the duration of a with block."""
        np, _core = _libs()
        h, n = self.h, len(self.keys)
        every = np.arange(n, dtype=np.int32)

        class _Whole:
            def __enter__(self) -> None:
                h.changeColsIntegrality(n, every,
                                        np.array([_core.HighsVarType.kInteger] * n))
                h.setOptionValue("presolve", "on")   # branch and bound needs it

            def __exit__(self, *_exc: object) -> None:
                h.setOptionValue("presolve", "off")
                h.changeColsIntegrality(n, every,
                                        np.array([_core.HighsVarType.kContinuous] * n))

        return _Whole()

    def _integer_bound(self, maximise: bool) -> float:
        """The LP vertex is fractional: solve the attacker's integer programme itself."""
        np, _core = _libs()
        h = self.h
        with self._integer():
            status = _run(h)
            if status in (_core.HighsModelStatus.kUnbounded,
                          _core.HighsModelStatus.kUnboundedOrInfeasible):
                return INF   # the true table is a solution: not infeasible
            if status != _core.HighsModelStatus.kOptimal:
                raise RuntimeError(f"The disclosure audit's solver failed ({status}).")
            self._seen(h.getSolution().col_value)
            value = h.getInfo().objective_function_value
            return float(math.floor(value + _EPS) if maximise else math.ceil(value - _EPS))

    def _witness(self, col: int, low: float, high: float) -> bool:
        """Whether some whole-number table puts the column in [low, high] (its values are
        then seen). The objective is 0, so the first such table ends the search."""
        np, _core = _libs()
        h = self.h
        least = float(self.low_bound[col])
        if max(low, least) > high:
            return False
        h.changeColBounds(col, max(low, least), high)
        try:
            with self._integer():
                if _run(h) != _core.HighsModelStatus.kOptimal:
                    return False
                self._seen(h.getSolution().col_value)
                return True
        finally:
            h.changeColBounds(col, least, INF)

    def interval(self, key: str, width: int | None = None) -> Interval:
        """The exact interval; or, given width, one that proves the verdict: either at
        least `width` wide and spanned by whole-number tables found on the way, or an outer
        bound narrower than `width` (Interval.exact False in both cases)."""
        col = self.index[key]
        if width is None:
            return Interval(self._bound(col, False)[0], self._bound(col, True)[0])

        def spread() -> Interval | None:
            low, high = float(self.low_seen[col]), float(self.high_seen[col])
            return Interval(low, high, False) if high - low >= width else None

        found = spread()
        if found:
            return found
        high, high_exact = self._bound(col, True, exact=False)
        if high_exact and high - self.low_seen[col] >= width:
            return Interval(float(self.low_seen[col]), high, False)
        low, low_exact = self._bound(col, False, exact=False)
        if high_exact and low_exact:
            return Interval(low, high)
        if high - low < width:
            return Interval(low, high, False)   # the whole-number interval lies inside
        if (self._witness(col, float(self.low_seen[col]) + width, INF)
                or self._witness(col, 0.0, float(self.high_seen[col]) - width)):
            found = spread()
            if found:
                return found
        return Interval(self._bound(col, False)[0], self._bound(col, True)[0])


def audit(model: Model, hidden: Iterable[str], width: int | None = None,
          only: Iterable[str] | None = None) -> dict[str, Interval]:
    """The attacker's interval of every printed hidden figure (internal ones are unknowns
    too, but not printed, so not listed), or of those in `only`. With width, an interval
    may be reported as soon as it is proven at least that wide (Interval.exact False)."""
    unknown = set(hidden) | {k for k, f in model.figures.items() if f.state in
                             ("hidden", "internal")}
    attacker = _Attacker(model, unknown)
    wanted = unknown if only is None else set(only) & unknown
    return {k: attacker.interval(k, width) for k in sorted(wanted)
            if model.figures[k].state != "internal"}


def narrow(intervals: dict[str, Interval], width: int) -> dict[str, Interval]:
    return {k: i for k, i in intervals.items() if i.width < width}


class _Cover:
    """The defender's programme: two alternative tables, a "high" one and a "low" one,
    each whole-number-free, >= 0 and keeping every relation, with the high one's value of
    a figure at least `width` above the low one's and the true value between them. In each
    table y_i = value_i + p_i - m_i; moving a printed figure costs weight * (1 + value) per
    unit (a 0 as a 10), a hidden one nothing; a figure that must stay printed cannot move.
    The cheapest pair says which printed figures to hide: those that move in either."""

    def __init__(self, model: Model, hidden: set[str]):
        np, _core = _libs()
        self.model = model
        self.keys = list(model.figures)
        self.index = {k: i for i, k in enumerate(self.keys)}
        n = self.n = len(self.keys)
        h = self.h = _new_solver()
        least = np.array([float(model.figures[k].least) for k in self.keys])
        value = np.array([float(model.figures[k].value) for k in self.keys])
        # Columns, for copy c in (0 high, 1 low): y at 3cn, p at 3cn + n, m at 3cn + 2n.
        lower = np.concatenate([least, np.zeros(2 * n), least, np.zeros(2 * n)])
        h.addVars(6 * n, lower, np.full(6 * n, INF))
        for copy in (0, 1):
            base = 3 * n * copy
            index = {k: base + i for k, i in self.index.items()}
            _add_rows(h, _rows(model, index, {}))
            starts = np.arange(0, 3 * n, 3, dtype=np.int32)
            cols = np.array([[base + i, base + n + i, base + 2 * n + i] for i in range(n)],
                            dtype=np.int32).ravel()
            h.addRows(n, value, value, 3 * n, starts, cols,
                      np.tile(np.array([1.0, -1.0, 1.0]), n))
        # The target row: y_high[key] - y_low[key] >= width (coefficients set per figure).
        self.target = h.getNumRow()
        h.addRows(1, np.array([0.0]), np.array([INF]), 0, np.array([0], dtype=np.int32),
                  np.array([], dtype=np.int32), np.array([]))
        fixed = [c for k, i in self.index.items() if model.figures[k].state == "shown"
                 for c in (n + i, 2 * n + i, 4 * n + i, 5 * n + i)]
        if fixed:
            h.changeColsBounds(len(fixed), np.array(fixed, dtype=np.int32),
                               np.zeros(len(fixed)), np.zeros(len(fixed)))
        self.hidden: set[str] = set()
        self.hide(hidden | {k for k, f in model.figures.items()
                            if f.state in ("hidden", "internal")})

    def hide(self, keys: Iterable[str]) -> None:
        np, _core = _libs()
        n = self.n
        self.hidden |= set(keys)
        cost = np.zeros(2 * n)
        for k, i in self.index.items():
            if k not in self.hidden:
                f = self.model.figures[k]
                cost[i] = cost[n + i] = f.weight * (1.0 + (f.value or ZERO_COST))
        for copy in (0, 1):
            base = 3 * n * copy
            self.h.changeColsCost(2 * n, np.arange(base + n, base + 3 * n, dtype=np.int32),
                                  cost)

    def partners(self, key: str, width: int, whole: bool = False) -> set[str] | None:
        """The printed figures to hide so that key can lie anywhere in a range of `width`
        around its true value; None when no pair of tables reaches that (figures that must
        stay printed pin it).

        The plain LP's tables may be fractional: where the relations are not a simple
        table of totals (a topic is at most the consultations of its month) a fractional
        pair can reach the width while no whole-number pair does, and the LP then names no
        figure although the attacker's interval is still narrow. With whole True the two
        tables are whole numbers, so hiding what they name proves the width to the
        attacker; it is slower (branch and bound) and used only when the LP names none."""
        if whole:
            return self._whole_partners(key, width)
        return self._partners(key, width)

    def _whole_partners(self, key: str, width: int) -> set[str] | None:
        np, _core = _libs()
        h, n = self.h, self.n
        ys = np.concatenate([np.arange(n), np.arange(3 * n, 4 * n)]).astype(np.int32)
        h.changeColsIntegrality(2 * n, ys, np.array([_core.HighsVarType.kInteger] * (2 * n)))
        h.setOptionValue("presolve", "on")
        h.setOptionValue("time_limit", WHOLE_COVER_SECONDS)
        try:
            return self._partners(key, width)
        finally:
            h.setOptionValue("time_limit", INF)
            h.setOptionValue("presolve", "off")
            h.changeColsIntegrality(2 * n, ys,
                                    np.array([_core.HighsVarType.kContinuous] * (2 * n)))

    def _partners(self, key: str, width: int) -> set[str] | None:
        np, _core = _libs()
        h, n, i = self.h, self.n, self.index[key]
        value = float(self.model.figures[key].value)
        least = float(self.model.figures[key].least)
        high, low = i, 3 * n + i
        h.changeColBounds(high, value, INF)
        h.changeColBounds(low, least, value)
        h.changeCoeff(self.target, high, 1.0)
        h.changeCoeff(self.target, low, -1.0)
        h.changeRowBounds(self.target, float(width), INF)
        status = _run(h)
        x = h.getSolution().col_value
        h.changeCoeff(self.target, high, 0.0)
        h.changeCoeff(self.target, low, 0.0)
        h.changeRowBounds(self.target, 0.0, INF)
        h.changeColBounds(high, least, INF)
        h.changeColBounds(low, least, INF)
        if status == _core.HighsModelStatus.kTimeLimit:
            return set()     # no answer in time: the caller falls back to the neighbours
        if status != _core.HighsModelStatus.kOptimal:
            return None
        x = np.abs(np.asarray(x))
        moved = ((x[n:2 * n] > _EPS) | (x[2 * n:3 * n] > _EPS) | (x[4 * n:5 * n] > _EPS)
                 | (x[5 * n:6 * n] > _EPS))
        return {self.keys[j] for j in np.flatnonzero(moved)} - self.hidden


class Unprotectable(Exception):
    """A hidden figure cannot reach the protection width, whatever else is hidden."""

    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class Protection:
    hidden: frozenset[str]                 # printed figures shown as x
    intervals: dict[str, Interval]         # the attacker's interval of each, proven
    width: int

    @property
    def narrow(self) -> dict[str, Interval]:
        return narrow(self.intervals, self.width)


def protect(model: Model, threshold: int, width: int | None = None) -> Protection:
    """The printed figures to show as x: the primary ones, those hidden already, and the
    secondary ones that give every hidden figure an interval of at least `width` (default:
    the threshold), with the final audit that proves it. Deterministic."""
    if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 1:
        raise ValueError("The threshold must be a whole number of at least 1.")
    width = threshold if width is None else width
    hidden = primary(model, threshold) | {k for k, f in model.figures.items()
                                          if f.state == "hidden"}
    order = {k: i for i, k in enumerate(model.figures)}
    cover: _Cover | None = None
    intervals: dict[str, Interval] = {}
    check: set[str] | None = None   # everything, then what may have changed
    while True:
        # Hiding more only widens intervals: a figure proven wide enough stays so.
        intervals.update(audit(model, hidden, width, check))
        found = sorted(narrow(intervals, width), key=order.__getitem__)
        if not found:
            return Protection(frozenset(hidden), intervals, width)
        if cover is None:
            cover = _Cover(model, hidden)
        before = set(hidden)
        for route in ("plain", "whole", "neighbours"):
            for key in found:
                more = (neighbours(model, key) - hidden if route == "neighbours"
                        else cover.partners(key, width, whole=route == "whole"))
                if more is None:
                    raise Unprotectable(key)
                cover.hide(more)
                hidden |= more
                if route == "neighbours" and more:
                    break
            if hidden != before:
                break
        else:
            # Each round hides at least one more figure or ends here, so the loop ends.
            raise Unprotectable(found[0])
        check = set(found) | (hidden - before)


def neighbours(model: Model, key: str) -> set[str]:
    """The free figures that share a relation with key."""
    return {k for rel in model.relations if any(t == key for t, _ in rel.terms)
            for k, _ in rel.terms if k != key and model.figures[k].state == "free"}
