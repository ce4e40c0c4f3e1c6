"""Java expressions to Go expressions, with Java's typing rules made explicit."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import tree_sitter_java
from tree_sitter import Language, Node, Parser

from . import names
from .context import Ctx
from .literals import (
    float_literal,
    fold,
    fold_double,
    fold_float,
    go_rune,
    go_string,
    int_literal,
    java_unescape,
)
from .model import FieldInfo, TypeInfo, text
from .types import (
    BOOLEAN,
    CHAR,
    DOUBLE,
    INT,
    LONG,
    NULL,
    STRING,
    UNKNOWN,
    JType,
    parse_type,
    promote,
)

# Go binary operator precedence (higher binds tighter); 6 is unary, 7 a primary expression.
PREC = {"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3}
PREC.update({"+": 4, "-": 4, "|": 4, "^": 4, "*": 5, "/": 5, "%": 5, "<<": 5, ">>": 5, "&": 5})
PRIMARY = 7
_INT_GO = ("int8", "int16", "int32", "int64", "int", "rune", "uint32", "uint64")


@dataclass
class GoExpr:
    text: str
    jtype: JType
    # An untyped Go constant (a literal): Go converts it implicitly, so no cast is needed.
    const: bool = False
    prec: int = PRIMARY
    # For a call that mutates its receiver (list.add, map.put): the plain statement form,
    # used in statement position instead of the value-returning closure in ``text``.
    stmt: str | None = None

    def paren(self, at_least: int) -> str:
        return self.text if self.prec >= at_least else f"({self.text})"


def unparen(go: str) -> str:
    """``go`` without one pair of enclosing parentheses, when they enclose all of it."""
    if not (go.startswith("(") and go.endswith(")")):
        return go
    depth = 0
    for k, ch in enumerate(go):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0 and k < len(go) - 1:
            return go
    return go[1:-1]


def type_ref(name: str) -> JType:
    """The pseudo-type of an expression that names a class (`Math` in `Math.max`)."""
    return JType("class:" + name)


def not_migrated(what: str, node: Node, go_type: str = "any") -> str:
    """A panic that names the Java construct, typed so the code around it compiles."""
    snippet = " ".join(text(node).split())[:60].replace("*/", "* /")
    return f'func() {go_type} {{\npanic("l2j: not migrated: {what}") /* {snippet} */\n}}()'


class Exprs:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        # Set by the statement translator: block bodies of lambdas and switch expressions.
        self.block: Callable[[Node], list[str]] = lambda node: []
        self.calls: Callable[[Node, JType | None], GoExpr] = lambda n, e: GoExpr("nil", UNKNOWN)
        self.new_object: Callable[[Node, JType | None], GoExpr] = lambda n, e: GoExpr(
            "nil", UNKNOWN
        )
        self.switch: Callable[[Node, JType | None], GoExpr] = lambda n, e: GoExpr("nil", UNKNOWN)

    # -- conversions ----------------------------------------------------------------------
    def convert(self, e: GoExpr, target: JType | None) -> str:
        """``e`` as a value of Java type ``target`` (assignment conversion)."""
        if target is None or not target.known or e.jtype.name == "null":
            return e.text
        ctx = self.ctx
        tg = ctx.go_type(target)
        if tg in ("any", "") or target.name.startswith("class:"):
            return e.text
        src = e.jtype
        if not src.known:
            return e.text
        if tg == "string" and src.unboxed().name == "char":
            return f"string({e.text})" if not e.const else go_string(java_unescape(e.text[1:-1]))
        sg = ctx.go_type(src)
        if sg == tg:
            return e.text
        fm = ctx.reg.functional_method(ctx.reg.lookup(target.name))
        impl = ctx.reg.methods(ctx.reg.lookup(src.name), fm.name) if fm is not None else []
        if fm is not None and impl and not impl[0][0].is_interface:
            # A class implementing the file's functional interface: its method value fits.
            return f"{e.paren(PRIMARY)}.{impl[0][1].go_name}"
        path = self.embedding_path(src, target)
        if path:
            # The base part of a subclass value; Go has no virtual dispatch through it.
            return f"&{e.paren(PRIMARY)}.{path}"
        if sg == "any" and tg != "any":
            return f"{e.paren(PRIMARY)}.({tg})"
        if e.const and (tg in _INT_GO or tg.startswith("float")):
            return e.text
        if (sg in _INT_GO or sg.startswith("float")) and (tg in _INT_GO or tg.startswith("float")):
            return f"{tg}({unparen(e.text)})"
        return e.text

    def embedding_path(self, src: JType, target: JType) -> str:
        """`Base` or `Mid.Base` when ``target`` is a superclass of ``src``."""
        reg = self.ctx.reg
        info = reg.lookup(src.name) if not src.dims else None
        path: list[str] = []
        while info is not None and info.superclass and len(path) < 20:
            sup = reg.lookup(info.superclass)
            path.append(sup.go_name if sup is not None else info.superclass)
            if info.superclass == target.name:
                return ".".join(path)
            info = sup
        return ""

    def num(self, e: GoExpr, target: JType) -> GoExpr:
        """``e`` converted to a numeric type for arithmetic."""
        if e.const:
            return e
        tg = self.ctx.go_type(target)
        if self.ctx.go_type(e.jtype) == tg:
            return GoExpr(e.text, target, False, e.prec)
        return GoExpr(f"{tg}({unparen(e.text)})", target)

    def int_of(self, go_int_text: str) -> GoExpr:
        """A Go `int` (from len, strings.Index...) as Java's int."""
        if self.ctx.eval_mode:
            return GoExpr(go_int_text, INT)
        return GoExpr(f"int32({go_int_text})", INT)

    def as_int(self, e: GoExpr) -> str:
        """An index or count as Go `int` for library calls."""
        if e.const or self.ctx.go_type(e.jtype) == "int":
            return e.text
        return f"int({e.text})"

    def jstr(self, e: GoExpr) -> str:
        """The Java string value of ``e`` (String.valueOf semantics)."""
        t = e.jtype.unboxed()
        ctx = self.ctx
        if e.jtype.is_string:
            return e.text
        if t.name == "char" and not t.dims:
            if e.const:
                return (
                    go_string(java_unescape(e.text[1:-1]))
                    if e.text.startswith("'")
                    else (f"string(rune({e.text}))")
                )
            return f"string({e.text})"
        if t.name in ("double", "float") and not t.dims:
            bits = 32 if t.name == "float" else 64
            return f"{ctx.helper('l2jFormatDouble')}(float64({e.text}), {bits})"
        if t.is_integral or t.is_bool:
            return f"{ctx.use('fmt')}.Sprint({e.text})"
        if e.jtype.is_list or e.jtype.is_array:
            return f"{ctx.helper('l2jListString')}({e.text})"
        if e.jtype.name == "null":
            return '"null"'
        info = ctx.reg.lookup(e.jtype.name)
        if info is not None and info.methods.get("toString") and not ctx.eval_mode:
            return f"{e.paren(PRIMARY)}.String()"
        ctx.helper("l2jValueString")
        return f"l2jValueString({e.text})"

    # -- dispatch -------------------------------------------------------------------------
    def expr(self, node: Node, expected: JType | None = None) -> GoExpr:
        method = getattr(self, "x_" + node.type, None)
        if method is None:
            return GoExpr(not_migrated(node.type, node), UNKNOWN)
        result: GoExpr = method(node, expected)
        return result

    def value(self, node: Node, target: JType | None) -> str:
        """Translate and convert to ``target``."""
        return self.convert(self.expr(node, target), target)

    # -- literals -------------------------------------------------------------------------
    def _int(self, node: Node, expected: JType | None) -> GoExpr:
        v, is_long = int_literal(text(node))
        raw = text(node).rstrip("lL").replace("_", "")
        if raw.lower().startswith("0") and len(raw) > 1 and raw[1].isdigit():
            raw = "0o" + raw[1:]
        if int(raw, 0) != v:
            raw = str(v)
        return GoExpr(raw, LONG if is_long else INT, True, PRIMARY if v >= 0 else 6)

    x_decimal_integer_literal = _int
    x_hex_integer_literal = _int
    x_octal_integer_literal = _int
    x_binary_integer_literal = _int

    def x_decimal_floating_point_literal(self, node: Node, expected: JType | None) -> GoExpr:
        s, is_float = float_literal(text(node))
        return GoExpr(s, JType("float") if is_float else DOUBLE, True)

    x_hex_floating_point_literal = x_decimal_floating_point_literal

    def x_true(self, node: Node, expected: JType | None) -> GoExpr:
        return GoExpr("true", BOOLEAN, True)

    def x_false(self, node: Node, expected: JType | None) -> GoExpr:
        return GoExpr("false", BOOLEAN, True)

    def x_null_literal(self, node: Node, expected: JType | None) -> GoExpr:
        if expected is not None and expected.known:
            return GoExpr(self.ctx.zero(expected), expected if expected.is_string else NULL, True)
        return GoExpr("nil", NULL, True)

    def x_character_literal(self, node: Node, expected: JType | None) -> GoExpr:
        return GoExpr(go_rune(java_unescape(text(node)[1:-1])), CHAR, True)

    def x_string_literal(self, node: Node, expected: JType | None) -> GoExpr:
        raw = text(node)
        if raw.startswith('"""'):
            lines = raw[3:-3].split("\n")[1:]
            indent = min((len(ln) - len(ln.lstrip()) for ln in lines if ln.strip()), default=0)
            body = "\n".join(ln[indent:].rstrip() for ln in lines)
            return GoExpr(go_string(java_unescape(body)), STRING, True)
        return GoExpr(go_string(java_unescape(raw[1:-1])), STRING, True)

    x_text_block = x_string_literal

    def x_class_literal(self, node: Node, expected: JType | None) -> GoExpr:
        return GoExpr(go_string(text(node).removesuffix(".class")), STRING, True)

    def x_parenthesized_expression(self, node: Node, expected: JType | None) -> GoExpr:
        inner = self.expr(node.named_children[0], expected)
        return GoExpr(f"({inner.text})", inner.jtype, inner.const)

    def x_this(self, node: Node, expected: JType | None) -> GoExpr:
        t = self.ctx.type
        return GoExpr(self.ctx.recv, JType(t.name) if t else UNKNOWN)

    # -- names ----------------------------------------------------------------------------
    def x_identifier(self, node: Node, expected: JType | None) -> GoExpr:
        name = text(node)
        ctx = self.ctx
        local = ctx.local(name)
        if local is not None:
            return GoExpr(local.go, local.jtype)
        owner = ctx.type
        recv: str | None = ctx.recv
        while owner is not None:
            found = ctx.reg.field(owner, name)
            if found is not None:
                return self.field_ref(recv, *found)
            if name in owner.enum_constants:
                return self.enum_constant(owner, name)
            recv = outer_recv(owner, recv)
            owner = owner.outer
        owner_cls = ctx.reg.static_owner(name)
        if owner_cls is not None and ctx.reg.lookup(name) is None:
            return self.static_field(owner_cls, name, node)
        if ctx.reg.lookup(name) is not None or name[:1].isupper():
            return GoExpr(name, type_ref(name))
        cur = ctx.type
        inherited = cur is not None and cur.superclass and ctx.reg.lookup(cur.superclass) is None
        instance = ctx.method.info is None or not ctx.method.info.static
        if inherited and instance and not ctx.reg.flat:
            # A field of a superclass outside this file (L2J's `_log`, `_activeChar`...).
            return GoExpr(f"{ctx.recv}.{names.unexported(name)}", UNKNOWN)
        return GoExpr(names.safe_local(name), UNKNOWN)

    def enum_constant(self, info: TypeInfo, name: str) -> GoExpr:
        return GoExpr(
            info.go_name[:1].upper() + info.go_name[1:] + names.camel(name), JType(info.name)
        )

    def field_ref(self, recv: str | None, owner: TypeInfo, f: FieldInfo) -> GoExpr:
        ctx = self.ctx
        if f.static or ctx.reg.flat:
            return GoExpr(f.go_name, f.jtype)
        if recv is None:
            g = ctx.go_type(f.jtype) if f.jtype.known else "any"
            return GoExpr(
                not_migrated("outer instance field " + f.name, f.node or owner.node, g), f.jtype
            )
        if owner.is_enum and not ctx.in_enum_ctor:
            return GoExpr(f"{enum_table(owner)}[{recv}].{f.go_name}", f.jtype)
        return GoExpr(f"{recv}.{f.go_name}", f.jtype)

    def x_field_access(self, node: Node, expected: JType | None) -> GoExpr:
        obj_node = node.child_by_field_name("object")
        fname = text(node.child_by_field_name("field"))
        ctx = self.ctx
        assert obj_node is not None
        if obj_node.type == "super":
            found = ctx.reg.field(ctx.type, fname)
            if found:
                return self.field_ref(ctx.recv, *found)
        obj = self.expr(obj_node)
        t = obj.jtype
        if t.name.startswith("class:"):
            return self.static_field(t.name[6:], fname, node)
        if fname == "length" and t.is_array:
            return self.int_of(f"len({obj.text})")
        info = ctx.reg.lookup(t.name) if not t.dims else None
        if info is not None:
            found = ctx.reg.field(info, fname)
            if found is not None:
                return self.field_ref(obj.paren(PRIMARY), *found)
        return GoExpr(f"{obj.paren(PRIMARY)}.{names.exported(fname)}", UNKNOWN)

    def static_field(self, cls: str, fname: str, node: Node) -> GoExpr:
        ctx = self.ctx
        info = ctx.reg.lookup(cls)
        if info is not None:
            if fname in info.enum_constants:
                return self.enum_constant(info, fname)
            found = ctx.reg.field(info, fname)
            if found is not None:
                return GoExpr(found[1].go_name, found[1].jtype)
        consts = {
            ("Integer", "MAX_VALUE"): ("math.MaxInt32", INT),
            ("Integer", "MIN_VALUE"): ("math.MinInt32", INT),
            ("Long", "MAX_VALUE"): ("math.MaxInt64", LONG),
            ("Long", "MIN_VALUE"): ("math.MinInt64", LONG),
            ("Short", "MAX_VALUE"): ("math.MaxInt16", JType("short")),
            ("Short", "MIN_VALUE"): ("math.MinInt16", JType("short")),
            ("Byte", "MAX_VALUE"): ("math.MaxInt8", JType("byte")),
            ("Byte", "MIN_VALUE"): ("math.MinInt8", JType("byte")),
            ("Double", "MAX_VALUE"): ("math.MaxFloat64", DOUBLE),
            ("Double", "MIN_VALUE"): ("math.SmallestNonzeroFloat64", DOUBLE),
            ("Double", "POSITIVE_INFINITY"): ("math.Inf(1)", DOUBLE),
            ("Double", "NEGATIVE_INFINITY"): ("math.Inf(-1)", DOUBLE),
            ("Double", "NaN"): ("math.NaN()", DOUBLE),
            ("Math", "PI"): ("math.Pi", DOUBLE),
            ("Math", "E"): ("math.E", DOUBLE),
        }
        if (cls, fname) in consts:
            go, jt = consts[(cls, fname)]
            ctx.use("math")
            return GoExpr(go, jt, "(" not in go)
        if cls == "System" and fname in ("out", "err"):
            return GoExpr("os.Std" + fname, JType("PrintStream:" + fname))
        return GoExpr(names.prefixed(cls, fname, True), UNKNOWN)

    def x_array_access(self, node: Node, expected: JType | None) -> GoExpr:
        arr = self.expr(node.child_by_field_name("array"))  # type: ignore[arg-type]
        idx = self.expr(node.child_by_field_name("index"))  # type: ignore[arg-type]
        return GoExpr(f"{arr.paren(PRIMARY)}[{idx.text}]", arr.jtype.elem())

    # -- operators ------------------------------------------------------------------------
    def x_binary_expression(self, node: Node, expected: JType | None) -> GoExpr:
        op = text(node.child_by_field_name("operator"))
        ln = node.child_by_field_name("left")
        rn = node.child_by_field_name("right")
        assert ln is not None and rn is not None
        if op in ("==", "!=") and "null_literal" in (ln.type, rn.type):
            lookup = self.map_lookup(rn if ln.type == "null_literal" else ln)
            if lookup is not None:
                # `map.get(k) == null`: Go maps answer with a zero value, so ask for the key.
                return GoExpr(("!" if op == "==" else "") + lookup, BOOLEAN, False, 6)
        folded = fold(node)
        if folded is not None and folded[0] != folded[1]:
            # Java wraps this constant; Go would reject the overflow at compile time.
            v = folded[0]
            return GoExpr(str(v), LONG if folded[2] else INT, True, PRIMARY if v >= 0 else 6)
        left = self.expr(ln)
        right = self.expr(rn)
        lt, rt = left.jtype, right.jtype
        if left.const and right.const and op in "+-*/" and promote(lt, rt).name == "double":
            value = fold_double(node)
            if value is not None and value == value and abs(value) != float("inf"):
                return GoExpr(repr(value), DOUBLE, True, PRIMARY if value >= 0 else 6)
        if op == "+" and (lt.is_string or rt.is_string):
            return GoExpr(
                f"{self.concat_operand(left)} + {self.concat_operand(right, True)}",
                STRING,
                False,
                4,
            )
        if op in ("&&", "||"):
            p = PREC[op]
            return GoExpr(f"{left.paren(p)} {op} {right.paren(p + 1)}", BOOLEAN, False, p)
        if op in ("==", "!="):
            return self.equality(op, left, right)
        if op in ("&", "|", "^") and (lt.unboxed().is_bool or rt.unboxed().is_bool):
            gop = {"&": "&&", "|": "||", "^": "!="}[op]
            p = PREC[gop]
            return GoExpr(f"{left.paren(p)} {gop} {right.paren(p + 1)}", BOOLEAN, False, p)
        if op in ("<<", ">>", ">>>"):
            return self.shift(op, left, right)
        if lt.unboxed().is_numeric or rt.unboxed().is_numeric:
            pt = promote(lt, rt)
            left, right = self.num(left, pt), self.num(right, pt)
            if op == "%" and pt.name in ("double", "float"):
                g = self.ctx.go_type(pt)
                mod = f"{self.ctx.use('math')}.Mod(float64({left.text}), float64({right.text}))"
                return GoExpr(mod if g == "float64" else f"{g}({mod})", pt)
            p = PREC[op]
            res = BOOLEAN if p == 3 else pt
            return GoExpr(
                f"{left.paren(p)} {op} {right.paren(p + 1)}",
                res,
                left.const and right.const,
                p,
            )
        p = PREC.get(op, 4)
        res = BOOLEAN if p == 3 else lt
        return GoExpr(f"{left.paren(p)} {op} {right.paren(p + 1)}", res, False, p)

    def map_lookup(self, node: Node) -> str | None:
        """`l2jHas(m, k)` for a `m.get(k)` call on a map, else None."""
        if node.type != "method_invocation" or text(node.child_by_field_name("name")) != "get":
            return None
        obj = node.child_by_field_name("object")
        args = node.child_by_field_name("arguments")
        if obj is None or args is None or len(args.named_children) != 1:
            return None
        m = self.expr(obj)
        if not m.jtype.is_map:
            return None
        key = self.value(args.named_children[0], m.jtype.key())
        return f"{self.ctx.helper('l2jHas')}({m.text}, {key})"

    def concat_operand(self, e: GoExpr, right: bool = False) -> str:
        s = self.jstr(e)
        if s == e.text and e.prec < 4 + (1 if right else 0):
            return f"({s})"
        return s

    def equality(self, op: str, left: GoExpr, right: GoExpr) -> GoExpr:
        lt, rt = left.jtype, right.jtype
        if lt.name == "null" or rt.name == "null":
            other = right if lt.name == "null" else left
            zero = self.ctx.zero(other.jtype) if other.jtype.known else "nil"
            if zero in ("0", "false") or self.ctx.is_enum(other.jtype):
                # A primitive, unboxed or enum value is never null in Go.
                return GoExpr("false" if op == "==" else "true", BOOLEAN, True)
            return GoExpr(f"{other.paren(4)} {op} {zero}", BOOLEAN, False, 3)
        if lt.unboxed().is_numeric and rt.unboxed().is_numeric:
            pt = promote(lt, rt)
            left, right = self.num(left, pt), self.num(right, pt)
        return GoExpr(f"{left.paren(4)} {op} {right.paren(4)}", BOOLEAN, False, 3)

    def shift(self, op: str, left: GoExpr, right: GoExpr) -> GoExpr:
        lt = promote(left.jtype, INT) if left.jtype.unboxed().is_integral else INT
        bits = 64 if lt.name == "long" else 32
        left = self.num(left, lt)
        literal = right.text.strip("()")
        if right.const and re.fullmatch(r"-?(0[xXbBoO])?[0-9a-fA-F_]+", literal):
            count = str(int(literal, 0) & (bits - 1))
        else:
            count = f"({right.text} & {bits - 1})"
        if op == ">>>":
            tg = self.ctx.go_type(lt)
            return GoExpr(f"{tg}({self.unsigned(left, bits)} >> {count})", lt)
        if left.const:
            left = GoExpr(f"{self.ctx.go_type(lt)}({left.text})", lt)
        return GoExpr(f"{left.paren(5)} {op} {count}", lt, False, 5)

    @staticmethod
    def unsigned(e: GoExpr, bits: int) -> str:
        """``e`` reinterpreted as unsigned; a constant is folded, as Go rejects it negative."""
        literal = e.text.strip("()")
        if e.const and literal.lstrip("-").isdigit():
            return str(int(literal) & ((1 << bits) - 1))
        return f"uint{bits}({e.text})"

    def x_unary_expression(self, node: Node, expected: JType | None) -> GoExpr:
        op = text(node.child_by_field_name("operator"))
        operand = node.child_by_field_name("operand")
        assert operand is not None
        folded = fold(node)
        if folded is not None and folded[0] != folded[1]:
            return GoExpr(str(folded[0]), LONG if folded[2] else INT, True, 6)
        e = self.expr(operand, expected)
        if op == "!":
            return GoExpr(f"!{e.paren(6)}", BOOLEAN, e.const, 6)
        t = promote(e.jtype, INT) if e.jtype.unboxed().is_numeric else e.jtype
        e = self.num(e, t) if t.is_numeric else e
        gop = "^" if op == "~" else op
        return GoExpr(f"{gop}{e.paren(6)}", t, e.const, 6)

    def x_cast_expression(self, node: Node, expected: JType | None) -> GoExpr:
        target = parse_type(node.child_by_field_name("type"))
        vnode = node.child_by_field_name("value")
        assert vnode is not None
        ctx = self.ctx
        tg = ctx.go_type(target)
        folded = fold(vnode) or fold_float(vnode)
        if folded is not None and target.unboxed().is_integral:
            bits = {"byte": 8, "short": 16, "char": 16, "int": 32, "long": 64}[
                target.unboxed().name
            ]
            v = folded[0] & ((1 << bits) - 1)
            if target.unboxed().name != "char" and v >> (bits - 1):
                v -= 1 << bits
            return GoExpr(f"{tg}({v})", target)
        e = self.expr(vnode, target)
        sg = ctx.go_type(e.jtype)
        if sg == tg or not target.known:
            return GoExpr(e.text, target if target.known else e.jtype, e.const, e.prec)
        if sg == "any" or not e.jtype.known:
            if tg == "any":
                return e
            return GoExpr(f"{e.paren(PRIMARY)}.({tg})", target)
        if target.unboxed().name == "char" and e.jtype.unboxed().name in ("double", "float"):
            return GoExpr(f"rune(int32({e.text}))", target)
        if tg in _INT_GO or tg.startswith("float"):
            return GoExpr(f"{tg}({unparen(e.text)})", target)
        if tg.startswith("*") or ctx.reg.lookup(target.name) is not None:
            # A downcast between classes: checked at run time, as Java does.
            return GoExpr(f"any({e.text}).({tg})", target)
        return GoExpr(e.text, target, e.const, e.prec)

    def x_instanceof_expression(self, node: Node, expected: JType | None) -> GoExpr:
        left = self.expr(node.child_by_field_name("left"))  # type: ignore[arg-type]
        target = parse_type(node.child_by_field_name("right"))
        tg = self.ctx.go_type(target)
        bound = node.child_by_field_name("name")
        if bound is not None:
            # `x instanceof String s`: s is bound before the statement that tests it.
            go = self.ctx.declare(text(bound), target)
            self.ctx.pre_stmts += [f"{go}, _ := {left.paren(PRIMARY)}.({tg})", f"_ = {go}"]
        self.ctx.helper("l2jInstanceOf")
        return GoExpr(f"l2jInstanceOf[{tg}]({left.text})", BOOLEAN)

    def x_ternary_expression(self, node: Node, expected: JType | None) -> GoExpr:
        cond = self.expr(node.child_by_field_name("condition"))  # type: ignore[arg-type]
        cn = node.child_by_field_name("consequence")
        an = node.child_by_field_name("alternative")
        assert cn is not None and an is not None
        a = self.expr(cn, expected)
        b = self.expr(an, expected)
        t = self.common_type(a.jtype, b.jtype, expected)
        g = self.ctx.go_type(t) if t.known else "any"
        return GoExpr(
            f"func() {g} {{\nif {cond.text} {{\nreturn {self.convert(a, t)}\n}}\n"
            f"return {self.convert(b, t)}\n}}()",
            t,
        )

    @staticmethod
    def common_type(a: JType, b: JType, expected: JType | None) -> JType:
        if a.unboxed().is_numeric and b.unboxed().is_numeric and a.unboxed() != b.unboxed():
            if {a.unboxed().name, b.unboxed().name} <= {"char", "byte", "short"}:
                return a
            return promote(a, b)
        if a.name == "null":
            return b if b.known else expected or UNKNOWN
        if not a.known and expected is not None:
            return expected
        return a

    # -- assignment and ++/-- -------------------------------------------------------------
    def assign_stmt(self, node: Node) -> str:
        """An assignment in statement position."""
        ln = node.child_by_field_name("left")
        rn = node.child_by_field_name("right")
        op = text(node.child_by_field_name("operator"))
        assert ln is not None and rn is not None
        left = self.expr(ln)
        lt = left.jtype
        if op == "=":
            return f"{left.text} = {self.value(rn, lt)}"
        bop = op[:-1]
        right = self.expr(rn, lt)
        if lt.is_string:
            return f"{left.text} += {self.jstr(right)}"
        if bop in ("<<", ">>", ">>>"):
            shifted = self.shift(bop, GoExpr(left.text, lt), right)
            return f"{left.text} = {self.convert(shifted, lt)}"
        if lt.unboxed().is_bool and bop in ("&", "|", "^"):
            gop = {"&": "&&", "|": "||", "^": "!="}[bop]
            return f"{left.text} = {left.text} {gop} {right.paren(3)}"
        pt = promote(lt, right.jtype) if right.jtype.unboxed().is_numeric else lt
        g = self.ctx.go_type(lt)
        if self.ctx.go_type(pt) == g or (
            right.const and not (pt.name in ("double", "float") and g not in ("float64", "float32"))
        ):
            return f"{left.text} {op} {self.convert(right, lt) if not right.const else right.text}"
        r = self.num(right, pt)
        combined = GoExpr(f"{self.ctx.go_type(pt)}({left.text}) {bop} {r.paren(PREC[bop] + 1)}", pt)
        return f"{left.text} = {self.convert(combined, lt)}"

    def x_assignment_expression(self, node: Node, expected: JType | None) -> GoExpr:
        left = self.expr(node.child_by_field_name("left"))  # type: ignore[arg-type]
        g = self.ctx.go_type(left.jtype) if left.jtype.known else "any"
        stmt = self.assign_stmt(node)
        return GoExpr(f"func() {g} {{\n{stmt}\nreturn {left.text}\n}}()", left.jtype)

    def update_stmt(self, node: Node) -> str:
        target = node.named_children[0]
        e = self.expr(target)
        op = "++" if "++" in text(node) else "--"
        return f"{e.text}{op}"

    def x_update_expression(self, node: Node, expected: JType | None) -> GoExpr:
        target = node.named_children[0]
        e = self.expr(target)
        g = self.ctx.go_type(e.jtype) if e.jtype.known else "any"
        stmt = self.update_stmt(node)
        prefix = text(node).lstrip().startswith(("++", "--"))
        if prefix:
            return GoExpr(f"func() {g} {{\n{stmt}\nreturn {e.text}\n}}()", e.jtype)
        return GoExpr(f"func() {g} {{\nold := {e.text}\n{stmt}\nreturn old\n}}()", e.jtype)

    # -- calls and creation (see calls.py) -------------------------------------------------
    def x_method_invocation(self, node: Node, expected: JType | None) -> GoExpr:
        return self.calls(node, expected)

    def x_object_creation_expression(self, node: Node, expected: JType | None) -> GoExpr:
        return self.new_object(node, expected)

    def x_array_creation_expression(self, node: Node, expected: JType | None) -> GoExpr:
        base = parse_type(node.child_by_field_name("type"))
        dims = [c for c in node.children if c.type == "dimensions_expr"]
        extra = sum(text(c).count("[") for c in node.children if c.type == "dimensions")
        value = node.child_by_field_name("value")
        full = JType(base.name, base.args, base.dims + len(dims) + extra)
        if value is not None:
            return self.x_array_initializer(value, full)
        sizes = [self.as_int(self.expr(d.named_children[-1])) for d in dims]
        return GoExpr(self.make_array(full, sizes), full)

    def make_array(self, t: JType, sizes: list[str]) -> str:
        g = self.ctx.go_type(t)
        if len(sizes) == 1:
            return f"make({g}, {sizes[0]})"
        inner = JType(t.name, t.args, t.dims - 1)
        v = self.ctx.fresh("a")
        return (
            f"func() {g} {{\n{v} := make({g}, {sizes[0]})\nfor i := range {v} {{\n"
            f"{v}[i] = {self.make_array(inner, sizes[1:])}\n}}\nreturn {v}\n}}()"
        )

    def x_array_initializer(self, node: Node, expected: JType | None) -> GoExpr:
        t = expected if expected is not None and expected.is_array else UNKNOWN.array_of()
        el = t.elem()
        items = [self.value(c, el) for c in node.named_children]
        return GoExpr(f"{self.ctx.go_type(t)}{{{', '.join(items)}}}", t)

    # -- lambdas --------------------------------------------------------------------------
    def x_lambda_expression(self, node: Node, expected: JType | None) -> GoExpr:
        shape = self.ctx.shape(expected)
        pnode = node.child_by_field_name("parameters")
        params: list[tuple[str, JType]] = []
        if pnode is not None and pnode.type == "identifier":
            params = [(text(pnode), UNKNOWN)]
        elif pnode is not None:
            for p in pnode.named_children:
                if p.type == "identifier":
                    params.append((text(p), UNKNOWN))
                else:
                    params.append(
                        (
                            text(p.child_by_field_name("name")),
                            parse_type(p.child_by_field_name("type")),
                        )
                    )
        ret = UNKNOWN
        if shape is not None:
            ptypes, ret = shape
            params = [
                (n, t if t.known else (ptypes[i] if i < len(ptypes) else UNKNOWN))
                for i, (n, t) in enumerate(params)
            ]
        return self.func_literal(node, params, ret, expected)

    def func_literal(
        self, node: Node, params: list[tuple[str, JType]], ret: JType, ftype: JType | None
    ) -> GoExpr:
        ctx = self.ctx
        body = node.child_by_field_name("body")
        assert body is not None
        ctx.push()
        gparams = [f"{ctx.declare(n, t)} {ctx.go_type(t) if t.known else 'any'}" for n, t in params]
        saved = ctx.method
        from .context import MethodState

        ctx.method = MethodState(ret)
        rt = ret
        if body.type == "block":
            lines = self.block(body)
            rg = "" if ret.name == "void" else ctx.go_type(ret) if ret.known else ""
            if not ret.known and any(ln.startswith("return ") for ln in lines):
                rg = "any"
        else:
            saved_pre, ctx.pre_stmts = ctx.pre_stmts, []
            e = self.expr(body, ret if ret.known else None)
            pre, ctx.pre_stmts = ctx.pre_stmts, saved_pre
            if ret.name == "void" or (not ret.known and e.jtype.name == "void"):
                lines, rg = [*pre, e.stmt or e.text], ""
            else:
                rt = ret if ret.known else e.jtype
                rg = ctx.go_type(rt) if rt.known else "any"
                lines = [*pre, f"return {self.convert(e, rt)}"]
        ctx.method = saved
        ctx.pop()
        code = f"func({', '.join(gparams)}) {rg}".rstrip() + " {\n" + "\n".join(lines) + "\n}"
        if ftype is not None and ret.known:
            return GoExpr(code, ftype)
        name = ftype.name if ftype is not None else "Function"
        return GoExpr(code, JType(name, (*(t for _, t in params), rt)))

    def x_method_reference(self, node: Node, expected: JType | None) -> GoExpr:
        """`Owner::name` as a func literal: the call it stands for is written out in Java,
        parsed, and translated like any other call."""
        shape = self.ctx.shape(expected)
        parts = [c for c in node.children if c.type != "::"]
        if len(parts) != 2:
            return GoExpr(not_migrated("method reference", node), UNKNOWN)
        ptypes, ret = shape if shape is not None else ([UNKNOWN], UNKNOWN)
        owner_node, mname = parts[0], text(parts[1])
        owner = text(owner_node)
        ctx = self.ctx
        ctx.push()
        try:
            pnames = [ctx.fresh("p") for _ in ptypes]
            for n, t in zip(pnames, ptypes, strict=True):
                ctx.declare(n, t)
            java = self._reference_java(owner_node, owner, mname, pnames)
            call = self.expr(_parse_expression(java))
            sig = ", ".join(
                f"{n} {ctx.go_type(t) if t.known else 'any'}"
                for n, t in zip(pnames, ptypes, strict=True)
            )
        finally:
            ctx.pop()
        if ret.name == "void" or (not ret.known and call.jtype.name == "void"):
            body, rg, rt = call.stmt or call.text, "", ret
        else:
            rt = ret if ret.known else call.jtype
            rg = " " + (ctx.go_type(rt) if rt.known else "any")
            body = f"return {self.convert(call, rt)}"
        code = f"func({sig}){rg} {{\n{body}\n}}"
        if expected is not None and ret.known:
            return GoExpr(code, expected)
        name = expected.name if expected is not None else "Function"
        return GoExpr(code, JType(name, (*ptypes, rt)))

    def _reference_java(self, owner_node: Node, owner: str, mname: str, pnames: list[str]) -> str:
        args = ", ".join(pnames)
        if mname == "new":
            return f"new {owner}({args})"
        is_type = owner_node.type in ("type_identifier", "generic_type", "scoped_type_identifier")
        if owner_node.type == "identifier" and self.ctx.local(owner) is None:
            is_type = self.expr(owner_node).jtype.name.startswith("class:")
        if not is_type:
            return f"{owner}.{mname}({args})"
        info = self.ctx.reg.lookup(owner)
        static = owner in _STATIC_OWNERS or (owner, mname) in _STATIC_METHODS
        if info is not None:
            static = any(m.static for m in info.methods.get(mname, []))
        if static or not pnames:
            return f"{owner}.{mname}({args})"
        return f"{pnames[0]}.{mname}({', '.join(pnames[1:])})"

    def x_switch_expression(self, node: Node, expected: JType | None) -> GoExpr:
        return self.switch(node, expected)


