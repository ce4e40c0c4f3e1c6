"""Java literals as Go literals, and folding of constant integer expressions with Java's
wrap-around (Go rejects constant overflow that Java silently wraps)."""

from __future__ import annotations

from tree_sitter import Node

from .model import text

_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", "s": " ", '"': '"', "'": "'"}
_ESCAPES["\\"] = "\\"
INT_LITERALS = (
    "decimal_integer_literal",
    "hex_integer_literal",
    "octal_integer_literal",
    "binary_integer_literal",
)


def java_unescape(body: str) -> str:
    """Decodes the escapes of a Java string or char literal body."""
    out: list[str] = []
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\" or i + 1 >= len(body):
            out.append(c)
            i += 1
            continue
        n = body[i + 1]
        if n == "u":
            j = i + 1
            while j < len(body) and body[j] == "u":
                j += 1
            out.append(chr(int(body[j : j + 4], 16)))
            i = j + 4
        elif n in "01234567":
            j = i + 1
            while j < len(body) and j < i + 4 and body[j] in "01234567":
                j += 1
            out.append(chr(int(body[i + 1 : j], 8)))
            i = j
        else:
            out.append(_ESCAPES.get(n, n))
            i += 2
    return "".join(out)


def go_string(value: str) -> str:
    """A Go interpreted string literal for ``value``."""
    out = ['"']
    for ch in value:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7F:
            out.append(f"\\x{o:02x}")
        elif 0xD800 <= o <= 0xDFFF:
            # A lone surrogate has no UTF-8 form; Go would reject it.
            out.append("\\uFFFD")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def go_rune(value: str) -> str:
    if not value:
        return "0"
    ch = value[0]
    o = ord(ch)
    if ch == "'":
        return "'\\''"
    if ch == "\\":
        return "'\\\\'"
    if o < 0x20 or o == 0x7F or 0xD800 <= o <= 0xDFFF:
        return f"0x{o:04X}"
    return f"'{ch}'"


def int_literal(raw: str) -> tuple[int, bool]:
    """Value and long-ness of a Java integer literal, the value wrapped as Java reads it."""
    s = raw.replace("_", "")
    is_long = s[-1:] in "lL"
    s = s.rstrip("lL")
    low = s.lower()
    if low.startswith("0x"):
        v = int(low[2:], 16)
    elif low.startswith("0b"):
        v = int(low[2:], 2)
    elif len(low) > 1 and low.startswith("0"):
        v = int(low[1:], 8)
    else:
        v = int(low)
    return wrap(v, 64 if is_long else 32), is_long


def wrap(v: int, bits: int) -> int:
    mask = (1 << bits) - 1
    v &= mask
    return v - (1 << bits) if v >> (bits - 1) else v


def float_literal(raw: str) -> tuple[str, bool]:
    """Go spelling and float-ness (`f` suffix) of a Java floating literal."""
    s = raw.replace("_", "")
    is_float = s[-1:] in "fF"
    s = s.rstrip("fFdD")
    if not any(c in s.lower() for c in ".ep") or (s.lower().startswith("0x") and "p" not in s):
        s += ".0"
    if s.startswith("."):
        s = "0" + s
    return s, is_float


def fold_float(node: Node) -> tuple[int, int, bool] | None:
    """A float literal (or its negation) truncated as a Java cast to long would."""
    t = node.type
    if t == "parenthesized_expression" and node.named_children:
        return fold_float(node.named_children[0])
    if t == "unary_expression" and text(node.child_by_field_name("operator")) == "-":
        inner = fold_float(node.child_by_field_name("operand"))  # type: ignore[arg-type]
        return (-inner[0], -inner[1], True) if inner is not None else None
    if t != "decimal_floating_point_literal":
        return None
    v = float(float_literal(text(node))[0])
    if v != v:
        return 0, 0, True
    n = int(max(min(v, 2**63 - 1), -(2**63)))
    return n, n, True


