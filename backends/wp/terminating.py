"""Go's terminating statements (the spec's rule, on tree-sitter-go): whether a function body
the translator wrote ends in one, so that a `panic("unreachable")` goes exactly where Go
needs it (Java's reachability proves more: an exhaustive switch) and nowhere else, where
`go vet` would call it unreachable code."""

from __future__ import annotations

import tree_sitter
import tree_sitter_go
from tree_sitter import Node

from . import refs

_GO = tree_sitter.Language(tree_sitter_go.language())
_LOOPS = (
    "for_statement",
    "expression_switch_statement",
    "type_switch_statement",
    "select_statement",
)


def ends_terminating(lines: list[str]) -> bool:
    """Whether a function body made of ``lines`` ends in a terminating statement."""
    src = "package p\nfunc _() {\n" + refs.PATTERN.sub("ref", "\n".join(lines)) + "\n}\n"
    tree = tree_sitter.Parser(_GO).parse(src.encode())
    fn = next((c for c in tree.root_node.named_children if c.type == "function_declaration"), None)
    body = fn.child_by_field_name("body") if fn is not None else None
    if body is None or tree.root_node.has_error:
        return False
    return _list_terminates(body)


def _statements(block: Node) -> list[Node]:
    inner = next((c for c in block.named_children if c.type == "statement_list"), block)
    return [c for c in inner.named_children if c.type != "comment"]


def _list_terminates(block: Node) -> bool:
    stmts = _statements(block)
    return bool(stmts) and _terminates(stmts[-1])


def _terminates(s: Node, label: str | None = None) -> bool:
    t = s.type
    if t in ("return_statement", "goto_statement"):
        return True
    if t == "expression_statement":
        call = s.named_children[0] if s.named_children else None
        fn = call.child_by_field_name("function") if call is not None else None
        return (
            call is not None
            and call.type == "call_expression"
            and (fn is not None and fn.text == b"panic")
        )
    if t == "block":
        return _list_terminates(s)
    if t == "if_statement":
        cons = s.child_by_field_name("consequence")
        alt = s.child_by_field_name("alternative")
        return cons is not None and alt is not None and _list_terminates(cons) and _terminates(alt)
    if t == "labeled_statement":
        name = s.child_by_field_name("label")
        inner = [c for c in s.named_children if c.type != "label_name"]
        return bool(inner) and _terminates(
            inner[-1], name.text.decode() if name is not None and name.text else None
        )
    if t == "for_statement":
        clause = [c for c in s.named_children if c.type != "block"]
        has_cond = any(
            c.type != "for_clause" or c.child_by_field_name("condition") is not None for c in clause
        )
        body = s.child_by_field_name("body")
        return not has_cond and body is not None and not _breaks(body, label)
    if t in ("expression_switch_statement", "type_switch_statement", "select_statement"):
        cases = [
            c
            for c in s.named_children
            if c.type in ("expression_case", "type_case", "default_case", "communication_case")
        ]
        if t != "select_statement" and not any(c.type == "default_case" for c in cases):
            return False
        for c in cases:
            if _breaks(c, label):
                return False
            stmts = _statements(c)
            last = stmts[-1] if stmts else None
            if last is None or not (last.type == "fallthrough_statement" or _terminates(last)):
                return False
        return True
    return False


def _breaks(node: Node, label: str | None) -> bool:
    """A `break` in ``node`` that leaves the statement ``node`` belongs to."""
    for c in node.named_children:
        if c.type == "break_statement":
            target = c.named_children[0].text if c.named_children else None
            if target is None or (label is not None and target == label.encode()):
                return True
        elif c.type in _LOOPS:
            # An unlabelled break in there leaves the inner statement.
            if label is not None and _breaks_labelled(c, label):
                return True
        elif c.type != "func_literal" and _breaks(c, label):
            return True
    return False


def _breaks_labelled(node: Node, label: str) -> bool:
    for c in node.named_children:
        if c.type == "break_statement" and c.named_children:
            if c.named_children[0].text == label.encode():
                return True
        elif c.type != "func_literal" and _breaks_labelled(c, label):
            return True
    return False
