"""Java compile-time constants (JLS 15.29): literals, constant variables and the operators
over them, evaluated with Java's wrap-around and IEEE arithmetic. Java inlines them and Go
would reject the ones that overflow, so the translator spells such values out."""

from __future__ import annotations

import math
import struct
from collections.abc import Callable
from dataclasses import dataclass

from tree_sitter import Node

from l2j_lsp.project import jtypes as jt
from l2j_lsp.project.jtypes import JType
from l2j_lsp.project.symbols import text

_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", "s": " ", '"': '"', "'": "'"}
_ESCAPES["\\"] = "\\"
INT_LITERALS = (
    "decimal_integer_literal",
    "hex_integer_literal",
    "octal_integer_literal",
    "binary_integer_literal",
)
FLOAT_LITERALS = ("decimal_floating_point_literal", "hex_floating_point_literal")


@dataclass(frozen=True)
class Const:
    """A constant's Java value and type (int, long, char as ints; float as the float32
    value; String as a Python str of UTF-16 code units mapped to code points)."""

    value: int | float | bool | str
    type: JType


def java_unescape(body: str) -> str:
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
            try:
                out.append(chr(int(body[j : j + 4], 16)))
            except ValueError:
                out.append("?")
            i = j + 4
        elif n == "\n":
            # A text block's `\<line-terminator>`: the line continues, no newline.
            i += 2
        elif n in "01234567":
            j = i + 1
            while j < len(body) and j < i + 4 and body[j] in "01234567":
                j += 1
            out.append(chr(int(body[i + 1 : j], 8) & 0xFF))
            i = j
        else:
            out.append(_ESCAPES.get(n, n))
            i += 2
    return "".join(_join_surrogates(out))


def _join_surrogates(chars: list[str]) -> list[str]:
    """`\\uD83D\\uDE00` escapes a pair: one code point in Go's UTF-8."""
    out: list[str] = []
    k = 0
    while k < len(chars):
        c = chars[k]
        if (
            len(c) == 1
            and 0xD800 <= ord(c) <= 0xDBFF
            and k + 1 < len(chars)
            and 0xDC00 <= ord(chars[k + 1]) <= 0xDFFF
        ):
            hi, lo = ord(c), ord(chars[k + 1])
            out.append(chr(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)))
            k += 2
            continue
        out.append(c)
        k += 1
    return out


def string_literal_value(node: Node) -> str:
    raw = text(node)
    if node.type == "text_block" or raw.startswith('"""'):
        return java_unescape(_text_block(raw))
    return java_unescape(raw[1:-1])


def _text_block(raw: str) -> str:
    """A Java text block's content: incidental indentation removed (JLS 3.10.6)."""
    body = raw[3:-3]
    lines = body.split("\n")[1:]
    closing_on_own_line = bool(lines) and not lines[-1].strip()
    significant = [ln for ln in lines if ln.strip()] + ([lines[-1]] if closing_on_own_line else [])
    indent = min((len(ln) - len(ln.lstrip(" \t")) for ln in significant), default=0)
    out = [ln[indent:].rstrip(" \t") for ln in lines]
    return "\n".join(out)


def wrap(v: int, bits: int) -> int:
    mask = (1 << bits) - 1
    v &= mask
    return v - (1 << bits) if v >> (bits - 1) else v


def f32(v: float) -> float:
    """Rounds to the nearest float32, as Java's float arithmetic does."""
    try:
        return float(struct.unpack("f", struct.pack("f", v))[0])
    except OverflowError:
        return math.copysign(math.inf, v)


def int_literal(raw: str) -> Const | None:
    s = raw.replace("_", "")
    is_long = s[-1:] in "lL"
    s = s.rstrip("lL").lower()
    try:
        if s.startswith("0x"):
            v = int(s[2:], 16)
        elif s.startswith("0b"):
            v = int(s[2:], 2)
        elif len(s) > 1 and s.startswith("0"):
            v = int(s[1:], 8)
        else:
            v = int(s)
    except ValueError:
        return None
    return Const(wrap(v, 64 if is_long else 32), jt.LONG if is_long else jt.INT)


def float_literal(raw: str) -> Const | None:
    s = raw.replace("_", "")
    is_float = s[-1:] in "fF"
    s = s.rstrip("fFdD")
    try:
        v = float.fromhex(s) if s.lower().startswith("0x") else float(s)
    except ValueError:
        return None
    return Const(f32(v), jt.FLOAT) if is_float else Const(v, jt.DOUBLE)


