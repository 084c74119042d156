"""Loads the reviewable content files (YAML) into pydantic models, naming file:line on errors."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

ModelT = TypeVar("ModelT", bound=BaseModel)
# libyaml's parser (bundled with PyYAML's wheels) reads content several times faster; the
# node tree with line numbers is only built when a file has an error to point at.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ContentError(Exception):
    """A content file is missing, unreadable or breaks its schema."""

    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        self.path, self.line, self.reason = Path(path), line, reason
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {reason}")


def default_content_dir() -> Path:
    """The repository's content/ folder, unless E1399_CONTENT_DIR points elsewhere."""
    override = os.environ.get("E1399_CONTENT_DIR")
    return Path(override) if override else Path(__file__).resolve().parent.parent / "content"


def _line_of(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """Walks a composed YAML node along a pydantic error location; returns a 1-based line."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == str(key)), None)
            key_node = next((k for k, v in node.value if k.value == str(key)), None)
            if match is None or key_node is None:
                return line
            line, node = key_node.start_mark.line + 1, match
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def load_yaml_model(path: Path, model: type[ModelT]) -> ModelT:
    """Parses one YAML file and validates it against `model`; errors name the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ContentError(path, None, f"cannot read: {error}") from error
    try:
        data = yaml.load(text, Loader=_FAST_LOADER)
    except yaml.YAMLError as error:  # one line: the problem, and what the parser was reading
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).strip().splitlines()[0]
        context = getattr(error, "context", None)
        said = f"{problem} ({context})" if context else problem
        column = f" at column {mark.column + 1}" if mark else ""
        raise ContentError(
            path, mark.line + 1 if mark else None, f"not valid YAML{column}: {said}"
        ) from error
    if not isinstance(data, dict):
        raise ContentError(path, 1, "expected a mapping with 'version: 1' at the top")
    if data.get("version") != 1:
        raise ContentError(
            path,
            _line_of(yaml.compose(text, Loader=_FAST_LOADER), ("version",)),
            "the file must start with 'version: 1'",
        )
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        loc = tuple(first["loc"])
        field = ".".join(str(part) for part in loc) or "(file)"
        line = _line_of(yaml.compose(text, Loader=_FAST_LOADER), loc)
        raise ContentError(path, line, f"{field}: {first['msg']}") from error
