"""Method calls and object creation: dispatch on the receiver, user methods, and the Java
library types that are not strings or collections (boxed values, Optional, exceptions,
functional interfaces, loggers)."""

from __future__ import annotations

from collections.abc import Callable

from tree_sitter import Node

from . import names
from .callbase import MUTATORS
from .collection_calls import CollectionCalls
from .context import Ctx
from .expressions import PRIMARY, Exprs, GoExpr, is_inner, not_migrated, outer_recv
from .model import TypeInfo, text
from .static_calls import StaticCalls
from .streams import Streams, stream_of
from .text_calls import TextCalls
from .types import (
    BOOLEAN,
    CHAR,
    DOUBLE,
    FUNCTIONAL,
    INT,
    LONG,
    OBJECT,
    OPAQUE,
    STRING,
    UNKNOWN,
    VOID,
    JType,
    parse_type,
    promote,
)

_BOXED_VALUES = {
    "intValue": INT,
    "longValue": LONG,
    "doubleValue": DOUBLE,
    "floatValue": JType("float"),
    "shortValue": JType("short"),
    "byteValue": JType("byte"),
}


class Calls(StaticCalls, TextCalls, CollectionCalls):
    """The call translator: hooked into the expression translator at creation."""

    def __init__(self, ctx: Ctx, ex: Exprs) -> None:
        self.ctx = ctx
        self.ex = ex
        ex.calls = self.call
        ex.new_object = self.new_object
        self.streams = Streams(ctx, ex)

    # -- entry points ---------------------------------------------------------------------
    def call(self, node: Node, expected: JType | None) -> GoExpr:
        obj_node = node.child_by_field_name("object")
        name = text(node.child_by_field_name("name"))
        args = self.args(node)
        ctx = self.ctx
        if obj_node is None:
            owner = ctx.type
            recv: str | None = ctx.recv
            while owner is not None:
                found = ctx.reg.methods(owner, name)
                if found:
                    return self.user_call(recv, found, args, node)
                if owner.is_enum and name in ("values", "valueOf"):
                    return self.static_call(owner.name, name, args, node, expected)
                if owner.is_enum and recv is not None and name in ("name", "ordinal", "compareTo"):
                    implicit = self.enum_call(GoExpr(recv, JType(owner.name)), name, args)
                    if implicit is not None:
                        return implicit
                recv = outer_recv(owner, recv)
                owner = owner.outer
            static_cls = ctx.reg.static_owner(name)
            if static_cls is not None:
                return self.static_call(static_cls, name, args, node, expected)
            return GoExpr(
                f"{ctx.recv}.{names.exported(names.accessor(name, len(args)))}"
                f"({', '.join(self.ex.expr(a).text for a in args)})",
                UNKNOWN,
            )
        if obj_node.type == "super":
            sup = ctx.type.superclass if ctx.type else None
            info = ctx.reg.lookup(sup) if sup else None
            found = ctx.reg.methods(info, name) if info else []
            if found:
                res = self.user_call(ctx.recv, found, args, node, virtual=False)
                go = names.exported(sup or "") if info is None else info.go_name
                return GoExpr(res.text.replace(f"{ctx.recv}.", f"{ctx.recv}.{go}.", 1), res.jtype)
            return GoExpr(not_migrated("super." + name, node), UNKNOWN)
        if text(obj_node) in ("System.out", "System.err"):
            return self.print_call(text(obj_node), name, args, node)
        slot = self.map_slot(obj_node) if name in MUTATORS else None
        obj = slot or self.ex.expr(obj_node)
        t = obj.jtype
        if t.name.startswith("class:"):
            return self.static_call(t.name[6:], name, args, node, expected)
        return self.instance_call(obj, name, args, node, expected)

    def map_slot(self, node: Node) -> GoExpr | None:
        """`m.get(k)` or `m.computeIfAbsent(k, f)` about to be mutated: the map element
        `m[k]`, which Go can assign to (a list or builder held in a map is a value)."""
        if node.type != "method_invocation":
            return None
        mname = text(node.child_by_field_name("name"))
        target = node.child_by_field_name("object")
        args = self.args(node)
        if mname not in ("get", "computeIfAbsent") or target is None or not args:
            return None
        m = self.ex.expr(target)
        vt = m.jtype.elem()
        if not m.jtype.is_map or not (vt.is_list or vt.is_builder):
            return None
        key = self.ex.value(args[0], m.jtype.key())
        slot = f"{m.paren(PRIMARY)}[{key}]"
        if mname == "computeIfAbsent" and len(args) == 2:
            f = self.ex.expr(args[1], JType("Function", (m.jtype.key(), vt)))
            self.ctx.pre_stmts.append(f"if _, ok := {slot}; !ok {{\n{slot} = ({f.text})({key})\n}}")
        return GoExpr(slot, vt)

    # -- instance calls -------------------------------------------------------------------
    def instance_call(
        self, obj: GoExpr, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr:
        t = obj.jtype
        ctx = self.ctx
        if t.is_("Stream", "IntStream", "LongStream", "DoubleStream"):
            if t.name != "Stream":
                el = {"IntStream": INT, "LongStream": LONG, "DoubleStream": DOUBLE}[t.name]
                obj = GoExpr(obj.text, stream_of(el), obj.const, obj.prec)
            return self.streams.call(obj, name, args, node)
        if t.name in ctx.type_vars and name in _BOXED_VALUES and not args:
            # A type variable bounded by Number: its xxxValue() is a conversion.
            want = _BOXED_VALUES[name]
            number = GoExpr(f"{self.ctx.helper('l2jNumber')}({obj.text})", DOUBLE)
            return GoExpr(self.ex.convert(number, want), want)
        if t.name in OPAQUE and ctx.reg.lookup(t.name) is None and not t.dims:
            return self.opaque_call(t.name, name, expected, node)
        if t.is_("Logger") and ctx.reg.lookup("Logger") is None:
            return self.logger_call(obj, name, args, node)
        handlers: list[tuple[bool, Callable[..., GoExpr | None]]] = [
            (t.is_builder, self.builder_call),
            (t.is_string, self.string_call),
            (t.is_list or t.is_array, self.list_call),
            (t.is_map, self.map_call),
            (t.is_set, self.set_call),
            (t.is_("Entry"), self.entry_call),
            (
                t.is_("Optional", "OptionalInt", "OptionalDouble", "OptionalLong"),
                self.optional_call,
            ),
            (t.name in FUNCTIONAL and not t.dims, self.functional_call),
            (ctx.reg.is_exception(t.name) and not t.dims, self.exception_call),
            (t.unboxed().is_numeric or t.unboxed().is_bool, self.boxed_call),
        ]
        for applies, fn in handlers:
            if applies:
                res = fn(obj, name, args, node, expected)
                if res is not None:
                    return res
        info = ctx.reg.lookup(t.name) if not t.dims else None
        fm = ctx.reg.functional_method(info)
        if fm is not None and fm.name == name:
            # The file's own functional interface is a Go func type: call it.
            return self.functional_call(obj, name, args, node, expected) or obj
        if info is not None:
            found = ctx.reg.methods(info, name)
            if found:
                return self.user_call(obj.paren(PRIMARY), found, args, node, t)
            if info.is_enum:
                res = self.enum_call(obj, name, args)
                if res is not None:
                    return res
        res = self.object_call(obj, name, args)
        if res is not None:
            return res
        if t.is_("Object"):
            return self.opaque_call("Object", name, expected, node)
        gargs = ", ".join(self.ex.expr(a).text for a in args)
        go = names.exported(names.accessor(name, len(args)))
        return GoExpr(f"{obj.paren(PRIMARY)}.{go}({gargs})", UNKNOWN)

    def logger_call(self, obj: GoExpr, name: str, args: list[Node], node: Node) -> GoExpr:
        """java.util.logging onto Go's log package, the level written as a prefix."""
        levels = {"severe": "SEVERE", "warning": "WARNING", "info": "INFO", "config": "CONFIG"}
        levels |= {"fine": "FINE", "finer": "FINER", "finest": "FINEST"}
        vals = [self.ex.expr(a) for a in args]
        if name in levels and vals:
            msg = self.ex.jstr(vals[0])
            return GoExpr(f'{obj.paren(PRIMARY)}.Println("{levels[name]}: " + {msg})', VOID)
        if name == "log" and len(vals) >= 2:
            level = text(args[0]).rsplit(".", 1)[-1]
            extra = "".join(f", {v.text}" for v in vals[2:])
            return GoExpr(
                f'{obj.paren(PRIMARY)}.Println("{level}: " + {self.ex.jstr(vals[1])}{extra})', VOID
            )
        if name == "isLoggable":
            return GoExpr("true", BOOLEAN, True)
        return self.opaque_call("Logger", name, None, node)

    def object_call(self, obj: GoExpr, name: str, args: list[Node]) -> GoExpr | None:
        ex = self.ex
        if name == "equals" and len(args) == 1:
            other = ex.expr(args[0])
            if obj.jtype.is_map or obj.jtype.is_set:
                return GoExpr(f"{self.use('maps')}.Equal({obj.text}, {other.text})", BOOLEAN)
            return ex.equality("==", obj, other)
        if name == "toString" and not args:
            return GoExpr(ex.jstr(obj), STRING)
        if name == "hashCode" and not args and obj.jtype.is_string:
            return GoExpr(f"{self.ctx.helper('l2jHashCode')}({obj.text})", INT)
        if name == "compareTo" and len(args) == 1 and obj.jtype.known:
            other = ex.expr(args[0])
            return self.i(f"{self.use('cmp')}.Compare({obj.text}, {ex.convert(other, obj.jtype)})")
        return None

    def enum_call(self, obj: GoExpr, name: str, args: list[Node]) -> GoExpr | None:
        if name in ("name", "toString"):
            return GoExpr(f"{obj.paren(PRIMARY)}.String()", STRING)
        if name == "ordinal":
            return self.i(f"int({obj.text})")
        if name == "compareTo" and args:
            return self.i(f"int({obj.text}) - int({self.ex.expr(args[0]).text})")
        return None

    def boxed_call(
        self, obj: GoExpr, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        conv = {
            "intValue": INT,
            "longValue": LONG,
            "doubleValue": DOUBLE,
            "floatValue": JType("float"),
            "shortValue": JType("short"),
            "byteValue": JType("byte"),
            "charValue": CHAR,
            "booleanValue": BOOLEAN,
        }
        if name in conv:
            return GoExpr(self.ex.convert(obj, conv[name]), conv[name])
        if name == "compareTo" and args:
            other = self.ex.expr(args[0])
            pt = promote(obj.jtype, other.jtype)
            return self.i(
                f"{self.use('cmp')}.Compare({self.ex.num(obj, pt).text}, "
                f"{self.ex.num(other, pt).text})"
            )
        if name == "hashCode":
            return GoExpr(self.ex.convert(obj, INT), INT)
        return None

    def functional_call(
        self, obj: GoExpr, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        shape = self.ctx.shape(obj.jtype)
        if shape is None:
            return None
        if obj.jtype.name == "Comparator" and name in (
            "reversed",
            "thenComparing",
            "thenComparingInt",
            "thenComparingDouble",
        ):
            return self.comparator_combinator(obj, name, args)
        ptypes, ret = shape
        gargs = ", ".join(
            self.ex.value(a, ptypes[k] if k < len(ptypes) else None) for k, a in enumerate(args)
        )
        return GoExpr(f"{obj.paren(PRIMARY)}({gargs})", ret)

    def comparator_combinator(self, obj: GoExpr, name: str, args: list[Node]) -> GoExpr:
        el = obj.jtype.elem()
        g = self.ctx.go_type(el) if el.known else "any"
        ig = self.ctx.int_go()
        if name == "reversed" or not args:
            return GoExpr(f"func(a, b {g}) {ig} {{\nreturn ({obj.text})(b, a)\n}}", obj.jtype)
        a0 = args[0]
        params = a0.child_by_field_name("parameters")
        is_key = a0.type == "method_reference" or (
            a0.type == "lambda_expression" and "," not in text(params)
        )
        if is_key or name != "thenComparing":
            second = self.comparing(a0, el)
        else:
            second = self.ex.expr(a0, JType("Comparator", (el,)))
        return GoExpr(
            f"func(a, b {g}) {ig} {{\nif r := ({obj.text})(a, b); r != 0 {{\nreturn r\n}}\n"
            f"return ({second.text})(a, b)\n}}",
            obj.jtype,
        )

    def exception_call(
        self, obj: GoExpr, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        if name in ("getMessage", "getLocalizedMessage"):
            return GoExpr(f"{obj.paren(PRIMARY)}.Message", STRING)
        if name == "printStackTrace":
            return GoExpr(f"{self.use('fmt')}.Fprintln({self.use('os')}.Stderr, {obj.text})", VOID)
        if name == "toString":
            return GoExpr(f"{obj.paren(PRIMARY)}.Error()", STRING)
        if name == "getCause":
            return GoExpr(f"{obj.paren(PRIMARY)}.Cause", OBJECT)
        return None

    def optional_call(
        self, obj: GoExpr, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        el = obj.jtype.elem()
        g = self.ctx.go_type(el) if el.known else "any"
        if name == "isPresent":
            return GoExpr(f"{obj.paren(4)} != nil", BOOLEAN, False, 3)
        if name == "isEmpty":
            return GoExpr(f"{obj.paren(4)} == nil", BOOLEAN, False, 3)
        if name in ("get", "orElseThrow", "getAsInt", "getAsDouble", "getAsLong") and not args:
            return GoExpr(f"{obj.paren(PRIMARY)}.({g})" if g != "any" else obj.text, el)
        if name == "orElse" and args:
            d = self.ex.expr(args[0], el if el.known else None)
            t = el if el.known else d.jtype
            default = self.ex.convert(d, t)
            if d.const and t.known and g != "any":
                # A typed default, so the helper's type parameter is Java's type, not Go's.
                default = f"{self.ctx.go_type(t)}({default})"
            return GoExpr(f"{self.ctx.helper('l2jOrElse')}({obj.text}, {default})", t)
        return None

    def entry_call(
        self, obj: GoExpr, name: str, args: list[Node], node: Node, expected: JType | None
    ) -> GoExpr | None:
        if name == "getKey":
            return GoExpr(obj.text + "Key", obj.jtype.key())
        if name == "getValue":
            value = obj.jtype.args[1] if len(obj.jtype.args) > 1 else UNKNOWN
            return GoExpr(obj.text + "Value", value)
        return None

    # -- object creation ------------------------------------------------------------------
    def new_object(self, node: Node, expected: JType | None) -> GoExpr:
        ctx = self.ctx
        ex = self.ex
        t = parse_type(node.child_by_field_name("type"))
        args = self.args(node)
        if (
            not t.args
            and expected is not None
            and expected.args
            and (text(node.child_by_field_name("type")).endswith("<>") or "<>" in text(node))
        ):
            t = JType(t.name, expected.args)
        body = next((c for c in node.named_children if c.type == "class_body"), None)
        if body is not None:
            return self.anonymous(t, body, node)
        if t.is_list:
            g = ctx.go_type(t)
            if args:
                a = ex.expr(args[0], t)
                if not t.args and a.jtype.args:
                    t = JType(t.name, a.jtype.args)
                    g = ctx.go_type(t)
                if a.jtype.is_list or a.jtype.is_array or a.jtype.is_("Stream"):
                    return GoExpr(f"append({g}{{}}, {a.text}...)", t)
                if a.jtype.is_set:
                    self.use("maps")
                    return GoExpr(
                        f"{self.use('slices')}.AppendSeq({g}{{}}, maps.Keys({a.text}))", t
                    )
            return GoExpr(f"{g}{{}}", t)
        if t.is_map:
            g = ctx.go_type(t)
            if args:
                a = ex.expr(args[0])
                if a.jtype.is_map:
                    return GoExpr(f"{self.use('maps')}.Clone({a.text})", t)
            return GoExpr(f"{g}{{}}", t)
        if t.is_set:
            g = ctx.go_type(t)
            if args:
                a = ex.expr(args[0], JType("List", t.args) if t.args else None)
                if not t.args and a.jtype.args:
                    t = JType(t.name, (a.jtype.elem(),))
                    g = ctx.go_type(t)
                loop = (
                    f"for v := range {a.text}" if a.jtype.is_set else f"for _, v := range {a.text}"
                )
                return GoExpr(
                    f"func() {g} {{\ns := {g}{{}}\n{loop} {{\ns[v] = struct{{}}{{}}\n}}\n"
                    f"return s\n}}()",
                    t,
                )
            return GoExpr(f"{g}{{}}", t)
        if t.is_builder or t.is_string:
            if args:
                a = ex.expr(args[0])
                if a.jtype.is_string or a.jtype.is_array:
                    return GoExpr(
                        a.text if a.jtype.is_string else f"string({a.text})", t, a.const, a.prec
                    )
            return GoExpr('""', t, True)
        if ctx.reg.is_exception(t.name):
            return self.new_exception(t, args)
        if t.unboxed() != t:
            return GoExpr(ex.value(args[0], t), t) if args else GoExpr("0", t, True)
        if t.name == "Object":
            return GoExpr("new(struct{})", OBJECT)
        if t.name in OPAQUE and ctx.reg.lookup(t.name) is None:
            return self.opaque_call(t.name, "new", t, node)
        if t.name in ("AtomicInteger", "AtomicLong", "ReentrantLock"):
            g = ctx.go_type(t)
            return GoExpr(f"new({g[1:]})", t)
        if t.name == "Random":
            return GoExpr(f"{self.use('math/rand')}.New({self.use('math/rand')}.NewSource(1))", t)
        info = ctx.reg.lookup(t.name)
        if info is not None and info.ctors:
            found = [(info, c) for c in info.ctors]
            _, m = self.pick(found, args)
            if is_inner(info):
                # An inner class's constructor takes the enclosing instance first.
                outer = self.enclosing_instance(info)
                conv = self.convert_args(m, args)
                return GoExpr(f"{m.go_name}({outer}{', ' + conv if conv else ''})", t)
            targs = (
                f"[{', '.join(ctx.go_type(a) for a in t.args)}]"
                if t.args and info.type_params
                else ""
            )
            return GoExpr(f"{m.go_name}{targs}({self.convert_args(m, args)})", t)
        if info is not None:
            targs = (
                f"[{', '.join(ctx.go_type(a) for a in t.args)}]"
                if t.args and info.type_params
                else ""
            )
            return GoExpr(f"&{info.go_name}{targs}{{}}", t)
        gargs = ", ".join(ex.expr(a).text for a in args)
        return GoExpr(f"New{t.name}({gargs})", t)

    def enclosing_instance(self, inner: TypeInfo) -> str:
        """The Go expression for the outer instance a `new Inner()` here belongs to."""
        cur = self.ctx.type
        recv: str | None = self.ctx.recv
        while cur is not None and cur is not inner.outer:
            recv = outer_recv(cur, recv)
            cur = cur.outer
        static = self.ctx.method.info is not None and self.ctx.method.info.static
        return recv if cur is not None and recv is not None and not static else "nil"

    def new_exception(self, t: JType, args: list[Node]) -> GoExpr:
        ex = self.ex
        self.ctx.helper("l2jException")
        fields = [f'Class: "{t.name}"']
        vals = [ex.expr(a) for a in args]
        if vals and vals[0].jtype.is_string:
            fields.append(f"Message: {vals[0].text}")
        elif vals:
            fields.append(f"Message: {ex.jstr(vals[0])}")
            fields.append(f"Cause: {vals[0].text}")
        if len(vals) > 1:
            fields.append(f"Cause: {vals[1].text}")
        return GoExpr(f"&l2jException{{{', '.join(fields)}}}", t)

    def anonymous(self, t: JType, body: Node, node: Node) -> GoExpr:
        """An anonymous class of a one-method interface becomes a func literal."""
        methods = [c for c in body.named_children if c.type == "method_declaration"]
        functional = t.name in FUNCTIONAL or self.ctx.reg.functional_method(
            self.ctx.reg.lookup(t.name)
        )
        if functional and len(methods) == 1 and len(body.named_children) == 1:
            m = methods[0]
            params = []
            plist = m.child_by_field_name("parameters")
            for p in plist.named_children if plist is not None else []:
                params.append(
                    (text(p.child_by_field_name("name")), parse_type(p.child_by_field_name("type")))
                )
            ret = parse_type(m.child_by_field_name("type"))
            return self.ex.func_literal(m, params, ret, t)
        g = self.ctx.go_type(t) if t.known else "any"
        return GoExpr(not_migrated("anonymous class " + t.name, node, g), t)