Resolver = Callable[[Node], Const | None]


def evaluate(node: Node | None, names: Resolver) -> Const | None:
    """The constant value of an expression, or None when it is not a constant expression.
    ``names`` resolves identifiers and field accesses naming constant variables."""
    if node is None:
        return None
    t = node.type
    if t in INT_LITERALS:
        return int_literal(text(node))
    if t in FLOAT_LITERALS:
        return float_literal(text(node))
    if t in ("true", "false"):
        return Const(t == "true", jt.BOOLEAN)
    if t == "character_literal":
        body = java_unescape(text(node)[1:-1])
        return Const(_utf16(body)[0], jt.CHAR) if body else None
    if t in ("string_literal", "text_block"):
        return Const(string_literal_value(node), _STRING)
    if t == "parenthesized_expression":
        kids = node.named_children
        return evaluate(kids[0], names) if kids else None
    if t in ("identifier", "field_access"):
        return names(node)
    if t == "cast_expression":
        target = node.child_by_field_name("type")
        inner = evaluate(node.child_by_field_name("value"), names)
        if inner is None or target is None:
            return None
        name = text(target)
        if name in jt.PRIM_BY_NAME:
            return cast(inner, jt.PRIM_BY_NAME[name])
        if name in ("String", "java.lang.String") and isinstance(inner.value, str):
            return inner
        return None
    if t == "unary_expression":
        op = text(node.child_by_field_name("operator"))
        inner = evaluate(node.child_by_field_name("operand"), names)
        return unary(op, inner) if inner is not None else None
    if t == "binary_expression":
        left = evaluate(node.child_by_field_name("left"), names)
        if left is None:
            return None
        right = evaluate(node.child_by_field_name("right"), names)
        if right is None:
            return None
        return binary(text(node.child_by_field_name("operator")), left, right)
    if t == "ternary_expression":
        cond = evaluate(node.child_by_field_name("condition"), names)
        a = evaluate(node.child_by_field_name("consequence"), names)
        b = evaluate(node.child_by_field_name("alternative"), names)
        if cond is None or a is None or b is None or not isinstance(cond.value, bool):
            return None
        if a.type != b.type:
            if jt.numeric(a.type) and jt.numeric(b.type):
                pt = jt.promote(a.type, b.type)
                a, b = cast(a, pt), cast(b, pt)
            else:
                return None
        return a if cond.value else b
    return None


_STRING = jt.Special("String")  # replaced by the real String type by callers that need it


def _utf16(s: str) -> list[int]:
    out: list[int] = []
    for ch in s:
        o = ord(ch)
        if o > 0xFFFF:
            o -= 0x10000
            out += [0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)]
        else:
            out.append(o)
    return out


def is_string(c: Const) -> bool:
    return isinstance(c.value, str)


def cast(c: Const, to: JType) -> Const | None:
    assert isinstance(to, jt.Prim)
    v = c.value
    if isinstance(v, str):
        return None
    if to.name == "boolean":
        return c if isinstance(v, bool) else None
    if isinstance(v, bool):
        return None
    if to.name in ("float", "double"):
        fv = float(v)
        return Const(f32(fv) if to.name == "float" else fv, to)
    bits = {"byte": 8, "short": 16, "char": 16, "int": 32, "long": 64}[to.name]
    if isinstance(v, float):
        iv = _f2i(v, 64 if to.name == "long" else 32)
        if to.name in ("byte", "short", "char"):
            iv = wrap(iv, 32)
    else:
        iv = v
    out = wrap(iv, bits)
    if to.name == "char":
        out &= 0xFFFF
    return Const(out, to)


def _f2i(v: float, bits: int) -> int:
    if v != v:
        return 0
    lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    if v >= hi:
        return hi
    if v <= lo:
        return lo
    return int(v)


def unary(op: str, c: Const) -> Const | None:
    v = c.value
    if op == "!":
        return Const(not v, jt.BOOLEAN) if isinstance(v, bool) else None
    if isinstance(v, (bool, str)):
        return None
    pt = jt.unary_promote(c.type)
    c = cast(c, pt) or c
    v = c.value
    if op == "+":
        return c
    if op == "-":
        if isinstance(v, float):
            return Const(-v, pt)
        return Const(wrap(-int(v), 64 if pt.name == "long" else 32), pt)
    if op == "~" and isinstance(v, int):
        return Const(wrap(~v, 64 if pt.name == "long" else 32), pt)
    return None


