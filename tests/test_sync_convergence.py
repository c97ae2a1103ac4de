"""A hypothesis state machine over two and three devices: random creates, edits, deletes,
code labels edited and exchanges in any order. Once every packet is applied, the code lists
are the same everywhere, and every record either is the same on all devices or has an open
conflict (or waits for a record a conflict holds back); once the conflicts are resolved and
the packets exchanged, all devices hold the same records, and every device's audit chains
verify everywhere."""

from __future__ import annotations

import dataclasses
import itertools
import shutil
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule

from app import audit, exchange_export
from app.services import Services
from app.sync import conflicts
from tests import town_edits
from tests.sync_towns import make_town, records, send


def open_everywhere(towns: list[Services]) -> set[str]:
    return {c.uuid for t in towns for c in conflicts.open_conflicts(t.store)}


def exchange_all(towns: list[Services], rounds: int = 3) -> None:
    for _ in range(rounds):
        for a, b in itertools.permutations(range(len(towns)), 2):
            send(towns[a], towns[b])


def settle(towns: list[Services]) -> None:
    """Resolve every open conflict on the device that has it, keeping a record over its
    deletion (a resident still used cannot be deleted), and exchange again."""
    for _ in range(6):
        exchange_all(towns, 2)
        if not open_everywhere(towns):
            return
        for town in towns:
            for c in conflicts.open_conflicts(town.store):
                if not conflicts.has_conflict(town.store, c.uuid):
                    continue
                keep = "theirs" if c.deleted_here else "mine"
                conflicts.resolve(town, c.id, {n: "theirs" for n in c.fields()}, keep=keep)
            exchange_all(towns, 2)
    raise AssertionError(f"conflicts still open: {open_everywhere(towns)}")


def code_lists(town: Services) -> list[tuple[object, ...]]:
    return [tuple(r) for r in town.store.query(
        "SELECT list, code, label_ja, label_en, sort_order, active FROM code_items "
        "ORDER BY list, code")]


def uuids_differing(towns: list[Services]) -> set[str]:
    seen = [records(t) for t in towns]
    out: set[str] = set()
    for kind in seen[0]:
        by_device = [{r["uuid"]: r for r in s[kind]} for s in seen]
        for uuid in set().union(*by_device):
            if len({repr(d.get(uuid)) for d in by_device}) > 1:
                out.add(uuid)
    return out


class Devices(RuleBasedStateMachine):
    count = 2

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp())
        self.towns = make_town(self.folder, copies=self.count - 1)
        self.step = 0
        self.markers: set[str] = set()      # values saved by an update, each once
        self.superseded: set[str] = set()   # values a later save or delete had seen

    @rule(device=st.integers(0, 2), action=st.sampled_from(["create", "update", "delete"]),
          kind=st.sampled_from(town_edits.KINDS), n=st.integers(0, 3))
    def edit(self, device: int, action: str, kind: str, n: int) -> None:
        town = self.towns[device % self.count]
        self.step += 1
        row = town_edits.pick(town, kind, n)
        if row is not None and action != "create":
            before = repr(exchange_export.records(town.store.query, kind, f"x.id = {row}"))
            self.superseded |= {m for m in self.markers if m in before}
        if action == "update" and row is not None:
            marker = f"[m{self.step}]"
            town_edits.update(town, kind, n, marker)
            self.markers.add(marker)
        else:
            town_edits.edit(town, action, kind, n)

    @rule(kind=st.sampled_from(town_edits.KINDS), n=st.integers(0, 3))
    def edit_on_all(self, kind: str, n: int) -> None:
        """The same record changed on every device before they exchange: a conflict."""
        for device in range(self.count):
            self.edit(device, "update", kind, n)

    @rule(device=st.integers(0, 2), n=st.integers(0, 3))
    def relabel(self, device: int, n: int) -> None:
        """A topic's label edited (code items carry a version: migration 0017)."""
        town = self.towns[device % self.count]
        self.step += 1
        item = town.codes.items("topic", active_only=False)[n]
        town.codes.save(dataclasses.replace(item, label_ja=f"分野[l{self.step}]"))

    @rule(a=st.integers(0, 2), b=st.integers(0, 2))
    def exchange(self, a: int, b: int) -> None:
        a, b = a % self.count, b % self.count
        if a != b:
            send(self.towns[a], self.towns[b])

    def teardown(self) -> None:
        try:
            exchange_all(self.towns)
            # the code lists are the same everywhere, with no conflict to resolve
            assert len({repr(code_lists(t)) for t in self.towns}) == 1
            # no save is lost silently: each value saved is still in a record, or kept in
            # a conflict's audit row, unless a later save or delete had seen it
            kept = "".join(repr(records(t)) for t in self.towns) + "".join(
                repr(r.changes) for t in self.towns for r in audit.search(t.store, limit=10**6)
                if r.action == "sync_conflict")
            lost = {m for m in self.markers - self.superseded if m not in kept}
            assert not lost, lost
            # every difference is explained by a conflict held open somewhere, or by a
            # record that waits for one a conflict holds back
            held = open_everywhere(self.towns)
            waiting = {str(r[0]) for t in self.towns
                       for r in t.store.query("SELECT uuid FROM sync_pending")}
            assert uuids_differing(self.towns) <= held | waiting
            if not held:
                assert not waiting
            settle(self.towns)
            assert uuids_differing(self.towns) == set()
            for town in self.towns:
                assert town.store.query_one("SELECT count(*) FROM sync_pending")[0] == 0
                assert audit.verify(town.store) is None
            ids = {t.store.setting("device_id") for t in self.towns}
            assert all(set(audit.heads(t.store)) == ids for t in self.towns)
        finally:
            for town in self.towns:
                town.close()
            shutil.rmtree(self.folder, ignore_errors=True)


class ThreeDevices(Devices):
    count = 3


TestTwoDevices = Devices.TestCase
TestTwoDevices.settings = settings(max_examples=15, stateful_step_count=20, deadline=None)
TestThreeDevices = ThreeDevices.TestCase
TestThreeDevices.settings = settings(max_examples=10, stateful_step_count=20, deadline=None)
