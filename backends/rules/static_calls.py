"""Static calls into the Java library (Math, Integer, String, Arrays, Collections, List.of,
Optional, Comparator...) and System.out printing, mapped onto Go."""

from __future__ import annotations

import re

from tree_sitter import Node

from . import names
from .callbase import CallBase
from .expressions import PRIMARY, GoExpr, not_migrated
from .model import TypeInfo
from .streams import stream_of
from .types import (
    BOOLEAN,
    CHAR,
    DOUBLE,
    INT,
    LONG,
    OPAQUE,
    STRING,
    UNKNOWN,
    VOID,
    JType,
    promote,
)

_MATH_FLOAT = {
    "sqrt": "Sqrt",
    "floor": "Floor",
    "ceil": "Ceil",
    "log": "Log",
    "log10": "Log10",
    "exp": "Exp",
    "sin": "Sin",
    "cos": "Cos",
    "tan": "Tan",
    "asin": "Asin",
    "acos": "Acos",
    "atan": "Atan",
    "cbrt": "Cbrt",
    "pow": "Pow",
    "atan2": "Atan2",
    "hypot": "Hypot",
    "rint": "RoundToEven",
}

_CHAR_TESTS = {
    "isDigit": "IsDigit",
    "isLetter": "IsLetter",
    "isAlphabetic": "IsLetter",
    "isUpperCase": "IsUpper",
    "isLowerCase": "IsLower",
    "isWhitespace": "IsSpace",
    "isSpaceChar": "IsSpace",
}