def binary(op: str, a: Const, b: Const) -> Const | None:
    if op == "+" and (is_string(a) or is_string(b)):
        return Const(const_str(a) + const_str(b), _STRING)
    if isinstance(a.value, bool) or isinstance(b.value, bool):
        if not (isinstance(a.value, bool) and isinstance(b.value, bool)):
            return None
        bp, bq = a.value, b.value
        table = {"&&": bp and bq, "||": bp or bq, "&": bp and bq, "|": bp or bq, "^": bp != bq}
        table.update({"==": bp == bq, "!=": bp != bq})
        return Const(table[op], jt.BOOLEAN) if op in table else None
    if is_string(a) or is_string(b):
        if op in ("==", "!="):
            return None  # identity of strings: leave it to run time
        return None
    if op in ("<<", ">>", ">>>"):
        pa = jt.unary_promote(a.type)
        ca, cb = cast(a, pa), cast(b, jt.unary_promote(b.type))
        if (
            ca is None
            or cb is None
            or not isinstance(ca.value, int)
            or not isinstance(cb.value, int)
        ):
            return None
        bits = 64 if pa.name == "long" else 32
        n = cb.value & (bits - 1)
        sv = ca.value
        if op == "<<":
            return Const(wrap(sv << n, bits), pa)
        if op == ">>":
            return Const(sv >> n, pa)
        return Const(wrap((sv & ((1 << bits) - 1)) >> n, bits), pa)
    pt = jt.promote(a.type, b.type)
    ca, cb = cast(a, pt), cast(b, pt)
    if ca is None or cb is None:
        return None
    x, y = ca.value, cb.value
    if isinstance(x, (str, bool)) or isinstance(y, (str, bool)):
        return None
    if op in ("<", "<=", ">", ">=", "==", "!="):
        res = {"<": x < y, "<=": x <= y, ">": x > y, ">=": x >= y, "==": x == y, "!=": x != y}
        return Const(res[op], jt.BOOLEAN)
    if pt.name in ("float", "double"):
        fx, fy = float(x), float(y)
        try:
            if op == "+":
                r = fx + fy
            elif op == "-":
                r = fx - fy
            elif op == "*":
                r = fx * fy
            elif op == "/":
                r = (
                    fx / fy
                    if fy
                    else (
                        math.nan
                        if fx == 0 or fx != fx
                        else math.copysign(math.inf, fx) * math.copysign(1, fy)
                    )
                )
            elif op == "%":
                r = math.fmod(fx, fy) if fy else math.nan
            else:
                return None
        except OverflowError:
            return None
        return Const(f32(r) if pt.name == "float" else r, pt)
    ix, iy = int(x), int(y)
    bits = 64 if pt.name == "long" else 32
    if op in ("/", "%"):
        if iy == 0:
            return None  # ArithmeticException at run time
        q = abs(ix) // abs(iy)
        q = q if (ix >= 0) == (iy >= 0) else -q
        return Const(wrap(q, bits) if op == "/" else ix - q * iy, pt)
    ops = {"+": ix + iy, "-": ix - iy, "*": ix * iy, "&": ix & iy, "|": ix | iy, "^": ix ^ iy}
    if op not in ops:
        return None
    return Const(wrap(ops[op], bits), pt)


def const_str(c: Const) -> str:
    """String.valueOf of a constant, as Java spells it."""
    v = c.value
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if c.type == jt.CHAR:
        return chr(int(v)) if not 0xD800 <= int(v) <= 0xDFFF else "\ufffd"
    if isinstance(v, float):
        return java_double_str(v, c.type == jt.FLOAT)
    return str(v)


def java_double_str(v: float, is_float: bool = False) -> str:
    """Double.toString / Float.toString as JDK 17 spells them: FloatingDecimal's digits
    (not the shortest ones: Double.MIN_VALUE is 4.9E-324, Float.MIN_VALUE 1.4E-45) in
    Java's layout (1.0E10, 1.0E-5, 0.001). The same algorithm as the runtime's DoubleStr."""
    if v != v:
        return "NaN"
    if v in (math.inf, -math.inf):
        return "Infinity" if v > 0 else "-Infinity"
    if v == 0:
        return "-0.0" if math.copysign(1, v) < 0 else "0.0"
    neg = math.copysign(1, v) < 0
    # IEEE layout: (pack, unpack, width, mantissa bits, exponent mask, bias).
    pack, unpack, width, mbits, emask, bias = (
        ("<f", "<I", 32, 23, 0xFF, 127) if is_float else ("<d", "<Q", 64, 52, 0x7FF, 1023)
    )
    bits = struct.unpack(unpack, struct.pack(pack, v))[0]
    fract, bin_exp = bits & ((1 << mbits) - 1), (bits >> mbits) & emask
    n_sig = mbits + 1
    if bin_exp == 0:  # subnormal
        lz = width - fract.bit_length()
        shift = lz - (width - 1 - mbits)
        fract <<= shift
        bin_exp = 1 - shift
        n_sig = width - lz
    else:
        fract |= 1 << mbits
    digits, dec_exp = _fd_digits(bin_exp - bias, fract << (52 - mbits), n_sig)
    return _layout_java(neg, digits, dec_exp)


