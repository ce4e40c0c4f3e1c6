"""Overloads that differ only in whether the functional method returns a value
(`schedule(Runnable, ...)` / `schedule(Callable<V>, ...)`, `submit`): javac tells a lambda's
fit from its body's shape (JLS 15.27.2), and so does the translator, before any typing."""

from __future__ import annotations

import pytest
from tree_sitter import Node

from l2j_lsp.backends.wp.calls import lambda_results
from l2j_lsp.project.index import parse


def _lambda(expr: str) -> Node:
    root = parse(f"class C {{ Object f = {expr}; }}".encode())
    todo = [root]
    while todo:
        node = todo.pop()
        if node.type == "lambda_expression":
            return node
        todo.extend(node.children)
    raise AssertionError(f"no lambda in {expr}")


@pytest.mark.parametrize(
    ("lam", "void_ok", "value_ok"),
    [
        ('() -> "delayed result"', False, True),  # only a Callable
        ("() -> x + 1", False, True),
        ("() -> (x++)", False, True),  # parenthesised: not a statement expression
        ("() -> counter.incrementAndGet()", True, True),  # a call fits both
        ("() -> x++", True, True),
        ("() -> new Thread()", True, True),
        ("() -> { run(); }", True, False),  # only a Runnable
        ("() -> { }", True, False),
        ("() -> { int y = 1; }", True, False),
        ("() -> { if (x > 0) { return; } run(); }", True, False),
        ("() -> { return 1; }", False, True),
        ("() -> { if (x > 0) { return 1; } return 2; }", False, True),
        ("() -> { throw new IllegalStateException(); }", True, True),
        ("() -> { while (true) { run(); } }", True, True),
        # returns of a nested lambda or class are not this lambda's
        ("() -> { Supplier<Integer> s = () -> { return 1; }; run(); }", True, False),
        ("() -> { new Object() { int f() { return 1; } }; }", True, False),
    ],
)
def test_a_lambda_body_tells_void_and_value_compatibility(
    lam: str, void_ok: bool, value_ok: bool
) -> None:
    assert lambda_results(_lambda(lam)) == (void_ok, value_ok)