class StaticCalls(CallBase):
    # -- printing -------------------------------------------------------------------------
    def print_call(self, stream: str, name: str, args: list[Node], node: Node) -> GoExpr:
        fmt = self.use("fmt")
        target = "" if stream == "System.out" else self.use("os") + ".Stderr, "
        if name in ("println", "print"):
            vals = [self.ex.jstr(self.ex.expr(a)) for a in args]
            verb = "Println" if name == "println" else "Print"
            if target:
                verb = "F" + verb.lower()
            return GoExpr(f"{fmt}.{verb}({target}{', '.join(vals)})", VOID)
        if name in ("printf", "format"):
            p = "Fprint" if target else "Print"
            return GoExpr(f"{fmt}.{p}({target}{self.format_call(args)})", VOID)
        return GoExpr(not_migrated(f"{stream}.{name}", node), VOID)

    def format_call(self, args: list[Node]) -> str:
        """String.format as fmt.Sprintf, with Java's verbs adapted to Go's."""
        if not args:
            return '""'
        f = self.ex.expr(args[0])
        vals = [self.ex.expr(a) for a in args[1:]]
        fmt = self.use("fmt")
        if not f.const:
            return f"{fmt}.Sprintf({f.text}, {', '.join(v.text for v in vals)})"
        verbs = re.findall(r"%[-#+ 0,(]*\d*(?:\.\d+)?([a-zA-Z%])", f.text)
        conv = []
        k = 0
        for v in verbs:
            if v in ("%", "n"):
                continue
            if k < len(vals):
                e = vals[k]
                conv.append(self.ex.jstr(e) if v == "s" else e.text)
            k += 1
        conv += [v.text for v in vals[k:]]
        fs = re.sub(r"%n", r"\\n", f.text).replace("%b", "%t").replace("%,", "%")
        return f"{fmt}.Sprintf({', '.join([fs, *conv])})"

    # -- static calls ---------------------------------------------------------------------
    def static_call(
        self, cls: str, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr:
        ctx = self.ctx
        info = ctx.reg.lookup(cls)
        if info is not None:
            if info.is_enum and name == "values" and not args:
                return GoExpr(f"{enum_fn(info, 'Values')}()", JType(info.name).array_of())
            if info.is_enum and name == "valueOf":
                return GoExpr(
                    f"{enum_fn(info, 'ValueOf')}({self.ex.value(args[0], STRING)})",
                    JType(info.name),
                )
            found = ctx.reg.methods(info, name)
            if found:
                return self.user_call(None, found, args, node)
        handler = getattr(self, "s_" + cls, None)
        if handler is not None:
            res: GoExpr | None = handler(name, args, node, expected)
            if res is not None:
                return res
        if info is None and cls in OPAQUE:
            return self.opaque_call(cls, name, expected, node)
        if info is None and cls == "Logger" and name in ("getLogger", "getAnonymousLogger"):
            return GoExpr(f"{self.use('log')}.Default()", JType("Logger"))
        gargs = ", ".join(self.ex.expr(a).text for a in args)
        if info is None and cls in (
            "Math",
            "Integer",
            "Long",
            "Double",
            "Character",
            "String",
            "Arrays",
            "Collections",
            "Objects",
            "System",
            "Thread",
            "Boolean",
            "List",
            "Map",
            "Set",
            "Optional",
            "Float",
        ):
            return GoExpr(not_migrated(f"{cls}.{name}", node), UNKNOWN)
        return GoExpr(f"{names.prefixed(cls, name, True)}({gargs})", UNKNOWN)

    def s_Math(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        ex = self.ex
        vals = [ex.expr(a) for a in args]
        math = "math"
        if name in ("max", "min") and len(vals) == 2:
            pt = promote(vals[0].jtype, vals[1].jtype)
            a, b = (ex.num(v, pt) for v in vals)
            return GoExpr(f"{name}({a.text}, {b.text})", pt)
        if name == "abs" and len(vals) == 1:
            v = vals[0]
            if v.jtype.unboxed().name in ("double", "float"):
                self.use(math)
                return GoExpr(f"math.Abs({ex.convert(v, DOUBLE)})", DOUBLE)
            pt = promote(v.jtype, INT)
            arg = f"{self.ctx.go_type(pt)}({v.text})" if v.const else ex.num(v, pt).text
            return GoExpr(f"{self.ctx.helper('l2jAbs')}({arg})", pt)
        if name in _MATH_FLOAT:
            self.use(math)
            fargs = ", ".join(ex.convert(v, DOUBLE) if not v.const else v.text for v in vals)
            return GoExpr(f"math.{_MATH_FLOAT[name]}({fargs})", DOUBLE)
        if name == "round" and vals:
            r = f"{self.ctx.helper('l2jRound')}({ex.convert(vals[0], DOUBLE)})"
            if vals[0].jtype.unboxed().name == "float":
                return GoExpr(ex.convert(GoExpr(r, LONG), INT), INT)
            return GoExpr(r, LONG) if not self.ctx.eval_mode else GoExpr(f"int({r})", LONG)
        if name == "signum" and vals:
            x = ex.convert(vals[0], DOUBLE)
            return GoExpr(
                f"func(v float64) float64 {{\nif v > 0 {{\nreturn 1\n}}\nif v < 0 {{\n"
                f"return -1\n}}\nreturn v\n}}({x})",
                DOUBLE,
            )
        if name == "random":
            return GoExpr(f"{self.use('math/rand')}.Float64()", DOUBLE)
        if name in ("floorMod", "floorDiv") and len(vals) == 2:
            pt = promote(vals[0].jtype, vals[1].jtype)
            a, b = (ex.num(v, pt) for v in vals)
            g = self.ctx.go_type(pt)
            if name == "floorMod":
                return GoExpr(
                    f"func(a, b {g}) {g} {{\nreturn ((a % b) + b) % b\n}}({a.text}, {b.text})", pt
                )
            return GoExpr(
                f"func(a, b {g}) {g} {{\nq := a / b\n"
                f"if (a%b != 0) && ((a < 0) != (b < 0)) {{\nq--\n}}\nreturn q\n"
                f"}}({a.text}, {b.text})",
                pt,
            )
        if name == "toRadians" and vals:
            self.use(math)
            return GoExpr(f"{ex.convert(vals[0], DOUBLE)} * math.Pi / 180", DOUBLE, False, 5)
        return None

    def _parse_int(self, args: list[Node], bits: int, t: JType) -> GoExpr:
        ex = self.ex
        s = ex.value(args[0], STRING)
        radix = ex.as_int(ex.expr(args[1])) if len(args) > 1 else "10"
        self.ctx.helper("l2jParseInt")
        g = self.ctx.go_type(t)
        return GoExpr(f"{g}(l2jParseInt({s}, {radix}, {bits}))", t)

    def _boxed_common(self, name: str, args: list[Node], t: JType, bits: int) -> GoExpr | None:
        ex = self.ex
        vals = [ex.expr(a) for a in args]
        if name in ("parseInt", "parseLong", "parseShort", "parseByte") or (
            name == "valueOf" and vals and vals[0].jtype.is_string
        ):
            return self._parse_int(args, bits, t)
        if name == "valueOf" and vals:
            boxed = JType("Long" if t == LONG else "Integer")
            return GoExpr(ex.convert(vals[0], t), boxed)
        if name == "toString" and len(vals) == 1:
            return GoExpr(ex.jstr(ex.num(vals[0], t)), STRING)
        bases = {"toBinaryString": 2, "toHexString": 16, "toOctalString": 8, "toString": 0}
        if name in bases and vals:
            base = str(bases[name]) if bases[name] else ex.as_int(vals[1])
            sc = self.use("strconv")
            if name == "toString":
                return GoExpr(f"{sc}.FormatInt(int64({vals[0].text}), {base})", STRING)
            u = ex.unsigned(vals[0], bits)
            return GoExpr(f"{sc}.FormatUint(uint64({u}), {base})", STRING)
        if name in ("max", "min") and len(vals) == 2:
            return GoExpr(f"{name}({ex.num(vals[0], t).text}, {ex.num(vals[1], t).text})", t)
        if name == "sum" and len(vals) == 2:
            return GoExpr(f"{ex.num(vals[0], t).text} + {ex.num(vals[1], t).text}", t, False, 4)
        if name == "compare" and len(vals) == 2:
            c = self.use("cmp")
            return self.i(f"{c}.Compare({ex.num(vals[0], t).text}, {ex.num(vals[1], t).text})")
        if name == "bitCount" and vals:
            b = self.use("math/bits")
            return self.i(f"{b}.OnesCount{bits}({ex.unsigned(vals[0], bits)})")
        if name == "signum" and vals:
            v = vals[0].text
            g = self.ctx.go_type(t)
            return GoExpr(
                f"func(v {g}) {self.ctx.int_go()} {{\nif v > 0 {{\nreturn 1\n}}\nif v < 0 {{\n"
                f"return -1\n}}\nreturn 0\n}}({v})",
                INT,
            )
        return None

    def s_Integer(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        return self._boxed_common(name, args, INT, 32)

    def s_Long(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        return self._boxed_common(name, args, LONG, 64)

    def s_Double(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        ex = self.ex
        vals = [ex.expr(a) for a in args]
        if name in ("parseDouble", "valueOf") and vals and vals[0].jtype.is_string:
            return GoExpr(f"{self.ctx.helper('l2jParseDouble')}({vals[0].text})", DOUBLE)
        if name == "valueOf" and vals:
            return GoExpr(ex.convert(vals[0], DOUBLE), DOUBLE)
        if name == "toString" and vals:
            return GoExpr(ex.jstr(ex.num(vals[0], DOUBLE)), STRING)
        if name == "isNaN" and vals:
            return GoExpr(f"{self.use('math')}.IsNaN({ex.convert(vals[0], DOUBLE)})", BOOLEAN)
        if name == "compare" and len(vals) == 2:
            c = self.use("cmp")
            return self.i(
                f"{c}.Compare({ex.convert(vals[0], DOUBLE)}, {ex.convert(vals[1], DOUBLE)})"
            )
        if name in ("max", "min") and len(vals) == 2:
            return GoExpr(
                f"{name}({ex.num(vals[0], DOUBLE).text}, {ex.num(vals[1], DOUBLE).text})", DOUBLE
            )
        return None

    def s_Boolean(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        if name == "parseBoolean" and args:
            s = self.ex.value(args[0], STRING)
            return GoExpr(f'{self.use("strings")}.EqualFold({s}, "true")', BOOLEAN)
        if name == "valueOf" and args:
            return self.ex.expr(args[0])
        return None

    def s_Character(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        ex = self.ex
        vals = [ex.expr(a) for a in args]
        if not vals:
            return None
        c = ex.convert(vals[0], CHAR) if not vals[0].const else vals[0].text
        if name in _CHAR_TESTS:
            return GoExpr(f"{self.use('unicode')}.{_CHAR_TESTS[name]}({c})", BOOLEAN)
        if name == "isLetterOrDigit":
            u = self.use("unicode")
            return GoExpr(f"({u}.IsLetter({c}) || {u}.IsDigit({c}))", BOOLEAN)
        if name in ("toUpperCase", "toLowerCase"):
            fn = "ToUpper" if name == "toUpperCase" else "ToLower"
            return GoExpr(f"{self.use('unicode')}.{fn}({c})", CHAR)
        if name in ("toString", "valueOf") and name == "toString":
            return GoExpr(f"string({c})", STRING)
        if name == "valueOf":
            return GoExpr(c, CHAR)
        if name in ("getNumericValue", "digit"):
            return GoExpr(ex.convert(GoExpr(f"{c} - '0'", CHAR, False, 4), INT), INT)
        return None

    def s_String(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        ex = self.ex
        if name in ("valueOf", "copyValueOf") and len(args) == 1:
            e = ex.expr(args[0])
            if e.jtype.is_array and e.jtype.elem().name == "char":
                return GoExpr(f"string({e.text})", STRING)
            return GoExpr(ex.jstr(e), STRING)
        if name == "format":
            return GoExpr(self.format_call(args), STRING)
        if name == "join" and args:
            sep = ex.value(args[0], STRING)
            rest = [ex.expr(a) for a in args[1:]]
            s = self.use("strings")
            if len(rest) == 1 and (rest[0].jtype.is_list or rest[0].jtype.is_array):
                return GoExpr(f"{s}.Join({rest[0].text}, {sep})", STRING)
            return GoExpr(
                f"{s}.Join([]string{{{', '.join(ex.jstr(r) for r in rest)}}}, {sep})", STRING
            )
        return None

    def list_literal(self, args: list[Node], expected: JType | None, kind: str = "List") -> GoExpr:
        ex = self.ex
        el = expected.elem() if expected is not None and expected.args else UNKNOWN
        vals = [ex.expr(a, el if el.known else None) for a in args]
        if len(vals) == 1 and vals[0].jtype.is_array and kind == "List":
            return GoExpr(vals[0].text, JType("List", (vals[0].jtype.elem(),)))
        if not el.known and vals:
            el = vals[0].jtype
            if el.name == "null":
                el = UNKNOWN
        t = JType(kind, (el,))
        items = ", ".join(ex.convert(v, el) for v in vals)
        if kind == "Set":
            g = self.ctx.go_type(t)
            return GoExpr(f"{g}{{{', '.join(f'{ex.convert(v, el)}: {{}}' for v in vals)}}}", t)
        return GoExpr(f"{self.ctx.go_type(t)}{{{items}}}", t)

    def s_Arrays(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        ex = self.ex
        if name == "asList":
            return self.list_literal(args, expected)
        if not args:
            return None
        a = ex.expr(args[0])
        if name == "sort":
            return self.sort(a, args[1:], node)
        if name == "stream":
            return GoExpr(a.text, stream_of(a.jtype.elem()))
        if name == "toString":
            return GoExpr(f"{self.ctx.helper('l2jListString')}({a.text})", STRING)
        if name == "fill" and len(args) == 2:
            v = ex.value(args[1], a.jtype.elem())
            return GoExpr(f"for i := range {a.text} {{\n{a.paren(PRIMARY)}[i] = {v}\n}}", VOID)
        if name in ("copyOf", "copyOfRange"):
            g = self.ctx.go_type(a.jtype)
            if name == "copyOf":
                n = ex.as_int(ex.expr(args[1]))
                src = a.text
            else:
                lo, hi = (ex.as_int(ex.expr(x)) for x in args[1:3])
                n = f"{hi} - {lo}"
                src = f"{a.paren(PRIMARY)}[{lo}:]"
            return GoExpr(
                f"func() {g} {{\nr := make({g}, {n})\ncopy(r, {src})\nreturn r\n}}()", a.jtype
            )
        if name == "equals" and len(args) == 2:
            return GoExpr(f"{self.use('slices')}.Equal({a.text}, {ex.expr(args[1]).text})", BOOLEAN)
        return None

    def s_Collections(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        ex = self.ex
        if name == "reverseOrder" and not args:
            return self.s_Comparator("reverseOrder", [], node, expected)
        if name in ("emptyList", "emptySet", "emptyMap"):
            t = expected if expected is not None and expected.known else JType("List", (UNKNOWN,))
            g = self.ctx.go_type(t)
            return GoExpr(f"{g}{{}}", t)
        if not args:
            return None
        a = ex.expr(args[0])
        sl = "slices"
        if name == "sort":
            return self.sort(a, args[1:], node)
        if name == "reverse":
            return GoExpr(f"{self.use(sl)}.Reverse({a.text})", VOID)
        if name in ("max", "min") and len(args) == 1:
            fn = "Max" if name == "max" else "Min"
            if a.jtype.is_set:
                self.use("maps")
                return GoExpr(
                    f"{self.use(sl)}.{fn}({sl}.Collect(maps.Keys({a.text})))", a.jtype.elem()
                )
            return GoExpr(f"{self.use(sl)}.{fn}({a.text})", a.jtype.elem())
        if name == "swap" and len(args) == 3:
            i, j = (ex.expr(x).text for x in args[1:])
            p = a.paren(PRIMARY)
            return GoExpr(f"{p}[{i}], {p}[{j}] = {p}[{j}], {p}[{i}]", VOID)
        if name in (
            "unmodifiableList",
            "unmodifiableMap",
            "unmodifiableSet",
            "synchronizedList",
            "synchronizedMap",
            "unmodifiableCollection",
        ):
            return a
        if name == "frequency" and len(args) == 2:
            want = ex.value(args[1], a.jtype.elem())
            ig = self.ctx.int_go()
            return GoExpr(
                f"func() {ig} {{\nn := 0\nfor _, x := range {a.text} {{\nif x == {want} {{\n"
                f"n++\n}}\n}}\nreturn {ig}(n)\n}}()",
                INT,
            )
        if name == "nCopies" and len(args) == 2:
            item = ex.expr(args[1])
            t = JType("List", (item.jtype,))
            g = self.ctx.go_type(t)
            return GoExpr(
                f"func() {g} {{\nr := make({g}, {ex.as_int(a)})\nfor i := range r {{\n"
                f"r[i] = {item.text}\n}}\nreturn r\n}}()",
                t,
            )
        return None

    def s_IntStream(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        return self.streams.int_stream(name, args, node)

    def s_Stream(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        if name == "of":
            lst = self.list_literal(args, expected)
            return GoExpr(lst.text, stream_of(lst.jtype.elem()))
        return None

    def s_Comparator(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        el = expected.elem() if expected is not None and expected.args else UNKNOWN
        g = self.ctx.go_type(el) if el.known else "any"
        ig = self.ctx.int_go()
        if name in ("naturalOrder", "reverseOrder") and not args:
            c = self.use("cmp")
            x, y = ("a", "b") if name == "naturalOrder" else ("b", "a")
            return GoExpr(
                f"func(a, b {g}) {ig} {{\nreturn {ig}({c}.Compare({x}, {y}))\n}}",
                JType("Comparator", (el,)),
            )
        if name.startswith("comparing") and args:
            return self.comparing(args[0], el)
        return None

    def s_List(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        if name in ("of", "copyOf"):
            if name == "copyOf":
                e = self.ex.expr(args[0])
                return GoExpr(f"{self.use('slices')}.Clone({e.text})", e.jtype)
            return self.list_literal(args, expected)
        return None

    def s_Set(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        if name == "of":
            return self.list_literal(args, expected, "Set")
        return None

    def s_Map(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        if name != "of":
            return None
        ex = self.ex
        kt = expected.key() if expected is not None and expected.args else UNKNOWN
        vt = expected.elem() if expected is not None and expected.args else UNKNOWN
        vals = [ex.expr(a) for a in args]
        if vals and not kt.known:
            kt = vals[0].jtype
        if len(vals) > 1 and not vt.known:
            vt = vals[1].jtype
        t = JType("Map", (kt, vt))
        pairs = ", ".join(
            f"{ex.convert(vals[k], kt)}: {ex.convert(vals[k + 1], vt)}"
            for k in range(0, len(vals) - 1, 2)
        )
        return GoExpr(f"{self.ctx.go_type(t)}{{{pairs}}}", t)

    def s_Optional(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        if name == "empty":
            return GoExpr("nil", JType("Optional"))
        if name in ("of", "ofNullable") and args:
            e = self.ex.expr(args[0])
            return GoExpr(e.text, JType("Optional", (e.jtype,)))
        return None

    def s_Objects(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        vals = [self.ex.expr(a) for a in args]
        if name == "equals" and len(vals) == 2:
            return self.ex.equality("==", vals[0], vals[1])
        if name in ("requireNonNull", "requireNonNullElse") and vals:
            return vals[0]
        if name in ("isNull", "nonNull") and vals:
            op = "==" if name == "isNull" else "!="
            return self.ex.equality(op, vals[0], GoExpr("nil", JType("null"), True))
        return None

    def s_System(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        ex = self.ex
        if name in ("currentTimeMillis", "nanoTime"):
            unit = "UnixMilli" if name == "currentTimeMillis" else "UnixNano"
            r = f"{self.use('time')}.Now().{unit}()"
            return GoExpr(f"int({r})" if self.ctx.eval_mode else r, LONG)
        if name == "arraycopy" and len(args) == 5:
            src, sp, dst, dp, n = (ex.expr(a) for a in args)
            spi, dpi, ni = ex.as_int(sp), ex.as_int(dp), ex.as_int(n)
            return GoExpr(
                f"copy({dst.paren(PRIMARY)}[{dpi}:{dpi}+{ni}], "
                f"{src.paren(PRIMARY)}[{spi}:{spi}+{ni}])",
                VOID,
            )
        if name == "exit" and args:
            return GoExpr(f"{self.use('os')}.Exit(int({ex.expr(args[0]).text}))", VOID)
        if name == "lineSeparator":
            return GoExpr('"\\n"', STRING, True)
        return None

    def s_Thread(
        self, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        if name == "sleep" and args:
            t = self.use("time")
            return GoExpr(
                f"{t}.Sleep({t}.Duration({self.ex.expr(args[0]).text}) * {t}.Millisecond)", VOID
            )
        return None


def enum_fn(info: TypeInfo, suffix: str) -> str:
    return info.go_name + suffix
