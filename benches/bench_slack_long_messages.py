"""Benchmark: how long a signed DM waits for its acknowledgement by its length (Slack allows
40,000 characters and resends what is not acknowledged within 3 seconds), one at a time and six
40,000-character DMs at once. The server runs as `serve --http` in its own process with the
product's default worker process. Exit 1 when an acknowledgement takes 3 seconds."""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import table  # noqa: E402
from tests.e2e.slack_fakes import FakeSlack, ServerProcess  # noqa: E402
from tests.e2e.test_slack import dm, posted_to  # noqa: E402

LENGTHS = (40, 2_000, 10_000, 40_000)
REPEATS = 7  # acknowledgements per length; the median is reported
AT_ONCE = 6
SLACK_LIMIT = 3.0  # seconds
WORDS = "what modifier goes on a rental wheelchair claim for a bariatric bed frame "


def text_of_length(length: int, number: int) -> str:
    """A different message each time (never a redelivery), `length` characters long."""
    return (f"{number} " + WORDS * (length // len(WORDS) + 1))[:length]


def ack_seconds(server: ServerProcess, user: str, text: str, event_id: str) -> float:
    start = time.monotonic()
    dm(server, user, text, event_id)
    return time.monotonic() - start


def main() -> int:
    fake = FakeSlack()
    by_length: dict[int, list[float]] = {}
    at_once: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        server = ServerProcess(fake, Path(folder) / "bot.db", worker_processes=True)
        try:
            dm(server, "UWARM", "what is e1399?", "Ev-warm")
            posted_to(fake, "DUWARM")  # the worker process is up
            for length in LENGTHS:
                by_length[length] = [
                    ack_seconds(
                        server, f"ULEN{length}", text_of_length(length, n), f"Ev-len-{length}-{n}"
                    )  # fmt: skip
                    for n in range(REPEATS)
                ]
                time.sleep(0.5)  # the worker answers in between, as it would in use

            def send(number: int) -> None:
                text = text_of_length(40_000, 1000 + number)
                at_once.append(ack_seconds(server, f"UONCE{number}", text, f"Ev-once-{number}"))

            senders = [threading.Thread(target=send, args=(n,)) for n in range(AT_ONCE)]
            for sender in senders:
                sender.start()
            for sender in senders:
                sender.join()
            for number in range(AT_ONCE):
                posted_to(fake, f"DUONCE{number}")  # each one answered (that it is too long)
        finally:
            server.stop()
            fake.close()
    rows = [
        (f"one {length:,}-character DM, median / slowest of {REPEATS}",
         f"{statistics.median(times) * 1000:.0f} / {max(times) * 1000:.0f} ms",
         f"< {SLACK_LIMIT:.0f} s, not growing with length")
        for length, times in by_length.items()
    ]  # fmt: skip
    rows.append((f"{AT_ONCE} different 40,000-character DMs at once, fastest / slowest",
                 f"{min(at_once) * 1000:.0f} / {max(at_once) * 1000:.0f} ms",
                 f"< {SLACK_LIMIT:.0f} s"))  # fmt: skip
    table("Acknowledgement of a signed DM by its length (serve --http, one worker process)", rows)
    slowest = max([*at_once, *(t for times in by_length.values() for t in times)])
    return 0 if slowest < SLACK_LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
