"""Benchmark: what making cancelled text really gone costs on PostgreSQL.

After a cancel, a restart or a purge, the store rewrites the tables that hold typed text with
VACUUM (FULL) (bot/wipe.py), which holds each table's lock while it runs. This starts a
throwaway PostgreSQL server on 127.0.0.1 (tests/pg.py), fills it with N open intakes (each with
a full set of answers) and N finished Slack jobs, and times the cancel turn (the bot's reply
plus the rewrite) against an ordinary answer, at two table sizes. Prints a note and exits 0
when PostgreSQL is not installed.
"""

from __future__ import annotations

import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import percentile, table  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.store import conversations, slack_jobs, utcnow  # noqa: E402
from bot.wiring import build_engine  # noqa: E402
from flows.models import Turn  # noqa: E402
from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until, repository_content  # noqa: E402
from tests.pg import postgres_server  # noqa: E402

SIZES = (1000, 10000)
RUNS = 15


def fill(sql, data: dict, size: int) -> None:
    now = utcnow()
    rows = [dict(key=f"fill:{uuid.uuid4()}", user_id="U_FILL", state="asking_quantity", data=data,
                 version=1, created_at=now, updated_at=now) for _ in range(size)]  # fmt: skip
    jobs = [dict(delivery_key=f"fill:{uuid.uuid4()}", kind="direct_message", conversation="c",
                 slack_ts="1.0", payload=None, received_at=now, status="done", tries=1,
                 sent=1) for _ in range(size)]  # fmt: skip
    with sql.begin() as connection:
        connection.execute(conversations.insert(), rows)
        connection.execute(slack_jobs.insert(), jobs)


def ms(samples: list[float]) -> str:
    return f"{percentile(samples, 0.5) * 1000:.1f} / {percentile(samples, 0.99) * 1000:.1f} ms"


def main() -> None:
    with postgres_server() as url:
        if url is None:
            print("PostgreSQL is not installed here: bench_pg_wipe skipped")
            return
        engine = build_engine(Settings(DATABASE_URL=url), content=repository_content())
        sql = engine.store.engine  # type: ignore[attr-defined]
        rows = []
        filled = 0
        for size in SIZES:
            cancels: list[float] = []
            answers: list[float] = []
            for run in range(RUNS):
                chat = Chat(engine, key=f"bench:{size}:{run}")
                chat.say("intake")
                answer_until(chat, MEDICARE_ANSWERS, stop_at="quantity")
                if run == 0:
                    fill(sql, chat.engine.store.load(chat.key).data, size - filled)
                    filled = size
                start = time.perf_counter()
                chat.say("2")  # an ordinary answer
                answers.append(time.perf_counter() - start)
                chat.say("cancel")
                start = time.perf_counter()
                engine.handle(Turn(conversation_key=chat.key, user_id=chat.user, text="yes"))
                cancels.append(time.perf_counter() - start)
            rows += [
                (f"{size} intakes + {size} Slack jobs: answer turn p50 / p99", ms(answers), ""),
                (f"{size} intakes + {size} Slack jobs: cancel turn with rewrite p50 / p99",
                 ms(cancels), "< 2 s (the lock wait limit)"),
            ]  # fmt: skip
        table(f"PostgreSQL: cost of wiping cancelled text ({RUNS} cancels per size)", rows)


if __name__ == "__main__":
    main()
