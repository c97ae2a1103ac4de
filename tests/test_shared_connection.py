"""The window's connection is also read from threads of its own (the read-ahead after login,
Today's read while the window is built). A read on the UI thread must wait for them, never
fail with apsw's "Connection is busy in another thread"."""

from __future__ import annotations

import threading
import time

from app.services import Services

# A read that keeps the connection busy for a while (≈ 0.2–0.4 s here).
SLOW = ("WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 2000000) "
        "SELECT sum(i) FROM r")


def test_the_search_waits_for_a_read_on_another_thread(demo: Services) -> None:
    name = demo.store.query_one("SELECT family_name FROM residents LIMIT 1")[0]
    thread = threading.Thread(target=demo.store.query, args=(SLOW,), daemon=True)
    thread.start()
    time.sleep(0.02)  # the other read is running
    failures: list[str] = []
    calls = 0
    while thread.is_alive() or calls < 4:
        for search in (demo.find, demo.residents.choose):
            try:
                assert search(name)
            except Exception as exc:  # noqa: BLE001 (collected: the assertion is below)
                failures.append(repr(exc))
            calls += 1
    thread.join()
    assert failures == []