def _layout_java(neg: bool, digits: str, dec_exp: int) -> str:
    """0.digits x 10^dec_exp as Double.toString lays it out."""
    sign = "-" if neg else ""
    if 0 < dec_exp < 8:
        n = min(len(digits), dec_exp)
        if n < dec_exp:
            return sign + digits[:n] + "0" * (dec_exp - n) + ".0"
        return sign + digits[:n] + "." + (digits[n:] or "0")
    if -3 < dec_exp <= 0:
        return sign + "0." + "0" * (-dec_exp) + digits
    return f"{sign}{digits[0]}.{digits[1:] or '0'}E{dec_exp - 1}"


_N5_BITS = (
    0,
    3,
    5,
    7,
    10,
    12,
    14,
    17,
    19,
    21,
    24,
    26,
    28,
    31,
    33,
    35,
    38,
    40,
    42,
    45,
    47,
    49,
    52,
    54,
    56,
    59,
    61,
)
_INSIGNIFICANT_POW2 = (
    0,
    0,
    0,
    0,
    1,
    1,
    1,
    2,
    2,
    2,
    3,
    3,
    3,
    3,
    4,
    4,
    4,
    5,
    5,
    5,
    6,
    6,
    6,
    6,
    7,
    7,
    7,
    8,
    8,
    8,
    9,
    9,
    9,
    9,
    10,
    10,
    10,
    11,
    11,
    11,
    12,
    12,
    12,
    12,
    13,
    13,
    13,
    14,
    14,
    14,
    15,
    15,
    15,
    15,
    16,
    16,
    16,
    17,
    17,
    17,
    18,
    18,
    18,
    19,
)


def _n5(i: int) -> int:
    return _N5_BITS[i] if i < len(_N5_BITS) else i * 3


def _wrap(v: int, bits: int) -> int:
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >> (bits - 1) else v


def _estimate_dec_exp(fract: int, bin_exp: int) -> int:
    d2 = struct.unpack("<d", struct.pack("<Q", 1023 << 52 | fract & ((1 << 52) - 1)))[0]
    d = ((d2 - 1.5) * 0.289529654 + 0.176091259) + bin_exp * 0.301029995663981
    bits = struct.unpack("<Q", struct.pack("<d", d))[0]
    exponent = ((bits >> 52) & 0x7FF) - 1023
    neg = bits >> 63 != 0
    if 0 <= exponent < 52:
        mask = ((1 << 52) - 1) >> exponent
        r = ((bits & ((1 << 52) - 1)) | 1 << 52) >> (52 - exponent)
        if not neg:
            return r
        return -r if mask & bits == 0 else -r - 1
    if exponent < 0:
        return 0 if bits & ~(1 << 63) == 0 or not neg else -1
    return int(d)


def _long_digits(v: int, insignificant: int) -> tuple[str, int]:
    dec_exp = 0
    if insignificant:
        p = 5**insignificant << insignificant
        v, residue = divmod(v, p)
        dec_exp += insignificant
        if residue >= p >> 1:
            v += 1
    s = str(v)
    return s.rstrip("0") or "0", dec_exp + len(s)


