"""A translated expression: its Go text, Java type, Go type and precedence."""

from __future__ import annotations

from dataclasses import dataclass

from l2j_lsp.project.jtypes import JType

from .consteval import Const

# Go binary operator precedence (higher binds tighter); 6 is unary, 7 a primary expression.
PREC = {"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3}
PREC.update({"+": 4, "-": 4, "|": 4, "^": 4, "*": 5, "/": 5, "%": 5, "<<": 5, ">>": 5, "&": 5})
PREC["&^"] = 5
UNARY = 6
PRIMARY = 7


@dataclass
class GoExpr:
    text: str
    jtype: JType
    gtype: str
    prec: int = PRIMARY
    const: Const | None = None
    # Never nil (`this`, `new`): no nil check when it becomes an interface value.
    nonnull: bool = False
    # The statement form of an assignment or increment used as a statement.
    stmt: str | None = None
    # An untyped Go constant (a literal), which Go converts implicitly.
    untyped: bool = False
    # A String made by `new String(...)` (or a local declared with one): its own object,
    # which Java's == tells apart from an equal string and Go's == does not.
    fresh: bool = False

    def paren(self, at_least: int) -> str:
        return self.text if self.prec >= at_least else f"({self.text})"


def unparen(go: str) -> str:
    """``go`` without one pair of enclosing parentheses, when they enclose all of it."""
    if not (go.startswith("(") and go.endswith(")")):
        return go
    depth = 0
    in_str = False
    for k, ch in enumerate(go):
        if ch == '"' and (k == 0 or go[k - 1] != "\\"):
            in_str = not in_str
        if in_str:
            continue
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0 and k < len(go) - 1:
            return go
    return go[1:-1]
