"""pytest-xdist's `--dist loadgroup` (what `make test` runs) with less work per test.

xdist's own scheduler hands each ungrouped test to a worker as a message of its own, keeps every
unit a worker was ever given and, after each test, counts the worker's pending tests over all of
them (a run of n tests on w workers walks about n * n / (2 * w) units), and finds each test's
index by searching the whole collection. Here a worker is given several units per message while
many are left (one at a time near the end, so no worker is left with a queue while another is
idle), its finished units are forgotten, and indexes come from a table. Groups still run whole on
one worker, in the same order.
"""

from __future__ import annotations

from typing import Any

from xdist.scheduler import LoadGroupScheduling

MOST_PER_MESSAGE = 16  # tests
REFILLS_LEFT = 2  # near the end, each worker can still be given this many batches from the queue


def fits_installed_xdist() -> bool:
    """The batching overrides xdist's private methods: a release without them gets xdist's own
    scheduler rather than a broken run."""
    return all(
        callable(getattr(LoadGroupScheduling, name, None))
        for name in ("_split_scope", "_reschedule", "_assign_work_unit", "mark_test_complete")
    )


class BatchedLoadGroupScheduling(LoadGroupScheduling):
    """LoadGroupScheduling handing out units in batches and forgetting finished ones (nothing
    reads them again: a crashed worker's unfinished units are the ones scheduled again)."""

    def __init__(self, config: Any, log: Any = None) -> None:
        super().__init__(config, log)
        self._index_of: dict[Any, dict[str, int]] = {}

    def mark_test_complete(self, node: Any, item_index: int, duration: float = 0) -> None:
        nodeid = self.registered_collections[node][item_index]
        scope = self._split_scope(nodeid)
        work_unit = self.assigned_work[node][scope]
        work_unit[nodeid] = True
        if all(work_unit.values()):
            del self.assigned_work[node][scope]
        self._reschedule(node)

    def _assign_work_unit(self, node: Any) -> None:
        index = self._index_of.get(node)
        if index is None:
            collection = self.registered_collections[node]
            index = self._index_of[node] = {nodeid: i for i, nodeid in enumerate(collection)}
        workers = max(1, len(self.assigned_work))
        wanted = max(1, min(MOST_PER_MESSAGE, len(self.workqueue) // (REFILLS_LEFT * workers)))
        given: list[int] = []
        while self.workqueue and len(given) < wanted:
            scope, work_unit = self.workqueue.popitem(last=False)
            self.assigned_work.setdefault(node, {})[scope] = work_unit
            given += [index[nodeid] for nodeid, completed in work_unit.items() if not completed]
        node.send_runtest_some(given)
