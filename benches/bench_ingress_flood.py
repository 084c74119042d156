"""Benchmark: how long real Slack messages wait for their acknowledgement while the public
endpoint is flooded (8 threads of unsigned requests, half claiming 200 MB bodies, half sending
900 kB). Slack retries an event not acknowledged within 3 seconds: exit 1 when the slowest
acknowledgement takes that long. tests/e2e/test_ingress.py checks that each is acknowledged and
answered under the same flood, without timing it."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import percentile, table  # noqa: E402
from tests.e2e.slack_fakes import FakeSlack, ServerProcess  # noqa: E402
from tests.e2e.test_ingress import flooded  # noqa: E402
from tests.e2e.test_slack import dm, posted_to  # noqa: E402

MESSAGES = 15
SLACK_LIMIT = 3.0  # seconds


def main() -> int:
    fake = FakeSlack()
    acks: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        # As tests/e2e/test_ingress.py starts it: debug logging, workers at lower priority.
        env = {"LOG_LEVEL": "DEBUG", "E1399_WORKER_NICENESS": "10"}
        server = ServerProcess(fake, Path(folder) / "bot.db", env, worker_processes=True)
        try:
            dm(server, "UWARM", "what is e1399?", "Ev-warm")
            posted_to(fake, "DUWARM")  # the worker process is up
            with flooded(server):
                for number in range(MESSAGES):
                    start = time.monotonic()
                    dm(server, f"UFLOOD{number}", "what is e1399?", f"Ev-flood-{number}")
                    acks.append(time.monotonic() - start)
            for number in range(MESSAGES):
                posted_to(fake, f"DUFLOOD{number}")
        finally:
            server.stop()
            fake.close()
    table(f"Acknowledgements of {MESSAGES} real messages during a flood", [
        ("median / p90 / slowest", f"{statistics.median(acks):.2f} / "
         f"{percentile(acks, 0.9):.2f} / {max(acks):.2f} s", f"slowest < {SLACK_LIMIT:.0f} s"),
    ])  # fmt: skip
    return 0 if max(acks) < SLACK_LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
