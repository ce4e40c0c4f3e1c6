"""Which methods write state their caller can read: the names of the source methods that
assign to anything but their own locals (a field, a static, an array element).

Go reads a variable operand after the calls of its expression (`a*100 + next()` reads `a`
once `next()` has run), Java before; the translator pins such a read only where a call to
one of these methods follows it, so getters and the JDK's methods leave the Go as it was.
Direct writes only: a method that writes through another call is not counted.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from tree_sitter import Node

from l2j_lsp.project.symbols import ClassSym, text

# Nodes that declare a name local to the method (its parameters and locals).
_DECLARING = {
    "formal_parameter": "name",
    "spread_parameter": None,
    "variable_declarator": "name",
    "catch_formal_parameter": "name",
    "enhanced_for_statement": "name",
    "resource": "name",
    "inferred_parameters": None,
}


def _walk(node: Node) -> Iterator[Node]:
    stack = [node]
    while stack:
        cur = stack.pop()
        yield cur
        stack.extend(reversed(cur.named_children))


def _locals(method: Node) -> set[str]:
    names: set[str] = set()
    for node in _walk(method):
        if node.type in _DECLARING:
            field = _DECLARING[node.type]
            found = node.child_by_field_name(field) if field else None
            if found is not None:
                names.add(text(found))
            else:
                names.update(text(c) for c in node.named_children if c.type == "identifier")
        elif node.type == "lambda_expression":
            params = node.child_by_field_name("parameters")
            if params is not None and params.type == "identifier":
                names.add(text(params))
    return names


def _writes_outside(method: Node) -> bool:
    locals_ = _locals(method)
    for node in _walk(method):
        if node.type == "assignment_expression":
            target = node.child_by_field_name("left")
        elif node.type == "update_expression":
            target = node.named_children[0] if node.named_children else None
        else:
            continue
        if target is None:
            continue
        if target.type != "identifier" or text(target) not in locals_:
            return True
    return False


def field_writers(classes: Iterable[ClassSym]) -> frozenset[str]:
    """The names of the source methods (constructors aside) that write outside their
    locals."""
    names = set()
    for cls in classes:
        if cls.origin != "source":
            continue
        for name, overloads in cls.methods.items():
            if any(m.node is not None and _writes_outside(m.node) for m in overloads):
                names.add(name)
    return frozenset(names)
