"""Pull the Go code out of a model's answer and check that it parses."""

from __future__ import annotations

import re

from l2j_lsp.backends.base import InvalidOutput, ScopeKind
from l2j_lsp.migration.validate import go_syntax_error

# An opening fence: ``` plus an optional info string; group 1 is the language label.
_OPEN_FENCE = re.compile(r"^[ \t]*```[ \t]*([A-Za-z0-9_+-]*)[^\n`]*$", re.M)
_CLOSE_FENCE = re.compile(r"^[ \t]*```[ \t]*$", re.M)
# A line that starts Go source at top level; used to accept unlabelled or unfenced code.
_GO_START = re.compile(r"^(?:package|import|func|type|var|const)\b", re.M)
_PACKAGE_CLAUSE = re.compile(r"^package[ \t]+\w+[ \t]*;?[ \t]*(?:\n|\Z)", re.M)


def _fenced_blocks(answer: str) -> list[tuple[str, str]]:
    """(label, body) of each fenced block; an unclosed last block runs to the end."""
    blocks = []
    pos = 0
    while (opening := _OPEN_FENCE.search(answer, pos)) is not None:
        body_start = opening.end() + 1
        closing = _CLOSE_FENCE.search(answer, body_start)
        body_end = closing.start() if closing else len(answer)
        blocks.append((opening.group(1).lower(), answer[body_start:body_end]))
        if closing is None:
            break
        pos = closing.end()
    return blocks


def _pick_code(answer: str) -> str | None:
    blocks = _fenced_blocks(answer)
    for label, body in blocks:
        if label in ("go", "golang"):
            return body
    for label, body in blocks:
        if not label and _GO_START.search(body):
            return body
    if blocks:
        return None
    # No fences at all: the answer may be bare Go, possibly after a line of prose.
    start = _GO_START.search(answer)
    return answer[start.start() :] if start else None


def extract_go(answer: str, scope: ScopeKind, go_package: str = "") -> str:
    """The Go in ``answer``, ready to insert: declarations only for a method or class, a
    whole file (package clause included) for scope ``file``.

    Raises InvalidOutput when there is no Go or it does not parse.
    """
    code = _pick_code(answer)
    if code is None or not code.strip():
        if not answer.strip():
            raise InvalidOutput("the model's answer was empty")
        first = " ".join(answer.split())[:80]
        raise InvalidOutput(f"the model answered with prose, no Go code block: {first}")
    code = code.strip("\n").rstrip() + "\n"
    if scope == "file":
        if not _PACKAGE_CLAUSE.search(code) and go_package:
            code = f"package {go_package}\n\n{code}"
    else:
        code = _PACKAGE_CLAUSE.sub("", code, count=1).lstrip("\n")
    error = go_syntax_error(code)
    if error is not None:
        raise InvalidOutput(f"the model's Go does not parse: {error}")
    return code
