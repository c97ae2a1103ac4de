"""Progress and cancellation for long work, shared by the command line and the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.errors import MadoguchiError
from app.marks import QT_TRANSLATE_NOOP


class Cancelled(MadoguchiError):
    """The user cancelled; whatever was under way was undone."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Cancelled; nothing was changed."))


def _ignore(done: int, total: int) -> None:
    return None


@dataclass
class Progress:
    """`step(done, total)` reports, and raises Cancelled once `cancelled()` says so."""

    report: Callable[[int, int], None] = _ignore
    cancelled: Callable[[], bool] = field(default=lambda: False)
    every: int = 250  # report at most once per this many steps of a loop

    def step(self, done: int, total: int) -> None:
        if self.cancelled():
            raise Cancelled()
        self.report(done, total)

    def tick(self, done: int, total: int) -> None:
        """For loops: only every `every` items."""
        if done % self.every == 0:
            self.step(done, total)


NO_PROGRESS = Progress()
