"""A code label edited on one device travels in sync packets (issue 13; migration 0017):
every device ends with the same code lists in whatever order the packets arrive."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest

from app import audit
from app.services import Services
from app.sync import engine
from tests.sync_towns import make_town, send


@pytest.fixture
def pair(tmp_path: Path) -> list[Services]:
    towns = make_town(tmp_path)
    yield towns
    for town in towns:
        town.close()


def relabel(town: Services, code: str, label_ja: str, **more: object) -> None:
    [item] = [i for i in town.codes.items("topic", active_only=False) if i.code == code]
    town.codes.save(dataclasses.replace(item, label_ja=label_ja, **more))


def code_lists(town: Services) -> list[tuple[object, ...]]:
    return [tuple(r) for r in town.store.query(
        "SELECT list, code, label_ja, label_en, sort_order, active, version, device_id "
        "FROM code_items ORDER BY list, code")]


def test_an_edited_label_travels_and_an_old_packet_does_not_take_it_back(
        pair: list[Services]) -> None:
    pc, laptop = pair
    relabel(pc, "medical", "医療・健康・福祉")
    first = engine.make_packet(pc)
    relabel(pc, "medical", "医療・保健", active=False)
    second = engine.make_packet(pc)
    out = engine.apply_packet(laptop, second.data, "p2")
    assert out.codes == 1
    assert laptop.codes.label("topic", "medical", "ja") == "医療・保健"
    assert not [i for i in laptop.codes.items("topic") if i.code == "medical"]  # inactive
    assert engine.apply_packet(laptop, first.data, "p1").codes == 0   # late, older
    assert laptop.codes.label("topic", "medical", "ja") == "医療・保健"
    assert code_lists(pc) == code_lists(laptop)
    assert any(r.action == "code_list" and "from device" in (r.detail or "")
               for r in audit.search(laptop.store))
    assert audit.verify(laptop.store) is None


@pytest.mark.parametrize("order", list(itertools.permutations(["pc", "laptop"])))
def test_the_same_label_edited_on_both_ends_the_same_on_both(
        pair: list[Services], order: tuple[str, str]) -> None:
    pc, laptop = pair
    relabel(pc, "medical", "医療（PC）")
    relabel(pc, "medical", "医療（PC・再）")        # the later version
    relabel(laptop, "medical", "医療（ノート）")
    relabel(pc, "tax_pension", "税金（PC）")              # the same version on both: the tie
    relabel(laptop, "tax_pension", "税金（ノート）")
    towns = {"pc": pc, "laptop": laptop}
    first, second = towns[order[0]], towns[order[1]]
    made = engine.make_packet(first), engine.make_packet(second)
    engine.apply_packet(second, made[0].data, "a")
    engine.apply_packet(first, made[1].data, "b")
    assert code_lists(pc) == code_lists(laptop)
    assert pc.codes.label("topic", "medical", "ja") == "医療（PC・再）"
    assert laptop.codes.label("topic", "tax_pension", "ja") in ("税金（PC）", "税金（ノート）")
    # and a local edit after that travels again
    relabel(laptop, "medical", "医療")
    send(laptop, pc)
    assert pc.codes.label("topic", "medical", "ja") == "医療"