def is_inner(info: TypeInfo) -> bool:
    """A non-static member class: its values point at the outer instance that made them."""
    return not info.static and info.outer is not None and info.kind == "class"


def outer_recv(info: TypeInfo, recv: str | None) -> str | None:
    """How code in ``info`` reaches the instance of the enclosing class, if it can."""
    return f"{recv}.outer" if recv is not None and is_inner(info) else None


def enum_table(info: TypeInfo) -> str:
    return names.unexported(info.go_name) + "Table"


_STATIC_OWNERS = {"Math", "Objects", "Arrays", "Collections", "Character", "System", "Thread"}
_STATIC_METHODS = {
    (owner, name)
    for owner in ("Integer", "Long", "Double", "Float", "Short", "Byte", "Boolean")
    for name in (
        "parseInt",
        "parseLong",
        "parseDouble",
        "parseBoolean",
        "valueOf",
        "sum",
        "max",
        "min",
        "compare",
        "toBinaryString",
        "toHexString",
        "bitCount",
        "signum",
        "isNaN",
    )
} | {("String", "valueOf"), ("String", "join"), ("String", "format")}
_JAVA = Language(tree_sitter_java.language())


def _parse_expression(java: str) -> Node:
    """The expression node of a Java snippet (for method references written out as calls)."""
    # A parser per call: translations may run in several threads at once.
    tree = Parser(_JAVA).parse(f"class L2jRef {{ Object l2jRef = {java}; }}".encode())
    body = tree.root_node.named_children[0].child_by_field_name("body")
    assert body is not None
    declarator = body.named_children[0].child_by_field_name("declarator")
    value = declarator.child_by_field_name("value") if declarator is not None else None
    assert value is not None
    return value
