"""Java streams as eager slice pipelines: each stage is a Go helper over a slice."""

from __future__ import annotations

from tree_sitter import Node

from .context import Ctx
from .expressions import Exprs, GoExpr, not_migrated
from .types import BOOLEAN, DOUBLE, INT, LONG, STRING, UNKNOWN, JType, promote

STREAM = "Stream"


def stream_of(el: JType) -> JType:
    return JType(STREAM, (el,))


class Streams:
    def __init__(self, ctx: Ctx, ex: Exprs) -> None:
        self.ctx = ctx
        self.ex = ex

    def h(self, name: str) -> str:
        return self.ctx.helper(name)

    def lam(self, node: Node, params: list[JType], ret: JType = UNKNOWN) -> GoExpr:
        """A lambda or method reference typed from the stream's element type."""
        names = {0: "Supplier", 1: "Function", 2: "BiFunction"}
        t = JType(names[len(params)], (*params, ret))
        return self.ex.expr(node, t)

    def call(self, obj: GoExpr, name: str, args: list[Node], node: Node) -> GoExpr:
        ex = self.ex
        el = obj.jtype.elem()
        s = obj.text
        g = self.ctx.go_type(el) if el.known else "any"
        if name in ("boxed", "parallel", "sequential", "stream", "asLongStream", "unordered"):
            return obj
        if name == "filter" and args:
            f = self.lam(args[0], [el], BOOLEAN)
            return GoExpr(f"{self.h('l2jFilter')}({s}, {f.text})", obj.jtype)
        if name in (
            "map",
            "mapToObj",
            "mapToInt",
            "mapToLong",
            "mapToDouble",
            "asDoubleStream",
        ) and (args or name == "asDoubleStream"):
            forced = {
                "mapToInt": INT,
                "mapToLong": LONG,
                "mapToDouble": DOUBLE,
                "asDoubleStream": DOUBLE,
            }
            ret = forced.get(name, UNKNOWN)
            if name == "asDoubleStream":
                return GoExpr(
                    f"{self.h('l2jMap')}({s}, func(v {g}) float64 {{\nreturn float64(v)\n}})",
                    stream_of(DOUBLE),
                )
            f = self.lam(args[0], [el], ret)
            out = ret if ret.known else (f.jtype.args[-1] if f.jtype.args else UNKNOWN)
            return GoExpr(f"{self.h('l2jMap')}({s}, {f.text})", stream_of(out))
        if name in ("sum",):
            return GoExpr(
                f"{self.h('l2jSum')}({s})", promote(el, INT) if el.unboxed().is_numeric else el
            )
        if name == "count":
            return GoExpr(
                ex.convert(GoExpr(f"len({s})", JType("int")), LONG)
                if not self.ctx.eval_mode
                else f"len({s})",
                LONG,
            )
        if name in ("anyMatch", "noneMatch", "allMatch") and args:
            f = self.lam(args[0], [el], BOOLEAN)
            h = self.h("l2jAnyMatch")
            if name == "anyMatch":
                return GoExpr(f"{h}({s}, {f.text})", BOOLEAN)
            if name == "noneMatch":
                return GoExpr(f"!{h}({s}, {f.text})", BOOLEAN, False, 6)
            return GoExpr(
                f"!{h}({s}, func(v {g}) bool {{\nreturn !({f.text})(v)\n}})", BOOLEAN, False, 6
            )
        if name == "distinct":
            return GoExpr(f"{self.h('l2jDistinct')}({s})", obj.jtype)
        if name == "sorted":
            sl = self.ctx.use("slices")
            if not args:
                return GoExpr(f"{sl}.Sorted({sl}.Values({s}))", obj.jtype)
            c = ex.expr(args[0], JType("Comparator", (el,)))
            cl = ex.ctx.fresh("sorted")
            cmp_go = f"func(a, b {g}) int {{\nreturn int(({c.text})(a, b))\n}}"
            return GoExpr(
                f"func() []{g} {{\n{cl} := {sl}.Clone({s})\n"
                f"{sl}.SortStableFunc({cl}, {cmp_go})\nreturn {cl}\n}}()",
                obj.jtype,
            )
        if name in ("max", "min"):
            op = ">" if name == "max" else "<"
            if args:
                c = ex.expr(args[0], JType("Comparator", (el,)))
                better = f"func(a, b {g}) bool {{\nreturn ({c.text})(a, b) {op} 0\n}}"
            else:
                better = f"func(a, b {g}) bool {{\nreturn a {op} b\n}}"
            return GoExpr(f"{self.h('l2jBest')}({s}, {better})", JType("Optional", (el,)))
        if name == "average":
            return GoExpr(f"{self.h('l2jAverage')}({s})", JType("Optional", (DOUBLE,)))
        if name in ("findFirst", "findAny"):
            return GoExpr(f"{self.h('l2jFirst')}({s})", JType("Optional", (el,)))
        if name == "reduce" and len(args) == 2:
            ident = ex.expr(args[0], el)
            f = self.lam(args[1], [el, el], el)
            return GoExpr(f"{self.h('l2jReduce')}({s}, {ex.convert(ident, el)}, {f.text})", el)
        if name == "reduce" and len(args) == 1:
            f = self.lam(args[0], [el, el], el)
            v = self.ctx.fresh("items")
            return GoExpr(
                f"func() any {{\n{v} := {s}\nif len({v}) == 0 {{\nreturn nil\n}}\n"
                f"return {self.h('l2jReduce')}({v}[1:], {v}[0], {f.text})\n}}()",
                JType("Optional", (el,)),
            )
        if name in ("limit", "skip") and args:
            n = ex.as_int(ex.expr(args[0]))
            lo, hi = ("0", n) if name == "limit" else (n, f"len({s})")
            return GoExpr(f"{self.h('l2jLimit')}({s}, {lo}, {hi})", obj.jtype)
        if name in ("toList", "toArray"):
            return GoExpr(s, JType("List", (el,)))
        if name == "collect" and args:
            return self.collect(obj, args[0], node)
        if name == "forEach" and args:
            f = self.lam(args[0], [el], JType("void"))
            return GoExpr(f"for _, v := range {s} {{\n({f.text})(v)\n}}", JType("void"))
        return GoExpr(not_migrated(f"Stream.{name}", node), UNKNOWN)

    def collect(self, obj: GoExpr, coll: Node, node: Node) -> GoExpr:
        el = obj.jtype.elem()
        what = " ".join(coll.text.decode().split()) if coll.text else ""
        if what.startswith("Collectors.toList") or what.startswith("Collectors.toUnmodifiableList"):
            return GoExpr(obj.text, JType("List", (el,)))
        if what.startswith("Collectors.toSet"):
            t = JType("Set", (el,))
            g = self.ctx.go_type(t)
            return GoExpr(
                f"func() {g} {{\nr := {g}{{}}\nfor _, v := range {obj.text} {{\n"
                f"r[v] = struct{{}}{{}}\n}}\nreturn r\n}}()",
                t,
            )
        if what.startswith("Collectors.joining"):
            args = coll.child_by_field_name("arguments")
            sep = (
                self.ex.value(args.named_children[0], STRING)
                if args is not None and args.named_children
                else '""'
            )
            items = obj.text
            if not el.is_string:
                g = self.ctx.go_type(el) if el.known else "any"
                conv = self.ex.jstr(GoExpr("v", el))
                items = f"{self.h('l2jMap')}({obj.text}, func(v {g}) string {{\nreturn {conv}\n}})"
            return GoExpr(f"{self.ctx.use('strings')}.Join({items}, {sep})", STRING)
        return GoExpr(not_migrated("Stream.collect " + what[:40], node), UNKNOWN)

    def int_stream(self, name: str, args: list[Node], node: Node) -> GoExpr | None:
        ex = self.ex
        if name in ("range", "rangeClosed") and len(args) == 2:
            a, b = (ex.num(ex.expr(x), INT) for x in args)
            hi = b.text if name == "range" else f"{b.paren(4)} + 1"
            lo = a.text if not a.const else f"{self.ctx.int_go()}({a.text})"
            return GoExpr(f"{self.h('l2jRange')}({lo}, {hi})", stream_of(INT))
        if name == "of":
            vals = [ex.value(a, INT) for a in args]
            return GoExpr(f"[]{self.ctx.int_go()}{{{', '.join(vals)}}}", stream_of(INT))
        return None

    def chars(self, s: GoExpr) -> GoExpr:
        return GoExpr(f"{self.h('l2jCodes')}[{self.ctx.int_go()}]({s.text})", stream_of(INT))
