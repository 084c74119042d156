"""Portal breadcrumbs and folder paths, for the PHI guard (flows/phi.py): a billing system's
screen and a shared drive put the patient in one step of a path ("Brightree > Patient > BERARD,
ELOI > Insurance > Medicaid ...", "/Patients/Stelly_Dolores/CMN_2026.pdf"). From a step that
names the patients' part ("Patient", "Clients", "Residents": the name cues in
content/rules/phi.yaml) on, each step is its own field: the next step is that patient, read as if
labelled "Patient: ...", and the software's or the drive's name in the first step says nothing
about a number three steps on. A path with no such step is read as the rest of the message is;
a folder named after a person ("/scans/Stelly_Dolores/") is read like a file's name
(flows/phi_file_names.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from flows.phi_rules import Rules

# A breadcrumb's separators: ">" and the angle quotes portals draw, spaced; at least two of them,
# as one ">" is a comparison ("balance > $500") and prose uses slashes and arrows.
_CRUMB = re.compile(r"[ \t]+[>›»][ \t]+")
# A folder path: a token with two slashes or more ("/Patients/Stelly_Dolores/", "S:\\Intake\\...").
_PATH = re.compile(r"(?<!\S)[^\s'\"<>|]*[/\\][^\s'\"<>|]*[/\\][^\s'\"<>|]*")
_MAYBE_PATH = re.compile(r"[>›»]|[/\\][^/\\]*[/\\]")
_WEB_LINK = re.compile(r"^[a-z]+://|^www\.", re.IGNORECASE)


def _steps(text: str) -> list[list[str]]:
    """The paths in `text`, each as its steps."""
    paths = []
    for line in text.splitlines():
        steps = _CRUMB.split(line)
        if len(steps) >= 3:
            paths.append([step.strip() for step in steps])
    if "/" in text or "\\" in text:
        for path in _PATH.finditer(text):
            if not _WEB_LINK.search(path.group()):
                paths.append([step for step in re.split(r"[/\\]+", path.group()) if step])
    return paths


@lru_cache(maxsize=4)
def _patient_steps(name_cues: tuple[str, ...]) -> frozenset[str]:
    """A step naming the patients' part of a portal or a drive: a one-word name cue or its
    plural ("Patient", "Patients", "Clients")."""
    words = {cue.lower().rstrip(".") for cue in name_cues if " " not in cue and "'" not in cue}
    return frozenset(words | {word + "s" for word in words})


def path_fields(rules: Rules, text: str) -> list[str]:
    """The steps of every breadcrumb or folder path in `text` from a patient's step on, each to
    be read on its own, the patient's labelled ("Patient: BERARD, ELOI"). Empty when `text` has
    no path with a patient's step (most messages)."""
    if _MAYBE_PATH.search(text) is None:
        return []
    cues = _patient_steps(tuple(rules.file.name_cues))
    fields: list[str] = []
    for steps in _steps(text):
        at = next((i for i, step in enumerate(steps[:-1]) if step.lower() in cues), None)
        if at is not None:
            name, *rest = steps[at + 1 :]
            fields += [f"Patient: {name.replace('_', ' ')}", *rest]
    return fields
