"""Pickling that keeps each regular expression's compiled program, not only its source.

A pickled `re.Pattern` is its source and flags: unpickling compiles it again, and the kept content
(flows/content_cache.py) holds the PHI guard's rules and the content's patterns, some of them
alternations of thousands of words: compiling them was about half of every process's start.
`dumps` stores each pattern with the program `re` compiled it to; `loads` hands that program to
the regular-expression engine as `re.compile` itself does, so nothing is parsed or compiled again.
The program is the same Python's (the kept copy is keyed by `sys.version`); any pattern the engine
does not take back is compiled from its source instead.
"""

from __future__ import annotations

import importlib
import io
import pickle
import re
from typing import Any

_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")
_sre: Any = importlib.import_module("_sre")

Program = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]


# Each program this process worked out or loaded, by source and flags: a process that loaded a
# kept copy and keeps another (a `content check` of an edited folder, a test's copy of content/)
# parses and compiles only the patterns the copies do not share (about 0.7 s of CPU for all 440).
_programs: dict[tuple[str, int], Program] = {}


def program(pattern: re.Pattern[str]) -> Program:
    """What `re.compile(pattern.pattern, pattern.flags)` hands the engine (re/_compiler.py)."""
    key = (pattern.pattern, pattern.flags)
    if key not in _programs:
        _programs[key] = _worked_out(*key)
    return _programs[key]


def _worked_out(source: str, flags: int) -> Program:
    parsed = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # (its opcodes are int subclasses)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        indexgroup[index] = name
    groups, groupindex = parsed.state.groups - 1, dict(parsed.state.groupdict)
    return source, flags | parsed.state.flags, code, groups, groupindex, tuple(indexgroup)


def rebuilt(
    source: str,
    flags: int,
    code: list[int],
    groups: int,
    groupindex: dict[str, int],
    indexgroup: tuple[str | None, ...],
) -> re.Pattern[str]:
    """The pattern from its kept program; compiled from its source if the engine refuses it."""
    try:
        pattern = _sre.compile(source, flags, code, groups, groupindex, indexgroup)
    except Exception:
        return re.compile(source, flags)
    if not isinstance(pattern, re.Pattern):
        return re.compile(source, flags)
    _programs.setdefault((source, flags), (source, flags, code, groups, groupindex, indexgroup))
    return pattern


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: object) -> Any:
        if isinstance(obj, re.Pattern) and isinstance(obj.pattern, str):
            return rebuilt, program(obj)
        return NotImplemented


def dumps(obj: object) -> bytes:
    """`pickle.dumps`, keeping each str pattern's compiled program."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
    return buffer.getvalue()