def _fd_digits(bin_exp: int, fract: int, n_sig: int) -> tuple[str, int]:
    """FloatingDecimal.dtoa (compatible format) over fract x 2^(bin_exp-52): the digits and
    the decimal exponent (value = 0.digits x 10^dec_exp), with its 32- and 64-bit
    arithmetic where it uses them (their wrap-around changes the last digit's rounding)."""
    tail_zeros = (fract & -fract).bit_length() - 1
    n_fract_bits = 53 - tail_zeros
    n_tiny = max(0, n_fract_bits - bin_exp - 1)
    if -21 <= bin_exp <= 62 and n_tiny == 0 and n_fract_bits < 64:
        insignificant = 0
        p = bin_exp - n_sig - 1
        if bin_exp > n_sig and 1 < p < len(_INSIGNIFICANT_POW2):
            insignificant = _INSIGNIFICANT_POW2[p]
        v = fract << (bin_exp - 52) if bin_exp >= 52 else fract >> (52 - bin_exp)
        return _long_digits(v, insignificant)
    dec_exp = _estimate_dec_exp(fract, bin_exp)
    b5 = max(0, -dec_exp)
    b2 = b5 + n_tiny + bin_exp
    s5 = max(0, dec_exp)
    s2 = s5 + n_tiny
    m5 = b5
    m2 = b2 - n_sig
    fract >>= tail_zeros
    b2 -= n_fract_bits - 1
    common = min(b2, s2)
    b2 -= common
    s2 -= common
    m2 -= common
    if n_fract_bits == 1:
        m2 -= 1  # a power of two: the next value below is only half as far
    if m2 < 0:
        b2 -= m2
        s2 -= m2
        m2 = 0
    b_bits = n_fract_bits + b2 + _n5(b5)
    ten_s_bits = s2 + 1 + _n5(s5 + 1)
    width = 32 if b_bits < 32 and ten_s_bits < 32 else 64 if b_bits < 64 and ten_s_bits < 64 else 0

    def w(x: int) -> int:  # Java's int or long arithmetic where FloatingDecimal uses it
        return _wrap(x, width) if width else x

    b = w(fract * 5**b5 << b2)
    s = w(5**s5 << s2)
    m = w(5**m5 << m2)
    tens = w(s * 10)
    digits: list[str] = []

    def stop() -> tuple[bool, bool]:
        if width:
            return b < m, w(b + m) > tens
        return b < m, b + m >= tens

    q, b = divmod(b, s)
    b = w(b * 10)
    m = w(m * 10)
    low, high = stop()
    if q == 0 and not high:
        dec_exp -= 1
    else:
        digits.append(str(q))
    if dec_exp < -3 or dec_exp >= 8:
        low = high = False  # E-form has at least two digits
    while not low and not high:
        q, b = divmod(b, s)
        b = w(b * 10)
        m = w(m * 10)
        if width and m <= 0:
            low = high = True  # m overflowed: FloatingDecimal stops here
        else:
            low, high = stop()
        digits.append(str(q))
    if width:
        low_diff = w((b << 1) - tens)
    else:
        low_diff = ((b << 1) > tens) - ((b << 1) < tens) if high and low else 0
    dec_exp += 1
    if high and (not low or low_diff > 0 or (low_diff == 0 and int(digits[-1]) & 1)):
        i = len(digits) - 1
        while digits[i] == "9" and i > 0:
            digits[i] = "0"
            i -= 1
        if digits[i] == "9":
            digits[0] = "1"
            dec_exp += 1
        else:
            digits[i] = str(int(digits[i]) + 1)
    return "".join(digits), dec_exp


def wraps(node: Node | None, names: Resolver) -> bool:
    """Whether int or long arithmetic in a constant expression overflows: Java wraps it,
    while Go rejects a typed constant whose exact value does not fit."""
    if node is None:
        return False
    t = node.type
    if t == "parenthesized_expression":
        return any(wraps(k, names) for k in node.named_children)
    if t == "unary_expression":
        operand = node.child_by_field_name("operand")
        if wraps(operand, names):
            return True
        c = evaluate(operand, names)
        if text(node.child_by_field_name("operator")) != "-" or c is None:
            return False
        r = unary("-", c)
        return _int_value(c) and r is not None and r.value != -int(c.value)
    if t != "binary_expression":
        return False
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if wraps(left, names) or wraps(right, names):
        return True
    op = text(node.child_by_field_name("operator"))
    a, b = evaluate(left, names), evaluate(right, names)
    if op not in ("+", "-", "*", "/") or a is None or b is None:
        return False
    r = binary(op, a, b)
    if r is None or not _int_value(r) or not _int_value(a) or not _int_value(b):
        return False
    x, y = int(a.value), int(b.value)
    if op == "/":
        if y == 0:
            return False
        q = abs(x) // abs(y)
        exact = q if (x < 0) == (y < 0) else -q
    else:
        exact = {"+": x + y, "-": x - y, "*": x * y}[op]
    return r.value != exact


def _int_value(c: Const) -> bool:
    return isinstance(c.value, int) and not isinstance(c.value, bool)
