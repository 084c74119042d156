"""Every answer of every registered set, as a signature to compare: a change meant only to make
answers faster must leave them all equal.

Each question of `knowledge_*.yaml`, `item_questions_*.yaml`, `coverage_questions_*.yaml` and
`questions_*.yaml` is asked once (its context with it) and its whole `AskResult` (the `ask --json`
shape) hashed; each item of `codes_*.yaml` gets its search's top 5 with scores, its likely code
and its NOC route. `python benches/answer_signatures.py save FILE` writes them;
`python benches/answer_signatures.py compare FILE` lists every answer that differs (exit 1);
`--shard=K/N` reads only every N-th set from the K-th (N processes share the work).
With `--cpu`, each knowledge question's CPU time is printed as p50 / p99 per group of sets."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import cpu_timed, percentile  # noqa: E402
from benches._knowledge import BLIND_SETS  # noqa: E402
from flows.all_content import read_content  # noqa: E402
from flows.questions import looks_like_question  # noqa: E402

HERE = Path(__file__).resolve().parent
ASKED = (
    "knowledge_*.yaml",
    "item_questions_*.yaml",
    "coverage_questions_*.yaml",
    "questions_*.yaml",
)


def _questions(data: Any) -> Iterator[tuple[str, Any]]:
    """Every question a set holds, with its context: `{q, context?}` cases, `{text}` cases and
    bare strings in any list."""
    if isinstance(data, dict):
        if isinstance(data.get("q"), str):
            yield data["q"], data.get("context")
        elif isinstance(data.get("text"), str | int | float) and "label" in data:
            yield str(data["text"]), None
        else:
            for value in data.values():
                yield from _questions(value)
    elif isinstance(data, list):
        for value in data:
            if isinstance(value, str):
                yield value, None
            else:
                yield from _questions(value)


def _group(name: str) -> str:
    """Which latency figure a set's questions count in: the knowledge blind sets apart."""
    if name in BLIND_SETS.values():
        return "knowledge blind sets"
    return name.split("_")[0] + (" other sets" if name.startswith("knowledge") else "")


def _digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def signatures(
    cpu: dict[str, list[float]] | None = None, shard: tuple[int, int] = (0, 1)
) -> dict[str, str]:
    """Every set's signatures; with `shard` (k, n), only every n-th set from the k-th."""
    content = read_content()
    kb, book = content.knowledge, content.codes
    found: dict[str, str] = {}
    paths = [path for pattern in (*ASKED, "codes_*.yaml") for path in sorted(HERE.glob(pattern))]
    mine = set(paths[shard[0] :: shard[1]])
    for pattern in ASKED:
        for path in [p for p in sorted(HERE.glob(pattern)) if p in mine]:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            for i, (question, context) in enumerate(_questions(data)):
                times = cpu.setdefault(_group(path.name), []) if cpu is not None else []
                result = cpu_timed(times, kb.ask, question, context=context)
                signed: Any = result.model_dump(mode="json")
                if pattern == "questions_*.yaml":
                    signed = [signed, looks_like_question(question)]
                found[f"{path.name}#{i} {question[:60]!r}"] = _digest(signed)
    for path in [p for p in sorted(HERE.glob("codes_*.yaml")) if p in mine]:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        items = [(c["item"], None) for c in data.get("specific", [])]
        items += [(p[side], None) for p in data.get("pairs", []) for side in ("short", "long")]
        items += [(c["item"], c.get("category")) for c in data.get("noc", [])]
        for i, (item, category) in enumerate(items):
            top = [(c.code, round(c.score, 12)) for c in book.search(item, limit=5)]
            likely = book.likely_specific(item)
            noc = book.noc_for(item, category)
            signed = [top, likely and likely.model_dump(mode="json"), noc.model_dump(mode="json")]
            found[f"{path.name}#{i} {item[:60]!r}"] = _digest(signed)
    return found


def main(argv: list[str]) -> int:
    mode, file = argv[1], Path(argv[2])
    cpu: dict[str, list[float]] | None = {} if "--cpu" in argv else None
    shard = next((a.removeprefix("--shard=") for a in argv if a.startswith("--shard=")), "0/1")
    k, n = map(int, shard.split("/"))
    found = signatures(cpu, (k, n))
    if cpu is not None and n > 1:  # the shards' times, to pool
        Path(f"{file}.cpu-{k}-of-{n}.json").write_text(json.dumps(cpu), encoding="utf-8")
    for group, times in (cpu or {}).items():
        p50, p99 = percentile(times, 0.5) * 1000, percentile(times, 0.99) * 1000
        print(f"{group}: {len(times)} questions, p50 {p50:.2f} / p99 {p99:.2f} ms CPU")
    if mode == "save":
        file.write_text(json.dumps(found, indent=0, sort_keys=True), encoding="utf-8")
        print(f"{len(found)} signatures saved to {file}")
        return 0
    saved = json.loads(file.read_text(encoding="utf-8"))
    differ = [key for key in saved if found.get(key) != saved[key] and (n == 1 or key in found)]
    differ += [key for key in found if key not in saved]
    for key in differ:
        print(f"DIFFERS {key}")
    print(f"{len(found)} signatures, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
