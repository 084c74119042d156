"""The PHI path tests' shared guard findings (the `shared_phi_findings` fixture, made available
to every test by tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from flows.phi import PhiFindings

_FINDINGS: dict[str, PhiFindings] = {}  # by text, under the rules in _FINDINGS_RULES
_FINDINGS_RULES: list[object] = []


@pytest.fixture(scope="module")
def shared_phi_findings(request: pytest.FixtureRequest) -> Iterator[None]:
    """For the PHI path tests, which plant the same corpus identifiers on every path and so have
    each path scan them again: the guard's finding for a text, under the rules in use, is worked
    out once per test process and shared by every path (each path still asks the guard and acts
    on its answer). Under the repository's own content the findings are also kept between runs
    like the whole-corpus checks' (tests/flows/guard_memory.py: the same guard, content and
    libraries give the same kinds). The bot itself never keeps a text it refused; the guard's
    own tests (tests/flows/test_phi*.py) do not use this."""
    import sys

    import flows.phi
    from flows import phi_rules
    from flows.content import default_content_dir
    from tests.flows.guard_memory import digest_of, keep_kinds, kept_kinds

    guard = flows.phi.scan
    name = f"paths-{request.module.__name__}"
    kept = kept_kinds(request.config, name)
    asked: dict[str, tuple[str, ...]] = {}  # under the repository's content, to keep
    checked: list[Any] = []  # the rules in use last, and whether the repository's files made them

    def shared(text: str) -> PhiFindings:
        rules = phi_rules.rules()
        if not _FINDINGS_RULES or _FINDINGS_RULES[0] is not rules:  # not ==: compares every word
            _FINDINGS.clear()
            _FINDINGS_RULES[:] = [rules]
        if not checked or checked[0] is not rules:
            read_from = phi_rules._compiled_from.get("files")
            checked[:] = [rules, read_from == phi_rules._files(default_content_dir())]
        if text not in _FINDINGS:
            kinds = kept.get(digest_of(text)) if checked[1] else None
            _FINDINGS[text] = guard(text) if kinds is None else flows.phi.PhiFindings(tuple(kinds))
        if checked[1]:
            asked[text] = _FINDINGS[text].kinds
        return _FINDINGS[text]

    def holding(function: object) -> list[Any]:
        return [m for m in list(sys.modules.values()) if getattr(m, "scan", None) is function]

    for module in holding(guard):  # flows.phi (scan_all) and every module that imported scan
        module.scan = shared
    yield
    for module in holding(shared):  # those too that imported it while it was shared
        module.scan = guard
    keep_kinds(request.config, name, asked)
