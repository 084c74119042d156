"""`make test`'s scheduler (tests/xdist_schedule.py) runs every test once, keeps a group on one
worker, gives a crashed worker's unfinished tests to another, and sends fewer messages."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from tests.xdist_schedule import (
    MOST_PER_MESSAGE,
    BatchedLoadGroupScheduling,
    fits_installed_xdist,
)


class Worker:
    """What the scheduler sees of an xdist worker: the tests it was sent, in order."""

    def __init__(self, name: str) -> None:
        self.gateway = SimpleNamespace(id=name)
        self.queue: list[int] = []
        self.ran: list[str] = []
        self.messages, self.shutting_down = 0, False

    def send_runtest_some(self, indices: list[int]) -> None:
        self.queue += indices
        self.messages += 1

    def shutdown(self) -> None:
        self.shutting_down = True


COLLECTION = [
    *(f"tests/e2e/test_a.py::test_{n}@test_a.py" for n in range(5)),
    *(f"tests/flows/test_b.py::test_case[{n}]" for n in range(200)),
    *(f"tests/flows/test_c.py::test_{n}@claim-outcomes" for n in range(30)),
]


def scheduler_over(workers: list[Worker]) -> BatchedLoadGroupScheduling:
    config: Any = SimpleNamespace(getvalue=lambda name: [f"{len(workers)}*popen"],
                                  option=SimpleNamespace(loadscopereorder=True))  # fmt: skip
    scheduler = BatchedLoadGroupScheduling(config)
    for worker in workers:
        scheduler.add_node(worker)
        scheduler.add_node_collection(worker, COLLECTION)
    scheduler.schedule()
    return scheduler


def run_one(scheduler: BatchedLoadGroupScheduling, worker: Worker) -> None:
    index = worker.queue.pop(0)
    worker.ran.append(COLLECTION[index])
    scheduler.mark_test_complete(worker, index)


def run_all(scheduler: BatchedLoadGroupScheduling, workers: list[Worker]) -> None:
    while any(w.queue for w in workers):
        for worker in workers:  # in turn, as workers of equal speed would
            if worker.queue:
                run_one(scheduler, worker)


def test_every_test_runs_once_and_a_group_stays_on_one_worker() -> None:
    workers = [Worker(f"gw{n}") for n in range(4)]
    scheduler = scheduler_over(workers)
    run_all(scheduler, workers)
    ran = [test for w in workers for test in w.ran]
    assert sorted(ran) == sorted(COLLECTION)
    assert scheduler.tests_finished and not scheduler.has_pending
    for group in ("@test_a.py", "@claim-outcomes"):
        assert len([w for w in workers if any(t.endswith(group) for t in w.ran)]) == 1, group
    assert all(w.shutting_down for w in workers)
    # Several tests a message while many are left: far fewer messages than tests.
    assert sum(w.messages for w in workers) < len(COLLECTION) / 4
    assert max(len(w.queue) for w in workers) <= MOST_PER_MESSAGE


def test_a_crashed_workers_unfinished_tests_run_on_another() -> None:
    workers = [Worker("gw0"), Worker("gw1")]
    scheduler = scheduler_over(workers)
    for _ in range(40):
        run_one(scheduler, workers[0])
    crashed, unfinished = workers[0], list(workers[0].queue)
    crashed.queue.clear()
    crash_item = scheduler.remove_node(crashed)
    assert crash_item == COLLECTION[unfinished[0]]
    run_all(scheduler, workers[1:])
    ran = crashed.ran + workers[1].ran
    assert sorted(ran) == sorted(COLLECTION) and len(ran) == len(set(ran))


def test_the_installed_xdist_gets_the_batching_scheduler() -> None:
    # Fails when an xdist release drops the methods the batching overrides: the suite then runs on
    # xdist's own scheduler (slower, still correct) until tests/xdist_schedule.py is updated.
    assert fits_installed_xdist()