def fold_double(node: Node) -> float | None:
    """A constant double expression evaluated with IEEE doubles, as Java does at run time
    (Go would compute it exactly)."""
    t = node.type
    if t == "parenthesized_expression" and node.named_children:
        return fold_double(node.named_children[0])
    if t == "decimal_floating_point_literal":
        s, is_float = float_literal(text(node))
        return None if is_float else float(s)
    if t in INT_LITERALS:
        return float(int_literal(text(node))[0])
    if t == "unary_expression" and text(node.child_by_field_name("operator")) == "-":
        inner = fold_double(node.child_by_field_name("operand"))  # type: ignore[arg-type]
        return -inner if inner is not None else None
    if t != "binary_expression":
        return None
    ints = fold(node)
    if ints is not None:
        return float(ints[0])
    a = fold_double(node.child_by_field_name("left"))  # type: ignore[arg-type]
    b = fold_double(node.child_by_field_name("right"))  # type: ignore[arg-type]
    op = text(node.child_by_field_name("operator"))
    if a is None or b is None or op not in "+-*/" or (op == "/" and b == 0):
        return None
    return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else 0.0}[op]


def _tdiv(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


_LIMITS = {
    "Integer.MAX_VALUE": (2**31 - 1, False),
    "Integer.MIN_VALUE": (-(2**31), False),
    "Long.MAX_VALUE": (2**63 - 1, True),
    "Long.MIN_VALUE": (-(2**63), True),
}


def fold(node: Node) -> tuple[int, int, bool] | None:
    """(Java value, exact value, is long) of a constant integer expression, else None."""
    t = node.type
    if t in INT_LITERALS:
        v, is_long = int_literal(text(node))
        return v, v, is_long
    if t == "character_literal":
        body = java_unescape(text(node)[1:-1])
        return (ord(body[0]), ord(body[0]), False) if body else None
    if t == "parenthesized_expression" and node.named_children:
        return fold(node.named_children[0])
    if t == "field_access" and text(node) in _LIMITS:
        v, is_long = _LIMITS[text(node)]
        return v, v, is_long
    if t == "unary_expression":
        op = text(node.child_by_field_name("operator"))
        inner = fold(node.child_by_field_name("operand"))  # type: ignore[arg-type]
        if inner is None or op not in ("-", "~", "+"):
            return None
        v, exact, is_long = inner
        bits = 64 if is_long else 32
        if op == "-":
            return wrap(-v, bits), -exact, is_long
        if op == "~":
            return wrap(~v, bits), ~exact, is_long
        return inner
    if t != "binary_expression":
        return None
    left = fold(node.child_by_field_name("left"))  # type: ignore[arg-type]
    right = fold(node.child_by_field_name("right"))  # type: ignore[arg-type]
    if left is None or right is None:
        return None
    op = text(node.child_by_field_name("operator"))
    (a, ea, la), (b, eb, lb) = left, right
    is_long = la or lb
    bits = 64 if is_long else 32
    if op in ("<<", ">>", ">>>"):
        is_long, bits = la, 64 if la else 32
        n = b & (bits - 1)
        if op == "<<":
            return wrap(a << n, bits), ea << n, is_long
        if op == ">>":
            return a >> n, ea >> n, is_long
        return wrap((a & ((1 << bits) - 1)) >> n, bits), (a & ((1 << bits) - 1)) >> n, is_long
    ops = {
        "+": lambda x, y: x + y,
        "-": lambda x, y: x - y,
        "*": lambda x, y: x * y,
        "&": lambda x, y: x & y,
        "|": lambda x, y: x | y,
        "^": lambda x, y: x ^ y,
    }
    if op in ops:
        return wrap(ops[op](a, b), bits), ops[op](ea, eb), is_long
    if op in ("/", "%") and b != 0:
        q = _tdiv(a, b)
        r = a - q * b
        return (wrap(q, bits), q, is_long) if op == "/" else (r, r, is_long)
    return None
