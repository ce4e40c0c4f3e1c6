"""Which methods write state their caller can read: the names of the source methods that
assign to anything but their own locals (a field, a static, an array element).

Go reads a variable operand after the calls of its expression (`a*100 + next()` reads `a`
once `next()` has run), Java before; the translator pins such a read only where a call to
one of these methods follows it, so getters and the JDK's methods leave the Go as it was.
Direct writes only: a method that writes through another call is not counted.
"""

from __future__ import annotations

from collections.abc import Iterable

from tree_sitter import Node, Query, QueryCursor

from l2j_lsp.project.index import JAVA
from l2j_lsp.project.symbols import ClassSym, text

# What a method writes (@write) and the names it declares as its own (@local): parameters,
# locals, loop and catch variables, resources, lambda parameters.
_EFFECTS = Query(
    JAVA,
    """
    (assignment_expression left: (_) @write)
    (update_expression (_) @write)
    (formal_parameter name: (identifier) @local)
    (spread_parameter (variable_declarator name: (identifier) @local))
    (variable_declarator name: (identifier) @local)
    (catch_formal_parameter name: (identifier) @local)
    (enhanced_for_statement name: (identifier) @local)
    (resource name: (identifier) @local)
    (inferred_parameters (identifier) @local)
    (lambda_expression parameters: (identifier) @local)
    """,
)


def _writes_outside(method: Node) -> bool:
    found = QueryCursor(_EFFECTS).captures(method)
    writes = found.get("write", [])
    if not writes:
        return False
    locals_ = {text(n) for n in found.get("local", [])}
    return any(n.type != "identifier" or text(n) not in locals_ for n in writes)


def field_writers(classes: Iterable[ClassSym]) -> frozenset[str]:
    """The names of the source methods that write outside their locals."""
    names = set()
    for cls in classes:
        if cls.origin != "source":
            continue
        for name, overloads in cls.methods.items():
            if any(m.node is not None and _writes_outside(m.node) for m in overloads):
                names.add(name)
    return frozenset(names)
